// Incremental runs (issue #16): a table with a watermark column copies, on each run of its profile,
// only the rows past the value the last run copied, less an overlap for late commits, merged by
// key. On the throwaway servers (scripts/servers.sh) and SQLite: a first run copies every row; the
// source then changes (updates that move the watermark, new rows, a late commit inside the
// overlap, and a change that does not touch the column, which an incremental run cannot see);
// the next run reads exactly the rows past the bound, with the right counts; a run with nothing
// new reads only the overlap and changes nothing. Planning refuses what cannot work, by name.

#include "engine/planner.h"
#include "engine/watermarks.h"
#include "enginerun.h"
#include "io/watermarkfilter.h"
#include "mysqlfixture.h"
#include "pgfixture.h"
#include "profile/profile.h"
#include "profile/watermarkstate.h"
#include "sqlitefixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace barge;

namespace {

// 200 rows, the n-th at 10:00:00.25 plus n seconds: the highest is 10:03:20.25.
QString rowsSql(const QString &table)
{
    QStringList values;
    for (int i = 1; i <= 200; ++i) {
        values << QStringLiteral("(%1, 'n%1', '%2')")
                      .arg(i)
                      .arg(QTime(10, 0).addSecs(i).toString(QStringLiteral("'2026-12-01 'HH:mm:ss'.250'")));
    }
    return QStringLiteral("INSERT INTO %1 VALUES %2").arg(table, values.join(u','));
}

} // namespace

class TestWatermark : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void lowBound_data();
    void lowBound();
    void profileKeepsWatermark();
    void stateBelongsToItsTarget();
    void incrementalRuns_data();
    void incrementalRuns();
    void refusedWatermarks();

private:
    // Runs `profile` as `barge run` does: the state applied, planned, run, the state recorded.
    Report runIncremental(Plan profile, const QString &stateFile, Plan *planned, QString *error);

    QTemporaryDir m_dir;
    std::unique_ptr<test::PgFixture> m_pg;
    std::unique_ptr<test::MySqlFixture> m_my;
};

void TestWatermark::initTestCase()
{
    m_pg = std::make_unique<test::PgFixture>();
    QVERIFY2(m_pg->isValid(), qPrintable(m_pg->error()));
    m_my = std::make_unique<test::MySqlFixture>();
    QVERIFY2(m_my->isOpen(), qPrintable(m_my->error()));
}

void TestWatermark::cleanupTestCase()
{
    m_pg.reset();
    m_my.reset();
}

void TestWatermark::lowBound_data()
{
    QTest::addColumn<QString>("after");
    QTest::addColumn<qint64>("overlap");
    QTest::addColumn<QString>("low"); // empty with an error
    QTest::newRow("no overlap") << QStringLiteral("2026-12-01 10:00:00.5") << qint64(0) << QStringLiteral("2026-12-01 10:00:00.5");
    QTest::newRow("integer") << QStringLiteral("5000") << qint64(15) << QStringLiteral("4985");
    QTest::newRow("negative result") << QStringLiteral("3") << qint64(15) << QStringLiteral("-12");
    QTest::newRow("fraction and zone kept") << QStringLiteral("2026-12-01 00:00:03.123456+00") << qint64(600)
                                            << QStringLiteral("2026-11-30 23:50:03.123456+00");
    QTest::newRow("T separator") << QStringLiteral("2026-03-01T00:00:00") << qint64(1) << QStringLiteral("2026-02-28T23:59:59");
    QTest::newRow("date, part of a day") << QStringLiteral("2026-12-01") << qint64(600) << QStringLiteral("2026-11-30");
    QTest::newRow("date, two days") << QStringLiteral("2026-12-01") << qint64(172800) << QStringLiteral("2026-11-29");
    QTest::newRow("text") << QStringLiteral("INV-0042") << qint64(5) << QString();
}

void TestWatermark::lowBound()
{
    QFETCH(QString, after);
    QFETCH(qint64, overlap);
    QFETCH(QString, low);
    Watermark mark;
    mark.column = QStringLiteral("at");
    mark.after = after;
    mark.overlap = overlap;
    QString bound;
    QString error;
    QCOMPARE(watermarkLowBound(mark, &bound, &error), !low.isEmpty());
    if (low.isEmpty())
        QVERIFY2(error.contains(QLatin1String("INV-0042")) && error.contains(QLatin1String("at")), qPrintable(error));
    else
        QCOMPARE(bound, low);
}

void TestWatermark::profileKeepsWatermark()
{
    const QByteArray json = R"({"format": "barge-profile", "version": 1,
        "source": {"url": "sqlite:a.db"}, "target": {"url": "sqlite:b.db"},
        "tables": [{"source": "orders", "mode": "merge", "watermark": {"column": "updated_at", "overlap": "10 min"}},
                   {"source": "lines", "mode": "merge", "watermark": "id"}]})";
    Plan plan;
    QString error;
    QVERIFY2(Profile::fromJson(json, m_dir.path(), &plan, &error), qPrintable(error));
    QCOMPARE(plan.tables.at(0).watermark.column, QStringLiteral("updated_at"));
    QCOMPARE(plan.tables.at(0).watermark.overlap, qint64(600));
    QCOMPARE(plan.tables.at(1).watermark.column, QStringLiteral("id"));
    QCOMPARE(plan.tables.at(1).watermark.overlap, qint64(0));
    Plan again;
    QVERIFY2(Profile::fromJson(Profile::toJson(plan, m_dir.path()), m_dir.path(), &again, &error), qPrintable(error));
    QVERIFY(again == plan);
    QByteArray bad = json;
    bad.replace("\"10 min\"", "\"soon\"");
    QVERIFY(!Profile::fromJson(bad, m_dir.path(), &plan, &error));
    QVERIFY2(error.startsWith(QLatin1String("tables[0].watermark.overlap: ")) && error.contains(QLatin1String("soon")),
             qPrintable(error));
}

void TestWatermark::stateBelongsToItsTarget()
{
    QString error;
    Plan plan;
    plan.source = *Endpoint::parse(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("s.db")), &error);
    plan.target = *Endpoint::parse(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("t.db")), &error);
    TableMapping table = TableMapping::named(QStringLiteral("orders"), QStringLiteral("orders"), TableMode::Merge);
    table.watermark.column = QStringLiteral("updated_at");
    plan.tables << table;
    TableReport done;
    done.target = QStringLiteral("orders");
    done.watermark = QStringLiteral("2026-12-01 10:00:00");
    Report report;
    report.tables << done;
    WatermarkState state;
    state.record(plan, report);
    const QString file = m_dir.filePath(QStringLiteral("state.json"));
    QVERIFY2(state.save(file, &error), qPrintable(error));
    WatermarkState loaded;
    QVERIFY2(WatermarkState::load(file, &loaded, &error), qPrintable(error));
    Plan next = plan;
    loaded.apply(&next);
    QCOMPARE(next.tables.at(0).watermark.after, done.watermark);
    // Another target, or another column, starts afresh.
    Plan elsewhere = plan;
    elsewhere.target = *Endpoint::parse(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("u.db")), &error);
    loaded.apply(&elsewhere);
    QVERIFY(elsewhere.tables.at(0).watermark.after.isEmpty());
    Plan otherColumn = plan;
    otherColumn.tables[0].watermark.column = QStringLiteral("created_at");
    loaded.apply(&otherColumn);
    QVERIFY(otherColumn.tables.at(0).watermark.after.isEmpty());
    // A failed table keeps the old value.
    report.tables[0].watermark.clear();
    report.tables[0].status = RunStatus::Failed;
    loaded.record(plan, report);
    QCOMPARE(loaded.tables.value(QStringLiteral("orders")).value, done.watermark);
}

Report TestWatermark::runIncremental(Plan profile, const QString &stateFile, Plan *planned, QString *error)
{
    WatermarkState state;
    if (!WatermarkState::load(stateFile, &state, error))
        return Report();
    state.apply(&profile);
    if (!Planner::complete(&profile, error))
        return Report();
    *planned = profile;
    const Report report = test::runPlan(profile);
    state.record(profile, report);
    if (!state.save(stateFile, error))
        return Report();
    return report;
}

void TestWatermark::incrementalRuns_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql timestamptz") << QStringLiteral("postgresql");
    QTest::newRow("mariadb datetime(6)") << QStringLiteral("mariadb");
}

void TestWatermark::incrementalRuns()
{
    QFETCH(QString, source);
    static int round = 0;
    ++round;
    QString error;
    const QString sqlitePath = m_dir.filePath(QStringLiteral("source%1.db").arg(round));
    test::SqliteFixture sqlite(sqlitePath);
    QString table = QStringLiteral("events");
    QString qualified = table; // as the fixture's SQL names it
    std::function<QString(const QString &)> exec;
    Plan profile;
    if (source == QLatin1String("postgresql")) {
        qualified = QStringLiteral("S.events");
        exec = [this](const QString &sql) { return m_pg->exec(sql); };
        profile.source = m_pg->endpoint();
        QCOMPARE(exec(QStringLiteral("CREATE TABLE S.events (id integer PRIMARY KEY, note text, at timestamptz)")), QString());
    } else if (source == QLatin1String("mariadb")) {
        table = qualified = m_my->table(QStringLiteral("events"));
        exec = [this](const QString &sql) { return m_my->exec(sql); };
        profile.source = m_my->endpoint();
        QCOMPARE(exec(QStringLiteral("CREATE TABLE %1 (id int PRIMARY KEY, note varchar(20), at datetime(6))").arg(table)), QString());
    } else {
        exec = [&sqlite](const QString &sql) { return sqlite.exec(sql); };
        profile.source = *Endpoint::parse(QStringLiteral("sqlite://") + sqlitePath, &error);
        QCOMPARE(exec(QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY, note TEXT, at TIMESTAMP)")), QString());
    }
    QCOMPARE(exec(rowsSql(qualified)), QString());
    const QString targetPath = m_dir.filePath(QStringLiteral("target%1.db").arg(round));
    profile.target = *Endpoint::parse(QStringLiteral("sqlite://") + targetPath, &error);
    profile.options.rejectsDir = m_dir.path();
    TableMapping mapping = TableMapping::named(table, QStringLiteral("events"), TableMode::Merge);
    mapping.watermark.column = QStringLiteral("at");
    mapping.watermark.overlap = 5;
    profile.tables << mapping;
    const QString stateFile = m_dir.filePath(QStringLiteral("state%1.json").arg(round));

    // The first run: every row, up to the highest value.
    Plan planned;
    Report report = runIncremental(profile, stateFile, &planned, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(planned.tables.at(0).watermark.rows, qint64(200));
    QVERIFY2(report.status == RunStatus::Ok, qPrintable(report.tables.value(0).error));
    QCOMPARE(report.tables.at(0).inserted, 200);
    QVERIFY2(report.tables.at(0).watermark.startsWith(QLatin1String("2026-12-01 10:03:20.25")),
             qPrintable(report.tables.at(0).watermark));

    // The source goes on: three rows changed (the watermark moves), two new ones, a late commit
    // inside the five seconds of overlap, and a change that leaves the column alone.
    for (const QString &sql : {QStringLiteral("UPDATE %1 SET note = 'changed', at = '2026-12-01 10:05:00.250' WHERE id IN (10, 11, 12)"),
                               QStringLiteral("INSERT INTO %1 VALUES (201, 'new', '2026-12-01 10:05:01.250'), (202, 'new', '2026-12-01 10:05:01.250')"),
                               QStringLiteral("UPDATE %1 SET note = 'late', at = '2026-12-01 10:03:18.250' WHERE id = 20"),
                               QStringLiteral("UPDATE %1 SET note = 'unseen' WHERE id = 30")})
        QCOMPARE(exec(sql.arg(qualified)), QString());

    // Rows past 10:03:15.25: 196..200 (already in), 20, 10..12, 201 and 202.
    report = runIncremental(profile, stateFile, &planned, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(planned.tables.at(0).watermark.after.startsWith(QLatin1String("2026-12-01 10:03:20.25")),
             qPrintable(planned.tables.at(0).watermark.after));
    QCOMPARE(planned.tables.at(0).watermark.rows, qint64(11));
    QVERIFY(Watermarks::describe(planned.tables.at(0).watermark).contains(QLatin1String("less 5 s of overlap: 11 rows")));
    QVERIFY2(report.status == RunStatus::Ok, qPrintable(report.tables.value(0).error));
    const TableReport &second = report.tables.at(0);
    QCOMPARE(second.read, 11);
    QCOMPARE(second.inserted, 2);
    QCOMPARE(second.updated, 4);
    QCOMPARE(second.unchanged, 5);
    QVERIFY2(second.watermark.startsWith(QLatin1String("2026-12-01 10:05:01.25")), qPrintable(second.watermark));
    test::SqliteFixture target(targetPath);
    QCOMPARE(target.scalar(QStringLiteral("SELECT COUNT(*) FROM events")).toInt(), 202);
    QCOMPARE(target.scalar(QStringLiteral("SELECT group_concat(note, ',') FROM (SELECT note FROM events WHERE id IN (10, 20, 30, 202) ORDER BY id)")).toString(),
             QStringLiteral("changed,late,n30,new")); // 30 unseen: its watermark did not move

    // Nothing new: only the overlap is read again, and nothing changes.
    report = runIncremental(profile, stateFile, &planned, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(planned.tables.at(0).watermark.rows, qint64(5));
    QCOMPARE(report.tables.at(0).read, 5);
    QCOMPARE(report.tables.at(0).unchanged, 5);
    QCOMPARE(report.tables.at(0).inserted + report.tables.at(0).updated, 0);
}

void TestWatermark::refusedWatermarks()
{
    QString error;
    const QString sqlitePath = m_dir.filePath(QStringLiteral("refusals.db"));
    test::SqliteFixture sqlite(sqlitePath);
    QCOMPARE(sqlite.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, flag BOOLEAN, at TIMESTAMP);\n"
                                        "INSERT INTO t VALUES (1, 1, '2026-01-01 00:00:00')")),
             QString());
    const QString csv = m_dir.filePath(QStringLiteral("t.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,at\n1,2026-01-01 00:00:00\n");
    file.close();
    const auto attempt = [&](const QString &sourceUrl, TableMode mode, const QString &column) {
        Plan plan;
        plan.source = *Endpoint::parse(sourceUrl, &error);
        plan.target = *Endpoint::parse(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("refused.db")), &error);
        plan.options.rejectsDir = m_dir.path();
        TableMapping table = TableMapping::named(QStringLiteral("t"), QStringLiteral("t"), mode);
        table.watermark.column = column;
        plan.tables << table;
        QString why;
        return Planner::complete(&plan, &why) ? QString() : why;
    };
    const QString db = QStringLiteral("sqlite://") + sqlitePath;
    QVERIFY(attempt(db, TableMode::Merge, QStringLiteral("at")).isEmpty());
    QString why = attempt(db, TableMode::Append, QStringLiteral("at"));
    QVERIFY2(why.contains(QLatin1String("table t")) && why.contains(QLatin1String("mode merge")), qPrintable(why));
    why = attempt(db, TableMode::Merge, QStringLiteral("flag"));
    QVERIFY2(why.contains(QLatin1String("flag")) && why.contains(QLatin1String("does not order")), qPrintable(why));
    why = attempt(db, TableMode::Merge, QStringLiteral("nope"));
    QVERIFY2(why.contains(QLatin1String("no column 'nope'")), qPrintable(why));
    why = attempt(QStringLiteral("csv://") + csv, TableMode::Merge, QStringLiteral("at"));
    QVERIFY2(why.contains(QLatin1String("cannot select rows by a column")), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestWatermark)
#include "tst_watermark.moc"
