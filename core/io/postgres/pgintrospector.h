#pragma once
// PgIntrospector: tables of one PostgreSQL schema and their columns, keys, defaults, indexes and
// foreign keys, read from pg_catalog on its own connection. Owned and used by one thread.

#include "io/introspector.h"
#include "io/postgres/pgconnection.h"

#include <QCoreApplication>
#include <QHash>

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
    void prefetch(const QStringList &names) override;
    // How many tables prefetch() has described so far (tests).
    int prefetchedCount() const { return int(m_prefetched.size()); }
    std::optional<qint64> longestValue(const QString &table, const QString &column, bool binary, QString *error) override;
    std::optional<KeyBounds> keyBounds(const QString &table, const QString &column, QString *error) override;
    bool hasTable(const QString &name) override;
    std::optional<QStringList> referencedBy(const QString &name, QString *error) override;
    std::optional<QHash<QString, QStringList>> keyNames(QString *error) override;
    bool hasType(const QString &name) override;

    PgConnection &connection() { return m_conn; }
    // Describes only what reading the rows needs (columns, types, the key): no indexes, foreign
    // keys or sequences, and no count: rowCountExact says the table is small enough for the reader
    // to count in its snapshot (rowCount is then only the estimate). For PgReader.
    void setForReading(bool forReading) { m_forReading = forReading; }

private:
    // The catalog's rows about some tables (columns, keys, indexes, foreign keys), by table oid.
    struct Catalog
    {
        PgResult columns, primaryKeys, indexes, nativeIndexes, foreignKeys;
        QHash<QString, QList<int>> columnRows, primaryKeyRows, indexRows, nativeIndexRows, foreignKeyRows;
    };
    bool readCatalog(const QStringList &oids, Catalog *catalog, QString *error);
    bool describe(const QString &name, const QString &oid, const QString &partitionKey, const Catalog &catalog,
                  TableSchema *schema, QString *error);
    bool readColumns(const PgResult &result, const QList<int> &rows, const QString &oid, TableSchema *schema, QString *error);
    bool readSequence(const QString &tableOid, const QString &expression, ColumnSchema *column, QString *error);
    static void readPrimaryKey(const PgResult &result, const QList<int> &rows, TableSchema *schema);
    static void readIndexes(const PgResult &result, const QList<int> &rows, const PgResult &native,
                            const QList<int> &nativeRows, TableSchema *schema);
    static void readForeignKeys(const PgResult &result, const QList<int> &rows, TableSchema *schema);
    bool readRowCount(const QString &name, double estimate, TableSchema *schema, QString *error);
    QString failure(const QString &table, const PgResult &result) const;
    // keyBounds() for KeyRange::pages(): the table's first and last page.
    std::optional<KeyBounds> pageBounds(const QString &table, QString *error);

    PgConnection m_conn;
    QHash<QString, TableSchema> m_prefetched; // by table name: prefetch()
    bool m_forReading = false;
};

} // namespace barge
