#pragma once
// SqliteReader: streams one SQLite table through a single native statement.

#include "io/rowreader.h"
#include "io/sqlite/sqlitehandle.h"

namespace barge {

class SqliteReader : public RowReader
{
public:
    SqliteReader(const QString &path, const QString &table);

    bool open(QString *error) override;
    TableSchema schema() const override { return m_schema; }
    bool read(RowBatch &batch, int maxRows) override;
    QString error() const override { return m_error; }

private:
    QString m_path;
    QString m_table;
    TableSchema m_schema;
    SqliteHandle m_db;
    SqliteStatement m_select;
    QString m_positionFormat;
    qint64 m_row = 0;
    bool m_done = false;
    QString m_error;
};

} // namespace barge
