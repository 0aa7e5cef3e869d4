#include "io/jsonl/jsonllayout.h"

#include <QCoreApplication>
namespace barge {

namespace {

constexpr unsigned bit(JsonlValue::Kind kind)
{
    return 1u << unsigned(kind);
}

constexpr unsigned jsonKinds =
    bit(JsonlValue::Kind::Array) | bit(JsonlValue::Kind::EmptyObject) | bit(JsonlValue::Kind::Object);

} // namespace

QString JsonlLayout::kindName(JsonlValue::Kind kind)
{
    switch (kind) {
    case JsonlValue::Kind::Null: return QStringLiteral("null");
    case JsonlValue::Kind::Boolean: return QCoreApplication::translate("barge::JsonlLayout", "a boolean");
    case JsonlValue::Kind::Number: return QCoreApplication::translate("barge::JsonlLayout", "a number");
    case JsonlValue::Kind::String: return QCoreApplication::translate("barge::JsonlLayout", "a string");
    case JsonlValue::Kind::Array: return QCoreApplication::translate("barge::JsonlLayout", "an array");
    case JsonlValue::Kind::EmptyObject: return QCoreApplication::translate("barge::JsonlLayout", "an empty object");
    case JsonlValue::Kind::Object: return QCoreApplication::translate("barge::JsonlLayout", "an object");
    }
    return QString();
}

QString JsonlLayout::fit(const QList<JsonlValue> &values, const QStringList &objects) const
{
    for (const QString &object : objects) {
        const int column = indexOf(object);
        if (column >= 0)
            return QCoreApplication::translate("barge::JsonlLayout", "key '%1': an object where %2 was inferred").arg(object, type(column).toString());
    }
    if (m_objects.isEmpty())
        return QString();
    for (const JsonlValue &value : values) {
        if (m_objects.contains(value.path))
            return QCoreApplication::translate("barge::JsonlLayout", "key '%1': %2 where an object was found before").arg(value.path, kindName(value.kind));
    }
    return QString();
}

JsonlLayout::JsonlLayout(const LocalFormat &format) : m_format(std::make_shared<const LocalFormat>(format))
{
}

void JsonlLayout::add(const QList<JsonlValue> &values, const QStringList &objects, QList<int> *columns)
{
    for (const QString &object : objects)
        m_objects.insert(object);
    if (columns)
        columns->resize(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        const JsonlValue &value = values.at(i);
        int index = indexOf(value.path, i);
        if (index < 0) {
            index = int(m_columns.size());
            m_index.insert(value.path, index);
            m_columns.append(Column{value.path, 0, {}, TypeInference(m_format.get())});
        }
        if (columns)
            (*columns)[i] = index;
        Column &column = m_columns[index];
        switch (value.kind) {
        case JsonlValue::Kind::Null:
            continue; // fits every type
        case JsonlValue::Kind::Number:
            column.numbers.add(value.text);
            break;
        case JsonlValue::Kind::String:
            column.strings.add(value.text);
            break;
        case JsonlValue::Kind::Boolean:
        case JsonlValue::Kind::Array:
        case JsonlValue::Kind::EmptyObject:
        case JsonlValue::Kind::Object:
            break;
        }
        column.kinds |= bit(value.kind);
    }
}

bool JsonlLayout::merge(const JsonlLayout &later)
{
    // A record of `later` that fitted its own part but would not have fitted after this one's
    // records has a path one side took as an object and the other as a value.
    for (const QString &object : later.m_objects) {
        if (m_index.contains(object))
            return false;
    }
    for (const Column &column : later.m_columns) {
        if (m_objects.contains(column.name))
            return false;
    }
    m_objects.unite(later.m_objects);
    for (const Column &theirs : later.m_columns) {
        int index = indexOf(theirs.name);
        if (index < 0) {
            index = int(m_columns.size());
            m_index.insert(theirs.name, index);
            m_columns.append(Column{theirs.name, 0, {}, TypeInference(m_format.get())});
        }
        Column &column = m_columns[index];
        column.kinds |= theirs.kinds;
        column.numbers.merge(theirs.numbers);
        column.strings.merge(theirs.strings);
    }
    m_notes << later.m_notes;
    m_rows += later.m_rows;
    return true;
}

DataType JsonlLayout::type(int index) const
{
    const Column &column = m_columns.at(index);
    if (column.kinds & jsonKinds)
        return DataType::of(TypeKind::Json); // a JSON column keeps any value as its JSON text
    if (column.kinds == bit(JsonlValue::Kind::Boolean))
        return DataType::of(TypeKind::Boolean);
    if (column.kinds == bit(JsonlValue::Kind::Number)) {
        // A number whose text no numeric type reproduces ("1E5", "-0", "1e400") stays a JSON number.
        const DataType inferred = column.numbers.result();
        if (inferred.isInteger() || inferred.kind == TypeKind::Real || inferred.kind == TypeKind::Decimal)
            return inferred;
        return DataType::of(TypeKind::Json);
    }
    if (column.kinds == bit(JsonlValue::Kind::String)) {
        // JSON tells strings from numbers and booleans: "08123", "42" and "true" stay text, unless
        // the format says strings hold them ("1.234,56", "ja").
        const DataType inferred = column.strings.result();
        return inferred.isTemporal() || m_format->covers(inferred.kind) ? inferred : DataType::text();
    }
    return DataType::text(); // only NULLs, or strings mixed with numbers or booleans
}

QString JsonlLayout::misfit(int index, const JsonlValue &value, const DataType &columnType) const
{
    bool fits = value.kind == JsonlValue::Kind::Null || columnType.kind == TypeKind::Json
        || (m_columns.at(index).kinds & bit(value.kind));
    if (columnType.kind == TypeKind::Text) // takes any scalar as its text
        fits = fits || !(bit(value.kind) & jsonKinds);
    if (fits)
        return QString();
    return QCoreApplication::translate("barge::JsonlLayout", "key '%1': %2 where %3 was inferred").arg(value.path, kindName(value.kind), columnType.toString());
}

TableSchema JsonlLayout::schema() const
{
    TableSchema schema;
    schema.rowCount = m_rows;
    schema.rowCountExact = true;
    for (int i = 0; i < m_columns.size(); ++i) {
        ColumnSchema column;
        column.name = m_columns.at(i).name;
        column.type = type(i);
        column.nullable = true; // a file says nothing about future rows
        schema.columns << column;
        if (m_columns.at(i).kinds == bit(JsonlValue::Kind::String)) {
            const QString note = m_columns.at(i).strings.note(column.name);
            if (!note.isEmpty())
                schema.notes << note;
        }
    }
    schema.notes << m_notes;
    return schema;
}

} // namespace barge
