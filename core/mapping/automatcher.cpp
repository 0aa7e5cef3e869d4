#include "mapping/automatcher.h"

namespace barge {

QString AutoMatcher::normalise(const QString &name)
{
    // Only letters and digits count, lower-cased; a camelCase boundary is simply dropped, which is
    // what makes "CustomerId", "customer_id" and "Customer ID" the same name.
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

QString AutoMatcher::match(const QString &target, const TableSchema &source)
{
    for (const ColumnSchema &column : source.columns) {
        if (column.name == target)
            return column.name;
    }
    const QString wanted = normalise(target);
    if (wanted.isEmpty())
        return QString();
    for (const ColumnSchema &column : source.columns) {
        if (normalise(column.name) == wanted)
            return column.name;
    }
    return QString();
}

QList<FieldMapping> AutoMatcher::copyColumns(const TableSchema &source)
{
    QList<FieldMapping> fields;
    for (const ColumnSchema &column : source.columns) {
        FieldMapping field;
        field.target = column.name;
        field.source = column.name;
        field.type = column.type;
        field.nullable = column.nullable;
        field.primaryKeyPosition = column.primaryKeyPosition;
        field.columnDefault = column.defaultValue;
        field.autoIncrement = column.autoIncrement;
        fields << field;
    }
    return fields;
}

QList<FieldMapping> AutoMatcher::intoExisting(const TableSchema &source, const TableSchema &target)
{
    QList<FieldMapping> fields;
    for (const ColumnSchema &column : target.columns) {
        FieldMapping field;
        field.target = column.name;
        field.source = match(column.name, source);
        field.type = column.type;
        field.nullable = column.nullable;
        field.primaryKeyPosition = column.primaryKeyPosition;
        fields << field;
    }
    return fields;
}

} // namespace barge
