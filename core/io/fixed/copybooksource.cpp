#include "io/fixed/copybooksource.h"

namespace barge {

namespace {

constexpr int kSequenceWidth = 6;  // columns 1-6
constexpr int kTextStart = 7;      // 0-based: column 8
constexpr int kTextEnd = 72;       // text ends after column 72

// The text of the copybook as one stream of characters, each remembering its line, so that an
// entry spanning lines (and a word continued on the next line) reads as if written on one.
struct Stream
{
    QString chars;
    QList<int> lines;
    QChar openQuote; // the quote of a literal still open at the end of the stream, or null

    void append(QStringView text, int line)
    {
        for (const QChar c : text) {
            chars.append(c == u'\t' ? QChar(u' ') : c);
            lines.append(line);
            if (!openQuote.isNull()) {
                if (c == openQuote)
                    openQuote = QChar();
            } else if (c == u'\'' || c == u'"') {
                openQuote = c;
            }
        }
    }
    void chopTrailingSpaces()
    {
        while (!chars.isEmpty() && chars.back().isSpace()) {
            chars.chop(1);
            lines.removeLast();
        }
    }
};

// A continuation line goes on with a literal left open (after the quote that resumes it) or with
// the last word of the previous line (COBOL joins them without a space).
void appendContinuation(Stream &stream, QStringView text, int line)
{
    if (stream.chars.endsWith(u'\n')) {
        stream.chars.chop(1);
        stream.lines.removeLast();
    }
    if (!stream.openQuote.isNull()) {
        const qsizetype quote = text.indexOf(stream.openQuote);
        if (quote >= 0) {
            stream.append(text.mid(quote + 1), line);
            return;
        }
    }
    stream.chopTrailingSpaces();
    stream.append(text.trimmed(), line);
}

Stream streamOf(const QStringList &lines, bool freeFormat)
{
    Stream stream;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const int number = int(i) + 1;
        if (freeFormat) {
            if (line.startsWith(u'*') || line.startsWith(u'/'))
                continue;
            stream.append(line, number);
        } else {
            const QChar indicator = line.size() > kSequenceWidth ? line.at(kSequenceWidth) : QChar(u' ');
            if (indicator != u' ' && indicator != u'-')
                continue; // comment, page eject or debugging line
            const QStringView text = QStringView(line).mid(kTextStart, kTextEnd - kTextStart);
            if (indicator == u'-') {
                appendContinuation(stream, text, number);
                stream.append(u"\n", number);
                continue;
            }
            stream.append(text, number);
        }
        stream.append(u"\n", number);
    }
    return stream;
}

bool isSeparator(QStringView chars, qsizetype at)
{
    const QChar c = chars.at(at);
    if (c.isSpace())
        return true;
    // ", " and "; " separate like a space; a comma inside a word (an edited picture) does not.
    return (c == u',' || c == u';') && (at + 1 == chars.size() || chars.at(at + 1).isSpace());
}

} // namespace

bool CopybookSource::isFreeFormat(const QStringList &lines)
{
    for (const QString &line : lines) {
        const QString head = line.left(kSequenceWidth + 2);
        qsizetype start = 0;
        while (start < head.size() && (head.at(start) == u' ' || head.at(start) == u'\t'))
            ++start;
        if (start >= kSequenceWidth)
            continue;
        qsizetype end = start;
        while (end < line.size() && line.at(end).isDigit())
            ++end;
        const bool wordEnds = end == line.size() || line.at(end).isSpace() || line.at(end) == u'.';
        // Ending before column 6 tells it from a right-aligned sequence number ("    10").
        if (end - start >= 1 && end - start <= 2 && end < kSequenceWidth && wordEnds)
            return true;
    }
    return false;
}

QList<CopybookEntry> CopybookSource::entries(const QString &text)
{
    QString normalized = text;
    normalized.remove(u'\r');
    const QStringList lines = normalized.split(u'\n');
    const Stream stream = streamOf(lines, isFreeFormat(lines));
    const QStringView chars(stream.chars);

    QList<CopybookEntry> entries;
    CopybookEntry current;
    qsizetype at = 0;
    while (at < chars.size()) {
        if (isSeparator(chars, at)) {
            ++at;
            continue;
        }
        if (chars.mid(at).startsWith(u"*>")) {
            while (at < chars.size() && chars.at(at) != u'\n')
                ++at;
            continue;
        }
        const qsizetype start = at;
        QChar quote;
        while (at < chars.size() && (!quote.isNull() || !isSeparator(chars, at))) {
            const QChar c = chars.at(at);
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
                else if (c == u'\n')
                    break; // a literal never spans a line unless continued
            } else if (c == u'\'' || c == u'"') {
                quote = c;
            }
            ++at;
        }
        QString word = chars.mid(start, at - start).toString();
        // A period followed by a space or the end of the text ends the entry.
        const bool endsEntry = quote.isNull() && word.endsWith(u'.');
        if (endsEntry)
            word.chop(1);
        if (!word.isEmpty())
            current.words.append({word, stream.lines.at(start)});
        if (endsEntry && !current.words.isEmpty()) {
            entries.append(current);
            current = {};
        }
    }
    if (!current.words.isEmpty())
        entries.append(current);
    return entries;
}

} // namespace barge
