#include "io/csv/csvtablereader.h"

#include "base/plural.h"
#include "io/csv/csvintrospector.h"
#include "io/csv/csvparser.h"

#include <QFileInfo>

namespace barge {

CsvTableReader::CsvTableReader(const Endpoint &endpoint, const QString &table)
    : m_endpoint(endpoint), m_table(table)
{
}

CsvTableReader::~CsvTableReader() = default;

bool CsvTableReader::open(QString *error)
{
    const std::optional<CsvDialect> dialect = CsvDialect::fromEndpoint(m_endpoint, error);
    if (!dialect)
        return false;
    m_file.setFileName(CsvIntrospector::fileForTable(m_endpoint, m_table));
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_format = dialect->format;
    m_snapshot.asOf = m_file.fileTime(QFileDevice::FileModificationTime).toUTC();
    m_parser = std::make_unique<CsvParser>(&m_file, *dialect);
    if (!m_parser->start()) {
        *error = QStringLiteral("%1: %2").arg(m_file.fileName(), m_parser->error());
        return false;
    }
    m_positionFormat = QFileInfo(m_file.fileName()).fileName() + tr(" line %1");
    // The header (or the first record's width) names the columns; no type scan here, the plan
    // already carries the types.
    QString problem;
    m_schema.name = m_table;
    if (!m_parser->readRecord(m_record, &problem)) {
        m_done = true;
        m_record.clear();
    }
    const QStringList names = CsvIntrospector::columnNames(m_record, int(m_record.size()), dialect->header);
    for (const QString &name : names) {
        ColumnSchema column;
        column.name = name;
        m_schema.columns << column;
    }
    m_firstLine = m_parser->recordLine();
    if (dialect->header)
        m_record.clear(); // consumed; otherwise the first record is data and read() returns it first
    return !m_range || startRange(error);
}

bool CsvTableReader::restrictToRange(const QString &column, const KeyRange &range)
{
    if (column != KeyRange::records())
        return false;
    m_range = range;
    return true;
}

bool CsvTableReader::startRange(QString *error)
{
    const KeyRange &range = *m_range;
    if (range.first == LLONG_MIN)
        return true; // the whole file (CsvIntrospector::splitRecords gives every part its start)
    // A file changed since it was split (a resume after an edit, another copy of the file) may no
    // longer have a record start at the part's first byte or end, and reading from inside a record
    // would load garbage: the bytes around both edges must be the ones seen when it was split.
    quint32 check = 0;
    if (!CsvIntrospector::partCheck(&m_file, range, &check) || check != range.check) {
        *error = tr("%1 changed since it was split into parts: the bytes around byte %2 (line %3) are not the ones "
                    "seen then. Start the run over.")
                     .arg(m_file.fileName(), groupedNumbers().toString(range.first), groupedNumbers().toString(range.firstLine));
        return false;
    }
    m_record.clear(); // a first record open() kept as data is read again from the part's start
    if (!m_parser->restartAt(range.first, range.firstLine, range.last == LLONG_MAX ? -1 : range.last + 1)) {
        *error = QStringLiteral("%1: %2").arg(m_file.fileName(), m_parser->error());
        return false;
    }
    m_lastBytes = range.first;
    return true;
}

// A column whose target is a kind the local format covers is read in the format (localize());
// the parser then leaves it as text, since "1.234" is not the number it would parse in place.
void CsvTableReader::setTypeHints(const QList<DataType> &columnTypes)
{
    QList<DataType> parserHints = columnTypes;
    m_local.clear();
    for (DataType &type : parserHints) {
        const bool local = m_format.covers(type.kind);
        m_local << (local ? type.kind : TypeKind::Text);
        if (local)
            type = DataType::text();
    }
    if (m_local.count(TypeKind::Text) == m_local.size())
        m_local.clear();
    m_parser->setTypeHints(parserHints);
}

bool CsvTableReader::localize(Row &record, QString *why)
{
    const qsizetype n = std::min(record.size(), m_local.size());
    for (qsizetype i = 0; i < n; ++i) {
        const TypeKind kind = m_local.at(i);
        QVariant &value = record[i];
        if (kind == TypeKind::Text || value.typeId() != QMetaType::QString)
            continue;
        const QString &text = *static_cast<const QString *>(value.constData());
        if (!m_format.toCanonical(text, kind, &m_canonical)) {
            *why = tr("column %1: %2").arg(m_schema.columns.at(i).name, m_format.refusal(text, kind));
            return false;
        }
        value = m_canonical;
    }
    return true;
}

qint64 CsvTableReader::totalBytes() const
{
    return m_file.size();
}

bool CsvTableReader::read(RowBatch &batch, int maxRows)
{
    batch.positionFormat = m_positionFormat;
    const int width = m_schema.columns.size();
    const qsizetype rowsBefore = batch.rows.size();
    const qsizetype rejectedBefore = batch.rejected.size();
    batch.rows.reserve(batch.rows.size() + maxRows);
    batch.positions.reserve(batch.positions.size() + maxRows);
    QString problem;
    for (int n = 0; n < maxRows && !m_done && m_parser->bytesRead() - m_lastBytes < batchBytes; ++n) {
        qint64 line = 0;
        if (!m_record.isEmpty()) {
            line = m_firstLine; // the first record, kept by open() when the file has no header
        } else if (!m_parser->readRecord(m_record, &problem)) {
            m_done = true;
            break;
        } else {
            line = m_parser->recordLine();
        }
        if (problem.isEmpty() && m_record.size() == width && !m_local.isEmpty())
            localize(m_record, &problem);
        if (!problem.isEmpty() || m_record.size() != width) {
            const QString reason = !problem.isEmpty()
                ? problem
                : pluralText(tr("expected %1 field(s), found %2", nullptr, pluralCount(width)), width).arg(width).arg(m_record.size());
            batch.rejected.append(RejectedRow{m_record, line, m_positionFormat.arg(line), reason});
            problem.clear();
        } else {
            batch.rows.append(m_record);
            batch.positions.append(line);
        }
        // The record now belongs to the batch; a fresh one with room for a row avoids regrowing.
        m_record = Row();
        m_record.reserve(width);
    }
    if (!m_parser->error().isEmpty()) {
        m_error = QStringLiteral("%1: %2").arg(m_file.fileName(), m_parser->error());
        return false;
    }
    const qint64 bytes = m_parser->bytesRead();
    batch.bytes += bytes - m_lastBytes;
    m_lastBytes = bytes;
    return batch.rows.size() > rowsBefore || batch.rejected.size() > rejectedBefore || !m_done;
}

} // namespace barge
