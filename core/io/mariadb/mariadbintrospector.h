#pragma once
// MariaDbIntrospector: the base tables of a MariaDB/MySQL database and their columns (exact
// COLUMN_TYPE), key, defaults, AUTO_INCREMENT, indexes and foreign keys, from information_schema.
// Opens its own connection, or describes tables on one that a reader already holds.

#include "io/introspector.h"
#include "io/mariadb/mariadbconnection.h"

#include <QCoreApplication>

#include <memory>

namespace barge {

class MariaDbIntrospector : public Introspector
{
    Q_DECLARE_TR_FUNCTIONS(barge::MariaDbIntrospector)

public:
    explicit MariaDbIntrospector(const Endpoint &endpoint);
    // Uses `connection` (already open, owned by the caller) instead of opening one.
    explicit MariaDbIntrospector(MariaDbConnection *connection);
    ~MariaDbIntrospector() override;

    using Introspector::open;
    bool open(Failure *failure) override;
    QStringList tableNames(QString *error) override;
    std::optional<TableSchema> table(const QString &name, QString *error) override;
    std::optional<qint64> longestValue(const QString &table, const QString &column, bool binary, QString *error) override;
    std::optional<KeyBounds> keyBounds(const QString &table, const QString &column, QString *error) override;
    bool hasTable(const QString &name) override;
    std::optional<QHash<QString, QStringList>> keyNames(QString *error) override;

    // Below this many rows (information_schema's estimate) the row count is counted exactly.
    static constexpr qint64 exactCountBelow = 100000;

private:
    bool readColumns(const QString &name, TableSchema *schema, QString *error);
    bool readJsonColumns(const QString &name, TableSchema *schema, QString *error);
    bool readIndexes(const QString &name, TableSchema *schema, QString *error);
    bool readForeignKeys(const QString &name, TableSchema *schema, QString *error);
    bool readRowCount(const QString &name, TableSchema *schema, QString *error);
    QString where(const QString &table) const;

    std::unique_ptr<MariaDbConnection> m_own;
    MariaDbConnection *m_db = nullptr;
};

} // namespace barge
