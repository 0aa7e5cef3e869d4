#include "schema/typemapper.h"

#include "base/plural.h"

#include <QCoreApplication>

// TypeMapper's other half: which conversions may lose values (isLossy) and what an engine's storage
// does not keep (isLossyIn). Documented in docs/type-mapping.md, "Lossy conversions".

namespace barge {

namespace {

// ---- isLossy --------------------------------------------------------------------------------------

bool lossy(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return true;
}

// Longest canonical text of a value (ValueConverter::toText); 0 = unbounded.
int maxTextLength(const DataType &t)
{
    switch (t.kind) {
    case TypeKind::Boolean: return 5;   // false
    case TypeKind::Int16: return 6;     // -32768
    case TypeKind::Int32: return 11;
    case TypeKind::Int64: return 20;
    case TypeKind::Decimal: return t.precision > 0 ? t.precision + (t.scale > 0 ? 2 : 1) : 0;
    case TypeKind::Real: return 24;     // -2.2250738585072014e-308
    case TypeKind::Text: return t.length;
    case TypeKind::Date: return 10;
    case TypeKind::Time: return 15;
    case TypeKind::DateTime: return 26;
    case TypeKind::DateTimeTz: return 32;
    case TypeKind::Binary: return t.length > 0 ? 2 + 2 * t.length : 0;
    case TypeKind::Uuid: return 36;
    case TypeKind::Enum: return t.labels.isEmpty() ? 0 : t.longestLabel();
    case TypeKind::Bits: return t.length;
    case TypeKind::Json:
    case TypeKind::Interval:
    case TypeKind::Array:
    case TypeKind::Geometry: return 0;
    }
    return 0;
}

// Decimal digits an integer kind can need (5 for int16's 32767); boolean needs one.
int integerDigits(TypeKind kind)
{
    switch (kind) {
    case TypeKind::Boolean: return 1;
    case TypeKind::Int16: return 5;
    case TypeKind::Int32: return 10;
    case TypeKind::Int64:
    case TypeKind::Decimal:
    case TypeKind::Real:
    case TypeKind::Text:
    case TypeKind::Date:
    case TypeKind::Time:
    case TypeKind::DateTime:
    case TypeKind::DateTimeTz:
    case TypeKind::Binary:
    case TypeKind::Json:
    case TypeKind::Uuid:
    case TypeKind::Interval:
    case TypeKind::Enum:
    case TypeKind::Array:
    case TypeKind::Bits:
    case TypeKind::Geometry: return 19;
    }
    return 19; // not reached: every kind is a case above
}

// Digits every value of the width holds: int16 holds every 4-digit number, not every 5-digit one.
int safeDigits(TypeKind kind) { return integerDigits(kind) - 1; }

QString cannot(const DataType &from, const DataType &to)
{
    return QCoreApplication::translate("barge::TypeMapper",
                                       "%1 values do not convert to %2.").arg(from.toString(), to.toString());
}

bool intoInteger(const DataType &from, const DataType &to, QString *why)
{
    if (from.kind == TypeKind::Boolean)
        return false;
    if (from.isInteger()) {
        if (integerDigits(from.kind) <= integerDigits(to.kind))
            return false;
        return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                      "%1 values outside the %2 range are rejected.")
                              .arg(from.toString(), to.toString()));
    }
    if (from.kind == TypeKind::Decimal) {
        if (from.precision > 0 && from.scale == 0 && from.precision <= safeDigits(to.kind))
            return false;
        return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                      "%1 values with a fraction or outside the %2 range are rejected.")
                              .arg(from.toString(), to.toString()));
    }
    if (from.kind == TypeKind::Real)
        return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                      "real values that are not whole numbers in the %1 range are rejected.")
                              .arg(to.toString()));
    if (from.kind == TypeKind::Text)
        return lossy(why, QCoreApplication::translate("barge::TypeMapper", "text that is not an integer is rejected."));
    return lossy(why, cannot(from, to));
}

bool intoDecimal(const DataType &from, const DataType &to, QString *why)
{
    const bool unconstrained = to.precision <= 0;
    const int toDigits = to.precision - to.scale;
    if (from.isInteger() || from.kind == TypeKind::Boolean) {
        if (unconstrained || toDigits >= integerDigits(from.kind))
            return false;
        return lossy(why, pluralText(QCoreApplication::translate("barge::TypeMapper",
                                                                 "%1 values with more than %2 integer digit(s) do not fit %3.",
                                                                 nullptr, toDigits),
                                     toDigits)
                              .arg(from.toString(), QString::number(toDigits), to.toString()));
    }
    if (from.kind == TypeKind::Decimal) {
        if (unconstrained)
            return false;
        if (from.precision <= 0)
            return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                          "unconstrained decimal values may have more digits than %1 holds.")
                                  .arg(to.toString()));
        if (from.scale > to.scale)
            return lossy(why, pluralText(QCoreApplication::translate("barge::TypeMapper",
                                                                     "values with more than %1 decimal place(s) do not fit %2.",
                                                                     nullptr, to.scale),
                                         to.scale)
                                  .arg(QString::number(to.scale), to.toString()));
        if (from.precision - from.scale > toDigits)
            return lossy(why, pluralText(QCoreApplication::translate("barge::TypeMapper",
                                                                     "values with more than %1 integer digit(s) do not fit %2.",
                                                                     nullptr, toDigits),
                                         toDigits)
                                  .arg(QString::number(toDigits), to.toString()));
        return false;
    }
    if (from.kind == TypeKind::Real)
        return lossy(why, unconstrained ? QCoreApplication::translate("barge::TypeMapper",
                                                                      "NaN and infinite real values have no decimal form.")
                                        : QCoreApplication::translate("barge::TypeMapper",
                                                                      "real values with more digits than %1 holds are rejected.")
                                              .arg(to.toString()));
    if (from.kind == TypeKind::Text)
        return lossy(why, QCoreApplication::translate("barge::TypeMapper", "text that is not a number is rejected."));
    return lossy(why, cannot(from, to));
}

bool intoReal(const DataType &from, const DataType &to, QString *why)
{
    switch (from.kind) {
    case TypeKind::Boolean:
    case TypeKind::Int16:
    case TypeKind::Int32:
        return false;
    case TypeKind::Int64:
        return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                      "int64 values beyond 2^53 are rounded as real."));
    case TypeKind::Decimal:
        // Any decimal of up to 15 significant digits survives a double exactly (DBL_DIG).
        if (from.precision > 0 && from.precision <= 15)
            return false;
        return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                      "decimal values with more than 15 significant digits are rounded as real."));
    case TypeKind::Text:
        return lossy(why, QCoreApplication::translate("barge::TypeMapper", "text that is not a number is rejected."));
    case TypeKind::Real:
    case TypeKind::Date:
    case TypeKind::Time:
    case TypeKind::DateTime:
    case TypeKind::DateTimeTz:
    case TypeKind::Binary:
    case TypeKind::Json:
    case TypeKind::Uuid:
    case TypeKind::Interval:
    case TypeKind::Enum:
    case TypeKind::Array:
    case TypeKind::Bits:
    case TypeKind::Geometry:
        return lossy(why, cannot(from, to));
    }
    return lossy(why, cannot(from, to)); // not reached: every kind is a case above
}

bool intoText(const DataType &from, const DataType &to, QString *why)
{
    if (from.kind == TypeKind::Binary)
        return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                      "binary values become \\x hex text, not bytes."));
    if (to.length <= 0)
        return false;
    const int longest = maxTextLength(from);
    if (longest > 0 && longest <= to.length)
        return false;
    return lossy(why, pluralText(QCoreApplication::translate("barge::TypeMapper",
                                                             "%1 values longer than %2 character(s) are rejected.",
                                                             nullptr, to.length),
                                 to.length)
                          .arg(from.toString(), QString::number(to.length)));
}

bool intoBinary(const DataType &from, const DataType &to, QString *why)
{
    if (from.kind == TypeKind::Binary) {
        if (to.length <= 0 || (from.length > 0 && from.length <= to.length))
            return false;
        return lossy(why, pluralText(QCoreApplication::translate("barge::TypeMapper",
                                                                 "%1 values longer than %2 byte(s) are rejected.",
                                                                 nullptr, to.length),
                                     to.length)
                              .arg(from.toString(), QString::number(to.length)));
    }
    if (from.kind == TypeKind::Text)
        return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                      "only text in \\x hex form or in base64 converts to binary; other text is rejected."));
    return lossy(why, cannot(from, to));
}

bool intoTemporal(const DataType &from, const DataType &to, QString *why)
{
    if (from.kind == TypeKind::Text)
        return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                      "text that is not a valid %1 is rejected.").arg(to.toString()));
    if (from.kind == TypeKind::Interval && to.kind == TypeKind::Time)
        return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                      "intervals that are negative or of 24 hours or more are rejected."));
    const bool hasDate = from.kind == TypeKind::Date || from.kind == TypeKind::DateTime
        || from.kind == TypeKind::DateTimeTz;
    switch (to.kind) {
    case TypeKind::Date:
        if (from.kind == TypeKind::DateTime || from.kind == TypeKind::DateTimeTz)
            return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                          "%1 values with a time of day other than midnight are rejected.")
                                  .arg(from.toString()));
        break;
    case TypeKind::DateTime:
        if (from.kind == TypeKind::Date)
            return false; // midnight
        if (from.kind == TypeKind::DateTimeTz)
            return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                          "the time zone is dropped: values are converted to UTC first."));
        break;
    case TypeKind::DateTimeTz:
        if (hasDate)
            return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                          "%1 values have no time zone and are taken as UTC.")
                .arg(from.toString()));
        break;
    case TypeKind::Boolean:
    case TypeKind::Int16:
    case TypeKind::Int32:
    case TypeKind::Int64:
    case TypeKind::Decimal:
    case TypeKind::Real:
    case TypeKind::Text:
    case TypeKind::Time:
    case TypeKind::Binary:
    case TypeKind::Json:
    case TypeKind::Uuid:
    case TypeKind::Interval:
    case TypeKind::Enum:
    case TypeKind::Array:
    case TypeKind::Bits:
    case TypeKind::Geometry:
        break;
    }
    return lossy(why, cannot(from, to));
}

bool containsAll(const QStringList &labels, const QStringList &members)
{
    for (const QString &member : members) {
        if (!labels.contains(member))
            return false;
    }
    return true;
}

// Into the kinds whose values are text with rules of their own (TextualValues).
bool intoTextual(const DataType &from, const DataType &to, QString *why)
{
    const bool fromText = from.kind == TypeKind::Text;
    switch (to.kind) {
    case TypeKind::Json:
        if (from.kind == TypeKind::Array || from.kind == TypeKind::Json || from.isInteger() || from.kind == TypeKind::Boolean
            || from.kind == TypeKind::Decimal)
            return false;
        if (from.kind == TypeKind::Real)
            return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                          "NaN and infinite real values have no JSON form."));
        if (fromText || from.kind == TypeKind::Enum)
            return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                          "text that is not valid JSON is rejected."));
        break;
    case TypeKind::Uuid:
        if (fromText)
            return lossy(why, QCoreApplication::translate("barge::TypeMapper", "text that is not a UUID is rejected."));
        if (from.kind == TypeKind::Binary)
            return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                          "binary values that are not 16 bytes are rejected."));
        break;
    case TypeKind::Interval:
        if (from.kind == TypeKind::Time)
            return false;
        if (fromText)
            return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                          "text that is not an interval is rejected."));
        break;
    case TypeKind::Enum:
        if (to.labels.isEmpty() || (from.kind == TypeKind::Enum && containsAll(to.labels, from.labels)))
            return false;
        return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                      "values that are not one of %1 are rejected.")
            .arg(to.toString()));
    case TypeKind::Array:
        if (from.kind == TypeKind::Array && (!to.isSet() || (from.isSet() && containsAll(to.labels, from.labels))))
            return false;
        if (from.kind == TypeKind::Array)
            return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                          "arrays with an element that is not one of %1 are rejected.")
                .arg(to.toString()));
        if (fromText || from.kind == TypeKind::Json)
            return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                          "text that is not a JSON array is rejected."));
        break;
    case TypeKind::Bits:
        if (from.kind == TypeKind::Bits && from.length > 0 && from.length <= to.length) {
            if (from.isVaryingBits() && !to.isVaryingBits())
                return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                              "shorter bit strings are padded with leading zeros to %1 bits.")
                    .arg(to.length));
            return false;
        }
        if (from.kind == TypeKind::Bits || from.kind == TypeKind::Binary || from.isInteger())
            return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                          "values of more than %1 bits are rejected.").arg(to.length));
        if (fromText)
            return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                          "text that is not a string of 0 and 1 is rejected."));
        break;
    case TypeKind::Geometry:
        if (fromText || from.kind == TypeKind::Binary)
            return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                          "values that are not WKT or WKB geometries are rejected."));
        break;
    case TypeKind::Boolean:
    case TypeKind::Int16:
    case TypeKind::Int32:
    case TypeKind::Int64:
    case TypeKind::Decimal:
    case TypeKind::Real:
    case TypeKind::Text:
    case TypeKind::Date:
    case TypeKind::Time:
    case TypeKind::DateTime:
    case TypeKind::DateTimeTz:
    case TypeKind::Binary:
        break;
    }
    return lossy(why, cannot(from, to));
}

} // namespace

bool TypeMapper::isLossy(const DataType &from, const DataType &to, QString *why)
{
    if (why)
        why->clear();
    if (from == to)
        return false;
    switch (to.kind) {
    case TypeKind::Boolean:
        return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                      "only true and false fit boolean; other %1 values are rejected.")
                              .arg(from.toString()));
    case TypeKind::Int16:
    case TypeKind::Int32:
    case TypeKind::Int64:
        return intoInteger(from, to, why);
    case TypeKind::Decimal:
        return intoDecimal(from, to, why);
    case TypeKind::Real:
        return intoReal(from, to, why);
    case TypeKind::Text:
        return intoText(from, to, why);
    case TypeKind::Binary:
        return intoBinary(from, to, why);
    case TypeKind::Json:
    case TypeKind::Uuid:
    case TypeKind::Interval:
    case TypeKind::Enum:
    case TypeKind::Array:
    case TypeKind::Bits:
    case TypeKind::Geometry:
        return intoTextual(from, to, why);
    case TypeKind::Date:
    case TypeKind::Time:
    case TypeKind::DateTime:
    case TypeKind::DateTimeTz:
        return intoTemporal(from, to, why);
    }
    return intoTemporal(from, to, why); // not reached: every kind is a case above
}

bool TypeMapper::isLossyIn(Dialect dialect, const DataType &type, QString *why)
{
    if (why)
        why->clear();
    constexpr int sqliteDigits = 15; // a NUMERIC value is kept as an 8-byte real beyond int64
    if (dialect == Dialect::MySql && type.kind == TypeKind::DateTimeTz) {
        return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                      "MariaDB/MySQL has no type with a zone: each instant is stored as its "
                                                      "UTC time in DATETIME(6) and the original offset is not kept."));
    }
    if (dialect == Dialect::MySql && type.kind == TypeKind::Decimal && type.precision <= 0) {
        return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                      "MariaDB/MySQL has no unconstrained DECIMAL: the column is DECIMAL(65,30), "
                                                      "and values with more digits are rejected."));
    }
    if (dialect == Dialect::MySql && type.kind == TypeKind::Interval) {
        return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                      "MariaDB/MySQL's TIME holds -838:59:59 to 838:59:59 and no months: longer "
                                                      "intervals and those with months or years are rejected."));
    }
    if (dialect == Dialect::MySql && type.kind == TypeKind::Array && type.isSet() && type.labels.size() > 64) {
        return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                      "MariaDB/MySQL's SET has at most 64 members: the column is JSON."));
    }
    if (dialect == Dialect::Sqlite && type.kind == TypeKind::Decimal
        && (type.precision <= 0 || type.precision > sqliteDigits)) {
        return lossy(why, QCoreApplication::translate("barge::TypeMapper",
                                                      "SQLite keeps NUMERIC values as integers or 8-byte reals: digits beyond "
                                                      "the 15th significant one are not kept."));
    }
    return false;
}

} // namespace barge
