#pragma once
// SqliteWriter: writes one SQLite table through one prepared INSERT and large transactions.
// A row the table refuses (constraint) is reported and skipped without ending the transaction.
// Rows are inserted in groups through a multi-row INSERT; a refused group is retried row by row.

#include "io/rowwriter.h"
#include "io/sqlite/sqlitehandle.h"
#include "io/sqlite/sqlitesession.h"

#include <QCoreApplication>
#include <QStringEncoder>

#include <utility>

namespace barge {

class SqliteWriter : public RowWriter
{
    Q_DECLARE_TR_FUNCTIONS(barge::SqliteWriter)

public:
    SqliteWriter(const QString &path, const QString &table);

    void setStopAtFirstError(bool stop) override { m_stopAtFirstError = stop; }
    bool open(QString *error) override;
    bool prepare(const TableSchema &target, TableMode mode, QString *error) override;
    std::unique_ptr<NativeCopy> nativeCopy(const Endpoint &source, const TableMapping &mapping) override;
    bool begin(QString *error) override;
    bool write(const QList<Row> &rows, QList<RowError> *rowErrors, QString *error) override;
    bool commit(QString *error) override;
    void rollback() override;
    bool finish(QString *error) override;
    QString describe() const override;
    qint64 countRows(QString *error) override;
    bool afterLoad(const TableSchema &target, QString *error) override;
    MarkTable *marks() override { return &m_marks; }
    SqlSession *session() override { return &m_session; }
    bool setMergeKey(const QStringList &key, QString *error) override;
    MergeCounts takeMergeCounts() override { return std::exchange(m_merged, MergeCounts()); }

private:
    bool bindRow(sqlite3_stmt *stmt, int offset, const Row &row, QString *error);
    bool writeGroup(const QList<Row> &rows, int first, bool *refused, QString *error);
    bool writeOne(const Row &row, int index, QList<RowError> *rowErrors, QString *error);
    bool prepareUpdate(const QStringList &columns, QString *error);

    QString m_path;
    QString m_table;
    SqliteHandle m_db;
    SqliteSession m_session{&m_db, this};
    MarkTable m_marks{&m_session, m_table};
    SqliteStatement m_insert;      // one row
    SqliteStatement m_insertMany;  // m_groupRows rows
    // Mode merge: m_insert does nothing on a key the table holds, and then m_update writes the
    // row's other columns where any of them differs (none: no update, the row is unchanged).
    QStringList m_mergeKey;
    SqliteStatement m_update;
    MergeCounts m_merged;
    int m_groupRows = 1;
    int m_columns = 0;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    QList<QByteArray> m_utf8; // per-column UTF-8 of the row being bound
    bool m_inTransaction = false;
    bool m_stopAtFirstError = false;
};

} // namespace barge
