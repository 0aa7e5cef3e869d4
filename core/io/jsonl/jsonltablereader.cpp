#include "io/jsonl/jsonltablereader.h"

#include "endpoint/nestedobjects.h"
#include "io/jsonl/jsonlintrospector.h"

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
    m_snapshot.asOf = m_file.fileTime(QFileDevice::FileModificationTime).toUTC();
    m_layout = JsonlIntrospector::layoutOf(m_endpoint, m_file.fileName(), error);
    if (!m_layout)
        return false;
    m_schema = m_layout->schema();
    m_schema.name = m_table;
    m_parser.setWholeObjects(NestedObjects::kept(m_endpoint));
    const JsonRecords::Framing framing = JsonRecords::framingOf(m_endpoint);
    m_lines = JsonRecords::open(&m_file, framing);
    m_positionFormat = QFileInfo(m_file.fileName()).fileName() + u' ' + JsonRecords::recordNoun(framing) + QStringLiteral(" %1");
    return true;
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
        const DataType &type = m_schema.columns.at(column).type;
        const QString misfit = m_layout->misfit(column, value, type);
        if (!misfit.isEmpty())
            return misfit;
        if (value.kind == JsonlValue::Kind::Null)
            continue;
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
    }
    return QString();
}

bool JsonlTableReader::read(RowBatch &batch, int maxRows)
{
    batch.positionFormat = m_positionFormat;
    const qsizetype rowsBefore = batch.rows.size();
    const qsizetype rejectedBefore = batch.rejected.size();
    QByteArray line;
    QList<JsonlValue> values;
    QStringList objects;
    QString problem;
    for (int n = 0; n < maxRows && !m_done && m_lines->bytesRead() - m_lastBytes < batchBytes; ++n) {
        qint64 number = 0;
        if (!m_lines->next(&line, &number, &problem)) {
            m_done = true;
            break;
        }
        Row row;
        if (problem.isEmpty() && m_parser.parse(line, &values, &objects, &problem))
            problem = rowOf(values, objects, &row);
        if (problem.isEmpty()) {
            batch.rows.append(row);
            batch.positions.append(number);
        } else {
            // The line as it was, for the rejects file (as text when it is UTF-8 at all).
            const Row asRead{QString::fromUtf8(line.left(4096))};
            batch.rejected.append(RejectedRow{asRead, number, m_positionFormat.arg(number), problem});
        }
    }
    if (!m_lines->error().isEmpty()) {
        m_error = QStringLiteral("%1: %2").arg(m_file.fileName(), m_lines->error());
        return false;
    }
    const qint64 bytes = m_lines->bytesRead();
    batch.bytes += bytes - m_lastBytes;
    m_lastBytes = bytes;
    return batch.rows.size() > rowsBefore || batch.rejected.size() > rejectedBefore || !m_done;
}

} // namespace barge
