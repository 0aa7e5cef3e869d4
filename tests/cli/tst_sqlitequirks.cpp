// What the public SQLite files of the corpus (issue #11: Northwind, PROJ's proj.db) hold that SQLite
// allows and the other engines do not, restated in one small file, into PostgreSQL and MariaDB on the
// real servers: text that is not UTF-8, a type name SQLite reads as a number over text values, NULL
// in a primary key, composite keys of referencing text columns, keys sharing a column, a plain index
// over long text, rows without a parent, ON DELETE SET NULL on a NOT NULL column, and datetimes
// written with a zero fraction.

#include "bargelauncher.h"
#include "sqlprobe.h"
#include "testservers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace barge::test;

class TestSqliteQuirks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void intoEachServer_data();
    void intoEachServer();
    void rowsWithoutAParent_data();
    void rowsWithoutAParent();

private:
    QString target(const QString &kind, const QString &name) const
    {
        if (kind == QLatin1String("postgresql"))
            return QStringLiteral("postgresql://barge@127.0.0.1:%1/barge_test?schema=%2").arg(m_servers.pgPort).arg(name);
        return QStringLiteral("mysql://barge@127.0.0.1:%1/%2").arg(m_servers.mysqlPort).arg(name);
    }
    SqlProbe probe(const QString &kind) const
    {
        return kind == QLatin1String("postgresql") ? SqlProbe::postgres(QStringLiteral("127.0.0.1"), m_servers.pgPort, m_servers.password)
                                                   : SqlProbe::mariadb(QStringLiteral("127.0.0.1"), m_servers.mysqlPort, m_servers.password);
    }
    // An empty schema (PostgreSQL) or database (MariaDB) of that name.
    void freshTarget(const QString &kind, const QString &name);

    QTemporaryDir m_dir;
    TestServers m_servers;
    std::optional<BargeLauncher> m_barge;
};

void TestSqliteQuirks::initTestCase()
{
    const QString why = startCliTest(m_dir, &m_servers, &m_barge);
    if (!why.isEmpty())
        QFAIL(qPrintable(why));
    const SqlProbe lite = SqlProbe::sqlite(m_dir.filePath(QStringLiteral("quirks.db")));
    QCOMPARE(lite.exec({
                 // Northwind: text keys, a link table keyed by two referencing text columns.
                 QStringLiteral("CREATE TABLE Customers (CustomerID TEXT PRIMARY KEY, City TEXT)"),
                 QStringLiteral("CREATE TABLE Demographics (TypeID TEXT PRIMARY KEY, Descr TEXT)"),
                 QStringLiteral("CREATE TABLE CustomerDemo (CustomerID TEXT NOT NULL REFERENCES Customers, "
                                "TypeID TEXT NOT NULL REFERENCES Demographics, PRIMARY KEY (CustomerID, TypeID))"),
                 QStringLiteral("CREATE TABLE Orders (OrderID INTEGER PRIMARY KEY, CustomerID TEXT REFERENCES Customers, "
                                "OrderDate DATETIME, Ship TEXT)"),
                 QStringLiteral("INSERT INTO Customers VALUES ('ALFKI', 'Berlin'), ('BLAUS', CAST(x'4dfc6e6368656e' AS TEXT))"),
                 QStringLiteral("INSERT INTO Demographics VALUES ('GOLD', 'g')"),
                 QStringLiteral("INSERT INTO CustomerDemo VALUES ('ALFKI', 'GOLD')"),
                 QStringLiteral("INSERT INTO Orders VALUES (1, 'ALFKI', '1996-07-04 00:00:00.000', 'x'), "
                                "(2, 'ALFKI', '1996-07-05 10:11:12.500', 'y')"),
                 // proj.db: INTEGER_OR_TEXT codes holding text, referenced by columns holding numbers;
                 // two unique keys sharing auth_name; a plain index over four long text columns;
                 // NULL in a primary key of a rowid table.
                 QStringLiteral("CREATE TABLE unit (auth_name TEXT NOT NULL, code INTEGER_OR_TEXT NOT NULL, "
                                "PRIMARY KEY (auth_name, code))"),
                 QStringLiteral("CREATE TABLE axis (id INTEGER PRIMARY KEY, uom_auth_name TEXT, uom_code INTEGER_OR_TEXT, "
                                "FOREIGN KEY (uom_auth_name, uom_code) REFERENCES unit (auth_name, code))"),
                 QStringLiteral("INSERT INTO unit VALUES ('EPSG', 9001), ('PROJ', 'm')"),
                 QStringLiteral("INSERT INTO axis VALUES (1, 'EPSG', 9001), (2, 'PROJ', 'm')"),
                 QStringLiteral("CREATE TABLE mapping (name TEXT NOT NULL PRIMARY KEY, auth_name TEXT NOT NULL, "
                                "version TEXT NOT NULL, priority INTEGER NOT NULL, UNIQUE (auth_name, priority), "
                                "UNIQUE (auth_name, version))"),
                 QStringLiteral("INSERT INTO mapping VALUES ('IAU_2015', 'IAU', '2015', 1)"),
                 QStringLiteral("CREATE TABLE helmert (id INTEGER PRIMARY KEY, a TEXT, b TEXT, c TEXT, d TEXT)"),
                 QStringLiteral("CREATE INDEX helmert_idx ON helmert (a, b, c, d)"),
                 QStringLiteral("INSERT INTO helmert VALUES (1, 'EPSG', '4326', 'EPSG', '3857')"),
                 QStringLiteral("CREATE TABLE usage (auth_name TEXT, code TEXT, object TEXT, PRIMARY KEY (auth_name, code))"),
                 QStringLiteral("INSERT INTO usage VALUES (NULL, NULL, 'a'), (NULL, NULL, 'b'), ('EPSG', '1', 'c')"),
                 // dvdrental: ON DELETE SET NULL on a NOT NULL column.
                 QStringLiteral("CREATE TABLE rental (rental_id INTEGER PRIMARY KEY)"),
                 QStringLiteral("CREATE TABLE payment (payment_id INTEGER PRIMARY KEY, rental_id INTEGER NOT NULL "
                                "REFERENCES rental ON DELETE SET NULL ON UPDATE CASCADE)"),
                 QStringLiteral("INSERT INTO rental VALUES (1)"),
                 QStringLiteral("INSERT INTO payment VALUES (1, 1)"),
                 // An index name the target already uses for a table outside the run.
                 QStringLiteral("CREATE TABLE named (id INTEGER PRIMARY KEY, v TEXT)"),
                 QStringLiteral("CREATE INDEX shared_idx ON named (v)"),
                 QStringLiteral("INSERT INTO named VALUES (1, 'x')"),
             }),
             QString());
    // A wide table: twenty VARCHAR(1000) columns take 80,040 bytes in a MariaDB row, over 65,535.
    QStringList columns;
    QStringList values;
    for (int i = 1; i <= 20; ++i) {
        columns << QStringLiteral("c%1 VARCHAR(1000)").arg(i);
        values << QStringLiteral("'value %1'").arg(i);
    }
    QCOMPARE(lite.exec({QStringLiteral("CREATE TABLE wide (id INTEGER PRIMARY KEY, %1)").arg(columns.join(QStringLiteral(", "))),
                        QStringLiteral("INSERT INTO wide VALUES (1, %1)").arg(values.join(QStringLiteral(", ")))}),
             QString());
}

void TestSqliteQuirks::freshTarget(const QString &kind, const QString &name)
{
    const QString sql = kind == QLatin1String("postgresql") ? QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE") : QStringLiteral("DROP DATABASE IF EXISTS %1");
    QCOMPARE(probe(kind).exec({sql.arg(name)}), QString());
    if (kind == QLatin1String("mariadb"))
        QCOMPARE(probe(kind).exec({QStringLiteral("CREATE DATABASE %1").arg(name)}), QString());
}

void TestSqliteQuirks::intoEachServer_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
    QTest::newRow("mariadb") << QStringLiteral("mariadb");
}

void TestSqliteQuirks::intoEachServer()
{
    QFETCH(QString, kind);
    const SqlProbe server = probe(kind);
    freshTarget(kind, QStringLiteral("quirks"));
    if (kind == QLatin1String("postgresql")) // index names are per schema there
        QCOMPARE(server.exec({QStringLiteral("CREATE SCHEMA quirks"), QStringLiteral("CREATE TABLE quirks.other (v text)"),
                              QStringLiteral("CREATE INDEX shared_idx ON quirks.other (v)")}),
                 QString());
    const QString rejects = m_dir.filePath(kind);
    const BargeLauncher::Result result = m_barge->run({QStringLiteral("copy"), QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("quirks.db")),
                                                       target(kind, QStringLiteral("quirks")), QStringLiteral("--verify"),
                                                       QStringLiteral("--on-error"), QStringLiteral("skip"),
                                                       QStringLiteral("--rejects"), rejects});
    // One row rejected (the text that is not UTF-8); everything else written and verified.
    QVERIFY2(result.exitCode == 3, qPrintable(result.output));
    QVERIFY2(result.output.contains(QLatin1String("status: rejected, 18 rows written, 1 rejected")), qPrintable(result.output));
    QVERIFY2(!result.output.contains(QLatin1String("DIFFERENT")), qPrintable(result.output));
    QVERIFY2(!result.output.contains(QLatin1String("failed")), qPrintable(result.output));
    QVERIFY2(result.output.contains(QLatin1String("unit: column code is declared INTEGER_OR_TEXT, which SQLite's rules make "
                                                  "int64, but holds text: it is read as text")),
             qPrintable(result.output));
    QVERIFY2(result.output.contains(QLatin1String("usage: its primary key (auth_name, code) holds NULLs")), qPrintable(result.output));
    QFile file(rejects + QStringLiteral("/Customers.rejects.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString rejected = QString::fromUtf8(file.readAll());
    QVERIFY2(rejected.contains(QLatin1String("\\x4dfc6e6368656e,column City: the text is not UTF-8 (byte 0xfc at byte 2")),
             qPrintable(rejected));

    const bool pg = kind == QLatin1String("postgresql");
    const QString s = QStringLiteral("quirks.");
    const auto q = [pg](const char *name) { return (pg ? QStringLiteral("\"%1\"") : QStringLiteral("`%1`")).arg(QLatin1String(name)); };
    QCOMPARE(server.scalar(QStringLiteral("SELECT count(*) FROM %1%2").arg(s, q("usage"))), QStringLiteral("3"));
    QCOMPARE(server.scalar(QStringLiteral("SELECT code FROM %1unit WHERE auth_name = 'PROJ'").arg(s)), QStringLiteral("m"));
    QCOMPARE(server.scalar(QStringLiteral("SELECT count(*) FROM %1%2").arg(s, q("CustomerDemo"))), QStringLiteral("1"));
    // The foreign keys are there and hold: a row without its parent is refused.
    QVERIFY(server.scalar(QStringLiteral("INSERT INTO %1%2 VALUES ('NOPE', 'GOLD')").arg(s, q("CustomerDemo"))).startsWith(QLatin1String("ERROR: ")));
    QVERIFY(server.scalar(QStringLiteral("INSERT INTO %1axis VALUES (9, 'EPSG', 'nope')").arg(s)).startsWith(QLatin1String("ERROR: ")));
    QVERIFY(server.scalar(QStringLiteral("INSERT INTO %1payment VALUES (9, 7)").arg(s)).startsWith(QLatin1String("ERROR: ")));
    if (pg) { // the run's index took another name while planning, and the other table kept its own
        QCOMPARE(server.scalar(QStringLiteral("SELECT string_agg(tablename || '.' || indexname, ' ' ORDER BY indexname) FROM pg_indexes "
                                              "WHERE schemaname = 'quirks' AND indexname LIKE '%shared_idx'")),
                 QStringLiteral("named.named_shared_idx other.shared_idx"));
    }
    if (!pg) {
        QVERIFY2(result.output.contains(QLatin1String("payment: the foreign key")) && result.output.contains(QLatin1String("without ON DELETE SET NULL")),
                 qPrintable(result.output));
        // Both keys sharing auth_name fit, each column sized from what the source holds.
        QCOMPARE(server.scalar(QStringLiteral("SELECT count(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = 'quirks' "
                                              "AND TABLE_NAME = 'mapping' AND NON_UNIQUE = 0")),
                 QStringLiteral("5"));
        QCOMPARE(server.scalar(QStringLiteral("SELECT count(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = 'quirks' "
                                              "AND TABLE_NAME = 'helmert' AND INDEX_NAME = 'helmert_idx'")),
                 QStringLiteral("4"));
        // The widest columns became LONGTEXT until the row fit, each noted in the plan.
        QVERIFY2(result.output.contains(QLatin1String("wide: column c1 is created LONGTEXT rather than VARCHAR(1000): the row would "
                                                      "take more than MariaDB's 65535 bytes (80048 bytes as declared)")),
                 qPrintable(result.output));
        QCOMPARE(server.scalar(QStringLiteral("SELECT count(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = 'quirks' "
                                              "AND TABLE_NAME = 'wide' AND DATA_TYPE = 'longtext'")),
                 QStringLiteral("4"));
        QCOMPARE(server.scalar(QStringLiteral("SELECT c20 FROM quirks.wide")), QStringLiteral("value 20"));
    }
}

void TestSqliteQuirks::rowsWithoutAParent_data()
{
    intoEachServer_data();
}

// A foreign key the rows break is not added, on MariaDB as on PostgreSQL, and the message says
// how many rows and which first.
void TestSqliteQuirks::rowsWithoutAParent()
{
    QFETCH(QString, kind);
    const SqlProbe lite = SqlProbe::sqlite(m_dir.filePath(QStringLiteral("orphans.db")));
    QCOMPARE(lite.exec({QStringLiteral("CREATE TABLE IF NOT EXISTS parent (id INTEGER PRIMARY KEY)"),
                        QStringLiteral("CREATE TABLE IF NOT EXISTS child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent)"),
                        QStringLiteral("DELETE FROM child"), QStringLiteral("DELETE FROM parent"),
                        QStringLiteral("INSERT INTO parent VALUES (1)"),
                        QStringLiteral("INSERT INTO child VALUES (1, 1), (2, 9), (3, 9), (4, NULL)")}),
             QString());
    freshTarget(kind, QStringLiteral("orphans"));
    const BargeLauncher::Result result = m_barge->run({QStringLiteral("copy"), QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("orphans.db")),
                                                       target(kind, QStringLiteral("orphans"))});
    QVERIFY2(result.exitCode == 1, qPrintable(result.output));
    QVERIFY2(result.output.contains(QLatin1String("foreign keys not added")), qPrintable(result.output));
    if (kind == QLatin1String("mariadb"))
        QVERIFY2(result.output.contains(QLatin1String("2 rows of child without a row in parent (the first: parent_id=9)")), qPrintable(result.output));
    else
        QVERIFY2(result.output.contains(QLatin1String("Key (parent_id)=(9) is not present")), qPrintable(result.output));
}

QTEST_GUILESS_MAIN(TestSqliteQuirks)
#include "tst_sqlitequirks.moc"
