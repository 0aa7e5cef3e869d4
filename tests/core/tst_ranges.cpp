// One table in key ranges (RangeSplit), end to end on real SQLite files in process: every row once
// whatever the key's gaps, a report and a LoadMark per range, one rejects file, verify and indexes
// once, abort stopping the table's other ranges, progress, the policy, and the checkpoint's ranges.

#include "engine/checkpoint.h"
#include "engine/migrationengine.h"
#include "engine/planner.h"
#include "engine/rangesplit.h"
#include "profile/profile.h"
#include "sqlitefixture.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace barge;
using barge::test::SqliteFixture;

class TestRanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void splitsATableIntoRanges();
    void rangesMergeTheirRejects();
    void abortStopsTheTablesOtherRanges();
    void smallTablesAndOtherModesStayOneStream();
    void keysThatAreNotAllIntegersStayOneStream();
    void cancelledFinishLeavesTheTableNotDone();
    void parsesTheOption();
    void profileKeepsTheOption();
    void checkpointKeepsRanges();

private:
    void makeSource(int rows, const QString &badKeys = QString());
    Plan plan(qint64 rangeRows, int jobs, OnError onError = OnError::Abort);
    Report run(const Plan &plan, QList<Progress> *progress = nullptr);
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRanges::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// orders: keys 3, 6, 9, ... (gaps), an index on name; qty is text, a number except at `badKeys`.
void TestRanges::makeSource(int rows, const QString &badKeys)
{
    SqliteFixture source(path("source.db"));
    QCOMPARE(source.exec(QStringLiteral(
                 "CREATE TABLE orders (id INTEGER PRIMARY KEY, name TEXT NOT NULL, qty TEXT);\n"
                 "CREATE INDEX orders_name ON orders (name);\n"
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                 "INSERT INTO orders SELECT 3 * i, 'name ' || i, CAST(i AS TEXT) FROM n")
                             .arg(rows)),
             QString());
    if (!badKeys.isEmpty())
        QCOMPARE(source.exec(QStringLiteral("UPDATE orders SET qty = 'bad ' || id WHERE id IN (%1)").arg(badKeys)),
                 QString());
}

Plan TestRanges::plan(qint64 rangeRows, int jobs, OnError onError)
{
    QString error;
    PlanRequest request;
    request.source = *Endpoint::parse("sqlite://" + path("source.db"), &error);
    request.target = *Endpoint::parse("sqlite://" + path("target.db"), &error);
    request.options.onError = onError;
    request.options.rejectsDir = m_dir->path();
    request.options.batchSize = 1000;
    request.options.jobs = jobs;
    request.options.rangeRows = rangeRows;
    request.options.verify = true;
    Plan result;
    if (!Planner::build(request, &result, &error))
        qWarning() << "plan failed:" << error;
    // qty goes in as an integer: the rows whose qty is no number are rejected.
    for (TableMapping &table : result.tables) {
        for (FieldMapping &field : table.fields) {
            if (field.target == QLatin1String("qty"))
                field.type = DataType::of(TypeKind::Int64);
        }
    }
    return result;
}

Report TestRanges::run(const Plan &plan, QList<Progress> *progress)
{
    MigrationEngine engine;
    QSignalSpy finished(&engine, &MigrationEngine::finished);
    if (progress)
        connect(&engine, &MigrationEngine::progressChanged, this, [progress](const Progress &p) { *progress << p; });
    engine.start(plan);
    if (!finished.wait(60000))
        return Report();
    return finished.first().first().value<Report>();
}

void TestRanges::splitsATableIntoRanges()
{
    makeSource(50000);
    QList<Progress> progress;
    const Report report = run(plan(10000, 3), &progress);
    QCOMPARE(report.status, RunStatus::Ok);
    const TableReport &table = report.tables.at(0);
    QCOMPARE(table.read, 50000);
    QCOMPARE(table.written, 50000);
    QCOMPARE(table.ranges.size(), 5);
    qint64 written = 0;
    for (int i = 0; i < table.ranges.size(); ++i) {
        const RangeReport &range = table.ranges.at(i);
        QCOMPARE(range.status, RunStatus::Ok);
        QVERIFY2(range.label.startsWith("id "), qPrintable(range.label));
        QVERIFY(range.written > 0);
        written += range.written;
    }
    QCOMPARE(written, 50000);
    QCOMPARE(table.ranges.first().first, LLONG_MIN); // open ends: a key added since planning is read too
    QCOMPARE(table.ranges.last().last, LLONG_MAX);
    QVERIFY2(table.verification.startsWith("verified: 50,000 rows equal"), qPrintable(table.verification));
    // Every row exactly once, and the index built after the rows, once.
    SqliteFixture target(path("target.db"));
    QCOMPARE(target.scalar("SELECT count(*) || ' ' || count(DISTINCT id) || ' ' || sum(id) FROM orders").toString(),
             QStringLiteral("50000 50000 3750075000"));
    QCOMPARE(target.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'orders_name'").toInt(), 1);
    // The JSON report has the ranges, their bounds as strings.
    const QByteArray json = report.toJson();
    QVERIFY2(json.contains("\"ranges\"") && json.contains("\"last\": \""), json.constData());
    // Progress: five ranges, never more done than there are, never more read than the table holds.
    QVERIFY(!progress.isEmpty());
    int done = 0;
    for (const Progress &p : std::as_const(progress)) {
        const TableProgress &t = p.tables.at(0);
        if (t.state == TableProgress::State::Waiting)
            continue;
        QVERIFY(t.rangesDone >= done);
        done = t.rangesDone;
        QVERIFY(t.rangesRunning <= 3);
        QVERIFY(t.read <= 50000);
    }
    QCOMPARE(progress.last().tables.at(0).ranges, 5);
    QCOMPARE(progress.last().tables.at(0).rangesDone, 5);
}

void TestRanges::rangesMergeTheirRejects()
{
    makeSource(50000, QStringLiteral("3, 60003, 120006, 149997"));
    const Report report = run(plan(10000, 2, OnError::Skip));
    QCOMPARE(report.status, RunStatus::Rejected);
    const TableReport &table = report.tables.at(0);
    QCOMPARE(table.written, 49996);
    QCOMPARE(table.rejected, 4);
    QCOMPARE(table.ranges.at(0).rejected, 1);
    QCOMPARE(table.ranges.at(4).rejected, 2);
    QCOMPARE(table.rejectsFile, path("orders.rejects.csv"));
    QFile rejects(table.rejectsFile);
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(rejects.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), QStringLiteral("id,name,qty,_error,_origin"));
    // In key order, each row's origin naming its range (rows are counted from 1 in each).
    const QStringList keys{"3", "60003", "120006", "149997"};
    for (int i = 0; i < keys.size(); ++i)
        QVERIFY2(lines.at(i + 1).startsWith(keys.at(i) + ","), qPrintable(lines.at(i + 1)));
    QVERIFY2(lines.at(2).contains("of key range id 60,0"), qPrintable(lines.at(2)));
    // The parts are gone.
    QCOMPARE(QDir(m_dir->path()).entryList({"*.part*"}), QStringList());
}

void TestRanges::abortStopsTheTablesOtherRanges()
{
    makeSource(50000, QStringLiteral("15000"));
    const Report report = run(plan(10000, 1));
    QCOMPARE(report.status, RunStatus::Failed);
    const TableReport &table = report.tables.at(0);
    QCOMPARE(table.ranges.size(), 5);
    QCOMPARE(table.ranges.at(0).status, RunStatus::Failed);
    QCOMPARE(table.ranges.at(0).written, 4999); // the rows before the bad one stay
    for (int i = 1; i < 5; ++i) {
        QCOMPARE(table.ranges.at(i).status, RunStatus::Cancelled);
        QVERIFY2(table.ranges.at(i).error.contains("another range failed"), qPrintable(table.ranges.at(i).error));
    }
    QVERIFY2(table.error.startsWith(table.ranges.at(0).label + ": stopped at the first bad row"), qPrintable(table.error));
    QVERIFY2(table.error.contains("row 5000 of key range id"), qPrintable(table.error));
    QCOMPARE(table.written, 4999);
    SqliteFixture target(path("target.db"));
    QCOMPARE(target.scalar("SELECT count(*) FROM orders").toInt(), 4999);
    // The table's rejects file shows the bad row; the range's part stays, for a resume to carry on.
    QCOMPARE(table.rejectsFile, path("orders.rejects.csv"));
    QFile rejects(table.rejectsFile);
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    QCOMPARE(rejects.readAll().count('\n'), 2);
    QCOMPARE(QDir(m_dir->path()).entryList({"*.part*"}), QStringList({"orders.rejects.part0000.csv"}));
    // Nothing was built for a table that did not load: no index.
    QCOMPARE(target.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'orders_name'").toInt(), 0);
}

void TestRanges::smallTablesAndOtherModesStayOneStream()
{
    makeSource(5000);
    Plan p = plan(10000, 2);
    QCOMPARE(RangeSplit::rowsPerRange(p, p.tables.at(0), 5000), 0);     // fits in one range
    QCOMPARE(RangeSplit::rowsPerRange(p, p.tables.at(0), 50000), 10000);
    p.options.rangeRows = -1; // automatic: PostgreSQL and MariaDB targets with jobs > 1, big tables only
    QCOMPARE(RangeSplit::rowsPerRange(p, p.tables.at(0), 50000000), 0); // a SQLite target takes one writer
    Plan server = p;
    server.target = *Endpoint::parse("postgresql://u@localhost/db", nullptr);
    QCOMPARE(RangeSplit::rowsPerRange(server, server.tables.at(0), 50000000), MigrationOptions::autoRangeRows);
    QCOMPARE(RangeSplit::rowsPerRange(server, server.tables.at(0), 3000000), 750000); // 4 ranges: 2 rounds of 2
    server.options.jobs = 3;
    QCOMPARE(RangeSplit::rowsPerRange(server, server.tables.at(0), 10000000), 833334); // 12 ranges: 4 rounds of 3
    server.options.jobs = 2;
    QCOMPARE(RangeSplit::rowsPerRange(server, server.tables.at(0), MigrationOptions::autoSplitAbove), 0);
    server.options.jobs = 1;
    QCOMPARE(RangeSplit::rowsPerRange(server, server.tables.at(0), 50000000), 0);
    server.options.jobs = 2;
    server.tables[0].mode = TableMode::Merge; // a merge matches rows by key in one stream
    QCOMPARE(RangeSplit::rowsPerRange(server, server.tables.at(0), 50000000), 0);
    server.options.rangeRows = 0;
    server.tables[0].mode = TableMode::Append;
    QCOMPARE(RangeSplit::rowsPerRange(server, server.tables.at(0), 50000000), 0);
    // The key: a one-column integer primary key, else a SQLite rowid; a text key splits nothing.
    TableSchema schema;
    ColumnSchema code;
    code.name = QStringLiteral("code");
    code.type = DataType::text();
    code.primaryKeyPosition = 1;
    schema.columns << code;
    QCOMPARE(RangeSplit::keyColumn(schema, Dialect::Postgres), QString());
    schema.columns.last().primaryKeyPosition = 0;
    QCOMPARE(RangeSplit::keyColumn(schema, Dialect::Sqlite), QStringLiteral("rowid"));
    QCOMPARE(RangeSplit::keyColumn(schema, Dialect::Postgres), QString());
    // A table too small for two ranges loads as one stream, with no ranges in its report.
    const Report report = run(plan(10000, 2));
    QCOMPARE(report.status, RunStatus::Ok);
    QCOMPARE(report.tables.at(0).written, 5000);
    QVERIFY(report.tables.at(0).ranges.isEmpty());
}

// SQLite allows NULL and reals in a primary key that is not the rowid. NULLs make it no key (the
// planner says so) and the table splits by its rowid, every row read; a real among the keys would be
// read by no range (between two), so such a table loads as one stream and says why.
void TestRanges::keysThatAreNotAllIntegersStayOneStream()
{
    {
        SqliteFixture source(path("source.db"));
        QCOMPARE(source.exec(QStringLiteral(
                     "CREATE TABLE items (id INT PRIMARY KEY, name TEXT NOT NULL, qty TEXT);\n"
                     "CREATE TABLE orders (id INT PRIMARY KEY, name TEXT NOT NULL, qty TEXT);\n"
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                     "INSERT INTO orders SELECT i, 'name ' || i, '1' FROM n;\n"
                     "INSERT INTO items SELECT * FROM orders;\n"
                     "INSERT INTO orders VALUES (NULL, 'no key', '1'), (NULL, 'no key either', '1');\n"
                     "INSERT INTO items VALUES (7000.5, 'half', '1')")),
                 QString());
    }
    MigrationEngine engine;
    QSignalSpy messages(&engine, &MigrationEngine::message);
    QSignalSpy finished(&engine, &MigrationEngine::finished);
    engine.start(plan(5000, 2, OnError::Skip));
    QVERIFY(finished.wait(60000));
    const Report report = finished.first().first().value<Report>();
    QCOMPARE(report.tables.size(), 2);
    for (const TableReport &table : report.tables) {
        if (table.source == QLatin1String("orders")) {
            QCOMPARE(table.status, RunStatus::Ok);
            QCOMPARE(table.written, 20002); // the NULL keys too
            QCOMPARE(table.ranges.size(), 5); // 20,002 rows in ranges of 5,000
            QVERIFY2(table.ranges.first().label.startsWith("rowid "), qPrintable(table.ranges.first().label));
        } else {
            // Every row read: the real key rejected by the integer key column with its reason, none lost.
            QCOMPARE(table.read, 20001);
            QCOMPARE(table.written, 20000);
            QCOMPARE(table.rejected, 1);
            QVERIFY(table.ranges.isEmpty());
        }
    }
    QStringList said;
    for (const QList<QVariant> &m : std::as_const(messages))
        said << m.first().toString();
    QVERIFY2(said.join('\n').contains("items loads as one stream: ") && said.join('\n').contains("not integers (NULL or real)"),
             qPrintable(said.join('\n')));
}

// Cancelled once its ranges are in (while verify compares, say): the indexes were not built, so the
// table is cancelled, not done, and a resume finishes it.
void TestRanges::cancelledFinishLeavesTheTableNotDone()
{
    makeSource(20000);
    const Plan p = plan(10000, 2);
    RangeSplit::Prepared prepared;
    prepared.column = QStringLiteral("id");
    prepared.ranges = splitKeyRange(3, 60000, 20000, 10000);
    prepared.columns = QStringList{"id", "name", "qty"};
    QCOMPARE(prepared.ranges.size(), 2);
    TableReport part;
    part.read = part.written = 10000;
    const std::atomic<bool> cancel{true};
    const TableReport report = RangeSplit::finish(p, 0, prepared, {part, part}, &cancel);
    QCOMPARE(report.status, RunStatus::Cancelled);
    QCOMPARE(report.written, 20000);
    QCOMPARE(report.ranges.size(), 2);
}

void TestRanges::parsesTheOption()
{
    qint64 rows = 7;
    QString error;
    QVERIFY(RangeSplit::parse("auto", &rows, &error));
    QCOMPARE(rows, -1);
    QVERIFY(RangeSplit::parse("off", &rows, &error));
    QCOMPARE(rows, 0);
    QVERIFY(RangeSplit::parse("250000", &rows, &error));
    QCOMPARE(rows, 250000);
    QVERIFY(!RangeSplit::parse("12", &rows, &error));
    QCOMPARE(error, QStringLiteral("expected auto, off or a number of rows per range from 1,000 to 1,000,000,000, got '12'"));
    QVERIFY(!RangeSplit::parse("many", &rows, &error));
    QCOMPARE(RangeSplit::name(-1), QStringLiteral("auto"));
    QCOMPARE(RangeSplit::name(0), QStringLiteral("off"));
    QCOMPARE(RangeSplit::name(5000), QStringLiteral("5000"));
}

void TestRanges::profileKeepsTheOption()
{
    makeSource(10);
    for (const qint64 rows : {qint64(-1), qint64(0), qint64(250000)}) {
        Plan p = plan(rows, 2);
        QString saveError;
    QVERIFY2(Profile::save(p, path("p.json"), &saveError), qPrintable(saveError));
        QFile file(path("p.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QCOMPARE(text.contains("\"ranges\""), rows != -1); // automatic is the default and not written
        Plan loaded;
        QString error;
        QVERIFY2(Profile::load(path("p.json"), &loaded, &error), qPrintable(error));
        QCOMPARE(loaded.options.rangeRows, rows);
    }
    QFile file(path("p.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    text.replace("\"ranges\": 250000", "\"ranges\": 2.5");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    Plan loaded;
    QString error;
    QVERIFY(!Profile::load(path("p.json"), &loaded, &error));
    QVERIFY2(error.contains("options.ranges") && error.contains("got '2.5'"), qPrintable(error));
}

void TestRanges::checkpointKeepsRanges()
{
    makeSource(10);
    const Plan p = plan(10000, 2);
    Checkpoint checkpoint = Checkpoint::begin("hash", p, Profile::toJson(p), {});
    Checkpoint::Table &table = checkpoint.tables[0];
    table.state = Checkpoint::TableState::Loading;
    table.rangeColumn = QStringLiteral("id");
    const QList<KeyRange> ranges = splitKeyRange(LLONG_MIN + 1, LLONG_MAX - 1, 30, 10);
    QCOMPARE(ranges.size(), 3);
    for (const KeyRange &range : ranges)
        table.ranges << Checkpoint::Range{range, Checkpoint::TableState::Pending, TableReport()};
    table.ranges[0].state = Checkpoint::TableState::Done;
    table.ranges[0].report.written = 10;
    table.ranges[1].state = Checkpoint::TableState::Loading;
    QString error;
    QVERIFY2(checkpoint.save(path("c.json"), &error), qPrintable(error));
    const std::optional<Checkpoint> loaded = Checkpoint::load(path("c.json"), &error);
    QVERIFY2(loaded, qPrintable(error));
    const Checkpoint::Table &back = loaded->tables.at(0);
    QCOMPARE(back.rangeColumn, QStringLiteral("id"));
    QCOMPARE(back.ranges.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(back.ranges.at(i).range, ranges.at(i)); // int64 bounds exact (strings in the JSON)
    QCOMPARE(back.ranges.at(0).report.written, 10);
    QCOMPARE(back.ranges.at(1).state, Checkpoint::TableState::Loading);
    int done = 0;
    int total = 0;
    loaded->rangeCounts(&done, &total);
    QCOMPARE(done, 1);
    QCOMPARE(total, 3);
    // A checkpoint of version 1 (before ranges) still loads.
    QFile file(path("c.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    QVERIFY(text.contains("\"version\": 2"));
    const qsizetype at = text.indexOf("\"rangeColumn\"");
    text = text.left(at) + text.mid(text.indexOf(',', text.indexOf(']', at)) + 1); // drops rangeColumn and ranges
    text.replace("\"version\": 2", "\"version\": 1");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    const std::optional<Checkpoint> old = Checkpoint::load(path("c.json"), &error);
    QVERIFY2(old, qPrintable(error + "\n" + QString::fromUtf8(text)));
    QVERIFY(old->tables.at(0).ranges.isEmpty());
}

QTEST_GUILESS_MAIN(TestRanges)
#include "tst_ranges.moc"
