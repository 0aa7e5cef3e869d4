#pragma once
// JsonlTableWriter: writes one table as a JSON Lines file (a file endpoint) or <table>.jsonl in a
// folder endpoint, one object per row with the columns in order as flat keys. Values are typed:
// numbers as numbers (decimals as their exact text), booleans, NULL as null, JSON columns embedded
// as JSON, dates and times as ISO 8601 strings ("2024-02-29 10:30:00", the space as RFC 3339
// allows, so that they read back as the same type), bytes as base64 strings. A real that JSON
// cannot spell (NaN, Infinity) is a refused row. Append adds rows to an existing file; the other
// modes start it afresh. For a json: endpoint the file is one array, an object a line
// ("[\n{...},\n{...}\n]\n"); appending goes on after its last element, also when a run that was
// cut off left it without its closing bracket.

#include "endpoint/endpoint.h"
#include "io/jsonl/jsonrecords.h"
#include "io/rowwriter.h"

#include <QFile>

namespace barge {

class JsonlTableWriter : public RowWriter
{
public:
    JsonlTableWriter(const Endpoint &endpoint, const QString &table);

    void setStopAtFirstError(bool stop) override { m_stopAtFirstError = stop; }
    bool open(QString *error) override;
    bool prepare(const TableSchema &target, TableMode mode, QString *error) override;
    bool begin(QString *) override { return true; }
    bool write(const QList<Row> &rows, QList<RowError> *rowErrors, QString *error) override;
    bool commit(QString *error) override;
    void rollback() override {}
    bool finish(QString *error) override;
    QString describe() const override;
    qint64 countRows(QString *error) override;

    // One row as a JSON object, or false with *why.
    static bool encode(const QList<QByteArray> &keys, const QList<DataType> &types, const Row &row, QByteArray *out,
                       QString *why);

private:
    // Array framing: opens an existing array to go on after its last element.
    bool reopenArray(QString *error);

    Endpoint m_endpoint;
    JsonRecords::Framing m_framing;
    bool m_firstElement = true; // array framing: no element written yet
    QByteArray m_one;           // array framing: one encoded row
    QString m_table;
    QFile m_file;
    QList<QByteArray> m_keys; // the columns' names as JSON strings
    QList<DataType> m_types;
    QByteArray m_buffer;
    bool m_stopAtFirstError = false;
};

} // namespace barge
