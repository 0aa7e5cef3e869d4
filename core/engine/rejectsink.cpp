#include "engine/rejectsink.h"

#include "io/csv/csvwriter.h"

#include <QDir>
#include <QFileInfo>

namespace barge {

namespace {

// A table name may hold characters a file name cannot.
QString safeFileName(const QString &table)
{
    QString name = table;
    for (QChar &c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QChar(0))
            c = QLatin1Char('_');
    }
    return name + QStringLiteral(".rejects.csv");
}

} // namespace

RejectSink::RejectSink(const QString &folder, const QString &targetTable, const QStringList &sourceColumns)
    : m_columns(sourceColumns)
{
    m_file.setFileName(QDir(folder.isEmpty() ? QDir::currentPath() : folder).absoluteFilePath(safeFileName(targetTable)));
}

RejectSink::~RejectSink()
{
    QString ignored;
    flush(&ignored);
}

bool RejectSink::add(const Row &values, const QString &reason, const QString &origin, QString *error)
{
    if (!m_writer && !open(error))
        return false;
    // Fields past the known columns (a ragged line) follow _origin, so nothing read is dropped.
    Row record = values.mid(0, m_columns.size());
    while (record.size() < m_columns.size())
        record.append(QVariant());
    record.append(reason);
    record.append(origin);
    record.append(values.mid(m_columns.size()));
    m_writer->writeRecord(record);
    if (!m_writer->ok()) {
        *error = tr("cannot write rejected rows: %1").arg(m_writer->error());
        return false;
    }
    return true;
}

bool RejectSink::open(QString *error)
{
    QDir().mkpath(QFileInfo(m_file.fileName()).absolutePath());
    // Resuming: what the earlier run wrote after its last commit is cut off (those rows are read
    // and judged again), the rest stays and the header with it.
    const bool resume = m_resumeBytes > 0 && m_file.exists();
    const QIODevice::OpenMode mode = resume ? QIODevice::ReadWrite : QIODevice::WriteOnly | QIODevice::Truncate;
    if (!m_file.open(mode) || (resume && (!m_file.resize(m_resumeBytes) || !m_file.seek(m_resumeBytes)))) {
        *error = tr("cannot write rejected rows to %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    CsvDialect dialect;
    dialect.detectDelimiter = false;
    m_writer = std::make_unique<CsvWriter>(&m_file, dialect);
    if (!resume)
        m_writer->writeHeader(m_columns + QStringList{QStringLiteral("_error"), QStringLiteral("_origin")});
    return true;
}

bool RejectSink::resumeAfter(qint64 bytes, QString *error)
{
    m_resumeBytes = bytes;
    if (bytes > 0 && !m_file.exists()) {
        *error = tr("cannot resume: %1 is gone, and it held the rows rejected so far").arg(m_file.fileName());
        return false;
    }
    if (bytes == 0) {
        if (m_file.exists() && !m_file.remove()) {
            *error = tr("cannot remove %1: %2").arg(m_file.fileName(), m_file.errorString());
            return false;
        }
        return true;
    }
    return open(error);
}

qint64 RejectSink::size() const
{
    return m_writer ? m_file.size() : 0;
}

bool RejectSink::flush(QString *error)
{
    if (!m_writer)
        return true;
    m_writer->flush();
    if (!m_writer->ok() || !m_file.flush()) {
        *error = tr("cannot write rejected rows to %1: %2")
                     .arg(m_file.fileName(), m_writer->ok() ? m_file.errorString() : m_writer->error());
        return false;
    }
    return true;
}

} // namespace barge
