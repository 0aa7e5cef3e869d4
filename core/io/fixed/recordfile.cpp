#include "io/fixed/recordfile.h"

#include <QIODevice>

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

bool RecordFile::readExactly(qint64 size, QByteArray *out)
{
    *out = m_device->read(size);
    m_position += out->size();
    return out->size() == size;
}

bool RecordFile::next(QByteArray *record, qint64 *number, qint64 *offset, QString *problem)
{
    problem->clear();
    *offset = m_position;
    switch (m_format) {
    case Format::Text: {
        if (m_device->atEnd())
            return false;
        *record = m_device->readLine();
        m_position += record->size();
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
        if (m_device->atEnd())
            return false;
        if (!readExactly(m_recordLength, record))
            *problem = tr("the file ends %1 bytes into a record of %2").arg(record->size()).arg(m_recordLength);
        break;
    }
    case Format::Variable:
    case Format::VariableBlocked: {
        if (m_format == Format::VariableBlocked && m_blockLeft == 0) {
            if (m_device->atEnd())
                return false;
            QByteArray bdw;
            if (!readExactly(4, &bdw) || bigEndian16(bdw) < 8) {
                m_error = tr("byte %1: a block descriptor word that is cut short or counts under 8 bytes").arg(*offset);
                return false;
            }
            m_blockLeft = bigEndian16(bdw) - 4;
            *offset = m_position;
        }
        if (m_device->atEnd())
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
            *problem = tr("the file ends %1 bytes into a record of %2").arg(record->size()).arg(length - 4);
        break;
    }
    }
    *number = ++m_number;
    return true;
}

} // namespace barge
