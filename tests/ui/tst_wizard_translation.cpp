// The German translation is complete, compiled in, and picked by locale; English plurals read well.
// In German the plan on the Summary page, the values in the mapping preview and the run's log are
// German too (issue #21), and so are the engine's messages the wizard shows: errors, plan and
// target-check notes, connection failures (issue #13). Without a translator they stay English.

#include "engine/endpointscanner.h"
#include "engine/planner.h"
#include "engine/tablejob.h"
#include "engine/targetcheck.h"
#include "failurelocator.h"
#include "io/rowwriter.h"
#include "mapping/rowconverter.h"
#include "fieldmappingpage.h"
#include "notelist.h"
#include "schema/geometrytext.h"
#include "wizarddriver.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

using namespace barge;
using namespace barge::test;

namespace {

// Replaces the installed translations with the given language's.
void useLanguage(const QLocale &locale)
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installTranslations(*qApp, locale);
}

Endpoint endpointOf(const QString &url)
{
    QString error;
    return Endpoint::parse(url, &error).value_or(Endpoint());
}

// One <message> of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString translation;   // the numerus forms joined by '\n'
    QString type;          // "unfinished", "vanished", "obsolete" or empty
    QStringList locations; // file names as written in the .ts ("../core/engine/planner.cpp")
};

QList<TsMessage> readTs(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    TsMessage message;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == u"name")
                context = xml.readElementText();
            else if (name == u"message")
                message = TsMessage{context, {}, {}, {}, {}};
            else if (name == u"location")
                message.locations << xml.attributes().value(QLatin1String("filename")).toString();
            else if (name == u"source")
                message.source = xml.readElementText();
            else if (name == u"translation")
                message.type = xml.attributes().value(QLatin1String("type")).toString();
            else if (name == u"comment" || name == u"extracomment" || name == u"translatorcomment")
                xml.readElementText(); // notes for the translator, not the translation
            else if (name == u"numerusform")
                message.translation += (message.translation.isEmpty() ? QString() : QStringLiteral("\n")) + xml.readElementText();
        } else if (xml.isCharacters() && !xml.isWhitespace()) {
            message.translation += xml.text(); // <translation>text</translation>
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages << message;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// QString::arg's placeholders in `text`, sorted: a translation must keep every one of its source's.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%\\d\\d?"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

} // namespace

class TestWizardTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wizardInGerman();
    void planValuesAndLogInGerman();
    void coreMessagesInGerman();
    void everyCoreMessageTranslated();
};

void TestWizardTranslation::wizardInGerman()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany)));
    MigrationWizard wizard;
    prepare(wizard);
    QCOMPARE(wizard.page(MigrationWizard::StartPageId)->title(), QStringLiteral("Willkommen bei Barge"));
    QCOMPARE(wizard.page(MigrationWizard::SummaryPageId)->title(), QStringLiteral("Übersicht"));
    QCOMPARE(QCoreApplication::translate("barge::SummaryPage", "create %n table(s)", nullptr, 1),
             QStringLiteral("1 Tabelle anlegen"));
    QCOMPARE(QCoreApplication::translate("barge::SummaryPage", "create %n table(s)", nullptr, 3),
             QStringLiteral("3 Tabellen anlegen"));
    // Row counts read "1 Zeile", "2 Zeilen" (issue #23), wherever the wizard counts rows.
    QCOMPARE(QCoreApplication::translate("barge::ReportPage", "All done: %1 row(s) written into %2 in %3 s.", nullptr, 1)
                 .arg(1).arg(QStringLiteral("a.db")).arg(2),
             QStringLiteral("Fertig: 1 Zeile in 2 s nach a.db geschrieben."));
    QCOMPARE(QCoreApplication::translate("barge::RunPage", "Finished: %1 row(s) written in %2. Click %3 for the details.",
                                         nullptr, 3).arg(3).arg(QStringLiteral("1 s"), QStringLiteral("„Bericht“")),
             QStringLiteral("Fertig: 3 Zeilen in 1 s geschrieben. „Bericht“ zeigt die Einzelheiten."));
    QCOMPARE(QCoreApplication::translate("barge::OptionsPage", " row(s)", nullptr, 1), QStringLiteral(" Zeile"));
    QCOMPARE(QCoreApplication::translate("barge::OptionsPage", " row(s)", nullptr, 500), QStringLiteral(" Zeilen"));
    shoot(wizard, QStringLiteral("de-01-start"));
    wizard.next();
    shoot(wizard, QStringLiteral("de-02-source"));
}

// Into existing tables that are emptied first, and new ones: one with a boolean column, one that
// refers to it.
void TestWizardTranslation::planValuesAndLogInGerman()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany)));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = dir.filePath(QStringLiteral("shop.db"));
    writeShop(source);
    {
        SqliteFile db(source);
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE flags (id INTEGER PRIMARY KEY, paid BOOLEAN NOT NULL)")));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO flags VALUES (1, 1), (2, 0)")));
        // A reference, so that the engine says it adds the foreign keys.
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, flag_id INTEGER REFERENCES flags(id))")));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO items VALUES (1, 2)")));
    }
    const QString target = dir.filePath(QStringLiteral("copy.db"));
    writeShop(target);
    MigrationWizard wizard;
    prepare(wizard);
    wizard.next();
    chooseSqlite(page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form(), source);
    wizard.next();
    chooseSqlite(page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form(), target);
    page<TargetPage>(wizard, MigrationWizard::TargetPageId)->setDefaultMode(TableMode::Truncate);
    nextToTables(wizard);
    wizard.next();

    // true and false in the preview read "wahr" and "falsch".
    auto *mapping = page<FieldMappingPage>(wizard, MigrationWizard::FieldMappingPageId);
    QSignalSpy preview(mapping, &FieldMappingPage::previewUpdated);
    mapping->tableBox()->setCurrentIndex(mapping->tableBox()->findText(QStringLiteral("flags")));
    BARGE_WAIT_FOR(mapping->previewModel()->rowCount() == 2 && mapping->previewModel()->columnCount() == 2);
    QCOMPARE(mapping->previewModel()->item(0, 1)->text(), QStringLiteral("wahr"));
    QCOMPARE(mapping->previewModel()->item(1, 1)->text(), QStringLiteral("falsch"));
    wizard.next();
    wizard.next();

    // The plan says what happens to each table in German; types and NOT NULL are SQL.
    auto *summary = page<SummaryPage>(wizard, MigrationWizard::SummaryPageId);
    BARGE_WAIT_FOR(summary->isComplete());
    const QString plan = summary->details()->toPlainText();
    QVERIFY2(plan.startsWith(QStringLiteral("Von ")), qPrintable(plan));
    QVERIFY2(plan.contains(QStringLiteral("(leeren, dann anhängen, 250 Zeilen)")), qPrintable(plan));
    QVERIFY2(plan.contains(QStringLiteral("flags -> flags (anlegen, 2 Zeilen)")), qPrintable(plan));
    QVERIFY2(plan.contains(QStringLiteral("(anlegen, 1 Zeile)")) || plan.contains(QStringLiteral("(leeren, dann anhängen, 1 Zeile)")),
             qPrintable(plan));
    QVERIFY2(!plan.contains(QStringLiteral(" rows")) && !plan.contains(QStringLiteral("create")), qPrintable(plan));
    const QString warnings = summary->noteList()->text();
    QVERIFY2(warnings.contains(QStringLiteral("Die vorhandenen Zeilen von customers werden zuerst gelöscht.")),
             qPrintable(warnings));
    shoot(wizard, QStringLiteral("de-07-summary"));

    // The log: the wizard's own lines and the engine's progress lines.
    wizard.next();
    auto *run = page<RunPage>(wizard, MigrationWizard::RunPageId);
    BARGE_WAIT_FOR(run->isComplete());
    const QString log = run->log()->toPlainText();
    QVERIFY2(log.contains(QStringLiteral("Fremdschlüssel werden angelegt")), qPrintable(log));
    QVERIFY2(!log.contains(QStringLiteral("foreign keys")) && !log.contains(QStringLiteral(" read,")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("flags: 2 gelesen, 2 geschrieben, 0 abgewiesen")), qPrintable(log));
    QCOMPARE(run->title(), QStringLiteral("Fertig"));
    // The button the headline points to is quoted the German way (issue #23, clicking through).
    QVERIFY2(run->headline()->text().contains(QStringLiteral("„Bericht anzeigen“ zeigt die Einzelheiten.")),
             qPrintable(run->headline()->text()));
    shoot(wizard, QStringLiteral("de-08-run"));
}

// Core's messages, made by core itself (planner, target checks, the connection test), come out
// German with the German translation installed, and exactly as before without it.
void TestWizardTranslation::coreMessagesInGerman()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto english = qScopeGuard([] { useLanguage(QLocale(QLocale::English)); });
    for (const bool german : {true, false}) {
        useLanguage(german ? QLocale(QLocale::German, QLocale::Germany) : QLocale(QLocale::English));
        const auto say = [german](const char *deutsch, const char *englisch) {
            return QString::fromUtf8(german ? deutsch : englisch);
        };

        // A plan note: an existing table that is emptied first.
        Plan plan;
        plan.source = endpointOf(QStringLiteral("sqlite:shop.db"));
        plan.target = endpointOf(QStringLiteral("sqlite:copy.db"));
        plan.tables << TableMapping::named(QStringLiteral("customers"), QStringLiteral("customers"), TableMode::Truncate);
        PlanInsight insight;
        insight.existingTargets.insert(QStringLiteral("customers"));
        const QStringList warnings = Planner::warnings(plan, insight);
        QVERIFY2(warnings.contains(say("Die vorhandenen Zeilen von customers werden zuerst gelöscht.",
                                       "The existing rows of customers will be deleted first.")),
                 qPrintable(warnings.join(u'\n')));

        // A target-check note: geometry into a PostgreSQL target without PostGIS.
        Plan places;
        places.target = endpointOf(QStringLiteral("postgresql://u@localhost/db"));
        TableMapping table = TableMapping::named(QStringLiteral("places"), QStringLiteral("places"), TableMode::Append);
        FieldMapping where;
        where.source = where.target = QStringLiteral("spot");
        where.type = DataType::of(TypeKind::Geometry);
        table.fields << where;
        places.tables << table;
        PlanInsight noPostgis;
        noPostgis.targetHasGeometry = false;
        TargetCheck::fitGeometry(&places, noPostgis);
        QCOMPARE(places.tables.first().notes.value(0),
                 say("die Spalte spot wird als text angelegt, nicht als geometry: das Ziel hat kein PostGIS, daher "
                     "wird jeder Wert als erweitertes WKT geschrieben (SRID=4326;POINT(1 2)); führen Sie zuerst "
                     "CREATE EXTENSION postgis im Ziel aus, um die Geometrie zu behalten",
                     "column spot is created text, not geometry: the target has no PostGIS, so each value is "
                     "written as its extended WKT (SRID=4326;POINT(1 2)); CREATE EXTENSION postgis in the target "
                     "first to keep geometry"));

        // A count in an engine message takes the plural form it needs: "1 Byte", "2 Bytes".
        const QByteArray point = QByteArray::fromHex("010100000000000000000000000000000000000040");
        for (const int extra : {1, 2}) {
            QString ewkt;
            QString why;
            QVERIFY(!GeometryText::fromWkb(QByteArray(point + QByteArray(extra, '\0')), 0, &ewkt, &why));
            const QString expected = extra == 1 ? say("hat 1 Byte nach seiner Geometrie", "has 1 byte after its geometry")
                                                : say("hat 2 Bytes nach seiner Geometrie", "has 2 bytes after its geometry");
            QVERIFY2(why.contains(expected), qPrintable(why));
        }

        // A target-check error: the rejects folder is a file.
        QTemporaryFile notAFolder(dir.filePath(QStringLiteral("rejects-XXXXXX")));
        QVERIFY(notAFolder.open());
        const QString folder = QFileInfo(notAFolder.fileName()).absoluteFilePath();
        QString error;
        QVERIFY(!TargetCheck::checkRejectsFolder(folder, &error));
        QCOMPARE(error, say("der Ordner für abgewiesene Zeilen %1 kann diese nicht aufnehmen: es ist eine Datei, kein "
                            "Ordner. Wählen Sie einen anderen mit --rejects DIR (im Assistenten: Optionen, Ordner für "
                            "abgewiesene Zeilen).",
                            "the rejects folder %1 cannot take the rejected rows: it is a file, not a folder. Choose "
                            "another with --rejects DIR (in the wizard: Options, Rejects folder).")
                            .arg(folder));

        // The wizard still recognises core's messages (FailureLocator): a row the target refused is
        // the target page's matter, a value that did not convert the mapping's. The source row's
        // origin names the same table as the writer does, in its own words.
        const QString origin = QCoreApplication::translate("barge::SqliteReader", "%1 table %2 row %3")
                                   .arg(QStringLiteral("shop.db"), QStringLiteral("notes"), QStringLiteral("3"));
        Report report;
        report.status = RunStatus::Failed;
        TableReport failed;
        failed.source = failed.target = QStringLiteral("notes");
        failed.status = RunStatus::Failed;
        failed.error = TableJob::stoppedAtBadRow().arg(
            origin, RowWriter::tableLabel().arg(QStringLiteral("copy.db"), QStringLiteral("notes"))
                        + QStringLiteral(": UNIQUE constraint failed: notes.id"));
        report.tables << failed;
        QCOMPARE(FailureLocator::locate(plan, report).pageId, int(MigrationWizard::TargetPageId));
        QString notAnInteger;
        RowConverter converter;
        TableMapping numbers = TableMapping::named(QStringLiteral("notes"), QStringLiteral("notes"), TableMode::Append);
        FieldMapping id;
        id.source = id.target = QStringLiteral("id");
        id.type = DataType::of(TypeKind::Int64);
        numbers.fields << id;
        ColumnSchema column;
        column.name = QStringLiteral("id");
        TableSchema schema;
        schema.columns << column;
        QVERIFY(converter.setup(numbers, schema, &notAnInteger));
        Row converted;
        QVERIFY(!converter.convert(Row{QVariant(QStringLiteral("x1"))}, &converted, &notAnInteger));
        QCOMPARE(notAnInteger, say("Spalte id: 'x1' ist keine ganze Zahl", "column id: 'x1' is not an integer"));
        report.tables.first().error = TableJob::stoppedAtBadRow().arg(origin, notAnInteger);
        QCOMPARE(FailureLocator::locate(plan, report).pageId, int(MigrationWizard::FieldMappingPageId));

        // Connection errors, as Test connection shows them.
        const QString missing = dir.filePath(QStringLiteral("missing.db"));
        const ConnectionCheck file = EndpointScanner::test(endpointOf(QStringLiteral("sqlite:") + missing),
                                                           EndpointScanner::Role::Source);
        QVERIFY(!file.ok);
        QCOMPARE(file.message, say("%1: diese SQLite-Datei gibt es nicht", "%1: no such SQLite file").arg(missing));
        // Nothing listens on port 1: refused at once (or, without Qt's PostgreSQL driver, that is said).
        const ConnectionCheck server = EndpointScanner::test(
            endpointOf(QStringLiteral("postgresql://barge@127.0.0.1:1/shop")), EndpointScanner::Role::Source);
        QVERIFY(!server.ok);
        QVERIFY2(server.message.startsWith(say("PostgreSQL (127.0.0.1:1) ist nicht erreichbar: ",
                                               "cannot reach PostgreSQL at 127.0.0.1:1: "))
                     || server.message.startsWith(say("der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert",
                                                      "Qt's PostgreSQL driver (QPSQL) is not installed")),
                 qPrintable(server.message));
    }
}

// Every message of core in barge_de.ts is translated, keeps its placeholders, and is compiled into
// the German .qm the wizard loads; the command line's own sources are not in it (they stay English).
void TestWizardTranslation::everyCoreMessageTranslated()
{
    QString error;
    const QList<TsMessage> messages =
        readTs(qEnvironmentVariable("BARGE_SOURCE_DIR") + QStringLiteral("/translations/barge_de.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTranslator compiled;
    QVERIFY(compiled.load(QStringLiteral("barge_de"), QStringLiteral(":/i18n")));
    int core = 0;
    for (const TsMessage &message : messages) {
        const bool fromCore = std::any_of(message.locations.cbegin(), message.locations.cend(), [](const QString &file) {
            return file.startsWith(QLatin1String("../core/"));
        });
        const bool fromCli = std::any_of(message.locations.cbegin(), message.locations.cend(), [](const QString &file) {
            return file.startsWith(QLatin1String("../cli/"));
        });
        const QString what = QStringLiteral("%1: \"%2\"").arg(message.context, message.source);
        QVERIFY2(!fromCli, qPrintable(what));
        if (!fromCore)
            continue;
        ++core;
        QVERIFY2(message.type.isEmpty() && !message.translation.isEmpty(), qPrintable(QStringLiteral("not translated: ") + what));
        const QStringList forms = message.translation.split(u'\n');
        for (const QString &form : forms)
            QVERIFY2(placeholders(form) == placeholders(message.source), qPrintable(QStringLiteral("placeholders: ") + what));
        QVERIFY2(forms.size() > 1 || compiled.translate(qPrintable(message.context), qPrintable(message.source)) == message.translation,
                 qPrintable(QStringLiteral("not in the compiled barge_de.qm: ") + what));
    }
    // Core's sources are scanned: there are hundreds of its messages (errors, notes, reasons).
    QVERIFY2(core > 300, qPrintable(QString::number(core)));
}

QTEST_MAIN(TestWizardTranslation)
#include "tst_wizard_translation.moc"
