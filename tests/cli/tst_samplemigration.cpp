// A real sample database through the real barge executable: Sakila (tests/data/README.md; 16 tables,
// 47,273 rows, 22 foreign keys including the store <-> staff cycle) SQLite -> PostgreSQL, SQLite ->
// MariaDB, that PostgreSQL -> MariaDB, and the first MariaDB -> PostgreSQL. Every target is checked
// with SQL on the target itself (never Barge's report) against facts computed from the SQLite file:
// the tables and their row counts, a checksum per column, the primary keys and the foreign keys.

#include "mysqlfixture.h"
#include "pgfixture.h"
#include "sqlitefixture.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace barge;
using barge::test::MySqlFixture;
using barge::test::PgFixture;

namespace {

enum class Engine { Sqlite, Postgres, MariaDb };

// How a column is summed, from its declared type in the SQLite file.
enum class Kind { Integer, Decimal, Boolean, Text, Binary, DateTime };
struct Column
{
    QString name;
    Kind kind = Kind::Text;
    int scale = -1; // decimals: digits after the point; -1 = unconstrained
};
struct Table
{
    QString name;
    QList<Column> columns;
};

// A database to check: the engine, a connection, and the PostgreSQL schema or MariaDB database.
struct Db
{
    Engine engine;
    QSqlDatabase db;
    QString ns;
};

// What is compared between the source and each target.
struct Facts
{
    QStringList tables;                    // sorted
    QMap<QString, QStringList> checksums;  // table -> "rows=N", then "column: count sum ..."
    QMap<QString, QStringList> primaryKeys;
    QStringList foreignKeys;               // sorted "t(a, b) -> r(x, y) ON DELETE .. ON UPDATE .."
    QString error;                         // the first query that failed
};

std::optional<Column> columnOf(const QString &name, const QString &declared)
{
    static const QRegularExpression scale(QStringLiteral("^(DECIMAL|NUMERIC)\\(\\d+(?:,\\s*(\\d+))?\\)$"));
    const QString type = declared.toUpper();
    if (type.contains(QLatin1String("INT")))
        return Column{name, Kind::Integer};
    if (const QRegularExpressionMatch m = scale.match(type); m.hasMatch())
        return Column{name, Kind::Decimal, m.captured(2).isEmpty() ? 0 : m.captured(2).toInt()};
    // SQLite's affinity rules make YEAR a NUMERIC column; Barge reads it as an unconstrained decimal
    // (docs/type-mapping.md), which MariaDB can only write as DECIMAL(65,30).
    if (type == QLatin1String("YEAR"))
        return Column{name, Kind::Decimal, -1};
    if (type == QLatin1String("BOOLEAN"))
        return Column{name, Kind::Boolean};
    if (type == QLatin1String("TIMESTAMP") || type == QLatin1String("DATETIME"))
        return Column{name, Kind::DateTime};
    if (type == QLatin1String("BLOB"))
        return Column{name, Kind::Binary};
    if (type == QLatin1String("TEXT") || type.contains(QLatin1String("CHAR")))
        return Column{name, Kind::Text};
    return std::nullopt;
}

QString quoted(Engine e, const QString &name)
{
    return e == Engine::MariaDb ? QLatin1Char('`') + name + QLatin1Char('`') : QLatin1Char('"') + name + QLatin1Char('"');
}

QString qualified(const Db &d, const QString &table)
{
    return d.ns.isEmpty() ? quoted(d.engine, table) : quoted(d.engine, d.ns) + QLatin1Char('.') + quoted(d.engine, table);
}

QString asText(Engine e, const QString &sql)
{
    switch (e) {
    case Engine::Sqlite: return QStringLiteral("CAST(%1 AS TEXT)").arg(sql);
    case Engine::Postgres: return QStringLiteral("(%1)::text").arg(sql);
    case Engine::MariaDb: return QStringLiteral("CAST(%1 AS CHAR)").arg(sql);
    }
    return sql;
}

// The per-row values a column's checksum sums; each sum is exact in every engine (integers, exact
// decimals, lengths, code points, seconds since 1970).
QStringList summands(Engine e, const Column &c)
{
    const QString v = quoted(e, c.name);
    const bool sqlite = e == Engine::Sqlite;
    const bool pg = e == Engine::Postgres;
    switch (c.kind) {
    case Kind::Integer:
        return {v};
    case Kind::Boolean:
        return {pg ? v + QStringLiteral("::int") : v};
    case Kind::Decimal: // SQLite keeps decimals as doubles: sum them as whole multiples of 10^-scale
        return {sqlite && c.scale > 0 ? QStringLiteral("CAST(round(%1 * 1e%2) AS INTEGER)").arg(v).arg(c.scale) : v};
    case Kind::Text: // characters, and the code point of the first (NULL for an empty string)
        return {(sqlite ? QStringLiteral("length(%1)") : QStringLiteral("char_length(%1)")).arg(v),
                (sqlite ? QStringLiteral("unicode(%1)")
                 : pg   ? QStringLiteral("nullif(ascii(%1), 0)")
                        : QStringLiteral("nullif(ord(convert(%1 USING utf32)), 0)")).arg(v)};
    case Kind::Binary:
        return {(pg ? QStringLiteral("octet_length(%1)") : QStringLiteral("length(%1)")).arg(v)};
    case Kind::DateTime:
        return {(sqlite ? QStringLiteral("CAST(strftime('%s', %1) AS INTEGER)")
                 : pg   ? QStringLiteral("CAST(extract(epoch FROM %1) AS bigint)")
                        : QStringLiteral("timestampdiff(SECOND, '1970-01-01', %1)")).arg(v)};
    }
    return {};
}

// A decimal sum as exact text: SQLite's scaled integer gets its point back; an unconstrained
// decimal is compared without trailing fraction zeros (MariaDB writes it with scale 30).
QString decimalText(Engine e, const Column &c, QString text)
{
    if (e == Engine::Sqlite && c.scale > 0 && text != QLatin1String("NULL")) {
        const bool negative = text.startsWith(QLatin1Char('-'));
        QString digits = negative ? text.mid(1) : text;
        digits = digits.rightJustified(c.scale + 1, QLatin1Char('0'));
        text = (negative ? QStringLiteral("-") : QString()) + digits.left(digits.size() - c.scale) + QLatin1Char('.')
            + digits.right(c.scale);
    } else if (c.scale < 0 && text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

QList<QStringList> rows(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QList<QStringList> result;
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        if (error->isEmpty())
            *error = query.lastError().text() + QStringLiteral(" in: ") + sql;
        return result;
    }
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
        result << values;
    }
    return result;
}

// The catalog queries per engine. Columns: table, column (primary keys, in key order); table,
// constraint, column, referenced table, referenced column, ON DELETE, ON UPDATE (foreign keys).
QString tablesSql(const Db &d)
{
    return d.engine == Engine::Sqlite
        ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = '%1'").arg(d.ns);
}

QString primaryKeysSql(const Db &d)
{
    if (d.engine == Engine::Sqlite)
        return QStringLiteral("SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p "
                              "WHERE m.type = 'table' AND p.pk > 0 ORDER BY m.name, p.pk");
    return QStringLiteral(
               "SELECT k.table_name, k.column_name FROM information_schema.table_constraints c "
               "JOIN information_schema.key_column_usage k ON k.constraint_schema = c.constraint_schema "
               "AND k.constraint_name = c.constraint_name AND k.table_name = c.table_name "
               "WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = '%1' "
               "ORDER BY k.table_name, k.ordinal_position").arg(d.ns);
}

QString foreignKeysSql(const Db &d)
{
    switch (d.engine) {
    case Engine::Sqlite:
        return QStringLiteral("SELECT m.name, f.id, f.\"from\", f.\"table\", f.\"to\", f.on_delete, f.on_update "
                              "FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' "
                              "ORDER BY m.name, f.id, f.seq");
    case Engine::Postgres: {
        const QString rule = QStringLiteral("CASE %1 WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN "
                                            "'CASCADE' WHEN 'n' THEN 'SET NULL' ELSE 'SET DEFAULT' END");
        return QStringLiteral(
                   "SELECT t.relname, c.conname, a.attname, r.relname, ra.attname, %2, %3 FROM pg_constraint c "
                   "JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid "
                   "JOIN pg_namespace n ON n.oid = t.relnamespace "
                   "CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(col, refcol, ord) "
                   "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.col "
                   "JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = k.refcol "
                   "WHERE c.contype = 'f' AND n.nspname = '%1' ORDER BY 1, 2, k.ord")
            .arg(d.ns, rule.arg(QLatin1String("c.confdeltype")), rule.arg(QLatin1String("c.confupdtype")));
    }
    case Engine::MariaDb:
        return QStringLiteral(
                   "SELECT k.table_name, k.constraint_name, k.column_name, k.referenced_table_name, "
                   "k.referenced_column_name, r.delete_rule, r.update_rule FROM information_schema.key_column_usage k "
                   "JOIN information_schema.referential_constraints r ON r.constraint_schema = k.constraint_schema "
                   "AND r.constraint_name = k.constraint_name AND r.table_name = k.table_name "
                   "WHERE k.table_schema = '%1' AND k.referenced_table_name IS NOT NULL "
                   "ORDER BY k.table_name, k.constraint_name, k.ordinal_position").arg(d.ns);
    }
    return {};
}

Facts factsOf(const Db &d, const QList<Table> &schema)
{
    Facts facts;
    for (const QStringList &row : rows(d.db, tablesSql(d), &facts.error))
        facts.tables << row.value(0);
    facts.tables.sort();

    for (const Table &table : schema) {
        QStringList columns{QStringLiteral("count(*)")};
        for (const Column &column : table.columns) {
            columns << asText(d.engine, QStringLiteral("count(%1)").arg(quoted(d.engine, column.name)));
            for (const QString &summand : summands(d.engine, column))
                columns << asText(d.engine, QStringLiteral("sum(%1)").arg(summand));
        }
        const QString sql = QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), qualified(d, table.name));
        const QStringList values = rows(d.db, sql, &facts.error).value(0);
        if (values.size() != columns.size())
            continue;
        QStringList checksum{QStringLiteral("rows=") + values[0]};
        int i = 1;
        for (const Column &column : table.columns) {
            QString text = column.name + QStringLiteral(": ") + values[i++];
            for (qsizetype n = summands(d.engine, column).size(); n > 0; --n) {
                const QString sum = values[i++];
                text += QLatin1Char(' ') + (column.kind == Kind::Decimal ? decimalText(d.engine, column, sum) : sum);
            }
            checksum << text;
        }
        facts.checksums.insert(table.name, checksum);
    }

    for (const QStringList &row : rows(d.db, primaryKeysSql(d), &facts.error))
        facts.primaryKeys[row.value(0)] << row.value(1);

    // Rows of one constraint are adjacent and in column order; join them into one line per key.
    QString key;
    QStringList from, to;
    QStringList last;
    auto flush = [&] {
        if (!last.isEmpty())
            facts.foreignKeys << QStringLiteral("%1(%2) -> %3(%4) ON DELETE %5 ON UPDATE %6")
                                     .arg(last[0], from.join(QStringLiteral(", ")), last[3],
                                          to.join(QStringLiteral(", ")), last[5], last[6]);
        from.clear();
        to.clear();
    };
    for (const QStringList &row : rows(d.db, foreignKeysSql(d), &facts.error)) {
        if (row.size() != 7)
            break;
        if (row[0] + QLatin1Char('.') + row[1] != key)
            flush();
        key = row[0] + QLatin1Char('.') + row[1];
        from << row[2];
        to << row[4];
        last = row;
    }
    flush();
    facts.foreignKeys.sort();
    return facts;
}

} // namespace

class TestSampleMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sqliteToPostgres();
    void sqliteToMariaDb();
    void postgresToMariaDb();
    void mariaDbToPostgres();

private:
    // Runs barge copy SOURCE TARGET --mode replace --verify [extra] in a folder of its own and checks
    // that it exits 0 and leaves no rejects file.
    void copy(const QString &label, const QString &source, const QString &target, const QStringList &extra = {});
    // Checks everything in Facts, and the declared type of film.release_year (the YEAR column).
    void verify(const Db &target, const QString &releaseYearType);
    QString typeOf(const Db &d, const QString &table, const QString &column);

    Db pgDb(const QString &schema) const { return {Engine::Postgres, m_pg->database(), schema}; }
    Db myDb(const QString &database) const { return {Engine::MariaDb, m_my->database(), database}; }
    // URLs without the password (barge gets it from PGPASSWORD and MYSQL_PWD).
    QString sqliteUrl() const { return QStringLiteral("sqlite://") + m_sqlite; }
    QString pgUrl(const QString &schema) const
    {
        Endpoint e = m_pg->server();
        e.options.insert(QStringLiteral("schema"), schema);
        return e.toUrl();
    }
    QString myUrl(const QString &database) const
    {
        Endpoint e = m_my->endpoint();
        e.database = database;
        return e.toUrl();
    }

    QTemporaryDir m_dir;
    QString m_sqlite;                  // the decompressed Sakila
    QList<Table> m_schema;             // its tables and columns
    Facts m_expected;                  // its facts
    std::unique_ptr<PgFixture> m_pg;   // its schema is target 1 and source 3
    std::unique_ptr<MySqlFixture> m_my;
    QString m_pgNew;                   // target 4: a schema the writer has to create
    QString m_myFirst;                 // target 2 and source 4
    QString m_mySecond;                // target 3
};

void TestSampleMigration::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("BARGE_EXE")), "BARGE_EXE must name the built barge executable");
    QVERIFY(m_dir.isValid());
    const QString archive = qEnvironmentVariable("BARGE_SOURCE_DIR") + QStringLiteral("/tests/data/sakila.sqlite.xz");
    QVERIFY2(QFile::exists(archive), qPrintable(archive + QStringLiteral(" is missing")));
    m_sqlite = m_dir.filePath(QStringLiteral("sakila.sqlite"));
    QProcess xz;
    xz.setStandardOutputFile(m_sqlite);
    xz.start(QStringLiteral("xz"), {QStringLiteral("-dc"), archive});
    QVERIFY2(xz.waitForFinished(-1) && xz.exitStatus() == QProcess::NormalExit && xz.exitCode() == 0,
             qPrintable(QStringLiteral("xz -dc failed: ") + xz.errorString() + QString::fromUtf8(xz.readAllStandardError())));

    {
        barge::test::SqliteFixture sqlite(m_sqlite);
        QString error;
        const auto declared = rows(sqlite.database(), QStringLiteral(
            "SELECT m.name, p.name, p.type FROM sqlite_master m, pragma_table_info(m.name) p "
            "WHERE m.type = 'table' ORDER BY m.name, p.cid"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QStringList &row : declared) {
            if (m_schema.isEmpty() || m_schema.last().name != row[0])
                m_schema << Table{row[0], {}};
            const std::optional<Column> column = columnOf(row[1], row[2]);
            QVERIFY2(column, qPrintable(QStringLiteral("%1.%2: no checksum for type %3").arg(row[0], row[1], row[2])));
            m_schema.last().columns << *column;
        }
        m_expected = factsOf({Engine::Sqlite, sqlite.database(), QString()}, m_schema);
    }
    QVERIFY2(m_expected.error.isEmpty(), qPrintable(m_expected.error));
    QCOMPARE(m_expected.tables.size(), 16);
    QCOMPARE(m_expected.foreignKeys.size(), 22);
    qint64 total = 0;
    for (const QStringList &checksum : std::as_const(m_expected.checksums))
        total += checksum.first().mid(5).toLongLong();
    QCOMPARE(total, 47273);

    m_pg = std::make_unique<PgFixture>();
    if (!m_pg->isValid())
        QFAIL(qPrintable(m_pg->error()));
    m_my = std::make_unique<MySqlFixture>();
    if (!m_my->isOpen())
        QFAIL(qPrintable(m_my->error()));
    m_pgNew = barge::test::uniqueName(QStringLiteral("tst_sakila"));
    m_myFirst = barge::test::uniqueName(QStringLiteral("tst_sakila"));
    m_mySecond = barge::test::uniqueName(QStringLiteral("tst_sakila"));
    for (const QString &database : {m_myFirst, m_mySecond})
        QCOMPARE(m_my->exec(QStringLiteral("CREATE DATABASE `%1` CHARACTER SET utf8mb4").arg(database)), QString());
}

void TestSampleMigration::cleanupTestCase()
{
    if (m_my && m_my->isOpen()) {
        for (const QString &database : {m_myFirst, m_mySecond})
            m_my->exec(QStringLiteral("DROP DATABASE IF EXISTS `%1`").arg(database));
    }
    if (m_pg && m_pg->isValid())
        m_pg->exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_pgNew));
    m_pg.reset();
    m_my.reset();
}

void TestSampleMigration::copy(const QString &label, const QString &source, const QString &target,
                               const QStringList &extra)
{
    const QString work = m_dir.filePath(label);
    QVERIFY(QDir().mkpath(work));
    QProcess process;
    process.setWorkingDirectory(work); // the default rejects folder
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), m_pg->server().password);
    env.insert(QStringLiteral("MYSQL_PWD"), m_my->endpoint().password);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList arguments = QStringList{QStringLiteral("copy"), source, target,
                                              QStringLiteral("--mode"), QStringLiteral("replace"),
                                              QStringLiteral("--verify"), QStringLiteral("--quiet")} + extra;
    QElapsedTimer timer;
    timer.start();
    process.start(qEnvironmentVariable("BARGE_EXE"), arguments);
    const bool finished = process.waitForFinished(-1);
    if (!finished)
        process.kill();
    const QString output = QString::fromUtf8(process.readAll());
    qInfo("%s: barge %s took %.2f s", qPrintable(label), qPrintable(arguments.join(QLatin1Char(' '))),
          timer.nsecsElapsed() / 1e9);
    QVERIFY2(finished, qPrintable(QStringLiteral("barge did not finish in 300 s:\n") + output));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(QStringLiteral("exit code %1:\n%2").arg(process.exitCode()).arg(output)));
    // --verify compared every table's contents with the source's, key by key (all have keys).
    const int tables = int(output.count(QRegularExpression(QStringLiteral("  ok\\n"))));
    QVERIFY2(tables == 16 && output.count(QStringLiteral("    verified: ")) == tables, qPrintable(output));
    QDirIterator files(work, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString file = files.next();
        QVERIFY2(!file.contains(QLatin1String("rejects")), qPrintable(file));
    }
}

QString TestSampleMigration::typeOf(const Db &d, const QString &table, const QString &column)
{
    const QString sql = d.engine == Engine::Postgres
        ? QStringLiteral("SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                         "WHERE attrelid = '%1'::regclass AND attname = '%2'").arg(qualified(d, table), column)
        : QStringLiteral("SELECT column_type FROM information_schema.columns WHERE table_schema = '%1' "
                         "AND table_name = '%2' AND column_name = '%3'").arg(d.ns, table, column);
    QString error;
    const QString type = rows(d.db, sql, &error).value(0).value(0);
    return error.isEmpty() ? type : error;
}

void TestSampleMigration::verify(const Db &target, const QString &releaseYearType)
{
    const Facts got = factsOf(target, m_schema);
    QVERIFY2(got.error.isEmpty(), qPrintable(got.error));
    QCOMPARE(got.tables, m_expected.tables);
    for (const Table &table : std::as_const(m_schema)) {
        QCOMPARE(got.checksums.value(table.name), m_expected.checksums.value(table.name));
        QCOMPARE(got.primaryKeys.value(table.name), m_expected.primaryKeys.value(table.name));
    }
    QCOMPARE(got.foreignKeys, m_expected.foreignKeys);
    // The YEAR column stays a number, but an unconstrained decimal (docs/type-mapping.md, note 3).
    QCOMPARE(typeOf(target, QStringLiteral("film"), QStringLiteral("release_year")), releaseYearType);
}

void TestSampleMigration::sqliteToPostgres()
{
    copy(QStringLiteral("sqlite-to-postgres"), sqliteUrl(), pgUrl(m_pg->schema()));
    if (QTest::currentTestFailed())
        return;
    verify(pgDb(m_pg->schema()), QStringLiteral("numeric"));
}

void TestSampleMigration::sqliteToMariaDb()
{
    copy(QStringLiteral("sqlite-to-mariadb"), sqliteUrl(), myUrl(m_myFirst));
    if (QTest::currentTestFailed())
        return;
    verify(myDb(m_myFirst), QStringLiteral("decimal(65,30)"));
}

void TestSampleMigration::postgresToMariaDb()
{
    copy(QStringLiteral("postgres-to-mariadb"), pgUrl(m_pg->schema()), myUrl(m_mySecond),
         {QStringLiteral("--jobs"), QStringLiteral("2")});
    if (QTest::currentTestFailed())
        return;
    verify(myDb(m_mySecond), QStringLiteral("decimal(65,30)"));
}

void TestSampleMigration::mariaDbToPostgres()
{
    // Into a schema that does not exist yet: the writer creates it, with two tables at a time.
    copy(QStringLiteral("mariadb-to-postgres"), myUrl(m_myFirst), pgUrl(m_pgNew),
         {QStringLiteral("--jobs"), QStringLiteral("2")});
    if (QTest::currentTestFailed())
        return;
    verify(pgDb(m_pgNew), QStringLiteral("numeric(65,30)"));
}

QTEST_GUILESS_MAIN(TestSampleMigration)
#include "tst_samplemigration.moc"
