// Mode merge (issue #16) on every database target, SQLite, PostgreSQL and MariaDB, the last two on
// the throwaway servers (scripts/servers.sh): a first copy, then the source changes (updates,
// inserts, deletes, a changed key, parents that the target's foreign keys point at) and a merge
// brings every source row into the target with the right counts of inserted, updated and
// unchanged rows, leaving the rows the source no longer has. A key repeated within the rows, a
// row the target refuses, and a table without a key are checked too.

#include "engine/migrationengine.h"
#include "engine/planner.h"
#include "io/postgres/pgwriter.h"
#include "enginerun.h"
#include "mysqlfixture.h"
#include "pgfixture.h"
#include "sqlitefixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace barge;

namespace {

// The rows of `sql` as text, one "a|b|c" line each, NULL as "-".
QStringList textRows(const QSqlDatabase &db, const QString &sql)
{
    QStringList rows;
    QSqlQuery query(db);
    if (!query.exec(sql))
        return {QStringLiteral("ERROR: ") + sql};
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << (query.value(i).isNull() ? QStringLiteral("-") : query.value(i).toString());
        rows << values.join(u'|');
    }
    return rows;
}

Report run(const Plan &plan)
{
    return test::runPlan(plan);
}

using test::tableReport;

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mergesChangedSource_data();
    void mergesChangedSource();
    void repeatedKeysAndRefusedRows_data();
    void repeatedKeysAndRefusedRows();
    void tablesWithoutKeyAreRefused();

private:
    // The target of `kind` ("sqlite", "postgresql", "mariadb"), a way to query it, and its name for
    // a table (MariaDB's tables live in the shared test database, so they get unique names).
    struct Target
    {
        Endpoint endpoint;
        QSqlDatabase db;
        QString qualify; // "S." for PostgreSQL's schema, else empty
    };
    Target target(const QString &kind);
    QString name(const QString &kind, const QString &base);

    QTemporaryDir m_dir;
    std::unique_ptr<test::PgFixture> m_pg;
    std::unique_ptr<test::MySqlFixture> m_my;
    int m_files = 0;
    int m_names = 0;
};

void TestMerge::initTestCase()
{
    m_pg = std::make_unique<test::PgFixture>();
    QVERIFY2(m_pg->isValid(), qPrintable(m_pg->error()));
    m_my = std::make_unique<test::MySqlFixture>();
    QVERIFY2(m_my->isOpen(), qPrintable(m_my->error()));
}

void TestMerge::cleanupTestCase()
{
    m_pg.reset();
    m_my.reset();
}

TestMerge::Target TestMerge::target(const QString &kind)
{
    // PostgreSQL before 15 has no MERGE: the writer's other statement, on this server.
    PgWriter::setOnConflictOnly(kind == QLatin1String("postgresql-on-conflict"));
    if (kind.startsWith(QLatin1String("postgresql")))
        return Target{m_pg->endpoint(), m_pg->database(), m_pg->schema() + u'.'};
    if (kind == QLatin1String("mariadb"))
        return Target{m_my->endpoint(), m_my->database(), QString()};
    const QString path = m_dir.filePath(QStringLiteral("target%1.db").arg(++m_files));
    const QString connection = QStringLiteral("merge-target-%1").arg(m_files);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    db.open();
    QString error;
    return Target{*Endpoint::parse(QStringLiteral("sqlite://") + path, &error), db, QString()};
}

QString TestMerge::name(const QString &kind, const QString &base)
{
    return kind == QLatin1String("mariadb") ? m_my->table(base) : base + QString::number(++m_names);
}

void TestMerge::mergesChangedSource_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
    QTest::newRow("postgresql, ON CONFLICT") << QStringLiteral("postgresql-on-conflict");
    QTest::newRow("mariadb") << QStringLiteral("mariadb");
}

void TestMerge::mergesChangedSource()
{
    QFETCH(QString, kind);
    const Target to = target(kind);
    const QString parent = name(kind, QStringLiteral("parent"));
    const QString child = name(kind, QStringLiteral("child"));
    const QString sourcePath = m_dir.filePath(QStringLiteral("source-%1.db").arg(kind));
    test::SqliteFixture source(sourcePath);
    QCOMPARE(source.exec(QStringLiteral(
                 "CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
                 "CREATE TABLE %2 (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES %1(id), "
                 "qty INTEGER, note TEXT, amount NUMERIC(10,2));\n"
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40) "
                 "INSERT INTO %1 SELECT i, 'parent ' || i FROM n;\n"
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                 "INSERT INTO %2 SELECT i, 1 + i % 40, i * 7, CASE WHEN i % 9 = 0 THEN NULL ELSE 'note ' || i END, "
                 "i / 4.0 FROM n")
                             .arg(parent, child)),
             QString());
    QString error;
    PlanRequest request;
    request.source = *Endpoint::parse(QStringLiteral("sqlite://") + sourcePath, &error);
    request.target = to.endpoint;
    request.tables = {TableSelection{parent, parent}, TableSelection{child, child}};
    request.options.rejectsDir = m_dir.path();
    request.options.batchSize = 500; // several transactions, several writes each
    request.mode = TableMode::Replace;
    Plan plan;
    QVERIFY2(Planner::build(request, &plan, &error), qPrintable(error));
    Report report = run(plan);
    QVERIFY2(report.status == RunStatus::Ok, qPrintable(report.tables.value(0).error + report.tables.value(1).error));

    // The source goes on: 100 updated children, 50 new, 30 deleted, a child whose key changed,
    // parents renamed (the target's children point at them), a new parent with its children.
    QCOMPARE(source.exec(QStringLiteral(
                 "UPDATE %2 SET note = 'changed ' || id, qty = qty + 1 WHERE id % 30 = 1;\n"
                 "UPDATE %2 SET amount = NULL WHERE id = 2;\n"
                 "UPDATE %2 SET id = 5000 WHERE id = 3;\n"
                 "DELETE FROM %2 WHERE id BETWEEN 2001 AND 2030;\n"
                 "UPDATE %1 SET name = 'renamed ' || id WHERE id <= 5;\n"
                 "INSERT INTO %1 VALUES (41, 'parent 41');\n"
                 "WITH RECURSIVE n(i) AS (SELECT 3001 UNION ALL SELECT i + 1 FROM n WHERE i < 3050) "
                 "INSERT INTO %2 SELECT i, 41, i, 'new ' || i, 1.25 FROM n")
                             .arg(parent, child)),
             QString());
    request.mode = TableMode::Merge;
    request.options.verify = true;
    QVERIFY2(Planner::build(request, &plan, &error), qPrintable(error));
    QCOMPARE(plan.tables.at(1).mergeKey, QStringList{QStringLiteral("id")});
    report = run(plan);
    QVERIFY2(report.status == RunStatus::Ok, qPrintable(report.tables.value(0).error + report.tables.value(1).error));
    const TableReport *parents = tableReport(report, parent);
    const TableReport *children = tableReport(report, child);
    QVERIFY(parents && children);
    QVERIFY(parents->merged && children->merged);
    QCOMPARE(parents->inserted, 1);
    QCOMPARE(parents->updated, 5);
    QCOMPARE(parents->unchanged, 35);
    // 3000 - 30 deleted + 50 new = 3020 source rows: 51 inserted (with id 5000); 100 updated: ids
    // 1, 31, ..., 2971 but 2011 (deleted), and id 2; the rest as they were.
    QCOMPARE(children->written, 3020);
    QCOMPARE(children->inserted, 51);
    QCOMPARE(children->updated, 100);
    QCOMPARE(children->unchanged, 3020 - 51 - 100);
    // verify: the target holds the rows the source no longer has, so only counts are compared.
    QVERIFY2(children->verification.contains(QLatin1String("count verified")), qPrintable(children->verification));

    // Every source row is in the target as it is now; the rows the source lost are still there.
    const QString columns = QStringLiteral("id, parent_id, qty, note, CAST(amount * 100 AS INTEGER)");
    const QString pgColumns = QStringLiteral("id, parent_id, qty, note, CAST(amount * 100 AS BIGINT)");
    const QString myColumns = QStringLiteral("id, parent_id, qty, note, CAST(amount * 100 AS SIGNED)");
    const QString targetColumns = kind.startsWith(QLatin1String("postgresql")) ? pgColumns
        : kind == QLatin1String("mariadb")                         ? myColumns
                                                                   : columns;
    const QStringList expected = textRows(source.database(),
                                          QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns, child));
    QCOMPARE(expected.size(), 3020);
    const QStringList merged = textRows(
        to.db, QStringLiteral("SELECT %1 FROM %2%3 WHERE id NOT BETWEEN 2001 AND 2030 AND id <> 3 ORDER BY id")
                   .arg(targetColumns, to.qualify, child));
    QCOMPARE(merged, expected);
    QCOMPARE(textRows(to.db, QStringLiteral("SELECT count(*) FROM %1%2 WHERE id BETWEEN 2001 AND 2030 OR id = 3")
                                 .arg(to.qualify, child)),
             QStringList{QStringLiteral("31")});
    QCOMPARE(textRows(to.db, QStringLiteral("SELECT name FROM %1%2 WHERE id = 5").arg(to.qualify, parent)),
             QStringList{QStringLiteral("renamed 5")});

    // Merging again changes nothing, and says so.
    report = run(plan);
    QVERIFY2(report.status == RunStatus::Ok, qPrintable(report.tables.value(1).error));
    children = tableReport(report, child);
    QCOMPARE(children->inserted, 0);
    QCOMPARE(children->updated, 0);
    QCOMPARE(children->unchanged, 3020);
}

void TestMerge::repeatedKeysAndRefusedRows_data()
{
    mergesChangedSource_data();
}

// A CSV source repeats a key (the later row wins, as if merged one after the other) and holds a row
// the target refuses (a NULL for a NOT NULL column): rejected with the target's reason, the
// others merged.
void TestMerge::repeatedKeysAndRefusedRows()
{
    QFETCH(QString, kind);
    const Target to = target(kind);
    const QString table = name(kind, QStringLiteral("items"));
    QSqlQuery create(to.db);
    QVERIFY2(create.exec(QStringLiteral("CREATE TABLE %1%2 (code VARCHAR(10) NOT NULL, shop INTEGER NOT NULL, "
                                        "label VARCHAR(40) NOT NULL, PRIMARY KEY (code, shop))")
                             .arg(to.qualify, table)),
             qPrintable(create.lastError().text()));
    QVERIFY(create.exec(QStringLiteral("INSERT INTO %1%2 VALUES ('a', 1, 'old a'), ('z', 9, 'kept')").arg(to.qualify, table)));
    const QString csv = m_dir.filePath(table + QStringLiteral(".csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("code,shop,label\na,1,new a\nb,1,first b\nb,1,second b\nc,2,\nb,2,other shop\na,1,new a\n");
    file.close();
    QString error;
    PlanRequest request;
    request.source = *Endpoint::parse(QStringLiteral("csv://") + csv, &error);
    request.target = to.endpoint;
    request.tables = {TableSelection{table, table}};
    request.options.rejectsDir = m_dir.path();
    request.options.onError = OnError::Skip;
    request.mode = TableMode::Merge;
    Plan plan;
    QVERIFY2(Planner::build(request, &plan, &error), qPrintable(error));
    QCOMPARE(plan.tables.at(0).mergeKey, (QStringList{QStringLiteral("code"), QStringLiteral("shop")}));
    const Report report = run(plan);
    QCOMPARE(report.tables.size(), 1);
    const TableReport &items = report.tables.first();
    QVERIFY2(items.status == RunStatus::Rejected, qPrintable(items.error));
    QCOMPARE(items.rejected, 1);
    QCOMPARE(items.written, 5);
    QCOMPARE(items.inserted, 2);  // b/1, b/2
    QCOMPARE(items.updated, 2);   // a/1, b/1 again
    QCOMPARE(items.unchanged, 1); // a/1 a second time
    QCOMPARE(textRows(to.db, QStringLiteral("SELECT code, shop, label FROM %1%2 ORDER BY code, shop").arg(to.qualify, table)),
             (QStringList{QStringLiteral("a|1|new a"), QStringLiteral("b|1|second b"), QStringLiteral("b|2|other shop"),
                          QStringLiteral("z|9|kept")}));
    QFile rejects(items.rejectsFile);
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    const QByteArray rejected = rejects.readAll();
    QVERIFY2(rejected.contains("c,2"), rejected.constData());
}

void TestMerge::tablesWithoutKeyAreRefused()
{
    const Target to = target(QStringLiteral("sqlite"));
    QSqlQuery create(to.db);
    QVERIFY(create.exec(QStringLiteral("CREATE TABLE loose (id INTEGER, name TEXT)")));
    const QString sourcePath = m_dir.filePath(QStringLiteral("loose.db"));
    test::SqliteFixture source(sourcePath);
    QCOMPARE(source.exec(QStringLiteral("CREATE TABLE loose (id INTEGER PRIMARY KEY, name TEXT);\n"
                                        "CREATE TABLE fresh (id INTEGER, name TEXT)")),
             QString());
    QString error;
    PlanRequest request;
    request.source = *Endpoint::parse(QStringLiteral("sqlite://") + sourcePath, &error);
    request.target = to.endpoint;
    request.mode = TableMode::Merge;
    Plan plan;
    QVERIFY(!Planner::build(request, &plan, &error));
    // Both named: the existing table has no key, the one the run would create gets none from its source.
    QVERIFY2(error.contains(QLatin1String("fresh, loose")) || error.contains(QLatin1String("loose, fresh")), qPrintable(error));
    // A file has no keys at all.
    request.target = *Endpoint::parse(QStringLiteral("csv://") + m_dir.filePath(QStringLiteral("out/")), &error);
    QVERIFY(!Planner::build(request, &plan, &error));
    QVERIFY2(error.contains(QLatin1String("has no keys")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
