// KeyRange (docs/design/ranges.md): a table's integer keys split into ranges that together cover
// every key exactly once, whatever keys turn up after planning; the SQL that reads each range; the
// key its mark is kept under.

#include "endpoint/endpoint.h"
#include "io/backend.h"
#include "io/introspector.h"
#include "io/keyrange.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace barge;

namespace {

// Every qint64 is in exactly one range, in order, and the ranges say their place.
void checkCoverage(const QList<KeyRange> &ranges)
{
    QVERIFY(!ranges.isEmpty());
    QCOMPARE(ranges.first().first, LLONG_MIN);
    QCOMPARE(ranges.last().last, LLONG_MAX);
    for (int i = 0; i < ranges.size(); ++i) {
        QCOMPARE(ranges.at(i).index, i);
        QCOMPARE(ranges.at(i).count, int(ranges.size()));
        QVERIFY(ranges.at(i).first <= ranges.at(i).last);
        if (i > 0)
            QCOMPARE(ranges.at(i).first, ranges.at(i - 1).last + 1);
    }
}

int rangeOf(const QList<KeyRange> &ranges, qint64 key)
{
    int found = -1;
    for (const KeyRange &range : ranges) {
        if (range.contains(key)) {
            if (found >= 0)
                return -2; // in two ranges
            found = range.index;
        }
    }
    return found;
}

} // namespace

class TestKeyRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evenSplit();
    void smallTablesStayWhole();
    void extremesDoNotOverflow();
    void sparseKeysAndCaps();
    void filters();
    void labelsAndMarkKeys();
    void sqliteReadsEachRangeOnce();
};

void TestKeyRange::evenSplit()
{
    // 1..1,000,000, 250,000 a range: four of equal width, open at both ends.
    const QList<KeyRange> ranges = splitKeyRange(1, 1000000, 1000000, 250000);
    QCOMPARE(ranges.size(), 4);
    checkCoverage(ranges);
    QCOMPARE(ranges.at(1).first, 250001);
    QCOMPARE(ranges.at(1).last, 500000);
    QCOMPARE(ranges.at(2).first, 500001);
    QCOMPARE(ranges.at(3).first, 750001);
    // Keys seen after planning, below and above the bounds, still have a range.
    QCOMPARE(rangeOf(ranges, -5), 0);
    QCOMPARE(rangeOf(ranges, 1), 0);
    QCOMPARE(rangeOf(ranges, 250000), 0);
    QCOMPARE(rangeOf(ranges, 250001), 1);
    QCOMPARE(rangeOf(ranges, 1000000), 3);
    QCOMPARE(rangeOf(ranges, 5000000), 3);
    // A remainder is spread over the ranges: 1..10 in 3 ranges.
    const QList<KeyRange> uneven = splitKeyRange(1, 10, 10, 4);
    QCOMPARE(uneven.size(), 3);
    checkCoverage(uneven);
    for (qint64 key = -2; key <= 13; ++key)
        QVERIFY2(rangeOf(uneven, key) >= 0, qPrintable(QString::number(key)));
}

void TestKeyRange::smallTablesStayWhole()
{
    const KeyRange whole;
    QCOMPARE(splitKeyRange(1, 100, 100, 1000), QList<KeyRange>{whole}); // fewer rows than a range
    QCOMPARE(splitKeyRange(1, 100, 0, 10), QList<KeyRange>{whole});     // an empty (or uncounted) table
    QCOMPARE(splitKeyRange(5, 5, 1000, 10), QList<KeyRange>{whole});    // one key
    QCOMPARE(splitKeyRange(9, 1, 1000, 10), QList<KeyRange>{whole});    // no bounds (min > max)
    QCOMPARE(splitKeyRange(1, 100, 1000, 0), QList<KeyRange>{whole});   // no size asked
    QCOMPARE(rangeFilter(Dialect::Postgres, QStringLiteral("id"), whole), QString());
}

void TestKeyRange::extremesDoNotOverflow()
{
    // The whole qint64 span is 2^64 keys, more than a qint64 can count.
    const QList<KeyRange> all = splitKeyRange(LLONG_MIN, LLONG_MAX, 4000, 1000);
    QCOMPARE(all.size(), 4);
    checkCoverage(all);
    QCOMPARE(all.at(1).first, qint64(-4611686018427387904LL));
    QCOMPARE(all.at(2).first, qint64(0));
    QCOMPARE(all.at(3).first, qint64(4611686018427387904LL));
    const QList<KeyRange> high = splitKeyRange(LLONG_MAX - 9, LLONG_MAX, 10, 5);
    QCOMPARE(high.size(), 2);
    checkCoverage(high);
    QCOMPARE(high.at(1).first, LLONG_MAX - 4);
}

void TestKeyRange::sparseKeysAndCaps()
{
    // No more ranges than keys: 3 keys' width, asked for 1,000 rows a range of 1,000,000 rows.
    QCOMPARE(splitKeyRange(1, 3, 1000000, 1000).size(), 3);
    // At most maxRanges.
    const QList<KeyRange> capped = splitKeyRange(1, 100000000, 100000000, 10, 16);
    QCOMPARE(capped.size(), 16);
    checkCoverage(capped);
    QCOMPARE(splitKeyRange(1, 100, 100, 10, 1).size(), 1);
}

void TestKeyRange::filters()
{
    const QList<KeyRange> ranges = splitKeyRange(1, 30, 30, 10);
    QCOMPARE(ranges.size(), 3);
    QCOMPARE(rangeFilter(Dialect::Postgres, QStringLiteral("id"), ranges.at(0)), QStringLiteral("\"id\" <= 10"));
    QCOMPARE(rangeFilter(Dialect::Postgres, QStringLiteral("id"), ranges.at(1)),
             QStringLiteral("\"id\" >= 11 AND \"id\" <= 20"));
    QCOMPARE(rangeFilter(Dialect::MySql, QStringLiteral("order id"), ranges.at(2)), QStringLiteral("`order id` >= 21"));
    QCOMPARE(rangeFilter(Dialect::Sqlite, QStringLiteral("a\"b"), ranges.at(1)),
             QStringLiteral("\"a\"\"b\" >= 11 AND \"a\"\"b\" <= 20"));
}

void TestKeyRange::labelsAndMarkKeys()
{
    const QList<KeyRange> ranges = splitKeyRange(1, 3000000, 3000000, 1000000);
    QCOMPARE(ranges.size(), 3);
    QCOMPARE(ranges.at(0).label(QStringLiteral("id")), QStringLiteral("id ..1,000,000"));
    QCOMPARE(ranges.at(1).label(QStringLiteral("id")), QStringLiteral("id 1,000,001..2,000,000"));
    QCOMPARE(ranges.at(2).label(QStringLiteral("id")), QStringLiteral("id 2,000,001.."));
    // Each range's mark has its own key, never a table's own.
    QStringList keys;
    for (const KeyRange &range : ranges)
        keys << range.markKey(QStringLiteral("orders"));
    keys.removeDuplicates();
    QCOMPARE(keys.size(), 3);
    QVERIFY(!keys.contains(QStringLiteral("orders")));
    QVERIFY(keys.at(1).startsWith(QStringLiteral("orders")));
}

// A SQLite table: its key's bounds, then read range by range: every row once, in key order.
void TestKeyRange::sqliteReadsEachRangeOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("keys.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("keys"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE vacant (id INTEGER PRIMARY KEY)")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE mixed (k INTEGER)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO mixed VALUES (1), ('x'), (3)")));
        QVERIFY(db.transaction());
        for (int id = -20; id <= 200; id += 3) // sparse, and some below zero
            QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (%1, 'v%1')").arg(id)));
        QVERIFY(db.commit());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("keys"));
    QString error;
    const std::optional<Endpoint> endpoint = Endpoint::parse(QStringLiteral("sqlite://") + file, &error);
    QVERIFY2(endpoint.has_value(), qPrintable(error));
    // The key's bounds, as planning reads them; none for an empty table; a text among the keys is said.
    std::unique_ptr<Introspector> introspector = Backend::introspector(*endpoint, false);
    QVERIFY(introspector && introspector->open(&error));
    const std::optional<KeyBounds> bounds = introspector->keyBounds(QStringLiteral("t"), QStringLiteral("id"), &error);
    QVERIFY2(bounds.has_value(), qPrintable(error));
    QVERIFY(!bounds->empty);
    QCOMPARE(bounds->min, qint64(-20));
    QCOMPARE(bounds->max, qint64(199));
    const std::optional<KeyBounds> none = introspector->keyBounds(QStringLiteral("vacant"), QStringLiteral("id"), &error);
    QVERIFY2(none.has_value() && none->empty, qPrintable(error));
    QVERIFY(!introspector->keyBounds(QStringLiteral("mixed"), QStringLiteral("k"), &error).has_value());
    QVERIFY2(error.endsWith(QLatin1String("table mixed: column k holds values that are not integers")), qPrintable(error));
    // Bounds from planning narrower than the table: keys below 0 and above 150 came "later".
    const QList<KeyRange> ranges = splitKeyRange(0, 150, 51, 10);
    QCOMPARE(ranges.size(), 6);
    QList<qint64> seen;
    for (const KeyRange &range : ranges) {
        std::unique_ptr<RowReader> reader = Backend::reader(*endpoint, QStringLiteral("t"));
        QVERIFY(reader);
        QVERIFY(reader->restrictToRange(QStringLiteral("id"), range));
        QVERIFY2(reader->open(&error), qPrintable(error));
        for (bool more = true; more;) {
            RowBatch batch;
            more = reader->read(batch, 7); // the last call may still bring rows
            for (const Row &row : std::as_const(batch.rows)) {
                const qint64 id = row.at(0).toLongLong();
                QVERIFY2(range.contains(id), qPrintable(QStringLiteral("%1 in %2").arg(id).arg(range.label("id"))));
                seen << id;
            }
        }
        QVERIFY2(reader->error().isEmpty(), qPrintable(reader->error()));
    }
    QList<qint64> expected;
    for (qint64 id = -20; id <= 200; id += 3)
        expected << id;
    QCOMPARE(seen, expected);
}

QTEST_GUILESS_MAIN(TestKeyRange)
#include "tst_keyrange.moc"
