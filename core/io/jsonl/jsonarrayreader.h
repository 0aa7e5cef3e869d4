#pragma once
// JsonArrayReader: the elements of a JSON file that is one array ([{...}, {...}]), one at a time,
// as JsonRecords. Streams: it reads the file a MiB at a time and keeps only the element at hand, so
// a file of any size is never held whole. It does not parse the elements (JsonlLineParser does);
// it only finds where each ends: brackets and braces outside strings, escapes inside them. What
// is not an array, an element over maxElementBytes, text after the closing bracket, and a file
// that ends inside the array (truncated) are said with the element number and the line.
// A leading UTF-8 byte order mark is dropped. Not thread safe.

#include "io/jsonl/jsonrecords.h"

#include <QCoreApplication>

namespace barge {

class JsonArrayReader : public JsonRecords
{
    Q_DECLARE_TR_FUNCTIONS(barge::JsonArrayReader)

public:
    static constexpr qint64 maxElementBytes = 64 << 20;

    // chunkBytes: how much is read at a time (tests make it small to cross chunk ends everywhere).
    explicit JsonArrayReader(QIODevice *device, qsizetype chunkBytes = 1 << 20) : m_device(device), m_chunk(chunkBytes) {}

    bool next(QByteArray *record, qint64 *number, QString *problem) override;
    qint64 bytesRead() const override { return m_consumed; }
    QString error() const override { return m_error; }
    // The line (from 1) on which the last element returned starts.
    qint64 lineOfLast() const { return m_elementLine; }
    // True once the closing bracket has been read (and nothing but blanks after it).
    bool complete() const { return m_state == State::Done; }

private:
    enum class State { Start, BeforeElement, AfterElement, Done, Failed };

    bool fill();            // more bytes into m_buffer; false at the end of the file
    bool peekByte(char *c); // the next byte not taken, reading more if needed
    bool skipBlanks();      // false at the end of the file
    void take();            // takes the byte peekByte gave
    bool endOfArray();      // after the closing bracket: only blanks may follow
    bool fail(const QString &why);

    QIODevice *m_device;
    qsizetype m_chunk;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;  // bytes of the file taken so far
    qint64 m_line = 1;
    qint64 m_elementLine = 0;
    qint64 m_element = 0;
    State m_state = State::Start;
    bool m_eof = false;
    QString m_error;
};

} // namespace barge
