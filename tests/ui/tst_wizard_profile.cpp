// Profiles: a plan built in one wizard and saved, opened in a fresh wizard, restores every page,
// field and mapping; running it there and running it headless (barge run) give the same target.

#include "fieldmappingmodel.h"
#include "fieldmappingpage.h"
#include "optionspage.h"
#include "wizarddriver.h"

#include <QCheckBox>
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
    [&] { QTRY_VERIFY_WITH_TIMEOUT(summary->isComplete(), 20000); }();
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
    QTRY_VERIFY_WITH_TIMEOUT(summary->isComplete(), 20000);
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
    QVERIFY(run.waitForFinished(60000));
    QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
    SqliteFile out(target);
    QCOMPARE(out.rows(customers), fromWizard);
    QCOMPARE(out.rows(orders), ordersFromWizard);
    QCOMPARE(out.columns(QStringLiteral("clients")),
             (QStringList{QStringLiteral("id"), QStringLiteral("full_name"), QStringLiteral("score")}));
}

QTEST_MAIN(TestWizardProfile)
#include "tst_wizard_profile.moc"
