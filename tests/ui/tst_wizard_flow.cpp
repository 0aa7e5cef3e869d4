// The whole wizard flow, clicked through offscreen: a generated SQLite source into a new SQLite
// target with tables chosen, a table renamed, a field renamed and one skipped; the run, the report
// and the target checked row by row. And a run stopped half way leaves exactly what the report says.

#include "engine/migrationengine.h"
#include "waitfor.h"
#include "mapping/fieldmappingmodel.h"
#include "fieldmappingpage.h"
#include "optionspage.h"
#include "plantree.h"
#include "reportpage.h"
#include "throughputchart.h"

#include <QCheckBox>
#include "wizarddriver.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace barge;
using namespace barge::test;

class TestWizardFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wizardSqliteToNewSqlite();
    void wizardCancelMidRun();
    void wizardSplitsABigTableIntoRanges();
    void wizardDemoByClicking();
    void wizardMakesTargetIdentical();
    void chosenFileIsOpenedAtOnce();

private:
    QTemporaryDir m_dir;
};

void TestWizardFlow::initTestCase()
{
    setUpApplication("tst_wizard_flow");
    QVERIFY(m_dir.isValid());
}

void TestWizardFlow::wizardSqliteToNewSqlite()
{
    const QString source = m_dir.filePath(QStringLiteral("shop.db"));
    writeShop(source);
    const QString target = m_dir.filePath(QStringLiteral("copy.db"));
    MigrationWizard wizard;
    prepare(wizard);
    startNew(wizard);

    auto *sourceForm = page<SourcePage>(wizard, MigrationWizard::SourcePageId);
    QVERIFY(!sourceForm->isComplete());
    chooseSqlite(sourceForm->form(), source);
    QVERIFY(sourceForm->isComplete());
    QSignalSpy tested(sourceForm->form(), &EndpointForm::tested);
    sourceForm->form()->testButton()->click();
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.first().first().toBool(), true);
    QVERIFY(sourceForm->form()->testResult()->text().contains(QStringLiteral("3")));
    shoot(wizard, QStringLiteral("02-source"));
    wizard.next();

    auto *targetPage = page<TargetPage>(wizard, MigrationWizard::TargetPageId);
    chooseSqlite(targetPage->form(), target);
    QVERIFY(targetPage->isComplete());
    shoot(wizard, QStringLiteral("03-target"));
    nextToTables(wizard);

    auto *tables = page<TablesPage>(wizard, MigrationWizard::TablesPageId);
    TableSelectionModel *model = tables->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->checkedCount(), 3);
    const int customers = tableRow(tables, QStringLiteral("customers"));
    const int notes = tableRow(tables, QStringLiteral("notes"));
    QCOMPARE(model->data(model->index(customers, TableSelectionModel::RowsColumn), Qt::UserRole).toLongLong(), 250);
    QVERIFY(model->setData(model->index(notes, TableSelectionModel::SourceColumn), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(model->setData(model->index(customers, TableSelectionModel::TargetColumn), QStringLiteral("clients"),
                           Qt::EditRole));
    // The filter hides rows from the view and from "select none", not from the plan.
    tables->filter()->setText(QStringLiteral("ord"));
    QCOMPARE(tables->view()->model()->rowCount(), 1);
    tables->filter()->clear();
    shoot(wizard, QStringLiteral("04-tables"));
    QCOMPARE(model->checkedCount(), 2);
    wizard.next();

    QCOMPARE(wizard.currentId(), int(MigrationWizard::FieldMappingPageId));
    auto *mapping = page<FieldMappingPage>(wizard, MigrationWizard::FieldMappingPageId);
    QCOMPARE(mapping->tableBox()->count(), 2);
    QSignalSpy preview(mapping, &FieldMappingPage::previewUpdated);
    mapping->tableBox()->setCurrentIndex(0); // customers -> clients
    FieldMappingModel *fields = mapping->currentModel();
    QVERIFY(fields);
    QCOMPARE(fields->rowCount(), 4);
    QVERIFY(fields->setData(fields->index(1, FieldMappingModel::TargetColumn), QStringLiteral("full_name"), Qt::EditRole));
    QVERIFY(fields->setData(fields->index(2, FieldMappingModel::SourceColumn), Qt::Unchecked, Qt::CheckStateRole));
    BARGE_WAIT_FOR(mapping->previewModel()->columnCount() == 3 && mapping->previewModel()->rowCount() == 20);
    QCOMPARE(mapping->previewModel()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("full_name"));
    QCOMPARE(mapping->previewModel()->item(0, 1)->text(), QStringLiteral("Customer 1"));
    QCOMPARE(mapping->failedPreviewCells(), 0);
    // A type that cannot hold the values turns their cells red, with the reason as tooltip.
    QVERIFY(fields->setData(fields->index(1, FieldMappingModel::TypeColumn), QStringLiteral("int32"), Qt::EditRole));
    BARGE_WAIT_FOR(mapping->failedPreviewCells() == 20);
    QVERIFY(!mapping->previewModel()->item(0, 1)->toolTip().isEmpty());
    QVERIFY(fields->data(fields->index(1, FieldMappingModel::TypeColumn), Qt::DecorationRole).isValid()); // lossy
    shoot(wizard, QStringLiteral("05-mapping"));
    QVERIFY(fields->setData(fields->index(1, FieldMappingModel::TypeColumn), QStringLiteral("text"), Qt::EditRole));
    BARGE_WAIT_FOR(mapping->failedPreviewCells() == 0 && mapping->previewModel()->rowCount() == 20);
    wizard.next();

    QCOMPARE(wizard.currentId(), int(MigrationWizard::OptionsPageId));
    auto *options = page<OptionsPage>(wizard, MigrationWizard::OptionsPageId);
    options->batchSize()->setValue(100);
    options->verify()->setChecked(true);
    shoot(wizard, QStringLiteral("06-options"));
    wizard.next();

    auto *summary = page<SummaryPage>(wizard, MigrationWizard::SummaryPageId);
    BARGE_WAIT_FOR(summary->isComplete());
    QVERIFY2(summary->headline()->text().contains(QStringLiteral("Copy 2 tables")), qPrintable(summary->headline()->text()));
    QVERIFY(summary->ddl()->toPlainText().contains(QStringLiteral("full_name")));
    QVERIFY(!summary->ddl()->toPlainText().contains(QStringLiteral("email")));
    runFromSummary(wizard);

    const Report report = wizard.setup()->report;
    QCOMPARE(report.status, RunStatus::Ok);
    QCOMPARE(report.tables.size(), 2);
    checkInvariant(report);
    QCOMPARE(report.totalWritten(), qint64(250 + 600));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(MigrationWizard::ReportPageId));
    auto *reportPage = page<ReportPage>(wizard, MigrationWizard::ReportPageId);
    QCOMPARE(reportPage->table()->rowCount(), 2);
    QCOMPARE(reportPage->table()->item(0, ReportPage::TargetColumn)->text(), QStringLiteral("clients"));
    QCOMPARE(reportPage->table()->item(0, ReportPage::WrittenColumn)->text(), QLocale().toString(250));
    // Verify after load: the target's own count is shown beside each table.
    QVERIFY2(reportPage->table()->item(0, ReportPage::RejectsColumn)->text().startsWith(QStringLiteral("verified")),
             qPrintable(reportPage->table()->item(0, ReportPage::RejectsColumn)->text()));
    shoot(wizard, QStringLiteral("09-report"));
    QString error;
    const QString json = m_dir.filePath(QStringLiteral("report.json"));
    QVERIFY2(reportPage->saveJson(json, &error), qPrintable(error));
    QVERIFY2(reportPage->saveHtml(m_dir.filePath(QStringLiteral("report.html")), &error), qPrintable(error));
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(jsonFile.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("written")).toInteger(), 850);
    QCOMPARE(root.value(QStringLiteral("tables")).toArray().size(), 2);

    // The target, row by row: renamed table and column, skipped column absent, values equal.
    SqliteFile in(source);
    SqliteFile out(target);
    QCOMPARE(out.columns(QStringLiteral("clients")),
             (QStringList{QStringLiteral("id"), QStringLiteral("full_name"), QStringLiteral("score")}));
    QVERIFY(out.rows(QStringLiteral("SELECT name FROM sqlite_master WHERE name = 'notes'")).isEmpty());
    const QList<QVariantList> expected = in.rows(QStringLiteral("SELECT id, name, score FROM customers ORDER BY id"));
    const QList<QVariantList> actual = out.rows(QStringLiteral("SELECT id, full_name, score FROM clients ORDER BY id"));
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(actual.at(i).at(0).toLongLong(), expected.at(i).at(0).toLongLong());
        QCOMPARE(actual.at(i).at(1).toString(), expected.at(i).at(1).toString());
        QCOMPARE(actual.at(i).at(2).isNull(), expected.at(i).at(2).isNull());
        QCOMPARE(actual.at(i).at(2).toDouble(), expected.at(i).at(2).toDouble());
    }
    QCOMPARE(out.rows(QStringLiteral("SELECT id, customer_id, amount FROM orders ORDER BY id")),
             in.rows(QStringLiteral("SELECT id, customer_id, amount FROM orders ORDER BY id")));
}

// The Options page's key ranges: every table with an integer key in ranges of 1,000 rows. The
// summary says so before anything is written, the run loads 5 ranges, the report lists them.
void TestWizardFlow::wizardSplitsABigTableIntoRanges()
{
    const QString source = m_dir.filePath(QStringLiteral("ranged.db"));
    {
        SqliteFile db(source);
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY, kind TEXT)")));
        QVERIFY(db.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                                       "INSERT INTO events SELECT i, 'kind' || (i % 13) FROM n")));
    }
    const QString target = m_dir.filePath(QStringLiteral("ranged-copy.db"));
    MigrationWizard wizard;
    prepare(wizard);
    startNew(wizard);
    chooseSqlite(page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form(), source);
    wizard.next();
    chooseSqlite(page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form(), target);
    nextToTables(wizard);
    wizard.next();
    wizard.next();
    auto *options = page<OptionsPage>(wizard, MigrationWizard::OptionsPageId);
    QVERIFY(!options->rangeRows()->isEnabled()); // automatic: no size to give
    options->ranges()->setCurrentIndex(options->ranges()->findData(1));
    QVERIFY(options->rangeRows()->isEnabled());
    options->rangeRows()->setValue(1000);
    options->jobs()->setValue(2);
    wizard.next();
    QCOMPARE(wizard.setup()->plan.options.rangeRows, 1000);
    auto *summary = page<SummaryPage>(wizard, MigrationWizard::SummaryPageId);
    BARGE_WAIT_FOR(summary->isComplete());
    QVERIFY2(summary->headline()->text().contains(QStringLiteral("1 big table loads in ranges, up to 2 side by side.")),
             qPrintable(summary->headline()->text()));
    runFromSummary(wizard);
    const Report report = wizard.setup()->report;
    QCOMPARE(report.status, RunStatus::Ok);
    QCOMPARE(report.tables.at(0).written, 5000);
    QCOMPARE(report.tables.at(0).ranges.size(), 5);
    checkInvariant(report);
    SqliteFile out(target);
    QCOMPARE(out.rows(QStringLiteral("SELECT count(*), sum(id) FROM events")).first(),
             (QVariantList{qint64(5000), qint64(12502500)}));
}

void TestWizardFlow::wizardCancelMidRun()
{
    const QString source = m_dir.filePath(QStringLiteral("big.db"));
    {
        SqliteFile db(source);
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY, kind TEXT, payload TEXT)")));
        QVERIFY(db.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1500000) "
                                       "INSERT INTO events SELECT i, 'kind' || (i % 13), hex(randomblob(24)) FROM n")));
    }
    const QString target = m_dir.filePath(QStringLiteral("partial.db"));
    MigrationWizard wizard;
    prepare(wizard);
    startNew(wizard);
    chooseSqlite(page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form(), source);
    wizard.next();
    chooseSqlite(page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form(), target);
    nextToTables(wizard);
    wizard.next();
    wizard.next();
    page<OptionsPage>(wizard, MigrationWizard::OptionsPageId)->batchSize()->setValue(1000);
    wizard.next();
    auto *summary = page<SummaryPage>(wizard, MigrationWizard::SummaryPageId);
    BARGE_WAIT_FOR(summary->isComplete());

    auto *run = page<RunPage>(wizard, MigrationWizard::RunPageId);
    QSignalSpy finished(run, &RunPage::runFinished);
    // Stop as soon as rows arrive, answering "Yes" in the confirmation the way a person would.
    bool asked = false;
    QMetaObject::Connection stopper = connect(run->engine(), &MigrationEngine::progressChanged, this,
                                              [&](const Progress &progress) {
        if (asked || progress.written() == 0)
            return;
        asked = true;
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box)
                box->button(QMessageBox::Yes)->click();
        });
        run->askToStop();
    });
    wizard.next();
    QVERIFY(finished.wait(60000));
    disconnect(stopper);
    QVERIFY(asked);
    const Report report = wizard.setup()->report;
    QCOMPARE(report.status, RunStatus::Cancelled);
    QCOMPARE(report.tables.size(), 1);
    checkInvariant(report);
    const TableReport &events = report.tables.first();
    QVERIFY2(events.written > 0 && events.written < 1500000, qPrintable(QString::number(events.written)));
    shoot(wizard, QStringLiteral("08-run-stopped"));
    SqliteFile out(target);
    QCOMPARE(out.count(QStringLiteral("events")), events.written);
    wizard.next();
    auto *reportPage = page<ReportPage>(wizard, MigrationWizard::ReportPageId);
    QVERIFY(reportPage->headline()->text().startsWith(QStringLiteral("Stopped")));
}

// What the README walks a newcomer through: the demo, Next on every page, Run, a clean report.
void TestWizardFlow::wizardDemoByClicking()
{
    MigrationWizard wizard;
    prepare(wizard);
    wizard.startDemo();
    QCOMPARE(wizard.currentId(), int(MigrationWizard::SourcePageId));
    const Plan demo = wizard.plan();
    QVERIFY(QFileInfo::exists(demo.source.path));
    QVERIFY(!QFileInfo::exists(demo.target.path));
    QVERIFY(demo.target.path.endsWith(QStringLiteral(".db")));
    shoot(wizard, QStringLiteral("demo-2-source"));
    wizard.next();
    shoot(wizard, QStringLiteral("demo-3-target"));
    nextToTables(wizard);
    auto *tables = page<TablesPage>(wizard, MigrationWizard::TablesPageId);
    QCOMPARE(tables->model()->checkedCount(), 4);
    shoot(wizard, QStringLiteral("demo-4-tables"));
    // Many tables: a pattern picks some, Select none acts on those shown, a header sorts.
    tables->filter()->setText(QStringLiteral("order*"));
    QCOMPARE(tables->view()->model()->rowCount(), 2); // order_items, orders; not customers
    QPushButton *none = nullptr;
    for (QPushButton *button : tables->findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == QLatin1String("Select none"))
            none = button;
    }
    QVERIFY(none);
    QTest::mouseClick(none, Qt::LeftButton);
    QCOMPARE(tables->model()->checkedCount(), 2);
    tables->filter()->clear();
    QCOMPARE(tables->view()->model()->rowCount(), 4);
    const QAbstractItemModel *shown = tables->view()->model();
    QCOMPARE(shown->index(0, TableSelectionModel::SourceColumn).data().toString(), QStringLiteral("customers")); // the source's order
    tables->view()->horizontalHeader()->setSortIndicator(TableSelectionModel::RowsColumn, Qt::DescendingOrder);
    QCOMPARE(shown->index(0, TableSelectionModel::SourceColumn).data().toString(), QStringLiteral("order_items")); // 9,000 rows
    tables->model()->setAllChecked(true, {0, 1, 2, 3});
    // The steps down the side: done, here, to come; a finished one is a click away, and going
    // there and on again keeps what was chosen.
    QCOMPARE(stepTexts(wizard), (QStringList{QStringLiteral("\u2713  Start"), QStringLiteral("\u2713  Source"),
                                             QStringLiteral("\u2713  Target"), QStringLiteral("\u25B8  Tables"),
                                             QStringLiteral("Field mapping"), QStringLiteral("Options"), QStringLiteral("Summary"),
                                             QStringLiteral("Run"), QStringLiteral("Report")}));
    auto *steps = qobject_cast<QListWidget *>(wizard.sideWidget());
    QVERIFY(steps && !steps->accessibleName().isEmpty());
    const QRect sourceStep = steps->visualItemRect(steps->item(1));
    QTest::mouseClick(steps->viewport(), Qt::LeftButton, {}, sourceStep.center());
    QCOMPARE(wizard.currentId(), int(MigrationWizard::SourcePageId));
    QCOMPARE(stepTexts(wizard).at(1), QStringLiteral("\u25B8  Source"));
    QTest::mouseClick(steps->viewport(), Qt::LeftButton, {}, steps->visualItemRect(steps->item(5)).center());
    QCOMPARE(wizard.currentId(), int(MigrationWizard::SourcePageId)); // a step to come is not a shortcut
    QCOMPARE(wizard.plan().source, demo.source);
    wizard.next();
    nextToTables(wizard);
    QCOMPARE(tables->model()->checkedCount(), 4);
    // From the keyboard: Return on a finished step goes there, and no further (not Next too).
    steps->setFocus();
    steps->setCurrentRow(2);
    QTest::keyClick(steps, Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(MigrationWizard::TargetPageId));
    nextToTables(wizard);
    wizard.next();
    auto *mapping = page<FieldMappingPage>(wizard, MigrationWizard::FieldMappingPageId);
    BARGE_WAIT_FOR(mapping->previewModel()->rowCount() > 0);
    shoot(wizard, QStringLiteral("demo-5-mapping"));
    // A wide table's columns are found by name.
    const auto hiddenRows = [mapping] {
        int hidden = 0;
        for (int row = 0; row < mapping->grid()->model()->rowCount(); ++row)
            hidden += mapping->grid()->isRowHidden(row) ? 1 : 0;
        return hidden;
    };
    mapping->search()->setText(QStringLiteral("ID"));
    QVERIFY(!mapping->grid()->isRowHidden(0)); // id
    QVERIFY(hiddenRows() > 0);
    QCOMPARE(hiddenRows(), mapping->grid()->model()->rowCount() - 1);
    mapping->search()->clear();
    QCOMPARE(hiddenRows(), 0);
    wizard.next();
    shoot(wizard, QStringLiteral("demo-6-options"));
    wizard.next();
    // The summary's tree sorts its tables; a table's columns keep their order.
    auto *summary = page<SummaryPage>(wizard, MigrationWizard::SummaryPageId);
    BARGE_WAIT_FOR(summary->isComplete());
    PlanTree *tree = summary->tree();
    QCOMPARE(tree->topLevelItemCount(), 4);
    tree->sortByColumn(PlanTree::RowsColumn, Qt::DescendingOrder);
    QCOMPARE(tree->topLevelItem(0)->text(PlanTree::NameColumn), QStringLiteral("order_items")); // 9,000 rows
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(PlanTree::NameColumn), QStringLiteral("order_id"));
    QCOMPARE(tree->topLevelItem(0)->child(1)->text(PlanTree::NameColumn), QStringLiteral("line"));
    tree->sortByColumn(PlanTree::NameColumn, Qt::AscendingOrder);
    QCOMPARE(tree->topLevelItem(0)->text(PlanTree::NameColumn), QStringLiteral("customers"));
    QCOMPARE(tree->topLevelItem(3)->text(PlanTree::NameColumn), QStringLiteral("products"));
    runFromSummary(wizard);
    const Report report = wizard.setup()->report;
    QCOMPARE(report.status, RunStatus::Ok);
    QCOMPARE(report.tables.size(), 4);
    checkInvariant(report);
    QVERIFY(report.totalWritten() > 0);
    // A run this short has no line to draw: the chart shows each table's rate instead.
    auto *chart = wizard.findChild<ThroughputChart *>();
    QVERIFY(chart && chart->showsTables());
    QVERIFY2(chart->accessibleDescription().contains(QLatin1String("order_items: ")), qPrintable(chart->accessibleDescription()));
    wizard.next();
    shoot(wizard, QStringLiteral("demo-9-report"));
    QCOMPARE(stepTexts(wizard).last(), QStringLiteral("\u25B8  Report"));
    QCOMPARE(stepTexts(wizard).at(7), QStringLiteral("\u2713  Run"));
    SqliteFile in(demo.source.path);
    SqliteFile out(demo.target.path);
    for (const TableReport &table : report.tables)
        QCOMPARE(out.count(table.target), in.count(table.source));
}

// "Make it an exact match of the source" (sync): a target that lacks rows, holds changed ones and
// many the source no longer has. The Run page compares, asks before deleting more than a tenth of
// the table (answered Yes, as a person would), merges what differs and deletes the rest; the
// report counts each kind, and the target ends equal to the source.
void TestWizardFlow::wizardMakesTargetIdentical()
{
    const QString source = m_dir.filePath(QStringLiteral("sync-source.db"));
    const QString target = m_dir.filePath(QStringLiteral("sync-target.db"));
    {
        SqliteFile in(source);
        QVERIFY(in.exec(QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, price REAL)")));
        QVERIFY(in.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100) "
                                       "INSERT INTO items SELECT i, 'item ' || i, i / 8.0 FROM n")));
        SqliteFile out(target);
        QVERIFY(out.exec(QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, price REAL)")));
        QVERIFY(out.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120) "
                                        "INSERT INTO items SELECT i, 'item ' || i, i / 8.0 FROM n WHERE i NOT IN (7, 70)")));
        QVERIFY(out.exec(QStringLiteral("UPDATE items SET name = 'old name' WHERE id IN (1, 50, 99)")));
    }
    MigrationWizard wizard;
    prepare(wizard);
    startNew(wizard);
    chooseSqlite(page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form(), source);
    wizard.next();
    auto *targetPage = page<TargetPage>(wizard, MigrationWizard::TargetPageId);
    chooseSqlite(targetPage->form(), target);
    targetPage->setDefaultMode(TableMode::Merge, true);
    QVERIFY(targetPage->makesIdentical());
    shoot(wizard, QStringLiteral("sync-1-target"));
    nextToTables(wizard);
    wizard.next();
    wizard.next();
    wizard.next();
    auto *summary = page<SummaryPage>(wizard, MigrationWizard::SummaryPageId);
    BARGE_WAIT_FOR(summary->isComplete());
    QVERIFY(wizard.setup()->plan.options.sync);
    shoot(wizard, QStringLiteral("sync-2-summary"));

    auto *run = page<RunPage>(wizard, MigrationWizard::RunPageId);
    QSignalSpy finished(run, &RunPage::runFinished);
    // 20 of the target's 118 rows are gone from the source: more than a tenth, so the page asks.
    QString asked;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    answer.start(20);
    wizard.next();
    QVERIFY(finished.wait(60000));
    answer.stop();
    QVERIFY2(asked.contains(QStringLiteral("items: 20 of 118 rows")), qPrintable(asked));
    const Report report = wizard.setup()->report;
    QCOMPARE(report.status, RunStatus::Ok);
    QCOMPARE(report.tables.size(), 1);
    const TableReport &items = report.tables.first();
    QVERIFY(items.synced);
    QCOMPARE(items.inserted, 2);
    QCOMPARE(items.updated, 3);
    QCOMPARE(items.deleted, 20);
    QCOMPARE(items.unchanged, 95);
    shoot(wizard, QStringLiteral("sync-3-run"));
    wizard.next();
    auto *reportPage = page<ReportPage>(wizard, MigrationWizard::ReportPageId);
    shoot(wizard, QStringLiteral("sync-4-report"));
    QVERIFY(reportPage->table()->rowCount() == 1);
    SqliteFile in(source);
    SqliteFile out(target);
    QCOMPARE(out.rows(QStringLiteral("SELECT id, name, price FROM items ORDER BY id")),
             in.rows(QStringLiteral("SELECT id, name, price FROM items ORDER BY id")));
}

// A file is opened as soon as it is chosen: its tables are listed under the form, or why it cannot
// be read is said, with no click on Test connection.
void TestWizardFlow::chosenFileIsOpenedAtOnce()
{
    const QString shop = m_dir.filePath(QStringLiteral("listed.db"));
    writeShop(shop);
    const QString text = m_dir.filePath(QStringLiteral("not-a-database.db"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("just some words, not SQLite\n").repeated(100));
    file.close();

    MigrationWizard wizard;
    prepare(wizard);
    startNew(wizard);
    EndpointForm *form = page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form();
    chooseSqlite(form, shop);
    BARGE_WAIT_FOR(form->checkState() != EndpointForm::CheckState::Unchecked);
    QCOMPARE(form->checkState(), EndpointForm::CheckState::Passed);
    QVERIFY(form->contents()->isVisible());
    const QString listed = form->contents()->text();
    QVERIFY2(listed.startsWith(QStringLiteral("Tables (3): ")), qPrintable(listed));
    for (const char *name : {"customers", "notes", "orders"})
        QVERIFY2(listed.contains(QLatin1String(name)), qPrintable(listed));
    shoot(wizard, QStringLiteral("02-source-listed"));

    chooseSqlite(form, text);
    QVERIFY(!form->contents()->isVisible()); // what was listed belongs to the other file
    BARGE_WAIT_FOR(form->checkState() != EndpointForm::CheckState::Unchecked);
    QCOMPARE(form->checkState(), EndpointForm::CheckState::Failed);
    QVERIFY2(form->testResult()->text().contains(QStringLiteral("not an SQLite database")),
             qPrintable(form->testResult()->text()));
    QVERIFY(!form->contents()->isVisible());
    QVERIFY(!page<SourcePage>(wizard, MigrationWizard::SourcePageId)->isComplete());

    // The right file after the wrong one is checked again by itself, and the page goes on.
    chooseSqlite(form, shop);
    BARGE_WAIT_FOR(form->checkState() == EndpointForm::CheckState::Passed);
    QVERIFY(form->contents()->text().startsWith(QStringLiteral("Tables (3): ")));
    QVERIFY(page<SourcePage>(wizard, MigrationWizard::SourcePageId)->isComplete());
}

QTEST_MAIN(TestWizardFlow)
#include "tst_wizard_flow.moc"
