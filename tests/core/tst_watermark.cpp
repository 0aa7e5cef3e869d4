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
    void textWatermark_data();
    void textWatermark();
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
    QTest::addColumn<int>("kind"); // TypeKind of the column
    QTest::addColumn<qint64>("overlap");
    QTest::addColumn<QString>("low"); // empty with an error
    const int dateTime = int(TypeKind::DateTime);
    QTest::newRow("no overlap") << QStringLiteral("2026-12-01 10:00:00.5") << dateTime << qint64(0) << QStringLiteral("2026-12-01 10:00:00.5");
    QTest::newRow("integer") << QStringLiteral("5000") << int(TypeKind::Int64) << qint64(15) << QStringLiteral("4985");
    QTest::newRow("negative result") << QStringLiteral("3") << int(TypeKind::Int32) << qint64(15) << QStringLiteral("-12");
    QTest::newRow("seconds since 1970 in a time column") << QStringLiteral("1764583200") << dateTime << qint64(60)
                                                         << QStringLiteral("1764583140");
    QTest::newRow("decimal, a little lower") << QStringLiteral("10.5") << int(TypeKind::Decimal) << qint64(1)
                                             << QStringLiteral("9.4999999999999982");
    QTest::newRow("fraction and zone kept") << QStringLiteral("2026-12-01 00:00:03.123456+05:30") << int(TypeKind::DateTimeTz)
                                            << qint64(600) << QStringLiteral("2026-11-30 23:50:03.123456+05:30");
    QTest::newRow("T separator") << QStringLiteral("2026-03-01T00:00:00") << int(TypeKind::Text) << qint64(1)
                                 << QStringLiteral("2026-02-28T23:59:59");
    QTest::newRow("date, part of a day") << QStringLiteral("2026-12-01") << int(TypeKind::Date) << qint64(600) << QStringLiteral("2026-11-30");
    QTest::newRow("date, two days") << QStringLiteral("2026-12-01") << int(TypeKind::Date) << qint64(172800) << QStringLiteral("2026-11-29");
    QTest::newRow("text") << QStringLiteral("INV-0042") << int(TypeKind::Text) << qint64(5) << QString();
    QTest::newRow("padded number in a text") << QStringLiteral("000123") << int(TypeKind::Text) << qint64(5) << QString();
    QTest::newRow("before Christ") << QStringLiteral("0044-03-15 10:00:00 BC") << dateTime << qint64(5) << QString();
}

void TestWatermark::lowBound()
{
    QFETCH(QString, after);
    QFETCH(int, kind);
    QFETCH(qint64, overlap);
    QFETCH(QString, low);
    Watermark mark;
    mark.column = QStringLiteral("at");
    mark.after = after;
    mark.overlap = overlap;
    mark.type.kind = TypeKind(kind);
    QString bound;
    QString error;
    QCOMPARE(watermarkLowBound(mark, &bound, &error), !low.isEmpty());
    if (low.isEmpty())
        QVERIFY2(error.contains(after) && error.contains(QLatin1String("at")), qPrintable(error));
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
    const auto sqlite = [&](const QString &name) {
        return *Endpoint::parse(QStringLiteral("sqlite://") + m_dir.filePath(name), &error);
    };
    Plan plan;
    plan.source = sqlite(QStringLiteral("s.db"));
    plan.target = sqlite(QStringLiteral("t.db"));
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
    // A run of the same profile against another target is kept apart.
    Plan elsewhere = plan;
    elsewhere.target = sqlite(QStringLiteral("u.db"));
    report.tables[0].watermark = QStringLiteral("2030-01-01 00:00:00");
    state.record(elsewhere, report);
    const QString file = m_dir.filePath(QStringLiteral("state.json"));
    QVERIFY2(state.save(file, &error), qPrintable(error));
    WatermarkState loaded;
    QVERIFY2(WatermarkState::load(file, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.marks.size(), 2);
    Plan next = plan;
    loaded.apply(&next);
    QCOMPARE(next.tables.at(0).watermark.after, done.watermark);
    loaded.apply(&elsewhere);
    QCOMPARE(elsewhere.tables.at(0).watermark.after, QStringLiteral("2030-01-01 00:00:00"));
    // Another source, or another column, starts afresh.
    Plan otherSource = plan;
    otherSource.source = sqlite(QStringLiteral("s2.db"));
    loaded.apply(&otherSource);
    QVERIFY(otherSource.tables.at(0).watermark.after.isEmpty());
    Plan otherColumn = plan;
    otherColumn.tables[0].watermark.column = QStringLiteral("created_at");
    loaded.apply(&otherColumn);
    QVERIFY(otherColumn.tables.at(0).watermark.after.isEmpty());
    // A failed table keeps the old value.
    report.tables[0].watermark.clear();
    report.tables[0].status = RunStatus::Failed;
    loaded.record(plan, report);
    loaded.apply(&next);
    QCOMPARE(next.tables.at(0).watermark.after, done.watermark);
    // A run that copies the table whole forgets its value before it starts.
    next.tables[0].watermark.after.clear();
    loaded.forgetWhole(next);
    QCOMPARE(loaded.marks.size(), 1);
    loaded.apply(&next);
    QVERIFY(next.tables.at(0).watermark.after.isEmpty());
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
    state.forgetWhole(profile);
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
    profile.options.verify = true; // the count only: the run reads part of the source
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
    QVERIFY2(report.tables.at(0).verification.contains(QLatin1String("only the rows past its watermark")),
             qPrintable(report.tables.at(0).verification));
    QVERIFY2(report.tables.at(0).watermark.startsWith(QLatin1String("2026-12-01 10:03:20.25")),
             qPrintable(report.tables.at(0).watermark));

    // The source goes on: three rows changed (the watermark moves), two new ones, a late commit
    // inside the five seconds of overlap, and a change that leaves the column alone.
    for (const QString &sql : {QStringLiteral("UPDATE %1 SET note = 'changed', at = '2026-12-01 10:05:00.250' WHERE id IN (10, 11, 12)"),
                               QStringLiteral("INSERT INTO %1 VALUES (201, 'new', '2026-12-01 10:05:01.250'), (202, 'new', '2026-12-01 10:05:01.250')"),
                               QStringLiteral("UPDATE %1 SET note = 'late', at = '2026-12-01 10:03:18.250' WHERE id = 20"),
                               QStringLiteral("UPDATE %1 SET note = 'unseen' WHERE id = 30")})
        QCOMPARE(exec(sql.arg(qualified)), QString());

    // Rows from 10:03:15.25 on: 195..200 (already in), 20, 10..12, 201 and 202.
    report = runIncremental(profile, stateFile, &planned, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(planned.tables.at(0).watermark.after.startsWith(QLatin1String("2026-12-01 10:03:20.25")),
             qPrintable(planned.tables.at(0).watermark.after));
    QCOMPARE(planned.tables.at(0).watermark.rows, qint64(12));
    QVERIFY(Watermarks::describe(planned.tables.at(0).watermark).contains(QLatin1String("less 5 s of overlap: 12 rows up to 2026-12-01 10:05:01.25")));
    QVERIFY2(report.status == RunStatus::Ok, qPrintable(report.tables.value(0).error));
    const TableReport &second = report.tables.at(0);
    QCOMPARE(second.read, 12);
    QCOMPARE(second.inserted, 2);
    QCOMPARE(second.updated, 4);
    QCOMPARE(second.unchanged, 6);
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

void TestWatermark::textWatermark_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
    QTest::newRow("mariadb") << QStringLiteral("mariadb");
}

// A text that grows, padded with zeros ('0001', ...): compared as text on every server, never as
// the number it looks like (SQLite would find no text past the number 100; PostgreSQL would refuse
// to compare text with an integer).
void TestWatermark::textWatermark()
{
    QFETCH(QString, source);
    static int round = 0;
    ++round;
    QString error;
    const QString sqlitePath = m_dir.filePath(QStringLiteral("codes%1.db").arg(round));
    test::SqliteFixture sqlite(sqlitePath);
    QString table = QStringLiteral("codes");
    QString qualified = table;
    std::function<QString(const QString &)> exec;
    Plan profile;
    if (source == QLatin1String("postgresql")) {
        qualified = QStringLiteral("S.codes");
        exec = [this](const QString &sql) { return m_pg->exec(sql); };
        profile.source = m_pg->endpoint();
    } else if (source == QLatin1String("mariadb")) {
        table = qualified = m_my->table(QStringLiteral("codes"));
        exec = [this](const QString &sql) { return m_my->exec(sql); };
        profile.source = m_my->endpoint();
    } else {
        exec = [&sqlite](const QString &sql) { return sqlite.exec(sql); };
        profile.source = *Endpoint::parse(QStringLiteral("sqlite://") + sqlitePath, &error);
    }
    QCOMPARE(exec(QStringLiteral("CREATE TABLE %1 (code varchar(8) PRIMARY KEY, label varchar(20))").arg(qualified)), QString());
    QStringList values;
    for (int i = 1; i <= 100; ++i)
        values << QStringLiteral("('%1', 'label')").arg(i, 4, 10, QLatin1Char('0'));
    QCOMPARE(exec(QStringLiteral("INSERT INTO %1 VALUES %2").arg(qualified, values.join(u','))), QString());
    profile.target = *Endpoint::parse(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("codes-copy%1.db").arg(round)), &error);
    profile.options.rejectsDir = m_dir.path();
    TableMapping mapping = TableMapping::named(table, QStringLiteral("codes"), TableMode::Merge);
    mapping.watermark.column = QStringLiteral("code");
    profile.tables << mapping;
    const QString stateFile = m_dir.filePath(QStringLiteral("codes-state%1.json").arg(round));
    Plan planned;
    Report report = runIncremental(profile, stateFile, &planned, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(report.status == RunStatus::Ok, qPrintable(report.tables.value(0).error));
    QCOMPARE(report.tables.at(0).watermark, QStringLiteral("0100"));
    QCOMPARE(exec(QStringLiteral("INSERT INTO %1 VALUES ('0101', 'new'), ('0102', 'new')").arg(qualified)), QString());
    report = runIncremental(profile, stateFile, &planned, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(planned.tables.at(0).watermark.rows, qint64(3)); // 0100 again, 0101, 0102
    QCOMPARE(report.tables.at(0).inserted, 2);
    QCOMPARE(report.tables.at(0).watermark, QStringLiteral("0102"));
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
    QCOMPARE(sqlite.exec(QStringLiteral("CREATE TABLE r (id INTEGER PRIMARY KEY, score REAL);\n"
                                        "INSERT INTO r VALUES (1, 1.5), (2, 9e999)")),
             QString());
    Plan endless;
    endless.source = *Endpoint::parse(db, &error);
    endless.target = *Endpoint::parse(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("refused.db")), &error);
    endless.options.rejectsDir = m_dir.path();
    endless.tables << TableMapping::named(QStringLiteral("r"), QStringLiteral("r"), TableMode::Merge);
    endless.tables[0].watermark.column = QStringLiteral("score");
    QVERIFY(!Planner::complete(&endless, &why));
    QVERIFY2(why.contains(QLatin1String("'inf'")) && why.contains(QLatin1String("no later value passes")), qPrintable(why));
    why = attempt(QStringLiteral("csv://") + csv, TableMode::Merge, QStringLiteral("at"));
    QVERIFY2(why.contains(QLatin1String("cannot select rows by a column")), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestWatermark)
#include "tst_watermark.moc"
