#include "mapping/rowconverter.h"

#include "schema/valueconverter.h"

namespace barge {

bool RowConverter::setup(const TableMapping &mapping, const TableSchema &source, QString *error)
{
    m_fields.clear();
    for (const FieldMapping &mapped : mapping.fields) {
        Field field;
        field.name = mapped.target;
        field.type = mapped.type;
        field.nullable = mapped.nullable;
        field.constant = mapped.constant;
        field.defaultValue = mapped.defaultValue;
        if (!mapped.isConstant()) {
            field.sourceIndex = source.indexOf(mapped.source);
            if (field.sourceIndex < 0) {
                *error = QStringLiteral("table %1: source column '%2' (for target column '%3') does not exist; "
                                        "the source has: %4")
                             .arg(mapping.source, mapped.source, mapped.target,
                                  source.columnNames().join(QStringLiteral(", ")));
                return false;
            }
        }
        m_fields << field;
    }
    return true;
}

// Values already in the target type's form pass straight through; this is the common case for
// database-to-database copies and avoids a conversion call per value.
static bool alreadyInForm(const QVariant &value, const DataType &type)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
        return type.kind == TypeKind::Int64;
    case QMetaType::Double:
        return type.kind == TypeKind::Real;
    case QMetaType::Bool:
        return type.kind == TypeKind::Boolean;
    case QMetaType::QByteArray:
        return type.kind == TypeKind::Binary && type.length == 0;
    case QMetaType::QString:
        return type.kind == TypeKind::Text && type.length == 0;
    default:
        return false;
    }
}

bool RowConverter::convert(const Row &in, Row *out, QString *why) const
{
    out->clear();
    out->reserve(m_fields.size());
    for (const Field &field : m_fields) {
        QVariant value = field.sourceIndex >= 0 ? in.value(field.sourceIndex) : field.constant;
        if (!value.isValid() && field.defaultValue.isValid())
            value = field.defaultValue;
        if (!value.isValid()) {
            if (!field.nullable) {
                *why = QStringLiteral("column %1: NULL where a value is required").arg(field.name);
                return false;
            }
            out->append(QVariant());
            continue;
        }
        if (alreadyInForm(value, field.type)) {
            out->append(value);
            continue;
        }
        QVariant converted;
        QString reason;
        if (!ValueConverter::convert(value, field.type, &converted, &reason)) {
            *why = QStringLiteral("column %1: %2").arg(field.name, reason);
            return false;
        }
        out->append(converted);
    }
    return true;
}

TableSchema RowConverter::targetSchema(const TableMapping &mapping)
{
    TableSchema schema;
    schema.name = mapping.target;
    for (const FieldMapping &field : mapping.fields) {
        ColumnSchema column;
        column.name = field.target;
        column.type = field.type;
        column.nullable = field.nullable;
        column.primaryKeyPosition = field.primaryKeyPosition;
        schema.columns << column;
    }
    return schema;
}

} // namespace barge
