#include "schema/dialect.h"

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
        return QStringLiteral("a file");
    }
    return QString();
}

} // namespace barge
