#include "io/keyrange.h"

#include "base/plural.h"
#include "schema/identifier.h"

#include <QCoreApplication>

#include <algorithm>

namespace barge {

QString KeyRange::label(const QString &column) const
{
    const QLocale c = groupedNumbers();
    if (column == records()) {
        const QString fromLine = firstLine > 0 ? c.toString(firstLine) : QString();
        const QString toLine = lastLine > 0 ? c.toString(lastLine) : QString();
        return QCoreApplication::translate("barge::KeyRange", "lines %1..%2").arg(fromLine, toLine);
    }
    const QString from = first == LLONG_MIN ? QString() : c.toString(first);
    const QString to = last == LLONG_MAX ? QString() : c.toString(last);
    if (column == pages())
        return QCoreApplication::translate("barge::KeyRange", "pages %1..%2").arg(from, to);
    return column + u' ' + from + QStringLiteral("..") + to;
}

QString KeyRange::markKey(const QString &targetTable) const
{
    // \x1f (unit separator) is in no real table name: a range's key never equals a table's.
    return targetTable + QChar(0x1f) + QString::number(first) + QStringLiteral("..") + QString::number(last);
}

QList<KeyRange> splitKeyRange(qint64 min, qint64 max, qint64 rows, qint64 rowsPerRange, int maxRanges)
{
    if (min > max || rows <= 0 || rowsPerRange <= 0 || maxRanges < 2)
        return {KeyRange()};
    const __int128 width = __int128(max) - min + 1; // fits: at most 2^64
    __int128 wanted = (__int128(rows) + rowsPerRange - 1) / rowsPerRange;
    wanted = std::min<__int128>({wanted, __int128(maxRanges), width});
    const int count = int(wanted);
    if (count < 2)
        return {KeyRange()};
    QList<KeyRange> ranges;
    ranges.reserve(count);
    for (int i = 0; i < count; ++i) {
        // Boundaries at min + width * i / count: equal widths, the remainder spread over them.
        const qint64 from = qint64(__int128(min) + width * i / count);
        const qint64 to = qint64(__int128(min) + width * (i + 1) / count - 1);
        KeyRange range;
        range.first = i == 0 ? LLONG_MIN : from;
        range.last = i == count - 1 ? LLONG_MAX : to;
        range.index = i;
        range.count = count;
        ranges << range;
    }
    return ranges;
}

QString rangeFilter(Dialect dialect, const QString &column, const KeyRange &range)
{
    QStringList terms;
    if (dialect == Dialect::Postgres && column == KeyRange::pages()) { // a TID range scan of its pages
        if (range.first != LLONG_MIN)
            terms << QStringLiteral("ctid >= '(%1,0)'::tid").arg(range.first);
        if (range.last != LLONG_MAX)
            terms << QStringLiteral("ctid < '(%1,0)'::tid").arg(range.last + 1);
        return terms.join(QStringLiteral(" AND "));
    }
    const QString name = quoteIdentifier(dialect, column);
    if (range.first != LLONG_MIN)
        terms << name + QStringLiteral(" >= ") + QString::number(range.first);
    if (range.last != LLONG_MAX)
        terms << name + QStringLiteral(" <= ") + QString::number(range.last);
    return terms.join(QStringLiteral(" AND "));
}

void andRangeFilter(QString *where, Dialect dialect, const QString &column, const KeyRange &range)
{
    const QString condition = rangeFilter(dialect, column, range);
    if (condition.isEmpty())
        return;
    *where = where->isEmpty() ? condition : QLatin1Char('(') + *where + QStringLiteral(") AND ") + condition;
}

} // namespace barge
