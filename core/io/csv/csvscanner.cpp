#include "io/csv/csvscanner.h"

#include <QFileDevice>
#include <QIODevice>
#include <QStringDecoder>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <iterator>

// Every rule here mirrors one in csvparser.cpp (the reference); tst_csvscanner holds the two to the
// same records, problems and inferred types, chunk boundaries included.

namespace barge {

namespace {

constexpr quint64 kLowBits = 0x0101010101010101;
constexpr quint64 kHighBits = 0x8080808080808080;

constexpr quint64 inEveryLane(char byte)
{
    return kLowBits * uchar(byte);
}

// The high bit set in each byte lane of `word` that is zero. Lanes above the lowest zero one may be
// flagged wrongly (a borrow runs into them), so only the lowest flag is to be trusted.
constexpr quint64 zeroLanes(quint64 word)
{
    return (word - kLowBits) & ~word & kHighBits;
}

// Skips eight bytes at a time up to the first that is a Stop byte, a NUL or (with highBits set)
// non-ASCII: many fields are longer than a word, and fewer loop exits mean fewer mispredicted
// branches. Returns where a byte-by-byte look has to go on.
const char *skipWords(const char *p, const char *end, const std::array<quint64, 3> &lanes, quint64 highBits)
{
    while (end - p >= 8) {
        quint64 word;
        std::memcpy(&word, p, sizeof word);
        word = qFromLittleEndian(word);
        const quint64 hits = zeroLanes(word) | zeroLanes(word ^ lanes[0]) | zeroLanes(word ^ lanes[1])
                           | zeroLanes(word ^ lanes[2]) | (word & highBits);
        if (hits)
            return p + qCountTrailingZeroBits(hits) / 8;
        p += 8;
    }
    return p;
}

// The line ends in a record's bytes as CsvParser counts lines: LF, CRLF and a lone CR. A CR at the
// end is lone: a CRLF is never split from its LF at a record's end.
qint64 lineEnds(const char *begin, const char *end)
{
    qint64 lines = 0;
    for (const char *p = begin; p < end; ++p) {
        if (*p == '\n')
            ++lines;
        else if (*p == '\r' && (p + 1 == end || p[1] != '\n'))
            ++lines;
    }
    return lines;
}

bool isSingleByte(QChar c)
{
    return c.unicode() > 0 && c.unicode() < 0x80 && c != u'\n' && c != u'\r';
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// Hands each byte of a Quoted field's value to `emit`: doubled quotes become one, the closing quote
// goes, and what follows it is kept as it is.
template<typename Emit>
void forEachValueByte(const CsvScanner::Field &field, char quote, Emit emit)
{
    const auto *in = reinterpret_cast<const uchar *>(field.data);
    bool inside = true;
    for (qsizetype i = 0; i < field.size; ++i) {
        if (inside && in[i] == uchar(quote)) {
            if (i + 1 == field.size || in[i + 1] != uchar(quote)) {
                inside = false;
                continue;
            }
            ++i; // the second of a doubled quote
        }
        emit(in[i]);
    }
}

} // namespace

std::optional<CsvScanner::Encoding> CsvScanner::encodingFor(const CsvDialect &dialect, QByteArrayView head)
{
    const QChar quote = dialect.quote;
    if (!isSingleByte(dialect.delimiter) || (!quote.isNull() && (!isSingleByte(quote) || quote == dialect.delimiter)))
        return std::nullopt;
    const QString canonical = CsvDialect::canonicalEncoding(dialect.encoding);
    // In a single-byte page every byte is a character, so only a null marker spelled the same in
    // all of them (ASCII) can be compared as bytes.
    if (!canonical.isEmpty() && !CsvDialect::isUnicode(canonical)) {
        if (!isAscii(dialect.nullMarker))
            return std::nullopt;
        return Encoding::SingleByte;
    }
    // Like CsvParser, a BOM wins over the Unicode encoding the dialect names.
    if (head.startsWith("\xEF\xBB\xBF"))
        return Encoding::Utf8;
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF") || canonical != QLatin1String("UTF-8"))
        return std::nullopt;
    return Encoding::Utf8;
}

CsvScanner::CsvScanner(QIODevice *device, const CsvDialect &dialect, Encoding encoding)
    : m_device(device),
      m_encoding(encoding),
      m_delimiter(char(dialect.delimiter.unicode())),
      m_quote(char(dialect.quote.unicode())),
      m_quoting(!dialect.quote.isNull())
{
    m_nullMarker = encoding == Encoding::Utf8 ? dialect.nullMarker.toUtf8() : dialect.nullMarker.toLatin1();
    if (encoding == Encoding::SingleByte) {
        m_page = CodePage::find(CsvDialect::canonicalEncoding(dialect.encoding));
        m_checkNonAscii = m_page->hasHoles();
    }
    // Only UTF-8 and pages with unmapped bytes can be invalid, so only there non-ASCII bytes need noting.
    for (int b = 0; b < 256; ++b) {
        const ByteClass base = b == 0 ? Nul : b >= 0x80 && m_checkNonAscii ? NonAscii : Ordinary;
        m_unquoted.classes[b] = base;
        m_quoted.classes[b] = base;
    }
    const char unquotedStops[] = {m_delimiter, '\n', '\r'};
    for (size_t i = 0; i < std::size(unquotedStops); ++i) {
        m_unquoted.classes[uchar(unquotedStops[i])] = Stop;
        m_unquoted.lanes[i] = inEveryLane(unquotedStops[i]);
    }
    // Without quoting the quoted state never occurs; a NUL lane is harmless there.
    if (m_quoting)
        m_quoted.classes[uchar(m_quote)] = Stop;
    m_quoted.lanes.fill(inEveryLane(m_quote));
}

// --- reading -----------------------------------------------------------------------------------

// Moves the record in progress to the front and reads a chunk behind it. At least as many bytes
// as that record has are read, however short the device's reads (a pipe, a FIFO), so one far
// larger than a chunk is rescanned a logarithmic, not linear, number of times; the first read
// gets at least the three bytes of a BOM.
bool CsvScanner::fill()
{
    if (m_eof || !m_error.isEmpty())
        return false;
    const qsizetype kept = m_end - m_pos;
    std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(kept));
    m_base += m_pos;
    m_pos = 0;
    m_end = kept;
    const qsizetype wanted = std::max(chunkBytes, kept);
    if (m_buffer.size() < kept + wanted)
        m_buffer.resize(kept + wanted);
    const qsizetype atLeast = m_started ? std::max<qsizetype>(kept, 1) : 3;
    qsizetype got = 0;
    while (got < atLeast) {
        const qint64 n = m_device->read(m_buffer.data() + kept + got, wanted - got);
        if (n < 0) {
            const auto *file = qobject_cast<QFileDevice *>(m_device);
            m_error = tr("could not read %1: %2")
                          .arg(file ? file->fileName() : tr("the CSV input"), m_device->errorString());
            return false;
        }
        if (n == 0)
            break;
        got += n;
    }
    m_end += got;
    m_eof = got == 0;
    if (!m_started) {
        m_started = true;
        if (m_encoding == Encoding::Utf8 && QByteArrayView(m_buffer.constData(), m_end).startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    return true;
}

bool CsvScanner::readRecord()
{
    for (;;) {
        Step step = skipBlankLines();
        if (step == Step::Done)
            step = scanRecord();
        if (step == Step::Done)
            return true;
        if (step == Step::End || !fill())
            return false;
    }
}

// --- splitting ---------------------------------------------------------------------------------

CsvScanner::Step CsvScanner::skipBlankLines()
{
    const char *data = m_buffer.constData();
    while (m_pos < m_end && (data[m_pos] == '\n' || data[m_pos] == '\r')) {
        if (data[m_pos] == '\r') {
            if (m_pos + 1 == m_end && !m_eof)
                return Step::NeedMore; // might be the CR of a CRLF
            if (m_pos + 1 < m_end && data[m_pos + 1] == '\n')
                ++m_pos;
        }
        ++m_pos;
        ++m_line;
    }
    if (m_pos < m_end)
        return Step::Done;
    return m_eof ? Step::End : Step::NeedMore;
}

// Advances to the first Stop byte (or `end`), noting NULs and non-ASCII bytes on the way. This sees
// every byte of the file.
const char *CsvScanner::skipOrdinary(const char *p, const char *end, const StopBytes &stops)
{
    // Once the record has a non-ASCII byte, more of them change nothing.
    quint64 highBits = m_checkNonAscii && !m_nonAscii ? kHighBits : 0;
    for (;;) {
        p = skipWords(p, end, stops.lanes, highBits);
        while (p < end && stops.classes[uchar(*p)] == Ordinary)
            ++p;
        if (p == end)
            return p;
        switch (stops.classes[uchar(*p)]) {
        case Stop:
            return p;
        case Nul:
            m_problem = true;
            break;
        default:
            m_nonAscii = true;
            highBits = 0;
            break;
        }
        ++p;
    }
}

bool CsvScanner::hasUnmapped(const char *begin, const char *end) const
{
    return std::any_of(begin, end, [this](char b) { return !m_page->isMapped(uchar(b)); });
}

// Writes the members in place: pushing a Field temporary made the compiler copy it through the
// stack with loads wider than its stores, which stalled on every field.
void CsvScanner::addField(const char *data, qsizetype size, Field::Kind kind)
{
    Field &field = m_fields.emplace_back();
    field.data = data;
    field.size = size;
    field.kind = kind;
}

void CsvScanner::addUnquoted(const char *begin, const char *end)
{
    const qsizetype size = end - begin;
    const bool null = size == 0 || (!m_nullMarker.isEmpty() && QByteArrayView(begin, size) == m_nullMarker);
    addField(begin, size, null ? Field::Null : Field::Plain);
}

// Scans the record at m_pos, committing m_pos only when it is complete, so that a NeedMore simply
// rescans it after fill().
CsvScanner::Step CsvScanner::scanRecord()
{
    const char *begin = m_buffer.constData();
    const char *end = begin + m_end;
    const char *p = begin + m_pos;
    m_fields.clear();
    m_problem = false;
    m_nonAscii = false;
    m_quotedSeen = false;
    for (;;) {
        if (m_quoting && p < end && *p == m_quote) {
            p = scanQuoted(p, end);
            if (!p)
                return Step::NeedMore;
        } else {
            const char *q = skipOrdinary(p, end, m_unquoted);
            if (q == end && !m_eof)
                return Step::NeedMore;
            addUnquoted(p, q);
            p = q;
        }
        if (p < end && *p == m_delimiter) {
            ++p;
            continue;
        }
        if (p < end) { // a line end
            if (*p == '\r' && p + 1 == end && !m_eof)
                return Step::NeedMore;
            p += (*p == '\r' && p + 1 < end && p[1] == '\n') ? 2 : 1;
        }
        break;
    }
    // CsvParser reports a record holding invalid UTF-8 or an unmapped byte. Checking the whole record
    // is the same as checking its fields: delimiters, quotes and line ends are ASCII, which never
    // continue a character.
    if (m_nonAscii && !m_problem)
        m_problem = m_page ? hasUnmapped(begin + m_pos, p) : !QByteArrayView(begin + m_pos, p).isValidUtf8();
    m_recordOffset = m_base + m_pos;
    m_recordLine = m_line;
    m_line += m_quotedSeen ? lineEnds(begin + m_pos, p) : (p > begin + m_pos && (p[-1] == '\n' || p[-1] == '\r'));
    m_pos = p - begin;
    return Step::Done;
}

// Scans the quoted field whose opening quote is at p, as CsvParser's parseQuoted(). Returns where
// the field ends (at the delimiter or line end after it), or nullptr when the buffer ends first and
// more input exists.
const char *CsvScanner::scanQuoted(const char *p, const char *end)
{
    const char *content = ++p;
    bool escaped = false; // doubled quotes to undo
    m_quotedSeen = true;
    for (;;) {
        p = skipOrdinary(p, end, m_quoted);
        if (p == end) {
            if (!m_eof)
                return nullptr;
            m_problem = true; // unterminated quoted field
            addField(content, end - content, escaped ? Field::Quoted : Field::Plain);
            return p;
        }
        if (p + 1 == end && !m_eof)
            return nullptr; // cannot tell a closing quote from a doubled one yet
        if (p + 1 < end && p[1] == m_quote) {
            escaped = true;
            p += 2;
            continue;
        }
        break;
    }
    const char *closing = p;
    // Text between the closing quote and the delimiter (`"ab"c,`) is kept, as CsvParser does.
    const char *tail = ++p;
    p = skipOrdinary(p, end, m_unquoted);
    if (p == end && !m_eof)
        return nullptr;
    if (escaped || p > tail)
        addField(content, p - content, Field::Quoted);
    else
        addField(content, closing - content, Field::Plain);
    return p;
}

// --- values ------------------------------------------------------------------------------------

bool CsvScanner::asciiText(const Field &field, QStringView *text)
{
    if (m_wide.size() < size_t(field.size))
        m_wide.resize(size_t(field.size));
    const auto *in = reinterpret_cast<const uchar *>(field.data);
    char16_t *out = m_wide.data();
    uchar seen = 0;
    qsizetype n = field.size;
    if (field.kind != Field::Quoted) {
        // Branch-free, so the compiler can widen many bytes at a time.
        for (qsizetype i = 0; i < n; ++i) {
            out[i] = in[i];
            seen |= in[i];
        }
    } else {
        n = 0;
        forEachValueByte(field, m_quote, [&](uchar b) {
            out[n++] = b;
            seen |= b;
        });
    }
    *text = QStringView(out, n);
    return seen < 0x80;
}

QByteArray CsvScanner::unquoted(const Field &field) const
{
    if (field.kind != Field::Quoted)
        return QByteArray(field.data, field.size);
    QByteArray bytes;
    bytes.reserve(field.size);
    forEachValueByte(field, m_quote, [&](uchar b) { bytes.append(char(b)); });
    return bytes;
}

QString CsvScanner::decode(const QByteArray &bytes) const
{
    // A quoted "" must stay distinguishable from NULL, so never a null QString.
    if (bytes.isEmpty())
        return QString(QLatin1String(""));
    if (m_encoding == Encoding::Utf8) {
        // Not QString::fromUtf8(), which drops a leading U+FEFF: after the file's BOM it is data.
        QStringDecoder decoder(QStringConverter::Utf8,
                               QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
        return decoder.decode(bytes);
    }
    return m_page->decode(bytes);
}

// In UTF-8 a Quoted field is decoded with its quotes still in place and unquoted after, as CsvParser
// sees it: a character cut by the closing quote (`"\xC2"\xA7`) is two invalid ones, not one valid
// character made of the bytes either side of the quote.
QString CsvScanner::decodeQuoted(const Field &field) const
{
    const QString raw = decode(QByteArray(field.data, field.size));
    const QChar quote = QLatin1Char(m_quote);
    QString text(QLatin1String(""));
    text.reserve(raw.size());
    bool inside = true;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (inside && raw.at(i) == quote) {
            if (i + 1 == raw.size() || raw.at(i + 1) != quote) {
                inside = false;
                continue;
            }
            ++i; // the second of a doubled quote
        }
        text += raw.at(i);
    }
    return text;
}

QList<QVariant> CsvScanner::decodedRecord() const
{
    QList<QVariant> values;
    values.reserve(qsizetype(m_fields.size()));
    for (const Field &field : m_fields) {
        if (field.kind == Field::Null)
            values.append(QVariant());
        else if (field.kind == Field::Quoted && m_encoding == Encoding::Utf8)
            values.append(decodeQuoted(field));
        else
            values.append(decode(unquoted(field)));
    }
    return values;
}

} // namespace barge
