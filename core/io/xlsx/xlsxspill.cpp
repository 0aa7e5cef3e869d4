#include "io/xlsx/xlsxspill.h"

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

template <typename T>
void put(QByteArray *buffer, T value)
{
    buffer->append(reinterpret_cast<const char *>(&value), qsizetype(sizeof value));
}

} // namespace

XlsxSpill::~XlsxSpill()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

bool XlsxSpill::open()
{
#ifdef Q_OS_UNIX
    QByteArray path = QFile::encodeName(QDir(QDir::tempPath()).filePath(QStringLiteral("barge-xlsx-XXXXXX")));
    m_fd = ::mkstemp(path.data());
    if (m_fd >= 0)
        ::unlink(path.constData()); // gone from the folder now; the descriptor keeps it
    m_buffer.reserve(bufferSize + 4096);
#endif
    m_failed = m_fd < 0;
    return !m_failed;
}

void XlsxSpill::beginSheet()
{
    m_starts.append(m_size);
}

void XlsxSpill::add(const XlsxRow &row)
{
    if (m_failed)
        return;
    const qsizetype before = m_buffer.size();
    put<qint64>(&m_buffer, row.number);
    put<qint32>(&m_buffer, qint32(row.cells.size()));
    for (const XlsxCell &cell : row.cells) {
        put<qint32>(&m_buffer, cell.column);
        put<qint32>(&m_buffer, qint32(cell.kind));
        put<qint32>(&m_buffer, qint32(cell.text.size()));
        m_buffer.append(reinterpret_cast<const char *>(cell.text.constData()), cell.text.size() * qsizetype(sizeof(QChar)));
    }
    m_size += m_buffer.size() - before;
    if (m_size > limit)
        m_failed = true;
    else if (m_buffer.size() >= bufferSize)
        flush();
}

void XlsxSpill::flush()
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
            data += written, left -= written;
    }
#endif
    m_buffer.clear();
}

bool XlsxSpill::finish()
{
    flush();
    return !m_failed;
}

XlsxSpillReader::XlsxSpillReader(std::shared_ptr<const XlsxSpill> spill, int sheet)
    : m_spill(std::move(spill)), m_start(m_spill->start(sheet)), m_end(m_spill->end(sheet))
{
}

bool XlsxSpillReader::ensure(qint64 bytes)
{
    if (m_buffer.size() - m_at >= bytes)
        return true;
    m_buffer.remove(0, m_at);
    m_at = 0;
    // Where the buffer ends in the file, and what is left of the sheet after it.
    const qint64 offset = m_start + m_consumed + m_buffer.size();
    const qint64 left = m_end - offset;
    const qint64 want = qMin(left, qMax<qint64>(bufferSize, bytes - m_buffer.size()));
    QString why;
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
                why = read < 0 ? QString::fromLocal8Bit(std::strerror(errno)) : QStringLiteral("end of file");
                break;
            }
            got += read;
        }
        m_buffer.resize(had + qsizetype(got));
    }
#endif
    if (m_buffer.size() >= bytes)
        return true;
    m_error = QCoreApplication::translate("barge::XlsxSpill", "the rows kept from the scan cannot be read back (%1)").arg(why);
    return false;
}

template <typename T>
T XlsxSpillReader::take()
{
    T value;
    std::memcpy(&value, m_buffer.constData() + m_at, sizeof value);
    m_at += qsizetype(sizeof value);
    m_consumed += qint64(sizeof value);
    return value;
}

bool XlsxSpillReader::next(XlsxRow *row)
{
    if (m_consumed >= m_end - m_start || !m_error.isEmpty())
        return false;
    if (!ensure(12))
        return false;
    row->number = take<qint64>();
    const qint32 count = take<qint32>();
    row->cells.resize(count);
    for (XlsxCell &cell : row->cells) {
        if (!ensure(12))
            return false;
        cell.column = take<qint32>();
        cell.kind = XlsxCell::Kind(take<qint32>());
        const qint32 length = take<qint32>();
        const qint64 bytes = qint64(length) * qint64(sizeof(QChar));
        if (!ensure(bytes))
            return false;
        cell.text.resize(length);
        std::memcpy(cell.text.data(), m_buffer.constData() + m_at, size_t(bytes));
        m_at += qsizetype(bytes);
        m_consumed += bytes;
    }
    return true;
}

} // namespace barge
