#include "io/jsonl/jsonltablereader.h"

#include "endpoint/nestedobjects.h"
#include "io/jsonl/jsonlintrospector.h"
#include "schema/jsontext.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace barge {

JsonlTableReader::JsonlTableReader(const Endpoint &endpoint, const QString &table)
    : m_endpoint(endpoint), m_table(table)
{
}

bool JsonlTableReader::open(QString *error)
{
    m_file.setFileName(JsonlIntrospector::fileForTable(m_endpoint, m_table));
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_fileSize = m_file.size();
    m_snapshot.asOf = m_file.fileTime(QFileDevice::FileModificationTime).toUTC();
    std::shared_ptr<const JsonlSpill> spill;
    m_layout = JsonlIntrospector::layoutOf(m_endpoint, m_file.fileName(), error, &spill);
    if (!m_layout)
        return false;
    m_schema = m_layout->schema();
    m_schema.name = m_table;
    m_parser.setWholeObjects(NestedObjects::kept(m_endpoint));
    const JsonRecords::Framing framing = JsonRecords::framingOf(m_endpoint);
    if (spill)
        m_spill = std::make_unique<JsonlSpillReader>(std::move(spill));
    else
        m_lines = JsonRecords::open(&m_file, framing);
    m_positionFormat = QFileInfo(m_file.fileName()).fileName() + u' ' + JsonRecords::recordNoun(framing) + QStringLiteral(" %1");
    return true;
}

QString JsonlTableReader::put(int column, const JsonlValue &value, Row *row) const
{
    const DataType &type = m_schema.columns.at(column).type;
    const QString misfit = m_layout->misfit(column, value, type);
    if (!misfit.isEmpty())
        return misfit;
    if (value.kind == JsonlValue::Kind::Null)
        return QString();
    const TypeKind kind = type.kind;
    if (value.kind == JsonlValue::Kind::String && m_layout->format().covers(kind)) {
        QString canonical;
        if (!m_layout->format().toCanonical(value.text, kind, &canonical))
            return QCoreApplication::translate("barge::JsonlTableReader", "key '%1': %2")
                .arg(value.path, m_layout->format().refusal(value.text, kind));
        (*row)[column] = canonical;
    } else if (kind == TypeKind::Json)
        (*row)[column] = value.json();
    else if (kind == TypeKind::Boolean)
        (*row)[column] = value.boolean;
    else
        (*row)[column] = value.text;
    return QString();
}

QString JsonlTableReader::rowOf(const QList<JsonlValue> &values, const QStringList &objects, Row *row) const
{
    const QString conflict = m_layout->fit(values, objects);
    if (!conflict.isEmpty())
        return conflict;
    row->resize(m_layout->columnCount()); // a key missing from the line is NULL
    for (qsizetype i = 0; i < values.size(); ++i) {
        const JsonlValue &value = values.at(i);
        const int column = m_layout->indexOf(value.path, i);
        if (column < 0)
            return QCoreApplication::translate("barge::JsonlTableReader", "key '%1' was not in the file when it was scanned").arg(value.path);
        const QString problem = put(column, value, row);
        if (!problem.isEmpty())
            return problem;
    }
    return QString();
}

QString JsonlTableReader::rowOf(JsonlSpilledRecord &record, Row *row) const
{
    // It fitted the layout when it was scanned, and the layout only grew: each value is checked
    // against its column's final type, as a line read from the file is.
    row->resize(m_layout->columnCount());
    for (qsizetype i = 0; i < record.values.size(); ++i) {
        JsonlValue &value = record.values[i];
        const int column = record.columns.at(i);
        if (column < 0 || column >= m_layout->columnCount())
            return QCoreApplication::translate("barge::JsonlTableReader", "the records kept from the scan do not match the file's columns");
        value.path = m_layout->columnName(column);
        const QString problem = put(column, value, row);
        if (!problem.isEmpty())
            return problem;
    }
    return QString();
}

bool JsonlTableReader::nextRecord(qint64 *number, QByteArray *bytes, Row *row, QString *problem)
{
    if (!m_spill) {
        if (!m_lines->next(bytes, number, problem))
            return false;
        if (problem->isEmpty() && m_parser.parse(*bytes, &m_values, &m_objects, problem))
            *problem = rowOf(m_values, m_objects, row);
        return true;
    }
    if (!m_spill->next(&m_spilled))
        return false;
    *number = m_spilled.number;
    *problem = m_spilled.problem;
    if (m_spilled.parsed) {
        *problem = rowOf(m_spilled, row);
        if (!problem->isEmpty()) {
            // The record as JSON, for the rejects file: its bytes were not kept.
            QString json = QStringLiteral("{");
            for (const JsonlValue &value : std::as_const(m_spilled.values))
                json += (json.size() > 1 ? QStringLiteral(",") : QString()) + JsonText::quote(value.path) + u':' + value.json();
            *bytes = (json + u'}').toUtf8();
        }
        return true;
    }
    *bytes = m_spilled.bytes;
    // Rejected when scanned: parsed again, for the reason.
    if (problem->isEmpty() && m_parser.parse(*bytes, &m_values, &m_objects, problem))
        *problem = rowOf(m_values, m_objects, row);
    return true;
}

qint64 JsonlTableReader::fileBytesRead() const
{
    if (!m_spill)
        return m_lines->bytesRead();
    const qint64 total = m_spill->totalBytes();
    return total > 0 ? qint64(double(m_fileSize) * double(m_spill->bytesRead()) / double(total)) : m_fileSize;
}

bool JsonlTableReader::read(RowBatch &batch, int maxRows)
{
    batch.positionFormat = m_positionFormat;
    const qsizetype rowsBefore = batch.rows.size();
    const qsizetype rejectedBefore = batch.rejected.size();
    QByteArray line;
    QString problem;
    for (int n = 0; n < maxRows && !m_done && fileBytesRead() - m_lastBytes < batchBytes; ++n) {
        qint64 number = 0;
        Row row;
        if (!nextRecord(&number, &line, &row, &problem)) {
            m_done = true;
            break;
        }
        if (problem.isEmpty()) {
            batch.rows.append(row);
            batch.positions.append(number);
        } else {
            // The line as it was, for the rejects file (as text when it is UTF-8 at all).
            const Row asRead{QString::fromUtf8(line.left(4096))};
            batch.rejected.append(RejectedRow{asRead, number, m_positionFormat.arg(number), problem});
        }
    }
    const QString failure = m_spill ? m_spill->error() : m_lines->error();
    if (!failure.isEmpty()) {
        m_error = QStringLiteral("%1: %2").arg(m_file.fileName(), failure);
        return false;
    }
    const qint64 bytes = fileBytesRead();
    batch.bytes += bytes - m_lastBytes;
    m_lastBytes = bytes;
    return batch.rows.size() > rowsBefore || batch.rejected.size() > rejectedBefore || !m_done;
}

} // namespace barge
