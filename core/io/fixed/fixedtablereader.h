#pragma once
// FixedTableReader: reads a record file as a table, a record at a time (memory flat in the file's
// size). Zoned, packed and binary fields arrive as canonical decimal text; text fields as text, or,
// when the plan reads them as numbers, dates or booleans, without the spaces that align them (a
// blank one NULL) and through the source's local format. A record that is cut short or holds a
// field its layout cannot read is rejected with its number, byte offset, field and reason.

#include "io/fixed/fixedsource.h"
#include "io/fixed/recorddecoder.h"
#include "io/rowreader.h"

#include <QCoreApplication>
#include <QFile>
#include <memory>

namespace barge {

class FixedTableReader : public RowReader
{
    Q_DECLARE_TR_FUNCTIONS(barge::FixedTableReader)

public:
    FixedTableReader(const Endpoint &endpoint, const QString &table);

    bool open(QString *error) override;
    TableSchema schema() const override { return m_schema; }
    bool read(RowBatch &batch, int maxRows) override;
    QString error() const override { return m_error; }
    SourceSnapshot snapshot() const override { return m_snapshot; }
    qint64 totalBytes() const override { return m_file.size(); }
    void setTypeHints(const QList<DataType> &columnTypes) override;

private:
    bool typeText(Row &row, QString *why);

    Endpoint m_endpoint;
    QString m_table;
    QFile m_file;
    std::optional<FixedSource> m_source;
    std::unique_ptr<RecordFile> m_records;
    std::unique_ptr<RecordDecoder> m_decoder;
    TableSchema m_schema;
    QList<TypeKind> m_typed; // per column: a text field read in the local format as this kind; Text for none
    QString m_positionFormat;
    qint64 m_lastBytes = 0;
    bool m_done = false;
    SourceSnapshot m_snapshot;
    QString m_error;
};

} // namespace barge
