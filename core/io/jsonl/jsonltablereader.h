#pragma once
// JsonlTableReader: reads one JSON Lines file as a table, a line at a time. Its columns and their
// types are the file's layout (JsonlIntrospector::layoutOf; the scan the plan already made when the
// file is unchanged), and its records are those the scan kept (JsonlSpill) when it could keep them. Values arrive as the plan's field mappings expect them: numbers as their text
// (never a double), strings as text, booleans as bool, JSON columns as JSON text, a missing key as
// NULL. A line that is not a JSON object, is not valid UTF-8, or holds a value its column cannot
// take is passed on as rejected, with its file, line and reason.

#include "endpoint/endpoint.h"
#include "io/jsonl/jsonllayout.h"
#include "io/jsonl/jsonllineparser.h"
#include "io/jsonl/jsonrecords.h"
#include "io/jsonl/jsonlspill.h"
#include "io/rowreader.h"

#include <QFile>
#include <memory>

namespace barge {

class JsonlTableReader : public RowReader
{
public:
    JsonlTableReader(const Endpoint &endpoint, const QString &table);

    bool open(QString *error) override;
    TableSchema schema() const override { return m_schema; }
    bool read(RowBatch &batch, int maxRows) override;
    QString error() const override { return m_error; }
    SourceSnapshot snapshot() const override { return m_snapshot; }
    qint64 totalBytes() const override { return m_fileSize; }

private:
    // The next record: its number, its bytes as read (for a rejected one) and its row, or the reason
    // it cannot be one in *problem. False at the end or when the source cannot be read further.
    bool nextRecord(qint64 *number, QByteArray *bytes, Row *row, QString *problem);
    // The row of a parsed line, or the reason it cannot be one.
    QString rowOf(const QList<JsonlValue> &values, const QStringList &objects, Row *row) const;
    // The row of a record the scan kept (JsonlSpill), or the reason it cannot be one. Gives each
    // value its column's name, for messages.
    QString rowOf(JsonlSpilledRecord &record, Row *row) const;
    // Puts a value into its column of *row, or says why it cannot go there.
    QString put(int column, const JsonlValue &value, Row *row) const;
    // The file's bytes read so far (from the spill: its share of the file's size).
    qint64 fileBytesRead() const;

    Endpoint m_endpoint;
    QString m_table;
    QFile m_file;
    qint64 m_fileSize = 0; // when opened (QFile::size asks the system each time)
    std::shared_ptr<const JsonlLayout> m_layout;
    std::unique_ptr<JsonRecords> m_lines; // lines (jsonl:) or array elements (json:), without a spill
    std::unique_ptr<JsonlSpillReader> m_spill; // the records the scan kept, read instead of the file
    JsonlSpilledRecord m_spilled;
    QList<JsonlValue> m_values;
    QStringList m_objects;
    JsonlLineParser m_parser;
    TableSchema m_schema;
    QString m_positionFormat;
    qint64 m_lastBytes = 0;
    bool m_done = false;
    SourceSnapshot m_snapshot;
    QString m_error;
};

} // namespace barge
