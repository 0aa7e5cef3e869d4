#include "io/csv/csvtablewriter.h"

#include "io/csv/csvintrospector.h"
#include "io/csv/csvparser.h"
#include "io/csv/csvwriter.h"

#include <QDir>
#include <QFileInfo>

namespace barge {

CsvTableWriter::CsvTableWriter(const Endpoint &endpoint, const QString &table)
    : m_endpoint(endpoint), m_table(table)
{
}

CsvTableWriter::~CsvTableWriter() = default;

QString CsvTableWriter::describe() const
{
    return QFileInfo(m_file.fileName()).fileName();
}

bool CsvTableWriter::open(QString *error)
{
    std::optional<CsvDialect> dialect = CsvDialect::fromEndpoint(m_endpoint, error);
    if (!dialect)
        return false;
    m_dialect = *dialect;
    m_dialect.detectDelimiter = false; // nothing to sniff in a file we write
    m_file.setFileName(CsvIntrospector::fileForTable(m_endpoint, m_table));
    const QString folder = QFileInfo(m_file.fileName()).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = tr("%1: cannot create the folder").arg(folder);
        return false;
    }
    return true;
}

bool CsvTableWriter::prepare(const TableSchema &target, TableMode mode, QString *error)
{
    const bool hasRows = m_file.exists() && m_file.size() > 0;
    const bool append = mode == TableMode::Append && hasRows;
    const QIODevice::OpenMode openMode = append ? (QIODevice::WriteOnly | QIODevice::Append)
                                                : (QIODevice::WriteOnly | QIODevice::Truncate);
    if (!m_file.open(openMode)) {
        *error = QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_writer = std::make_unique<CsvWriter>(&m_file, m_dialect);
    QList<TypeKind> kinds;
    for (const ColumnSchema &column : target.columns)
        kinds << column.type.kind;
    m_writer->setColumnKinds(kinds);
    if (!append && m_dialect.header)
        m_writer->writeHeader(target.columnNames());
    return true;
}

bool CsvTableWriter::write(const QList<Row> &rows, QList<RowError> *rowErrors, QString *error)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        // A character the file's code page cannot hold rejects its row rather than turn into '?'.
        const QString problem = m_writer->unwritable(rows.at(i));
        if (problem.isEmpty()) {
            m_writer->writeRecord(rows.at(i));
            continue;
        }
        rowErrors->append({int(i), problem});
        if (m_stopAtFirstError)
            break;
    }
    if (!m_writer->ok()) {
        *error = m_writer->error();
        return false;
    }
    return true;
}

bool CsvTableWriter::commit(QString *error)
{
    if (!m_writer)
        return true;
    m_writer->flush();
    if (!m_writer->ok() || !m_file.flush()) {
        *error = m_writer->ok() ? QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString())
                                : m_writer->error();
        return false;
    }
    return true;
}

qint64 CsvTableWriter::countRows(QString *error)
{
    // Records, not lines: a quoted field may hold line breaks, so the file is parsed again.
    if (m_writer)
        m_writer->flush();
    m_file.flush();
    QFile file(m_file.fileName());
    if (!file.exists())
        return 0;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        return -1;
    }
    CsvDialect dialect = m_dialect;
    CsvParser parser(&file, dialect);
    if (!parser.start()) {
        *error = parser.error();
        return -1;
    }
    QList<QVariant> record;
    QString problem;
    qint64 records = 0;
    while (parser.readRecord(record, &problem))
        ++records;
    return dialect.header && records > 0 ? records - 1 : records;
}

bool CsvTableWriter::finish(QString *error)
{
    const bool ok = commit(error);
    m_writer.reset();
    m_file.close();
    return ok;
}

} // namespace barge
