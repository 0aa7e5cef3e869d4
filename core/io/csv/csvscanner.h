#pragma once
// CsvScanner: splits CSV bytes into records and fields by exactly CsvParser's rules, without decoding
// them: a field is a span of the scanner's buffer, so a pass over a whole file allocates nothing per
// field. Made for the type-inference pass, where most fields are ASCII numbers and dates; CsvParser
// stays the reader that decodes. Handles the encodings whose delimiter, quote, CR and LF are single
// bytes that never occur inside a character: UTF-8 and the ASCII-compatible single-byte code pages
// (latin1, windows-1252, ISO-8859-2, KOI8-R...: CodePage).
// Reads from a QIODevice it does not own, in 1 MiB chunks. Use from one thread at a time.

#include "io/codepage.h"
#include "io/csv/csvdialect.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringView>
#include <QVariant>

#include <array>
#include <optional>
#include <vector>

class QIODevice;

namespace barge {

class CsvScanner
{
    Q_DECLARE_TR_FUNCTIONS(barge::CsvScanner)

public:
    enum class Encoding { Utf8, SingleByte }; // SingleByte: the dialect's CodePage

    // One field of the current record. `data` points into the scanner's buffer and is valid until
    // the next readRecord(). Plain: the bytes are the value (quotes already stripped). Quoted: the
    // bytes after the opening quote, still holding doubled quotes, the closing quote and any text
    // after it; asciiText() and decodedRecord() undo them.
    struct Field
    {
        enum Kind : quint8 { Null, Plain, Quoted };
        const char *data = nullptr;
        qsizetype size = 0;
        Kind kind = Null;
    };

    static constexpr qsizetype chunkBytes = 1024 * 1024;

    // How CsvParser would decode a file in `dialect` whose first bytes are `head`, when the scanner
    // can split it too; nullopt when only CsvParser can (UTF-16, a non-ASCII delimiter or quote...).
    // dialect.delimiter must already be the one in use (sniffed by CsvParser::start()).
    static std::optional<Encoding> encodingFor(const CsvDialect &dialect, QByteArrayView head);

    // `device` must be at the start of the file; the scanner skips a UTF-8 BOM itself.
    CsvScanner(QIODevice *device, const CsvDialect &dialect, Encoding encoding);

    // Reads the next record (blank lines are skipped). False at the end of the input or on error().
    bool readRecord();
    const std::vector<Field> &fields() const { return m_fields; }
    // The record is one CsvParser reports as malformed: a NUL byte, an unterminated quote at the end
    // of the file, invalid UTF-8 or a byte the code page leaves unmapped.
    bool problem() const { return m_problem; }
    // Where the record read last begins: its first byte's offset in the device (after any BOM and
    // blank lines) and its 1-based physical line, as CsvParser::recordLine() counts them. A file
    // split at such an offset (with the line for positions) parses into the same records.
    qint64 recordOffset() const { return m_recordOffset; }
    qint64 recordLine() const { return m_recordLine; }
    // Where the next record would begin, once readRecord() returned false at the end: the file's size.
    qint64 offset() const { return m_base + m_pos; }
    QString error() const { return m_error; }

    // Points *text at the field's value widened to UTF-16 when all of its bytes are ASCII; false
    // when one is not. The text lives in a buffer reused from field to field (valid until the next
    // call), so this allocates only when a field is longer than any before it.
    bool asciiText(const Field &field, QStringView *text);
    // The record's values decoded, as CsvParser::readRecord() gives them: QVariant() for NULL.
    QList<QVariant> decodedRecord() const;

private:
    enum ByteClass : quint8 { Ordinary, Stop, Nul, NonAscii };
    // The bytes that end a run of ordinary ones in one scanning state (inside quotes or not): a
    // table for one byte at a time, and the Stop bytes repeated in every lane of a word for eight.
    struct StopBytes
    {
        std::array<ByteClass, 256> classes{};
        std::array<quint64, 3> lanes{};
    };
    enum class Step { Done, NeedMore, End };

    bool fill();
    Step skipBlankLines();
    Step scanRecord();
    const char *scanQuoted(const char *p, const char *end);
    const char *skipOrdinary(const char *p, const char *end, const StopBytes &stops);
    bool hasUnmapped(const char *begin, const char *end) const;
    void addField(const char *data, qsizetype size, Field::Kind kind);
    void addUnquoted(const char *begin, const char *end);
    QByteArray unquoted(const Field &field) const;
    QString decode(const QByteArray &bytes) const;
    QString decodeQuoted(const Field &field) const;

    QIODevice *m_device = nullptr;
    Encoding m_encoding = Encoding::Utf8;
    std::optional<CodePage> m_page; // SingleByte's table
    bool m_checkNonAscii = true;    // a byte >= 0x80 may be invalid: UTF-8, or a page with holes
    char m_delimiter = ',';
    char m_quote = '"';
    bool m_quoting = true;
    QByteArray m_nullMarker;     // the dialect's null marker in the file's encoding
    StopBytes m_unquoted;        // Stop: delimiter, CR, LF
    StopBytes m_quoted;          // Stop: the quote

    QByteArray m_buffer;         // the record in progress and the bytes after it, up to m_end
    qsizetype m_pos = 0;         // start of the next record in m_buffer
    qsizetype m_end = 0;         // bytes of m_buffer holding input (the rest is room for reads)
    qint64 m_base = 0;           // the device's offset of m_buffer[0]
    qint64 m_line = 1;           // physical line at m_pos
    qint64 m_recordOffset = -1;
    qint64 m_recordLine = 0;
    bool m_quotedSeen = false;   // the record in progress has a quoted field (it may span lines)
    bool m_started = false;
    bool m_eof = false;
    std::vector<Field> m_fields;
    bool m_problem = false;
    bool m_nonAscii = false;     // the record in progress has a byte >= 0x80
    std::vector<char16_t> m_wide; // asciiText()'s buffer
    QString m_error;
};

} // namespace barge
