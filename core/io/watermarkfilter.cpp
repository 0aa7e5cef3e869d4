#include "io/watermarkfilter.h"

#include "schema/identifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

namespace barge {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(barge::Watermark)
};

QString literal(const QString &value, bool number, const std::function<QString(const QString &)> &quote)
{
    return number ? value : quote(value);
}

} // namespace

bool watermarkCanGrow(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return !v.endsWith(QLatin1String("infinity")) && v != QLatin1String("nan") && v != QLatin1String("inf")
        && v != QLatin1String("-inf");
}

bool watermarkLowBound(const Watermark &watermark, QString *low, QString *error)
{
    *low = watermark.after;
    if (watermark.after.isEmpty() || watermark.overlap <= 0)
        return true;
    // A number column: an integer less the overlap, or a decimal or double a little lower rather
    // than higher (reading a row again is harmless). A time column may hold seconds since 1970.
    bool integer = false;
    const qint64 number = watermark.after.toLongLong(&integer);
    if (integer && watermark.type.kind != TypeKind::Text) {
        *low = QString::number(number - watermark.overlap);
        return true;
    }
    if (watermark.isNumber()) {
        bool ok = false;
        const double value = watermark.after.toDouble(&ok);
        if (ok && std::isfinite(value)) {
            *low = QString::number(std::nextafter(value - double(watermark.overlap), -HUGE_VAL), 'g', 17);
            return true;
        }
    }
    // 2026-12-01, or 2026-12-01 10:00:00 (or T), with a fraction and a zone kept as they are.
    static const QRegularExpression dateTime(
        QStringLiteral("^([0-9]{4}-[0-9]{2}-[0-9]{2})(?:([ T])([0-9]{2}:[0-9]{2}:[0-9]{2})(\\.[0-9]+)?([^A-Za-z]*))?$"));
    const QRegularExpressionMatch match = dateTime.match(watermark.after);
    const QDate date = match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
    if (watermark.isNumber() || !date.isValid()) {
        *error = Text::tr("the overlap cannot be taken from %1's value '%2': an overlap needs a number, a date or a "
                          "time (after Christ)")
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

QString watermarkFrom(Dialect dialect, const QString &column, const QString &low, bool number,
                      const std::function<QString(const QString &)> &quote)
{
    if (low.isEmpty())
        return QString();
    return quoteIdentifier(dialect, column) + QStringLiteral(" >= ") + literal(low, number, quote);
}

QString watermarkFilter(Dialect dialect, const Watermark &watermark, const QString &low,
                        const std::function<QString(const QString &)> &quote)
{
    if (!watermark.isSet())
        return QString();
    const QString column = quoteIdentifier(dialect, watermark.column);
    if (watermark.upTo.isEmpty()) {
        // Planning found no value from the bound on: nothing to read, but on a first run the rows
        // whose column is NULL.
        return low.isEmpty() && watermark.after.isEmpty() ? column + QStringLiteral(" IS NULL") : QStringLiteral("1 = 0");
    }
    const QString upTo = column + QStringLiteral(" <= ") + literal(watermark.upTo, watermark.isNumber(), quote);
    if (watermark.after.isEmpty())
        return QLatin1Char('(') + upTo + QStringLiteral(" OR ") + column + QStringLiteral(" IS NULL)");
    return watermarkFrom(dialect, watermark.column, low, watermark.isNumber(), quote) + QStringLiteral(" AND ") + upTo;
}

bool andWatermarkFilter(QString *where, Dialect dialect, const Watermark &watermark, const QString &low,
                        const std::function<QString(const QString &)> &quote)
{
    const QString condition = watermarkFilter(dialect, watermark, low, quote);
    if (condition.isEmpty())
        return false;
    *where = where->isEmpty() ? condition : QStringLiteral("(%1) AND (%2)").arg(*where, condition);
    return true;
}

} // namespace barge
