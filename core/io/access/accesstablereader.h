#pragma once
// AccessTableReader: reads one table of an Access database row by row through libmdb. Values
// arrive as the plan's field mappings expect them: integers and decimals (Currency, Decimal) as
// their exact text, Double and Single from their own bytes in shortest text (libmdb's text has 15
// digits), Date/Time as ISO text, Yes/No as bool, Memo as text, OLE objects and binary as bytes,
// replication ids as UUID text. A value libmdb cannot hand over whole (a Memo longer than its
// buffer) is a rejected row naming the table, the row and the column.

#include "endpoint/endpoint.h"
#include "io/access/accessdatabase.h"
#include "io/rowreader.h"

namespace barge {

class AccessTableReader : public RowReader
{
public:
    AccessTableReader(const Endpoint &endpoint, const QString &table);
    ~AccessTableReader() override;

    bool open(QString *error) override;
    TableSchema schema() const override { return m_schema; }
    bool read(RowBatch &batch, int maxRows) override;
    QString error() const override { return m_error; }
    SourceSnapshot snapshot() const override { return m_snapshot; }

private:
    // The value of column i of the row libmdb fetched, or the reason it cannot be read.
    QString valueOf(int column, QVariant *value);

    Endpoint m_endpoint;
    QString m_table;
    AccessDatabase m_database;
    void *m_tableDef = nullptr; // MdbTableDef
    TableSchema m_schema;
    QList<QByteArray> m_buffers;
    QList<int> m_lengths;
    QString m_positionFormat;
    qint64 m_row = 0;
    bool m_done = false;
    SourceSnapshot m_snapshot;
    QString m_error;
};

} // namespace barge
