#include "io/sqlite/sqliteintrospector.h"

#include "schema/identifier.h"
#include "schema/typemapper.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace barge {

namespace {

QString columnText(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, column)) : QString();
}

} // namespace

SqliteIntrospector::SqliteIntrospector(const QString &path, bool mayCreate)
    : m_path(path), m_mayCreate(mayCreate)
{
}

bool SqliteIntrospector::open(QString *error)
{
    if (m_mayCreate && !QFileInfo::exists(m_path)) {
        m_missing = true; // a new target: nothing to describe, and nothing created just by looking
        return true;
    }
    return m_db.open(m_path, SqliteHandle::Mode::ReadOnly, error);
}

QStringList SqliteIntrospector::tableNames(QString *error)
{
    QStringList names;
    if (m_missing)
        return names;
    SqliteStatement stmt;
    if (!stmt.prepare(m_db,
                      QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                     "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"),
                      error))
        return names;
    while (sqlite3_step(stmt.get()) == SQLITE_ROW)
        names << columnText(stmt.get(), 0);
    return names;
}

std::optional<TableSchema> SqliteIntrospector::table(const QString &name, QString *error)
{
    if (m_missing) {
        *error = QStringLiteral("%1: no table %2 (the file does not exist yet)").arg(m_path, name);
        return std::nullopt;
    }
    TableSchema schema;
    schema.name = name;
    SqliteStatement info;
    if (!info.prepare(m_db, QStringLiteral("PRAGMA table_info(") + quoteIdentifier(Dialect::Sqlite, name)
                          + QLatin1Char(')'), error))
        return std::nullopt;
    // table_info columns: cid, name, type, notnull, dflt_value, pk
    while (sqlite3_step(info.get()) == SQLITE_ROW) {
        ColumnSchema column;
        column.name = columnText(info.get(), 1);
        column.declaredType = columnText(info.get(), 2);
        column.type = TypeMapper::fromDeclared(Dialect::Sqlite, column.declaredType);
        column.nullable = sqlite3_column_int(info.get(), 3) == 0;
        column.primaryKeyPosition = sqlite3_column_int(info.get(), 5);
        // An INTEGER PRIMARY KEY is the rowid: it can never hold NULL whatever the DDL says.
        if (column.primaryKeyPosition > 0 && column.declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
            column.nullable = false;
        schema.columns << column;
    }
    if (schema.columns.isEmpty()) {
        *error = QStringLiteral("%1: no table named '%2'").arg(m_path, name);
        return std::nullopt;
    }
    SqliteStatement count;
    if (count.prepare(m_db, QStringLiteral("SELECT count(*) FROM ") + quoteIdentifier(Dialect::Sqlite, name), error)
        && sqlite3_step(count.get()) == SQLITE_ROW) {
        schema.rowCount = sqlite3_column_int64(count.get(), 0);
        schema.rowCountExact = true;
    }
    return schema;
}

} // namespace barge
