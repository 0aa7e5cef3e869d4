#include "schema/temporaltext.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

// Parsing and the canonical checks run once per value of a temporal column, millions of times, so
// they read characters in place and allocate nothing; format() builds its text in one go.

namespace barge {

namespace {

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

bool allCharsIn(QStringView s, char16_t low, char16_t high)
{
    for (QChar c : s) {
        if (c.unicode() < low || c.unicode() > high)
            return false;
    }
    return true;
}

bool allZeros(QStringView s) { return allCharsIn(s, u'0', u'0'); }

// YYYY-MM-DD naming a real calendar day in 0001-9999, in the first 10 characters.
bool parseDate(QStringView s, TemporalText::Parts *t)
{
    if (s.size() < 10 || s[4] != u'-' || s[7] != u'-')
        return false;
    t->year = digitsAt(s, 0, 4);
    t->month = digitsAt(s, 5, 2);
    t->day = digitsAt(s, 8, 2);
    t->hasDate = t->year >= 1 && t->month > 0 && t->day > 0 && QDate::isValid(t->year, t->month, t->day);
    return t->hasDate;
}

// HH:MM[:SS[.digits]]; returns how many characters it read, 0 when they are not a valid time.
qsizetype parseTime(QStringView s, TemporalText::Parts *t)
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
            const QStringView digits = s.mid(start, i - start);
            // Engines keep microseconds; finer digits are accepted only when they are zeros.
            if (digits.isEmpty() || (digits.size() > 6 && !allZeros(digits.mid(6))))
                return 0;
            t->fractionDigits = int(qMin(digits.size(), qsizetype(6)));
            for (int k = 0; k < t->fractionDigits; ++k)
                t->fraction[k] = char(digits[k].unicode());
        }
    }
    t->hasTime = true;
    return i;
}

// Z, ±HH, ±HHMM or ±HH:MM (PostgreSQL accepts offsets up to 15:59).
bool parseOffset(QStringView s, TemporalText::Parts *t)
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

// ---- canonical forms ------------------------------------------------------------------------------

bool isCanonicalDate(QStringView s)
{
    TemporalText::Parts t;
    return s.size() == 10 && parseDate(s, &t);
}

// Exactly HH:MM:SS or HH:MM:SS.f with 1 to 6 fraction digits.
bool isCanonicalTime(QStringView s)
{
    const qsizetype size = s.size();
    if (size != 8 && (size < 10 || size > 15))
        return false;
    if (s[2] != u':' || s[5] != u':')
        return false;
    const int hour = digitsAt(s, 0, 2);
    const int minute = digitsAt(s, 3, 2);
    const int second = digitsAt(s, 6, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return false;
    return size == 8 || (s[8] == u'.' && allCharsIn(s.mid(9), u'0', u'9'));
}

bool isCanonicalDateTime(QStringView s)
{
    return s.size() >= 19 && s[10] == u' ' && isCanonicalDate(s.left(10)) && isCanonicalTime(s.mid(11));
}

// A datetime and ±HH:MM; "-00:00" is written "+00:00".
bool isCanonicalDateTimeTz(QStringView s)
{
    if (s.size() < 25)
        return false;
    const QStringView offset = s.right(6);
    if ((offset[0] != u'+' && offset[0] != u'-') || offset[3] != u':')
        return false;
    const int hours = digitsAt(offset, 1, 2);
    const int minutes = digitsAt(offset, 4, 2);
    if (hours < 0 || hours > 15 || minutes < 0 || minutes > 59 || (offset[0] == u'-' && hours == 0 && minutes == 0))
        return false;
    return isCanonicalDateTime(s.chopped(6));
}

char *put(char *p, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = char('0' + value % 10);
        value /= 10;
    }
    return p + width;
}

} // namespace

bool TemporalText::Parts::isMidnight() const
{
    for (int i = 0; i < fractionDigits; ++i) {
        if (fraction[i] != '0')
            return false;
    }
    return hour == 0 && minute == 0 && second == 0 && !hasOffset;
}

TypeKind TemporalText::Parts::kind() const
{
    if (!hasDate)
        return TypeKind::Time;
    if (!hasTime)
        return TypeKind::Date;
    return hasOffset ? TypeKind::DateTimeTz : TypeKind::DateTime;
}

bool TemporalText::parse(QStringView s, Parts *t)
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

bool TemporalText::fromQt(const QVariant &in, bool wantOffset, Parts *t)
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
    } else if (typeId == QMetaType::QDateTime) {
        const QDateTime dt = in.toDateTime();
        if (!dt.isValid())
            return false;
        date = dt.date();
        time = dt.time();
        t->hasOffset = wantOffset || dt.timeSpec() != Qt::LocalTime;
        t->offsetMinutes = t->hasOffset ? dt.offsetFromUtc() / 60 : 0;
    } else {
        return false;
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
        if (time.msec() != 0) {
            t->fractionDigits = 3;
            put(t->fraction, time.msec(), 3);
        }
    }
    return true;
}

bool TemporalText::shiftToUtc(Parts *t)
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

QString TemporalText::format(const Parts &t, TypeKind kind)
{
    const bool withDate = kind != TypeKind::Time;
    const bool withTime = kind != TypeKind::Date;
    char buffer[40]; // the longest, a datetimetz with microseconds, is 32
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
        if (t.fractionDigits > 0) {
            *p++ = '.';
            p = std::copy(t.fraction, t.fraction + t.fractionDigits, p);
        }
    }
    if (kind == TypeKind::DateTimeTz) {
        const int minutes = qAbs(t.offsetMinutes);
        *p++ = t.offsetMinutes < 0 ? '-' : '+';
        p = put(p, minutes / 60, 2);
        *p++ = ':';
        p = put(p, minutes % 60, 2);
    }
    return QString::fromLatin1(buffer, p - buffer);
}

bool TemporalText::isCanonical(QStringView text, TypeKind kind)
{
    switch (kind) {
    case TypeKind::Date:
        return isCanonicalDate(text);
    case TypeKind::Time:
        return isCanonicalTime(text);
    case TypeKind::DateTime:
        return isCanonicalDateTime(text);
    case TypeKind::DateTimeTz:
        return isCanonicalDateTimeTz(text);
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
        break; // not a date or time
    }
    return false;
}

} // namespace barge
