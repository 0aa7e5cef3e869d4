// barge sync (issue #16) on the throwaway servers (scripts/servers.sh): a table copied, then the
// source changes (updates, inserts, deletes, a changed key, a parent deleted with its children,
// renamed parents the target's foreign keys point at). SyncDiff finds exactly those rows from key
// group checksums computed where the rows are (SQLite's registered function, PostgreSQL's own hash
// functions, MariaDB's CRC32/CRC32C, MD5 between MariaDB and PostgreSQL), the run merges only them
// and deletes the rows the source lost, children first; afterwards the target equals the source
// by the Verifier, and a second sync finds nothing to do.

#include "engine/migrationengine.h"
#include "engine/planner.h"
#include "engine/syncdiff.h"
#include "engine/verifier.h"
#include "enginerun.h"
#include "mysqlfixture.h"
#include "pgfixture.h"
#include "sqlitefixture.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace barge;

namespace {

Report run(const Plan &plan)
{
    return test::runPlan(plan);
}

using test::tableReport;

// Every table of the plan compared; false (with the reason in *error) when one cannot be.
bool diffAll(const Plan &plan, QList<SyncDiff> *diffs, QString *error)
{
    std::atomic<bool> cancel{false};
    diffs->clear();
    for (int i = 0; i < plan.tables.size(); ++i) {
        SyncDiff diff;
        if (!SyncDiff::compute(plan, i, &cancel, &diff, error))
            return false;
        *diffs << diff;
    }
    return true;
}

QString keys(const QList<QStringList> &list)
{
    QStringList texts;
    for (const QStringList &key : list)
        texts << key.join(u',');
    return texts.join(u' ');
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void syncRepairsChangedSource_data();
    void syncRepairsChangedSource();
    void caseInsensitiveKeyIsNotDeleted();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::PgFixture> m_pg;
    std::unique_ptr<test::MySqlFixture> m_my;
};

void TestSync::initTestCase()
{
    m_pg = std::make_unique<test::PgFixture>();
    QVERIFY2(m_pg->isValid(), qPrintable(m_pg->error()));
    m_my = std::make_unique<test::MySqlFixture>();
    QVERIFY2(m_my->isOpen(), qPrintable(m_my->error()));
}

void TestSync::cleanupTestCase()
{
    m_pg.reset();
    m_my.reset();
}

void TestSync::syncRepairsChangedSource_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("how"); // the hash both sides agree on
    QTest::newRow("sqlite to sqlite") << QStringLiteral("sqlite") << QStringLiteral("sqlite")
                                      << QStringLiteral("PostgreSQL's hash functions");
    QTest::newRow("sqlite to postgresql") << QStringLiteral("sqlite") << QStringLiteral("postgresql")
                                          << QStringLiteral("PostgreSQL's hash functions");
    QTest::newRow("sqlite to mariadb") << QStringLiteral("sqlite") << QStringLiteral("mariadb")
                                       << QStringLiteral("CRC32+CRC32C");
    QTest::newRow("mariadb to postgresql") << QStringLiteral("mariadb") << QStringLiteral("postgresql")
                                           << QStringLiteral("MD5");
}

void TestSync::syncRepairsChangedSource()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(QString, how);
    static int round = 0;
    ++round;
    const QString parent = m_my->table(QStringLiteral("sparent%1").arg(round));
    const QString child = m_my->table(QStringLiteral("schild%1").arg(round));
    const QString sqlitePath = m_dir.filePath(QStringLiteral("source%1.db").arg(round));
    test::SqliteFixture sqlite(sqlitePath);
    QCOMPARE(sqlite.exec(QStringLiteral(
                 "CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
                 "CREATE TABLE %2 (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES %1(id), "
                 "qty INTEGER, note TEXT, amount NUMERIC(10,2), ratio REAL, seen TIMESTAMP);\n"
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40) "
                 "INSERT INTO %1 SELECT i, 'parent ' || i FROM n;\n"
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                 "INSERT INTO %2 SELECT i, 1 + i % 40, i * 7, "
                 "CASE WHEN i IN (1001, 1002) THEN 'open' WHEN i % 9 = 0 THEN NULL ELSE 'note ' || i END, "
                 "i / 4.0, i / 3.0, '2024-01-02 03:04:' || substr('0' || (i % 60), -2) || CASE WHEN i % 2 = 0 THEN '.5' ELSE '' END "
                 "FROM n")
                             .arg(parent, child)),
             QString());
    QString error;
    Endpoint sqliteEndpoint = *Endpoint::parse(QStringLiteral("sqlite://") + sqlitePath, &error);
    const auto endpointOf = [&](const QString &kind) {
        if (kind == QLatin1String("postgresql"))
            return m_pg->endpoint();
        if (kind == QLatin1String("mariadb"))
            return m_my->endpoint();
        return *Endpoint::parse(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("target%1.db").arg(round)), &error);
    };
    PlanRequest request;
    request.tables = {TableSelection{parent, parent}, TableSelection{child, child}};
    request.options.rejectsDir = m_dir.path();
    request.mode = TableMode::Replace;
    Plan plan;
    if (source != QLatin1String("sqlite")) {
        // The source itself loaded from the SQLite file first.
        request.source = sqliteEndpoint;
        request.target = endpointOf(source);
        QVERIFY2(Planner::build(request, &plan, &error), qPrintable(error));
        QCOMPARE(run(plan).status, RunStatus::Ok);
    }
    request.source = source == QLatin1String("sqlite") ? sqliteEndpoint : endpointOf(source);
    request.target = endpointOf(target);
    QVERIFY2(Planner::build(request, &plan, &error), qPrintable(error));
    Report report = run(plan);
    QVERIFY2(report.status == RunStatus::Ok, qPrintable(report.tables.value(0).error + report.tables.value(1).error));

    // Right after the copy both sides hash every row alike: no group differs.
    request.mode = TableMode::Merge;
    QVERIFY2(Planner::build(request, &plan, &error), qPrintable(error));
    QList<SyncDiff> diffs;
    QVERIFY2(diffAll(plan, &diffs, &error), qPrintable(error));
    QCOMPARE(diffs.size(), 2);
    QVERIFY2(diffs.at(1).how.contains(how), qPrintable(diffs.at(1).how));
    for (const SyncDiff &diff : std::as_const(diffs)) {
        QVERIFY2(diff.identical(), qPrintable(diff.table + QStringLiteral(": ") + diff.summary(true)));
        QCOMPARE(diff.differingGroups, 0);
    }
    QCOMPARE(diffs.at(1).unchanged, 3000);

    // The source goes on. Children: 102 updated (ids 1, 31, ..., 2971 but the deleted 2011, and 2;
    // 1001 and 1002, in one key group, both from 'open' to 'shipped': a change that cancels out
    // when a group's row hashes are XORed),
    // one key changed (3 becomes 5000), 30 deleted, the 75 of parent 40 deleted with it, 49 new
    // (3001..3050 but 3040, parent 40 being gone).
    // Parents: 5 renamed, 40 deleted, 41 new.
    const QString changes = QStringLiteral(
        "UPDATE %2 SET note = CONCAT('changed ', id), qty = qty + 1 WHERE id % 30 = 1;\n"
        "UPDATE %2 SET amount = NULL WHERE id = 2;\n"
        "UPDATE %2 SET note = 'shipped' WHERE id IN (1001, 1002);\n"
        "UPDATE %2 SET id = 5000 WHERE id = 3;\n"
        "DELETE FROM %2 WHERE id BETWEEN 2001 AND 2030;\n"
        "DELETE FROM %2 WHERE parent_id = 40;\n"
        "DELETE FROM %1 WHERE id = 40;\n"
        "UPDATE %1 SET name = CONCAT('renamed ', id) WHERE id <= 5;\n"
        "INSERT INTO %1 VALUES (41, 'parent 41');\n"
        "INSERT INTO %2 (id, parent_id, qty, note, amount, ratio, seen) SELECT id + 3000, 41, id, 'new', 1.25, 0.1, NULL "
        "FROM %1 WHERE id <= 41 UNION ALL SELECT id + 3041, 41, id, 'new', 1.25, 0.1, NULL FROM %1 WHERE id <= 9")
                                .arg(parent, child);
    if (source == QLatin1String("sqlite")) {
        // SQLite before 3.44 has no CONCAT.
        QString statements = changes;
        statements.replace(QLatin1String("CONCAT('renamed ', id)"), QLatin1String("'renamed ' || id"))
            .replace(QLatin1String("CONCAT('changed ', id)"), QLatin1String("'changed ' || id"));
        QCOMPARE(sqlite.exec(statements), QString());
    } else {
        QSqlQuery query(m_my->database());
        for (const QString &statement : changes.split(QStringLiteral(";\n")))
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
    }
    QVERIFY2(diffAll(plan, &diffs, &error), qPrintable(error));
    const SyncDiff &parents = diffs.at(0);
    const SyncDiff &children = diffs.at(1);
    QCOMPARE(keys(parents.inserts), QStringLiteral("41"));
    QCOMPARE(keys(parents.updates), QStringLiteral("1 2 3 4 5"));
    QCOMPARE(keys(parents.remove), QStringLiteral("40"));
    QCOMPARE(parents.unchanged, 34);
    QCOMPARE(children.inserts.size(), 50); // 3001..3050 but 3040, and 5000
    QCOMPARE(children.inserts.last(), QStringList{QStringLiteral("5000")});
    QCOMPARE(children.updates.size(), 102);
    QCOMPARE(children.remove.size(), 1 + 30 + 75);
    QCOMPARE(children.sourceRows, 3000 - 30 - 75 + 49);
    QCOMPARE(children.unchanged, 3000 - 30 - 75 + 49 - 50 - 102);
    QCOMPARE(children.targetRows, 3000);

    // The run: only those rows read and merged, then the deletes, children first.
    Plan repair = plan;
    SyncDiff::restrict(&repair, diffs);
    report = run(repair);
    SyncDiff::finish(plan, diffs, true, &report);
    QVERIFY2(report.status == RunStatus::Ok, qPrintable(report.tables.value(0).error + report.tables.value(1).error));
    const TableReport *childReport = tableReport(report, child);
    QVERIFY(childReport && childReport->synced);
    QCOMPARE(childReport->read, 152); // the source rows named, no other
    QCOMPARE(childReport->inserted, 50);
    QCOMPARE(childReport->updated, 102);
    QCOMPARE(childReport->deleted, 106);
    QCOMPARE(childReport->unchanged, 2792);
    QCOMPARE(tableReport(report, parent)->deleted, 1);

    // Equal by the Verifier, and nothing left for a second sync.
    std::atomic<bool> cancel{false};
    for (int i = 0; i < plan.tables.size(); ++i) {
        Verifier::Result result;
        QVERIFY2(Verifier::verify(plan, i, &cancel, &result, &error), qPrintable(error));
        QVERIFY2(result.equal(), qPrintable(result.summary()));
    }
    QVERIFY2(diffAll(plan, &diffs, &error), qPrintable(error));
    QVERIFY2(diffs.at(0).identical() && diffs.at(1).identical(), qPrintable(diffs.at(1).summary(true)));
    QCOMPARE(diffs.at(1).unchanged, 2944);
}

// A MariaDB table whose text key compares without case: the source's 'ABC' is the target's 'abc'
// to the server. The sync finds 'ABC' new and 'abc' gone; the merge updates that row (the server
// keeps its key's spelling), and the delete of 'abc' leaves it alone because the source has it in
// another spelling. Only 'gone' is deleted; nothing the source has is lost.
void TestSync::caseInsensitiveKeyIsNotDeleted()
{
    const QString table = m_my->table(QStringLiteral("codes"));
    QSqlQuery query(m_my->database());
    QVERIFY2(query.exec(QStringLiteral("CREATE TABLE %1 (code VARCHAR(10) COLLATE utf8mb4_general_ci PRIMARY KEY, "
                                       "label VARCHAR(20) NOT NULL)").arg(table)),
             qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO %1 VALUES ('abc', 'first'), ('gone', 'old')").arg(table)));
    const QString sqlitePath = m_dir.filePath(QStringLiteral("codes.db"));
    test::SqliteFixture sqlite(sqlitePath);
    QCOMPARE(sqlite.exec(QStringLiteral("CREATE TABLE %1 (code TEXT PRIMARY KEY, label TEXT NOT NULL);\n"
                                        "INSERT INTO %1 VALUES ('ABC', 'first')").arg(table)),
             QString());
    QString error;
    PlanRequest request;
    request.source = *Endpoint::parse(QStringLiteral("sqlite://") + sqlitePath, &error);
    request.target = m_my->endpoint();
    request.tables = {TableSelection{table, table}};
    request.options.rejectsDir = m_dir.path();
    request.mode = TableMode::Merge;
    Plan plan;
    QVERIFY2(Planner::build(request, &plan, &error), qPrintable(error));
    QList<SyncDiff> diffs;
    QVERIFY2(diffAll(plan, &diffs, &error), qPrintable(error));
    QCOMPARE(keys(diffs.at(0).inserts), QStringLiteral("ABC"));
    QCOMPARE(keys(diffs.at(0).remove), QStringLiteral("abc gone"));
    Plan repair = plan;
    SyncDiff::restrict(&repair, diffs);
    Report report = run(repair);
    SyncDiff::finish(plan, diffs, true, &report);
    QVERIFY2(report.status == RunStatus::Ok, qPrintable(report.tables.value(0).error));
    QCOMPARE(report.tables.value(0).deleted, 1); // 'gone' only
    QVERIFY(query.exec(QStringLiteral("SELECT code, label FROM %1 ORDER BY code").arg(table)));
    QStringList rows;
    while (query.next())
        rows << query.value(0).toString() + u'=' + query.value(1).toString();
    QCOMPARE(rows, QStringList{QStringLiteral("abc=first")});
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
