// Profile JSON: the documented layout, byte-stable save/load/save, every validation error with the JSON
// path it names, relative paths against the profile's folder, and no passwords ever.

#include "profile/profile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace barge;

namespace {

// The first ```json block of docs/profiles.md: the documented example is exactly what toJson writes,
// so the documentation cannot drift from the format.
QByteArray documentedExample()
{
    QFile file(QString::fromUtf8(QT_TESTCASE_SOURCEDIR "/../../docs/profiles.md"));
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    const QByteArray text = file.readAll();
    const qsizetype begin = text.indexOf("```json\n");
    const qsizetype end = text.indexOf("\n```", begin + 8);
    return begin < 0 || end < 0 ? QByteArray() : text.mid(begin + 8, end - begin - 8 + 1);
}

// A valid header plus `rest` (more members, starting with a comma) for the broken-profile table.
QByteArray profileWith(const char *rest)
{
    return QByteArray(R"({"format": "barge-profile", "version": 1,
                          "source": {"url": "sqlite:a.db"}, "target": {"url": "sqlite:b.db"})")
        + rest + "}";
}

FieldMapping column(const QString &target, const QString &source, const DataType &type)
{
    FieldMapping field;
    field.target = target;
    field.source = source;
    field.type = type;
    return field;
}

bool writeFile(const QString &fileName, const QByteArray &bytes)
{
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedExampleLoads();
    void toJsonWritesDocumentedLayout();
    void saveLoadSaveIsByteIdentical();
    void minimalProfileUsesDefaults();
    void brokenProfiles_data();
    void brokenProfiles();
    void syntaxErrorNamesLineAndColumn();
    void loadErrorsStartWithFileName();
    void missingFileNamed();
    void relativePathsResolveAgainstProfileFolder();
    void pathsOutsideProfileFolderStayAbsolute();
    void relativePlanPathsMeanCurrentFolder();
    void absolutePathsLoadClean();
    void passwordNeverWritten();
    void scalarValues_data();
    void scalarValues();
    void nullConstantAndDefault();
};

void TestProfile::documentedExampleLoads()
{
    QVERIFY2(!documentedExample().isEmpty(), "no ```json block in docs/profiles.md");
    Plan plan;
    QString error;
    QVERIFY2(Profile::fromJson(documentedExample(), QStringLiteral("/home/alice/migrations"), &plan, &error),
             qPrintable(error));
    QCOMPARE(plan.source.path, QStringLiteral("/home/alice/migrations/shop.db"));
    QCOMPARE(plan.target.kind, EndpointKind::Postgres);
    QCOMPARE(plan.target.option(QStringLiteral("sslmode")), QStringLiteral("prefer"));
    QCOMPARE(plan.options.jobs, 2);
    QCOMPARE(plan.options.onError, OnError::Skip);
    QCOMPARE(plan.options.rejectsDir, QStringLiteral("/home/alice/migrations/rejects"));
    QVERIFY(plan.options.verify);
    QCOMPARE(plan.tables.size(), 2);
    const TableMapping &orders = plan.tables.at(0);
    QCOMPARE(orders.mode, TableMode::Truncate);
    QCOMPARE(orders.fields.size(), 4);
    QCOMPARE(orders.fields.at(0).primaryKeyPosition, 1);
    QVERIFY(!orders.fields.at(0).nullable);
    QVERIFY(orders.fields.at(1).isConstant());
    QCOMPARE(orders.fields.at(1).constant, QVariant(QStringLiteral("legacy")));
    QCOMPARE(orders.fields.at(1).type, DataType::text(20));
    QCOMPARE(orders.fields.at(2).defaultValue, QVariant(qint64(0)));
    QCOMPARE(orders.fields.at(3).type, DataType::decimal(12, 2));
    QCOMPARE(plan.tables.at(1).target, QStringLiteral("clients"));
    QVERIFY(plan.tables.at(1).fields.isEmpty());
}

void TestProfile::toJsonWritesDocumentedLayout()
{
    Plan plan;
    QVERIFY(Profile::fromJson(documentedExample(), QStringLiteral("/home/alice/migrations"), &plan, nullptr));
    QCOMPARE(QString::fromUtf8(Profile::toJson(plan, QStringLiteral("/home/alice/migrations"))),
             QString::fromUtf8(documentedExample()));
}

void TestProfile::saveLoadSaveIsByteIdentical()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Plan plan;
    plan.source = *Endpoint::parse(QStringLiteral("csv://") + dir.filePath(QStringLiteral("in/")), nullptr);
    plan.target = *Endpoint::parse(QStringLiteral("mysql://app@[::1]:3307/shop?ssl-mode=REQUIRED"), nullptr);
    plan.options = {1000, OnError::Skip, dir.filePath(QStringLiteral("out/rejects")), 4, true};
    TableMapping orders{QStringLiteral("orders"), QStringLiteral("order_copy"), TableMode::Replace, {}};
    orders.fields << column(QStringLiteral("id"), QStringLiteral("id"), DataType::of(TypeKind::Int64));
    orders.fields.last().primaryKeyPosition = 1;
    orders.fields.last().nullable = false;
    orders.fields << column(QStringLiteral("note"), QString(), DataType::text());
    orders.fields.last().constant = QStringLiteral("caf\u00e9 \"quoted\"\n");
    orders.fields << column(QStringLiteral("when"), QStringLiteral("when"), DataType::of(TypeKind::DateTimeTz));
    orders.fields.last().defaultValue = QStringLiteral("1970-01-01T00:00:00Z");
    orders.fields << column(QStringLiteral("blob"), QString(), DataType::of(TypeKind::Binary));
    plan.tables << orders << TableMapping{QStringLiteral("a"), QStringLiteral("a"), TableMode::Skip, {}};

    const QString first = dir.filePath(QStringLiteral("first.json"));
    const QString second = dir.filePath(QStringLiteral("second.json"));
    QString error;
    QVERIFY2(Profile::save(plan, first, &error), qPrintable(error));
    Plan loaded;
    QVERIFY2(Profile::load(first, &loaded, &error), qPrintable(error));
    QVERIFY(loaded == plan);
    QVERIFY2(Profile::save(loaded, second, &error), qPrintable(error));
    QCOMPARE(readFile(second), readFile(first));
    QCOMPARE(Profile::toJson(loaded, dir.path()), readFile(first));
    // The folder and the rejects folder below the profile were written relative.
    QVERIFY(readFile(first).contains("\"csv:in/\""));
    QVERIFY(readFile(first).contains("\"rejectsDir\": \"out/rejects\""));
}

void TestProfile::minimalProfileUsesDefaults()
{
    Plan plan;
    QString error;
    QVERIFY2(Profile::fromJson(profileWith(R"(, "tables": [{"source": "orders"}])"), QString(), &plan, &error),
             qPrintable(error));
    QVERIFY(plan.options == MigrationOptions());
    QCOMPARE(plan.tables.size(), 1);
    QCOMPARE(plan.tables.at(0).target, QStringLiteral("orders"));
    QCOMPARE(plan.tables.at(0).mode, TableMode::Append);
    QVERIFY(plan.tables.at(0).fields.isEmpty());

    QVERIFY2(Profile::fromJson(profileWith(""), QString(), &plan, &error), qPrintable(error));
    QVERIFY(plan.tables.isEmpty());
    QCOMPARE(plan.source.path, QStringLiteral("a.db")); // no base folder: left relative
}

void TestProfile::brokenProfiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message"); // must appear in the error, JSON path first

    // Header and document shape.
    QTest::newRow("empty") << QByteArray(" \n") << "the file is empty";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << "expected a JSON object at the top level";
    QTest::newRow("format missing") << QByteArray(R"({"version": 1})") << "format: expected 'barge-profile', got nothing";
    QTest::newRow("format wrong") << QByteArray(R"({"format": "barge-plan", "version": 1})")
                                  << "format: expected 'barge-profile', got 'barge-plan'";
    QTest::newRow("version missing") << QByteArray(R"({"format": "barge-profile"})")
                                     << "version: missing (this Barge writes 1)";
    QTest::newRow("version as string") << QByteArray(R"({"format": "barge-profile", "version": "1"})")
                                       << "version: expected a whole number from 1 to 1000000, got '1'";
    QTest::newRow("version fraction") << QByteArray(R"({"format": "barge-profile", "version": 1.5})")
                                      << "version: expected a whole number";
    QTest::newRow("version newer")
        << QByteArray(R"({"format": "barge-profile", "version": 3, "futureKey": true})")
        << "version 3 is newer than this Barge understands (1); update Barge to open this profile";
    QTest::newRow("unknown root key") << profileWith(R"(, "tabels": [])") << "tabels: unknown key (known: ";

    // Endpoints.
    QTest::newRow("source missing") << QByteArray(R"({"format": "barge-profile", "version": 1})")
                                    << "source: expected an object, got nothing";
    QTest::newRow("source as string")
        << QByteArray(R"({"format": "barge-profile", "version": 1, "source": "sqlite:a.db"})")
        << "source: expected an object, got 'sqlite:a.db'";
    QTest::newRow("source url missing")
        << QByteArray(R"({"format": "barge-profile", "version": 1, "source": {}})")
        << "source.url: expected a non-empty string, got nothing";
    QTest::newRow("source url misspelt")
        << QByteArray(R"({"format": "barge-profile", "version": 1, "source": {"uri": "sqlite:a.db"}})")
        << "source.uri: unknown key (known: url)";
    QTest::newRow("source url bad scheme")
        << QByteArray(R"({"format": "barge-profile", "version": 1, "source": {"url": "sqlit:a.db"}})")
        << "source.url: unknown URL scheme 'sqlit'";
    QTest::newRow("target url bad port")
        << QByteArray(R"({"format": "barge-profile", "version": 1, "source": {"url": "sqlite:a.db"},
                         "target": {"url": "postgresql://a@h:99999/d"}})")
        << "target.url: postgresql URL: port '99999' is not a number from 1 to 65535";
    QTest::newRow("target url with password")
        << QByteArray(R"({"format": "barge-profile", "version": 1, "source": {"url": "sqlite:a.db"},
                         "target": {"url": "postgresql://alice:secret@h/d"}})")
        << "target.url: passwords do not belong in profiles; remove it from the URL and use PGPASSWORD / MYSQL_PWD";

    // Options.
    QTest::newRow("options not object") << profileWith(R"(, "options": [])") << "options: expected an object, got an array";
    QTest::newRow("options misspelt key") << profileWith(R"(, "options": {"bacthSize": 10})")
                                          << "options.bacthSize: unknown key";
    QTest::newRow("jobs zero") << profileWith(R"(, "options": {"jobs": 0})")
                               << "options.jobs: expected a whole number from 1 to 64, got 0";
    QTest::newRow("jobs too many") << profileWith(R"(, "options": {"jobs": 65})")
                                   << "options.jobs: expected a whole number from 1 to 64, got 65";
    QTest::newRow("jobs as string") << profileWith(R"(, "options": {"jobs": "2"})")
                                    << "options.jobs: expected a whole number from 1 to 64, got '2'";
    QTest::newRow("jobs fraction") << profileWith(R"(, "options": {"jobs": 2.5})")
                                   << "options.jobs: expected a whole number from 1 to 64, got 2.5";
    QTest::newRow("batchSize zero") << profileWith(R"(, "options": {"batchSize": 0})")
                                    << "options.batchSize: expected a whole number from 1";
    QTest::newRow("onError ignore") << profileWith(R"(, "options": {"onError": "ignore"})")
                                    << "options.onError: expected 'abort' or 'skip', got 'ignore'";
    QTest::newRow("onError bool") << profileWith(R"(, "options": {"onError": true})")
                                  << "options.onError: expected 'abort' or 'skip', got true";
    QTest::newRow("verify as string") << profileWith(R"(, "options": {"verify": "yes"})")
                                      << "options.verify: expected true or false, got 'yes'";
    QTest::newRow("rejectsDir number") << profileWith(R"(, "options": {"rejectsDir": 5})")
                                       << "options.rejectsDir: expected a string, got 5";

    // Tables.
    QTest::newRow("tables not array") << profileWith(R"(, "tables": {})") << "tables: expected an array, got an object";
    QTest::newRow("table as string") << profileWith(R"(, "tables": ["orders"])")
                                     << "tables[0]: expected an object, got 'orders'";
    QTest::newRow("table misspelt mode") << profileWith(R"(, "tables": [{"source": "t", "mde": "append"}])")
                                         << "tables[0].mde: unknown key (known: source, target, mode, fields, watermark)";
    QTest::newRow("table source missing") << profileWith(R"(, "tables": [{"target": "t"}])")
                                          << "tables[0].source: expected a non-empty string, got nothing";
    QTest::newRow("table target empty") << profileWith(R"(, "tables": [{"source": "t", "target": ""}])")
                                        << "tables[0].target: expected a non-empty string, got ''";
    QTest::newRow("table mode unknown")
        << profileWith(R"(, "tables": [{"source": "a"}, {"source": "b", "mode": "upsert"}])")
        << "tables[1].mode: expected 'append', 'merge', 'truncate', 'replace' or 'skip', got 'upsert'";
    QTest::newRow("fields not array") << profileWith(R"(, "tables": [{"source": "t", "fields": {}}])")
                                      << "tables[0].fields: expected an array, got an object";

    // Fields.
    const auto withField = [](const char *field) {
        return profileWith(QByteArray(R"(, "tables": [{"source": "a"}, {"source": "b"}, {"source": "c", "fields": [)")
                               .append(field)
                               .append("]}]")
                               .constData());
    };
    QTest::newRow("type unknown") << withField(R"({"target": "x", "source": "x", "type": "numbr"})")
                                  << "tables[2].fields[0].type: unknown type 'numbr'";
    QTest::newRow("type missing") << withField(R"({"target": "x", "source": "x"})")
                                  << "tables[2].fields[0].type: expected a non-empty string, got nothing";
    QTest::newRow("field target missing") << withField(R"({"source": "x", "type": "text"})")
                                          << "tables[2].fields[0].target: expected a non-empty string, got nothing";
    QTest::newRow("field source empty") << withField(R"({"target": "x", "source": "", "type": "text"})")
                                        << "tables[2].fields[0].source: expected a non-empty string, got ''";
    QTest::newRow("field source and constant")
        << withField(R"({"target": "x", "source": "x", "constant": 1, "type": "int32"})")
        << "tables[2].fields[0]: give exactly one of 'source' (a column) or 'constant' (a fixed value)";
    QTest::newRow("field neither source nor constant") << withField(R"({"target": "x", "type": "int32"})")
                                                       << "tables[2].fields[0]: give exactly one of";
    QTest::newRow("field misspelt nullable")
        << withField(R"({"target": "x", "source": "x", "type": "text", "nulable": false})")
        << "tables[2].fields[0].nulable: unknown key";
    QTest::newRow("nullable as string") << withField(R"({"target": "x", "source": "x", "type": "text", "nullable": "no"})")
                                        << "tables[2].fields[0].nullable: expected true or false, got 'no'";
    QTest::newRow("constant array") << withField(R"({"target": "x", "constant": [1], "type": "text"})")
                                    << "tables[2].fields[0].constant: expected a string, number, true/false or null, "
                                       "got an array";
    QTest::newRow("default object") << withField(R"({"target": "x", "source": "x", "type": "text", "default": {}})")
                                    << "tables[2].fields[0].default: expected a string, number, true/false or null, "
                                       "got an object";
    QTest::newRow("primaryKey negative")
        << withField(R"({"target": "x", "source": "x", "type": "text", "primaryKey": -1})")
        << "tables[2].fields[0].primaryKey: expected a whole number from 0 to 1, got -1";
    QTest::newRow("primaryKey beyond fields")
        << withField(R"({"target": "x", "source": "x", "type": "text", "primaryKey": 2})")
        << "tables[2].fields[0].primaryKey: expected a whole number from 0 to 1, got 2";
    QTest::newRow("primaryKey position twice")
        << withField(R"({"target": "x", "source": "x", "type": "text", "primaryKey": 1},
                        {"target": "y", "source": "y", "type": "text", "primaryKey": 1})")
        << "tables[2].fields[1].primaryKey: position 1 is used twice";
    QTest::newRow("target column twice") << withField(R"({"target": "x", "source": "x", "type": "text"},
                                                         {"target": "x", "source": "y", "type": "text"})")
                                         << "tables[2].fields[1].target: column 'x' is mapped twice";
    QTest::newRow("target column twice, case apart")
        << withField(R"({"target": "Name", "source": "x", "type": "text"},
                        {"target": "name", "source": "y", "type": "text"})")
        << "tables[2].fields[1].target: column 'name' is mapped twice ('Name' and 'name' are one column";
    QTest::newRow("second field wrong")
        << withField(R"({"target": "x", "source": "x", "type": "text"}, {"target": "y", "source": "y", "type": "int"})")
        << "tables[2].fields[1].type: unknown type 'int'";
}

void TestProfile::brokenProfiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    Plan plan;
    QString error;
    QVERIFY2(!Profile::fromJson(json, QStringLiteral("/tmp"), &plan, &error), "accepted a broken profile");
    QVERIFY2(error.contains(message), qPrintable(QStringLiteral("got: ") + error));
    // The JSON path comes first so the user knows where to look.
    const QString path = message.section(QLatin1Char(':'), 0, 0);
    if (path.contains(QLatin1Char('.')) || path.contains(QLatin1Char('[')))
        QVERIFY2(error.startsWith(path), qPrintable(error));
}

void TestProfile::syntaxErrorNamesLineAndColumn()
{
    const QByteArray json("{\n  \"format\": \"barge-profile\",\n  \"version\": 1,\n  oops\n}\n");
    QString error;
    Plan plan;
    QVERIFY(!Profile::fromJson(json, QString(), &plan, &error));
    const int offset = int(json.indexOf("oops"));
    QVERIFY2(error.startsWith(QStringLiteral("JSON syntax error at line 4, column ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("(offset ")), qPrintable(error));
    // Qt reports the offset where it gave up, at or just after the bad token.
    const int reported = error.section(QStringLiteral("(offset "), 1).section(QLatin1Char(')'), 0, 0).toInt();
    QVERIFY2(reported >= offset && reported <= offset + 5, qPrintable(error));
}

void TestProfile::loadErrorsStartWithFileName()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(writeFile(fileName, profileWith(R"(, "options": {"onError": "ignore"})")));
    Plan plan;
    QString error;
    QVERIFY(!Profile::load(fileName, &plan, &error));
    QCOMPARE(error, fileName + QStringLiteral(": options.onError: expected 'abort' or 'skip', got 'ignore'"));

    QVERIFY(writeFile(fileName, R"({"format": "barge-profile", "version": 2})"));
    QVERIFY(!Profile::load(fileName, &plan, &error));
    QCOMPARE(error, fileName + QStringLiteral(": version 2 is newer than this Barge understands (1); update Barge to "
                                              "open this profile"));
}

void TestProfile::missingFileNamed()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("nope.json"));
    Plan plan;
    QString error;
    QVERIFY(!Profile::load(fileName, &plan, &error));
    QVERIFY2(error.startsWith(fileName + QStringLiteral(": cannot read")), qPrintable(error));
    QVERIFY(!Profile::save(plan, dir.filePath(QStringLiteral("no/such/folder/p.json")), &error));
    QVERIFY2(error.contains(QStringLiteral("no/such/folder/p.json: cannot write")), qPrintable(error));
}

// Absolute paths are cleaned when loaded, as relative ones are, so a saved profile loads as the
// plan it was saved from (found by tests/fuzz/fuzz_profile.cpp).
void TestProfile::absolutePathsLoadClean()
{
    QTemporaryDir dir;
    const QString folder = dir.path();
    const QByteArray json = QStringLiteral(R"({"format": "barge-profile", "version": 1,
        "source": {"url": "sqlite://%1/sub/../shop.db"}, "target": {"url": "csv://%1/gone/.."},
        "options": {"rejectsDir": "%1/./rejects/"}})")
                                .arg(folder)
                                .toUtf8();
    Plan plan;
    QString error;
    QVERIFY2(Profile::fromJson(json, folder, &plan, &error), qPrintable(error));
    QCOMPARE(plan.source.path, folder + QStringLiteral("/shop.db"));
    QCOMPARE(plan.target.path, folder);
    QVERIFY(plan.target.folder); // "gone/.." is the folder itself
    QCOMPARE(plan.options.rejectsDir, folder + QStringLiteral("/rejects"));

    Plan again;
    QVERIFY2(Profile::fromJson(Profile::toJson(plan, folder), folder, &again, &error), qPrintable(error));
    QVERIFY(again == plan);
}

void TestProfile::relativePathsResolveAgainstProfileFolder()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("profiles/exports")));
    const QString folder = dir.filePath(QStringLiteral("profiles"));
    const QString fileName = folder + QStringLiteral("/p.json");
    QVERIFY(writeFile(fileName, R"({"format": "barge-profile", "version": 1,
        "source": {"url": "sqlite:data/../data/shop.db"}, "target": {"url": "csv:exports"},
        "options": {"rejectsDir": "./rejects"}})"));
    Plan plan;
    QString error;
    QVERIFY2(Profile::load(fileName, &plan, &error), qPrintable(error));
    QCOMPARE(plan.source.path, folder + QStringLiteral("/data/shop.db"));
    QCOMPARE(plan.target.path, folder + QStringLiteral("/exports"));
    QVERIFY(plan.target.folder); // an existing folder, found once the path is resolved
    QCOMPARE(plan.options.rejectsDir, folder + QStringLiteral("/rejects"));

    // Saved again beside the first, the paths go back to relative, in canonical form.
    QVERIFY(Profile::save(plan, folder + QStringLiteral("/q.json"), &error));
    const QByteArray saved = readFile(folder + QStringLiteral("/q.json"));
    QVERIFY2(saved.contains("\"url\": \"sqlite:data/shop.db\""), saved.constData());
    QVERIFY2(saved.contains("\"url\": \"csv:exports/\""), saved.constData());
    QVERIFY2(saved.contains("\"rejectsDir\": \"rejects\""), saved.constData());

    // Saved one folder up, the same files are still found.
    QVERIFY(Profile::save(plan, dir.filePath(QStringLiteral("up.json")), &error));
    QVERIFY(readFile(dir.filePath(QStringLiteral("up.json"))).contains("\"url\": \"sqlite:profiles/data/shop.db\""));
    Plan again;
    QVERIFY2(Profile::load(dir.filePath(QStringLiteral("up.json")), &again, &error), qPrintable(error));
    QVERIFY(again == plan);
}

void TestProfile::pathsOutsideProfileFolderStayAbsolute()
{
    Plan plan;
    plan.source = *Endpoint::parse(QStringLiteral("sqlite:///srv/data/shop.db"), nullptr);
    plan.target = *Endpoint::parse(QStringLiteral("csv:///home/alice/out/"), nullptr);
    plan.options.rejectsDir = QStringLiteral("/var/tmp/rejects");
    const QByteArray json = Profile::toJson(plan, QStringLiteral("/home/alice/profiles"));
    QVERIFY(json.contains("\"url\": \"sqlite:///srv/data/shop.db\""));
    QVERIFY(json.contains("\"url\": \"csv:///home/alice/out/\""));
    QVERIFY(json.contains("\"rejectsDir\": \"/var/tmp/rejects\""));
    Plan loaded;
    QString error;
    QVERIFY2(Profile::fromJson(json, QStringLiteral("/home/alice/profiles"), &loaded, &error), qPrintable(error));
    QVERIFY(loaded == plan);
}

// A Plan built from command-line arguments holds paths relative to the current folder; a profile saved
// elsewhere must still point at those files.
void TestProfile::relativePlanPathsMeanCurrentFolder()
{
    QTemporaryDir work;
    QTemporaryDir profiles;
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(work.path()));
    Plan plan;
    plan.source = *Endpoint::parse(QStringLiteral("sqlite:shop.db"), nullptr);
    plan.target = *Endpoint::parse(QStringLiteral("csv:out/"), nullptr);
    plan.options.rejectsDir = QStringLiteral("rejects");
    const QByteArray elsewhere = Profile::toJson(plan, profiles.path());
    const QByteArray here = Profile::toJson(plan, work.path());
    QVERIFY(QDir::setCurrent(previous));
    const QString cwd = QDir(work.path()).canonicalPath();
    QVERIFY2(elsewhere.contains(QString(QStringLiteral("\"url\": \"sqlite://") + cwd + QStringLiteral("/shop.db\"")).toUtf8()),
             elsewhere.constData());
    QVERIFY2(elsewhere.contains(QString(QStringLiteral("\"rejectsDir\": \"") + cwd + QStringLiteral("/rejects\"")).toUtf8()),
             elsewhere.constData());
    QVERIFY2(here.contains("\"url\": \"sqlite:shop.db\""), here.constData());
    QVERIFY2(here.contains("\"url\": \"csv:out/\""), here.constData());
    QVERIFY2(here.contains("\"rejectsDir\": \"rejects\""), here.constData());
}

void TestProfile::passwordNeverWritten()
{
    Plan plan;
    plan.source = *Endpoint::parse(QStringLiteral("mysql://root:hunter2@db/shop"), nullptr);
    plan.target = *Endpoint::parse(QStringLiteral("postgresql://alice:s%40cret@h/shop"), nullptr);
    QCOMPARE(plan.target.password, QStringLiteral("s@cret"));
    const QByteArray json = Profile::toJson(plan);
    QVERIFY(!json.contains("hunter2"));
    QVERIFY(!json.contains("cret"));
    QVERIFY(json.contains("\"url\": \"mysql://root@db/shop\""));

    Plan loaded;
    QString error;
    QVERIFY2(Profile::fromJson(json, QString(), &loaded, &error), qPrintable(error));
    QVERIFY(loaded.source.password.isEmpty());
    QVERIFY(loaded == plan); // equality ignores the password

    const QByteArray withPassword = QByteArray(json).replace("root@db", "root:hunter2@db");
    QVERIFY(!Profile::fromJson(withPassword, QString(), &loaded, &error));
    QVERIFY2(error.startsWith(QStringLiteral("source.url: passwords do not belong in profiles")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("hunter2")), qPrintable(error));
}

void TestProfile::scalarValues_data()
{
    QTest::addColumn<QByteArray>("literal"); // as written in the JSON file
    QTest::addColumn<QVariant>("value");     // as loaded into the FieldMapping

    QTest::newRow("string") << QByteArray("\"legacy\"") << QVariant(QStringLiteral("legacy"));
    QTest::newRow("empty string") << QByteArray("\"\"") << QVariant(QString(""));
    QTest::newRow("unicode string") << QByteArray("\"caf\xc3\xa9 \\\"x\\\"\"") << QVariant(QStringLiteral("caf\u00e9 \"x\""));
    QTest::newRow("zero") << QByteArray("0") << QVariant(qint64(0));
    QTest::newRow("negative") << QByteArray("-42") << QVariant(qint64(-42));
    QTest::newRow("beyond double precision") << QByteArray("9007199254740993") << QVariant(qint64(9007199254740993LL));
    QTest::newRow("fraction") << QByteArray("2.5") << QVariant(2.5);
    QTest::newRow("true") << QByteArray("true") << QVariant(true);
    QTest::newRow("false") << QByteArray("false") << QVariant(false);
}

// Constants and defaults of every JSON type load with the right QVariant type and are written back
// exactly as they were.
void TestProfile::scalarValues()
{
    QFETCH(QByteArray, literal);
    QFETCH(QVariant, value);
    const QByteArray json = profileWith(QByteArray(R"(, "tables": [{"source": "t", "fields": [
        {"target": "c", "constant": )" + literal + R"(, "type": "text"},
        {"target": "d", "source": "d", "type": "text", "default": )" + literal + "}]}]")
                                            .constData());
    Plan plan;
    QString error;
    QVERIFY2(Profile::fromJson(json, QString(), &plan, &error), qPrintable(error));
    const FieldMapping constant = plan.tables.at(0).fields.at(0);
    const FieldMapping withDefault = plan.tables.at(0).fields.at(1);
    QCOMPARE(constant.constant.typeId(), value.typeId());
    QCOMPARE(constant.constant, value);
    QCOMPARE(withDefault.defaultValue.typeId(), value.typeId());
    QCOMPARE(withDefault.defaultValue, value);

    const QByteArray saved = Profile::toJson(plan);
    QVERIFY2(saved.contains(QByteArray("\"constant\": " + literal + ",")), saved.constData());
    QVERIFY2(saved.contains(QByteArray("\"default\": " + literal + ",")), saved.constData());
    Plan again;
    QVERIFY(Profile::fromJson(saved, QString(), &again, &error));
    QVERIFY(again == plan);
}

// null is a real constant (write NULL) but no default at all (NULL in place of NULL changes nothing).
void TestProfile::nullConstantAndDefault()
{
    const QByteArray json = profileWith(R"(, "tables": [{"source": "t", "fields": [
        {"target": "c", "constant": null, "type": "text"},
        {"target": "d", "source": "d", "type": "text", "default": null}]}])");
    Plan plan;
    QString error;
    QVERIFY2(Profile::fromJson(json, QString(), &plan, &error), qPrintable(error));
    QVERIFY(plan.tables.at(0).fields.at(0).isConstant());
    QVERIFY(!plan.tables.at(0).fields.at(0).constant.isValid());
    QVERIFY(!plan.tables.at(0).fields.at(1).defaultValue.isValid());
    const QByteArray saved = Profile::toJson(plan);
    QVERIFY2(saved.contains("\"constant\": null,"), saved.constData());
    QVERIFY2(!saved.contains("\"default\""), saved.constData());
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
