#pragma once
// JsonlLineReader: the lines of a JSON Lines file, one at a time, with their 1-based numbers. Never
// holds more than one line: a line past maxLineBytes is skipped and reported, not gathered. Drops a
// leading UTF-8 byte order mark, a line's trailing '\r' and blank lines. Not thread safe.

#include "io/jsonl/jsonrecords.h"

namespace barge {

class JsonlLineReader : public JsonRecords
{
public:
    static constexpr qint64 maxLineBytes = 64 << 20;

    explicit JsonlLineReader(QIODevice *device) : m_device(device) {}

    // Reads only the next `limit` bytes, which end with a line break (or the file): one part of a
    // file read on several threads. `fileStart`: the device is at the file's start, where a byte
    // order mark may be; a part further on reads a line starting with one as it is.
    void setPart(qint64 limit, bool fileStart)
    {
        m_limit = limit;
        m_fileStart = fileStart;
    }

    // The next non-blank line, without its line break. *problem is set (and *line empty) for a
    // line too long to read. False at the end or on a read failure (then error() says why).
    bool next(QByteArray *line, qint64 *number, QString *problem) override;
    qint64 bytesRead() const override { return m_bytes; }
    // Lines read so far, blank ones too.
    qint64 lineCount() const { return m_line; }
    QString error() const override { return m_error; }

private:
    bool readOne(QByteArray *line, bool *complete);
    static bool isBlank(const QByteArray &line);

    QIODevice *m_device;
    qint64 m_line = 0;
    qint64 m_bytes = 0;
    qint64 m_limit = -1; // none
    bool m_fileStart = true;
    QString m_error;
};

} // namespace barge
