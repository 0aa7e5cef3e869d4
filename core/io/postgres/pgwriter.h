#pragma once
// PgWriter: writes one PostgreSQL table through COPY FROM STDIN (text format) on the QPSQL
// driver's native libpq connection, about 9x faster than prepared INSERTs (docs/architecture.md, "Facts that shape the engine").
// Binary COPY when every column's type allows it (no parsing on the server), text otherwise.
// COPY is all or nothing per statement, so each write() runs under a savepoint; when PostgreSQL
// refuses a value or a constraint (SQLSTATE classes 22 and 23), the rows are copied again in parts
// (up to the line the server names, else halves) until each refused row is found and reported
// with the server's message and DETAIL, while every other row is written.

#include "io/postgres/pgconnection.h"
#include "io/postgres/pgcopyencoder.h"
#include "io/postgres/pgsession.h"
#include "io/rowwriter.h"

#include <QCoreApplication>

#include <utility>

namespace barge {

class PgWriter : public RowWriter
{
    Q_DECLARE_TR_FUNCTIONS(barge::PgWriter)

public:
    PgWriter(const Endpoint &endpoint, const QString &table);

    void setStopAtFirstError(bool stop) override { m_stopAtFirstError = stop; }
    // COPY's binary format where every column allows it (the default), or text always. Before prepare().
    void setBinaryCopy(bool allowed) { m_binaryAllowed = allowed; }
    bool usesBinaryCopy() const { return m_encoder.isBinary(); }
    bool open(QString *error) override;
    bool prepare(const TableSchema &target, TableMode mode, QString *error) override;
    // Each COPY costs the server a fixed setup and a savepoint: measured ~1 s less server CPU per
    // 1M rows at 50,000 rows per COPY than at 2,000.
    int preferredRowsPerWrite() const override { return 50000; }
    bool waitsOnServer() const override { return true; }
    bool emptyTables(const QStringList &tables, QString *error) override;
    bool begin(QString *error) override;
    bool write(const QList<Row> &rows, QList<RowError> *rowErrors, QString *error) override;
    bool commit(QString *error) override;
    void rollback() override;
    bool finish(QString *error) override;
    // Indexes and identity counters (after the last commit), foreign keys (after every table):
    // each statement on its own, in autocommit.
    bool afterLoad(const TableSchema &target, QString *error) override;
    bool addForeignKeys(const TableSchema &target, QString *error) override;
    qint64 countRows(QString *error) override;
    QString describe() const override;
    MarkTable *marks() override { return &m_marks; }
    SqlSession *session() override { return &m_session; }
    bool setMergeKey(const QStringList &key, QString *error) override;
    // Mode merge through INSERT ... ON CONFLICT, as before PostgreSQL 15, even on a server that has
    // MERGE (off by default); tests check both statements.
    static void setOnConflictOnly(bool on);
    MergeCounts takeMergeCounts() override { return std::exchange(m_merged, MergeCounts()); }

private:
    enum class Copy { Written, Refused, Unencodable, Failed };
    enum class Status { Ok, Stopped, Failed };

    // One COPY of rows [first, first + count). Refused: *message is the server's reason and
    // *line the 1-based line it names (0 when it names none); the transaction is then aborted.
    Copy copy(const QList<Row> &rows, int first, int count, QString *message, int *line);
    Status writeRange(const QList<Row> &rows, int first, int count, QList<RowError> *rowErrors, QString *error);
    // Mode merge: the rows COPY put in the temporary table go into the table (prepareMerge).
    Copy mergeCopied(int count, QString *message);
    bool prepareMerge(const QStringList &columns, QString *error);
    bool statement(const char *sql, QString *error);
    bool schemaExists(bool *exists, QString *error);
    bool runEach(const QStringList &statements, QString *error);
    QStringList createUserTypes(const TableSchema &table, const QString &schema);
    bool chooseFormat(const TableSchema &target, QString *error);
    QString fail(const QString &what) const;

    Endpoint m_endpoint;
    QString m_table;
    PgConnection m_conn;
    PgSession m_session{&m_conn, this};
    MarkTable m_marks{&m_session, m_table};
    QByteArray m_copyTextSql;
    QByteArray m_copyBinarySql;
    // Mode merge: rows are copied into a temporary table, then merged from it by the key: rows whose
    // key is new inserted, those whose values differ updated, each counted.
    QStringList m_mergeKey;
    QByteArray m_mergeSql;     // MERGE (PostgreSQL 15 and later), else INSERT ... ON CONFLICT
    QByteArray m_mergeCounter; // the temporary sequence counting MERGE's updates; empty: none
    MergeCounts m_merged;
    PgCopyEncoder m_encoder;
    bool m_stopAtFirstError = false;
    bool m_binaryAllowed = true;
};

} // namespace barge
