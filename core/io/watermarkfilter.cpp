#include "io/watermarkfilter.h"

#include "schema/identifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace barge {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(barge::Watermark)
};

bool isNumber(const QString &value)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    return number.match(value).hasMatch();
}

// A number stays a number (a text '10' would compare as text in SQLite); anything else is quoted.
QString literal(const QString &value, const std::function<QString(const QString &)> &quote)
{
    return isNumber(value) ? value : quote(value);
}

} // namespace

bool watermarkLowBound(const Watermark &watermark, QString *low, QString *error)
{
    *low = watermark.after;
    if (watermark.after.isEmpty() || watermark.overlap <= 0)
        return true;
    bool integer = false;
    const qint64 number = watermark.after.toLongLong(&integer);
    if (integer) {
        *low = QString::number(number - watermark.overlap);
        return true;
    }
    // 2026-12-01, or 2026-12-01 10:00:00 (or T), with a fraction and a zone kept as they are.
    static const QRegularExpression dateTime(
        QStringLiteral("^([0-9]{4}-[0-9]{2}-[0-9]{2})(?:([ T])([0-9]{2}:[0-9]{2}:[0-9]{2})(\\.[0-9]+)?(.*))?$"));
    const QRegularExpressionMatch match = dateTime.match(watermark.after);
    const QDate date = match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
    if (!date.isValid()) {
        *error = Text::tr("the overlap cannot be taken from %1's value '%2': it is neither an integer nor a date or time")
                     .arg(watermark.column, watermark.after);
        return false;
    }
    if (match.captured(3).isEmpty()) {
        // A date less an overlap that is not whole days starts the day before.
        *low = date.addDays(-((watermark.overlap + 86399) / 86400)).toString(Qt::ISODate);
        return true;
    }
    const QTime time = QTime::fromString(match.captured(3), QStringLiteral("HH:mm:ss"));
    const QDateTime moved = QDateTime(date, time, Qt::UTC).addSecs(-watermark.overlap);
    *low = moved.date().toString(Qt::ISODate) + match.captured(2) + moved.time().toString(QStringLiteral("HH:mm:ss"))
        + match.captured(4) + match.captured(5);
    return true;
}

QString watermarkPast(Dialect dialect, const QString &column, const QString &low,
                      const std::function<QString(const QString &)> &quote)
{
    if (low.isEmpty())
        return QString();
    return quoteIdentifier(dialect, column) + QStringLiteral(" > ") + literal(low, quote);
}

QString watermarkFilter(Dialect dialect, const Watermark &watermark, const QString &low,
                        const std::function<QString(const QString &)> &quote)
{
    if (!watermark.isSet())
        return QString();
    const QString column = quoteIdentifier(dialect, watermark.column);
    if (watermark.upTo.isEmpty()) {
        // Planning found no value past the bound: nothing to read, but on a first run the rows
        // whose column is NULL.
        return low.isEmpty() && watermark.after.isEmpty() ? column + QStringLiteral(" IS NULL") : QStringLiteral("1 = 0");
    }
    const QString upTo = column + QStringLiteral(" <= ") + literal(watermark.upTo, quote);
    if (watermark.after.isEmpty())
        return QLatin1Char('(') + upTo + QStringLiteral(" OR ") + column + QStringLiteral(" IS NULL)");
    return watermarkPast(dialect, watermark.column, low, quote) + QStringLiteral(" AND ") + upTo;
}

} // namespace barge
