#pragma once
// SqliteReader: streams one SQLite table through a single native statement, inside one read
// transaction that also counts the table: the count and the rows are the same snapshot. Until the
// last row is read, writers to the file wait (rollback journal) or are not seen (WAL).

#include "io/rowreader.h"
#include "io/sqlite/sqlitehandle.h"

#include <QCoreApplication>

namespace barge {

class SqliteReader : public RowReader
{
    Q_DECLARE_TR_FUNCTIONS(barge::SqliteReader)

public:
    // `fallbackEncoding` ("windows-1252", "latin1" or ""): how text that is not UTF-8 is read;
    // without one such a row is rejected with the bytes and the reason.
    SqliteReader(const QString &path, const QString &table, const QString &fallbackEncoding = QString());

    bool open(QString *error) override;
    TableSchema schema() const override { return m_schema; }
    bool read(RowBatch &batch, int maxRows) override;
    QString error() const override { return m_error; }
    SourceSnapshot snapshot() const override { return m_snapshot; }
    bool restrictToKeys(const QStringList &columns, const QList<QStringList> &keys, bool integer) override;
    bool restrictToWatermark(const Watermark &watermark, const QString &low) override;
    bool restrictToRange(const QString &column, const KeyRange &range) override;

private:
    bool beginSnapshot(QString *error);
    bool prepareSelect(const QString &where, QString *error);
    void endSnapshot();

    QString m_path;
    QString m_table;
    QString m_fallbackEncoding;
    TableSchema m_schema;
    SqliteHandle m_db;
    SqliteStatement m_select;
    QString m_where; // restrictToKeys, restrictToWatermark, restrictToRange: conditions joined by AND
    QString m_order; // " ORDER BY rowid", or empty for a table without one
    QString m_positionFormat;
    SourceSnapshot m_snapshot;
    qint64 m_row = 0;
    bool m_done = false;
    QString m_error;
};

} // namespace barge
