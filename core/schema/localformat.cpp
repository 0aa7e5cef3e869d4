#include "schema/localformat.h"

#include "schema/datepattern.h"

#include <QDate>

#include <algorithm>

namespace barge {

using DatePattern::Token;
using DatePattern::readDigits;
using DatePattern::tokenize;

QStringList FormatOption::all()
{
    return {locale, decimal, thousands, minus, currency, percent, date, time, pivot, boolean};
}

namespace {

bool isDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }
// The spaces thousands are grouped with: plain, no-break (French desktops), thin (U+2009, as the SI
// brochure and typeset reports write them) and narrow no-break (newer French locales).
bool isSpace(QChar c) { return c == u' ' || c == u'\u00A0' || c == u'\u2009' || c == u'\u202F'; }

// Characters accepted between thousands for an option value or a locale's separator; the first is
// the one written. Spaces and apostrophes come in the spellings desktops use for them.
std::optional<QString> thousandsFor(const QString &value)
{
    const QString word = value.toLower();
    if (word == QLatin1String("none") || value.isEmpty())
        return QString();
    if (word == QLatin1String("space") || (value.size() == 1 && isSpace(value.at(0))))
        return QStringLiteral(u"\u00A0 \u2009\u202F");
    if (word == QLatin1String("apostrophe") || value == QLatin1String("'") || value == QStringLiteral(u"\u2019"))
        return QStringLiteral(u"'\u2019");
    if (word == QLatin1String("dot") || value == QLatin1String("."))
        return QStringLiteral(".");
    if (word == QLatin1String("comma") || value == QLatin1String(","))
        return QStringLiteral(",");
    return std::nullopt;
}

std::optional<QChar> decimalFor(const QString &value)
{
    const QString word = value.toLower();
    if (word == QLatin1String("comma") || value == QLatin1String(","))
        return QChar(',');
    if (word == QLatin1String("dot") || value == QLatin1String("."))
        return QChar('.');
    return std::nullopt;
}

// QLocale's short date with a four-digit year: "dd.MM.yy" -> "dd.MM.yyyy".
QString fullYear(QString pattern)
{
    if (!pattern.contains(QLatin1String("yyyy")))
        pattern.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return pattern;
}

} // namespace

std::optional<LocalFormat> LocalFormat::fromOptions(const QMap<QString, QString> &options, QString *error)
{
    auto fail = [error](const QString &option, const QString &value, const QString &hint) -> std::optional<LocalFormat> {
        *error = tr("invalid value '%1' for option '%2' (%3)").arg(value, option, hint);
        return std::nullopt;
    };
    LocalFormat format;
    if (options.contains(FormatOption::locale)) {
        const QString name = options.value(FormatOption::locale);
        const QLocale locale(name);
        if (locale.language() == QLocale::C && name.compare(QLatin1String("C"), Qt::CaseInsensitive) != 0)
            return fail(FormatOption::locale, name, tr("a language and country such as de_DE, fr_FR, de_CH or en_US"));
        format.m_hasLocale = true;
        format.m_locale = locale;
        format.m_decimal = decimalFor(locale.decimalPoint()).value_or(QChar('.'));
        format.m_thousands = thousandsFor(locale.groupSeparator()).value_or(QString());
        format.m_datePatterns = {fullYear(locale.dateFormat(QLocale::ShortFormat))};
    }
    const auto has = [&](const QString &name) { return options.contains(name); };
    if (has(FormatOption::decimal)) {
        const std::optional<QChar> decimal = decimalFor(options.value(FormatOption::decimal));
        if (!decimal)
            return fail(FormatOption::decimal, options.value(FormatOption::decimal), tr(", or ."));
        format.m_decimal = *decimal;
        if (!has(FormatOption::locale) && !has(FormatOption::thousands))
            format.m_thousands = *decimal == u',' ? QStringLiteral(".") : QStringLiteral(",");
    }
    if (has(FormatOption::thousands)) {
        const std::optional<QString> thousands = thousandsFor(options.value(FormatOption::thousands));
        if (!thousands)
            return fail(FormatOption::thousands, options.value(FormatOption::thousands),
                        tr(". , ' space or none"));
        format.m_thousands = *thousands;
        if (format.m_decimal.isNull())
            format.m_decimal = thousands->contains(u',') ? QChar('.') : QChar(',');
    }
    if (!format.m_decimal.isNull() && format.m_thousands.contains(format.m_decimal))
        return fail(FormatOption::thousands, options.value(FormatOption::thousands),
                    tr("not the decimal separator"));
    const bool numberOption = has(FormatOption::minus) || has(FormatOption::currency) || has(FormatOption::percent);
    if (numberOption && format.m_decimal.isNull())
        format.m_decimal = QChar('.'); // a currency or a trailing minus alone: otherwise canonical numbers
    if (has(FormatOption::minus)) {
        const QString value = options.value(FormatOption::minus).toLower();
        if (value != QLatin1String("trailing") && value != QLatin1String("leading"))
            return fail(FormatOption::minus, value, tr("trailing or leading"));
        format.m_trailingMinus = value == QLatin1String("trailing");
    }
    format.m_currency = options.value(FormatOption::currency).trimmed();
    // A symbol made of what numbers are made of would be read as part of one (currency=0 would turn
    // 1000 into 100, currency=- lose a minus). Separators are fine: the symbol is taken off first.
    for (const QChar c : std::as_const(format.m_currency)) {
        if (c.isDigit() || c.isSpace() || c == u'-' || c == u'+' || c == u'%' || c == u'(' || c == u')')
            return fail(FormatOption::currency, options.value(FormatOption::currency),
                        tr("a symbol or code without digits, spaces or signs, such as €, Fr. or CHF"));
    }
    if (has(FormatOption::percent)) {
        const QString value = options.value(FormatOption::percent).toLower();
        if (value != QLatin1String("true") && value != QLatin1String("false"))
            return fail(FormatOption::percent, value, tr("true or false"));
        format.m_percent = value == QLatin1String("true");
    }
    if (has(FormatOption::date)) {
        const QString pattern = options.value(FormatOption::date);
        if (!DatePattern::isValid(pattern, QStringLiteral("dMy")))
            return fail(FormatOption::date, pattern,
                        tr("a pattern of d, dd, M, MM, MMM, MMMM, yy and yyyy such as dd.MM.yyyy; "
                           "several separated by |"));
        format.m_datePatterns = pattern.split(u'|');
    }
    if (has(FormatOption::time)) {
        const QString pattern = options.value(FormatOption::time);
        if (!DatePattern::isValid(pattern, QStringLiteral("HhmszA")))
            return fail(FormatOption::time, pattern,
                        tr("a pattern of H, HH, h, mm, ss, zzz and AP such as HH:mm; several separated by |"));
        format.m_timePatterns = pattern.split(u'|');
    }
    if (has(FormatOption::pivot)) {
        bool ok = false;
        format.m_pivot = options.value(FormatOption::pivot).toInt(&ok);
        if (!ok || format.m_pivot < 1 || format.m_pivot > 9900)
            return fail(FormatOption::pivot, options.value(FormatOption::pivot), tr("a year such as 1950"));
    }
    if (has(FormatOption::boolean)) {
        const QStringList words = options.value(FormatOption::boolean).split(QLatin1Char('/'));
        if (words.size() != 2 || words.at(0).isEmpty() || words.at(1).isEmpty()
            || words.at(0).compare(words.at(1), Qt::CaseInsensitive) == 0)
            return fail(FormatOption::boolean, options.value(FormatOption::boolean),
                        tr("the word for true, a slash and the word for false, such as ja/nein"));
        format.m_trueWord = words.at(0);
        format.m_falseWord = words.at(1);
    }
    return format;
}

bool LocalFormat::covers(TypeKind kind) const
{
    switch (kind) {
    case TypeKind::Int16:
    case TypeKind::Int32:
    case TypeKind::Int64:
    case TypeKind::Real:
    case TypeKind::Decimal:
        return coversNumbers();
    case TypeKind::Date:
    case TypeKind::Time:
    case TypeKind::DateTime:
        return coversDates();
    case TypeKind::Boolean:
        return coversBooleans();
    case TypeKind::Text:
    case TypeKind::Binary:
    case TypeKind::DateTimeTz:
    case TypeKind::Uuid:
    case TypeKind::Json:
    case TypeKind::Interval:
    case TypeKind::Enum:
    case TypeKind::Array:
    case TypeKind::Bits:
    case TypeKind::Geometry:
        return false;
    }
    return false;
}

LocalFormat::Number LocalFormat::scanNumber(QStringView text) const
{
    Number n;
    QStringView s = text;
    // Decorations first: percent after the number, a currency symbol before or after, each with an
    // optional space; a minus sign before everything, or after the digits when trailing.
    if (m_percent && s.endsWith(u'%')) {
        s.chop(1);
        if (!s.isEmpty() && isSpace(s.back()))
            s.chop(1);
        n.decorated = true;
    }
    if (!s.isEmpty() && s.front() == u'-') {
        n.negative = true;
        s = s.mid(1);
    }
    if (!m_currency.isEmpty()) {
        if (s.startsWith(m_currency)) {
            s = s.mid(m_currency.size());
            if (!s.isEmpty() && isSpace(s.front()))
                s = s.mid(1);
            n.decorated = true;
        } else if (s.endsWith(m_currency)) {
            s.chop(m_currency.size());
            if (!s.isEmpty() && isSpace(s.back()))
                s.chop(1);
            n.decorated = true;
        }
        if (!n.negative && !s.isEmpty() && s.front() == u'-') {
            n.negative = true;
            s = s.mid(1);
        }
    }
    if (!n.negative && m_trailingMinus && s.endsWith(u'-')) {
        n.negative = true;
        s.chop(1);
    }
    qsizetype i = 0;
    int run = 0; // digits since the last separator
    while (i < s.size()) {
        const QChar c = s[i];
        if (isDigit(c)) {
            ++run;
            ++n.integerDigits;
        } else if (!m_thousands.isEmpty() && m_thousands.contains(c)) {
            // Groups of three after a first group of one to three digits.
            if (n.groups == 0 ? (run < 1 || run > 3) : run != 3)
                return n;
            ++n.groups;
            run = 0;
        } else {
            break;
        }
        ++i;
    }
    if (n.integerDigits == 0 || (n.groups > 0 && run != 3))
        return n;
    n.grouped = n.groups > 0;
    n.leadingZero = n.integerDigits > 1 && s[0] == u'0';
    if (i < s.size() && s[i] == m_decimal) {
        ++i;
        while (i < s.size() && isDigit(s[i])) {
            ++n.fractionDigits;
            ++i;
        }
        if (n.fractionDigits == 0)
            return n;
        n.hasFraction = true;
    }
    n.valid = i == s.size();
    n.start = s.data() - text.data();
    n.length = s.size();
    return n;
}

// Reads `pattern` (date and time letters alike) from the whole of text. d and dd (M and MM, H and
// HH...) both read one or two digits; *exact says whether the padding was the pattern's.
bool LocalFormat::scanPattern(QStringView text, const QString &pattern, TemporalText::Parts *parts, bool *exact) const
{
    qsizetype i = 0;
    int year = -1, month = -1, day = -1;
    int meridiem = -1; // 0 AM, 1 PM, -1 none
    bool same = true;
    const QList<Token> tokens = tokenize(pattern);
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        const Token &token = tokens.at(t);
        if (token.letter.isNull()) {
            if (i >= text.size() || text[i] != token.literal)
                return false;
            ++i;
            continue;
        }
        // dd reads one digit too, unless another field's digits touch it (yyyyMMdd).
        const auto digits = [&](qsizetype k) {
            return k >= 0 && k < tokens.size() && !tokens.at(k).letter.isNull() && tokens.at(k).letter != u'A'
                && !(tokens.at(k).letter == u'M' && tokens.at(k).count >= 3);
        };
        const bool touching = digits(t - 1) || digits(t + 1);
        const qsizetype from = i;
        int value = 0;
        if (token.letter == u'A') {
            const QStringView word = text.mid(i, 2);
            if (word.compare(QLatin1String("AM"), Qt::CaseInsensitive) == 0)
                meridiem = 0;
            else if (word.compare(QLatin1String("PM"), Qt::CaseInsensitive) == 0)
                meridiem = 1;
            else
                return false;
            i += 2;
            continue;
        }
        if (token.letter == u'M' && token.count >= 3) {
            qsizetype used = 0;
            month = monthFromName(text.mid(i), token.count == 4, &used);
            if (month < 1)
                return false;
            i += used;
            continue;
        }
        if (token.letter == u'z') {
            if (!readDigits(text, &i, token.count == 3 ? 3 : 1, token.count == 3 ? 3 : 6, &value))
                return false;
            parts->fractionDigits = int(i - from);
            for (int k = 0; k < parts->fractionDigits; ++k)
                parts->fraction[k] = char(text[from + k].unicode());
            continue;
        }
        const bool isYear = token.letter == u'y';
        if (!readDigits(text, &i, isYear || touching ? token.count : 1, isYear ? token.count : 2, &value))
            return false;
        if (!isYear && (i - from == 2) != (token.count == 2) && !(token.count == 1 && value >= 10))
            same = false;
        switch (token.letter.unicode()) {
        case u'd': day = value; break;
        case u'M': month = value; break;
        case u'y': year = token.count == 2 ? m_pivot + (value - m_pivot % 100 + 100) % 100 : value; break;
        case u'H': case u'h': parts->hour = value; parts->hasTime = true; break;
        case u'm': parts->minute = value; parts->hasTime = true; break;
        case u's': parts->second = value; break;
        default: return false;
        }
    }
    if (i != text.size())
        return false;
    if (meridiem >= 0) {
        if (parts->hour < 1 || parts->hour > 12)
            return false;
        parts->hour = parts->hour % 12 + 12 * meridiem;
    }
    if (parts->hour > 23 || parts->minute > 59 || parts->second > 59)
        return false;
    if (year >= 0 || month >= 0 || day >= 0) {
        if (year < 1 || year > 9999 || !QDate::isValid(year, month, day))
            return false;
        parts->hasDate = true;
        parts->year = year;
        parts->month = month;
        parts->day = day;
    }
    *exact = same;
    return true;
}

int LocalFormat::monthFromName(QStringView name, bool longName, qsizetype *used) const
{
    const QLocale::FormatType type = longName ? QLocale::LongFormat : QLocale::ShortFormat;
    int best = 0;
    for (int m = 1; m <= 12; ++m) {
        for (const QString &candidate : {m_locale.monthName(m, type), m_locale.standaloneMonthName(m, type)}) {
            if (!candidate.isEmpty() && candidate.size() > *used && name.startsWith(candidate, Qt::CaseInsensitive)) {
                best = m;
                *used = candidate.size();
            }
        }
    }
    return best;
}

// Without time=, times are H:mm, H:mm:ss or H:mm:ss.f, or the same in twelve hours with AM/PM.
const QStringList &LocalFormat::timePatterns() const
{
    static const QStringList lenient = {QStringLiteral("H:mm:ss"), QStringLiteral("H:mm"), QStringLiteral("H:mm:ss.z"),
                                        QStringLiteral("h:mm AP"), QStringLiteral("h:mm:ss AP")};
    return m_timePatterns.isEmpty() ? lenient : m_timePatterns;
}

bool LocalFormat::scanTemporal(QStringView text, TypeKind kind, TemporalText::Parts *parts, bool *exact) const
{
    *exact = false;
    const auto scanAny = [&](QStringView part, const QStringList &patterns, TemporalText::Parts *out, bool *same) {
        for (const QString &pattern : patterns) {
            *out = TemporalText::Parts();
            if (scanPattern(part, pattern, out, same))
                return true;
        }
        return false;
    };
    if (kind == TypeKind::Time)
        return scanAny(text, timePatterns(), parts, exact) && !parts->hasDate;
    if (kind == TypeKind::Date)
        return scanAny(text, m_datePatterns, parts, exact) && parts->hasDate && !parts->hasTime;
    if (kind != TypeKind::DateTime)
        return false;
    // The date, one space, the time. A date pattern may hold spaces itself ("d. MMMM yyyy"), so
    // each split after a space is tried.
    for (qsizetype split = text.indexOf(u' '); split > 0; split = text.indexOf(u' ', split + 1)) {
        TemporalText::Parts time;
        bool dateExact = false, timeExact = false;
        if (scanAny(text.left(split), m_datePatterns, parts, &dateExact) && parts->hasDate && !parts->hasTime
            && scanAny(text.mid(split + 1), timePatterns(), &time, &timeExact) && !time.hasDate) {
            parts->hasTime = true;
            parts->hour = time.hour;
            parts->minute = time.minute;
            parts->second = time.second;
            parts->fractionDigits = time.fractionDigits;
            std::copy(std::begin(time.fraction), std::end(time.fraction), std::begin(parts->fraction));
            *exact = dateExact && timeExact;
            return true;
        }
    }
    return false;
}

int LocalFormat::scanBoolean(QStringView text) const
{
    if (text.compare(m_trueWord, Qt::CaseInsensitive) == 0)
        return 1;
    if (text.compare(m_falseWord, Qt::CaseInsensitive) == 0)
        return 0;
    return -1;
}

bool LocalFormat::toCanonical(QStringView text, TypeKind kind, QString *canonical) const
{
    if (kind == TypeKind::Boolean) {
        const int value = scanBoolean(text);
        if (value < 0)
            return false;
        *canonical = value ? QStringLiteral("true") : QStringLiteral("false");
        return true;
    }
    if (covers(kind) && kind != TypeKind::Date && kind != TypeKind::Time && kind != TypeKind::DateTime) {
        const Number n = scanNumber(text);
        if (!n.valid)
            return false;
        canonical->clear();
        canonical->reserve(n.integerDigits + n.fractionDigits + 2);
        if (n.negative)
            canonical->append(u'-');
        bool fraction = false;
        for (const QChar c : text.mid(n.start, n.length)) {
            if (isDigit(c))
                canonical->append(c);
            else if (c == m_decimal && !fraction) {
                canonical->append(u'.');
                fraction = true;
            }
        }
        return true;
    }
    TemporalText::Parts parts;
    bool exact = false;
    if (!scanTemporal(text, kind, &parts, &exact))
        return false;
    *canonical = TemporalText::format(parts, kind);
    return true;
}

QString LocalFormat::example(TypeKind kind) const
{
    switch (kind) {
    case TypeKind::Boolean:
        return m_trueWord + u'/' + m_falseWord;
    case TypeKind::Date:
        return m_datePatterns.join(tr(" or "));
    case TypeKind::Time:
        return m_timePatterns.isEmpty() ? QStringLiteral("HH:mm[:ss]") : m_timePatterns.join(tr(" or "));
    case TypeKind::DateTime:
        return example(TypeKind::Date) + u' ' + example(TypeKind::Time);
    default:
        break;
    }
    const QString group = m_thousands.isEmpty() ? QString() : QString(m_thousands.at(0) == u'\u00A0' ? QChar(' ') : m_thousands.at(0));
    QString text = QStringLiteral("1") + group + QStringLiteral("234") + m_decimal + QStringLiteral("56");
    text = m_trailingMinus ? QString(text + u'-') : QString(u'-' + text);
    if (!m_currency.isEmpty())
        text += u' ' + m_currency;
    return text;
}

QString LocalFormat::languageName() const
{
    if (!m_hasLocale)
        return QString();
    const QString language = QLocale::languageToString(m_locale.language());
    return m_locale.territory() == QLocale::AnyTerritory
        ? language
        : tr("%1, %2").arg(language, QLocale::territoryToString(m_locale.territory()));
}

QString LocalFormat::refusal(QStringView text, TypeKind kind) const
{
    if (kind == TypeKind::Boolean)
        return tr("'%1' is neither '%2' nor '%3'").arg(text.toString(), m_trueWord, m_falseWord);
    if (covers(kind) && (kind == TypeKind::Date || kind == TypeKind::Time || kind == TypeKind::DateTime))
        return tr("'%1' is not a date or time written %2").arg(text.toString(), example(kind));
    return tr("'%1' is not a number written like %2").arg(text.toString(), example(kind));
}

QString LocalFormat::fromCanonicalNumber(QStringView canonical, bool grouped) const
{
    if (!coversNumbers())
        return canonical.toString();
    const bool negative = canonical.startsWith(u'-');
    const QStringView digits = canonical.mid(negative ? 1 : 0);
    const qsizetype point = digits.indexOf(u'.');
    const QStringView integer = point < 0 ? digits : digits.left(point);
    QString out;
    if (negative && !m_trailingMinus)
        out += u'-';
    const QChar separator = m_thousands.isEmpty() ? QChar() : m_thousands.at(0);
    for (qsizetype i = 0; i < integer.size(); ++i) {
        if (grouped && !separator.isNull() && i > 0 && (integer.size() - i) % 3 == 0)
            out += separator;
        out += integer[i];
    }
    if (point >= 0)
        out += m_decimal + digits.mid(point + 1).toString();
    if (negative && m_trailingMinus)
        out += u'-';
    return out;
}

QString LocalFormat::formatPattern(const TemporalText::Parts &parts, const QString &pattern) const
{
    QString out;
    for (const Token &token : tokenize(pattern)) {
        if (token.letter.isNull()) {
            out += token.literal;
        } else if (token.letter == u'M' && token.count >= 3) {
            out += m_locale.monthName(parts.month, token.count == 4 ? QLocale::LongFormat : QLocale::ShortFormat);
        } else if (token.letter == u'A') {
            out += parts.hour < 12 ? QLatin1String("AM") : QLatin1String("PM");
        } else if (token.letter == u'z') {
            const QString fraction = QString::fromLatin1(parts.fraction, parts.fractionDigits);
            out += token.count == 3 ? fraction.leftJustified(3, u'0', true) : (fraction.isEmpty() ? QStringLiteral("0") : fraction);
        } else {
            int value = 0;
            switch (token.letter.unicode()) {
            case u'd': value = parts.day; break;
            case u'M': value = parts.month; break;
            case u'y': value = token.count == 2 ? parts.year % 100 : parts.year; break;
            case u'H': value = parts.hour; break;
            case u'h': value = parts.hour % 12 == 0 ? 12 : parts.hour % 12; break;
            case u'm': value = parts.minute; break;
            default: value = parts.second; break;
            }
            out += QString::number(value).rightJustified(token.count, u'0');
        }
    }
    return out;
}

QString LocalFormat::fromParts(const TemporalText::Parts &parts, TypeKind kind) const
{
    const QString time = m_timePatterns.isEmpty() ? TemporalText::format(parts, TypeKind::Time)
                                                  : formatPattern(parts, m_timePatterns.first());
    if (kind == TypeKind::Time)
        return time;
    if (m_datePatterns.isEmpty() || (kind != TypeKind::Date && kind != TypeKind::DateTime))
        return TemporalText::format(parts, kind);
    const QString date = formatPattern(parts, m_datePatterns.first());
    return kind == TypeKind::Date ? date : date + u' ' + time;
}

} // namespace barge
