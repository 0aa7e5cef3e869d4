// A JSON file by clicking (issue #15): a .json file that holds an array of objects, opened on the
// wizard as a file would be dropped on it, is a JSON source; it goes into a new SQLite database with
// its types, the element that is not an object in the rejects. The profile saved on the way, also
// a .json file but an object, opens as a profile and brings the same source back.

#include "endpoints/jsonlform.h"
#include "optionspage.h"
#include "io/jsonl/jsonlkind.h"
#include "waitfor.h"
#include "wizarddriver.h"

#include <QComboBox>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace barge;
using namespace barge::test;

class TestWizardJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        setUpApplication("tst_wizard_json");
        QVERIFY(m_dir.isValid());
    }

    void arrayIsASourceObjectIsAProfile()
    {
        const QString data = m_dir.filePath(QStringLiteral("people.json"));
        {
            QFile file(data);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[\n"
                       "  {\"id\": 1, \"name\": \"Ann\", \"zip\": \"08123\", \"amount\": 12.50, \"address\": {\"city\": \"Berlin\"}},\n"
                       "  {\"id\": 2, \"name\": \"Bob\", \"zip\": \"10115\", \"amount\": -3.25, \"address\": {\"city\": \"K\xC3\xB6ln\"}},\n"
                       "  \"not an object\",\n"
                       "  {\"id\": 4, \"name\": null, \"zip\": \"01067\", \"amount\": 0, \"address\": {\"city\": null}}\n"
                       "]\n");
        }
        const QString target = m_dir.filePath(QStringLiteral("people.db"));
        const QString profile = m_dir.filePath(QStringLiteral("people.barge.json"));
        Endpoint source;
        {
            MigrationWizard wizard;
            prepare(wizard);
            wizard.startFrom(data);
            QCOMPARE(wizard.currentId(), int(MigrationWizard::SourcePageId));
            EndpointForm *form = page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form();
            source = form->endpoint();
            QCOMPARE(source.kind, JsonKind);
            QCOMPARE(source.path, data);
            JsonlForm *json = nullptr; // the JSON form, not the JSON Lines one
            for (JsonlForm *candidate : form->findChildren<JsonlForm *>()) {
                if (candidate->endpoint().kind == JsonKind)
                    json = candidate;
            }
            QVERIFY(json);
            // The live preview: the first records, nested keys as columns, the element that is not
            // an object in red with why.
            BARGE_WAIT_FOR(json->previewTable()->rowCount() == 4);
            QTableWidget *preview = json->previewTable();
            QCOMPARE(preview->columnCount(), 5);
            QCOMPARE(preview->horizontalHeaderItem(4)->text(), QStringLiteral("address.city"));
            QCOMPARE(preview->horizontalHeaderItem(3)->toolTip(), QStringLiteral("decimal(4,2)"));
            QCOMPARE(preview->item(1, 4)->text(), QStringLiteral("Köln"));
            QCOMPARE(preview->item(3, 1)->text(), QStringLiteral("NULL"));
            QCOMPARE(preview->item(2, 0)->foreground().color(), QColor(0x9b, 0x10, 0x10));
            QCOMPARE(preview->item(2, 0)->toolTip(), QStringLiteral("not a JSON object"));
            QVERIFY2(json->previewCaption()->text().contains(QStringLiteral("red")), qPrintable(json->previewCaption()->text()));
            shoot(wizard, QStringLiteral("02-source-json"));
            wizard.next();
            chooseSqlite(page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form(), target);
            nextToTables(wizard);
            auto *tables = page<TablesPage>(wizard, MigrationWizard::TablesPageId);
            QCOMPARE(tables->model()->rowCount(), 1);
            QCOMPARE(tables->model()->entry(0).rows, qint64(4));
            wizard.next();
            wizard.next();
            auto *options = page<OptionsPage>(wizard, MigrationWizard::OptionsPageId);
            options->onError()->setCurrentIndex(options->onError()->findData(int(OnError::Skip)));
            wizard.next();
            auto *summary = page<SummaryPage>(wizard, MigrationWizard::SummaryPageId);
            BARGE_WAIT_FOR(summary->isComplete());
            QString error;
            QVERIFY2(summary->saveProfile(profile, &error), qPrintable(error));
            runFromSummary(wizard);
            const Report report = wizard.setup()->report;
            QCOMPARE(report.totalWritten(), qint64(3));
            QCOMPARE(report.totalRejected(), qint64(1));
        }
        SqliteFile out(target);
        QStringList types;
        for (const QVariantList &column : out.rows(QStringLiteral("SELECT name, type FROM pragma_table_info('people')")))
            types << column.at(0).toString() + u' ' + column.at(1).toString();
        QCOMPARE(types, QStringList({QStringLiteral("id INTEGER"), QStringLiteral("name TEXT"), QStringLiteral("zip TEXT"),
                                     QStringLiteral("amount NUMERIC(4,2)"), QStringLiteral("address.city TEXT")}));
        const QList<QVariantList> rows = out.rows(QStringLiteral("SELECT zip, \"address.city\" FROM people ORDER BY id"));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).at(0).toString(), QStringLiteral("08123"));
        QCOMPARE(rows.at(1).at(1).toString(), QStringLiteral("Köln"));

        // The profile is a .json file too, but an object: it opens as the profile.
        MigrationWizard again;
        prepare(again);
        again.startFrom(profile);
        again.next();
        QCOMPARE(again.currentId(), int(MigrationWizard::SourcePageId));
        QCOMPARE(page<SourcePage>(again, MigrationWizard::SourcePageId)->form()->endpoint(), source);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWizardJson)
#include "tst_wizard_json.moc"
