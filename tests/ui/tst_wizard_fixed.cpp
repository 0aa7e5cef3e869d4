// A fixed-width file by clicking (issue #14): the wizard's record-file form takes the file and its
// layout, shows the records decoded by it (a record that cannot be read in red, with why), and the
// table goes into a new SQLite database with its types, the bad record in the rejects.

#include "endpoints/fixedform.h"
#include "filepathedit.h"
#include "io/fixed/fixedkind.h"
#include "waitfor.h"
#include "wizarddriver.h"

#include <QComboBox>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace barge;
using namespace barge::test;

class TestWizardFixed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        setUpApplication("tst_wizard_fixed");
        QVERIFY(m_dir.isValid());
    }

    void fixedWidthFileIntoSqlite()
    {
        const QString data = m_dir.filePath(QStringLiteral("people.dat"));
        const QString layout = m_dir.filePath(QStringLiteral("people.layout.json"));
        {
            QFile file(layout);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"fields": [{"name": "id", "start": 1, "length": 5},
                                      {"name": "name", "start": 6, "length": 10},
                                      {"name": "amount", "start": 16, "length": 8},
                                      {"name": "born", "start": 24, "length": 11, "nullIfBlank": true}]})");
            QFile records(data);
            QVERIFY(records.open(QIODevice::WriteOnly));
            records.write("00001Smith        12.50 1970-01-02\n"
                          "00002Jones        -3.25\n"
                          "00003Lee              0 2001-12-31\n"
                          "00004Long         1.00  2001-12-31 and more\n");
        }
        const QString target = m_dir.filePath(QStringLiteral("people.db"));
        MigrationWizard wizard;
        prepare(wizard);
        startNew(wizard);
        EndpointForm *form = page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form();
        form->kindBox()->setCurrentIndex(form->kindBox()->findData(FixedKind.id()));
        auto *fixed = form->findChild<FixedForm *>();
        QVERIFY(fixed);
        QSignalSpy previewed(fixed, &FixedForm::previewed);
        fixed->pathEdit()->setPath(data);
        QVERIFY(!page<SourcePage>(wizard, MigrationWizard::SourcePageId)->isComplete()); // no layout yet
        fixed->layoutEdit()->setPath(layout);
        BARGE_WAIT_FOR(fixed->previewTable()->rowCount() == 4);
        QTableWidget *table = fixed->previewTable();
        QCOMPARE(table->columnCount(), 4);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Smith"));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("NULL"));
        // The fourth record has bytes past the layout: red, and the tooltip says why.
        QCOMPARE(table->item(3, 0)->foreground().color(), QColor(0x9b, 0x10, 0x10));
        QVERIFY2(table->item(3, 0)->toolTip().contains(QStringLiteral("past the layout's last field")),
                 qPrintable(table->item(3, 0)->toolTip()));
        QVERIFY2(fixed->previewCaption()->text().contains(QStringLiteral("red")), qPrintable(fixed->previewCaption()->text()));
        shoot(wizard, QStringLiteral("02-source-fixed"));
        QVERIFY(page<SourcePage>(wizard, MigrationWizard::SourcePageId)->isComplete());
        wizard.next();

        chooseSqlite(page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form(), target);
        nextToTables(wizard);
        auto *tables = page<TablesPage>(wizard, MigrationWizard::TablesPageId);
        QCOMPARE(tables->model()->rowCount(), 1);
        QCOMPARE(tables->model()->entry(0).rows, qint64(4));
        wizard.next();
        wizard.next();
        wizard.next();
        runFromSummary(wizard);
        const Report report = wizard.setup()->report;
        QCOMPARE(report.totalWritten(), qint64(3));

        SqliteFile out(target);
        QStringList types;
        for (const QVariantList &column : out.rows(QStringLiteral("SELECT name, type FROM pragma_table_info('people')")))
            types << column.at(0).toString() + u' ' + column.at(1).toString();
        QCOMPARE(types, QStringList({QStringLiteral("id TEXT"), QStringLiteral("name TEXT"), QStringLiteral("amount NUMERIC(4,2)"),
                                     QStringLiteral("born DATE")}));
        const QList<QVariantList> rows = out.rows(QStringLiteral("SELECT id, amount, born FROM people ORDER BY id"));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).at(1).toDouble(), -3.25);
        QVERIFY(rows.at(1).at(2).isNull());
        QCOMPARE(rows.at(2).at(2).toString(), QStringLiteral("2001-12-31"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWizardFixed)
#include "tst_wizard_fixed.moc"
