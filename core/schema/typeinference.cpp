#include "schema/typeinference.h"

#include "schema/temporaltext.h"
#include "schema/numbertext.h"
#include "schema/valueconverter.h"

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

// True when NumberText::formatReal writes this exact text back for the double it denotes.
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
    const int length = NumberText::formatReal(value, again);
    return length == s.size() && std::memcmp(chars, again, size_t(length)) == 0;
}

} // namespace

TypeInference::TypeInference(const LocalFormat *format) : m_format(format && !format->isEmpty() ? format : nullptr)
{
    if (m_format && m_format->coversNumbers())
        m_candidates &= ~Real; // a local number is written back by the format, never as a double
}

void TypeInference::add(QStringView text)
{
    ++m_values;
    if (m_candidates == 0)
        return;
    if (text.isEmpty()) {
        m_candidates = 0;
        return;
    }
    if (m_format) {
        addLocal(text);
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

// The canonical forms only: "2023-01-05T10:00:00" or "...Z" would be written back differently.
void TypeInference::addTemporal(QStringView text)
{
    unsigned keep = 0;
    if ((m_candidates & Date) && TemporalText::isCanonical(text, TypeKind::Date))
        keep |= Date;
    if ((m_candidates & Time) && TemporalText::isCanonical(text, TypeKind::Time))
        keep |= Time;
    if ((m_candidates & DateTime) && TemporalText::isCanonical(text, TypeKind::DateTime))
        keep |= DateTime;
    if ((m_candidates & DateTimeTz) && TemporalText::isCanonical(text, TypeKind::DateTimeTz))
        keep |= DateTimeTz;
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

// Each kind the format covers is read its way; the others as without a format.
void TypeInference::addLocal(QStringView text)
{
    const LocalFormat &format = *m_format;
    if (m_candidates & Numeric) {
        if (format.coversNumbers())
            addLocalNumber(text);
        else if (isDigit(text[0]) || text[0] == u'-')
            addNumber(text);
        else
            m_candidates &= ~Numeric;
    }
    if (m_candidates & Temporal) {
        if (format.coversDates())
            addLocalTemporal(text);
        else if (isDigit(text[0]))
            addTemporal(text);
        else
            m_candidates &= ~Temporal;
    }
    if (m_candidates & (BooleanLower | BooleanUpper)) {
        if (!format.coversBooleans())
            addBoolean(text);
        else if (format.scanBoolean(text) < 0)
            m_candidates &= ~(BooleanLower | BooleanUpper);
        else if (m_example.isEmpty())
            m_example = text.toString();
    }
}

// Kept: no leading zeros ("00123" stays text), no negative zero. Grouped and ungrouped values may
// mix, and fewer fraction digits are padded, as canonical decimals are: the value is what is kept.
void TypeInference::addLocalNumber(QStringView text)
{
    LocalFormat::Number n = m_format->scanNumber(text);
    // "17,50-" without minus=trailing is no number; read as one all the same, so that the column
    // ends as text with a note saying which option would read it (needsTrailingMinus()).
    bool trailing = false;
    if (!n.valid && !m_format->trailingMinus() && text.size() > 1 && text.back() == u'-') {
        n = m_format->scanNumber(text.chopped(1));
        trailing = n.valid && !n.negative;
        n.valid = trailing;
        n.negative = true;
    }
    bool zero = true;
    for (const QChar c : text.mid(n.start, n.length))
        zero = zero && !(c.unicode() >= u'1' && c.unicode() <= u'9');
    if (!n.valid || n.leadingZero || (n.negative && zero)) {
        m_candidates &= ~Numeric;
        return;
    }
    if (trailing && m_trailingMinusExample.isEmpty())
        m_trailingMinusExample = text.toString();
    if (n.hasFraction || n.groups > 1)
        m_decided = true;
    else if (n.groups == 1)
        m_shortGroups = true;
    if (m_example.isEmpty() && (n.grouped || n.hasFraction || n.decorated || n.negative))
        m_example = text.toString();
    m_decimalIntegerDigits = std::max(m_decimalIntegerDigits, n.integerDigits);
    m_decimalScale = std::max(m_decimalScale, n.fractionDigits);
    if (n.hasFraction || n.integerDigits > 18) // 18 digits always fit in an int64
        m_candidates &= ~Integer;
    if (m_decimalIntegerDigits + m_decimalScale > maxDecimalPrecision)
        m_candidates &= ~Decimal;
}

// Every value must read in the pattern; d and dd (M and MM) both read one or two digits, so the
// padding may differ: the date is what is kept.
void TypeInference::addLocalTemporal(QStringView text)
{
    unsigned keep = 0;
    TemporalText::Parts parts;
    bool exact = false;
    if ((m_candidates & Date) && m_format->scanTemporal(text, TypeKind::Date, &parts, &exact))
        keep |= Date;
    if ((m_candidates & Time) && m_format->scanTemporal(text, TypeKind::Time, &parts, &exact))
        keep |= Time;
    if ((m_candidates & DateTime) && m_format->scanTemporal(text, TypeKind::DateTime, &parts, &exact))
        keep |= DateTime;
    if ((m_candidates & DateTimeTz) && TemporalText::isCanonical(text, TypeKind::DateTimeTz))
        keep |= DateTimeTz;
    m_candidates &= ~Temporal | keep;
    if (keep && m_temporalExample.isEmpty() && !TemporalText::isCanonical(text, TypeKind::Date)
        && !TemporalText::isCanonical(text, TypeKind::Time) && !TemporalText::isCanonical(text, TypeKind::DateTime))
        m_temporalExample = text.toString();
}

// Each add() only clears candidates, keeps maxima or the first example, so the order of two runs of
// values matters only where a limit couples them (a decimal's precision) and for which example is
// named first.
void TypeInference::merge(const TypeInference &later)
{
    m_values += later.m_values;
    m_nulls += later.m_nulls;
    m_candidates &= later.m_candidates;
    m_decimalIntegerDigits = std::max(m_decimalIntegerDigits, later.m_decimalIntegerDigits);
    m_decimalScale = std::max(m_decimalScale, later.m_decimalScale);
    if (m_decimalIntegerDigits + m_decimalScale > maxDecimalPrecision)
        m_candidates &= ~Decimal;
    m_shortGroups = m_shortGroups || later.m_shortGroups;
    m_decided = m_decided || later.m_decided;
    if (m_example.isEmpty())
        m_example = later.m_example;
    if (m_temporalExample.isEmpty())
        m_temporalExample = later.m_temporalExample;
    if (m_trailingMinusExample.isEmpty())
        m_trailingMinusExample = later.m_trailingMinusExample;
}

bool TypeInference::needsTrailingMinus() const
{
    return !m_trailingMinusExample.isEmpty() && (m_candidates & Numeric);
}

bool TypeInference::ambiguous() const
{
    if (!m_format || !m_format->coversNumbers() || !(m_candidates & Numeric) || !m_shortGroups || m_decided)
        return false;
    const QString separators = m_format->thousandsSeparators();
    return separators.contains(u'.') || separators.contains(u',');
}

QString TypeInference::note(const QString &name) const
{
    if (!m_format || m_values == 0)
        return QString();
    if (needsTrailingMinus())
        return LocalFormat::tr("%1: values like %2 end in a minus sign; left as text (add minus=trailing to the "
                               "source URL to read them as negative numbers)")
            .arg(name, m_trailingMinusExample);
    if (ambiguous())
        return LocalFormat::tr("%1: values like %2 could be thousands or a decimal fraction; left as text "
                               "(map the column to a number type to read them as thousands)")
            .arg(name, m_example);
    const DataType type = result();
    const QString &example = type.isTemporal() ? m_temporalExample : m_example;
    if (example.isEmpty() || type.kind == TypeKind::Text || !m_format->covers(type.kind))
        return QString();
    const QString language = m_format->languageName();
    return language.isEmpty()
        ? LocalFormat::tr("%1: %2 from values like %3").arg(name, type.toString(), example)
        : LocalFormat::tr("%1: %2 from values like %3 (%4)").arg(name, type.toString(), example, language);
}

DataType TypeInference::result() const
{
    if (m_values == 0)
        return DataType::text(); // all NULL or no rows: nothing to go on
    if (ambiguous() || needsTrailingMinus())
        return DataType::text(); // note() says why
    const unsigned c = m_candidates;
    if (c & (BooleanLower | BooleanUpper))
        return DataType::of(TypeKind::Boolean);
    // Digits that every one read as a date: only a date pattern the user named reads a value with
    // no separators (date=yyyyMMdd), so the user asked for dates. 20231332 is no date and keeps
    // the column a number.
    if ((c & Date) && (c & Numeric))
        return DataType::of(TypeKind::Date);
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
