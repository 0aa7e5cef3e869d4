#pragma once
// RecordFile: cuts a record file into records, in one of the formats mainframes and old systems
// write: lines (text, LF or CRLF; a line shorter than the record length is padded with spaces, as
// "ragged right" files need), fixed length (RECFM F/FB: every record lrecl bytes), and
// variable records each after a 4-byte record descriptor word (RECFM V: a big-endian length that
// counts the word itself, then two zero bytes), optionally in blocks each after a block descriptor
// word (RECFM VB). Reads a QIODevice it does not own, sequentially, a MiB at a time.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace barge {

class RecordFile
{
    Q_DECLARE_TR_FUNCTIONS(barge::RecordFile)

public:
    enum class Format { Text, Fixed, Variable, VariableBlocked };
    // "text", "F", "FB", "V", "VB" (any case); false for another word.
    static bool formatFromName(const QString &name, Format *format);

    RecordFile(QIODevice *device, Format format, int recordLength);

    // The next record into *record with its number (from 1) and byte offset in the file. A record
    // cut short by the end of the file is returned with *problem set (rejected, not lost). False at
    // the end, or when the file cannot be cut further (error(): a descriptor word that makes no sense).
    bool next(QByteArray *record, qint64 *number, qint64 *offset, QString *problem);
    QString error() const { return m_error; }
    qint64 bytesRead() const { return m_position; }

private:
    bool ensure(qsizetype size);
    bool readExactly(qint64 size, QByteArray *out);

    static constexpr qsizetype chunkBytes = 1 << 20;
    QByteArray m_buffer; // read ahead: the bytes from m_pos to m_end are the file's next ones
    qsizetype m_pos = 0;
    qsizetype m_end = 0;

    QIODevice *m_device;
    Format m_format;
    int m_recordLength;
    qint64 m_position = 0;
    qint64 m_number = 0;
    qint64 m_blockLeft = 0; // VB: bytes of the current block not read yet
    QString m_error;
};

} // namespace barge
