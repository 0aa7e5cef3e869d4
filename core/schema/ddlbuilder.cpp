#include "schema/ddlbuilder.h"

#include "schema/identifier.h"
#include "schema/typemapper.h"

namespace barge {

QString DdlBuilder::createTable(Dialect dialect, const TableSchema &table)
{
    QStringList lines;
    for (const ColumnSchema &column : table.columns) {
        QString line = QStringLiteral("  ") + quoteIdentifier(dialect, column.name) + QLatin1Char(' ')
            + TypeMapper::toDeclared(dialect, column.type);
        if (!column.nullable)
            line += QStringLiteral(" NOT NULL");
        lines << line;
    }
    const QStringList key = table.primaryKey();
    if (!key.isEmpty())
        lines << QStringLiteral("  PRIMARY KEY (") + quoteIdentifiers(dialect, key) + QLatin1Char(')');
    return QStringLiteral("CREATE TABLE ") + quoteIdentifier(dialect, table.name) + QStringLiteral(" (\n")
        + lines.join(QStringLiteral(",\n")) + QStringLiteral("\n)");
}

QString DdlBuilder::dropTable(Dialect dialect, const QString &table)
{
    return QStringLiteral("DROP TABLE IF EXISTS ") + quoteIdentifier(dialect, table);
}

QString DdlBuilder::truncateTable(Dialect dialect, const QString &table)
{
    // SQLite has no TRUNCATE; its DELETE without WHERE is optimised into a truncate.
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("DELETE FROM ") + quoteIdentifier(dialect, table);
    return QStringLiteral("TRUNCATE TABLE ") + quoteIdentifier(dialect, table);
}

QString DdlBuilder::insert(Dialect dialect, const QString &table, const QStringList &columns)
{
    QStringList marks;
    marks.reserve(columns.size());
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO ") + quoteIdentifier(dialect, table) + QStringLiteral(" (")
        + quoteIdentifiers(dialect, columns) + QStringLiteral(") VALUES (") + marks.join(QStringLiteral(", "))
        + QLatin1Char(')');
}

} // namespace barge
