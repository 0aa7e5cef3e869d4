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
            return fail(why, quoted(text) + QLatin1String(" is out of range for ") + type.toString());
    }
    if (!inRange(value, type.kind))
        return fail(why, quoted(ValueConverter::toText(in)) + QLatin1String(" is out of range for ") + type.toString());
    *out = QVariant(value);
    return true;
}

// ---- reals ----------------------------------------------------------------------------------------

Parse parseReal(QStringView s, double *value)
{
    const bool plus = s.startsWith(u'+'); // from_chars takes no '+', people do
    if (plus)
        s = s.mid(1);
    if (s.isEmpty() || (plus && s.startsWith(u'-')))
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

// True when `s` already is the canonical text for decimal(p,s) with p > 0: -?(0|[1-9]\d*)(\.\d{s})?
// with at most p-s integer digits and not -0. A CSV column inferred as decimal is all such
// values, so they pass through without building a new string.
bool isCanonicalDecimal(QStringView s, const DataType &type)
{
    const qsizetype start = s.startsWith(u'-') ? 1 : 0;
    qsizetype i = start;
    bool nonZero = false;
    for (; i < s.size() && s[i] >= u'0' && s[i] <= u'9'; ++i)
        nonZero = nonZero || s[i] != u'0';
    const qsizetype integerDigits = i - start;
    if (integerDigits == 0 || (integerDigits > 1 && s[start] == u'0'))
        return false;
    if (integerDigits > type.precision - type.scale && nonZero)
        return false;
    if (type.scale > 0) {
        if (i >= s.size() || s[i] != u'.' || s.size() - i - 1 != type.scale)
            return false;
        for (++i; i < s.size(); ++i) {
            if (s[i] < u'0' || s[i] > u'9')
                return false;
            nonZero = nonZero || s[i] != u'0';
        }
    }
    return i == s.size() && (nonZero || start == 0);
}

// Canonical exact text for decimal(p,s): scale digits padded, never rounded; -0 becomes 0.
bool normalizeDecimal(const QString &text, const DataType &type, QVariant *out, QString *why)
{
    if (type.precision > 0 && isCanonicalDecimal(text, type)) {
        *out = QVariant(text);
        return true;
    }
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

// ---- dates and times ------------------------------------------------------------------------------

// A date, a time or both, taken apart; the fraction keeps its digits as written ("5" for ".5").
struct Temporal
{
    bool hasDate = false;
    bool hasTime = false;
    bool hasOffset = false;
    int year = 0, month = 0, day = 0;
    int hour = 0, minute = 0, second = 0;
    QString fraction;
    int offsetMinutes = 0;
};

// The number in s[at, at+count), or -1 when those are not all digits.
int digitsAt(QStringView s, qsizetype at, int count)
{
    if (at + count > s.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = s[at + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// YYYY-MM-DD naming a real calendar day in 0001-9999.
bool parseDate(QStringView s, Temporal *t)
{
    t->year = digitsAt(s, 0, 4);
    t->month = digitsAt(s, 5, 2);
    t->day = digitsAt(s, 8, 2);
    t->hasDate = s.size() >= 10 && s[4] == u'-' && s[7] == u'-' && t->year >= 1 && t->month > 0 && t->day > 0
        && QDate::isValid(t->year, t->month, t->day);
    return t->hasDate;
}

// HH:MM[:SS[.digits]]; returns how many characters it read, 0 when they are not a valid time.
qsizetype parseTime(QStringView s, Temporal *t)
{
    t->hour = digitsAt(s, 0, 2);
    t->minute = digitsAt(s, 3, 2);
    if (s.size() < 5 || s[2] != u':' || t->hour < 0 || t->hour > 23 || t->minute < 0 || t->minute > 59)
        return 0;
    qsizetype i = 5;
    if (i < s.size() && s[i] == u':') {
        t->second = digitsAt(s, 6, 2);
        if (t->second < 0 || t->second > 59)
            return 0;
        i = 8;
        if (i < s.size() && s[i] == u'.') {
            const qsizetype start = ++i;
            while (i < s.size() && s[i] >= u'0' && s[i] <= u'9')
                ++i;
            QStringView digits = s.mid(start, i - start);
            // Engines keep microseconds; finer digits are accepted only when they are zeros.
            if (digits.isEmpty() || (digits.size() > 6 && !allZeros(digits.mid(6))))
                return 0;
            t->fraction = digits.left(6).toString();
        }
    }
    t->hasTime = true;
    return i;
}

// Z, ±HH, ±HHMM or ±HH:MM (PostgreSQL accepts offsets up to 15:59).
bool parseOffset(QStringView s, Temporal *t)
{
    t->hasOffset = true;
    t->offsetMinutes = 0;
    if (s == u"Z" || s == u"z")
        return true;
    if (s.size() < 3 || (s[0] != u'+' && s[0] != u'-'))
        return false;
    const int hours = digitsAt(s, 1, 2);
    int minutes = 0;
    if (s.size() == 6 && s[3] == u':')
        minutes = digitsAt(s, 4, 2);
    else if (s.size() == 5)
        minutes = digitsAt(s, 3, 2);
    else if (s.size() != 3)
        return false;
    if (hours < 0 || hours > 15 || minutes < 0 || minutes > 59)
        return false;
    t->offsetMinutes = (s[0] == u'-' ? -1 : 1) * (hours * 60 + minutes);
    return true;
}

// "2023-01-05", "10:30[:00[.5]]", "2023-01-05 10:30:00", "2023-01-05T10:30:00Z", "...+02:00".
bool parseTemporal(QStringView s, Temporal *t)
{
    QStringView rest = s;
    if (s.size() >= 10 && s[4] == u'-') {
        if (!parseDate(s, t))
            return false;
        rest = s.mid(10);
        if (rest.isEmpty())
            return true;
        if (rest[0] != u' ' && rest[0] != u'T' && rest[0] != u't')
            return false;
        rest = rest.mid(1);
    }
    const qsizetype used = parseTime(rest, t);
    if (used == 0)
        return false;
    rest = rest.mid(used);
    return rest.isEmpty() || parseOffset(rest, t);
}

// QDate/QTime/QDateTime. A local QDateTime has no zone of its own; it gets the local offset only
// when one is asked for (datetimetz), otherwise its wall clock is kept.
bool fromQt(const QVariant &in, bool wantOffset, Temporal *t)
{
    const int typeId = in.typeId();
    QDate date;
    QTime time;
    if (typeId == QMetaType::QDate) {
        date = in.toDate();
    } else if (typeId == QMetaType::QTime) {
        time = in.toTime();
        if (!time.isValid())
            return false;
    } else {
        const QDateTime dt = in.toDateTime();
        if (!dt.isValid())
            return false;
        date = dt.date();
        time = dt.time();
        t->hasOffset = wantOffset || dt.timeSpec() != Qt::LocalTime;
        t->offsetMinutes = t->hasOffset ? dt.offsetFromUtc() / 60 : 0;
    }
    if (typeId != QMetaType::QTime) {
        if (!date.isValid() || date.year() < 1 || date.year() > 9999)
            return false;
        t->hasDate = true;
        date.getDate(&t->year, &t->month, &t->day);
    }
    if (time.isValid()) {
        t->hasTime = true;
        t->hour = time.hour();
        t->minute = time.minute();
        t->second = time.second();
        if (time.msec() != 0)
            t->fraction = QStringLiteral("%1").arg(time.msec(), 3, 10, QLatin1Char('0'));
    }
    return true;
}

// A zoned value as the UTC wall clock, for datetime, which has no zone.
bool shiftToUtc(Temporal *t)
{
    if (!t->hasOffset)
        return true;
    t->hasOffset = false;
    if (t->offsetMinutes == 0)
        return true;
    const QDateTime utc = QDateTime(QDate(t->year, t->month, t->day), QTime(t->hour, t->minute, t->second), Qt::UTC)
                              .addSecs(-qint64(t->offsetMinutes) * 60);
    if (utc.date().year() < 1 || utc.date().year() > 9999)
        return false;
    utc.date().getDate(&t->year, &t->month, &t->day);
    t->hour = utc.time().hour();
    t->minute = utc.time().minute();
    t->second = utc.time().second();
    return true;
}

char *put(char *p, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = char('0' + value % 10);
        value /= 10;
    }
    return p + width;
}

QString formatTemporal(const Temporal &t, bool withDate, bool withTime, bool withOffset)
{
    char buffer[32];
    char *p = buffer;
    if (withDate) {
        p = put(p, t.year, 4);
        *p++ = '-';
        p = put(p, t.month, 2);
        *p++ = '-';
        p = put(p, t.day, 2);
    }
    if (withDate && withTime)
        *p++ = ' ';
    if (withTime) {
        p = put(p, t.hour, 2);
        *p++ = ':';
        p = put(p, t.minute, 2);
        *p++ = ':';
        p = put(p, t.second, 2);
    }
    QString text = QString::fromLatin1(buffer, p - buffer);
    if (withTime && !t.fraction.isEmpty())
        text += u'.' + t.fraction;
    if (withOffset) {
        const int minutes = qAbs(t.offsetMinutes);
        p = buffer;
        *p++ = t.offsetMinutes < 0 ? '-' : '+';
        p = put(p, minutes / 60, 2);
        *p++ = ':';
        p = put(p, minutes % 60, 2);
        text += QLatin1String(buffer, p - buffer);
    }
    return text;
}

bool isMidnight(const Temporal &t)
{
    return t.hour == 0 && t.minute == 0 && t.second == 0 && allZeros(t.fraction) && !t.hasOffset;
}

bool toTemporal(const QVariant &in, const DataType &type, QVariant *out, QString *why)
{
    Temporal t;
    QString storage;
    const int typeId = in.typeId();
    const bool isQt = typeId == QMetaType::QDate || typeId == QMetaType::QTime || typeId == QMetaType::QDateTime;
    const QString &shown = isQt ? (storage = ValueConverter::toText(in)) : stringOf(in, &storage);
    const bool ok = isQt ? fromQt(in, type.kind == TypeKind::DateTimeTz, &t) : parseTemporal(shown, &t);
    switch (type.kind) {
    case TypeKind::Date:
        if (!ok || !t.hasDate)
            return fail(why, shown, "is not a valid date");
        if (t.hasTime && !isMidnight(t))
            return fail(why, shown, "has a time of day, which a date cannot keep");
        *out = formatTemporal(t, true, false, false);
        return true;
    case TypeKind::Time:
        if (!ok || !t.hasTime || t.hasDate || t.hasOffset)
            return fail(why, shown, "is not a valid time");
        *out = formatTemporal(t, false, true, false);
        return true;
    case TypeKind::DateTime:
        if (!ok || !t.hasDate)
            return fail(why, shown, "is not a valid datetime");
        if (!shiftToUtc(&t))
            return fail(why, shown, "is out of range for datetime");
        *out = formatTemporal(t, true, true, false);
        return true;
    default: // DateTimeTz; a value without a zone is taken as UTC
        if (!ok || !t.hasDate)
            return fail(why, shown, "is not a valid datetime with time zone");
        *out = formatTemporal(t, true, true, true);
        return true;
    }
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

bool toBinary(const QVariant &in, const DataType &type, QVariant *out, QString *why)
{
    QByteArray bytes;
    if (in.typeId() == QMetaType::QByteArray) {
        bytes = in.toByteArray();
    } else {
        QString storage;
        const QString &text = stringOf(in, &storage);
        if (!decodeHex(text, &bytes))
            return fail(why, text, "is not binary (expected \\x and hex digits)");
    }
    if (type.length > 0 && bytes.size() > type.length)
        return fail(why, quoted(ValueConverter::toText(bytes)) + QStringLiteral(" is longer than %1 bytes").arg(type.length));
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
        return fail(why, quoted(text) + QStringLiteral(" is longer than %1 characters").arg(type.length));
    *out = in.typeId() == QMetaType::QString ? in : QVariant(text);
    return true;
}

bool parseBoolean(QStringView s, bool *value)
{
    for (const char *word : {"true", "t", "yes", "1"}) {
        if (s.compare(QLatin1String(word), Qt::CaseInsensitive) == 0)
            return *value = true;
    }
    for (const char *word : {"false", "f", "no", "0"}) {
        if (s.compare(QLatin1String(word), Qt::CaseInsensitive) == 0) {
            *value = false;
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
            return fail(why, ValueConverter::toText(in), "is not a boolean");
        value = number == 1;
    } else {
        QString storage;
        const QString &text = stringOf(in, &storage);
        if (!parseBoolean(text, &value))
            return fail(why, text, "is not a boolean");
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
    }
    return fail(why, QStringLiteral("unknown type"));
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
        return QString::fromLatin1(buffer, formatReal(value.toDouble(), buffer));
    }
    case QMetaType::QByteArray:
        return QLatin1String("\\x") + QString::fromLatin1(value.toByteArray().toHex());
    case QMetaType::QDate:
    case QMetaType::QTime:
    case QMetaType::QDateTime: {
        Temporal t;
        if (!fromQt(value, false, &t))
            return value.toString();
        return formatTemporal(t, t.hasDate, t.hasTime, t.hasOffset);
    }
    default:
        if (isUnsignedType(typeId))
            return QString::number(value.toULongLong());
        if (isIntegerType(typeId))
            return QString::number(value.toLongLong());
        return value.toString();
    }
}

int ValueConverter::formatReal(double value, char *buffer)
{
    const auto literal = [buffer](const char *text) {
        const int length = int(std::strlen(text));
        std::memcpy(buffer, text, size_t(length));
        return length;
    };
    if (std::isnan(value))
        return literal("NaN");
    if (std::isinf(value))
        return literal(value > 0 ? "Infinity" : "-Infinity");
    if (value == 0)
        return literal("0");

    // Shortest round-trip digits and exponent from the standard library, laid out the ECMAScript way.
    char scientific[40];
    const char *end = std::to_chars(scientific, scientific + sizeof scientific, value,
                                    std::chars_format::scientific).ptr;
    const char *p = scientific;
    char *out = buffer;
    if (*p == '-')
        *out++ = *p++;
    char digits[20];
    int k = 0;
    for (; p < end && *p != 'e'; ++p) {
        if (*p != '.')
            digits[k++] = *p;
    }
    int exponent = 0;
    std::from_chars(p + (p[1] == '+' ? 2 : 1), end, exponent);
    const int n = exponent + 1; // digits before the decimal point

    if (k <= n && n <= 21) {
        out = std::copy(digits, digits + k, out);
        out = std::fill_n(out, n - k, '0');
    } else if (0 < n && n <= 21) {
        out = std::copy(digits, digits + n, out);
        *out++ = '.';
        out = std::copy(digits + n, digits + k, out);
    } else if (-6 < n && n <= 0) {
        *out++ = '0';
        *out++ = '.';
        out = std::fill_n(out, -n, '0');
        out = std::copy(digits, digits + k, out);
    } else {
        *out++ = digits[0];
        if (k > 1) {
            *out++ = '.';
            out = std::copy(digits + 1, digits + k, out);
        }
        *out++ = 'e';
        *out++ = n - 1 < 0 ? '-' : '+';
        out = std::to_chars(out, out + 4, qAbs(n - 1)).ptr;
    }
    return int(out - buffer);
}

} // namespace barge
