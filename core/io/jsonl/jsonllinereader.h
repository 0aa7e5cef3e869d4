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

    // The next non-blank line, without its line break. *problem is set (and *line empty) for a
    // line too long to read. False at the end or on a read failure (then error() says why).
    bool next(QByteArray *line, qint64 *number, QString *problem) override;
    qint64 bytesRead() const override { return m_bytes; }
    QString error() const override { return m_error; }

private:
    bool readOne(QByteArray *line, bool *complete);
    static bool isBlank(const QByteArray &line);

    QIODevice *m_device;
    qint64 m_line = 0;
    qint64 m_bytes = 0;
    QString m_error;
};

} // namespace barge
