#include "io/spillfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace barge {

namespace {

constexpr qsizetype bufferSize = 1 << 20;

} // namespace

SpillFile::~SpillFile()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

bool SpillFile::open(const char *prefix)
{
#ifdef Q_OS_UNIX
    QByteArray path = QFile::encodeName(QDir(QDir::tempPath()).filePath(QString::fromLatin1(prefix) + QStringLiteral("-XXXXXX")));
    m_fd = ::mkstemp(path.data());
    if (m_fd >= 0)
        ::unlink(path.constData()); // gone from the folder now; the descriptor keeps it
    m_buffer.reserve(bufferSize + 4096);
#else
    Q_UNUSED(prefix)
#endif
    m_failed = m_fd < 0;
    return !m_failed;
}

void SpillFile::putText(QStringView text)
{
    put<qint32>(qint32(text.size()));
    append(text.data(), text.size() * qsizetype(sizeof(QChar)));
}

void SpillFile::putBytes(QByteArrayView bytes)
{
    put<qint32>(qint32(bytes.size()));
    append(bytes.data(), bytes.size());
}

void SpillFile::endRecord()
{
    m_size = m_written + m_buffer.size();
    if (m_failed || m_size > limit) {
        m_failed = true;
        m_buffer = QByteArray(); // nothing more is kept
    } else if (m_buffer.size() >= bufferSize) {
        flush();
    }
}

void SpillFile::flush()
{
#ifdef Q_OS_UNIX
    const char *data = m_buffer.constData();
    qsizetype left = m_buffer.size();
    while (!m_failed && left > 0) {
        const ssize_t written = ::write(m_fd, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            m_failed = true;
        else
            data += written, left -= written, m_written += written;
    }
#endif
    m_buffer.resize(0); // keeps its capacity (clear() would not)
}

bool SpillFile::finish()
{
    flush();
    return !m_failed;
}

SpillFileReader::SpillFileReader(std::shared_ptr<const SpillFile> spill, qint64 start, qint64 end)
    : m_spill(std::move(spill)), m_start(start), m_end(end)
{
}

bool SpillFileReader::ensure(qint64 bytes)
{
    if (m_buffer.size() - m_at >= bytes)
        return true;
    if (!m_error.isEmpty())
        return false;
    m_buffer.remove(0, m_at);
    m_at = 0;
    // Where the buffer ends in the file, and what is left of the run after it.
    const qint64 offset = m_start + m_consumed + m_buffer.size();
    const qint64 left = m_end - offset;
    const qint64 want = qMin(left, qMax<qint64>(bufferSize, bytes - m_buffer.size()));
    QString why = QCoreApplication::translate("barge::SpillFile", "end of file");
#ifdef Q_OS_UNIX
    if (want > 0) {
        const qsizetype had = m_buffer.size();
        m_buffer.resize(had + qsizetype(want));
        qint64 got = 0;
        while (got < want) {
            const ssize_t read = ::pread(m_spill->descriptor(), m_buffer.data() + had + got, size_t(want - got), off_t(offset + got));
            if (read < 0 && errno == EINTR)
                continue;
            if (read <= 0) {
                if (read < 0)
                    why = QString::fromLocal8Bit(std::strerror(errno));
                break;
            }
            got += read;
        }
        m_buffer.resize(had + qsizetype(got));
    }
#endif
    if (m_buffer.size() >= bytes)
        return true;
    m_error = QCoreApplication::translate("barge::SpillFile", "the rows kept from the scan cannot be read back (%1)").arg(why);
    return false;
}

bool SpillFileReader::takeText(QString *text)
{
    qint32 length = 0;
    if (!take(&length))
        return false;
    const qint64 bytes = qint64(length) * qint64(sizeof(QChar));
    if (!ensure(bytes))
        return false;
    // A new string rather than the old one resized: that one is most often still shared with a
    // row handed on, and detaching it would copy it first.
    *text = QString(reinterpret_cast<const QChar *>(m_buffer.constData() + m_at), length);
    skip(bytes);
    return true;
}

bool SpillFileReader::takeBytes(QByteArray *bytes)
{
    qint32 length = 0;
    if (!take(&length))
        return false;
    if (!ensure(length))
        return false;
    *bytes = QByteArray(m_buffer.constData() + m_at, length);
    skip(length);
    return true;
}

} // namespace barge
