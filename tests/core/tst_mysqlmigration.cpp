// The whole engine with MariaDB on either side (scripts/servers.sh): SQLite -> MariaDB and
// MariaDB -> SQLite planned and run by Planner and MigrationEngine, every value checked.

#include "engine/migrationengine.h"
#include "engine/planner.h"
#include "mysqlfixture.h"
#include "sqlitefixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace barge;
using barge::test::MySqlFixture;

class TestMySqlMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void migratesSqliteIntoMariaDb();
    void migratesMariaDbIntoSqliteWithRejects();

private:
    std::unique_ptr<MySqlFixture> m_db;
};

void TestMySqlMigration::initTestCase()
{
    m_db = std::make_unique<MySqlFixture>();
    if (!m_db->isOpen())
        QFAIL(qPrintable(m_db->error()));
}

void TestMySqlMigration::cleanupTestCase()
{
    m_db.reset();
}

void TestMySqlMigration::migratesSqliteIntoMariaDb()
{
    QTemporaryDir dir;
    const QString name = m_db->table("items");
    {
        barge::test::SqliteFixture source(dir.filePath("source.db"));
        QCOMPARE(source.exec(QStringLiteral(
                     "CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT NOT NULL, price NUMERIC(10,2), "
                     "weight REAL, big INTEGER, born DATE, data BLOB, flag BOOLEAN, at DATETIME);\n"
                     "INSERT INTO %1 VALUES (1, 'Zoë \"quoted\", comma \\ back', 12.5, 0.1, 9223372036854775807, "
                     "'1969-07-20', x'00ff5c27', 1, '2024-02-29 10:00:00.5');\n"
                     "INSERT INTO %1 VALUES (2, '', NULL, -1e300, -9223372036854775808, NULL, x'', 0, NULL);\n"
                     "INSERT INTO %1 VALUES (0, '😀 emoji', 0.01, NULL, 0, '2024-02-29', NULL, NULL, NULL)")
                                 .arg(name)),
                 QString());
    }
    QString error;
    PlanRequest request;
    request.source = *Endpoint::parse("sqlite://" + dir.filePath("source.db"), &error);
    request.target = m_db->endpoint();
    request.options.rejectsDir = dir.path();
    request.mode = TableMode::Replace;
    Plan plan;
    QVERIFY2(Planner::build(request, &plan, &error), qPrintable(error));
    MigrationEngine engine;
    QSignalSpy finished(&engine, &MigrationEngine::finished);
    engine.start(plan);
    QVERIFY(finished.wait(60000));
    const Report report = finished.first().first().value<Report>();
    QCOMPARE(report.tables.size(), 1);
    QVERIFY2(report.status == RunStatus::Ok, qPrintable(report.tables[0].error));
    QCOMPARE(report.tables[0].written, 3);

    const auto value = [&](const char *expression, int id) {
        return m_db->scalar(QStringLiteral("SELECT %1 FROM `%2` WHERE id = %3").arg(QLatin1String(expression), name).arg(id));
    };
    QCOMPARE(value("name", 1).toString(), QStringLiteral("Zoë \"quoted\", comma \\ back"));
    QCOMPARE(value("name IS NOT NULL AND name = ''", 2).toInt(), 1);
    QCOMPARE(value("name", 0).toString(), QStringLiteral("😀 emoji")); // id 0 stays 0 despite AUTO_INCREMENT
    QCOMPARE(value("CAST(price AS CHAR)", 1).toString(), QStringLiteral("12.50"));
    QVERIFY(value("price", 2).isNull());
    QCOMPARE(value("weight", 1).toDouble(), 0.1);
    QCOMPARE(value("weight", 2).toDouble(), -1e300);
    QCOMPARE(value("CAST(big AS CHAR)", 1).toString(), QStringLiteral("9223372036854775807"));
    QCOMPARE(value("CAST(big AS CHAR)", 2).toString(), QStringLiteral("-9223372036854775808"));
    QCOMPARE(value("hex(data)", 1).toString(), QStringLiteral("00FF5C27"));
    QCOMPARE(value("data IS NOT NULL AND length(data) = 0", 2).toInt(), 1);
    QCOMPARE(value("CAST(born AS CHAR)", 1).toString(), QStringLiteral("1969-07-20"));
    QCOMPARE(value("flag", 1).toInt(), 1);
    QCOMPARE(value("CAST(at AS CHAR)", 1).toString(), QStringLiteral("2024-02-29 10:00:00.500000"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                                   "AND TABLE_NAME = '%1' AND COLUMN_NAME = 'name' AND IS_NULLABLE = 'NO'").arg(name))
                 .toInt(),
             1);
}

void TestMySqlMigration::migratesMariaDbIntoSqliteWithRejects()
{
    const QString name = m_db->table("orders");
    QCOMPARE(m_db->exec(QStringLiteral("CREATE TABLE `%1` (id int PRIMARY KEY, total decimal(12,2), at datetime(6), "
                                       "note varchar(20), data blob)").arg(name)),
             QString());
    QCOMPARE(m_db->exec(QStringLiteral("INSERT INTO `%1` WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                       "FROM n WHERE i < 25000) SELECT i, i / 100, '2024-01-01 10:00:00.25' + "
                                       "INTERVAL i SECOND, concat('😀 ', i), unhex(hex(i)) FROM n").arg(name)),
             QString());
    QCOMPARE(m_db->exec("SET sql_mode = ''"), QString());
    QCOMPARE(m_db->exec(QStringLiteral("UPDATE `%1` SET at = '0000-00-00' WHERE id = 777").arg(name)), QString());
    QCOMPARE(m_db->exec("SET sql_mode = 'STRICT_ALL_TABLES'"), QString());

    QTemporaryDir dir;
    QString error;
    PlanRequest request;
    request.source = m_db->endpoint();
    request.target = *Endpoint::parse("sqlite://" + dir.filePath("target.db"), &error);
    request.tables << TableSelection{name, QString()};
    request.options.rejectsDir = dir.path();
    request.options.onError = OnError::Skip;
    Plan plan;
    QVERIFY2(Planner::build(request, &plan, &error), qPrintable(error));
    MigrationEngine engine;
    QSignalSpy finished(&engine, &MigrationEngine::finished);
    engine.start(plan);
    QVERIFY(finished.wait(60000));
    const Report report = finished.first().first().value<Report>();
    QCOMPARE(report.tables.size(), 1);
    QCOMPARE(report.status, RunStatus::Rejected);
    QCOMPARE(report.tables[0].read, 25000);
    QCOMPARE(report.tables[0].written, 24999);
    QCOMPARE(report.tables[0].rejected, 1);
    QFile rejects(report.tables[0].rejectsFile);
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(rejects.readAll());
    QVERIFY2(text.contains("zero date") && text.contains(name + " row 777"), qPrintable(text));

    barge::test::SqliteFixture check(dir.filePath("target.db"));
    const auto value = [&](const QString &sql) { return check.scalar(sql.arg(name)); };
    QCOMPARE(value("SELECT count(*) FROM \"%1\"").toInt(), 24999);
    QCOMPARE(value("SELECT total FROM \"%1\" WHERE id = 12345").toString(), QStringLiteral("123.45"));
    QCOMPARE(value("SELECT at FROM \"%1\" WHERE id = 1").toString(), QStringLiteral("2024-01-01 10:00:01.25"));
    QCOMPARE(value("SELECT note FROM \"%1\" WHERE id = 25000").toString(), QStringLiteral("😀 25000"));
    QCOMPARE(value("SELECT hex(data) FROM \"%1\" WHERE id = 255").toString(), QStringLiteral("FF"));
    QCOMPARE(value("SELECT count(*) FROM \"%1\" WHERE id = 777").toInt(), 0);
}

QTEST_GUILESS_MAIN(TestMySqlMigration)
#include "tst_mysqlmigration.moc"
