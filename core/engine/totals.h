#pragma once
// sumOf: adds up one counter over a list of per-table records (TableReport, TableProgress).

#include <QList>
#include <QtGlobal>

namespace barge {

template <typename Table>
qint64 sumOf(const QList<Table> &tables, qint64 Table::*field)
{
    qint64 sum = 0;
    for (const Table &t : tables)
        sum += t.*field;
    return sum;
}

} // namespace barge
