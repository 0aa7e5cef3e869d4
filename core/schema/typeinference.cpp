#include "schema/typeinference.h"

#include "schema/valueconverter.h"

#include <QDate>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

// The rules, with examples, are in docs/type-inference.md. add() runs once per CSV field (millions
// of times), so it scans each text once, allocates nothing and stops once no candidate is left.

namespace barge {

namespace {

constexpr int maxDecimalPrecision = 38; // the widest decimal every target engine accepts

bool isDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }

// The shape of -?digits[.digits][(e|E)[+-]digits], gathered in one pass.
struct NumberShape
{
    bool valid = false;
    bool negative = false;
    bool hasFraction = false;
    bool hasExponent = false;
    bool leadingZero = false;  // "08", "00.5"
    bool trailingZero = false; // "1.50"
    bool isZero = false;       // every digit before any exponent is 0
    int integerDigits = 0;
    int fractionDigits = 0;
    int significantDigits = 0;    // first to last non-zero digit: "100.5" has 4, "1000" has 1
    int leadingFractionZeros = 0; // "0.005" has 2
};

NumberShape scanNumber(QStringView s)
{
    NumberShape n;
    const qsizetype size = s.size();
    qsizetype i = 0;
    n.negative = s[0] == u'-';
    if (n.negative)
        ++i;
    int position = 0; // index among the mantissa's digits
    int firstNonZero = -1;
    int lastNonZero = -1;
    const auto digits = [&] {
        const qsizetype start = i;
        for (; i < size && isDigit(s[i]); ++i, ++position) {
            if (s[i] != u'0') {
                if (firstNonZero < 0)
                    firstNonZero = position;
                lastNonZero = position;
            }
        }
        return int(i - start);
    };
    n.integerDigits = digits();
    if (n.integerDigits == 0)
        return n;
    n.leadingZero = n.integerDigits > 1 && s[i - n.integerDigits] == u'0';
    if (i < size && s[i] == u'.') {
        ++i;
        n.fractionDigits = digits();
        if (n.fractionDigits == 0)
            return n;
        n.hasFraction = true;
        n.trailingZero = s[i - 1] == u'0';
    }
    if (i < size && (s[i] == u'e' || s[i] == u'E')) {
        ++i;
        if (i < size && (s[i] == u'+' || s[i] == u'-'))
            ++i;
        const qsizetype start = i;
        while (i < size && isDigit(s[i]))
            ++i;
        if (i == start)
            return n;
        n.hasExponent = true;
    }
    n.valid = i == size;
    n.isZero = firstNonZero < 0;
    n.significantDigits = n.isZero ? 1 : lastNonZero - firstNonZero + 1;
    n.leadingFractionZeros = firstNonZero >= n.integerDigits ? firstNonZero - n.integerDigits : 0;
    return n;
}

// Digits only, no leading zero (checked before): compare with the int64 limits digit by digit.
bool fitsInt64(QStringView s, const NumberShape &n)
{
    if (n.integerDigits != 19)
        return n.integerDigits < 19;
    const char *limit = n.negative ? "9223372036854775808" : "9223372036854775807";
    const QStringView digits = s.mid(n.negative ? 1 : 0);
    for (int i = 0; i < 19; ++i) {
        if (digits[i] != QLatin1Char(limit[i]))
            return digits[i] < QLatin1Char(limit[i]);
    }
    return true;
}

// True when ValueConverter::formatReal writes this exact text back for the double it denotes.
bool reproducesAsReal(QStringView s, const NumberShape &n)
{
    // formatReal never writes leading zeros, trailing fraction zeros or -0.
    if (n.leadingZero || n.trailingZero || (n.negative && n.isZero))
        return false;
    // Up to 15 significant digits survive a double unchanged (DBL_DIG), so the shortest digits are
    // the text's own; formatReal writes them in plain notation from 1e-7 up to 1e21.
    if (!n.hasExponent && n.significantDigits <= 15 && n.integerDigits <= 21 && n.leadingFractionZeros <= 5)
        return true;
    char chars[32];
    if (s.size() > qsizetype(sizeof chars))
        return false; // formatReal never writes more than 25 characters
    for (qsizetype i = 0; i < s.size(); ++i)
        chars[i] = char(s[i].unicode()); // scanNumber let through ASCII only
    double value = 0;
    const auto [end, error] = std::from_chars(chars, chars + s.size(), value);
    if (error != std::errc() || end != chars + s.size() || !std::isfinite(value))
        return false;
    char again[32];
    const int length = ValueConverter::formatReal(value, again);
    return length == s.size() && std::memcmp(chars, again, size_t(length)) == 0;
}

int twoDigits(QStringView s, qsizetype at)
{
    if (!isDigit(s[at]) || !isDigit(s[at + 1]))
        return -1;
    return (s[at].unicode() - u'0') * 10 + (s[at + 1].unicode() - u'0');
}

// YYYY-MM-DD in the first 10 characters, a real calendar day in 0001-9999.
bool isDate(QStringView s)
{
    if (s.size() < 10 || s[4] != u'-' || s[7] != u'-')
        return false;
    const int century = twoDigits(s, 0);
    const int year = twoDigits(s, 2);
    const int month = twoDigits(s, 5);
    const int day = twoDigits(s, 8);
    if (century < 0 || year < 0 || month < 0 || day < 0)
        return false;
    const int fullYear = century * 100 + year;
    return fullYear >= 1 && QDate::isValid(fullYear, month, day);
}

// Exactly HH:MM:SS or HH:MM:SS.f with 1 to 6 fraction digits.
bool isTime(QStringView s)
{
    const qsizetype size = s.size();
    if (size != 8 && (size < 10 || size > 15))
        return false;
    if (s[2] != u':' || s[5] != u':')
        return false;
    const int hour = twoDigits(s, 0);
    const int minute = twoDigits(s, 3);
    const int second = twoDigits(s, 6);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return false;
    if (size == 8)
        return true;
    if (s[8] != u'.')
        return false;
    for (qsizetype i = 9; i < size; ++i) {
        if (!isDigit(s[i]))
            return false;
    }
    return true;
}

// ±HH:MM as ValueConverter writes it: "Z" and "-00:00" would come back as "+00:00".
bool isOffset(QStringView s)
{
    if ((s[0] != u'+' && s[0] != u'-') || s[3] != u':')
        return false;
    const int hours = twoDigits(s, 1);
    const int minutes = twoDigits(s, 4);
    if (hours < 0 || hours > 15 || minutes < 0 || minutes > 59)
        return false;
    return s[0] == u'+' || hours != 0 || minutes != 0;
}

} // namespace

void TypeInference::add(QStringView text)
{
    ++m_values;
    if (m_candidates == 0)
        return;
    if (text.isEmpty()) {
        m_candidates = 0;
        return;
    }
    const QChar first = text[0];
    if (m_candidates & Numeric) {
        if (isDigit(first) || first == u'-')
            addNumber(text);
        else
            m_candidates &= ~Numeric;
    }
    if (m_candidates & Temporal) {
        if (isDigit(first))
            addTemporal(text);
        else
            m_candidates &= ~Temporal;
    }
    if (m_candidates & (BooleanLower | BooleanUpper))
        addBoolean(text);
}

void TypeInference::addNumber(QStringView text)
{
    const NumberShape n = scanNumber(text);
    unsigned keep = 0;
    // "-0" is a number, but no engine keeps its sign, so it could not be written back.
    if (n.valid && !n.leadingZero && !(n.negative && n.isZero)) {
        if (!n.hasExponent)
            keep |= Decimal;
        if (!n.hasExponent && !n.hasFraction && fitsInt64(text, n))
            keep |= Integer;
        if ((m_candidates & Real) && reproducesAsReal(text, n))
            keep |= Real;
    }
    m_candidates &= ~Numeric | keep;
    if (m_candidates & Decimal) {
        m_decimalIntegerDigits = std::max(m_decimalIntegerDigits, n.integerDigits);
        m_decimalScale = std::max(m_decimalScale, n.fractionDigits);
        if (m_decimalIntegerDigits + m_decimalScale > maxDecimalPrecision)
            m_candidates &= ~Decimal;
    }
}

void TypeInference::addTemporal(QStringView text)
{
    const qsizetype size = text.size();
    unsigned keep = 0;
    if ((m_candidates & Date) && size == 10 && isDate(text))
        keep |= Date;
    if ((m_candidates & Time) && isTime(text))
        keep |= Time;
    // The space separator only: "2023-01-05T10:00:00" would be written back with a space.
    if ((m_candidates & (DateTime | DateTimeTz)) && size >= 19 && text[10] == u' ' && isDate(text)) {
        if ((m_candidates & DateTime) && isTime(text.mid(11)))
            keep |= DateTime;
        if ((m_candidates & DateTimeTz) && size >= 25 && isOffset(text.mid(size - 6))
            && isTime(text.mid(11, size - 17)))
            keep |= DateTimeTz;
    }
    m_candidates &= ~Temporal | keep;
}

void TypeInference::addBoolean(QStringView text)
{
    unsigned keep = 0;
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        keep = BooleanLower;
    else if (text == QLatin1String("TRUE") || text == QLatin1String("FALSE"))
        keep = BooleanUpper;
    m_candidates &= ~(BooleanLower | BooleanUpper) | keep;
}

DataType TypeInference::result() const
{
    if (m_values == 0)
        return DataType::text(); // all NULL or no rows: nothing to go on
    const unsigned c = m_candidates;
    if (c & (BooleanLower | BooleanUpper))
        return DataType::of(TypeKind::Boolean);
    if (c & Integer) // before real: "3" reproduces as both
        return DataType::of(TypeKind::Int64);
    if (c & Real)
        return DataType::of(TypeKind::Real);
    if (c & Decimal)
        return DataType::decimal(m_decimalIntegerDigits + m_decimalScale, m_decimalScale);
    if (c & Date)
        return DataType::of(TypeKind::Date);
    if (c & Time)
        return DataType::of(TypeKind::Time);
    if (c & DateTime)
        return DataType::of(TypeKind::DateTime);
    if (c & DateTimeTz)
        return DataType::of(TypeKind::DateTimeTz);
    return DataType::text();
}

} // namespace barge
