#pragma once
// DdlBuilder: the statements Barge runs on a target, per dialect: CREATE/DROP/TRUNCATE before the
// load, indexes, foreign keys and identity counters after it. The same text is shown by --dry-run
// and the wizard's summary, so what is shown is what runs. `schema` qualifies table names when set
// (a PostgreSQL schema). Stateless.

#include "schema/dialect.h"
#include "schema/tableschema.h"

#include <QString>
#include <QStringList>

namespace barge {

enum class TableMode; // schema/tablemode.h

class DdlBuilder
{
public:
    // PostgreSQL: the enums and domains that a same-engine copy's columns name, each made in
    // `schema` unless a type of its name is there already (DO blocks; userTypeDefinition).
    static QStringList userTypes(Dialect dialect, const TableSchema &table, const QString &schema = QString());
    // 'text' with quotes doubled: a standard SQL string literal.
    static QString sqlString(const QString &text);
    // Columns with NOT NULL, portable defaults and identity, and the primary key. SQLite gets its
    // foreign keys here (it cannot add them later; it checks them only when asked to); MariaDB
    // tables are InnoDB in utf8mb4 with a binary collation, so no two distinct texts collide.
    static QString createTable(Dialect dialect, const TableSchema &table, const QString &schema = QString());
    static QString dropTable(Dialect dialect, const QString &table, const QString &schema = QString());
    // What makes table `table.name` ready for a load in `mode`, the one place that choice is made:
    // replace drops and creates it, a missing table is created, truncate empties one that exists,
    // append leaves it. `beforeCreate` goes just before CREATE TABLE (PostgreSQL's user types).
    static QStringList prepareTable(Dialect dialect, const TableSchema &table, TableMode mode, bool exists,
                                    const QString &schema = QString(), const QStringList &beforeCreate = {});
    // Whether prepareTable creates the table.
    static bool createsTable(TableMode mode, bool exists);
    // The type a created column is declared with: the source's own spelling on the same engine,
    // else the dialect's spelling of its neutral type (a MariaDB key's unbounded text as VARCHAR).
    // The plan's description shows the same, so the summary and the SQL agree.
    static QString declaredType(Dialect dialect, const ColumnSchema &column);
    static QString truncateTable(Dialect dialect, const QString &table, const QString &schema = QString());
    // Statements that empty these tables. PostgreSQL refuses to empty a table another table's
    // foreign key points at unless that table is emptied by the same statement: there one TRUNCATE
    // names them all (emptiesTogether); elsewhere each table is emptied on its own.
    static QStringList truncateTables(Dialect dialect, const QStringList &tables, const QString &schema = QString());
    static bool emptiesTogether(Dialect dialect) { return dialect == Dialect::Postgres; }
    static QString insert(Dialect dialect, const QString &table, const QStringList &columns);

    // After the table's rows are in: the primary key when it waited for them (primaryKeyAfterLoad),
    // its secondary indexes, then identity counters moved past the
    // loaded values (PostgreSQL; MariaDB and SQLite move theirs as rows arrive).
    static QStringList afterLoad(Dialect dialect, const TableSchema &table, const QString &schema = QString());
    // After every table is loaded: ALTER TABLE ... ADD FOREIGN KEY (none for SQLite, see createTable).
    static QStringList foreignKeys(Dialect dialect, const TableSchema &table, const QString &schema = QString());

    // The state table of resumable runs (MarkTable): a LoadMark per run and table.
    static QString markTable() { return QStringLiteral("_barge_checkpoints"); }
    // Where `barge run --worker` processes share a run (ClaimTable).
    static QString jobsTable() { return QStringLiteral("_barge_jobs"); }
    static QString claimsTable() { return QStringLiteral("_barge_claims"); }
    // Barge's own state in a database, never data to copy: the marks and the workers' tables.
    static bool isRunState(const QString &table)
    {
        return table == markTable() || table == jobsTable() || table == claimsTable();
    }
    static QString createMarkTable(Dialect dialect, const QString &schema = QString());

    // `table` quoted for SQL, in `schema` when one is given.
    static QString qualifiedName(Dialect dialect, const QString &table, const QString &schema = QString());

    // A portable default (ColumnSchema::defaultValue) as the dialect writes it for a column of `type`.
    static QString defaultClause(Dialect dialect, const QString &portable, const DataType &type);
};

} // namespace barge
