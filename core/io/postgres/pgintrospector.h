#pragma once
// PgIntrospector: tables of one PostgreSQL schema and their columns, keys, defaults, indexes and
// foreign keys, read from pg_catalog on its own connection. Owned and used by one thread.

#include "io/introspector.h"
#include "io/postgres/pgconnection.h"

#include <QCoreApplication>

namespace barge {

class PgIntrospector : public Introspector
{
    Q_DECLARE_TR_FUNCTIONS(barge::PgIntrospector)

public:
    explicit PgIntrospector(const Endpoint &endpoint);

    using Introspector::open;
    bool open(Failure *failure) override;
    // Ordinary and partitioned tables, sorted by name; partitions are left out (their rows are
    // read through the partitioned table).
    QStringList tableNames(QString *error) override;
    std::optional<TableSchema> table(const QString &name, QString *error) override;
    std::optional<qint64> longestValue(const QString &table, const QString &column, bool binary, QString *error) override;
    bool hasTable(const QString &name) override;
    std::optional<QStringList> referencedBy(const QString &name, QString *error) override;
    std::optional<QHash<QString, QStringList>> keyNames(QString *error) override;
    bool hasType(const QString &name) override;

    PgConnection &connection() { return m_conn; }

private:
    bool readColumns(const QString &oid, TableSchema *schema, QString *error);
    bool readSequence(const QString &tableOid, const QString &expression, ColumnSchema *column, QString *error);
    bool readPrimaryKey(const QString &oid, TableSchema *schema, QString *error);
    bool readIndexes(const QString &oid, TableSchema *schema, QString *error);
    bool readForeignKeys(const QString &oid, TableSchema *schema, QString *error);
    bool readRowCount(const QString &name, double estimate, TableSchema *schema, QString *error);
    QString failure(const QString &table, const PgResult &result) const;

    PgConnection m_conn;
};

} // namespace barge
