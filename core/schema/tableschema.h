#pragma once
// ColumnSchema / TableSchema: what introspection tells about a table, engine-neutral. Plain values.

#include "schema/datatype.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace barge {

struct ColumnSchema
{
    QString name;
    QString declaredType;      // as the source spells it ("VARCHAR(40)", "NUMERIC(12,2)", "" for CSV)
    DataType type;             // Barge's neutral reading of declaredType (or inferred, for CSV)
    bool nullable = true;
    int primaryKeyPosition = 0; // 1-based position in the primary key, 0 = not part of it

    friend bool operator==(const ColumnSchema &a, const ColumnSchema &b)
    {
        return a.name == b.name && a.declaredType == b.declaredType && a.type == b.type
            && a.nullable == b.nullable && a.primaryKeyPosition == b.primaryKeyPosition;
    }
};

struct TableSchema
{
    QString name;
    QList<ColumnSchema> columns;
    qint64 rowCount = -1;      // -1 unknown
    bool rowCountExact = false;

    int indexOf(const QString &column) const;
    QStringList columnNames() const;
    QStringList primaryKey() const; // in key order

    friend bool operator==(const TableSchema &a, const TableSchema &b)
    {
        return a.name == b.name && a.columns == b.columns && a.rowCount == b.rowCount
            && a.rowCountExact == b.rowCountExact;
    }
};

} // namespace barge
