#include "io/csv/csvparser.h"

#include "io/codepage.h"
#include "io/csv/csvsniffer.h"
#include "io/csv/replacementfinder.h"
#include "schema/numbertext.h"

#include <QFileDevice>
#include <QIODevice>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>

namespace barge {

namespace {

constexpr qsizetype kChunkBytes = 256 * 1024;
constexpr qsizetype kSniffChars = 64 * 1024;
constexpr qsizetype kNoSuspect = std::numeric_limits<qsizetype>::max();

enum class Codec { Utf8, Utf16LE, Utf16BE, SingleByte };

// A decoded character that makes its record suspect: a NUL, or the replacement character the
// decoder put where the bytes were invalid. Positions index the decoded text buffer.
struct Suspect
{
    enum Kind { Nul, Invalid };
    qsizetype index;
    Kind kind;
};

enum class Step { Done, NeedMore, End };

const QChar *qchars(const char16_t *p)
{
    return reinterpret_cast<const QChar *>(p);
}

// A quoted "" must stay distinguishable from NULL, so never hand out a null QString for it.
QString textOf(const char16_t *begin, qsizetype length)
{
    return length == 0 ? QString(QLatin1String("")) : QString(qchars(begin), length);
}

bool isLineEnd(char16_t c)
{
    return c == u'\n' || c == u'\r';
}

// Length of the prefix made of whole characters: the decoder is used statelessly, so a character
// split by the chunk size is held back and decoded with the next chunk.
qsizetype wholeCharPrefix(const char *data, qsizetype size, Codec codec)
{
    if (codec == Codec::Utf8) {
        for (qsizetype back = 1; back <= 3 && back <= size; ++back) {
            const uchar b = uchar(data[size - back]);
            if ((b & 0xC0) == 0x80)
                continue; // continuation byte: keep looking for the lead
            const int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return need > back ? size - back : size;
        }
        return size;
    }
    if (codec == Codec::Utf16LE || codec == Codec::Utf16BE) {
        qsizetype whole = size & ~qsizetype(1);
        if (whole >= 2) {
            const uchar lo = uchar(data[whole - (codec == Codec::Utf16LE ? 2 : 1)]);
            const uchar hi = uchar(data[whole - (codec == Codec::Utf16LE ? 1 : 2)]);
            const char16_t unit = char16_t(hi << 8 | lo);
            if (QChar::isHighSurrogate(unit))
                whole -= 2;
        }
        return whole;
    }
    return size;
}

// UTF-8 bytes of a run of valid text, to point at the bad byte the way a hex editor would.
qsizetype utf8Length(QStringView text)
{
    qsizetype bytes = 0;
    for (QChar c : text)
        bytes += c.unicode() < 0x80 ? 1 : c.unicode() < 0x800 || c.isSurrogate() ? 2 : 3;
    return bytes;
}

} // namespace

struct CsvParser::State
{
    QIODevice *device = nullptr;
    CsvDialect dialect;
    char16_t delimiter = u',';
    char16_t quote = u'"';
    bool quoting = true;

    Codec codec = Codec::Utf8;
    std::optional<CodePage> page; // SingleByte's table
    QString encodingName;
    QStringDecoder decoder;
    QByteArray raw;           // bytes read, not decoded yet: between reads, an incomplete character

    QString text;             // decoded text; records are parsed from it
    qsizetype pos = 0;        // start of the next record in text
    bool eof = false;         // every byte of the device is decoded into text
    QList<Suspect> suspects;  // sorted by index
    qsizetype suspectHead = 0; // the ones before it lie in records already returned

    bool started = false;
    qint64 line = 1;          // physical line at pos
    qint64 recordLine = 0;
    qint64 bytesRead = 0;     // the device's offset after the bytes read
    qint64 limit = -1;        // restartAt(): the offset where the input ends, -1 for none
    QString error;

    bool setUpCodec();
    bool fill(qsizetype wanted);
    qint64 readBytes(qsizetype wanted, qsizetype atLeast);
    void decodeRaw(bool final);
    void decodeSingleByte(QByteArrayView bytes);
    void noteSuspects(qsizetype from, QByteArrayView bytes, bool invalidBytes);
    void noteInvalid(qsizetype from, QByteArrayView bytes);
    void compact();

    Step skipBlankLines();
    Step parseRecord(QList<QVariant> &fields, QString *problem);
    const char16_t *parseQuoted(const char16_t *p, const char16_t *end, qint64 &atLine,
                                QList<QVariant> &fields, QString &problem);
    QVariant unquotedValue(const char16_t *begin, qsizetype length, qsizetype column) const;
    QList<TypeKind> hints;    // per column: Int64 / Real to parse numbers in place, else text
    qsizetype firstSuspect() const;
    QString describeSuspect(const Suspect &suspect, qsizetype recordStart, qint64 startLine,
                            int field) const;
    void consumeSuspectsBefore(qsizetype index);
};

// --- reading and decoding ----------------------------------------------------------------------

// Reads up to `wanted` bytes onto raw, going on until at least `atLeast` of them came or the input
// ends: a pipe or a FIFO may return less than asked, and a short read must neither hide a BOM nor
// make a long record be parsed again after every few bytes. Returns the bytes read, 0 at the end.
qint64 CsvParser::State::readBytes(qsizetype wanted, qsizetype atLeast)
{
    if (limit >= 0) { // a part of the file: its end is the input's
        wanted = qsizetype(std::clamp<qint64>(limit - bytesRead, 0, wanted));
        atLeast = std::min(atLeast, wanted);
    }
    const qsizetype kept = raw.size();
    raw.resize(kept + wanted);
    qsizetype got = 0;
    while (got < atLeast && got < wanted) {
        char *into = raw.data() + kept + got;
        qint64 n = device->read(into, wanted - got);
        // A pipe may have nothing yet without being at its end.
        while (n == 0 && device->isSequential() && !device->atEnd() && device->waitForReadyRead(-1))
            n = device->read(into, wanted - got);
        if (n < 0) {
            const auto *file = qobject_cast<QFileDevice *>(device);
            const QString input = file ? file->fileName() : QCoreApplication::translate("barge::CsvParser", "the CSV input");
            error = QCoreApplication::translate("barge::CsvParser", "could not read %1: %2").arg(input, device->errorString());
            raw.resize(kept + got);
            return -1;
        }
        if (n == 0)
            break;
        got += n;
    }
    raw.resize(kept + got);
    bytesRead += got;
    return got;
}

// Picks the decoder. A BOM at the start wins over a Unicode encoding the dialect names, because
// spreadsheet exports often carry one while the user just left the default.
bool CsvParser::State::setUpCodec()
{
    const QString canonical = CsvDialect::canonicalEncoding(dialect.encoding);
    if (canonical.isEmpty()) {
        error = CsvDialect::unsupportedEncoding(dialect.encoding);
        return false;
    }
    codec = canonical == QLatin1String("UTF-16BE")           ? Codec::Utf16BE
          : canonical.startsWith(QLatin1String("UTF-16")) ? Codec::Utf16LE // no BOM: Windows order
          : canonical == QLatin1String("UTF-8")           ? Codec::Utf8
                                                          : Codec::SingleByte;
    const bool unicode = codec != Codec::SingleByte;
    if (!unicode) {
        page = CodePage::find(canonical);
        encodingName = page->name();
        return true;
    }
    qsizetype bom = 0;
    if (raw.startsWith("\xEF\xBB\xBF")) {
        codec = Codec::Utf8;
        bom = 3;
    } else if (raw.startsWith("\xFF\xFE")) {
        codec = Codec::Utf16LE;
        bom = 2;
    } else if (raw.startsWith("\xFE\xFF")) {
        codec = Codec::Utf16BE;
        bom = 2;
    }
    raw.remove(0, bom);

    static const QStringConverter::Encoding encodings[] = {QStringConverter::Utf8, QStringConverter::Utf16LE,
                                                           QStringConverter::Utf16BE};
    // Stateless: chunks are cut at character boundaries, so after an error the state can be
    // reset to tell which chunk had it. ConvertInitialBom: the BOM is already gone; a later
    // U+FEFF is data.
    decoder = QStringDecoder(encodings[int(codec)], QStringDecoder::Flag::Stateless
                                                        | QStringDecoder::Flag::ConvertInitialBom);
    static const char *names[] = {"UTF-8", "UTF-16LE", "UTF-16BE"};
    encodingName = QLatin1String(names[int(codec)]);
    return true;
}

// Decodes the whole characters in raw onto the end of text; keeps an incomplete tail for later.
void CsvParser::State::decodeRaw(bool final)
{
    if (codec == Codec::SingleByte) {
        decodeSingleByte(raw);
        raw.clear();
        return;
    }
    const qsizetype whole = final ? raw.size() : wholeCharPrefix(raw.constData(), raw.size(), codec);
    const qsizetype from = text.size();
    text.resize(from + decoder.requiredSpace(whole));
    QChar *out = decoder.appendToBuffer(text.data() + from, QByteArrayView(raw.constData(), whole));
    text.truncate(out - text.constData());
    noteSuspects(from, QByteArrayView(raw.constData(), whole), decoder.hasError());
    decoder.resetState();
    raw.remove(0, whole);
}

// Every byte is a character: a NUL or a byte the code page leaves unmapped is suspect where it is.
void CsvParser::State::decodeSingleByte(QByteArrayView bytes)
{
    const qsizetype from = text.size();
    text.resize(from + bytes.size());
    char16_t *out = reinterpret_cast<char16_t *>(text.data()) + from;
    const auto *in = reinterpret_cast<const uchar *>(bytes.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        out[i] = page->toUnicode(in[i]);
        if (in[i] == 0)
            suspects.append({from + i, Suspect::Nul});
        else if (!page->isMapped(in[i]))
            suspects.append({from + i, Suspect::Invalid});
    }
}

// `bytes` were decoded into text from `from` on.
void CsvParser::State::noteSuspects(qsizetype from, QByteArrayView bytes, bool invalidBytes)
{
    const qsizetype first = suspects.size();
    const QStringView fresh = QStringView(text).mid(from);
    for (qsizetype i = fresh.indexOf(QChar(0)); i >= 0; i = fresh.indexOf(QChar(0), i + 1))
        suspects.append({from + i, Suspect::Nul});
    // Without the decoder's error flag, every U+FFFD is genuine text.
    if (invalidBytes) {
        noteInvalid(from, bytes);
        std::sort(suspects.begin() + first, suspects.end(),
                  [](const Suspect &a, const Suspect &b) { return a.index < b.index; });
    }
}

// Notes the U+FFFD that the decoder put for invalid bytes, and not a genuine one that shares their
// chunk: that record is fine (and CsvScanner, which checks each record's bytes, agrees).
void CsvParser::State::noteInvalid(qsizetype from, QByteArrayView bytes)
{
    const QStringView decoded = QStringView(text).mid(from);
    const QList<qsizetype> invalid = codec == Codec::Utf8 ? ReplacementFinder::inUtf8(decoded, bytes)
                                                          : ReplacementFinder::inUtf16(decoded, bytes, codec == Codec::Utf16LE);
    for (qsizetype i : invalid)
        suspects.append({from + i, Suspect::Invalid});
}

// Drops the parsed text so the buffer only ever holds the record in progress plus a chunk.
void CsvParser::State::compact()
{
    if (pos == 0)
        return;
    text.remove(0, pos);
    suspects.remove(0, suspectHead);
    suspectHead = 0;
    for (Suspect &s : suspects)
        s.index -= pos;
    pos = 0;
}

// Reads at least one more chunk. `wanted` grows with the pending record, and at least that much
// is read, so that a record far larger than a chunk is re-parsed a logarithmic, not linear,
// number of times.
bool CsvParser::State::fill(qsizetype wanted)
{
    if (eof || !error.isEmpty())
        return false;
    compact();
    const qint64 n = readBytes(std::max(wanted, kChunkBytes), std::max<qsizetype>(wanted, 1));
    if (n < 0)
        return false;
    eof = n == 0;
    decodeRaw(eof);
    return true;
}

// --- parsing -----------------------------------------------------------------------------------

qsizetype CsvParser::State::firstSuspect() const
{
    return suspectHead < suspects.size() ? suspects.at(suspectHead).index : kNoSuspect;
}

void CsvParser::State::consumeSuspectsBefore(qsizetype index)
{
    while (suspectHead < suspects.size() && suspects.at(suspectHead).index < index)
        ++suspectHead;
}


QVariant CsvParser::State::unquotedValue(const char16_t *begin, qsizetype length, qsizetype column) const
{
    if (length == 0)
        return QVariant();
    const QStringView view(begin, length);
    if (!dialect.nullMarker.isEmpty() && view == dialect.nullMarker)
        return QVariant();
    // Numbers the plan expects are parsed straight from the buffer: no string is made only to be
    // converted and thrown away. The parse is ValueConverter's own, so the value is the one it would
    // make; text that does not parse still travels as text, and the converter words the rejection.
    if (column < hints.size()) {
        if (hints.at(column) == TypeKind::Int64) {
            qlonglong number = 0;
            if (NumberText::parseInteger(view, &number) == NumberText::Parse::Ok)
                return QVariant(number);
        } else if (hints.at(column) == TypeKind::Real) {
            double number = 0;
            if (NumberText::parseReal(view, &number) == NumberText::Parse::Ok)
                return QVariant(number);
        }
    }
    return QString(qchars(begin), length);
}

// Blank lines between records are not records. Consumes them and counts them as lines.
Step CsvParser::State::skipBlankLines()
{
    const char16_t *begin = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype size = text.size();
    while (pos < size && isLineEnd(begin[pos])) {
        if (begin[pos] == u'\r') {
            if (pos + 1 == size && !eof)
                return Step::NeedMore; // might be the CR of a CRLF
            if (pos + 1 < size && begin[pos + 1] == u'\n')
                ++pos;
        }
        ++pos;
        ++line;
    }
    if (pos < size)
        return Step::Done;
    return eof ? Step::End : Step::NeedMore;
}

// Parses the quoted field whose opening quote is at p. Returns where the field ends (at the
// delimiter or line end after it), or nullptr when the buffer ends first and more input exists.
const char16_t *CsvParser::State::parseQuoted(const char16_t *p, const char16_t *end, qint64 &atLine,
                                              QList<QVariant> &fields, QString &problem)
{
    const qint64 startLine = atLine;
    QString built; // only used when the field has doubled quotes
    const char16_t *segment = ++p;
    for (;;) {
        while (p < end && *p != quote) {
            if (*p <= u'\r') {
                if (*p == u'\n' || (*p == u'\r' && (p + 1 == end || p[1] != u'\n')))
                    ++atLine;
            }
            ++p;
        }
        if (p == end) {
            if (!eof)
                return nullptr;
            if (problem.isEmpty())
                problem = QCoreApplication::translate("barge::CsvParser",
                                                      "unterminated quoted field starting at line %1").arg(startLine);
            built.append(qchars(segment), p - segment);
            fields.append(built.isEmpty() ? textOf(segment, 0) : built);
            return p;
        }
        if (p + 1 == end && !eof)
            return nullptr; // cannot tell a closing quote from a doubled one yet
        if (p + 1 < end && p[1] == quote) {
            built.append(qchars(segment), p + 1 - segment);
            p += 2;
            segment = p;
            continue;
        }
        break;
    }
    QString value = built.isEmpty() ? textOf(segment, p - segment)
                                    : built.append(qchars(segment), p - segment);
    // Text between the closing quote and the delimiter (`"ab"c,`) is kept, as most tools do.
    const char16_t *tail = ++p;
    while (p < end && *p != delimiter && !isLineEnd(*p))
        ++p;
    if (p == end && !eof)
        return nullptr;
    if (p > tail)
        value.append(qchars(tail), p - tail);
    fields.append(value);
    return p;
}

// Parses one record starting at pos, committing pos/line only when it is complete so that a
// NeedMore simply restarts it after the buffer is refilled.
Step CsvParser::State::parseRecord(QList<QVariant> &fields, QString *problem)
{
    const char16_t *begin = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *end = begin + text.size();
    const char16_t *p = begin + pos;
    const qsizetype suspectAt = firstSuspect();
    qint64 atLine = line;
    QString trouble;
    fields.clear();
    for (;;) {
        if (quoting && p < end && *p == quote) {
            p = parseQuoted(p, end, atLine, fields, trouble);
            if (!p)
                return Step::NeedMore;
        } else {
            const char16_t *q = p;
            while (q < end && *q != delimiter && *q != u'\n' && *q != u'\r')
                ++q;
            if (q == end && !eof)
                return Step::NeedMore;
            fields.append(unquotedValue(p, q - p, fields.size()));
            p = q;
        }
        // Suspects before pos are consumed and none sit on delimiters, so this one is in the field.
        if (p - begin > suspectAt && trouble.isEmpty())
            trouble = describeSuspect(suspects.at(suspectHead), pos, line, int(fields.size()));
        if (p < end && *p == delimiter) {
            ++p;
            continue;
        }
        if (p < end) { // a line end
            if (*p == u'\r' && p + 1 == end && !eof)
                return Step::NeedMore;
            p += (*p == u'\r' && p + 1 < end && p[1] == u'\n') ? 2 : 1;
            ++atLine;
        }
        break;
    }
    recordLine = line;
    line = atLine;
    pos = p - begin;
    consumeSuspectsBefore(pos);
    if (problem)
        *problem = trouble;
    return Step::Done;
}

QString CsvParser::State::describeSuspect(const Suspect &suspect, qsizetype recordStart,
                                          qint64 startLine, int field) const
{
    const QChar *t = text.constData();
    qint64 atLine = startLine;
    qsizetype lineStart = recordStart;
    for (qsizetype i = recordStart; i < suspect.index; ++i) {
        if (t[i] == u'\n' || (t[i] == u'\r' && t[i + 1] != u'\n')) {
            ++atLine;
            lineStart = i + 1;
        }
    }
    if (suspect.kind == Suspect::Nul)
        return QCoreApplication::translate("barge::CsvParser",
                                           "NUL byte in field %1 at line %2").arg(field).arg(atLine);
    const QStringView before(t + lineStart, suspect.index - lineStart);
    const qsizetype offset = codec == Codec::Utf8 ? utf8Length(before) : before.size(); // single-byte too
    return CsvParser::invalidEncodingReason()
        .arg(encodingName)
        .arg(field)
        .arg(atLine)
        .arg(codec == Codec::Utf8 || codec == Codec::SingleByte ? QCoreApplication::translate("barge::CsvParser", "byte")
                                  : QCoreApplication::translate("barge::CsvParser", "character"))
        .arg(offset + 1);
}

// --- public ------------------------------------------------------------------------------------

CsvParser::CsvParser(QIODevice *device, const CsvDialect &dialect)
    : d(std::make_unique<State>())
{
    d->device = device;
    d->dialect = dialect;
    d->delimiter = dialect.delimiter.unicode();
    d->quoting = !dialect.quote.isNull();
    d->quote = dialect.quote.unicode();
}

CsvParser::~CsvParser() = default;

bool CsvParser::start()
{
    if (d->started)
        return d->error.isEmpty();
    d->started = true;
    if (!d->device || !d->device->isReadable()) {
        d->error = QCoreApplication::translate("barge::CsvParser", "the CSV input is not open for reading");
        return false;
    }
    // Enough for any BOM, however the device splits its reads.
    const qint64 n = d->readBytes(kChunkBytes, 4);
    if (n < 0 || !d->setUpCodec())
        return false;
    d->eof = n == 0;
    d->decodeRaw(d->eof);
    if (d->dialect.detectDelimiter) {
        while (d->text.size() < kSniffChars && !d->eof) {
            if (!d->fill(kChunkBytes))
                return false;
        }
        d->delimiter = sniffDelimiter(QStringView(d->text).left(kSniffChars), d->dialect.quote).unicode();
    }
    return true;
}

bool CsvParser::restartAt(qint64 offset, qint64 line, qint64 end)
{
    if (!start())
        return false;
    if (!d->device->seek(offset)) {
        d->error = QCoreApplication::translate("barge::CsvParser", "cannot go to byte %1 of the CSV input: %2")
                       .arg(offset)
                       .arg(d->device->errorString());
        return false;
    }
    d->raw.clear();
    d->text.clear();
    d->pos = 0;
    d->suspects.clear();
    d->suspectHead = 0;
    d->eof = false;
    d->line = line;
    d->recordLine = 0;
    d->bytesRead = offset;
    d->limit = end;
    return true;
}

void CsvParser::setTypeHints(const QList<DataType> &columnTypes)
{
    d->hints.clear();
    for (const DataType &type : columnTypes)
        d->hints << (type.kind == TypeKind::Int64 || type.kind == TypeKind::Real ? type.kind : TypeKind::Text);
}

QChar CsvParser::delimiter() const
{
    return QChar(d->delimiter);
}

bool CsvParser::readRecord(QList<QVariant> &fields, QString *problem)
{
    if (problem)
        problem->clear();
    if (!start())
        return false;
    for (;;) {
        Step step = d->skipBlankLines();
        if (step == Step::Done)
            step = d->parseRecord(fields, problem);
        if (step == Step::Done)
            return true;
        if (step == Step::End)
            return false;
        // Ask for at least as many bytes as are pending, so long records double the read size.
        if (!d->fill(d->text.size() - d->pos))
            return false;
    }
}

qint64 CsvParser::recordLine() const
{
    return d->recordLine;
}

qint64 CsvParser::bytesRead() const
{
    return d->bytesRead;
}

QString CsvParser::error() const
{
    return d->error;
}

QString CsvParser::invalidEncodingReason()
{
    return tr("invalid %1 in field %2 at line %3, %4 %5 of the line");
}

QChar CsvParser::sniffDelimiter(QStringView sample, QChar quote)
{
    return CsvSniffer::delimiter(sample, quote);
}

} // namespace barge
