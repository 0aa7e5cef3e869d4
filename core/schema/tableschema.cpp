#include "schema/tableschema.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace barge {

int TableSchema::indexOf(const QString &column) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].name == column)
            return i;
    }
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].name.compare(column, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

TableSchema TableSchema::written() const
{
    TableSchema filled = *this;
    filled.columns.removeIf([](const ColumnSchema &column) { return column.native.isGenerated(); });
    return filled;
}

QStringList TableSchema::columnNames() const
{
    QStringList names;
    names.reserve(columns.size());
    for (const ColumnSchema &c : columns)
        names << c.name;
    return names;
}

QStringList TableSchema::primaryKey() const
{
    QList<const ColumnSchema *> keyed;
    for (const ColumnSchema &c : columns) {
        if (c.primaryKeyPosition > 0)
            keyed << &c;
    }
    std::sort(keyed.begin(), keyed.end(), [](const ColumnSchema *a, const ColumnSchema *b) {
        return a->primaryKeyPosition < b->primaryKeyPosition;
    });
    QStringList names;
    for (const ColumnSchema *c : keyed)
        names << c->name;
    return names;
}

QString portableDefault(const QString &expression)
{
    QString e = expression.trimmed();
    // SQLite keeps the parentheses of "DEFAULT (0)"; MariaDB and PostgreSQL add some of their own.
    while (e.size() >= 2 && e.startsWith(QLatin1Char('(')) && e.endsWith(QLatin1Char(')')))
        e = e.mid(1, e.size() - 2).trimmed();
    if (e.startsWith(QLatin1Char('\''))) {
        // A string literal, maybe followed by a PostgreSQL cast: 'open'::character varying.
        qsizetype i = 1;
        while (i < e.size()) {
            if (e.at(i) == QLatin1Char('\'')) {
                if (i + 1 < e.size() && e.at(i + 1) == QLatin1Char('\'')) {
                    i += 2;
                    continue;
                }
                break;
            }
            ++i;
        }
        if (i >= e.size())
            return QString();
        const QString rest = e.mid(i + 1).trimmed();
        static const QRegularExpression cast(QStringLiteral("^(::[A-Za-z0-9_ .\"]+(\\([0-9, ]+\\))?(\\[\\])?)*$"));
        if (!cast.match(rest).hasMatch())
            return QString();
        return e.left(i + 1);
    }
    // A number, maybe cast: 42, -1.5, 1e3, '42'::integer was handled above, (-1)::numeric here.
    static const QRegularExpression number(
        QStringLiteral("^\\(?([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\)?(?:::[A-Za-z_ ]+(?:\\([0-9, ]+\\))?)?$"));
    const QRegularExpressionMatch n = number.match(e);
    if (n.hasMatch()) {
        QString digits = n.captured(1);
        if (digits.startsWith(QLatin1Char('+')))
            digits.remove(0, 1);
        return digits;
    }
    const QString word = e.toLower().remove(QRegularExpression(QStringLiteral("\\(\\s*[0-9]*\\s*\\)$")));
    if (word == QLatin1String("true") || word == QLatin1String("b'1'"))
        return QStringLiteral("TRUE");
    if (word == QLatin1String("false") || word == QLatin1String("b'0'"))
        return QStringLiteral("FALSE");
    if (word == QLatin1String("current_timestamp") || word == QLatin1String("now") || word == QLatin1String("localtimestamp")
        || word == QLatin1String("statement_timestamp") || word == QLatin1String("transaction_timestamp"))
        return QStringLiteral("CURRENT_TIMESTAMP");
    if (word == QLatin1String("current_date") || word == QLatin1String("curdate"))
        return QStringLiteral("CURRENT_DATE");
    if (word == QLatin1String("current_time") || word == QLatin1String("curtime") || word == QLatin1String("localtime"))
        return QStringLiteral("CURRENT_TIME");
    return QString(); // NULL (the same as no default) and expressions without a portable meaning
}

QString generatedNote(const QString &column, const QString &expression)
{
    return QCoreApplication::translate("barge::TableSchema",
                                       "column %1 is generated in the source (AS %2): it is created as a plain column holding "
                                       "the source's values, which later changes to the row do not recompute")
        .arg(column, expression.simplified());
}

QString portableReferentialAction(const QString &action)
{
    const QString a = action.trimmed().toUpper();
    if (a == QLatin1String("C") || a == QLatin1String("CASCADE"))
        return QStringLiteral("CASCADE");
    if (a == QLatin1String("N") || a == QLatin1String("SET NULL"))
        return QStringLiteral("SET NULL");
    if (a == QLatin1String("D") || a == QLatin1String("SET DEFAULT"))
        return QStringLiteral("SET DEFAULT");
    if (a == QLatin1String("R") || a == QLatin1String("RESTRICT"))
        return QStringLiteral("RESTRICT");
    return QString();
}

} // namespace barge
