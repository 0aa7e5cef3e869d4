#pragma once
// KeyRange (core/io): one part of a table split by an integer key, so that the parts load side by
// side and resume each from its own mark (docs/design/ranges.md). The first part is open below and
// the last open above: a key outside the bounds seen while planning (a row added since) is still
// read by exactly one part.
// A file source that splits at record boundaries (CSV: Introspector::recordRanges) uses the same
// ranges with byte offsets for keys, under the column name KeyRange::records(), and says the lines
// each part covers; there every part has its first offset (records are not added before the first)
// and only the last is open.

#include "schema/dialect.h"

#include <QList>
#include <QString>

#include <climits>

namespace barge {

struct KeyRange
{
    qint64 first = LLONG_MIN; // inclusive; LLONG_MIN: no lower bound
    qint64 last = LLONG_MAX;  // inclusive; LLONG_MAX: no upper bound
    int index = 0;            // 0-based position among the table's ranges
    int count = 1;            // how many ranges the table has
    // Records split by byte offsets: the file's lines the part covers (0: open end, or a key range).
    qint64 firstLine = 0;
    qint64 lastLine = 0;
    // Records: a checksum of the file's bytes around the part's first and past its last byte, taken
    // when the file was split; a part compares it before reading (a file changed since is refused).
    quint32 check = 0;

    // The column name of ranges of a file's records: first and last are the byte offsets of the
    // part's first record and of its last byte. Not meant to be any table column's name.
    static QString records() { return QStringLiteral("#records"); }
    // The column name of ranges of a PostgreSQL table's pages (read through its rows' ctid), for
    // a table without an integer key: first and last are page numbers.
    static QString pages() { return QStringLiteral("#pages"); }

    bool contains(qint64 key) const { return key >= first && key <= last; }
    // For people: "id 1..1,000,000", "id ..999", "id 2,000,001.."; records: "lines 2..250,001";
    // pages: "pages 0..1,233".
    QString label(const QString &column) const;
    // What the range's LoadMark is kept under in the target: the table, then its bounds.
    QString markKey(const QString &targetTable) const;

    friend bool operator==(const KeyRange &a, const KeyRange &b)
    {
        return a.first == b.first && a.last == b.last && a.index == b.index && a.count == b.count;
    }
};

// The smallest and largest value of a table's integer key (Introspector::keyBounds).
struct KeyBounds
{
    qint64 min = 0;
    qint64 max = 0;
    bool empty = true; // no row (or only NULL keys): nothing to split
};

// The ranges of keys min..max holding about `rows` rows, each of about `rowsPerRange`: equal key
// widths (sparse keys give uneven parts), at most `maxRanges`, and one range (open both ways) when
// fewer than two would do. Covers every qint64 together, with no gap and no overlap.
QList<KeyRange> splitKeyRange(qint64 min, qint64 max, qint64 rows, qint64 rowsPerRange, int maxRanges = 1000);

// The SQL condition that reads one range: "id" >= 1 AND "id" <= 9 (an open end has no term; a
// range open both ways gives an empty string).
QString rangeFilter(Dialect dialect, const QString &column, const KeyRange &range);

// A reader's restrictToRange: ANDs rangeFilter's condition onto *where (a reader's WHERE, maybe empty).
void andRangeFilter(QString *where, Dialect dialect, const QString &column, const KeyRange &range);

} // namespace barge
