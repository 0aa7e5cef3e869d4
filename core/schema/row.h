#pragma once
// Row and RowBatch: how data moves from a RowReader to a RowWriter. A Row holds one QVariant per
// column in the forms ValueConverter documents. Batches travel between threads by value.

#include <QList>
#include <QString>
#include <QVariant>

namespace barge {

using Row = QList<QVariant>;

// A row that could not be read or converted; it goes to the rejects file with its reason.
struct RejectedRow
{
    Row values;        // as read (text where conversion failed)
    qint64 position = 0; // CSV line or row number, comparable with RowBatch::positions
    QString origin;    // where it came from: "orders.csv:1042" or "orders row 1041"
    QString reason;    // "column amount: '12,5' is not a decimal"
};

struct RowBatch
{
    QList<Row> rows;
    QList<Row> sourceRows;         // after conversion: the rows as read, for reject files
    QList<qint64> positions;       // per row: CSV line or 1-based row number in the source table
    QString positionFormat;        // "orders.csv line %1", "table orders row %1"
    QList<RejectedRow> rejected;   // rows that failed before reaching the writer
    qint64 bytes = 0;              // source bytes these rows took (estimate for databases)

    QString origin(int row) const { return positionFormat.arg(positions.value(row)); }
    void clear()
    {
        rows.clear();
        sourceRows.clear();
        positions.clear();
        rejected.clear();
        bytes = 0;
    }
};

} // namespace barge
