#include "schema/identifier.h"

namespace barge {

QString quoteIdentifier(Dialect dialect, const QString &name)
{
    const QChar quote = dialect == Dialect::MySql ? QChar('`') : QChar('"');
    QString quoted;
    quoted.reserve(name.size() + 2);
    quoted += quote;
    for (const QChar c : name) {
        quoted += c;
        if (c == quote)
            quoted += c;
    }
    quoted += quote;
    return quoted;
}

QString quoteIdentifiers(Dialect dialect, const QStringList &names)
{
    QStringList quoted;
    quoted.reserve(names.size());
    for (const QString &name : names)
        quoted << quoteIdentifier(dialect, name);
    return quoted.join(QStringLiteral(", "));
}

} // namespace barge
