#pragma once
// NativeCopy: a same-engine shortcut a RowWriter may offer (SQLite to SQLite through ATTACH): the
// target engine copies rows straight from the source inside the writer's current unit of work,
// for as long as every value is already in the form the generic path would write.
//
// Two halves run on two threads, like a reader and a writer: check() walks the source in order
// and hands out ranges of rows that need nothing from Barge; copy() has the target copy one range.
// At the first row that needs conversion check() stops, and the engine carries on with the
// generic reader from there, so rejects, abort and row positions behave exactly as without the
// shortcut. check() runs on one thread, everything else on the writer's.

#include "io/sourcesnapshot.h"

#include <QString>

namespace barge {

struct NativeRange
{
    qint64 first = 0;  // source keys (SQLite rowids), inclusive
    qint64 last = 0;
    qint64 rows = 0;
    qint64 bytes = 0;  // approximate size of the rows' values
};

class NativeCopy
{
public:
    virtual ~NativeCopy() = default;

    // Rows the source table holds (for progress); -1 when unknown.
    virtual qint64 sourceRows() = 0;
    // The snapshot check() and copy() read (RowReader::snapshot); the generic reader that takes
    // over at a row needing conversion reads the same one.
    virtual SourceSnapshot snapshot() const = 0;
    // The next up to maxRows source rows that need no conversion, in source order. Returns false
    // when no range follows this one: at the end of the source (atEnd()), at a row for the generic
    // path, or on a read failure (*error). A range with rows is to be copied even then.
    virtual bool check(qint64 maxRows, NativeRange *range, QString *error) = 0;
    virtual bool atEnd() const = 0;
    // Copies one range checked before. Returns false when it did not: *error empty means the
    // target refused a row (the range is undone and the generic path takes over from its start),
    // *error set means the target failed as a whole.
    virtual bool copy(const NativeRange &range, QString *error) = 0;
};

} // namespace barge
