#include "io/fixed/recordfile.h"

#include "base/plural.h"
#include <QIODevice>

#include <cstring>

namespace barge {

namespace {

int bigEndian16(const QByteArray &bytes)
{
    return (uchar(bytes.at(0)) << 8) | uchar(bytes.at(1));
}

} // namespace

bool RecordFile::formatFromName(const QString &name, Format *format)
{
    const QString word = name.toLower();
    if (word == QLatin1String("text") || word == QLatin1String("lines"))
        *format = Format::Text;
    else if (word == QLatin1String("f") || word == QLatin1String("fb"))
        *format = Format::Fixed;
    else if (word == QLatin1String("v"))
        *format = Format::Variable;
    else if (word == QLatin1String("vb"))
        *format = Format::VariableBlocked;
    else
        return false;
    return true;
}

RecordFile::RecordFile(QIODevice *device, Format format, int recordLength)
    : m_device(device), m_format(format), m_recordLength(recordLength)
{
}

// At least `size` bytes from m_pos in the buffer, reading a chunk at a time; false when the file
// ends first (the bytes there are still in the buffer).
bool RecordFile::ensure(qsizetype size)
{
    if (m_end - m_pos >= size)
        return true;
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(m_end - m_pos));
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_buffer.size() < std::max<qsizetype>(size, chunkBytes))
        m_buffer.resize(std::max<qsizetype>(size, chunkBytes));
    while (m_end < size) {
        const qint64 got = m_device->read(m_buffer.data() + m_end, m_buffer.size() - m_end);
        if (got <= 0)
            break;
        m_end += got;
    }
    return m_end >= size;
}

bool RecordFile::readExactly(qint64 size, QByteArray *out)
{
    const bool whole = ensure(size);
    const qsizetype taken = std::min<qsizetype>(size, m_end - m_pos);
    out->resize(taken); // the caller's array keeps its room from record to record
    std::memcpy(out->data(), m_buffer.constData() + m_pos, size_t(taken));
    m_pos += taken;
    m_position += taken;
    return whole;
}

bool RecordFile::next(QByteArray *record, qint64 *number, qint64 *offset, QString *problem)
{
    problem->clear();
    *offset = m_position;
    switch (m_format) {
    case Format::Text: {
        if (!ensure(1))
            return false;
        qsizetype length = 0; // up to and with the line's LF
        for (qsizetype scanned = 0;;) {
            const char *line = m_buffer.constData() + m_pos;
            if (const void *lf = std::memchr(line + scanned, '\n', size_t(m_end - m_pos - scanned))) {
                length = static_cast<const char *>(lf) - line + 1;
                break;
            }
            scanned = m_end - m_pos;
            ensure(scanned + chunkBytes);
            if (m_end - m_pos == scanned) { // the file ends without a last LF
                length = scanned;
                break;
            }
        }
        readExactly(length, record);
        if (record->endsWith('\n'))
            record->chop(1);
        if (record->endsWith('\r'))
            record->chop(1);
        // Ragged right: a line whose trailing blanks were cut (by an editor, or the exporter) has
        // them back, so its last fields read as blank rather than the line being refused.
        if (record->size() < m_recordLength)
            record->append(QByteArray(m_recordLength - record->size(), ' '));
        break;
    }
    case Format::Fixed: {
        if (!ensure(1))
            return false;
        if (!readExactly(m_recordLength, record))
            *problem = pluralText(tr("the file ends %1 byte(s) into a record of %2", nullptr, pluralCount(record->size())), record->size())
                           .arg(record->size()).arg(m_recordLength);
        break;
    }
    case Format::Variable:
    case Format::VariableBlocked: {
        if (m_format == Format::VariableBlocked && m_blockLeft == 0) {
            if (!ensure(1))
                return false;
            QByteArray bdw;
            if (!readExactly(4, &bdw) || bigEndian16(bdw) < 8) {
                m_error = tr("byte %1: a block descriptor word that is cut short or counts under 8 bytes").arg(*offset);
                return false;
            }
            m_blockLeft = bigEndian16(bdw) - 4;
            *offset = m_position;
        }
        if (!ensure(1))
            return false;
        QByteArray rdw;
        const int length = readExactly(4, &rdw) ? bigEndian16(rdw) : 0;
        if (length < 4 || (m_format == Format::VariableBlocked && length > m_blockLeft)) {
            m_error = tr("byte %1: a record descriptor word that is cut short, counts under 4 bytes or runs past its block")
                          .arg(*offset);
            return false;
        }
        if (m_format == Format::VariableBlocked)
            m_blockLeft -= length;
        if (!readExactly(length - 4, record))
            *problem = pluralText(tr("the file ends %1 byte(s) into a record of %2", nullptr, pluralCount(record->size())), record->size())
                           .arg(record->size()).arg(length - 4);
        break;
    }
    }
    *number = ++m_number;
    return true;
}

} // namespace barge
