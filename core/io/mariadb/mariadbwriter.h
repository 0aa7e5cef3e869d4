#pragma once
// MariaDbWriter: writes one MariaDB/MySQL table. Rows go in bulk through LOAD DATA LOCAL INFILE fed
// from memory (never from a file on disk); a write() the server takes with warnings (LOCAL makes
// MariaDB skip duplicates and truncate bad values instead of failing) is undone to a savepoint and
// written again through multi-row INSERTs, in a strict session. A refused INSERT is split in
// halves until each refused row is found and reported with the server's message; every other row
// is written (a table of a non-transactional engine such as MyISAM gets one row per INSERT, as
// nothing there undoes half a statement). The session has foreign_key_checks off (tables load in
// any order) and unique_checks on. Thread bound, like every RowWriter.

#include "io/mariadb/mariadbconnection.h"
#include "io/mariadb/mariadbsession.h"
#include "io/mariadb/mariadbvalueencoder.h"
#include "io/rowwriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <utility>

namespace barge {

class MariaDbWriter : public RowWriter
{
    Q_DECLARE_TR_FUNCTIONS(barge::MariaDbWriter)

public:
    enum class BulkPath { LoadData, Insert };

    MariaDbWriter(const Endpoint &endpoint, const QString &table);

    void setStopAtFirstError(bool stop) override { m_stopAtFirstError = stop; }
    bool open(QString *error) override;
    bool prepare(const TableSchema &target, TableMode mode, QString *error) override;
    // No preferred size: one LOAD DATA per 2,000-row chunk, sent while the reader makes the next.
    // Gathering chunks up to a reader's batch of bytes (40 statements for 1M rows instead of 500)
    // measured slower, the server idle while a batch gathers: CSV -> MariaDB 4.21 s against 3.61 s
    // (bench/run-servers.sh, 2026-12-06), and 10 MB more memory.
    bool waitsOnServer() const override { return true; }
    bool begin(QString *error) override;
    bool write(const QList<Row> &rows, QList<RowError> *rowErrors, QString *error) override;
    bool commit(QString *error) override;
    void rollback() override;
    bool finish(QString *error) override;
    bool afterLoad(const TableSchema &target, QString *error) override;
    bool addForeignKeys(const TableSchema &target, QString *error) override;
    qint64 countRows(QString *error) override;
    // DDL commits on its own in MariaDB: the mark table is made before begin(), never inside a load.
    MarkTable *marks() override { return &m_marks; }
    SqlSession *session() override { return &m_session; }
    QString describe() const override;
    bool setMergeKey(const QStringList &key, QString *error) override;
    MergeCounts takeMergeCounts() override { return std::exchange(m_merged, MergeCounts()); }

    // Which path write() tries first (measurements, tests); LoadData unless set.
    void setBulkPath(BulkPath path) { m_path = path; }
    // Upper bound of one INSERT statement in bytes (tests make it small to force many statements).
    void setStatementBytes(qsizetype bytes) { m_statementLimit = bytes; }

private:
    bool checkReferences(const TableSchema &target, QString *error);
    // One row's literal "(...)" in m_literals, or why it cannot be written.
    struct Encoded
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        QByteArray key; // mode merge: the key's literal "(...)"
        QString failure;
    };

    bool run(const QString &sql, QString *error);
    bool checkTransactional(QString *error);
    bool isRowError() const;
    QString rowMessage() const;
    bool appendFields(const Row &row);
    bool loadData(const QList<Row> &rows, bool *taken, QString *error);
    void encodeLiterals(const QList<Row> &rows);
    bool insertRange(int first, int end, QList<RowError> *rowErrors, bool *stopped, QString *error);
    bool insertStatement(int first, int end, bool *refused, QString *error);
    int statementEnd(int first, int end) const;
    bool countExisting(int first, int end, qint64 *existing, QString *error);
    bool settleMerge(int first, int end, qint64 existing, bool *split, QString *error);

    QString m_table;
    MariaDbConnection m_db;
    MariaDbSession m_session{&m_db, this};
    MarkTable m_marks{&m_session, m_table};
    QList<MariaDbValueEncoder::Column> m_kinds; // per target column
    QStringList m_columnNames;
    QByteArray m_columnList;       // (`a`, `b`)
    QByteArray m_insertPrefix;     // INSERT INTO `t` (`a`, `b`) VALUES
    QByteArray m_buffer;           // LOAD DATA text of the rows being sent
    QByteArray m_literals;         // INSERT literals of one write()
    QByteArray m_statement;
    QList<Encoded> m_encoded;
    // Mode merge: INSERT ... ON DUPLICATE KEY UPDATE (never REPLACE, which deletes the row and
    // breaks the foreign keys pointing at it), counted with the rows the key already had.
    QStringList m_mergeKey;
    QList<int> m_keyColumns;        // their places among the written columns
    QByteArray m_mergeSuffix;       // " ON DUPLICATE KEY UPDATE ..."
    QByteArray m_countPrefix;       // SELECT COUNT(*) FROM `t` WHERE (`k`) IN (
    MergeCounts m_merged;
    qsizetype m_statementLimit = 1 << 20;
    qsizetype m_packetLimit = 1 << 20; // from max_allowed_packet
    BulkPath m_path = BulkPath::LoadData;
    bool m_rowByRow = false;       // a non-transactional table: one row per INSERT
    bool m_inTransaction = false;
    bool m_stopAtFirstError = false;
};

} // namespace barge
