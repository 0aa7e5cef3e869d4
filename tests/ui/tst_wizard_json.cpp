// A JSON file by clicking (issue #15): a .json file that holds an array of objects, opened on the
// wizard as a file would be dropped on it, is a JSON source; it goes into a new SQLite database with
// its types, the element that is not an object in the rejects. The profile saved on the way, also
// a .json file but an object, opens as a profile and brings the same source back.

#include "endpoints/jsonlform.h"
#include "fieldmappingpage.h"
#include "mapping/fieldmappingmodel.h"
#include "optionspage.h"
#include "io/jsonl/jsonlkind.h"
#include "waitfor.h"
#include "wizarddriver.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
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

    // A nested object's fields (issue #15), chosen per field on the mapping page: flattened into a
    // column each by default, kept as one JSON column with a click on one of its fields, flattened
    // again with a click on that column; the choice travels in the source URL (json=) to the run.
    void nestedObjectKeptOrFlattened()
    {
        const QString data = m_dir.filePath(QStringLiteral("orders.jsonl"));
        {
            QFile file(data);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"id\": 1, \"customer\": {\"name\": \"Ann\", \"address\": {\"city\": \"Lyon\", \"zip\": \"69001\"}}, \"total\": 12.50}\n"
                       "{\"id\": 2, \"customer\": {\"name\": \"Bob\", \"address\": {\"city\": \"K\\u00f6ln\"}}, \"total\": 3}\n");
        }
        const QString target = m_dir.filePath(QStringLiteral("orders.db"));
        MigrationWizard wizard;
        prepare(wizard);
        wizard.startFrom(data);
        QCOMPARE(wizard.currentId(), int(MigrationWizard::SourcePageId));
        wizard.next();
        chooseSqlite(page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form(), target);
        nextToTables(wizard);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::FieldMappingPageId));
        auto *mapping = page<FieldMappingPage>(wizard, MigrationWizard::FieldMappingPageId);
        const auto sources = [mapping] {
            QStringList found;
            for (int row = 0; row < mapping->currentModel()->rowCount(); ++row)
                found << mapping->currentModel()->sourceColumnAt(row);
            return found;
        };
        const auto click = [mapping](const QString &column) {
            FieldMappingModel *model = mapping->currentModel();
            mapping->grid()->setCurrentIndex(model->index(model->rowOfSource(column), FieldMappingModel::SourceColumn));
            QVERIFY(mapping->nestedButton()->isVisible());
            QSignalSpy done(mapping, &FieldMappingPage::nestedReshaped);
            mapping->nestedButton()->click();
            QVERIFY(done.wait(30000));
            QVERIFY2(mapping->inputError()->isHidden(), qPrintable(mapping->inputError()->text()));
        };
        QCOMPARE(sources(), QStringList({"id", "customer.name", "customer.address.city", "customer.address.zip", "total"}));
        // Not offered on a column of the top level.
        mapping->grid()->setCurrentIndex(mapping->currentModel()->index(0, FieldMappingModel::SourceColumn));
        QVERIFY(mapping->nestedButton()->isHidden());
        mapping->grid()->setCurrentIndex(mapping->currentModel()->index(2, FieldMappingModel::SourceColumn));
        QCOMPARE(mapping->nestedButton()->text(), QStringLiteral("&Keep “customer.address” as one JSON column"));
        shoot(wizard, QStringLiteral("05-mapping-nested"));
        {
            // The source changed while it was read again (the user went back): that answer is
            // dropped, not applied to the other source. The answer arrives through the event loop,
            // so the change below always comes first.
            const Endpoint before = wizard.setup()->plan.source;
            Endpoint other = before;
            other.options.insert(QStringLiteral("locale"), QStringLiteral("de_DE"));
            QSignalSpy done(mapping, &FieldMappingPage::nestedReshaped);
            mapping->nestedButton()->click();
            wizard.setup()->plan.source = other;
            QVERIFY(done.wait(30000));
            QCOMPARE(wizard.setup()->plan.source, other);
            QCOMPARE(sources(), QStringList({"id", "customer.name", "customer.address.city", "customer.address.zip", "total"}));
            QVERIFY(mapping->isComplete());
            QVERIFY(mapping->nestedButton()->isEnabled());
            wizard.setup()->plan.source = before;
        }

        click(QStringLiteral("customer.address.city"));
        QCOMPARE(sources(), QStringList({"id", "customer.name", "customer.address", "total"}));
        QCOMPARE(wizard.setup()->plan.source.options.value(QStringLiteral("json")), QStringLiteral("customer.address"));
        QCOMPARE(mapping->currentModel()->sourceColumnAt(mapping->grid()->currentIndex().row()), QStringLiteral("customer.address"));
        QCOMPARE(mapping->nestedButton()->text(), QStringLiteral("&Flatten “customer.address” into fields"));
        click(QStringLiteral("customer.address"));
        QCOMPARE(sources(), QStringList({"id", "customer.name", "customer.address.city", "customer.address.zip", "total"}));
        QVERIFY(!wizard.setup()->plan.source.options.contains(QStringLiteral("json")));

        click(QStringLiteral("customer.name"));
        QCOMPARE(sources(), QStringList({"id", "customer", "total"}));
        // The preview shows the object's JSON text as it will be written.
        BARGE_WAIT_FOR(mapping->previewModel()->rowCount() == 2);
        QCOMPARE(mapping->previewModel()->item(0, 1)->text(),
                 QStringLiteral("{\"name\": \"Ann\", \"address\": {\"city\": \"Lyon\", \"zip\": \"69001\"}}"));
        shoot(wizard, QStringLiteral("05-mapping-kept"));
        wizard.next();
        wizard.next();
        auto *summary = page<SummaryPage>(wizard, MigrationWizard::SummaryPageId);
        BARGE_WAIT_FOR(summary->isComplete());
        runFromSummary(wizard);
        QCOMPARE(wizard.setup()->report.totalWritten(), qint64(2));

        SqliteFile out(target);
        const QList<QVariantList> rows = out.rows(QStringLiteral("SELECT customer, total FROM orders ORDER BY id"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).at(0).toString(),
                 QStringLiteral("{\"name\": \"Bob\", \"address\": {\"city\": \"K\\u00f6ln\"}}"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWizardJson)
#include "tst_wizard_json.moc"
