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

QList<FieldMapping> AutoMatcher::reshape(const QList<FieldMapping> &fields, const TableSchema &before,
                                         const TableSchema &after, const std::optional<TableSchema> &existingTarget)
{
    const auto has = [](const TableSchema &schema, const QString &column) { return schema.indexOf(column) >= 0; };
    QList<FieldMapping> reshaped;
    if (existingTarget) {
        for (FieldMapping field : fields) {
            const bool gone = !field.isConstant() && !has(after, field.source);
            if (gone || (field.isConstant() && !field.constant.isValid())) {
                const QString found = match(field.target, after);
                if (!found.isEmpty() && (gone || !has(before, found))) {
                    field.source = found;
                    field.constant = QVariant();
                } else if (gone) {
                    field.source.clear(); // NULL, or the column's default
                    field.constant = QVariant();
                }
            }
            reshaped << field;
        }
        return reshaped;
    }
    QList<FieldMapping> added;
    for (const FieldMapping &field : copyColumns(after)) {
        if (!has(before, field.source))
            added << field;
    }
    bool placed = false;
    for (const FieldMapping &field : fields) {
        if (field.isConstant() || has(after, field.source)) {
            reshaped << field;
        } else if (!placed) {
            reshaped << added;
            placed = true;
        }
    }
    if (!placed)
        reshaped << added;
    return reshaped;
}

} // namespace barge
