#pragma once
// CsvTableWriter: writes one table as a CSV file (a file endpoint) or <table>.csv in a folder
// endpoint. Append adds rows to an existing file without repeating the header.

#include "endpoint/endpoint.h"
#include "io/csv/csvdialect.h"
#include "io/rowwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <memory>

namespace barge {

class CsvWriter;

class CsvTableWriter : public RowWriter
{
    Q_DECLARE_TR_FUNCTIONS(barge::CsvTableWriter)

public:
    CsvTableWriter(const Endpoint &endpoint, const QString &table);
    ~CsvTableWriter() override;

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

private:
    Endpoint m_endpoint;
    QString m_table;
    CsvDialect m_dialect;
    QFile m_file;
    std::unique_ptr<CsvWriter> m_writer;
    bool m_stopAtFirstError = false;
};

} // namespace barge
