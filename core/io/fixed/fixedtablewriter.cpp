#include "io/fixed/fixedtablewriter.h"

#include <QDir>
#include <QFileInfo>

namespace barge {

namespace {

constexpr qsizetype flushBytes = 1 << 20;

QByteArray bigEndian16(int value)
{
    return QByteArray(1, char((value >> 8) & 0xFF)) + char(value & 0xFF);
}

} // namespace

FixedTableWriter::FixedTableWriter(const Endpoint &endpoint, const QString &table) : m_endpoint(endpoint), m_table(table)
{
}

QString FixedTableWriter::describe() const
{
    return QFileInfo(m_endpoint.path).fileName();
}

bool FixedTableWriter::open(QString *error)
{
    m_source = FixedSource::fromEndpoint(m_endpoint, error);
    if (!m_source)
        return false;
    m_file.setFileName(m_endpoint.path);
    const QString folder = QFileInfo(m_endpoint.path).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = tr("%1: cannot create the folder").arg(folder);
        return false;
    }
    return true;
}

bool FixedTableWriter::prepare(const TableSchema &target, TableMode mode, QString *error)
{
    const QList<RecordField> &fields = m_source->layout.fields;
    m_fieldOfColumn.clear();
    m_types.clear();
    for (const ColumnSchema &column : target.columns) {
        int found = -1;
        for (qsizetype f = 0; f < fields.size() && found < 0; ++f) {
            if (fields.at(f).name.compare(column.name, Qt::CaseInsensitive) == 0)
                found = int(f);
        }
        if (found < 0) {
            *error = tr("%1: column %2 has no field in the layout (map it to one of its fields, or leave it out)")
                         .arg(describe(), column.name);
            return false;
        }
        m_fieldOfColumn << found;
        m_types << column.type;
    }
    const bool append = mode == TableMode::Append && m_file.exists() && m_file.size() > 0;
    if (!m_file.open(append ? (QIODevice::WriteOnly | QIODevice::Append) : (QIODevice::WriteOnly | QIODevice::Truncate))) {
        *error = QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    RecordLayout layout = m_source->layout;
    layout.recordLength = m_source->recordLength;
    m_encoder = std::make_unique<RecordEncoder>(layout, m_source->page, m_source->local);
    return true;
}

// The record in the file's record format: a line, as it is (F), or after its descriptor words.
void FixedTableWriter::frame(const QByteArray &record)
{
    switch (m_source->format) {
    case RecordFile::Format::Text: {
        // A line ends where its text does: trailing padding is not written.
        qsizetype end = record.size();
        while (end > 0 && record.at(end - 1) == ' ')
            --end;
        m_buffer.append(record.constData(), end).append('\n');
        break;
    }
    case RecordFile::Format::Fixed:
        m_buffer.append(record);
        break;
    case RecordFile::Format::VariableBlocked:
        m_buffer.append(bigEndian16(int(record.size()) + 8)).append(2, '\0'); // a block of one record
        Q_FALLTHROUGH();
    case RecordFile::Format::Variable:
        m_buffer.append(bigEndian16(int(record.size()) + 4)).append(2, '\0').append(record);
        break;
    }
}

bool FixedTableWriter::write(const QList<Row> &rows, QList<RowError> *rowErrors, QString *error)
{
    QByteArray record;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QString why;
        if (!m_encoder->encode(rows.at(i), m_fieldOfColumn, m_types, &record, &why)) {
            rowErrors->append(RowError{int(i), why});
            if (m_stopAtFirstError)
                break;
            continue;
        }
        frame(record);
        if (m_buffer.size() >= flushBytes && !commit(error))
            return false;
    }
    return true;
}

bool FixedTableWriter::commit(QString *error)
{
    if (!m_buffer.isEmpty() && m_file.write(m_buffer) != m_buffer.size()) {
        *error = QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_buffer.resize(0);
    if (m_file.isOpen() && !m_file.flush()) {
        *error = QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

qint64 FixedTableWriter::countRows(QString *error)
{
    if (!commit(error))
        return -1;
    QFile file(m_file.fileName());
    if (!file.exists())
        return 0;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        return -1;
    }
    RecordFile records(&file, m_source->format, m_source->recordLength);
    QByteArray record;
    qint64 number = 0, offset = 0, rows = 0;
    QString problem;
    while (records.next(&record, &number, &offset, &problem))
        ++rows;
    return rows;
}

bool FixedTableWriter::finish(QString *error)
{
    const bool ok = commit(error);
    m_file.close();
    return ok;
}

} // namespace barge
