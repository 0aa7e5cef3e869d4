#include "schema/dialect.h"

#include <QCoreApplication>

namespace barge {

QString dialectName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::Sqlite:
        return QStringLiteral("SQLite");
    case Dialect::Postgres:
        return QStringLiteral("PostgreSQL");
    case Dialect::MySql:
        return QStringLiteral("MariaDB/MySQL");
    case Dialect::Plain:
        return QCoreApplication::translate("barge::Dialect", "a file"); // the CLI, untranslated, says "a file"
    }
    return QString();
}

} // namespace barge
