#pragma once
// DataType: Barge's engine-neutral column type. Every dialect's declared types map to and from it
// (TypeMapper), CSV inference produces it (TypeInference), and values are converted to it
// (ValueConverter). A plain value; safe to copy between threads.

#include <QString>
#include <optional>

namespace barge {

enum class TypeKind {
    Boolean,
    Int16,
    Int32,
    Int64,
    Decimal,    // exact; precision/scale (0/0 = unconstrained)
    Real,       // 8-byte IEEE double
    Text,       // length = maximum characters, 0 = unbounded
    Date,
    Time,
    DateTime,   // without time zone
    DateTimeTz, // with time zone (an instant)
    Binary,     // length = maximum bytes, 0 = unbounded
};

struct DataType
{
    TypeKind kind = TypeKind::Text;
    int length = 0;
    int precision = 0;
    int scale = 0;

    static DataType of(TypeKind kind) { return DataType{kind, 0, 0, 0}; }
    static DataType text(int length = 0) { return DataType{TypeKind::Text, length, 0, 0}; }
    static DataType decimal(int precision, int scale) { return DataType{TypeKind::Decimal, 0, precision, scale}; }

    bool isInteger() const { return kind == TypeKind::Int16 || kind == TypeKind::Int32 || kind == TypeKind::Int64; }
    bool isTemporal() const
    {
        return kind == TypeKind::Date || kind == TypeKind::Time || kind == TypeKind::DateTime
            || kind == TypeKind::DateTimeTz;
    }

    // Neutral spelling used in profiles and messages: "int64", "decimal(12,2)", "text(40)", "datetimetz".
    QString toString() const;
    static std::optional<DataType> fromString(const QString &text);

    friend bool operator==(const DataType &a, const DataType &b)
    {
        return a.kind == b.kind && a.length == b.length && a.precision == b.precision && a.scale == b.scale;
    }
    friend bool operator!=(const DataType &a, const DataType &b) { return !(a == b); }
};

} // namespace barge
