// MigrationEngine end to end on real SQLite and CSV files: values, progress, rejects, abort, cancel.

#include "engine/migrationengine.h"
#include "engine/planner.h"
#include "io/connectionreuse.h"
#include "io/sqlite/sqlitehandle.h"
#include "sqlitefixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace barge;
using barge::test::SqliteFixture;

class TestMigrationEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void copiesEveryValue();
    void reportsProgressAndKeepsTheInvariant();
    void skipWritesRejectsWithReasonAndOrigin();
    void abortStopsAtFirstBadRowAndKeepsEarlierRows();
    void targetConstraintRejectsOnlyTheOffendingRows();
    void cancelLeavesTargetAsReported();
    void runsTablesInParallel();
    void verifyComparesTheTargetsOwnCount();
    void parallelTablesShareOneSqliteTarget();
    void sqliteShortcutHandsOverAtTheFirstRowThatNeedsWork();
    void sqliteShortcutHandsOverWhenTheTargetRefuses();
    void createdTablesGetIndexesForeignKeysAndDefaults();
    void keepsSqliteHandlesBetweenTables();

private:
    Plan plan(const QString &sourceUrl, const QString &targetUrl, OnError onError = OnError::Abort,
              std::optional<TableMode> mode = std::nullopt);
    Report run(const Plan &plan, MigrationEngine *engine = nullptr);
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMigrationEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Plan TestMigrationEngine::plan(const QString &sourceUrl, const QString &targetUrl, OnError onError,
                               std::optional<TableMode> mode)
{
    QString error;
    PlanRequest request;
    request.source = *Endpoint::parse(sourceUrl, &error);
    request.target = *Endpoint::parse(targetUrl, &error);
    request.options.onError = onError;
    request.options.rejectsDir = m_dir->path();
    request.options.batchSize = 1000;
    request.mode = mode;
    Plan result;
    if (!Planner::build(request, &result, &error))
        qWarning() << "plan failed:" << error;
    return result;
}

Report TestMigrationEngine::run(const Plan &plan, MigrationEngine *engine)
{
    MigrationEngine local;
    MigrationEngine *e = engine ? engine : &local;
    QSignalSpy finished(e, &MigrationEngine::finished);
    e->start(plan);
    if (!finished.wait(60000))
        return Report();
    return finished.first().first().value<Report>();
}

void TestMigrationEngine::copiesEveryValue()
{
    {
        SqliteFixture source(path("source.db"));
        QCOMPARE(source.exec(QStringLiteral(
                     "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, price NUMERIC(10,2), "
                     "weight REAL, big INTEGER, born DATE, data BLOB, flag BOOLEAN);\n"
                     "INSERT INTO items VALUES (1, 'Zoë \"quoted\", comma', 12.5, 0.1, 9223372036854775807, "
                     "'1969-07-20', x'00ff10', 1);\n"
                     "INSERT INTO items VALUES (2, '', NULL, -1e300, -9223372036854775808, NULL, x'', 0);\n"
                     "INSERT INTO items VALUES (3, '😀 emoji', 0.01, NULL, 0, '2024-02-29', NULL, NULL)")),
                 QString());
    }
    const Report report = run(plan("sqlite://" + path("source.db"), "sqlite://" + path("target.db")));
    QCOMPARE(runStatusName(report.status), QStringLiteral("ok"));
    QCOMPARE(report.tables.size(), 1);
    QCOMPARE(report.tables[0].written, 3);

    SqliteFixture check(path("target.db"));
    QCOMPARE(check.scalar("SELECT count(*) FROM items").toInt(), 3);
    QCOMPARE(check.scalar("SELECT name FROM items WHERE id = 1").toString(), QStringLiteral("Zoë \"quoted\", comma"));
    QCOMPARE(check.scalar("SELECT name IS NOT NULL AND name = '' FROM items WHERE id = 2").toInt(), 1);
    QCOMPARE(check.scalar("SELECT price IS NULL FROM items WHERE id = 2").toInt(), 1);
    QCOMPARE(check.scalar("SELECT weight FROM items WHERE id = 1").toDouble(), 0.1);
    QCOMPARE(check.scalar("SELECT weight FROM items WHERE id = 2").toDouble(), -1e300);
    QCOMPARE(check.scalar("SELECT big FROM items WHERE id = 1").toLongLong(), std::numeric_limits<qint64>::max());
    QCOMPARE(check.scalar("SELECT big FROM items WHERE id = 2").toLongLong(), std::numeric_limits<qint64>::min());
    QCOMPARE(check.scalar("SELECT hex(data) FROM items WHERE id = 1").toString(), QStringLiteral("00FF10"));
    QCOMPARE(check.scalar("SELECT typeof(data) FROM items WHERE id = 2").toString(), QStringLiteral("blob"));
    QCOMPARE(check.scalar("SELECT name FROM items WHERE id = 3").toString(), QStringLiteral("😀 emoji"));
    QCOMPARE(check.scalar("SELECT born FROM items WHERE id = 1").toString(), QStringLiteral("1969-07-20"));
    QCOMPARE(check.scalar("SELECT sum(price) FROM items").toDouble(), 12.51);
    // Keys and NOT NULL survive into the created table.
    QCOMPARE(check.scalar("SELECT pk FROM pragma_table_info('items') WHERE name = 'id'").toInt(), 1);
    QCOMPARE(check.scalar("SELECT \"notnull\" FROM pragma_table_info('items') WHERE name = 'name'").toInt(), 1);
}

void TestMigrationEngine::reportsProgressAndKeepsTheInvariant()
{
    {
        SqliteFixture source(path("source.db"));
        QCOMPARE(source.exec(QStringLiteral(
                     "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);\n"
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000) "
                     "INSERT INTO t SELECT i, 'value ' || i FROM n")),
                 QString());
    }
    MigrationEngine engine;
    QSignalSpy progress(&engine, &MigrationEngine::progressChanged);
    QSignalSpy started(&engine, &MigrationEngine::tableStarted);
    const Report report = run(plan("sqlite://" + path("source.db"), "sqlite://" + path("target.db")), &engine);
    QCOMPARE(report.status, RunStatus::Ok);
    QCOMPARE(started.size(), 1);
    QVERIFY(progress.size() >= 1);
    const Progress last = progress.last().first().value<Progress>();
    QCOMPARE(last.read(), 50000);
    QCOMPARE(last.tables[0].totalRows, 50000);
    for (const TableReport &t : report.tables)
        QCOMPARE(t.read, t.written + t.rejected);
    QVERIFY(report.toJson().contains("\"written\": 50000"));
}

void TestMigrationEngine::skipWritesRejectsWithReasonAndOrigin()
{
    QFile csv(path("people.csv"));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("id,age,name\n1,30,Ann\n2,31,Bob\n3,32\n4,33,Dan\n");
    csv.close();
    Plan p = plan("csv://" + path("people.csv"), "sqlite://" + path("target.db"), OnError::Skip);
    QCOMPARE(p.tables.size(), 1);
    const Report report = run(p);
    QCOMPARE(report.status, RunStatus::Rejected);
    QCOMPARE(report.exitCode(), 3);
    QCOMPARE(report.tables[0].read, 4);
    QCOMPARE(report.tables[0].written, 3);
    QCOMPARE(report.tables[0].rejected, 1);
    QFile rejects(report.tables[0].rejectsFile);
    QVERIFY2(rejects.open(QIODevice::ReadOnly), qPrintable(report.tables[0].rejectsFile));
    const QString text = QString::fromUtf8(rejects.readAll());
    QVERIFY2(text.startsWith("id,age,name,_error,_origin\n"), qPrintable(text));
    QVERIFY2(text.contains("expected 3 fields, found 2"), qPrintable(text));
    QVERIFY2(text.contains("people.csv line 4"), qPrintable(text));
}

void TestMigrationEngine::abortStopsAtFirstBadRowAndKeepsEarlierRows()
{
    QFile csv(path("nums.csv"));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("id,n\n1,10\n2,20\n3,30\n");
    csv.close();
    Plan p = plan("csv://" + path("nums.csv"), "sqlite://" + path("target.db"));
    QCOMPARE(p.tables[0].fields[1].type, DataType::of(TypeKind::Int64));
    // The file changes after planning: the plan still says integer, the data no longer fits.
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("id,n\n1,10\n2,twenty\n3,30\n");
    csv.close();
    const Report report = run(p);
    QCOMPARE(report.status, RunStatus::Failed);
    QCOMPARE(report.exitCode(), 1);
    QCOMPARE(report.tables[0].written, 1);
    QCOMPARE(report.tables[0].rejected, 1);
    QCOMPARE(report.tables[0].read, 2);
    QVERIFY2(report.tables[0].error.contains("nums.csv line 3"), qPrintable(report.tables[0].error));
    QVERIFY2(report.tables[0].error.contains("twenty"), qPrintable(report.tables[0].error));
    SqliteFixture check(path("target.db"));
    QCOMPARE(check.scalar("SELECT count(*) FROM nums").toInt(), 1);
}

void TestMigrationEngine::targetConstraintRejectsOnlyTheOffendingRows()
{
    {
        SqliteFixture source(path("source.db"));
        QCOMPARE(source.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);\n"
                                            "INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')")),
                 QString());
        SqliteFixture target(path("target.db"));
        QCOMPARE(target.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);\n"
                                            "INSERT INTO t VALUES (2, 'old'), (4, 'old')")),
                 QString());
    }
    const Report report = run(plan("sqlite://" + path("source.db"), "sqlite://" + path("target.db"), OnError::Skip));
    QCOMPARE(report.status, RunStatus::Rejected);
    QCOMPARE(report.tables[0].written, 2);
    QCOMPARE(report.tables[0].rejected, 2);
    QFile rejects(report.tables[0].rejectsFile);
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(rejects.readAll());
    QVERIFY2(text.contains("UNIQUE constraint failed"), qPrintable(text));
    SqliteFixture check(path("target.db"));
    QCOMPARE(check.scalar("SELECT group_concat(v, '') FROM (SELECT v FROM t ORDER BY id)").toString(),
             QStringLiteral("aoldcold"));
}

void TestMigrationEngine::cancelLeavesTargetAsReported()
{
    {
        SqliteFixture source(path("source.db"));
        QCOMPARE(source.exec(QStringLiteral(
                     "CREATE TABLE big (id INTEGER PRIMARY KEY, v TEXT);\n"
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000) "
                     "INSERT INTO big SELECT i, printf('%040d', i) FROM n")),
                 QString());
    }
    Plan p = plan("sqlite://" + path("source.db"), "sqlite://" + path("target.db"));
    MigrationEngine engine;
    QSignalSpy finished(&engine, &MigrationEngine::finished);
    connect(&engine, &MigrationEngine::progressChanged, &engine, [&](const Progress &progress) {
        if (progress.written() > 0)
            engine.cancel();
    });
    engine.start(p);
    QVERIFY(finished.wait(60000));
    const Report report = finished.first().first().value<Report>();
    QCOMPARE(report.status, RunStatus::Cancelled);
    QCOMPARE(report.exitCode(), 130);
    QVERIFY(report.tables[0].written > 0);
    QVERIFY(report.tables[0].written < 2000000);
    QCOMPARE(report.tables[0].read, report.tables[0].written + report.tables[0].rejected);
    SqliteFixture check(path("target.db"));
    QCOMPARE(check.scalar("SELECT count(*) FROM big").toLongLong(), report.tables[0].written);
}

void TestMigrationEngine::runsTablesInParallel()
{
    {
        SqliteFixture source(path("source.db"));
        for (int t = 0; t < 4; ++t) {
            QCOMPARE(source.exec(QStringLiteral(
                         "CREATE TABLE t%1 (id INTEGER PRIMARY KEY, v TEXT);\n"
                         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                         "INSERT INTO t%1 SELECT i, 'x' || i FROM n").arg(t)),
                     QString());
        }
    }
    Plan p = plan("sqlite://" + path("source.db"), "csv://" + path("out") + "/");
    p.options.jobs = 3;
    const Report report = run(p);
    QCOMPARE(report.status, RunStatus::Ok);
    QCOMPARE(report.tables.size(), 4);
    for (int t = 0; t < 4; ++t) {
        QCOMPARE(report.tables[t].written, 20000);
        QFile out(path(QStringLiteral("out/t%1.csv").arg(t)));
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll().count('\n'), 20001);
    }
}

void TestMigrationEngine::verifyComparesTheTargetsOwnCount()
{
    {
        SqliteFixture source(path("source.db"));
        QCOMPARE(source.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);\n"
                                            "INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c')")),
                 QString());
        SqliteFixture target(path("target.db"));
        QCOMPARE(target.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);\n"
                                            "INSERT INTO t VALUES (10, 'old')")),
                 QString());
    }
    Plan p = plan("sqlite://" + path("source.db"), "sqlite://" + path("target.db"));
    p.options.verify = true;
    Report report = run(p);
    QCOMPARE(report.status, RunStatus::Ok);
    // Rows that were there before are not the source's: the count is checked, the contents are not.
    QVERIFY2(report.tables[0].verification.startsWith("count verified: the target holds 4 rows (1 before + 3 written); "
                                                      "contents not compared"),
             qPrintable(report.tables[0].verification));
    QVERIFY(report.toJson().contains("\"verification\""));

    Plan csv = plan("sqlite://" + path("source.db"), "csv://" + path("out") + "/", OnError::Abort, TableMode::Replace);
    csv.options.verify = true;
    report = run(csv);
    // Into an empty target the contents are compared too, key by key (the CSV file read back).
    QVERIFY2(report.tables[0].verification.startsWith("verified: 3 rows equal in source and target"),
             qPrintable(report.tables[0].verification));
}

void TestMigrationEngine::parallelTablesShareOneSqliteTarget()
{
    {
        SqliteFixture source(path("source.db"));
        for (int t = 0; t < 3; ++t) {
            QCOMPARE(source.exec(QStringLiteral(
                         "CREATE TABLE t%1 (id INTEGER PRIMARY KEY, v TEXT);\n"
                         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30000) "
                         "INSERT INTO t%1 SELECT i, 'x' || i FROM n").arg(t)),
                     QString());
        }
    }
    Plan p = plan("sqlite://" + path("source.db"), "sqlite://" + path("target.db"));
    p.options.jobs = 3;
    p.options.batchSize = 500; // many small transactions competing for the one file
    p.options.verify = true;
    const Report report = run(p);
    QCOMPARE(report.status, RunStatus::Ok);
    SqliteFixture check(path("target.db"));
    for (int t = 0; t < 3; ++t) {
        QCOMPARE(report.tables[t].written, 30000);
        QVERIFY2(report.tables[t].verification.startsWith("verified"), qPrintable(report.tables[t].verification));
        QCOMPARE(check.scalar(QStringLiteral("SELECT count(*) FROM t%1").arg(t)).toInt(), 30000);
    }
}

// SQLite to SQLite copies rows inside SQLite while they need nothing; these rows do, far from the start.
static QString shortcutSource()
{
    return QStringLiteral(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, qty INTEGER, amount REAL, created TIMESTAMP, note TEXT);\n"
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000) "
        "INSERT INTO t SELECT i, i % 7, i / 4.0, '2024-01-02 03:04:05', 'note ' || i FROM n;\n"
        "UPDATE t SET qty = 'many' WHERE id = 30000;\n"
        "UPDATE t SET created = '2024-02-30 00:00:00' WHERE id = 45000");
}

void TestMigrationEngine::sqliteShortcutHandsOverAtTheFirstRowThatNeedsWork()
{
    {
        SqliteFixture source(path("source.db"));
        QCOMPARE(source.exec(shortcutSource()), QString());
    }
    Report report = run(plan("sqlite://" + path("source.db"), "sqlite://" + path("skip.db"), OnError::Skip));
    QCOMPARE(report.status, RunStatus::Rejected);
    QCOMPARE(report.tables[0].read, 50000);
    QCOMPARE(report.tables[0].written, 49998);
    QCOMPARE(report.tables[0].rejected, 2);
    QFile rejects(report.tables[0].rejectsFile);
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(rejects.readAll());
    QVERIFY2(text.contains("source.db table t row 30000") && text.contains("'many'"), qPrintable(text));
    QVERIFY2(text.contains("source.db table t row 45000") && text.contains("2024-02-30"), qPrintable(text));
    {
        SqliteFixture check(path("skip.db"));
        QCOMPARE(check.scalar("SELECT count(*) FROM t").toInt(), 49998);
        QCOMPARE(check.scalar("SELECT sum(id) FROM t").toLongLong(), 50000LL * 50001 / 2 - 30000 - 45000);
        QCOMPARE(check.scalar("SELECT count(*) FROM t WHERE typeof(qty) <> 'integer' OR typeof(amount) <> 'real' "
                              "OR created <> '2024-01-02 03:04:05' OR note <> 'note ' || id").toInt(), 0);
    }
    rejects.close();
    QFile::remove(report.tables[0].rejectsFile);

    // Abort keeps exactly the rows before the first bad one, copied by the shortcut.
    report = run(plan("sqlite://" + path("source.db"), "sqlite://" + path("abort.db"), OnError::Abort));
    QCOMPARE(report.status, RunStatus::Failed);
    QCOMPARE(report.tables[0].written, 29999);
    QCOMPARE(report.tables[0].rejected, 1);
    QVERIFY2(report.tables[0].error.contains("row 30000"), qPrintable(report.tables[0].error));
    SqliteFixture check(path("abort.db"));
    QCOMPARE(check.scalar("SELECT count(*) || ' ' || max(id) FROM t").toString(), QStringLiteral("29999 29999"));
}

void TestMigrationEngine::sqliteShortcutHandsOverWhenTheTargetRefuses()
{
    {
        SqliteFixture source(path("source.db"));
        QCOMPARE(source.exec(shortcutSource()), QString());
        QCOMPARE(source.exec(QStringLiteral("UPDATE t SET qty = 1 WHERE id = 30000;\n"
                                            "UPDATE t SET created = NULL WHERE id = 45000")),
                 QString());
        SqliteFixture target(path("target.db"));
        QCOMPARE(target.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, qty INTEGER, amount REAL, "
                                            "created DATETIME, note TEXT);\n"
                                            "INSERT INTO t (id, note) VALUES (25000, 'old'), (49999, 'old')")),
                 QString());
    }
    const Report report = run(plan("sqlite://" + path("source.db"), "sqlite://" + path("target.db"), OnError::Skip));
    QCOMPARE(report.status, RunStatus::Rejected);
    QCOMPARE(report.tables[0].read, 50000);
    QCOMPARE(report.tables[0].written, 49998);
    QCOMPARE(report.tables[0].rejected, 2);
    QFile rejects(report.tables[0].rejectsFile);
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(rejects.readAll());
    QVERIFY2(text.contains("row 25000") && text.contains("row 49999") && text.contains("UNIQUE"), qPrintable(text));
    SqliteFixture check(path("target.db"));
    QCOMPARE(check.scalar("SELECT count(*) FROM t").toInt(), 50000);
    QCOMPARE(check.scalar("SELECT count(*) FROM t WHERE note = 'old'").toInt(), 2);
}

void TestMigrationEngine::createdTablesGetIndexesForeignKeysAndDefaults()
{
    {
        SqliteFixture source(path("source.db"));
        QCOMPARE(source.exec(QStringLiteral(
                     "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_a INTEGER NOT NULL, parent_b TEXT NOT NULL, "
                     "state TEXT NOT NULL DEFAULT 'open', made DATETIME DEFAULT CURRENT_TIMESTAMP, n REAL DEFAULT (-1.5), "
                     "FOREIGN KEY (parent_a, parent_b) REFERENCES parent (a, b) ON DELETE CASCADE);\n"
                     "CREATE TABLE parent (a INTEGER, b TEXT, label TEXT UNIQUE, PRIMARY KEY (a, b));\n"
                     "CREATE INDEX child_state ON child (state, made);\n"
                     "CREATE INDEX child_expr ON child (lower(state));\n"
                     "INSERT INTO parent VALUES (1, 'x', 'one'), (2, 'y', 'two');\n"
                     "INSERT INTO child (parent_a, parent_b) VALUES (1, 'x'), (2, 'y'), (2, 'y')")),
                 QString());
    }
    MigrationEngine engine;
    const Report report = run(plan("sqlite://" + path("source.db"), "sqlite://" + path("target.db")), &engine);
    QCOMPARE(report.status, RunStatus::Ok);
    SqliteFixture check(path("target.db"));
    QCOMPARE(check.scalar("SELECT group_concat(name || ':' || \"unique\", ' ') FROM "
                          "(SELECT * FROM pragma_index_list('child') WHERE origin = 'c' ORDER BY name)").toString(),
             QStringLiteral("child_state:0"));
    QCOMPARE(check.scalar("SELECT group_concat(name, ',') FROM pragma_index_info('child_state')").toString(),
             QStringLiteral("state,made"));
    QCOMPARE(check.scalar("SELECT count(*) FROM pragma_index_list('parent') WHERE \"unique\" = 1 AND origin = 'c'").toInt(), 1);
    QCOMPARE(check.scalar("SELECT group_concat(\"from\" || '>' || \"table\" || '.' || \"to\" || ' ' || on_delete, ', ') "
                          "FROM pragma_foreign_key_list('child')").toString(),
             QStringLiteral("parent_a>parent.a CASCADE, parent_b>parent.b CASCADE"));
    QCOMPARE(check.scalar("SELECT group_concat(name || '=' || coalesce(dflt_value, '-'), ' ') FROM pragma_table_info('child')").toString(),
             QStringLiteral("id=- parent_a=- parent_b=- state='open' made=CURRENT_TIMESTAMP n=-1.5"));
    QCOMPARE(check.scalar("SELECT count(*) FROM pragma_foreign_key_check").toInt(), 0); // no dangling references
    QCOMPARE(check.scalar("SELECT count(*) FROM child").toInt(), 3);
}

// Opening an SQLite file parses its whole schema: a run of many tables keeps each file's handle
// between them, and only in the state a fresh open leaves it.
void TestMigrationEngine::keepsSqliteHandlesBetweenTables()
{
    {
        SqliteFixture source(path("source.db"));
        for (int t = 0; t < 12; ++t) {
            QCOMPARE(source.exec(QStringLiteral("CREATE TABLE t%1 (id INTEGER PRIMARY KEY, v TEXT);\n"
                                                "INSERT INTO t%1 VALUES (1, 'a'), (2, 'b')").arg(t)),
                     QString());
        }
    }
    QString error;
    {
        ConnectionReuse::Scope run;
        SqliteHandle first;
        QVERIFY2(first.open(path("source.db"), SqliteHandle::Mode::ReadOnly, &error), qPrintable(error));
        sqlite3 *native = first.get();
        first.close();
        QCOMPARE(ConnectionReuse::idleCount(), 1);
        SqliteHandle second;
        QVERIFY2(second.open(path("source.db"), SqliteHandle::Mode::ReadOnly, &error), qPrintable(error));
        QCOMPARE(second.get(), native);
        // Not as a writer: another mode is another handle.
        SqliteHandle writer;
        QVERIFY2(writer.open(path("source.db"), SqliteHandle::Mode::ReadWriteCreate, &error), qPrintable(error));
        QVERIFY(writer.get() != native);
        // Left in a transaction, or holding a temporary table or another file: closed, not kept.
        QVERIFY2(second.exec(QStringLiteral("BEGIN"), &error), qPrintable(error));
        second.close();
        QVERIFY2(writer.exec(QStringLiteral("CREATE TEMP TABLE scratch (a)"), &error), qPrintable(error));
        writer.close();
        QCOMPARE(ConnectionReuse::idleCount(), 0);
        SqliteHandle attaching;
        QVERIFY2(attaching.open(path("source.db"), SqliteHandle::Mode::ReadWriteCreate, &error), qPrintable(error));
        QVERIFY2(attaching.exec(QStringLiteral("ATTACH '%1' AS other").arg(path("other.db")), &error), qPrintable(error));
        attaching.close();
        QCOMPARE(ConnectionReuse::idleCount(), 0);
    }

    // A whole run: every table arrives, and the run's end closes what it kept.
    const Report report = run(plan("sqlite://" + path("source.db"), "sqlite://" + path("target.db")));
    QCOMPARE(report.status, RunStatus::Ok);
    QCOMPARE(report.tables.size(), 12);
    QCOMPARE(ConnectionReuse::idleCount(), 0);
    SqliteFixture check(path("target.db"));
    for (int t = 0; t < 12; ++t)
        QCOMPARE(check.scalar(QStringLiteral("SELECT count(*) FROM t%1").arg(t)).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestMigrationEngine)
#include "tst_migrationengine.moc"
