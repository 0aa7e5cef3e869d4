#pragma once
// CsvTableReader: reads one CSV file as a table. Values arrive as text (QString) or NULL; the plan's
// field mappings convert them. A record with the wrong number of fields or a malformed record is
// passed on as rejected, with its line. Reads one part of the file when restricted to a range of
// its records (KeyRange::records(): byte offsets where CsvScanner saw records start).

#include "endpoint/endpoint.h"
#include "io/csv/csvdialect.h"
#include "io/rowreader.h"

#include <QCoreApplication>
#include <QFile>
#include <memory>

namespace barge {

class CsvParser;

class CsvTableReader : public RowReader
{
    Q_DECLARE_TR_FUNCTIONS(barge::CsvTableReader)

public:
    CsvTableReader(const Endpoint &endpoint, const QString &table);
    ~CsvTableReader() override;

    bool open(QString *error) override;
    TableSchema schema() const override { return m_schema; }
    bool read(RowBatch &batch, int maxRows) override;
    QString error() const override { return m_error; }
    // As of the file's last change when it was opened; rows are not counted (that takes a scan).
    SourceSnapshot snapshot() const override { return m_snapshot; }
    qint64 totalBytes() const override;
    void setTypeHints(const QList<DataType> &columnTypes) override;
    bool restrictToRange(const QString &column, const KeyRange &range) override;

private:
    Endpoint m_endpoint;
    QString m_table;
    QFile m_file;
    std::unique_ptr<CsvParser> m_parser;
    TableSchema m_schema;
    QString m_positionFormat;
    QList<QVariant> m_record;
    qint64 m_lastBytes = 0;
    qint64 m_firstLine = 1;
    bool m_done = false;
    std::optional<KeyRange> m_range;
    SourceSnapshot m_snapshot;
    QString m_error;
    LocalFormat m_format;
    QList<TypeKind> m_local; // per column: the kind the format reads it as, Text for none
    QString m_canonical;     // reused by localize()

    // Turns the record's locally written values into canonical text; false (with why) when one
    // does not fit the format.
    bool localize(Row &record, QString *why);
    // After the header: on to m_range's first record, once the bytes around the part's edges are
    // the ones seen when the file was split (CsvIntrospector::partCheck).
    bool startRange(QString *error);
};

} // namespace barge
