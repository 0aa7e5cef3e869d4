// The PostgreSQL backend against the throwaway server (scripts/servers.sh): connections and their
// failures, introspection of every kind of column, key, default, index and foreign key, exact
// reading, a round trip through PgReader and PgWriter, and a whole SQLite -> PostgreSQL run.
// PgWriter's own behaviour (refused rows, COPY formats, table modes) is in tst_pgwriter.cpp.

#include "engine/migrationengine.h"
#include "engine/planner.h"
#include "engine/rangesplit.h"
#include "io/backend.h"
#include "io/connectionreuse.h"
#include "io/postgres/pgconnection.h"
#include "io/postgres/pgintrospector.h"
#include "io/postgres/pgreader.h"
#include "io/postgres/pgwriter.h"
#include "pgfixture.h"
#include "sqlitefixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace barge;
using barge::test::PgFixture;
using barge::test::SqliteFixture;

class TestPostgres : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void connectionFailuresAreToldApart_data();
    void connectionFailuresAreToldApart();
    void plannerSaysWhichSideRefusedTheLogin();
    void connectsThroughSocketAndPgpassword();
    void keepsConnectionsBetweenTablesOfARun();
    void prefetchDescribesAsTableDoes();
    void introspectsColumnsKeysIndexesAndForeignKeys();
    void readsEveryValueInItsExactForm();
    void readsKeyBoundsAndRanges();
    void splitsTablesWithoutAnIntegerKeyByPages();
    void rejectsDatesBargeCannotCarry();
    void roundTripKeepsEveryValue_data();
    void roundTripKeepsEveryValue();
    void engineCopiesSqliteIntoPostgres();
    void existingTablesLoadParentsFirst();

private:
    // A table with one column of each kind the tests read, with indexes, and two tables joined
    // by a composite foreign key.
    void createKinds();

    std::unique_ptr<PgFixture> m_pg;
};

void TestPostgres::init()
{
    m_pg = std::make_unique<PgFixture>();
    if (!m_pg->isValid())
        QFAIL(qPrintable(m_pg->error()));
}

void TestPostgres::cleanup()
{
    m_pg.reset();
}

void TestPostgres::createKinds()
{
    const QString script = QStringLiteral(
        "CREATE TYPE S.mood AS ENUM ('sad', 'ok', 'happy');\n"
        "CREATE TABLE S.kinds (id serial PRIMARY KEY, ident bigint GENERATED ALWAYS AS IDENTITY, "
        "amount numeric(12,2) NOT NULL DEFAULT 0, label varchar(40) DEFAULT 'open', at_tz timestamptz DEFAULT now(), "
        "at_local timestamp, born date, data bytea, flag boolean, big bigint, ratio double precision, note text, "
        "doc json, docb jsonb, uid uuid, feeling S.mood, nums int[], small smallint, r real);\n"
        "CREATE UNIQUE INDEX kinds_uid_key ON S.kinds (uid);\n"
        "CREATE INDEX kinds_born_label_idx ON S.kinds (born, label);\n"
        "CREATE INDEX kinds_expression_idx ON S.kinds (lower(note));\n"
        "CREATE INDEX kinds_partial_idx ON S.kinds (big) WHERE big > 0;\n"
        "INSERT INTO S.kinds (amount, label, at_tz, at_local, born, data, flag, big, ratio, note, doc, docb, uid, "
        "feeling, nums, small, r) VALUES (1234567890.12, 'Zoë', '2024-01-02 03:04:05.123456+00', "
        "'2024-01-02 03:04:05.5', '1969-07-20', "
        "(SELECT decode(string_agg(lpad(to_hex(i), 2, '0'), '' ORDER BY i), 'hex') FROM generate_series(0, 255) i), "
        "true, 9223372036854775807, 0.1, E'tab\\there\\nnew line\\\\backslash\\r 😀', '{\"a\": [1, 2]}', "
        "'{\"b\": 1}', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'happy', '{1,2,3}', -32768, 0.1);\n"
        "INSERT INTO S.kinds (amount, label, at_tz, born, data, flag, big, ratio, note) VALUES "
        "(-0.5, NULL, '1950-06-01 12:00:00+02', '1900-01-01', '', false, -9223372036854775808, 1e-300, '');\n"
        "INSERT INTO S.kinds (amount, ratio, at_tz) VALUES (0, -1e300, NULL);\n"
        "CREATE TABLE S.parent (a int, b text, PRIMARY KEY (a, b));\n"
        "CREATE TABLE S.child (id int PRIMARY KEY, pa int, pb text, CONSTRAINT child_parent_fk "
        "FOREIGN KEY (pb, pa) REFERENCES S.parent (b, a) ON DELETE CASCADE)");
    QCOMPARE(m_pg->exec(script), QString());
}

void TestPostgres::connectionFailuresAreToldApart_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("kind");
    QTest::newRow("wrong password") << "password" << "PostgreSQL refused user barge: wrong password or no access"
                                    << "authentication";
    QTest::newRow("missing database") << "database" << "PostgreSQL at 127.0.0.1:PORT has no database 'no_such_db'"
                                      << "missing object";
    QTest::newRow("closed port") << "port" << "cannot reach PostgreSQL at 127.0.0.1:1: " << "unreachable";
}

void TestPostgres::connectionFailuresAreToldApart()
{
    QFETCH(QString, change);
    QFETCH(QString, expected);
    QFETCH(QString, kind);
    Endpoint e = m_pg->server();
    if (change == QLatin1String("password"))
        e.password = QStringLiteral("not-the-password");
    if (change == QLatin1String("database"))
        e.database = QStringLiteral("no_such_db");
    if (change == QLatin1String("port")) {
        e.host = QStringLiteral("127.0.0.1");
        e.port = 1;
    }
    PgConnection connection(e);
    Failure failure;
    QVERIFY(!connection.open(&failure));
    const QString error = failure.message;
    expected.replace(QStringLiteral("PORT"), QString::number(m_pg->server().port));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("not-the-password")), qPrintable(error));
    QVERIFY(!connection.isOpen());
    QCOMPARE(Failure::kindName(failure.kind), kind);
    QCOMPARE(failure.subject, e.displayName());
}

void TestPostgres::plannerSaysWhichSideRefusedTheLogin()
{
    // The command line asks for the password of the side a refused login names (the failure's
    // subject), found by its kind and not by the message's words.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = dir.filePath(QStringLiteral("source.db"));
    {
        SqliteFixture sqlite(source);
        QCOMPARE(sqlite.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY)")), QString());
    }
    QString error;
    PlanRequest request;
    request.source = *Endpoint::parse(QStringLiteral("sqlite://") + source, &error);
    request.target = m_pg->server();
    request.target.password = QStringLiteral("not-the-password");
    Plan plan;
    Failure failure;
    QVERIFY(!Planner::build(request, &plan, &failure));
    QCOMPARE(failure.kind, Failure::Kind::Authentication);
    QCOMPARE(failure.subject, request.target.displayName());
    QVERIFY2(!failure.message.contains(QStringLiteral("not-the-password")), qPrintable(failure.message));
    request.target = m_pg->server();
    request.tables = {TableSelection{QStringLiteral("no_such_table"), QString()}};
    QVERIFY(!Planner::build(request, &plan, &failure));
    QCOMPARE(failure.kind, Failure::Kind::MissingObject);
    QCOMPARE(failure.subject, request.source.displayName());
}

void TestPostgres::connectsThroughSocketAndPgpassword()
{
    // ?host=/socket/dir instead of a TCP host, and the password from PGPASSWORD.
    QString error;
    const auto servers = barge::test::testServers(&error);
    QVERIFY2(servers, qPrintable(error));
    const QString url = QStringLiteral("postgresql://%1@/%2?host=%3&schema=%4&connect_timeout=5")
                            .arg(m_pg->server().user, m_pg->server().database, servers->pgSocket, m_pg->schema());
    std::optional<Endpoint> socket = Endpoint::parse(url, &error);
    QVERIFY2(socket, qPrintable(error));
    socket->port = m_pg->server().port;
    qputenv("PGPASSWORD", m_pg->server().password.toUtf8());
    PgConnection connection(*socket);
    const bool opened = connection.open(&error);
    qunsetenv("PGPASSWORD");
    QVERIFY2(opened, qPrintable(error));
    QCOMPARE(connection.exec(QStringLiteral("SELECT current_setting('TimeZone')")).text(0, 0), QStringLiteral("UTC"));
    QCOMPARE(connection.exec(QStringLiteral("SELECT inet_server_addr() IS NULL")).boolean(0, 0), true); // a socket
    QCOMPARE(connection.qualified(QStringLiteral("t\"x")), QStringLiteral("\"%1\".\"t\"\"x\"").arg(m_pg->schema()));
}

void TestPostgres::keepsConnectionsBetweenTablesOfARun()
{
    QString error;
    {
        ConnectionReuse::Scope run;
        PgConnection first(m_pg->endpoint());
        QVERIFY2(first.open(&error), qPrintable(error));
        QVERIFY(!first.reused());
        QVERIFY2(first.run(QStringLiteral("CREATE TEMPORARY TABLE scratch (a int); SET TimeZone = 'Europe/Berlin'"), &error),
                 qPrintable(error));
        const qint64 backend = first.exec(QStringLiteral("SELECT pg_backend_pid()")).integer(0, 0);
        first.close();
        QCOMPARE(ConnectionReuse::idleCount(), 1);

        // The next table gets the same server process, with nothing of the last table's session.
        PgConnection second(m_pg->endpoint());
        QVERIFY2(second.open(&error), qPrintable(error));
        QVERIFY(second.reused());
        QCOMPARE(second.exec(QStringLiteral("SELECT pg_backend_pid()")).integer(0, 0), backend);
        QCOMPARE(second.exec(QStringLiteral("SELECT current_setting('TimeZone')")).text(0, 0), QStringLiteral("UTC"));
        QVERIFY(second.exec(QStringLiteral("SELECT to_regclass('pg_temp.scratch') IS NULL")).boolean(0, 0));

        // Closed inside a transaction: not kept.
        QVERIFY2(second.run(QStringLiteral("BEGIN"), &error), qPrintable(error));
        second.close();
        QCOMPARE(ConnectionReuse::idleCount(), 0);
        PgConnection third(m_pg->endpoint());
        QVERIFY2(third.open(&error), qPrintable(error));
        QVERIFY(!third.reused());
        third.close();
        QCOMPARE(ConnectionReuse::idleCount(), 1);
    }
    QCOMPARE(ConnectionReuse::idleCount(), 0); // the run's end closed it

    // Outside a run nothing waits.
    PgConnection alone(m_pg->endpoint());
    QVERIFY2(alone.open(&error), qPrintable(error));
    alone.close();
    QCOMPARE(ConnectionReuse::idleCount(), 0);
}

// Many tables read at once describe each exactly as one at a time; a name that is not there, or
// one an array literal must quote, changes nothing.
void TestPostgres::prefetchDescribesAsTableDoes()
{
    createKinds();
    QCOMPARE(m_pg->exec(QStringLiteral("CREATE TABLE S.\"odd, \"\"name\\\" (k int PRIMARY KEY, v text);"
                                       "INSERT INTO S.\"odd, \"\"name\\\" VALUES (1, 'x'), (2, NULL)")),
             QString());
    QString error;
    PgIntrospector one(m_pg->endpoint());
    PgIntrospector many(m_pg->endpoint());
    QVERIFY2(one.open(&error) && many.open(&error), qPrintable(error));
    const QStringList names = one.tableNames(&error);
    QCOMPARE(names.size(), 4);
    many.prefetch(names + QStringList{QStringLiteral("missing")});
    QCOMPARE(many.prefetchedCount(), 4);
    for (const QString &name : names) {
        const std::optional<TableSchema> alone = one.table(name, &error);
        QVERIFY2(alone, qPrintable(error));
        const std::optional<TableSchema> together = many.table(name, &error);
        QVERIFY2(together, qPrintable(error));
        QVERIFY2(*together == *alone, qPrintable(name));
        QCOMPARE(together->notes, alone->notes);
        QVERIFY(many.hasTable(name));
    }
    QVERIFY(!many.table(QStringLiteral("missing"), &error));
    QVERIFY2(error.contains(QStringLiteral("no table")), qPrintable(error));
    // For a reader: the columns and the key, not the indexes and foreign keys.
    PgIntrospector reading(m_pg->endpoint());
    reading.setForReading(true);
    QVERIFY2(reading.open(&error), qPrintable(error));
    const std::optional<TableSchema> child = reading.table(QStringLiteral("child"), &error);
    QVERIFY2(child, qPrintable(error));
    QCOMPARE(child->columnNames(), QStringList({"id", "pa", "pb"}));
    QCOMPARE(child->primaryKey(), QStringList({"id"}));
    QVERIFY(child->foreignKeys.isEmpty());
}

void TestPostgres::introspectsColumnsKeysIndexesAndForeignKeys()
{
    createKinds();
    PgIntrospector introspector(m_pg->endpoint());
    QString error;
    QVERIFY2(introspector.open(&error), qPrintable(error));
    QCOMPARE(introspector.tableNames(&error), QStringList({"child", "kinds", "parent"}));
    QVERIFY(error.isEmpty());
    QVERIFY(introspector.hasTable(QStringLiteral("kinds")));
    QVERIFY(!introspector.hasTable(QStringLiteral("missing")));

    const std::optional<TableSchema> kinds = introspector.table(QStringLiteral("kinds"), &error);
    QVERIFY2(kinds, qPrintable(error));
    QCOMPARE(kinds->rowCount, 3);
    QVERIFY(kinds->rowCountExact);
    struct Expected { const char *name; const char *declared; DataType type; };
    const QList<Expected> expected = {
        {"id", "integer", DataType::of(TypeKind::Int32)},
        {"ident", "bigint", DataType::of(TypeKind::Int64)},
        {"amount", "numeric(12,2)", DataType::decimal(12, 2)},
        {"label", "character varying(40)", DataType::text(40)},
        {"at_tz", "timestamp with time zone", DataType::of(TypeKind::DateTimeTz)},
        {"at_local", "timestamp without time zone", DataType::of(TypeKind::DateTime)},
        {"born", "date", DataType::of(TypeKind::Date)},
        {"data", "bytea", DataType::of(TypeKind::Binary)},
        {"flag", "boolean", DataType::of(TypeKind::Boolean)},
        {"big", "bigint", DataType::of(TypeKind::Int64)},
        {"ratio", "double precision", DataType::of(TypeKind::Real)},
        {"note", "text", DataType::text()},
        {"doc", "json", DataType::of(TypeKind::Json)},
        {"docb", "jsonb", DataType::of(TypeKind::Json)},
        {"uid", "uuid", DataType::of(TypeKind::Uuid)},
        {"feeling", "", DataType::enumOf({"sad", "ok", "happy"})}, // the enum's name, qualified: not on the search path
        {"nums", "integer[]", DataType::of(TypeKind::Array)},
        {"small", "smallint", DataType::of(TypeKind::Int16)},
        {"r", "real", DataType::of(TypeKind::Real)},
    };
    QCOMPARE(kinds->columns.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const ColumnSchema &c = kinds->columns.at(i);
        QCOMPARE(c.name, QLatin1String(expected[i].name));
        if (*expected[i].declared)
            QCOMPARE(c.declaredType, QLatin1String(expected[i].declared));
        QVERIFY2(c.type == expected[i].type, qPrintable(c.name + QStringLiteral(": ") + c.type.toString()));
    }
    QCOMPARE(kinds->columns[15].declaredType, m_pg->schema() + QStringLiteral(".mood"));
    const ColumnSchema &id = kinds->columns[0];
    QCOMPARE(id.primaryKeyPosition, 1);
    QVERIFY(!id.nullable);
    QVERIFY(id.autoIncrement);
    QCOMPARE(id.defaultValue, QString()); // nextval() is the serial, not a default
    QVERIFY(kinds->columns[1].autoIncrement);
    QVERIFY(!kinds->columns[2].nullable);
    QCOMPARE(kinds->columns[2].defaultValue, QStringLiteral("0"));
    QCOMPARE(kinds->columns[3].defaultValue, QStringLiteral("'open'"));
    QCOMPARE(kinds->columns[4].defaultValue, QStringLiteral("CURRENT_TIMESTAMP"));
    QVERIFY(kinds->columns[5].defaultValue.isEmpty());
    QCOMPARE(kinds->primaryKey(), QStringList({"id"}));
    // The primary key's index is on the columns; the expression and the partial index have no
    // portable form: their definition is kept for a copy into PostgreSQL.
    QCOMPARE(kinds->indexes.size(), 4);
    QCOMPARE(kinds->indexes[0], (IndexSchema{"kinds_born_label_idx", {"born", "label"}, false, {}, {}, false}));
    QCOMPARE(kinds->indexes[1], (IndexSchema{"kinds_uid_key", {"uid"}, true, {}, {}, false}));
    QCOMPARE(kinds->indexes[2], (IndexSchema{"kinds_expression_idx", {}, false, "USING btree (lower(note))", "expression", false}));
    QCOMPARE(kinds->indexes[2].nativeKind, QStringLiteral("expression"));
    QCOMPARE(kinds->indexes[3], (IndexSchema{"kinds_partial_idx", {"big"}, false, "USING btree (big) WHERE (big > 0)", "partial", false}));

    const std::optional<TableSchema> parent = introspector.table(QStringLiteral("parent"), &error);
    QVERIFY2(parent, qPrintable(error));
    QCOMPARE(parent->primaryKey(), QStringList({"a", "b"}));
    const std::optional<TableSchema> child = introspector.table(QStringLiteral("child"), &error);
    QVERIFY2(child, qPrintable(error));
    QCOMPARE(child->foreignKeys.size(), 1);
    const ForeignKeySchema &key = child->foreignKeys.first();
    QCOMPARE(key.name, QStringLiteral("child_parent_fk"));
    QCOMPARE(key.columns, QStringList({"pb", "pa"}));
    QCOMPARE(key.referencedTable, QStringLiteral("parent"));
    QCOMPARE(key.referencedColumns, QStringList({"b", "a"}));
    QCOMPARE(key.onDelete, QStringLiteral("CASCADE"));
    QCOMPARE(key.onUpdate, QString());

    QVERIFY(!introspector.table(QStringLiteral("missing"), &error));
    QVERIFY2(error.contains(QStringLiteral("no table %1.missing").arg(m_pg->schema())), qPrintable(error));
}

void TestPostgres::readsEveryValueInItsExactForm()
{
    createKinds();
    PgReader reader(m_pg->endpoint(), QStringLiteral("kinds"));
    QString error;
    QVERIFY2(reader.open(&error), qPrintable(error));
    RowBatch batch;
    reader.read(batch, 100);
    QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
    QCOMPARE(batch.rows.size(), 3);
    QVERIFY(batch.rejected.isEmpty());
    QCOMPARE(batch.positions, QList<qint64>({1, 2, 3}));
    QCOMPARE(batch.origin(1), QStringLiteral("%1 table %2.kinds row 2").arg(m_pg->server().database, m_pg->schema()));
    QVERIFY(batch.bytes > 256);
    const TableSchema schema = reader.schema();
    const Row &first = batch.rows[0];
    const auto at = [&](const Row &row, const char *column) { return row.at(schema.indexOf(QLatin1String(column))); };
    QCOMPARE(at(first, "id"), QVariant(qlonglong(1)));
    QCOMPARE(at(first, "amount"), QVariant(QStringLiteral("1234567890.12")));
    QCOMPARE(at(first, "label"), QVariant(QStringLiteral("Zoë")));
    QCOMPARE(at(first, "at_tz"), QVariant(QStringLiteral("2024-01-02 03:04:05.123456+00:00")));
    QCOMPARE(at(first, "at_local"), QVariant(QStringLiteral("2024-01-02 03:04:05.5")));
    QCOMPARE(at(first, "born"), QVariant(QStringLiteral("1969-07-20")));
    QByteArray all(256, '\0');
    for (int i = 0; i < 256; ++i)
        all[i] = char(i);
    QCOMPARE(at(first, "data").typeId(), QMetaType::QByteArray);
    QCOMPARE(at(first, "data").toByteArray(), all);
    QCOMPARE(at(first, "flag"), QVariant(true));
    QCOMPARE(at(first, "big"), QVariant(std::numeric_limits<qlonglong>::max()));
    QCOMPARE(at(first, "ratio"), QVariant(0.1));
    QCOMPARE(at(first, "note"), QVariant(QStringLiteral("tab\there\nnew line\\backslash\r 😀")));
    QCOMPARE(at(first, "doc"), QVariant(QStringLiteral("{\"a\": [1, 2]}")));
    QCOMPARE(at(first, "uid"), QVariant(QStringLiteral("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11")));
    QCOMPARE(at(first, "feeling"), QVariant(QStringLiteral("happy")));
    QCOMPARE(at(first, "nums"), QVariant(QStringLiteral("[1,2,3]"))); // arrays travel as JSON
    QCOMPARE(at(first, "small"), QVariant(qlonglong(-32768)));
    QCOMPARE(at(first, "r"), QVariant(double(0.1f))); // the real's exact value, not the double 0.1
    const Row &second = batch.rows[1];
    QCOMPARE(at(second, "amount"), QVariant(QStringLiteral("-0.50")));
    QCOMPARE(at(second, "at_tz"), QVariant(QStringLiteral("1950-06-01 10:00:00+00:00")));
    QCOMPARE(at(second, "big"), QVariant(std::numeric_limits<qlonglong>::min()));
    QCOMPARE(at(second, "ratio"), QVariant(1e-300));
    QCOMPARE(at(second, "data"), QVariant(QByteArray()));
    QVERIFY(!at(second, "data").isNull());
    QCOMPARE(at(second, "note"), QVariant(QString(QLatin1String(""))));
    QVERIFY(at(second, "label").isNull());
    QCOMPARE(at(batch.rows[2], "ratio"), QVariant(-1e300));
    QVERIFY(at(batch.rows[2], "at_tz").isNull());
    QVERIFY(!reader.read(batch, 100));
    QVERIFY(reader.error().isEmpty());
}

// A table split by its key (issue #19): the key's bounds, then each range read alone, every row once.
void TestPostgres::readsKeyBoundsAndRanges()
{
    QCOMPARE(m_pg->exec(QStringLiteral("CREATE TABLE S.ranged (id bigint PRIMARY KEY, v text);\n"
                                       "INSERT INTO S.ranged SELECT g, 'v' || g FROM generate_series(-50, 250, 7) g;\n"
                                       "CREATE TABLE S.vacant (id bigint PRIMARY KEY);\n"
                                       "CREATE TABLE S.wide (id numeric PRIMARY KEY);\n"
                                       "INSERT INTO S.wide VALUES (1), (99999999999999999999)")),
             QString());
    PgIntrospector introspector(m_pg->endpoint());
    QString error;
    QVERIFY2(introspector.open(&error), qPrintable(error));
    const std::optional<KeyBounds> bounds = introspector.keyBounds(QStringLiteral("ranged"), QStringLiteral("id"), &error);
    QVERIFY2(bounds.has_value(), qPrintable(error));
    QVERIFY(!bounds->empty);
    QCOMPARE(bounds->min, qint64(-50));
    QCOMPARE(bounds->max, qint64(244));
    const std::optional<KeyBounds> none = introspector.keyBounds(QStringLiteral("vacant"), QStringLiteral("id"), &error);
    QVERIFY2(none.has_value() && none->empty, qPrintable(error));
    QVERIFY(!introspector.keyBounds(QStringLiteral("wide"), QStringLiteral("id"), &error).has_value());
    QVERIFY2(error.contains(QLatin1String("no 64-bit integers (1 to 99999999999999999999)")), qPrintable(error));

    QList<qint64> seen;
    for (const KeyRange &range : splitKeyRange(0, 200, 40, 9)) { // keys below 0 and above 200 came "later"
        PgReader reader(m_pg->endpoint(), QStringLiteral("ranged"));
        QVERIFY(reader.restrictToRange(QStringLiteral("id"), range));
        QVERIFY2(reader.open(&error), qPrintable(error));
        for (bool more = true; more;) {
            RowBatch batch;
            more = reader.read(batch, 5);
            for (const Row &row : std::as_const(batch.rows)) {
                QVERIFY2(range.contains(row.at(0).toLongLong()), qPrintable(range.label(QStringLiteral("id"))));
                seen << row.at(0).toLongLong();
            }
        }
        QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
    }
    QList<qint64> expected;
    for (qint64 id = -50; id <= 250; id += 7)
        expected << id;
    QCOMPARE(seen, expected);
}

// A table with a text key and one with no key load in ranges of their pages (ctid) when ranges of N
// rows are asked for, never automatically; every row once.
void TestPostgres::splitsTablesWithoutAnIntegerKeyByPages()
{
    QCOMPARE(m_pg->exec(QStringLiteral(
                 "CREATE TABLE S.coded (code text PRIMARY KEY, n int NOT NULL, v text);\n"
                 "INSERT INTO S.coded SELECT 'k' || lpad(g::text, 6, '0'), g, repeat('v', g % 50) FROM generate_series(1, 30000) g;\n"
                 "CREATE TABLE S.loose (n int, v text);\n"
                 "INSERT INTO S.loose SELECT g, 'row ' || g FROM generate_series(1, 30000) g;\n"
                 "ANALYZE S.coded; ANALYZE S.loose")),
             QString());
    PgIntrospector introspector(m_pg->endpoint());
    QString error;
    QVERIFY2(introspector.open(&error), qPrintable(error));
    const std::optional<KeyBounds> pages = introspector.keyBounds(QStringLiteral("loose"), KeyRange::pages(), &error);
    QVERIFY2(pages && !pages->empty, qPrintable(error));
    QCOMPARE(pages->min, qint64(0));
    QCOMPARE(pages->max + 1, m_pg->scalar(QStringLiteral("SELECT pg_relation_size('%1.loose') / "
                                                         "current_setting('block_size')::bigint")
                                              .arg(m_pg->schema()))
                                 .toLongLong());
    QVERIFY2(pages->max > 50, qPrintable(QString::number(pages->max)));

    QTemporaryDir dir;
    PlanRequest request;
    request.source = m_pg->endpoint();
    request.target = *Endpoint::parse(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("out.db")), &error);
    request.options.rejectsDir = dir.path();
    request.options.batchSize = 2000;
    request.options.jobs = 2;
    request.options.rangeRows = -1;
    request.options.verify = true;
    Plan automatic;
    QVERIFY2(Planner::build(request, &automatic, &error), qPrintable(error));
    for (const TableMapping &table : std::as_const(automatic.tables)) // a key of no integer: never by itself
        QCOMPARE(RangeSplit::splitColumn(automatic, introspector.table(table.source, &error).value()), QString());
    request.options.rangeRows = 5000;
    Plan plan;
    QVERIFY2(Planner::build(request, &plan, &error), qPrintable(error));
    MigrationEngine engine;
    QSignalSpy finished(&engine, &MigrationEngine::finished);
    engine.start(plan);
    QVERIFY(finished.wait(120000));
    const Report report = finished.first().first().value<Report>();
    QCOMPARE(report.tables.size(), 2);
    QVERIFY2(report.status == RunStatus::Ok, qPrintable(report.tables[0].error + report.tables[1].error));
    for (const TableReport &table : report.tables) {
        QCOMPARE(table.written, 30000);
        QVERIFY2(table.ranges.size() >= 5, qPrintable(QString::number(table.ranges.size())));
        for (const RangeReport &range : table.ranges) // the pages hold the rows evenly: no range is idle
            QVERIFY2(range.written > 3000 && range.written < 9000, qPrintable(range.label + QString::number(range.written)));
        QVERIFY2(table.ranges.first().label.startsWith(QLatin1String("pages ..")), qPrintable(table.ranges.first().label));
        QVERIFY2(table.verification.startsWith(QLatin1String("verified"))
                     || table.verification.contains(QLatin1String("30,000 rows in the source, 30,000 in the target")),
                 qPrintable(table.verification));
    }
    SqliteFixture out(dir.filePath(QStringLiteral("out.db")));
    QCOMPARE(out.scalar("SELECT count(*) || ' ' || count(DISTINCT code) || ' ' || sum(n) || ' ' || sum(length(v)) FROM coded")
                 .toString(),
             QStringLiteral("30000 30000 450015000 735000"));
    QCOMPARE(out.scalar("SELECT count(*) || ' ' || count(DISTINCT n) || ' ' || sum(n) FROM loose").toString(),
             QStringLiteral("30000 30000 450015000"));
}

void TestPostgres::rejectsDatesBargeCannotCarry()
{
    QCOMPARE(m_pg->exec(QStringLiteral("CREATE TABLE S.days (id int PRIMARY KEY, d date, t timestamptz);\n"
                                       "INSERT INTO S.days VALUES (1, '2020-01-01', '2020-01-01 00:00:00+00'), "
                                       "(2, '0044-03-15 BC', NULL), (3, '2021-01-01', '-infinity'), "
                                       "(4, 'infinity', NULL)")),
             QString());
    PgReader reader(m_pg->endpoint(), QStringLiteral("days"));
    QString error;
    QVERIFY2(reader.open(&error), qPrintable(error));
    RowBatch batch;
    reader.read(batch, 10);
    QCOMPARE(batch.rows.size(), 1);
    QCOMPARE(batch.positions, QList<qint64>({1}));
    QCOMPARE(batch.rejected.size(), 3);
    QCOMPARE(batch.rejected[0].position, 2);
    QVERIFY2(batch.rejected[0].reason.startsWith("column d: '0044-03-15 BC'"), qPrintable(batch.rejected[0].reason));
    QVERIFY2(batch.rejected[1].reason.startsWith("column t: '-infinity'"), qPrintable(batch.rejected[1].reason));
    QCOMPARE(batch.rejected[2].origin,
             QStringLiteral("%1 table %2.days row 4").arg(m_pg->server().database, m_pg->schema()));
    QCOMPARE(batch.rejected[2].values.at(1), QVariant(QStringLiteral("infinity")));
}

void TestPostgres::roundTripKeepsEveryValue_data()
{
    QTest::addColumn<bool>("binary");
    QTest::newRow("binary copy") << true;
    QTest::newRow("text copy") << false;
}

void TestPostgres::roundTripKeepsEveryValue()
{
    QFETCH(bool, binary);
    createKinds();
    PgReader reader(m_pg->endpoint(), QStringLiteral("kinds"));
    QString error;
    QVERIFY2(reader.open(&error), qPrintable(error));
    TableSchema target = reader.schema();
    target.name = QStringLiteral("copy");
    target.indexes.clear(); // index names are per schema: the source's own would collide
    // A same-engine copy keeps each declared type (TargetCheck::keepNativeTypes); the enum's type is
    // the source's own, found in the schema.
    for (ColumnSchema &column : target.columns)
        column.native.type = column.declaredType;
    PgWriter writer(m_pg->endpoint(), QStringLiteral("copy"));
    writer.setBinaryCopy(binary);
    QVERIFY2(writer.open(&error), qPrintable(error));
    QVERIFY2(writer.prepare(target, TableMode::Replace, &error), qPrintable(error));
    // json, uuid, the enum and the array have no binary form here: their text is what the server parses.
    QVERIFY(!writer.usesBinaryCopy());
    QVERIFY2(writer.begin(&error), qPrintable(error));
    RowBatch batch;
    bool more = true;
    while (more) {
        batch.clear();
        more = reader.read(batch, 2); // several write() calls
        QList<RowError> rowErrors;
        QVERIFY2(writer.write(batch.rows, &rowErrors, &error), qPrintable(error));
        QVERIFY(rowErrors.isEmpty());
    }
    QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
    QVERIFY2(writer.commit(&error), qPrintable(error));
    QVERIFY2(writer.afterLoad(target, &error), qPrintable(error));
    QCOMPARE(writer.countRows(&error), 3);
    QCOMPARE(writer.describe(),
             QStringLiteral("%1/%2 table %3.copy").arg(m_pg->server().host, m_pg->server().database, m_pg->schema()));
    QVERIFY(writer.finish(&error));

    // Every column equal, compared by PostgreSQL itself (the real as the double it widens to).
    QStringList differences;
    for (const ColumnSchema &column : reader.schema().columns) {
        const QString c = column.name;
        differences << (c == QLatin1String("r") ? QStringLiteral("a.r::float8 IS DISTINCT FROM b.r")
                                                : QStringLiteral("a.%1::text IS DISTINCT FROM b.%1::text").arg(c));
    }
    const QString compare = QStringLiteral("SELECT count(*) FROM %1.kinds a FULL JOIN %1.copy b USING (id) WHERE %2")
                                .arg(m_pg->schema(), differences.join(QStringLiteral(" OR ")));
    QCOMPARE(m_pg->scalar(compare).toInt(), 0);
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT count(*) FROM S.copy")).toInt(), 3);
    const auto typeOf = [&](const char *column) { return m_pg->typeOf(QStringLiteral("copy"), QLatin1String(column)); };
    QCOMPARE(typeOf("amount"), QStringLiteral("numeric(12,2)"));
    QCOMPARE(typeOf("ratio"), QStringLiteral("double precision"));
    QCOMPARE(typeOf("at_tz"), QStringLiteral("timestamp with time zone"));
    QCOMPARE(typeOf("label"), QStringLiteral("character varying(40)"));
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT length(data) FROM S.copy WHERE id = 1")).toInt(), 256);
    // The identity continues after the loaded values (afterLoad).
    QCOMPARE(m_pg->exec(QStringLiteral("INSERT INTO S.copy (amount) VALUES (7)")), QString());
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT max(id) FROM S.copy")).toInt(), 4);
}

void TestPostgres::engineCopiesSqliteIntoPostgres()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = dir.filePath(QStringLiteral("source.db"));
    {
        SqliteFixture sqlite(source);
        QCOMPARE(sqlite.exec(QStringLiteral(
                     "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, price NUMERIC(10,2), "
                     "weight REAL, big INTEGER, born DATE, data BLOB, flag BOOLEAN);\n"
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                     "INSERT INTO items SELECT i, 'name \"' || i || '\"\t😀', (i % 1000) / 100.0, i / 7.0 + 0.1, "
                     "i * 1000000007, date('1960-01-01', '+' || i || ' days'), randomblob(i % 5), i % 2 FROM n;\n"
                     "UPDATE items SET weight = NULL, data = NULL WHERE id % 97 = 0;\n"
                     "UPDATE items SET weight = 1e-300, big = 9223372036854775807 WHERE id = 1")),
                 QString());
    }
    QString error;
    PlanRequest request;
    request.source = *Endpoint::parse(QStringLiteral("sqlite://") + source, &error);
    request.target = m_pg->endpoint();
    request.options.rejectsDir = dir.path();
    request.options.batchSize = 5000;
    request.options.verify = true;
    Plan plan;
    QVERIFY2(Planner::build(request, &plan, &error), qPrintable(error));
    MigrationEngine engine;
    QSignalSpy finished(&engine, &MigrationEngine::finished);
    engine.start(plan);
    QVERIFY(finished.wait(120000));
    const Report report = finished.first().first().value<Report>();
    QCOMPARE(report.tables.size(), 1);
    QVERIFY2(report.status == RunStatus::Ok, qPrintable(report.tables[0].error));
    QCOMPARE(report.tables[0].written, 20000);
    QCOMPARE(report.tables[0].read, report.tables[0].written + report.tables[0].rejected);
    QVERIFY2(report.tables[0].verification.startsWith("verified"), qPrintable(report.tables[0].verification));

    const QString items = m_pg->schema() + QStringLiteral(".items");
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(items)).toInt(), 20000);
    QCOMPARE(m_pg->typeOf(QStringLiteral("items"), QStringLiteral("weight")), QStringLiteral("double precision"));
    // Every REAL arrives as the same double, every text and blob as it was: compared row by row.
    SqliteFixture check(source);
    const QList<QVariantList> expected = check.rows(QStringLiteral("SELECT id, weight, name, lower(hex(data)), "
                                                                   "data IS NULL FROM items ORDER BY id"));
    const QList<QStringList> actual = m_pg->rows(QStringLiteral("SELECT id, weight::text, name, encode(data, 'hex') "
                                                                "FROM S.items ORDER BY id"));
    QCOMPARE(actual.size(), 20000);
    for (int row = 0; row < actual.size(); ++row) {
        const QVariantList &want = expected.at(row);
        const QStringList &got = actual.at(row);
        QCOMPARE(got.at(0).toLongLong(), want.at(0).toLongLong());
        if (want.at(1).isNull())
            QCOMPARE(got.at(1), QStringLiteral("NULL"));
        else
            QCOMPARE(got.at(1).toDouble(), want.at(1).toDouble());
        QCOMPARE(got.at(2), want.at(2).toString());
        QCOMPARE(got.at(3), want.at(4).toBool() ? QStringLiteral("NULL") : want.at(3).toString());
    }
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT weight FROM %1 WHERE id = 1").arg(items)).toDouble(), 1e-300);
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT big FROM %1 WHERE id = 1").arg(items)).toLongLong(),
             std::numeric_limits<qlonglong>::max());
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT born::text FROM %1 WHERE id = 1").arg(items)).toString(),
             QStringLiteral("1960-01-02"));
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT sum(price)::text FROM %1").arg(items)).toString(),
             check.scalar(QStringLiteral("SELECT printf('%.2f', sum(price)) FROM items")).toString());
    double sum = 0;
    for (const QVariantList &w : expected)
        sum += w.at(1).toDouble();
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT sum(weight ORDER BY id) FROM %1").arg(items)).toString().toDouble(), sum);
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT count(*) FROM pg_index WHERE indrelid = '%1'::regclass AND indisprimary")
                        .arg(items)).toInt(), 1);
}

// Appending into existing tables whose own foreign keys link them: the plan lists the child
// first, the engine loads the parent first, and every child row finds its parent.
void TestPostgres::existingTablesLoadParentsFirst()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = dir.filePath(QStringLiteral("source.db"));
    {
        SqliteFixture sqlite(source);
        QCOMPARE(sqlite.exec(QStringLiteral(
                     "CREATE TABLE parent (id INTEGER PRIMARY KEY);\n"
                     "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL);\n"
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                     "INSERT INTO parent SELECT i FROM n;\n"
                     "INSERT INTO child SELECT id, id FROM parent")),
                 QString());
    }
    QCOMPARE(m_pg->exec(QStringLiteral("CREATE TABLE S.parent (id bigint PRIMARY KEY);\n"
                                       "CREATE TABLE S.child (id bigint PRIMARY KEY, parent_id bigint NOT NULL "
                                       "REFERENCES S.parent)")),
             QString());
    QString error;
    PlanRequest request;
    request.source = *Endpoint::parse(QStringLiteral("sqlite://") + source, &error);
    request.target = m_pg->endpoint();
    request.tables = {TableSelection{QStringLiteral("child"), QString()}, TableSelection{QStringLiteral("parent"), QString()}};
    request.options.rejectsDir = dir.path();
    request.options.batchSize = 1000;
    Plan plan;
    QVERIFY2(Planner::build(request, &plan, &error), qPrintable(error));
    QCOMPARE(plan.tables.at(0).loadAfter, QStringList{QStringLiteral("parent")});
    MigrationEngine engine;
    QSignalSpy finished(&engine, &MigrationEngine::finished);
    engine.start(plan);
    QVERIFY(finished.wait(120000));
    const Report report = finished.first().first().value<Report>();
    QVERIFY2(report.status == RunStatus::Ok, qPrintable(report.tables.value(0).error));
    QCOMPARE(report.totalWritten(), 6000);
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT count(*) FROM S.child")).toInt(), 3000);
}

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
