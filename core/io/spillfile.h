#pragma once
// SpillFile: records a source's scan read, kept in a temporary file so that the copy reads them back
// instead of parsing the source a second time (XlsxSpill, JsonlSpill). Values are stored in this
// process's byte order, text as UTF-16. The file is unlinked as soon as it is made and lives as long
// as its descriptor, so nothing is left behind however the process ends (the command line ends with
// _Exit). A spill that cannot be written (disk full) or grows past `limit` is unusable, and the copy
// parses the source again: memory stays flat either way. Written by one thread, then read by any
// number (SpillFileReader, with pread, which keeps no shared offset). POSIX only: elsewhere open()
// fails and nothing is spilt.

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <cstring>
#include <memory>

namespace barge {

class SpillFile
{
public:
    // Largest spill kept: past it the copy reads the source again, rather than fill the temporary folder.
    static constexpr qint64 limit = qint64(4) << 30;

    SpillFile() = default;
    SpillFile(const SpillFile &) = delete;
    SpillFile &operator=(const SpillFile &) = delete;
    ~SpillFile();

    // Creates the file in the temporary folder, named after `prefix` ("barge-xlsx") for as long as
    // it is not yet unlinked; false when it cannot (then nothing is spilt).
    bool open(const char *prefix);

    template <typename T>
    void put(T value)
    {
        append(&value, qsizetype(sizeof value));
    }
    // A length, then the UTF-16 code units.
    void putText(QStringView text);
    // A length, then the bytes.
    void putBytes(QByteArrayView bytes);
    // Ends a record: what is buffered counts against `limit`, and goes to the file once enough is.
    void endRecord();
    // Writes what is buffered; false when the spill is unusable (a write failed, or past `limit`).
    bool finish();

    int descriptor() const { return m_fd; }
    // Bytes of whole records so far.
    qint64 size() const { return m_size; }
    bool failed() const { return m_failed; }

private:
    void flush();
    // Into the buffer, whose capacity is kept from record to record.
    void append(const void *data, qsizetype size)
    {
        if (size == 0)
            return; // a null string's data is null, which memcpy must not be given
        const qsizetype at = m_buffer.size();
        m_buffer.resize(at + size);
        std::memcpy(m_buffer.data() + at, data, size_t(size));
    }

    int m_fd = -1;
    QByteArray m_buffer;
    qint64 m_written = 0; // in the file
    qint64 m_size = 0;    // written and buffered
    bool m_failed = false;
};

// Reads a run of bytes of a finished spill back, value by value as they were put.
class SpillFileReader
{
public:
    SpillFileReader(std::shared_ptr<const SpillFile> spill, qint64 start, qint64 end);

    bool atEnd() const { return m_consumed >= m_end - m_start || !m_error.isEmpty(); }
    // False (with error() set) when the spill cannot be read back.
    template <typename T>
    bool take(T *value)
    {
        if (!ensure(qint64(sizeof(T))))
            return false;
        std::memcpy(value, m_buffer.constData() + m_at, sizeof(T));
        skip(qint64(sizeof(T)));
        return true;
    }
    bool takeText(QString *text);
    bool takeBytes(QByteArray *bytes);

    QString error() const { return m_error; }
    // Bytes of the run read so far, and in all.
    qint64 bytesRead() const { return m_consumed; }
    qint64 totalBytes() const { return m_end - m_start; }

private:
    bool ensure(qint64 bytes);
    void skip(qint64 bytes)
    {
        m_at += qsizetype(bytes);
        m_consumed += bytes;
    }

    std::shared_ptr<const SpillFile> m_spill;
    qint64 m_start = 0;
    qint64 m_end = 0;
    qint64 m_consumed = 0; // from m_start
    QByteArray m_buffer;
    qsizetype m_at = 0; // in m_buffer
    QString m_error;
};

} // namespace barge
