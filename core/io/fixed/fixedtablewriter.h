#pragma once
// FixedTableWriter: writes a table into a record file by the target URL's layout (layout= or
// copybook=), in its code page and record format: fixed-width text for a legacy system, or EBCDIC
// records with zoned and packed decimals. Each column goes into the layout's field of the same name
// (case-insensitive); a column without one fails prepare() before anything is written. A row whose
// value does not fit its field is refused with the field and why, never cut or rounded.

#include "io/fixed/fixedsource.h"
#include "io/fixed/recordencoder.h"
#include "io/rowwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <memory>

namespace barge {

class FixedTableWriter : public RowWriter
{
    Q_DECLARE_TR_FUNCTIONS(barge::FixedTableWriter)

public:
    FixedTableWriter(const Endpoint &endpoint, const QString &table);

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
    void frame(const QByteArray &record);

    Endpoint m_endpoint;
    QString m_table;
    QFile m_file;
    std::optional<FixedSource> m_source;
    std::unique_ptr<RecordEncoder> m_encoder;
    QList<int> m_fieldOfColumn;
    QList<DataType> m_types;
    QByteArray m_buffer;
    bool m_stopAtFirstError = false;
};

} // namespace barge
