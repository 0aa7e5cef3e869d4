#include "schema/valueconverter.h"

#include "base/plural.h"
#include "schema/numbertext.h"

#include "schema/temporaltext.h"
#include "schema/textualvalues.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>

namespace barge {

namespace {

// ---- messages -------------------------------------------------------------------------------------

QString quoted(const QString &text) { return ValueConverter::quoted(text); }

bool fail(QString *why, const QString &message)
{
    if (why)
        *why = message;
    return false;
}

// A value's problem, said after the value ("'abc' is not an integer"). `problem` is marked with
// QT_TRANSLATE_NOOP and translated only when a reason is wanted (the hot paths pass none).
bool fail(QString *why, const QString &value, const char *problem, const QString &argument = QString())
{
    if (why) {
        const QString words = QCoreApplication::translate("barge::ValueConverter", problem);
        *why = quoted(value) + u' ' + (argument.isNull() ? words : words.arg(argument));
    }
    return false;
}

// The same for a problem that counts, marked with QT_TRANSLATE_N_NOOP: "is longer than 1 character".
bool failCounted(QString *why, const QString &value, const char *problem, qint64 n)
{
    if (why) {
        const QString words =
            pluralText(QCoreApplication::translate("barge::ValueConverter", problem, nullptr, pluralCount(n)), n);
        *why = quoted(value) + u' ' + words.arg(n);
    }
    return false;
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
    for (int integer : {QMetaType::Int, QMetaType::UInt, QMetaType::LongLong, QMetaType::ULongLong, QMetaType::Short,
                        QMetaType::UShort, QMetaType::Long, QMetaType::ULong, QMetaType::Char, QMetaType::SChar,
                        QMetaType::UChar}) {
        if (typeId == integer)
            return true;
    }
    return false;
}

bool isUnsignedType(int typeId) { return typeId == QMetaType::ULongLong || typeId == QMetaType::ULong; }

// ---- integers -------------------------------------------------------------------------------------

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
            return fail(why, ValueConverter::toText(in), QT_TRANSLATE_NOOP("barge::ValueConverter", "is out of range for int64"));
        value = in.toLongLong();
    } else if (isIntegerType(typeId)) {
        value = in.toLongLong();
    } else if (typeId == QMetaType::Double || typeId == QMetaType::Float) {
        const double d = in.toDouble();
        if (!std::isfinite(d) || d != std::trunc(d))
            return fail(why, ValueConverter::toText(in), QT_TRANSLATE_NOOP("barge::ValueConverter", "is not an integer"));
        if (d < -9223372036854775808.0 || d >= 9223372036854775808.0)
            return fail(why, ValueConverter::toText(in), QT_TRANSLATE_NOOP("barge::ValueConverter", "is out of range for int64"));
        value = qlonglong(d);
    } else {
        const QString &text = stringOf(in, &storage);
        const NumberText::Parse parsed = NumberText::parseInteger(text, &value);
        if (parsed == NumberText::Parse::Invalid)
            return fail(why, text, QT_TRANSLATE_NOOP("barge::ValueConverter", "is not an integer"));
        if (parsed == NumberText::Parse::OutOfRange)
            return fail(why, text, QT_TRANSLATE_NOOP("barge::ValueConverter", "is out of range for %1"), type.toString());
    }
    if (!inRange(value, type.kind))
        return fail(why, ValueConverter::toText(in), QT_TRANSLATE_NOOP("barge::ValueConverter", "is out of range for %1"),
                    type.toString());
    *out = QVariant(value);
    return true;
}

// ---- reals ----------------------------------------------------------------------------------------

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
        const NumberText::Parse parsed = NumberText::parseReal(text, &value);
        if (parsed == NumberText::Parse::Invalid)
            return fail(why, text, QT_TRANSLATE_NOOP("barge::ValueConverter", "is not a number"));
        if (parsed == NumberText::Parse::OutOfRange)
            return fail(why, text, QT_TRANSLATE_NOOP("barge::ValueConverter", "is out of range for real"));
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
        if (s.size() - i - 1 > 5 || NumberText::parseInteger(s.mid(i + 1), &exponent) != NumberText::Parse::Ok || qAbs(exponent) > 9999)
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

// True when `s` already is the canonical text for `type`: -?(0|[1-9]\d*)(\.\d+)?, not -0, and for
// decimal(p,s) exactly s fraction digits and at most p-s integer digits. A CSV column inferred as
// decimal is all such values, so they pass through without building a new string.
bool isCanonicalDecimal(QStringView s, const DataType &type)
{
    const bool constrained = type.precision > 0;
    const qsizetype start = s.startsWith(u'-') ? 1 : 0;
    qsizetype i = start;
    bool nonZero = false;
    for (; i < s.size() && s[i] >= u'0' && s[i] <= u'9'; ++i)
        nonZero = nonZero || s[i] != u'0';
    const qsizetype integerDigits = i - start;
    if (integerDigits == 0 || (integerDigits > 1 && s[start] == u'0'))
        return false;
    if (constrained && integerDigits > type.precision - type.scale && nonZero)
        return false;
    if (i < s.size() && s[i] == u'.') {
        const qsizetype fractionDigits = s.size() - i - 1;
        if (fractionDigits == 0 || (constrained && fractionDigits != type.scale))
            return false;
        for (++i; i < s.size(); ++i) {
            if (s[i] < u'0' || s[i] > u'9')
                return false;
            nonZero = nonZero || s[i] != u'0';
        }
    } else if (constrained && type.scale > 0) {
        return false;
    }
    return i == s.size() && (nonZero || start == 0);
}

// Canonical exact text for decimal(p,s): scale digits padded, never rounded; -0 becomes 0.
bool normalizeDecimal(const QString &text, const DataType &type, QVariant *out, QString *why)
{
    if (isCanonicalDecimal(text, type)) {
        *out = QVariant(text); // shares the caller's string
        return true;
    }
    bool negative = false;
    QString integer;
    QString fraction;
    if (!splitDecimal(text, &negative, &integer, &fraction))
        return fail(why, text, QT_TRANSLATE_NOOP("barge::ValueConverter", "is not a decimal number"));
    if (type.precision > 0) {
        if (fraction.size() > type.scale) {
            // Trailing zeros beyond the scale are exact; any other digit would need rounding.
            if (!allZeros(QStringView(fraction).mid(type.scale)))
                return fail(why, text, QT_TRANSLATE_NOOP("barge::ValueConverter", "has more than %1 decimal places"),
                            QString::number(type.scale));
            fraction.truncate(type.scale);
        }
        fraction.append(QString(type.scale - fraction.size(), u'0'));
        if (integer.size() > type.precision - type.scale)
            return fail(why, text, QT_TRANSLATE_NOOP("barge::ValueConverter", "is out of range for %1"), type.toString());
    }
    const bool isZero = integer.isEmpty() && allZeros(fraction);
    QString result = (negative && !isZero ? QStringLiteral("-") : QString())
        + (integer.isEmpty() ? QStringLiteral("0") : integer);
    if (!fraction.isEmpty())
        result += u'.' + fraction;
    *out = QVariant(result);
    return true;
}

// A real's decimal text is its shortest round-trip text: 0.1 is 0.1, not 0.1000000000000000055...
// SQLite keeps NUMERIC(p,s) values as 8-byte reals, though, so arithmetic leaves noise in the last
// digits (4.859999999999999 for 4.86). When the shortest text has more places than the scale, the
// text at 15 significant digits (DBL_DIG, as SQLite itself shows a real) is taken if it fits; rounding
// to fewer digits never narrows the integer part, so only the scale can be rescued this way. A real
// that truly has more places (0.125 into two) is still rejected, quoting its shortest text.
bool realToDecimal(double value, const DataType &type, QVariant *out, QString *why)
{
    char buffer[32];
    const QString shortest = QString::fromLatin1(buffer, NumberText::formatReal(value, buffer));
    if (!std::isfinite(value))
        return fail(why, shortest, QT_TRANSLATE_NOOP("barge::ValueConverter", "is not a decimal number"));
    if (normalizeDecimal(shortest, type, out, nullptr))
        return true;
    if (type.precision > 0) {
        const auto end = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general,
                                       std::numeric_limits<double>::digits10).ptr;
        if (normalizeDecimal(QString::fromLatin1(buffer, end - buffer), type, out, nullptr))
            return true;
    }
    return normalizeDecimal(shortest, type, out, why); // fails again, now saying why
}

bool toDecimal(const QVariant &in, const DataType &type, QVariant *out, QString *why)
{
    const int typeId = in.typeId();
    if (typeId == QMetaType::Double || typeId == QMetaType::Float)
        return realToDecimal(in.toDouble(), type, out, why);
    if (typeId == QMetaType::Bool)
        return normalizeDecimal(in.toBool() ? QStringLiteral("1") : QStringLiteral("0"), type, out, why);
    QString storage;
    return normalizeDecimal(stringOf(in, &storage), type, out, why);
}

// ---- dates and times ------------------------------------------------------------------------------

bool toTemporal(const QVariant &in, const DataType &type, QVariant *out, QString *why)
{
    const int typeId = in.typeId();
    if (typeId == QMetaType::QString && TemporalText::isCanonical(*static_cast<const QString *>(in.constData()), type.kind)) {
        *out = in; // already what format() would write: share it rather than build it again
        return true;
    }
    TemporalText::Parts t;
    QString storage;
    const QString &shown = stringOf(in, &storage);
    const bool isQt = typeId == QMetaType::QDate || typeId == QMetaType::QTime || typeId == QMetaType::QDateTime;
    const bool ok = isQt ? TemporalText::fromQt(in, type.kind == TypeKind::DateTimeTz, &t) : TemporalText::parse(shown, &t);
    switch (type.kind) {
    case TypeKind::Date:
        if (!ok || !t.hasDate)
            return fail(why, shown, QT_TRANSLATE_NOOP("barge::ValueConverter", "is not a valid date"));
        if (t.hasTime && !t.isMidnight())
            return fail(why, shown, QT_TRANSLATE_NOOP("barge::ValueConverter", "has a time of day, which a date cannot keep"));
        break;
    case TypeKind::Time:
        if (!ok || !t.hasTime || t.hasDate || t.hasOffset)
            return fail(why, shown, QT_TRANSLATE_NOOP("barge::ValueConverter", "is not a valid time"));
        break;
    case TypeKind::DateTime:
        if (!ok || !t.hasDate)
            return fail(why, shown, QT_TRANSLATE_NOOP("barge::ValueConverter", "is not a valid datetime"));
        if (!TemporalText::shiftToUtc(&t))
            return fail(why, shown, QT_TRANSLATE_NOOP("barge::ValueConverter", "is out of range for datetime"));
        break;
    case TypeKind::DateTimeTz: // a value without a zone is taken as UTC
        if (!ok || !t.hasDate)
            return fail(why, shown, QT_TRANSLATE_NOOP("barge::ValueConverter", "is not a valid datetime with time zone"));
        break;
    case TypeKind::Boolean:
    case TypeKind::Int16:
    case TypeKind::Int32:
    case TypeKind::Int64:
    case TypeKind::Decimal:
    case TypeKind::Real:
    case TypeKind::Text:
    case TypeKind::Binary:
    case TypeKind::Json:
    case TypeKind::Uuid:
    case TypeKind::Interval:
    case TypeKind::Enum:
    case TypeKind::Array:
    case TypeKind::Bits:
    case TypeKind::Geometry:
        return fail(why, shown, QT_TRANSLATE_NOOP("barge::ValueConverter", "is not a temporal type")); // convert() sends only temporal kinds here
    }
    *out = TemporalText::format(t, type.kind);
    return true;
}

// ---- binary, text, boolean ------------------------------------------------------------------------

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

// "\x4142" -> "AB"; anything else is not binary.
bool decodeHex(QStringView s, QByteArray *bytes)
{
    if (!s.startsWith(u"\\x") || s.size() % 2 != 0)
        return false;
    bytes->resize((s.size() - 2) / 2);
    for (qsizetype i = 2; i < s.size(); i += 2) {
        const int high = hexValue(s[i].unicode());
        const int low = hexValue(s[i + 1].unicode());
        if (high < 0 || low < 0)
            return false;
        (*bytes)[(i - 2) / 2] = char(high << 4 | low);
    }
    return true;
}

// Base64 as RFC 4648 spells it (standard alphabet, padded to a multiple of 4), as JSON targets
// write bytes: "SGVsbG8=" -> "Hello". Anything else is not base64.
bool decodeBase64(QStringView s, QByteArray *bytes)
{
    if (s.size() % 4 != 0)
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'+' || u == u'/'
              || u == u'='))
            return false;
    }
    const auto decoded = QByteArray::fromBase64Encoding(s.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    // Only the canonical spelling: what decodes must encode back to the same text (no stray '=').
    if (decoded.decoded.toBase64() != s.toLatin1())
        return false;
    *bytes = decoded.decoded;
    return true;
}

bool toBinary(const QVariant &in, const DataType &type, QVariant *out, QString *why)
{
    QByteArray bytes;
    if (in.typeId() == QMetaType::QByteArray) {
        bytes = in.toByteArray();
    } else {
        QString storage;
        const QString &text = stringOf(in, &storage);
        if (!decodeHex(text, &bytes) && !decodeBase64(text, &bytes))
            return fail(why, text,
                        QT_TRANSLATE_NOOP("barge::ValueConverter", "is not binary (expected \\x and hex digits, or base64)"));
    }
    if (type.length > 0 && bytes.size() > type.length)
        return failCounted(why, ValueConverter::toText(bytes),
                           QT_TRANSLATE_N_NOOP("barge::ValueConverter", "is longer than %1 byte(s)"), type.length);
    *out = QVariant(bytes);
    return true;
}

// Engines count characters, not UTF-16 units: a surrogate pair is one character.
qsizetype characterCount(const QString &text)
{
    qsizetype count = text.size();
    for (QChar c : text) {
        if (c.isLowSurrogate())
            --count;
    }
    return count;
}

bool toTextType(const QVariant &in, const DataType &type, QVariant *out, QString *why)
{
    QString storage;
    const QString &text = stringOf(in, &storage);
    if (type.length > 0 && text.size() > type.length && characterCount(text) > type.length)
        return failCounted(why, text, QT_TRANSLATE_N_NOOP("barge::ValueConverter", "is longer than %1 character(s)"),
                           type.length);
    *out = in.typeId() == QMetaType::QString ? in : QVariant(text);
    return true;
}

bool parseBoolean(QStringView s, bool *value)
{
    const char *const words[] = {"true", "t", "yes", "1", "false", "f", "no", "0"}; // four true, four false
    for (int i = 0; i < 8; ++i) {
        if (s.compare(QLatin1String(words[i]), Qt::CaseInsensitive) == 0) {
            *value = i < 4;
            return true;
        }
    }
    return false;
}

bool toBoolean(const QVariant &in, QVariant *out, QString *why)
{
    const int typeId = in.typeId();
    bool value = false;
    if (typeId == QMetaType::Bool) {
        value = in.toBool();
    } else if (isIntegerType(typeId) || typeId == QMetaType::Double || typeId == QMetaType::Float) {
        const double number = in.toDouble();
        if (number != 0 && number != 1)
            return fail(why, ValueConverter::toText(in), QT_TRANSLATE_NOOP("barge::ValueConverter", "is not a boolean"));
        value = number == 1;
    } else {
        QString storage;
        const QString &text = stringOf(in, &storage);
        if (!parseBoolean(text, &value))
            return fail(why, text, QT_TRANSLATE_NOOP("barge::ValueConverter", "is not a boolean"));
    }
    *out = QVariant(value);
    return true;
}

} // namespace

bool ValueConverter::convert(const QVariant &in, const DataType &type, QVariant *out, QString *why)
{
    if (in.isNull()) {
        *out = QVariant();
        return true;
    }
    switch (type.kind) {
    case TypeKind::Boolean:
        return toBoolean(in, out, why);
    case TypeKind::Int16:
    case TypeKind::Int32:
    case TypeKind::Int64:
        return toInteger(in, type, out, why);
    case TypeKind::Real:
        return toReal(in, out, why);
    case TypeKind::Decimal:
        return toDecimal(in, type, out, why);
    case TypeKind::Text:
        return toTextType(in, type, out, why);
    case TypeKind::Binary:
        return toBinary(in, type, out, why);
    case TypeKind::Date:
    case TypeKind::Time:
    case TypeKind::DateTime:
    case TypeKind::DateTimeTz:
        return toTemporal(in, type, out, why);
    case TypeKind::Json:
    case TypeKind::Uuid:
    case TypeKind::Interval:
    case TypeKind::Enum:
    case TypeKind::Array:
    case TypeKind::Bits:
    case TypeKind::Geometry:
        return TextualValues::convert(in, type, out, why);
    }
    return fail(why, QCoreApplication::translate("barge::ValueConverter", "unknown type"));
}

QString ValueConverter::quoted(const QString &text)
{
    constexpr int limit = 40; // enough to recognise a value in a reject log without flooding it
    if (text.size() <= limit)
        return u'\'' + text + u'\'';
    return u'\'' + text.left(limit - 3) + QLatin1String("...'");
}

QString ValueConverter::toText(const QVariant &value)
{
    if (value.isNull())
        return QString();
    const int typeId = value.typeId();
    switch (typeId) {
    case QMetaType::QString:
        return value.toString();
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double:
    case QMetaType::Float: {
        char buffer[32];
        return QString::fromLatin1(buffer, NumberText::formatReal(value.toDouble(), buffer));
    }
    case QMetaType::QByteArray:
        return QLatin1String("\\x") + QString::fromLatin1(value.toByteArray().toHex());
    case QMetaType::QDate:
    case QMetaType::QTime:
    case QMetaType::QDateTime: {
        TemporalText::Parts t;
        if (!TemporalText::fromQt(value, false, &t))
            return value.toString();
        return TemporalText::format(t, t.kind());
    }
    default:
        if (isUnsignedType(typeId))
            return QString::number(value.toULongLong());
        if (isIntegerType(typeId))
            return QString::number(value.toLongLong());
        return value.toString();
    }
}

} // namespace barge
