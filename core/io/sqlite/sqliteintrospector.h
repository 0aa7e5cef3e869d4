#pragma once
// SqliteIntrospector: tables of an SQLite file through its PRAGMA functions: columns with types,
// NOT NULL, defaults and keys; secondary indexes; foreign keys.

#include "io/introspector.h"
#include "io/sqlite/sqlitehandle.h"

#include <QCoreApplication>

namespace barge {

class SqliteIntrospector : public Introspector
{
    Q_DECLARE_TR_FUNCTIONS(barge::SqliteIntrospector)

public:
    explicit SqliteIntrospector(const QString &path, bool mayCreate = false);

    using Introspector::open;
    bool open(Failure *failure) override;
    QStringList tableNames(QString *error) override;
    std::optional<TableSchema> table(const QString &name, QString *error) override;
    std::optional<qint64> longestValue(const QString &table, const QString &column, bool binary, QString *error) override;
    std::optional<KeyBounds> keyBounds(const QString &table, const QString &column, QString *error) override;
    std::optional<QHash<QString, QStringList>> keyNames(QString *error) override;

private:
    bool isRowid(const QString &table, const QString &column);
    std::optional<TableSchema> tableColumns(const QString &name);
    bool readIndexes(TableSchema *schema, QString *error);
    bool exists(const QString &table, const QString &condition, bool *found, QString *error);
    bool checkStoredValues(TableSchema *schema, QString *error);
    bool readForeignKeys(TableSchema *schema, QString *error);

    QString m_path;
    bool m_mayCreate = false;
    bool m_missing = false; // a target file that does not exist yet has no tables
    SqliteHandle m_db;
};

} // namespace barge
