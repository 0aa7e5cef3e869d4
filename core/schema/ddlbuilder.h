#pragma once
// DdlBuilder: the CREATE/DROP/DELETE statements Barge runs on a target, per dialect. The same text
// is shown by --dry-run and the wizard's summary, so what is shown is what runs. Stateless.

#include "schema/dialect.h"
#include "schema/tableschema.h"

#include <QString>

namespace barge {

class DdlBuilder
{
public:
    static QString createTable(Dialect dialect, const TableSchema &table);
    static QString dropTable(Dialect dialect, const QString &table);
    static QString truncateTable(Dialect dialect, const QString &table);
    static QString insert(Dialect dialect, const QString &table, const QStringList &columns);
};

} // namespace barge
