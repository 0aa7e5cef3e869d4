// Recovering from a mistake (issue #23): a failed Test connection is shown in red at its form and
// holds Next back until a test passes or the user ticks "Continue anyway"; a source or target that
// cannot be read is named as such on the Tables page, which offers the way back to it and does not
// guess "new" for a target it could not read; after a failed run the report offers the page of the
// setting that failed, with everything kept, and the run then succeeds. Messages point the right
// way: a folder is called a folder, a new SQLite file in a missing folder or under a file fails
// Test connection, and counts read "1 row". Pages are grabbed at 800x600 into $BARGE_SCREENSHOTS
// (default /tmp/shots2).

#include "engine/checkpoint.h"
#include "failurelocator.h"
#include "fieldmappingpage.h"
#include "optionspage.h"
#include "reportpage.h"
#include "endpoints/serverform.h"
#include "startpage.h"
#include "migrationsetup.h"
#include "waitfor.h"
#include "wizarddriver.h"

#include <QCheckBox>
#include <QDir>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>

using namespace barge;
using namespace barge::test;

namespace {

void grabTo(MigrationWizard &wizard, const QString &name)
{
    QString dir = qEnvironmentVariable("BARGE_SCREENSHOTS");
    if (dir.isEmpty())
        dir = QStringLiteral("/tmp/shots2");
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents();
    wizard.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// A PostgreSQL endpoint nobody listens on: the connection is refused at once.
Endpoint refusedPostgres()
{
    Endpoint e;
    e.kind = EndpointKind::Postgres;
    e.scheme = QStringLiteral("postgresql");
    e.host = QStringLiteral("127.0.0.1");
    e.port = 1;
    e.user = QStringLiteral("postgres");
    e.database = QStringLiteral("shop");
    e.password = QStringLiteral("x"); // no keychain lookup
    return e;
}

bool nextEnabled(MigrationWizard &wizard)
{
    return wizard.button(QWizard::NextButton)->isEnabled();
}

void clickTest(EndpointForm *form)
{
    QSignalSpy tested(form, &EndpointForm::tested);
    QTest::mouseClick(form->testButton(), Qt::LeftButton);
    BARGE_WAIT_FOR(tested.count() > 0);
}

} // namespace

class TestWizardRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    // First: the engine's pause point counts commits over the whole process.
    void stoppedProfileRunCanBeFinished();
    void failedTestHoldsNextBack();
    void tablesPageNamesTheEndThatFailed();
    void failedRunGoesBackToTheSetting();
    void messagesPointTheRightWay();
    void countsReadOneRow();

private:
    MigrationWizard *newWizard();
    QTemporaryDir m_dir;
    QString m_shop;
};

void TestWizardRecovery::initTestCase()
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/barge-test-bus");
    QVERIFY(m_dir.isValid());
    setUpApplication("tst_wizard_recovery");
    m_shop = m_dir.filePath(QStringLiteral("shop.db"));
    writeShop(m_shop);
}

MigrationWizard *TestWizardRecovery::newWizard()
{
    auto *wizard = new MigrationWizard;
    wizard->resize(800, 600);
    wizard->show();
    return wizard;
}

// A run saved as a profile on the Summary page and stopped: the stop question says it can be
// finished later, its checkpoint stays, and the Recent list marks the profile.
void TestWizardRecovery::stoppedProfileRunCanBeFinished()
{
    // The engine holds after the process's first commit until the test stops the run
    // (core/engine/pausepoint.h reads this once, at that commit: no run may come before this one).
    qputenv("BARGE_PAUSE_AFTER_COMMIT", "1");
    qputenv("BARGE_PAUSE_DIR", QFile::encodeName(m_dir.filePath(QStringLiteral("pause"))));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("pause"))));
    const QString csv = m_dir.filePath(QStringLiteral("events.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,what\n");
        for (int i = 1; i <= 1000; ++i)
            file.write(QByteArray::number(i) + ",event " + QByteArray::number(i) + '\n');
    }
    const QString profile = m_dir.filePath(QStringLiteral("events.barge.json"));
    std::unique_ptr<MigrationWizard> wizard(newWizard());
    wizard->next();
    Endpoint source;
    source.kind = EndpointKind::Csv;
    source.scheme = QStringLiteral("csv");
    source.path = csv;
    page<SourcePage>(*wizard, MigrationWizard::SourcePageId)->form()->setEndpoint(source);
    wizard->next();
    chooseSqlite(page<TargetPage>(*wizard, MigrationWizard::TargetPageId)->form(), m_dir.filePath(QStringLiteral("events.db")));
    wizard->next();
    auto *tables = page<TablesPage>(*wizard, MigrationWizard::TablesPageId);
    BARGE_WAIT_FOR(tables->isComplete());
    wizard->next();
    wizard->next();
    page<OptionsPage>(*wizard, MigrationWizard::OptionsPageId)->batchSize()->setValue(100);
    wizard->next();
    auto *summary = page<SummaryPage>(*wizard, MigrationWizard::SummaryPageId);
    BARGE_WAIT_FOR(summary->isComplete());
    QString error;
    QVERIFY2(summary->saveProfile(profile, &error), qPrintable(error));
    wizard->next();
    auto *run = page<RunPage>(*wizard, MigrationWizard::RunPageId);
    // Whatever the test finds, the engine is not left holding at the pause point.
    const auto release = qScopeGuard([this] { QFile(m_dir.filePath(QStringLiteral("pause/release"))).open(QIODevice::WriteOnly); });
    BARGE_WAIT_FOR(QFile::exists(m_dir.filePath(QStringLiteral("pause/paused"))));
    QVERIFY(run->isRunning());
    QVERIFY2(run->stopQuestion().contains(QStringLiteral("You can finish this run later")), qPrintable(run->stopQuestion()));
    QVERIFY2(run->stopQuestion().contains(QStringLiteral("events.barge.json")), qPrintable(run->stopQuestion()));
    // The run ends while "Stop the migration?" is open (here: stopped from elsewhere): the question
    // closes by itself instead of asking "Stop now?" about a run that is over (issue #23).
    QPointer<QMessageBox> question;
    bool stillAsking = false;
    const QMetaObject::Connection ended = connect(run, &RunPage::runFinished, this, [&] {
        QTimer::singleShot(0, this, [&] {
            if (question && question->isVisible()) {
                stillAsking = true;
                question->done(QMessageBox::No);
            }
        });
    });
    QTimer::singleShot(0, this, [&] {
        question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        run->stop();
    });
    run->askToStop();
    disconnect(ended);
    QVERIFY(!stillAsking);
    BARGE_WAIT_FOR(run->isComplete());
    QCOMPARE(wizard->setup()->report.status, RunStatus::Cancelled);
    QVERIFY(QFile::exists(Checkpoint::fileFor(profile)));
    wizard.reset();

    std::unique_ptr<MigrationWizard> next(newWizard());
    QListWidget *recent = page<StartPage>(*next, MigrationWizard::StartPageId)->recentList();
    QVERIFY(recent->count() > 0);
    QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), profile);
    QVERIFY2(recent->item(0)->text().contains(QStringLiteral("interrupted run")), qPrintable(recent->item(0)->text()));
    grabTo(*next, QStringLiteral("01-start-recent-interrupted"));
    QVERIFY(next->openProfile(profile));
    QVERIFY(page<StartPage>(*next, MigrationWizard::StartPageId)->resumeBox()->isVisible());
}

// Test connection fails: the reason is at the form, in red, in sentences; Next stays disabled, also
// after an edit, until "Continue anyway" is ticked.
void TestWizardRecovery::failedTestHoldsNextBack()
{
    std::unique_ptr<MigrationWizard> wizard(newWizard());
    wizard->next();
    EndpointForm *form = page<SourcePage>(*wizard, MigrationWizard::SourcePageId)->form();
    form->setEndpoint(refusedPostgres());
    QVERIFY(nextEnabled(*wizard));
    clickTest(form);
    QCOMPARE(form->checkState(), EndpointForm::CheckState::Failed);
    const QString result = form->testResult()->text();
    QVERIFY2(result.startsWith(QStringLiteral("✖")), qPrintable(result));
    QVERIFY2(form->testResult()->styleSheet().contains(QStringLiteral("#b00020")), "the failure is not red");
    // libpq's two lines stay two sentences.
    QVERIFY2(!result.contains(QStringLiteral("refused Is")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("Connection refused. Is the server running")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("127.0.0.1:1")) || result.contains(QStringLiteral("port 1")), qPrintable(result));
    QVERIFY(!nextEnabled(*wizard));
    QVERIFY(form->continueAnywayBox()->isVisible());
    grabTo(*wizard, QStringLiteral("02-source-test-failed"));
    // Editing does not make the failure go away: only a test that passes does.
    form->serverForm()->findChild<QSpinBox *>()->setValue(2);
    QVERIFY(!nextEnabled(*wizard));
    QVERIFY2(form->testResult()->text().contains(QStringLiteral("Test connection again")),
             qPrintable(form->testResult()->text()));
    form->continueAnywayBox()->setChecked(true);
    QVERIFY(nextEnabled(*wizard));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(MigrationWizard::TargetPageId));
    wizard->back();
    // A test that passes clears it.
    form->continueAnywayBox()->setChecked(false);
    QVERIFY(!nextEnabled(*wizard));
    chooseSqlite(form, m_shop);
    clickTest(form);
    QCOMPARE(form->checkState(), EndpointForm::CheckState::Passed);
    QVERIFY(!form->continueAnywayBox()->isVisible());
    QVERIFY(nextEnabled(*wizard));
}

// The target is not there and was never tested: the Tables page says it is the target, in red, does
// not claim the tables would be "new", and goes back to the target page, where the failure is shown.
void TestWizardRecovery::tablesPageNamesTheEndThatFailed()
{
    std::unique_ptr<MigrationWizard> wizard(newWizard());
    wizard->next();
    chooseSqlite(page<SourcePage>(*wizard, MigrationWizard::SourcePageId)->form(), m_shop);
    wizard->next();
    EndpointForm *target = page<TargetPage>(*wizard, MigrationWizard::TargetPageId)->form();
    target->setEndpoint(refusedPostgres());
    wizard->next();
    auto *tables = page<TablesPage>(*wizard, MigrationWizard::TablesPageId);
    BARGE_WAIT_FOR(!tables->isLoading() && tables->changeButton()->isVisible());
    const QString note = tables->note()->text();
    QVERIFY2(note.contains(QStringLiteral("The target, postgres@127.0.0.1:1/shop, cannot be used")), qPrintable(note));
    QVERIFY2(tables->note()->styleSheet().contains(QStringLiteral("#b00020")), "the failure is not red");
    QVERIFY(!nextEnabled(*wizard));
    QVERIFY(tables->model()->rowCount() > 0); // the source was read
    for (int row = 0; row < tables->model()->rowCount(); ++row) {
        const QString exists = tables->model()->index(row, TableSelectionModel::ExistsColumn).data().toString();
        QCOMPARE(exists, QStringLiteral("unknown"));
    }
    QCOMPARE(tables->changeButton()->text(), QStringLiteral("Change the &target…"));
    grabTo(*wizard, QStringLiteral("04-tables-target-unreadable"));
    QTest::mouseClick(tables->changeButton(), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(MigrationWizard::TargetPageId));
    QCOMPARE(target->checkState(), EndpointForm::CheckState::Failed);
    QVERIFY2(target->testResult()->text().contains(QStringLiteral("Connection refused")), qPrintable(target->testResult()->text()));
    QVERIFY(!nextEnabled(*wizard));
    grabTo(*wizard, QStringLiteral("03-target-failure-shown"));
}

// Appending the same keys again fails the run; the report offers the Target page (where the mode
// is), everything chosen on the way is still there, and emptying the table first makes it pass.
void TestWizardRecovery::failedRunGoesBackToTheSetting()
{
    const QString copy = m_dir.filePath(QStringLiteral("again.db"));
    {
        SqliteFile out(copy);
        QVERIFY(out.exec(QStringLiteral("CREATE TABLE remarks (id INTEGER PRIMARY KEY, body TEXT)")));
        QVERIFY(out.exec(QStringLiteral("INSERT INTO remarks VALUES (1, 'already here')")));
    }
    std::unique_ptr<MigrationWizard> wizard(newWizard());
    wizard->next();
    chooseSqlite(page<SourcePage>(*wizard, MigrationWizard::SourcePageId)->form(), m_shop);
    wizard->next();
    auto *targetPage = page<TargetPage>(*wizard, MigrationWizard::TargetPageId);
    chooseSqlite(targetPage->form(), copy);
    targetPage->setDefaultMode(TableMode::Append);
    wizard->next();
    auto *tables = page<TablesPage>(*wizard, MigrationWizard::TablesPageId);
    BARGE_WAIT_FOR(tables->isComplete());
    TableSelectionModel *model = tables->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const bool notes = model->entry(row).source == QLatin1String("notes");
        model->setData(model->index(row, TableSelectionModel::SourceColumn), notes ? Qt::Checked : Qt::Unchecked,
                       Qt::CheckStateRole);
        if (notes)
            model->setData(model->index(row, TableSelectionModel::TargetColumn), QStringLiteral("remarks"), Qt::EditRole);
    }
    wizard->next();
    wizard->next();
    auto *options = page<OptionsPage>(*wizard, MigrationWizard::OptionsPageId);
    options->batchSize()->setValue(777);
    wizard->next();
    auto *summary = page<SummaryPage>(*wizard, MigrationWizard::SummaryPageId);
    BARGE_WAIT_FOR(summary->isComplete());
    wizard->next();
    auto *run = page<RunPage>(*wizard, MigrationWizard::RunPageId);
    BARGE_WAIT_FOR(run->isComplete());
    QCOMPARE(wizard->setup()->report.status, RunStatus::Failed);
    wizard->next();
    auto *report = page<ReportPage>(*wizard, MigrationWizard::ReportPageId);
    BARGE_WAIT_FOR(!report->isLocating() && report->changeButton()->isVisible());
    QCOMPARE(report->changeButton()->text(), QStringLiteral("Change the &target…"));
    grabTo(*wizard, QStringLiteral("09-report-failed"));
    QTest::mouseClick(report->changeButton(), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(MigrationWizard::TargetPageId));
    // The failure is shown at the target, but the target answers: nothing holds Next back.
    QVERIFY2(targetPage->form()->testResult()->text().contains(QStringLiteral("UNIQUE")),
             qPrintable(targetPage->form()->testResult()->text()));
    QVERIFY(nextEnabled(*wizard));
    grabTo(*wizard, QStringLiteral("03-target-after-failed-run"));
    QCOMPARE(targetPage->form()->endpoint().path, copy);
    targetPage->setDefaultMode(TableMode::Truncate);
    wizard->next();
    BARGE_WAIT_FOR(tables->isComplete());
    QCOMPARE(model->checkedCount(), 1);
    QCOMPARE(model->entry(tableRow(tables, QStringLiteral("notes"))).target, QStringLiteral("remarks"));
    QCOMPARE(model->entry(tableRow(tables, QStringLiteral("notes"))).mode, TableMode::Truncate);
    wizard->next();
    wizard->next();
    QCOMPARE(options->batchSize()->value(), 777);
    wizard->next();
    BARGE_WAIT_FOR(summary->isComplete());
    wizard->next();
    BARGE_WAIT_FOR(run->isComplete());
    QCOMPARE(wizard->setup()->report.status, RunStatus::Ok);
    SqliteFile out(copy);
    QCOMPARE(out.rows(QStringLiteral("SELECT id, body FROM remarks")),
             (QList<QVariantList>{{1, QStringLiteral("not copied")}}));
}

// What the forms and Test connection say about files and folders.
void TestWizardRecovery::messagesPointTheRightWay()
{
    std::unique_ptr<MigrationWizard> wizard(newWizard());
    wizard->next();
    auto *sourcePage = page<SourcePage>(*wizard, MigrationWizard::SourcePageId);
    chooseSqlite(sourcePage->form(), m_dir.path());
    QCOMPARE(sourcePage->form()->missing(), QStringLiteral("%1 is a folder, not a database file.").arg(m_dir.path()));
    QVERIFY(!nextEnabled(*wizard));
    chooseSqlite(sourcePage->form(), m_shop);
    wizard->next();
    EndpointForm *target = page<TargetPage>(*wizard, MigrationWizard::TargetPageId)->form();

    const QString inMissingFolder = m_dir.filePath(QStringLiteral("no-such-folder/copy.db"));
    chooseSqlite(target, inMissingFolder);
    QVERIFY(!nextEnabled(*wizard));
    QVERIFY2(target->missing().contains(QStringLiteral("does not exist")) && target->missing().contains(QStringLiteral("folder")),
             qPrintable(target->missing()));
    ConnectionCheck check = EndpointScanner::test(target->endpoint(), EndpointScanner::Role::Target);
    QVERIFY(!check.ok);
    QVERIFY2(check.message.contains(QStringLiteral("The folder %1 does not exist").arg(m_dir.filePath(QStringLiteral("no-such-folder")))),
             qPrintable(check.message));
    grabTo(*wizard, QStringLiteral("03-target-missing-folder"));

    chooseSqlite(target, QStringLiteral("/etc/hostname/x.db"));
    QVERIFY(!nextEnabled(*wizard));
    check = EndpointScanner::test(target->endpoint(), EndpointScanner::Role::Target);
    QVERIFY(!check.ok);
    QVERIFY2(check.message.contains(QStringLiteral("/etc/hostname is a file, not a folder")), qPrintable(check.message));
    QTest::mouseClick(target->testButton(), Qt::LeftButton);
    QVERIFY2(target->testResult()->text().contains(QStringLiteral("/etc/hostname is a file, not a folder")),
             qPrintable(target->testResult()->text()));

    chooseSqlite(target, m_dir.filePath(QStringLiteral("fine.db")));
    clickTest(target);
    QCOMPARE(target->checkState(), EndpointForm::CheckState::Passed);
    QVERIFY(nextEnabled(*wizard));
}

// One row reads "1 row" on the Options, Summary, Run and Report pages; the verify box says what it does.
void TestWizardRecovery::countsReadOneRow()
{
    std::unique_ptr<MigrationWizard> wizard(newWizard());
    wizard->next();
    chooseSqlite(page<SourcePage>(*wizard, MigrationWizard::SourcePageId)->form(), m_shop);
    wizard->next();
    chooseSqlite(page<TargetPage>(*wizard, MigrationWizard::TargetPageId)->form(), m_dir.filePath(QStringLiteral("one.db")));
    wizard->next();
    auto *tables = page<TablesPage>(*wizard, MigrationWizard::TablesPageId);
    BARGE_WAIT_FOR(tables->isComplete());
    TableSelectionModel *model = tables->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        model->setData(model->index(row, TableSelectionModel::SourceColumn),
                       model->entry(row).source == QLatin1String("notes") ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    }
    wizard->next();
    wizard->next();
    auto *options = page<OptionsPage>(*wizard, MigrationWizard::OptionsPageId);
    options->batchSize()->setValue(1);
    QCOMPARE(options->batchSize()->suffix(), QStringLiteral(" row"));
    options->batchSize()->setValue(2);
    QCOMPARE(options->batchSize()->suffix(), QStringLiteral(" rows"));
    const QString verify = QStringLiteral("compare each table's target with the source: counts, then contents");
    QVERIFY2(options->verify()->text().contains(verify), qPrintable(options->verify()->text()));
    QFile readme(qEnvironmentVariable("BARGE_SOURCE_DIR") + QStringLiteral("/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    QVERIFY2(QString::fromUtf8(readme.readAll()).contains(QStringLiteral("--verify                 ") + verify),
             "the README says something else about --verify");
    options->verify()->setChecked(true);
    grabTo(*wizard, QStringLiteral("06-options"));
    wizard->next();
    auto *summary = page<SummaryPage>(*wizard, MigrationWizard::SummaryPageId);
    BARGE_WAIT_FOR(summary->isComplete());
    QVERIFY2(summary->headline()->text().contains(QStringLiteral("1 table, 1 row,")), qPrintable(summary->headline()->text()));
    grabTo(*wizard, QStringLiteral("07-summary-one-row"));
    const QStringList kept = QDir(MigrationSetup::keptFolder()).entryList(QDir::Files);
    wizard->next();
    auto *run = page<RunPage>(*wizard, MigrationWizard::RunPageId);
    BARGE_WAIT_FOR(run->isComplete());
    QCOMPARE(wizard->setup()->report.status, RunStatus::Ok);
    QVERIFY2(run->headline()->text().startsWith(QStringLiteral("Finished: 1 row written")), qPrintable(run->headline()->text()));
    grabTo(*wizard, QStringLiteral("08-run-one-row"));
    wizard->next();
    auto *report = page<ReportPage>(*wizard, MigrationWizard::ReportPageId);
    QVERIFY2(report->headline()->text().startsWith(QStringLiteral("All done: 1 row written into one.db")),
             qPrintable(report->headline()->text()));
    QVERIFY(!report->changeButton()->isVisible());
    grabTo(*wizard, QStringLiteral("09-report-one-row"));
    // Not a profile: Barge kept its plan while it ran (a stop could have been finished later, see
    // tst_wizard_unsaved), and drops that copy once the run is done.
    QVERIFY(wizard->setup()->profileFile.isEmpty());
    QVERIFY(!wizard->setup()->profileKept);
    QCOMPARE(QDir(MigrationSetup::keptFolder()).entryList(QDir::Files), kept);
}

QTEST_MAIN(TestWizardRecovery)
#include "tst_wizard_recovery.moc"
