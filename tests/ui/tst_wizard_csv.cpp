// The CSV flow: a semicolon file with a NULL marker; the raw lines and the parsed grid follow the
// options as they change; then the file goes into a new SQLite database and is checked there.

#include "csvendpointform.h"
#include "waitfor.h"
#include "csvpreview.h"
#include "fieldmappingmodel.h"
#include "fieldmappingpage.h"
#include "wizarddriver.h"

#include <QCheckBox>
#include <QStandardItemModel>
#include <QTemporaryDir>

using namespace barge;
using namespace barge::test;

class TestWizardCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wizardCsvPreviewFollowsOptions();

private:
    QTemporaryDir m_dir;
};

void TestWizardCsv::initTestCase()
{
    setUpApplication("tst_wizard_csv");
    QVERIFY(m_dir.isValid());
}

void TestWizardCsv::wizardCsvPreviewFollowsOptions()
{
    const QString csv = m_dir.filePath(QStringLiteral("prices.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("sku;name;price\n"
                   "A-1;\"Tea; green\";3.50\n"
                   "B-2;Coffee;NA\n"
                   "C-3;Cocoa;2.25\n");
    }
    const QString target = m_dir.filePath(QStringLiteral("prices.db"));
    MigrationWizard wizard;
    prepare(wizard);
    startNew(wizard);

    auto *source = page<SourcePage>(wizard, MigrationWizard::SourcePageId);
    EndpointForm *form = source->form();
    form->kindBox()->setCurrentIndex(1);
    CsvEndpointForm *options = form->csvForm();
    CsvPreview *preview = options->preview();
    QSignalSpy updated(preview, &CsvPreview::updated);
    options->pathEdit()->setPath(csv);
    // Delimiter detection finds the semicolon; the quoted field keeps its own.
    BARGE_WAIT_FOR(preview->parsedColumns() == 3 && preview->parsedRows() == 3);
    QCOMPARE(preview->gridModel()->item(0, 1)->text(), QStringLiteral("Tea; green"));
    QCOMPARE(preview->gridModel()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("price"));

    // A comma delimiter makes one column of each line.
    options->delimiterBox()->setCurrentIndex(options->delimiterBox()->findData(QStringLiteral(",")));
    BARGE_WAIT_FOR(preview->parsedColumns() == 1);
    options->delimiterBox()->setCurrentIndex(options->delimiterBox()->findData(QStringLiteral(";")));
    BARGE_WAIT_FOR(preview->parsedColumns() == 3);
    // Without a header the first line becomes a row.
    options->headerBox()->setChecked(false);
    BARGE_WAIT_FOR(preview->parsedRows() == 4);
    options->headerBox()->setChecked(true);
    BARGE_WAIT_FOR(preview->parsedRows() == 3);
    // The NULL marker turns NA into NULL.
    QCOMPARE(preview->gridModel()->item(1, 2)->text(), QStringLiteral("NA"));
    options->nullEdit()->setText(QStringLiteral("NA"));
    BARGE_WAIT_FOR((preview->gridModel()->item(1, 2)->text()) == (QStringLiteral("NULL"))); QCOMPARE(preview->gridModel()->item(1, 2)->text(), QStringLiteral("NULL"));
    QVERIFY(updated.count() >= 6);
    QVERIFY(source->isComplete());
    shoot(wizard, QStringLiteral("02-source-csv"));
    wizard.next();

    chooseSqlite(page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form(), target);
    nextToTables(wizard);
    auto *tables = page<TablesPage>(wizard, MigrationWizard::TablesPageId);
    QCOMPARE(tables->model()->rowCount(), 1);
    QCOMPARE(tables->model()->entry(0).source, QStringLiteral("prices"));
    QCOMPARE(tables->model()->entry(0).rows, qint64(3));
    wizard.next();

    auto *mapping = page<FieldMappingPage>(wizard, MigrationWizard::FieldMappingPageId);
    BARGE_WAIT_FOR(mapping->previewModel()->rowCount() == 3);
    QCOMPARE(mapping->previewModel()->item(1, 2)->text(), QStringLiteral("NULL"));
    QCOMPARE(mapping->failedPreviewCells(), 0);
    shoot(wizard, QStringLiteral("05-mapping-csv"));
    wizard.next();
    wizard.next();
    runFromSummary(wizard);
    const Report report = wizard.setup()->report;
    QCOMPARE(report.status, RunStatus::Ok);
    checkInvariant(report);
    QCOMPARE(report.totalWritten(), qint64(3));

    SqliteFile out(target);
    const QList<QVariantList> rows = out.rows(QStringLiteral("SELECT sku, name, price FROM prices ORDER BY sku"));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).at(1).toString(), QStringLiteral("Tea; green"));
    QCOMPARE(rows.at(0).at(2).toDouble(), 3.5); // decimal(3,2); SQLite keeps numbers, not their spelling
    QVERIFY(rows.at(1).at(2).isNull());
    QCOMPARE(rows.at(2).at(0).toString(), QStringLiteral("C-3"));
}

QTEST_MAIN(TestWizardCsv)
#include "tst_wizard_csv.moc"
