#pragma once
// DataType: Barge's engine-neutral column type. Every dialect's declared types map to and from it
// (TypeMapper), CSV inference produces it (TypeInference), and values are converted to it
// (ValueConverter). A plain value; safe to copy between threads.

#include <QString>
#include <QStringList>
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
    Json,       // a JSON document (any JSON value), kept as its text
    Uuid,       // 128-bit identifier, canonical lower-case 8-4-4-4-12 text
    Interval,   // a duration: MySQL TIME beyond 24 h, PostgreSQL interval
    Enum,       // one of `labels`
    Array,      // a JSON array; `labels` non-empty = a set: distinct members of the labels (MySQL SET)
    Bits,       // a bit string of `length` bits ('0'/'1'); precision 1 = varying, up to `length`
    Geometry,   // a spatial value (MariaDB GEOMETRY, PostGIS geometry), kept as extended WKT
};

struct DataType
{
    TypeKind kind = TypeKind::Text;
    int length = 0;
    int precision = 0;
    int scale = 0;
    QStringList labels; // Enum: its values in order; Array: a set's possible members

    static DataType of(TypeKind kind) { return DataType{kind, 0, 0, 0, {}}; }
    static DataType text(int length = 0) { return DataType{TypeKind::Text, length, 0, 0, {}}; }
    static DataType decimal(int precision, int scale) { return DataType{TypeKind::Decimal, 0, precision, scale, {}}; }
    static DataType enumOf(const QStringList &labels) { return DataType{TypeKind::Enum, 0, 0, 0, labels}; }
    static DataType setOf(const QStringList &labels) { return DataType{TypeKind::Array, 0, 0, 0, labels}; }
    static DataType bits(int length, bool varying) { return DataType{TypeKind::Bits, length, varying ? 1 : 0, 0, {}}; }

    bool isInteger() const { return kind == TypeKind::Int16 || kind == TypeKind::Int32 || kind == TypeKind::Int64; }
    bool isTemporal() const
    {
        return kind == TypeKind::Date || kind == TypeKind::Time || kind == TypeKind::DateTime
            || kind == TypeKind::DateTimeTz;
    }

    // Kinds whose values travel as text that only their own rules validate (JSON, UUID, ...).
    bool isTextual() const
    {
        return kind == TypeKind::Text || kind == TypeKind::Json || kind == TypeKind::Uuid || kind == TypeKind::Interval
            || kind == TypeKind::Enum || kind == TypeKind::Array || kind == TypeKind::Bits || kind == TypeKind::Geometry;
    }
    bool isSet() const { return kind == TypeKind::Array && !labels.isEmpty(); }
    bool isVaryingBits() const { return kind == TypeKind::Bits && precision == 1; }
    // The longest label in characters (an enum's column width).
    int longestLabel() const;

    // Neutral spelling used in profiles and messages: "int64", "decimal(12,2)", "text(40)", "datetimetz",
    // "json", "uuid", "interval", "enum('G','PG')", "array", "set('a','b')", "bits(8)", "varbits(8)",
    // "geometry".
    QString toString() const;
    static std::optional<DataType> fromString(const QString &text);

    // 'a','b''c' -> {a, b'c}: SQL string literals separated by commas (MySQL's ENUM/SET lists).
    // False when the text is not such a list.
    static bool parseLabels(QStringView text, QStringList *labels);
    static QString quoteLabels(const QStringList &labels);

    friend bool operator==(const DataType &a, const DataType &b)
    {
        return a.kind == b.kind && a.length == b.length && a.precision == b.precision && a.scale == b.scale
            && a.labels == b.labels;
    }
    friend bool operator!=(const DataType &a, const DataType &b) { return !(a == b); }
};

} // namespace barge
