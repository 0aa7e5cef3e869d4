#include "schema/tableschema.h"

#include <algorithm>

namespace barge {

int TableSchema::indexOf(const QString &column) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].name == column)
            return i;
    }
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].name.compare(column, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QStringList TableSchema::columnNames() const
{
    QStringList names;
    names.reserve(columns.size());
    for (const ColumnSchema &c : columns)
        names << c.name;
    return names;
}

QStringList TableSchema::primaryKey() const
{
    QList<const ColumnSchema *> keyed;
    for (const ColumnSchema &c : columns) {
        if (c.primaryKeyPosition > 0)
            keyed << &c;
    }
    std::sort(keyed.begin(), keyed.end(), [](const ColumnSchema *a, const ColumnSchema *b) {
        return a->primaryKeyPosition < b->primaryKeyPosition;
    });
    QStringList names;
    for (const ColumnSchema *c : keyed)
        names << c->name;
    return names;
}

} // namespace barge
