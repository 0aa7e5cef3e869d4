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

bool SqliteIntrospector::open(Failure *failure)
{
    const bool exists = QFileInfo::exists(m_path);
    if (m_mayCreate && !exists) {
        m_missing = true; // a new target: nothing to describe, and nothing created just by looking
        return true;
    }
    QString error;
    if (m_db.open(m_path, SqliteHandle::Mode::ReadOnly, &error))
        return true;
    *failure = Failure(exists ? Failure::Kind::Io : Failure::Kind::MissingObject, error, m_path);
    return false;
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

std::optional<TableSchema> SqliteIntrospector::tableColumns(const QString &name)
{
    TableSchema schema;
    schema.name = name;
    SqliteStatement info;
    QString error;
    if (!info.prepare(m_db, QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?1)"),
                      &error))
        return std::nullopt;
    const QByteArray table = name.toUtf8();
    sqlite3_bind_text(info.get(), 1, table.constData(), int(table.size()), SQLITE_TRANSIENT);
    while (sqlite3_step(info.get()) == SQLITE_ROW) {
        ColumnSchema column;
        column.name = columnText(info.get(), 0);
        column.declaredType = columnText(info.get(), 1);
        column.type = TypeMapper::fromDeclared(Dialect::Sqlite, column.declaredType);
        column.nullable = sqlite3_column_int(info.get(), 2) == 0;
        column.defaultValue = portableDefault(columnText(info.get(), 3));
        column.primaryKeyPosition = sqlite3_column_int(info.get(), 4);
        schema.columns << column;
    }
    if (schema.columns.isEmpty())
        return std::nullopt;
    // An INTEGER PRIMARY KEY is the rowid: it never holds NULL whatever the DDL says, and numbers
    // new rows itself.
    const QStringList key = schema.primaryKey();
    if (key.size() == 1) {
        ColumnSchema &column = schema.columns[schema.indexOf(key.first())];
        if (column.declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0) {
            column.nullable = false;
            column.autoIncrement = true;
        }
    }
    return schema;
}

std::optional<TableSchema> SqliteIntrospector::table(const QString &name, QString *error)
{
    if (m_missing) {
        *error = tr("%1: no table %2 (the file does not exist yet)").arg(m_path, name);
        return std::nullopt;
    }
    std::optional<TableSchema> schema = tableColumns(name);
    if (!schema) {
        *error = tr("%1: no table named '%2'").arg(m_path, name);
        return std::nullopt;
    }
    if (!readIndexes(&*schema, error) || !readForeignKeys(&*schema, error) || !checkStoredValues(&*schema, error))
        return std::nullopt;
    SqliteStatement count;
    if (count.prepare(m_db, QStringLiteral("SELECT count(*) FROM ") + quoteIdentifier(Dialect::Sqlite, name), error)
        && sqlite3_step(count.get()) == SQLITE_ROW) {
        schema->rowCount = sqlite3_column_int64(count.get(), 0);
        schema->rowCountExact = true;
    }
    return schema;
}

std::optional<KeyBounds> SqliteIntrospector::keyBounds(const QString &table, const QString &column, QString *error)
{
    const QString name = quoteIdentifier(Dialect::Sqlite, column);
    SqliteStatement bounds;
    if (!bounds.prepare(m_db, QStringLiteral("SELECT min(%1), max(%1) FROM %2").arg(name, quoteIdentifier(Dialect::Sqlite, table)),
                        error))
        return std::nullopt;
    if (sqlite3_step(bounds.get()) != SQLITE_ROW) {
        *error = tr("%1 table %2: %3").arg(m_path, table, QString::fromUtf8(sqlite3_errmsg(m_db.get())));
        return std::nullopt;
    }
    KeyBounds result;
    if (sqlite3_column_type(bounds.get(), 0) == SQLITE_NULL)
        return result;
    // SQLite keeps any value in any column: a text or real among the keys sorts after (or before) them all.
    if (sqlite3_column_type(bounds.get(), 0) != SQLITE_INTEGER || sqlite3_column_type(bounds.get(), 1) != SQLITE_INTEGER) {
        *error = tr("%1 table %2: column %3 holds values that are not integers").arg(m_path, table, column);
        return std::nullopt;
    }
    result.min = sqlite3_column_int64(bounds.get(), 0);
    result.max = sqlite3_column_int64(bounds.get(), 1);
    result.empty = false;
    // Ranges read `key >= a AND key <= b`: a NULL key (which SQLite allows in a primary key that is
    // not the rowid) or a real between two ranges would be read by none. The rowid and its alias
    // hold integers only; any other key is checked.
    if (!isRowid(table, column)) {
        SqliteStatement odd;
        if (!odd.prepare(m_db, QStringLiteral("SELECT 1 FROM %1 WHERE typeof(%2) <> 'integer' LIMIT 1")
                                   .arg(quoteIdentifier(Dialect::Sqlite, table), name),
                         error))
            return std::nullopt;
        if (sqlite3_step(odd.get()) == SQLITE_ROW) {
            *error = tr("%1 table %2: column %3 holds values that are not integers (NULL or real)").arg(m_path, table, column);
            return std::nullopt;
        }
    }
    return result;
}

// Whether `column` is `table`'s rowid: one of its names, or an INTEGER PRIMARY KEY (its alias).
bool SqliteIntrospector::isRowid(const QString &table, const QString &column)
{
    const QString rowid = rowidName(m_db, QStringLiteral("main"), table);
    if (rowid.isEmpty()) // WITHOUT ROWID
        return false;
    if (column.compare(rowid, Qt::CaseInsensitive) == 0)
        return true;
    SqliteStatement info;
    QString ignored;
    if (!info.prepare(m_db, QStringLiteral("SELECT name, upper(type), pk FROM pragma_table_info(?1) WHERE pk > 0"), &ignored))
        return false;
    const QByteArray name = table.toUtf8();
    sqlite3_bind_text(info.get(), 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    QStringList key;
    bool integer = false;
    while (sqlite3_step(info.get()) == SQLITE_ROW) {
        key << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info.get(), 0)));
        integer = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(info.get(), 1))) == "INTEGER";
    }
    return key.size() == 1 && integer && key.first().compare(column, Qt::CaseInsensitive) == 0;
}

std::optional<qint64> SqliteIntrospector::longestValue(const QString &table, const QString &column, bool binary,
                                                       QString *error)
{
    // length() counts characters of text and bytes of a blob; CAST AS BLOB makes it count bytes.
    const QString value = binary ? QStringLiteral("CAST(%1 AS BLOB)").arg(quoteIdentifier(Dialect::Sqlite, column))
                                 : quoteIdentifier(Dialect::Sqlite, column);
    SqliteStatement longest;
    if (!longest.prepare(m_db, QStringLiteral("SELECT coalesce(max(length(%1)), 0) FROM %2")
                                   .arg(value, quoteIdentifier(Dialect::Sqlite, table)), error))
        return std::nullopt;
    if (sqlite3_step(longest.get()) != SQLITE_ROW) {
        *error = tr("%1 table %2: %3").arg(m_path, table, QString::fromUtf8(sqlite3_errmsg(m_db.get())));
        return std::nullopt;
    }
    return sqlite3_column_int64(longest.get(), 0);
}

std::optional<QHash<QString, QStringList>> SqliteIntrospector::keyNames(QString *error)
{
    QHash<QString, QStringList> names;
    if (m_missing)
        return names;
    SqliteStatement list;
    if (!list.prepare(m_db, QStringLiteral("SELECT tbl_name, name FROM sqlite_master WHERE type = 'index' "
                                           "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"),
                      error))
        return std::nullopt;
    while (sqlite3_step(list.get()) == SQLITE_ROW)
        names[columnText(list.get(), 0)] << columnText(list.get(), 1);
    return names;
}

bool SqliteIntrospector::exists(const QString &table, const QString &condition, bool *found, QString *error)
{
    SqliteStatement query;
    if (!query.prepare(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE %2)")
                                 .arg(quoteIdentifier(Dialect::Sqlite, table), condition),
                       error))
        return false;
    if (sqlite3_step(query.get()) != SQLITE_ROW) {
        *error = tr("%1 table %2: %3").arg(m_path, table, QString::fromUtf8(sqlite3_errmsg(m_db.get())));
        return false;
    }
    *found = sqlite3_column_int(query.get(), 0) != 0;
    return true;
}

// SQLite keeps what it is given. Two things its rules allow that no other engine does are measured
// here, one query each, before anything is planned on them:
//  - a column whose declared type Barge reads by SQLite's affinity rules ("INTEGER_OR_TEXT" has
//    integer affinity) but that holds text: it is read as text;
//  - NULL in a primary key of a rowid table (a legacy SQLite bug kept for compatibility): the key
//    becomes a unique index, which allows NULLs everywhere.
bool SqliteIntrospector::checkStoredValues(TableSchema *schema, QString *error)
{
    for (ColumnSchema &column : schema->columns) {
        if (TypeMapper::knowsDeclared(Dialect::Sqlite, column.declaredType) || column.type.kind == TypeKind::Text
            || column.type.kind == TypeKind::Binary)
            continue;
        bool holdsText = false;
        if (!exists(schema->name, QStringLiteral("typeof(%1) = 'text'").arg(quoteIdentifier(Dialect::Sqlite, column.name)),
                    &holdsText, error))
            return false;
        if (!holdsText)
            continue;
        schema->notes << tr("column %1 is declared %2, which SQLite's rules make %3, but holds text: it is read as text")
                             .arg(column.name, column.declaredType, column.type.toString());
        column.type = DataType::text();
    }
    const QStringList key = schema->primaryKey();
    if (key.isEmpty() || (key.size() == 1 && schema->columns.at(schema->indexOf(key.first())).autoIncrement))
        return true;
    QStringList conditions;
    for (const QString &name : key)
        conditions << quoteIdentifier(Dialect::Sqlite, name) + QStringLiteral(" IS NULL");
    bool holdsNull = false;
    if (!exists(schema->name, conditions.join(QStringLiteral(" OR ")), &holdsNull, error))
        return false;
    if (holdsNull) {
        schema->notes << tr("its primary key (%1) holds NULLs, which SQLite allows and other engines do not: "
                            "it becomes a unique index").arg(key.join(QStringLiteral(", ")));
        for (ColumnSchema &column : schema->columns)
            column.primaryKeyPosition = 0;
        schema->indexes.prepend(IndexSchema{QString(), key, true, {}, {}, false});
    }
    return true;
}

bool SqliteIntrospector::readIndexes(TableSchema *schema, QString *error)
{
    // index_list: seq, name, unique, origin ('c' CREATE INDEX, 'u' UNIQUE, 'pk'), partial
    SqliteStatement list;
    if (!list.prepare(m_db, QStringLiteral("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?1)"), error))
        return false;
    const QByteArray table = schema->name.toUtf8();
    sqlite3_bind_text(list.get(), 1, table.constData(), int(table.size()), SQLITE_TRANSIENT);
    while (sqlite3_step(list.get()) == SQLITE_ROW) {
        const QString name = columnText(list.get(), 0);
        const QString origin = columnText(list.get(), 2);
        if (origin == QLatin1String("pk") || sqlite3_column_int(list.get(), 3) != 0)
            continue; // the key is on the columns; a partial index has no portable meaning
        SqliteStatement info;
        if (!info.prepare(m_db, QStringLiteral("SELECT name FROM pragma_index_info(?1) ORDER BY seqno"), error))
            return false;
        const QByteArray indexName = name.toUtf8();
        sqlite3_bind_text(info.get(), 1, indexName.constData(), int(indexName.size()), SQLITE_TRANSIENT);
        IndexSchema index;
        // SQLite names UNIQUE constraints sqlite_autoindex_*; such a name cannot be created again.
        index.name = name.startsWith(QLatin1String("sqlite_")) ? QString() : name;
        index.unique = sqlite3_column_int(list.get(), 1) != 0;
        bool expression = false;
        while (sqlite3_step(info.get()) == SQLITE_ROW) {
            expression = expression || sqlite3_column_type(info.get(), 0) == SQLITE_NULL;
            index.columns << columnText(info.get(), 0);
        }
        if (!expression && !index.columns.isEmpty())
            schema->indexes << index;
    }
    return true;
}

bool SqliteIntrospector::readForeignKeys(TableSchema *schema, QString *error)
{
    // foreign_key_list: id, seq, table, from, to, on_update, on_delete, match
    SqliteStatement list;
    if (!list.prepare(m_db, QStringLiteral("SELECT id, \"table\", \"from\", \"to\", on_update, on_delete "
                                           "FROM pragma_foreign_key_list(?1) ORDER BY id, seq"),
                      error))
        return false;
    const QByteArray table = schema->name.toUtf8();
    sqlite3_bind_text(list.get(), 1, table.constData(), int(table.size()), SQLITE_TRANSIENT);
    int current = -1;
    while (sqlite3_step(list.get()) == SQLITE_ROW) {
        const int id = sqlite3_column_int(list.get(), 0);
        if (id != current) {
            current = id;
            ForeignKeySchema key;
            key.referencedTable = columnText(list.get(), 1);
            key.onUpdate = portableReferentialAction(columnText(list.get(), 4));
            key.onDelete = portableReferentialAction(columnText(list.get(), 5));
            schema->foreignKeys << key;
        }
        ForeignKeySchema &key = schema->foreignKeys.last();
        key.columns << columnText(list.get(), 2);
        key.referencedColumns << columnText(list.get(), 3); // empty: the referenced table's key
    }
    // "REFERENCES parent" without columns means the parent's primary key.
    for (ForeignKeySchema &key : schema->foreignKeys) {
        if (!key.referencedColumns.contains(QString()))
            continue;
        const std::optional<TableSchema> parent = key.referencedTable == schema->name
            ? std::optional<TableSchema>(*schema) : tableColumns(key.referencedTable);
        key.referencedColumns = parent ? parent->primaryKey() : QStringList();
        if (key.referencedColumns.size() != key.columns.size())
            key.referencedColumns.clear();
    }
    schema->foreignKeys.removeIf([](const ForeignKeySchema &key) { return key.referencedColumns.isEmpty(); });
    return true;
}

} // namespace barge
