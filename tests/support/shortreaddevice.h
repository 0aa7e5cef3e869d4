#pragma once
// ShortReadDevice: a read-only, seekable device over bytes whose reads return at most `step` bytes,
// as a pipe, a FIFO or a slow disk may: every read ends a CSV reader's chunk. For the CSV tests and
// the CSV fuzz target.

#include <QByteArray>
#include <QIODevice>

#include <algorithm>
#include <cstring>

class ShortReadDevice : public QIODevice
{
public:
    ShortReadDevice(const QByteArray &data, qint64 step) : m_data(data), m_step(std::max<qint64>(step, 1))
    {
        // Unbuffered: each read() of the reader is one readData() here.
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 pos) override
    {
        if (pos < 0 || pos > m_data.size() || !QIODevice::seek(pos))
            return false;
        m_at = pos;
        return true;
    }
    int reads() const { return m_reads; } // readData() calls so far

protected:
    qint64 readData(char *out, qint64 maxSize) override
    {
        ++m_reads;
        const qint64 n = std::min({maxSize, m_step, qint64(m_data.size()) - m_at});
        std::memcpy(out, m_data.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_at = 0;
    int m_reads = 0;
};
