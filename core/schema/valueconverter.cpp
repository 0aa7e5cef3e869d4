#include "schema/valueconverter.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>

namespace barge {

namespace {

// ---- messages -------------------------------------------------------------------------------------

QString quoted(const QString &text)
{
    constexpr int limit = 40; // enough to recognise a value in a reject log without flooding it
    if (text.size() <= limit)
        return u'\'' + text + u'\'';
    return u'\'' + text.left(limit - 3) + QLatin1String("...'");
}

bool fail(QString *why, const QString &message)
{
    if (why)
        *why = message;
    return false;
}

bool fail(QString *why, const QString &value, const char *problem)
{
    return fail(why, quoted(value) + u' ' + QLatin1String(problem));
}

// The QString inside a variant without copying it (the hot path: every CSV field is one).
const QString &stringOf(const QVariant &value, QString *storage)
{
    if (value.typeId() == QMetaType::QString)
        return *static_cast<const QString *>(value.constData());
    *storage = ValueConverter::toText(value);
    return *storage;
}

bool isIntegerType(int typeId)
{
    switch (typeId) {
    case QMetaType::Int: case QMetaType::UInt: case QMetaType::LongLong: case QMetaType::ULongLong:
    case QMetaType::Short: case QMetaType::UShort: case QMetaType::Long: case QMetaType::ULong:
    case QMetaType::Char: case QMetaType::SChar: case QMetaType::UChar:
        return true;
    default:
        return false;
    }
}

bool isUnsignedType(int typeId) { return typeId == QMetaType::ULongLong || typeId == QMetaType::ULong; }

// ---- integers -------------------------------------------------------------------------------------

enum class Parse { Ok, Invalid, OutOfRange };

// [+-]digits, no spaces; overflow is detected, not wrapped.
Parse parseInteger(QStringView s, qlonglong *value)
{
    qsizetype i = 0;
    const bool negative = !s.isEmpty() && s[0] == u'-';
    if (!s.isEmpty() && (s[0] == u'-' || s[0] == u'+'))
        ++i;
    if (i == s.size())
        return Parse::Invalid;
    const quint64 limit = negative ? quint64(1) << 63 : (quint64(1) << 63) - 1;
    quint64 magnitude = 0;
    bool overflow = false;
    for (; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return Parse::Invalid;
        const unsigned digit = c - u'0';
        if (magnitude > (limit - digit) / 10)
            overflow = true; // keep scanning: "99999999999999999999x" is not an integer at all
        else
            magnitude = magnitude * 10 + digit;
    }
    if (overflow)
        return Parse::OutOfRange;
    *value = negative ? qlonglong(0 - magnitude) : qlonglong(magnitude);
    return Parse::Ok;
}

bool inRange(qlonglong value, TypeKind kind)
{
    if (kind == TypeKind::Int16)
        return value >= std::numeric_limits<qint16>::min() && value <= std::numeric_limits<qint16>::max();
    if (kind == TypeKind::Int32)
        return value >= std::numeric_limits<qint32>::min() && value <= std::numeric_limits<qint32>::max();
    return true;
}

bool toInteger(const QVariant &in, const DataType &type, QVariant *out, QString *why)
{
    const int typeId = in.typeId();
    qlonglong value = 0;
    QString storage;
    if (typeId == QMetaType::Bool) {
        value = in.toBool() ? 1 : 0;
    } else if (isUnsignedType(typeId)) {
        if (in.toULongLong() > quint64(std::numeric_limits<qint64>::max()))
            return fail(why, ValueConverter::toText(in), "is out of range for int64");
        value = in.toLongLong();
    } else if (isIntegerType(typeId)) {
        value = in.toLongLong();
    } else if (typeId == QMetaType::Double || typeId == QMetaType::Float) {
        const double d = in.toDouble();
        if (!std::isfinite(d) || d != std::trunc(d))
            return fail(why, ValueConverter::toText(in), "is not an integer");
        if (d < -9223372036854775808.0 || d >= 9223372036854775808.0)
            return fail(why, ValueConverter::toText(in), "is out of range for int64");
        value = qlonglong(d);
    } else {
        const QString &text = stringOf(in, &storage);
        const Parse parsed = parseInteger(text, &value);
        if (parsed == Parse::Invalid)
            return fail(why, text, "is not an integer");
        if (parsed == Parse::OutOfRange)
            return fail(why, quoted(text) + QLatin1String(" is out of range for int64"));
    }
    if (!inRange(value, type.kind))
        return fail(why, quoted(QString::number(value)) + QLatin1String(" is out of range for ") + type.toString());
    *out = QVariant(value);
    return true;
}

// ---- reals ----------------------------------------------------------------------------------------

Parse parseReal(QStringView s, double *value)
{
    if (s.startsWith(u'+'))
        s = s.mid(1);
    if (s.isEmpty() || s.startsWith(u'-') && s.size() > 1 && s[1] == u'+')
        return Parse::Invalid;
    char small[64];
    std::string large;
    char *chars = small;
    if (s.size() > qsizetype(sizeof small)) {
        large.resize(size_t(s.size()));
        chars = large.data();
    }
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c > 127)
            return Parse::Invalid;
        chars[i] = char(c);
    }
    const auto [end, error] = std::from_chars(chars, chars + s.size(), *value);
    if (error == std::errc::result_out_of_range)
        return Parse::OutOfRange;
    return error == std::errc() && end == chars + s.size() ? Parse::Ok : Parse::Invalid;
}

bool toReal(const QVariant &in, QVariant *out, QString *why)
{
    const int typeId = in.typeId();
    double value = 0;
    QString storage;
    if (typeId == QMetaType::Double || typeId == QMetaType::Float) {
        value = in.toDouble();
    } else if (typeId == QMetaType::Bool) {
        value = in.toBool() ? 1 : 0;
    } else if (isUnsignedType(typeId)) {
        value = double(in.toULongLong());
    } else if (isIntegerType(typeId)) {
        value = double(in.toLongLong()); // beyond 2^53 this rounds, as TypeMapper::isLossy warns
    } else {
        const QString &text = stringOf(in, &storage);
        const Parse parsed = parseReal(text, &value);
        if (parsed == Parse::Invalid)
            return fail(why, text, "is not a number");
        if (parsed == Parse::OutOfRange)
            return fail(why, text, "is out of range for real");
    }
    *out = QVariant(value);
    return true;
}

// ---- decimals -------------------------------------------------------------------------------------

// Parses [+-]digits[.digits][e[+-]digits] (".5" and "5." too) into sign, integer and fraction digits,
// moving the point by the exponent, so "1.5e2" gives "150" and "".
bool splitDecimal(QStringView s, bool *negative, QString *integer, QString *fraction)
{
    qsizetype i = 0;
    *negative = !s.isEmpty() && s[0] == u'-';
    if (!s.isEmpty() && (s[0] == u'-' || s[0] == u'+'))
        ++i;
    QString digits;
    digits.reserve(s.size());
    qsizetype point = -1;
    for (; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (c == u'.' && point < 0)
            point = digits.size();
        else
            break;
    }
    if (digits.isEmpty())
        return false;
    if (point < 0)
        point = digits.size();
    if (i < s.size()) {
        if (s[i] != u'e' && s[i] != u'E')
            return false;
        qlonglong exponent = 0;
        // 4 digits of exponent is far beyond any engine's decimal and keeps the text small.
        if (s.size() - i - 1 > 5 || parseInteger(s.mid(i + 1), &exponent) != Parse::Ok || qAbs(exponent) > 9999)
            return false;
        point += exponent;
    }
    if (point < 0) {
        digits.prepend(QString(-point, u'0'));
        point = 0;
    } else if (point > digits.size()) {
        digits.append(QString(point - digits.size(), u'0'));
    }
    qsizetype firstSignificant = 0;
    while (firstSignificant < point && digits[firstSignificant] == u'0')
        ++firstSignificant;
    *integer = digits.mid(firstSignificant, point - firstSignificant);
    *fraction = digits.mid(point);
    return true;
}

bool allZeros(QStringView digits)
{
    for (QChar c : digits) {
        if (c != u'0')
            return false;
    }
    return true;
}

// Canonical exact text for decimal(p,s): scale digits padded, never rounded; -0 becomes 0.
bool normalizeDecimal(const QString &text, const DataType &type, QVariant *out, QString *why)
{
    bool negative = false;
    QString integer;
    QString fraction;
    if (!splitDecimal(text, &negative, &integer, &fraction))
        return fail(why, text, "is not a decimal number");
    if (type.precision > 0) {
        if (fraction.size() > type.scale) {
            // Trailing zeros beyond the scale are exact; any other digit would need rounding.
            if (!allZeros(QStringView(fraction).mid(type.scale)))
                return fail(why, quoted(text) + QStringLiteral(" has more than %1 decimal places").arg(type.scale));
            fraction.truncate(type.scale);
        }
        fraction.append(QString(type.scale - fraction.size(), u'0'));
        if (integer.size() > type.precision - type.scale)
            return fail(why, quoted(text) + QLatin1String(" is out of range for ") + type.toString());
    }
    const bool isZero = integer.isEmpty() && allZeros(fraction);
    QString result = (negative && !isZero ? QStringLiteral("-") : QString())
        + (integer.isEmpty() ? QStringLiteral("0") : integer);
    if (!fraction.isEmpty())
        result += u'.' + fraction;
    *out = QVariant(result);
    return true;
}

bool toDecimal(const QVariant &in, const DataType &type, QVariant *out, QString *why)
{
    const int typeId = in.typeId();
    if (typeId == QMetaType::Double || typeId == QMetaType::Float) {
        // "Exact" means the real's shortest text: 0.1 is 0.1, not 0.1000000000000000055...
        if (!std::isfinite(in.toDouble()))
            return fail(why, ValueConverter::toText(in), "is not a decimal number");
    }
    if (typeId == QMetaType::Bool)
        return normalizeDecimal(in.toBool() ? QStringLiteral("1") : QStringLiteral("0"), type, out, why);
    QString storage;
    return normalizeDecimal(stringOf(in, &storage), type, out, why);
}

} // namespace
