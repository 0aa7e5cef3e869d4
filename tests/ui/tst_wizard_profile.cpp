// Profiles: a plan built in one wizard and saved, opened in a fresh wizard, restores every page,
// field and mapping; running it there and running it headless (barge run) give the same target.

#include "mapping/fieldmappingmodel.h"
#include "waitfor.h"
#include "fieldmappingpage.h"
#include "optionspage.h"
#include "pausecontrol.h"
#include "wizarddriver.h"

#include "engine/checkpoint.h"
#include "profile/watermarkstate.h"
#include "startpage.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace barge;
using namespace barge::test;

class TestWizardProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wizardProfileRestoresEverything();
    void wizardFinishesAnInterruptedRun();
    void wizardRunsAnIncrementalProfile();

private:
    Plan buildAndSave(const QString &source, const QString &target, const QString &profile);
    QTemporaryDir m_dir;
};

void TestWizardProfile::initTestCase()
{
    setUpApplication("tst_wizard_profile");
    QVERIFY(m_dir.isValid());
}

Plan TestWizardProfile::buildAndSave(const QString &source, const QString &target, const QString &profile)
{
    MigrationWizard wizard;
    prepare(wizard);
    startNew(wizard);
    chooseSqlite(page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form(), source);
    wizard.next();
    auto *targetPage = page<TargetPage>(wizard, MigrationWizard::TargetPageId);
    chooseSqlite(targetPage->form(), target);
    targetPage->setDefaultMode(TableMode::Replace);
    nextToTables(wizard);
    TableSelectionModel *tables = page<TablesPage>(wizard, MigrationWizard::TablesPageId)->model();
    const int notes = tableRow(page<TablesPage>(wizard, MigrationWizard::TablesPageId), QStringLiteral("notes"));
    const int customers = tableRow(page<TablesPage>(wizard, MigrationWizard::TablesPageId), QStringLiteral("customers"));
    tables->setData(tables->index(notes, TableSelectionModel::SourceColumn), Qt::Unchecked, Qt::CheckStateRole);
    tables->setData(tables->index(customers, TableSelectionModel::TargetColumn), QStringLiteral("clients"), Qt::EditRole);
    wizard.next();
    auto *mapping = page<FieldMappingPage>(wizard, MigrationWizard::FieldMappingPageId);
    FieldMappingModel *fields = mapping->currentModel();
    fields->setData(fields->index(1, FieldMappingModel::TargetColumn), QStringLiteral("full_name"), Qt::EditRole);
    fields->setData(fields->index(2, FieldMappingModel::SourceColumn), Qt::Unchecked, Qt::CheckStateRole);
    fields->setData(fields->index(3, FieldMappingModel::DefaultColumn), QStringLiteral("0"), Qt::EditRole);
    wizard.next();
    auto *options = page<OptionsPage>(wizard, MigrationWizard::OptionsPageId);
    options->batchSize()->setValue(500);
    options->onError()->setCurrentIndex(options->onError()->findData(int(OnError::Skip)));
    options->rejectsFolder()->setPath(m_dir.filePath(QStringLiteral("rejects")));
    options->jobs()->setValue(2);
    options->verify()->setChecked(true);
    wizard.next();
    auto *summary = page<SummaryPage>(wizard, MigrationWizard::SummaryPageId);
    [&] { BARGE_WAIT_FOR(summary->isComplete()); }();
    QString error;
    [&] { QVERIFY2(summary->saveProfile(profile, &error), qPrintable(error)); }();
    return wizard.plan();
}

void TestWizardProfile::wizardProfileRestoresEverything()
{
    const QString source = m_dir.filePath(QStringLiteral("shop.db"));
    writeShop(source);
    const QString target = m_dir.filePath(QStringLiteral("copy.db"));
    const QString profile = m_dir.filePath(QStringLiteral("shop.barge.json"));
    const Plan saved = buildAndSave(source, target, profile);
    QVERIFY(QFileInfo::exists(profile));
    QCOMPARE(saved.tables.size(), 2);

    MigrationWizard wizard;
    prepare(wizard);
    QVERIFY(wizard.openProfile(profile));
    wizard.next();
    QCOMPARE(page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form()->endpoint(), saved.source);
    wizard.next();
    auto *targetPage = page<TargetPage>(wizard, MigrationWizard::TargetPageId);
    QCOMPARE(targetPage->form()->endpoint(), saved.target);
    QCOMPARE(targetPage->defaultMode(), TableMode::Replace);
    nextToTables(wizard);
    auto *tablesPage = page<TablesPage>(wizard, MigrationWizard::TablesPageId);
    const TableSelectionModel *tables = tablesPage->model();
    QCOMPARE(tables->checkedCount(), 2);
    QVERIFY(!tables->entry(tableRow(tablesPage, QStringLiteral("notes"))).checked);
    QCOMPARE(tables->entry(tableRow(tablesPage, QStringLiteral("customers"))).target, QStringLiteral("clients"));
    QCOMPARE(tables->entry(tableRow(tablesPage, QStringLiteral("orders"))).mode, TableMode::Replace);
    wizard.next();
    auto *mapping = page<FieldMappingPage>(wizard, MigrationWizard::FieldMappingPageId);
    QCOMPARE(mapping->currentModel()->mapping().fields, saved.tables.first().fields);
    // The skipped column is still offered, unchecked.
    QCOMPARE(mapping->currentModel()->rowCount(), 4);
    QCOMPARE(mapping->currentModel()->data(mapping->currentModel()->index(3, FieldMappingModel::SourceColumn),
                                           Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    wizard.next();
    auto *options = page<OptionsPage>(wizard, MigrationWizard::OptionsPageId);
    QCOMPARE(options->batchSize()->value(), 500);
    QCOMPARE(options->onError()->currentData().toInt(), int(OnError::Skip));
    QCOMPARE(options->rejectsFolder()->path(), m_dir.filePath(QStringLiteral("rejects")));
    QCOMPARE(options->jobs()->value(), 2);
    QVERIFY(options->verify()->isChecked());
    wizard.next();
    auto *summary = page<SummaryPage>(wizard, MigrationWizard::SummaryPageId);
    BARGE_WAIT_FOR(summary->isComplete());
    QCOMPARE(wizard.plan(), saved);
    runFromSummary(wizard);
    QCOMPARE(wizard.setup()->report.status, RunStatus::Ok);
    checkInvariant(wizard.setup()->report);

    const QString customers = QStringLiteral("SELECT id, full_name, score FROM clients ORDER BY id");
    const QString orders = QStringLiteral("SELECT id, customer_id, amount FROM orders ORDER BY id");
    QList<QVariantList> fromWizard;
    QList<QVariantList> ordersFromWizard;
    {
        SqliteFile out(target);
        fromWizard = out.rows(customers);
        ordersFromWizard = out.rows(orders);
        QCOMPARE(fromWizard.size(), 250);
        QCOMPARE(fromWizard.at(6).at(2).toDouble(), 0.0); // NULL score written as the default
    }

    // The same profile, headless.
    const QString barge = qEnvironmentVariable("BARGE_EXE");
    if (barge.isEmpty())
        QSKIP("BARGE_EXE is not set (ctest sets it); the headless half is skipped");
    QVERIFY(QFile::remove(target));
    QProcess run;
    run.start(barge, {QStringLiteral("run"), profile, QStringLiteral("--quiet")});
    QVERIFY(run.waitForFinished(-1));
    QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
    SqliteFile out(target);
    QCOMPARE(out.rows(customers), fromWizard);
    QCOMPARE(out.rows(orders), ordersFromWizard);
    QCOMPARE(out.columns(QStringLiteral("clients")),
             (QStringList{QStringLiteral("id"), QStringLiteral("full_name"), QStringLiteral("score")}));
}

// `barge run` killed mid-copy; the wizard opens the profile, offers to finish the run, goes from
// the target page straight to the summary, and finishes it: every row once, nothing left behind.
void TestWizardProfile::wizardFinishesAnInterruptedRun()
{
    QFile csv(m_dir.filePath(QStringLiteral("events.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    QByteArray text = "id,what\n";
    const int rows = 300000;
    for (int i = 1; i <= rows; ++i)
        text += QByteArray::number(i) + ",event " + QByteArray::number(i) + '\n';
    csv.write(text);
    csv.close();
    const QString profile = m_dir.filePath(QStringLiteral("events.barge.json"));
    const QString target = m_dir.filePath(QStringLiteral("events.db"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("cli-data")));
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.setWorkingDirectory(m_dir.path());
    cli.start(qEnvironmentVariable("BARGE_EXE"), {QStringLiteral("copy"), QStringLiteral("csv:events.csv"),
                                                  QStringLiteral("sqlite:events.db"), QStringLiteral("--batch-size"),
                                                  QStringLiteral("2000"), QStringLiteral("--save-profile"), profile,
                                                  QStringLiteral("--dry-run")});
    QVERIFY(cli.waitForFinished(-1) && cli.exitCode() == 0);
    // Held at the engine's pause point after its first commit, then killed: the same moment on every machine.
    const PauseControl pause(m_dir.filePath(QStringLiteral("pause")));
    pause.addTo(&env);
    cli.setProcessEnvironment(env);
    cli.start(qEnvironmentVariable("BARGE_EXE"), {QStringLiteral("run"), profile, QStringLiteral("--quiet")});
    QVERIFY(cli.waitForStarted());
    QVERIFY2(pause.waitUntilPaused(&cli), "the run ended before its first commit");
    {
        SqliteFile probe(target);
        QVERIFY(probe.rows(QStringLiteral("SELECT max(source_rows) FROM _barge_checkpoints")).value(0).value(0).toLongLong() > 0);
    }
    cli.kill();
    QVERIFY(cli.waitForFinished(-1));
    // The same machine's checkpoint: the command line's data folder is the wizard's in real life.
    QDirIterator found(m_dir.filePath(QStringLiteral("cli-data")), {QStringLiteral("*.json")}, QDir::Files,
                       QDirIterator::Subdirectories);
    QVERIFY(found.hasNext());
    const QString checkpoint = Checkpoint::fileFor(profile);
    QVERIFY(QDir().mkpath(QFileInfo(checkpoint).absolutePath()));
    QFile::remove(checkpoint);
    QVERIFY(QFile::copy(found.next(), checkpoint));

    MigrationWizard wizard;
    prepare(wizard);
    QVERIFY(wizard.openProfile(profile));
    auto *start = page<StartPage>(wizard, MigrationWizard::StartPageId);
    QVERIFY(start->resumeBox()->isVisible());
    QVERIFY(start->resumeBox()->isChecked());
    QVERIFY2(start->resumeBox()->text().contains(QStringLiteral("0 of 1")), qPrintable(start->resumeBox()->text()));
    shoot(wizard, QStringLiteral("resume-1-start"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(MigrationWizard::SourcePageId));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(MigrationWizard::TargetPageId));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(MigrationWizard::SummaryPageId));
    auto *summary = page<SummaryPage>(wizard, MigrationWizard::SummaryPageId);
    BARGE_WAIT_FOR(summary->isComplete());
    QVERIFY2(summary->headline()->text().startsWith(QStringLiteral("Finish the interrupted run")),
             qPrintable(summary->headline()->text()));
    // Finishing a run skips the tables, columns and options: the steps say so.
    QCOMPARE(stepTexts(wizard), (QStringList{QStringLiteral("\u2713  Start"), QStringLiteral("\u2713  Source"),
                                             QStringLiteral("\u2713  Target"), QStringLiteral("\u25B8  Summary"),
                                             QStringLiteral("Run"), QStringLiteral("Report")}));
    shoot(wizard, QStringLiteral("resume-2-summary"));
    wizard.next();
    auto *run = page<RunPage>(wizard, MigrationWizard::RunPageId);
    BARGE_WAIT_FOR(run->isComplete());
    const Report report = wizard.setup()->report;
    QCOMPARE(report.status, RunStatus::Ok);
    QCOMPARE(report.totalWritten(), qint64(rows));
    SqliteFile out(target);
    QCOMPARE(out.rows(QStringLiteral("SELECT count(*), count(DISTINCT id), sum(id) FROM events")).value(0),
             (QVariantList{rows, rows, qlonglong(rows) * (rows + 1) / 2}));
    QVERIFY(out.rows(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = '_barge_checkpoints'")).isEmpty());
    QVERIFY(!QFile::exists(checkpoint));
}


// A profile whose orders table has a watermark (#16): opened in the wizard, its summary says what
// the run will read (every row the first time, then the rows past the last run's value), and each
// run from the wizard moves the profile's watermark on, as barge run does.
void TestWizardProfile::wizardRunsAnIncrementalProfile()
{
    const QString source = m_dir.filePath(QStringLiteral("incremental.db"));
    writeShop(source);
    const QString target = m_dir.filePath(QStringLiteral("incremental-copy.db"));
    const QString profile = m_dir.filePath(QStringLiteral("incremental.barge.json"));
    QFile file(profile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({"format": "barge-profile", "version": 1,
        "source": {"url": "sqlite:incremental.db"}, "target": {"url": "sqlite:incremental-copy.db"},
        "tables": [{"source": "orders", "mode": "merge", "watermark": {"column": "id", "overlap": 10}}]})").toUtf8());
    file.close();
    QFile::remove(WatermarkState::fileFor(profile));
    const auto runToSummary = [&](MigrationWizard &wizard) {
        prepare(wizard);
        QVERIFY(wizard.openProfile(profile));
        wizard.next();
        wizard.next();
        nextToTables(wizard);
        wizard.next();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::SummaryPageId));
        BARGE_WAIT_FOR(page<SummaryPage>(wizard, MigrationWizard::SummaryPageId)->isComplete());
    };
    {
        MigrationWizard wizard;
        runToSummary(wizard);
        const QString details = page<SummaryPage>(wizard, MigrationWizard::SummaryPageId)->details()->toPlainText();
        QVERIFY2(details.contains(QLatin1String("Watermark id: every row (no earlier run): 600 rows up to 600")), qPrintable(details));
        runFromSummary(wizard);
        QCOMPARE(wizard.setup()->report.status, RunStatus::Ok);
        QCOMPARE(wizard.setup()->report.tables.at(0).watermark, QStringLiteral("600"));
    }
    {
        SqliteFile db(source);
        QVERIFY(db.exec(QStringLiteral("INSERT INTO orders VALUES (601, 1, 9.5), (602, 2, 10.5)")));
        QVERIFY(db.exec(QStringLiteral("UPDATE orders SET amount = 1.75 WHERE id = 595")));
    }
    MigrationWizard wizard;
    runToSummary(wizard);
    const QString details = page<SummaryPage>(wizard, MigrationWizard::SummaryPageId)->details()->toPlainText();
    // From 600 less 10: 590..602.
    QVERIFY2(details.contains(QLatin1String("Watermark id from 600 less 10 of overlap: 13 rows up to 602")), qPrintable(details));
    shoot(wizard, QStringLiteral("watermark-summary"));
    runFromSummary(wizard);
    const TableReport table = wizard.setup()->report.tables.at(0);
    QCOMPARE(table.read, 13);
    QCOMPARE(table.inserted, 2);
    QCOMPARE(table.updated, 1);
    QCOMPARE(table.watermark, QStringLiteral("602"));
    WatermarkState state;
    QString error;
    QVERIFY2(WatermarkState::load(WatermarkState::fileFor(profile), &state, &error), qPrintable(error));
    QCOMPARE(state.marks.size(), 1);
    QCOMPARE(state.marks.at(0).value, QStringLiteral("602"));
    SqliteFile out(target);
    QCOMPARE(out.rows(QStringLiteral("SELECT COUNT(*), SUM(amount) FROM orders WHERE id >= 595")).value(0).value(0).toInt(), 8);
}

QTEST_MAIN(TestWizardProfile)
#include "tst_wizard_profile.moc"
