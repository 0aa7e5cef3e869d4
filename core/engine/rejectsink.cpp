#include "engine/rejectsink.h"

#include "io/csv/csvwriter.h"

#include <QDir>
#include <QFileInfo>

namespace barge {

namespace {

// A table name may hold characters a file name cannot.
QString safeFileName(const QString &table, int part = -1)
{
    QString name = table;
    for (QChar &c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QChar(0))
            c = QLatin1Char('_');
    }
    if (part >= 0)
        return name + QStringLiteral(".rejects.part%1.csv").arg(part, 4, 10, QLatin1Char('0'));
    return name + QStringLiteral(".rejects.csv");
}

QString pathIn(const QString &folder, const QString &name)
{
    return QDir(folder.isEmpty() ? QDir::currentPath() : folder).absoluteFilePath(name);
}

} // namespace

RejectSink::RejectSink(const QString &folder, const QString &targetTable, const QStringList &sourceColumns, int part)
    : m_columns(sourceColumns), m_part(part >= 0)
{
    m_file.setFileName(pathIn(folder, safeFileName(targetTable, part)));
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
    if (!resume && !m_part)
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

QString RejectSink::partFileName(const QString &folder, const QString &targetTable, int part)
{
    return pathIn(folder, safeFileName(targetTable, part));
}

bool RejectSink::mergeParts(const QString &folder, const QString &targetTable, const QStringList &sourceColumns, int parts,
                            bool keepParts, QString *merged, QString *error)
{
    const QString fileName = pathIn(folder, safeFileName(targetTable));
    QStringList found;
    for (int i = 0; i < parts; ++i) {
        const QString part = pathIn(folder, safeFileName(targetTable, i));
        if (QFileInfo(part).size() > 0)
            found << part;
        else if (!keepParts)
            QFile::remove(part);
    }
    merged->clear();
    if (found.isEmpty()) {
        if (QFile::exists(fileName))
            *merged = fileName;
        return true;
    }
    // Written beside the file and renamed over it: a crash leaves the parts, merged again by a resume.
    const QString temporary = fileName + QStringLiteral(".merging");
    QFile out(temporary);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("cannot write rejected rows to %1: %2").arg(temporary, out.errorString());
        return false;
    }
    {
        CsvDialect dialect;
        dialect.detectDelimiter = false;
        CsvWriter header(&out, dialect);
        header.writeHeader(sourceColumns + QStringList{QStringLiteral("_error"), QStringLiteral("_origin")});
        header.flush();
    }
    for (const QString &part : std::as_const(found)) {
        QFile in(part);
        if (!in.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read rejected rows from %1: %2").arg(part, in.errorString());
            return false;
        }
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 20);
            if (out.write(chunk) != chunk.size()) {
                *error = tr("cannot write rejected rows to %1: %2").arg(temporary, out.errorString());
                return false;
            }
        }
    }
    QFile::remove(fileName);
    if (!out.flush() || (out.close(), !QFile::rename(temporary, fileName))) {
        *error = tr("cannot write rejected rows to %1: %2").arg(fileName, out.errorString());
        return false;
    }
    for (const QString &part : std::as_const(found)) {
        if (!keepParts)
            QFile::remove(part);
    }
    *merged = fileName;
    return true;
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
