#include "io/keyfilter.h"

#include "schema/identifier.h"

namespace barge {

QString keyFilter(Dialect dialect, const QStringList &columns, const QList<QStringList> &keys, bool integer,
                  const std::function<QString(const QString &)> &quote, const QString &compared)
{
    if (columns.isEmpty() || keys.isEmpty())
        return QString();
    QStringList tuples;
    tuples.reserve(keys.size());
    for (const QStringList &key : keys) {
        if (key.size() != columns.size())
            return QString();
        QStringList values;
        for (const QString &value : key) {
            bool ok = true;
            if (integer)
                value.toLongLong(&ok);
            if (!ok || value.isNull())
                return QString();
            values << (integer ? value : quote(value));
        }
        tuples << (columns.size() == 1 ? values.first() : QLatin1Char('(') + values.join(QStringLiteral(", ")) + QLatin1Char(')'));
    }
    QStringList names;
    for (const QString &column : columns)
        names << QString(compared).arg(quoteIdentifier(dialect, column));
    if (columns.size() == 1)
        return names.first() + QStringLiteral(" IN (") + tuples.join(QLatin1Char(',')) + QLatin1Char(')');
    // MariaDB reads a list of row values; SQLite and PostgreSQL a VALUES list.
    const QString list = dialect == Dialect::MySql ? tuples.join(QLatin1Char(','))
                                                   : QStringLiteral("VALUES ") + tuples.join(QLatin1Char(','));
    return QLatin1Char('(') + names.join(QStringLiteral(", ")) + QStringLiteral(") IN (") + list + QLatin1Char(')');
}

} // namespace barge
