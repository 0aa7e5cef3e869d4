// An Excel workbook by clicking (issue #15), both ways. As a source: a workbook opened on the wizard,
// as a file would be dropped on it, lists its sheets the way a database lists its tables, previews
// a sheet's first rows with the types they suggest and the error cell in red, and follows the
// header option; its tables go into SQLite with the error row in the rejects. As a target: a SQLite
// table goes into a new workbook chosen in the target form, and reads back the same.
// Fixture: openpyxl-types.xlsx (made with openpyxl, tests/data/README.md).

#include "endpoints/xlsxform.h"
#include "filepathedit.h"
#include "io/xlsx/xlsxkind.h"
#include "io/xlsx/xlsxtablereader.h"
#include "optionspage.h"
#include "waitfor.h"
#include "wizarddriver.h"

#include <QComboBox>
#include <QLabel>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace barge;
using namespace barge::test;

class TestWizardXlsx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        setUpApplication("tst_wizard_xlsx");
        QVERIFY(m_dir.isValid());
    }

    void workbookAsSource()
    {
        const QString data = qEnvironmentVariable("BARGE_SOURCE_DIR") + QStringLiteral("/tests/data/xlsx/openpyxl-types.xlsx");
        const QString target = m_dir.filePath(QStringLiteral("orders.db"));
        MigrationWizard wizard;
        prepare(wizard);
        wizard.startFrom(data);
        QCOMPARE(wizard.currentId(), int(MigrationWizard::SourcePageId));
        EndpointForm *form = page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form();
        QCOMPARE(form->endpoint().kind, XlsxKind);
        XlsxForm *xlsx = nullptr; // the source form shown, not a target one
        for (XlsxForm *candidate : form->findChildren<XlsxForm *>()) {
            if (candidate->previewTable())
                xlsx = candidate;
        }
        QVERIFY(xlsx);
        BARGE_WAIT_FOR(xlsx->sheetBox()->count() == 2 && xlsx->previewTable()->rowCount() == 4);
        QCOMPARE(xlsx->sheetBox()->itemText(0), QStringLiteral("Orders 2023"));
        QCOMPARE(xlsx->sheetBox()->itemText(1), QStringLiteral("nohdr"));
        QTableWidget *preview = xlsx->previewTable();
        QCOMPARE(preview->horizontalHeaderItem(1)->text(), QStringLiteral("code"));
        QCOMPARE(preview->horizontalHeaderItem(1)->toolTip(), QStringLiteral("text"));
        QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("08123"));
        // Row 5 of the sheet, the fourth shown, holds #DIV/0!: red, with the cell.
        QCOMPARE(preview->item(3, 0)->foreground().color(), QColor(0x9b, 0x10, 0x10));
        QVERIFY2(preview->item(3, 0)->toolTip().contains(QStringLiteral("C5")), qPrintable(preview->item(3, 0)->toolTip()));
        // Alt+N reaches the header box: its label names it (a row of widgets gets no buddy by itself).
        bool labelled = false;
        for (QLabel *label : xlsx->findChildren<QLabel *>())
            labelled = labelled || (label->text() == QStringLiteral("Column &names:") && label->buddy() == xlsx->headerBox());
        QVERIFY(labelled);
        shoot(wizard, QStringLiteral("02-source-xlsx"));
        // No row of names: the first row becomes data, columns are named by their letters.
        QSignalSpy previewed(xlsx, &XlsxForm::previewed);
        xlsx->headerBox()->setCurrentIndex(1);
        QVERIFY(previewed.wait(30000));
        QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("A"));
        QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("id"));
        QCOMPARE(form->endpoint().options.value(QStringLiteral("header")), QStringLiteral("false"));
        xlsx->headerBox()->setCurrentIndex(0);
        QVERIFY(previewed.wait(30000));

        wizard.next();
        chooseSqlite(page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form(), target);
        nextToTables(wizard);
        auto *tables = page<TablesPage>(wizard, MigrationWizard::TablesPageId);
        QCOMPARE(tables->model()->rowCount(), 2);
        wizard.next();
        wizard.next();
        auto *options = page<OptionsPage>(wizard, MigrationWizard::OptionsPageId);
        options->onError()->setCurrentIndex(options->onError()->findData(int(OnError::Skip)));
        wizard.next();
        auto *summary = page<SummaryPage>(wizard, MigrationWizard::SummaryPageId);
        BARGE_WAIT_FOR(summary->isComplete());
        runFromSummary(wizard);
        const Report report = wizard.setup()->report;
        QCOMPARE(report.totalRejected(), qint64(1));
        SqliteFile out(target);
        const QList<QVariantList> rows = out.rows(QStringLiteral("SELECT code, \"when\" FROM \"Orders 2023\" ORDER BY id"));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).at(0).toString(), QStringLiteral("08123"));
        QCOMPARE(rows.at(0).at(1).toString(), QStringLiteral("2023-12-31"));
    }

    void workbookAsTarget()
    {
        const QString source = m_dir.filePath(QStringLiteral("shop.db"));
        writeShop(source);
        const QString book = m_dir.filePath(QStringLiteral("customers.xlsx"));
        MigrationWizard wizard;
        prepare(wizard);
        startNew(wizard);
        chooseSqlite(page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form(), source);
        wizard.next();
        EndpointForm *form = page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form();
        form->kindBox()->setCurrentIndex(form->kindBox()->findData(XlsxKind.id()));
        XlsxForm *xlsx = nullptr;
        for (XlsxForm *candidate : form->findChildren<XlsxForm *>()) {
            if (!candidate->previewTable())
                xlsx = candidate;
        }
        QVERIFY(xlsx);
        xlsx->pathEdit()->setPath(book);
        QVERIFY2(form->missing().isEmpty(), qPrintable(form->missing()));
        shoot(wizard, QStringLiteral("03-target-xlsx"));
        nextToTables(wizard);
        auto *tables = page<TablesPage>(wizard, MigrationWizard::TablesPageId);
        // One workbook takes one table: only customers.
        for (int row = 0; row < tables->model()->rowCount(); ++row) {
            if (row != tableRow(tables, QStringLiteral("customers")))
                tables->model()->setData(tables->model()->index(row, TableSelectionModel::SourceColumn), Qt::Unchecked, Qt::CheckStateRole);
        }
        wizard.next();
        wizard.next();
        wizard.next();
        auto *summary = page<SummaryPage>(wizard, MigrationWizard::SummaryPageId);
        BARGE_WAIT_FOR(summary->isComplete());
        runFromSummary(wizard);
        const Report report = wizard.setup()->report;
        QVERIFY(report.totalWritten() > 0);
        QCOMPARE(report.totalRejected(), qint64(0));
        QVERIFY(QFileInfo::exists(book));
        SqliteFile shop(source);
        const qint64 expected = shop.rows(QStringLiteral("SELECT count(*) FROM customers")).value(0).value(0).toLongLong();
        Endpoint written;
        written.kind = XlsxKind;
        written.scheme = XlsxKind.id();
        written.path = book;
        XlsxTableReader reader(written, QStringLiteral("customers"));
        QString error;
        QVERIFY2(reader.open(&error), qPrintable(error));
        RowBatch batch;
        while (reader.read(batch, 1000)) {
        }
        QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
        QCOMPARE(qint64(batch.rows.size()), expected);
        QVERIFY(batch.rejected.isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWizardXlsx)
#include "tst_wizard_xlsx.moc"
