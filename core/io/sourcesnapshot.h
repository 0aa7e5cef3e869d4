#pragma once
// SourceSnapshot: what a read sees of its source table, the table as it was at one moment, so that
// a report can say what a copy holds when the source changes while it is copied. A plain value.

#include <QDateTime>
#include <QtGlobal>

namespace barge {

struct SourceSnapshot
{
    QDateTime asOf;   // UTC; the server's clock for PostgreSQL and MariaDB; invalid when unknown
    qint64 rows = -1; // rows the table held in that snapshot; -1 when not counted (large tables)
};

} // namespace barge
