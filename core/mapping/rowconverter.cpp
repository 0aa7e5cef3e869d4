#include "mapping/rowconverter.h"

#include "schema/valueconverter.h"

namespace barge {

bool RowConverter::setup(const TableMapping &mapping, const TableSchema &source, QString *error)
{
    m_fields.clear();
    for (const FieldMapping &mapped : mapping.fields) {
        if (mapped.native.isGenerated()) // the target computes it (TableSchema::written)
            continue;
        Field field;
        field.name = mapped.target;
        field.type = mapped.type;
        field.nullable = mapped.nullable;
        field.constant = mapped.constant;
        field.defaultValue = mapped.defaultValue;
        if (!mapped.isConstant()) {
            field.sourceIndex = source.indexOf(mapped.source);
            field.viaGeometry = field.sourceIndex >= 0 && mapped.type.kind == TypeKind::Text
                && source.columns.at(field.sourceIndex).type.kind == TypeKind::Geometry;
            if (field.sourceIndex < 0) {
                *error = tr("table %1: source column '%2' (for target column '%3') does not exist; "
                            "the source has: %4")
                             .arg(mapping.source, mapped.source, mapped.target,
                                  source.columnNames().join(QStringLiteral(", ")));
                return false;
            }
        }
        m_fields << field;
    }
    m_identityLayout = m_fields.size() == source.columns.size();
    for (int i = 0; i < m_fields.size() && m_identityLayout; ++i)
        m_identityLayout = m_fields.at(i).sourceIndex == i;
    return true;
}

// True when b is a, without comparing contents: a converter that found nothing to change hands
// back the same shared string.
static bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.typeId() != b.typeId())
        return false;
    if (!a.isValid())
        return true;
    if (a.typeId() == QMetaType::QString)
        return static_cast<const QString *>(a.constData())->isSharedWith(*static_cast<const QString *>(b.constData()));
    return a == b;
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

bool RowConverter::convertField(const Field &field, const QVariant &input, QVariant *out, QString *why) const
{
    QVariant value = field.sourceIndex >= 0 ? input : field.constant;
    if (!value.isValid() && field.defaultValue.isValid())
        value = field.defaultValue;
    if (!value.isValid()) {
        if (!field.nullable) {
            *why = tr("column %1: NULL where a value is required").arg(field.name);
            return false;
        }
        *out = QVariant();
        return true;
    }
    QString reason;
    if (field.viaGeometry && !ValueConverter::convert(QVariant(value), DataType::of(TypeKind::Geometry), &value, &reason)) {
        *why = tr("column %1: %2").arg(field.name, reason);
        return false;
    }
    if (alreadyInForm(value, field.type)) {
        *out = value;
        return true;
    }
    if (!ValueConverter::convert(value, field.type, out, &reason)) {
        *why = tr("column %1: %2").arg(field.name, reason);
        return false;
    }
    return true;
}

bool RowConverter::convert(const Row &in, Row *out, QString *why) const
{
    if (m_identityLayout && in.size() == m_fields.size()) {
        // Same columns in the same order: share the row and replace only values that change, so
        // a row that needs no conversion costs no allocation at all.
        *out = in;
        QVariant converted;
        for (int i = 0; i < m_fields.size(); ++i) {
            const QVariant &value = in.at(i);
            if (value.isValid() && !m_fields.at(i).viaGeometry && alreadyInForm(value, m_fields.at(i).type))
                continue;
            if (!convertField(m_fields.at(i), value, &converted, why))
                return false;
            if (!sameValue(converted, value))
                (*out)[i] = converted;
        }
        return true;
    }
    out->clear();
    out->reserve(m_fields.size());
    QVariant converted;
    for (const Field &field : m_fields) {
        if (!convertField(field, field.sourceIndex >= 0 ? in.value(field.sourceIndex) : QVariant(), &converted, why))
            return false;
        out->append(converted);
    }
    return true;
}

QList<DataType> RowConverter::sourceTypeHints(int sourceColumns) const
{
    QList<DataType> hints(sourceColumns, DataType::text());
    QList<int> uses(sourceColumns, 0);
    for (const Field &field : m_fields) {
        if (field.sourceIndex >= 0 && field.sourceIndex < sourceColumns) {
            ++uses[field.sourceIndex];
            hints[field.sourceIndex] = field.type;
        }
    }
    for (int i = 0; i < sourceColumns; ++i) {
        if (uses.at(i) != 1)
            hints[i] = DataType::text();
    }
    return hints;
}

TableSchema RowConverter::targetSchema(const TableMapping &mapping)
{
    TableSchema schema;
    schema.name = mapping.target;
    for (const FieldMapping &field : mapping.fields) {
        ColumnSchema column;
        column.name = field.target;
        column.type = field.type;
        column.native = field.native;
        column.nullable = field.nullable;
        column.primaryKeyPosition = field.primaryKeyPosition;
        column.defaultValue = field.columnDefault;
        column.autoIncrement = field.autoIncrement;
        schema.columns << column;
    }
    schema.nativeOptions = mapping.nativeOptions;
    schema.indexes = mapping.indexes;
    schema.foreignKeys = mapping.foreignKeys;
    schema.primaryKeyAfterLoad = mapping.primaryKeyAfterLoad;
    return schema;
}

} // namespace barge
