#include "io/fixed/fixedtablereader.h"

#include "base/plural.h"
#include <QFileInfo>

namespace barge {

FixedTableReader::FixedTableReader(const Endpoint &endpoint, const QString &table)
    : m_endpoint(endpoint), m_table(table)
{
}

bool FixedTableReader::open(QString *error)
{
    m_source = FixedSource::fromEndpoint(m_endpoint, error);
    if (!m_source)
        return false;
    m_file.setFileName(m_endpoint.path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_snapshot.asOf = m_file.fileTime(QFileDevice::FileModificationTime).toUTC();
    m_records = std::make_unique<RecordFile>(&m_file, m_source->format, m_source->recordLength);
    m_decoder = std::make_unique<RecordDecoder>(m_source->layout, m_source->page);
    m_schema.name = m_table;
    for (const RecordField &field : m_source->layout.fields) {
        ColumnSchema column;
        column.name = field.name;
        column.type = field.columnType();
        m_schema.columns << column;
    }
    m_positionFormat = QFileInfo(m_file.fileName()).fileName() + tr(" record %1");
    return true;
}

void FixedTableReader::setTypeHints(const QList<DataType> &columnTypes)
{
    m_typed.clear();
    QList<bool> aligned;
    const QList<RecordField> &fields = m_source->layout.fields;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const DataType type = columnTypes.value(i, DataType::text());
        const bool typed = fields.at(i).encoding == RecordField::Encoding::Text && !type.isTextual();
        m_typed << (typed && m_source->local.covers(type.kind) ? type.kind : TypeKind::Text);
        aligned << typed;
    }
    m_decoder->setAligned(aligned);
}

// Text fields read as numbers, dates or booleans arrive without the blanks that align them (a
// blank one NULL: RecordDecoder::setAligned); the local format (1.234,56; 31.12.2023) gives their
// canonical text.
bool FixedTableReader::typeText(Row &row, QString *why)
{
    for (qsizetype i = 0; i < m_typed.size() && i < row.size(); ++i) {
        const TypeKind kind = m_typed.at(i);
        if (kind == TypeKind::Text || !row.at(i).isValid())
            continue;
        const QString text = row.at(i).toString();
        QString canonical;
        if (!m_source->local.toCanonical(text, kind, &canonical)) {
            *why = tr("field %1: %2").arg(m_schema.columns.at(i).name, m_source->local.refusal(text, kind));
            return false;
        }
        row[i] = canonical;
    }
    return true;
}

bool FixedTableReader::read(RowBatch &batch, int maxRows)
{
    batch.positionFormat = m_positionFormat;
    const qsizetype rowsBefore = batch.rows.size();
    const qsizetype rejectedBefore = batch.rejected.size();
    QByteArray record;
    QString problem;
    for (int n = 0; n < maxRows && !m_done && m_records->bytesRead() - m_lastBytes < batchBytes; ++n) {
        qint64 number = 0, offset = 0;
        if (!m_records->next(&record, &number, &offset, &problem)) {
            m_done = true;
            break;
        }
        Row row;
        if (problem.isEmpty() && m_decoder->decode(record, &row, &problem) && !m_typed.isEmpty())
            typeText(row, &problem);
        if (problem.isEmpty() && m_source->format == RecordFile::Format::Text
            && record.size() > m_source->recordLength) {
            // Bytes past the layout's last field would be lost: only padding may be there.
            const QString rest = m_decoder->show(QByteArrayView(record).sliced(m_source->recordLength));
            if (!rest.trimmed().isEmpty())
                problem = pluralText(tr("%1 byte(s) past the layout's last field (byte %2 on): '%3'", nullptr,
                                        pluralCount(record.size() - m_source->recordLength)),
                                     record.size() - m_source->recordLength)
                              .arg(record.size() - m_source->recordLength)
                              .arg(m_source->recordLength + 1).arg(rest.left(40));
        }
        if (problem.isEmpty()) {
            batch.rows.append(row);
            batch.positions.append(number);
        } else {
            const QString where = tr("byte %1 of the file: %2").arg(offset).arg(problem);
            batch.rejected.append(RejectedRow{Row{m_decoder->show(record)}, number, m_positionFormat.arg(number), where});
        }
    }
    if (!m_records->error().isEmpty()) {
        m_error = QStringLiteral("%1: %2").arg(m_file.fileName(), m_records->error());
        return false;
    }
    const qint64 bytes = m_records->bytesRead();
    batch.bytes += bytes - m_lastBytes;
    m_lastBytes = bytes;
    return batch.rows.size() > rowsBefore || batch.rejected.size() > rejectedBefore || !m_done;
}

} // namespace barge
