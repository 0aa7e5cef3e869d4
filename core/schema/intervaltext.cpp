#include "schema/intervaltext.h"

#include <QCoreApplication>
#include <QList>
#include <QtNumeric>

namespace barge {

namespace {

constexpr qint64 microsPerSecond = 1000000;
constexpr qint64 microsPerHour = 3600 * microsPerSecond;

bool allDigits(QStringView s)
{
    if (s.isEmpty() || s.size() > 12)
        return false;
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// "[+-]H+:MM:SS[.f{1,6}]" -> signed microseconds.
bool parseClock(QStringView s, qint64 *micros)
{
    bool negative = false;
    if (s.startsWith(u'-') || s.startsWith(u'+')) {
        negative = s.front() == u'-';
        s = s.mid(1);
    }
    const QList<QStringView> parts = s.split(u':');
    if (parts.size() != 3 || !allDigits(parts[0]) || parts[1].size() != 2 || !allDigits(parts[1]))
        return false;
    QStringView seconds = parts[2];
    QStringView fraction;
    if (const qsizetype dot = seconds.indexOf(u'.'); dot >= 0) {
        fraction = seconds.mid(dot + 1);
        seconds = seconds.left(dot);
        if (!allDigits(fraction) || fraction.size() > 6)
            return false;
    }
    if (seconds.size() != 2 || !allDigits(seconds) || parts[1].toInt() > 59 || seconds.toInt() > 59)
        return false;
    constexpr qint64 maxHours = 2562047787; // PostgreSQL's too: more microseconds would not fit 64 bits
    if (parts[0].toLongLong() > maxHours)
        return false;
    qint64 value = parts[0].toLongLong() * microsPerHour + parts[1].toLongLong() * 60 * microsPerSecond
        + seconds.toLongLong() * microsPerSecond;
    if (!fraction.isEmpty()) {
        qint64 fractionMicros = fraction.toLongLong();
        for (qsizetype i = fraction.size(); i < 6; ++i)
            fractionMicros *= 10;
        value += fractionMicros;
    }
    *micros = negative ? -value : value;
    return true;
}

} // namespace

bool IntervalText::parse(QStringView text, Parts *parts)
{
    *parts = Parts();
    const QList<QStringView> words = text.trimmed().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    bool clockSeen = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QStringView word = words[i];
        if (word.contains(u':')) {
            if (clockSeen || i + 1 != words.size() || !parseClock(word, &parts->micros))
                return false;
            clockSeen = true;
            continue;
        }
        if (i + 1 >= words.size())
            return false;
        QStringView number = word;
        const bool negative = number.startsWith(u'-');
        if (negative || number.startsWith(u'+'))
            number = number.mid(1);
        if (!allDigits(number))
            return false;
        const qint64 n = negative ? -number.toLongLong() : number.toLongLong();
        const QStringView unit = words[++i];
        if (unit == u"year" || unit == u"years")
            parts->months += 12 * n;
        else if (unit == u"mon" || unit == u"mons")
            parts->months += n;
        else if (unit == u"day" || unit == u"days")
            parts->days += n;
        else
            return false;
    }
    return true;
}

bool IntervalText::toTime(const Parts &parts, bool mysqlRange, QString *out, QString *why)
{
    if (parts.months != 0) {
        *why = QCoreApplication::translate("barge::IntervalText",
                                           "has months or years, which have no fixed length in hours");
        return false;
    }
    constexpr qint64 maxDays = 106751991; // days whose microseconds fit 64 bits
    if (parts.days > maxDays || parts.days < -maxDays) {
        *why = QCoreApplication::translate("barge::IntervalText", "is too long to count in hours");
        return false;
    }
    qint64 total = 0;
    if (qAddOverflow(parts.days * 24 * microsPerHour, parts.micros, &total)) {
        *why = QCoreApplication::translate("barge::IntervalText", "is too long to count in hours");
        return false;
    }
    const qint64 magnitude = total < 0 ? -total : total;
    constexpr qint64 mysqlLimit = 838 * microsPerHour + 59 * 60 * microsPerSecond + 59 * microsPerSecond;
    if (mysqlRange && magnitude > mysqlLimit + 999999) {
        *why = QCoreApplication::translate("barge::IntervalText",
                                           "is beyond MariaDB's TIME range of -838:59:59 to 838:59:59");
        return false;
    }
    const qint64 seconds = magnitude / microsPerSecond;
    const qint64 fraction = magnitude % microsPerSecond;
    QString text = QStringLiteral("%1%2:%3:%4")
                       .arg(total < 0 ? QStringLiteral("-") : QString())
                       .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                       .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                       .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (fraction > 0) {
        QString digits = QStringLiteral("%1").arg(fraction, 6, 10, QLatin1Char('0'));
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += u'.' + digits;
    }
    *out = text;
    return true;
}

} // namespace barge
