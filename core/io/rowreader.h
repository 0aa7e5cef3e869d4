#pragma once
// RowReader: reads one source table in batches. Created on any thread, but open() and everything
// after it run in the one worker thread that owns the reader (database handles are thread bound).

#include "mapping/tablemapping.h"
#include "schema/row.h"
#include "io/keyrange.h"
#include "io/sourcesnapshot.h"
#include "schema/tableschema.h"

#include <QString>

namespace barge {

class RowReader
{
public:
    // Where a batch ends whatever maxRows says (RowBatch::bytes, source bytes): the table job
    // bounds memory by the batches it keeps in flight, so a batch must be bounded in bytes too,
    // or 2,000 rows of a wide table (200 kB each) would be 400 MB, times the queue's length.
    static constexpr qint64 batchBytes = 2 << 20;

    virtual ~RowReader() = default;

    // Opens the source and positions before the first row; the schema is known afterwards.
    virtual bool open(QString *error) = 0;
    virtual TableSchema schema() const = 0;
    // Appends up to maxRows rows (and any rows rejected while reading) to batch, fewer once this
    // call added batchBytes of values. Returns false at the end or on a failure; error() is
    // non-empty for a failure.
    virtual bool read(RowBatch &batch, int maxRows) = 0;
    virtual QString error() const = 0;
    // Per source column, the type the plan converts it to; a reader may use it to skip work
    // (CSV parses plain numbers in place). Called after open(), before the first read().
    virtual void setTypeHints(const QList<DataType> &columnTypes) { Q_UNUSED(columnTypes) }
    // The snapshot the rows come from, known after open(). Database readers read the whole table
    // in one snapshot (rows written meanwhile are not seen), counting it there when the table is
    // small enough for an exact count; a CSV file is read as it is, as of its last change.
    virtual SourceSnapshot snapshot() const = 0;
    // Reads only the rows whose key (`columns`, this side's names) is one of `keys`, each given as
    // its canonical text (TableDigest), integers when `integer`. Called before open(). False where
    // the reader cannot (files): it then reads every row.
    virtual bool restrictToKeys(const QStringList &columns, const QList<QStringList> &keys, bool integer)
    {
        Q_UNUSED(columns)
        Q_UNUSED(keys)
        Q_UNUSED(integer)
        return false;
    }
    // Reads only the rows of an incremental run: past `low` (watermarkLowBound) and up to the
    // watermark's upTo (watermarkFilter). Called before open(). False where the reader cannot
    // (files): planning refuses a watermark there.
    virtual bool restrictToWatermark(const Watermark &watermark, const QString &low)
    {
        Q_UNUSED(watermark)
        Q_UNUSED(low)
        return false;
    }
    // Reads only the rows of one key range of a table split into ranges (io/keyrange.h): `column`
    // is this side's integer key. Called before open(); ANDed with any other restriction. False
    // where the reader cannot (files): the table is then not split.
    virtual bool restrictToRange(const QString &column, const KeyRange &range)
    {
        Q_UNUSED(column)
        Q_UNUSED(range)
        return false;
    }
    // Size of the input in bytes when known (files), for progress; -1 otherwise.
    virtual qint64 totalBytes() const { return -1; }
};

} // namespace barge
