#include "io/jsonl/jsonarrayreader.h"

#include <QIODevice>

namespace barge {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Bytes the element scanner can pass over without looking: inside a string all but '"', '\\' and
// the line break (lines are counted); outside, all but quotes, brackets, braces, commas and blanks.
struct PlainBytes
{
    bool inString[256] = {};
    bool outside[256] = {};
    constexpr PlainBytes()
    {
        for (int b = 0; b < 256; ++b) {
            inString[b] = b != '"' && b != '\\' && b != '\n';
            outside[b] = b != '"' && b != '{' && b != '[' && b != '}' && b != ']' && b != ',' && b != ' ' && b != '\t'
                && b != '\r' && b != '\n';
        }
    }
};
constexpr PlainBytes plainBytes;

QString shown(char c)
{
    return uchar(c) >= 0x20 && uchar(c) < 0x7f ? QString(QLatin1Char(c)) : QStringLiteral("\\x%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
}

} // namespace

bool JsonArrayReader::fill()
{
    if (m_eof)
        return false;
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + m_chunk);
    const qint64 got = m_device->read(m_buffer.data() + kept, m_chunk);
    if (got <= 0) {
        m_buffer.resize(kept);
        m_eof = true;
        if (got < 0)
            m_error = m_device->errorString();
        return false;
    }
    m_buffer.resize(kept + qsizetype(got));
    return true;
}

bool JsonArrayReader::peekByte(char *c)
{
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    *c = m_buffer.at(m_pos);
    return true;
}

void JsonArrayReader::take()
{
    if (m_buffer.at(m_pos) == '\n')
        ++m_line;
    ++m_pos;
    ++m_consumed;
}

bool JsonArrayReader::skipBlanks()
{
    char c = 0;
    while (peekByte(&c)) {
        if (!isBlank(c))
            return true;
        take();
    }
    return false;
}

bool JsonArrayReader::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = why;
    m_state = State::Failed;
    return false;
}

bool JsonArrayReader::endOfArray()
{
    char c = 0;
    if (skipBlanks() && peekByte(&c))
        return fail(tr("line %1: text after the array's closing ] ('%2')").arg(m_line).arg(shown(c)));
    m_state = State::Done;
    return false;
}

bool JsonArrayReader::next(QByteArray *record, qint64 *number, QString *problem)
{
    problem->clear();
    record->resize(0);
    char c = 0;
    switch (m_state) {
    case State::Done:
    case State::Failed:
        return false;
    case State::Start:
        // A byte order mark, however the first reads cut it.
        while (m_buffer.size() - m_pos < 3 && fill()) {
        }
        if (QByteArrayView(m_buffer).sliced(m_pos).startsWith("\xEF\xBB\xBF")) {
            m_pos += 3;
            m_consumed += 3;
        }
        if (!skipBlanks())
            return m_error.isEmpty() ? fail(tr("the file is empty; a JSON file holds one array of objects")) : false;
        peekByte(&c);
        if (c != '[')
            return fail(tr("line %1: a JSON file holds one array of objects ([{...}, {...}]); this one starts with '%2' "
                           "(JSON Lines, one object a line, is the jsonl: kind)")
                            .arg(m_line)
                            .arg(shown(c)));
        take();
        if (!skipBlanks())
            return fail(tr("the file ends inside the array, before its first element: it may be truncated"));
        peekByte(&c);
        if (c == ']') {
            take();
            return endOfArray();
        }
        break;
    case State::AfterElement:
        if (!skipBlanks())
            return fail(tr("the file ends after element %1 (line %2) without the array's closing ]: it may be truncated")
                            .arg(m_element)
                            .arg(m_elementLine));
        peekByte(&c);
        if (c == ']') {
            take();
            return endOfArray();
        }
        if (c != ',')
            return fail(tr("line %1: ',' or ']' expected after element %2, found '%3'").arg(m_line).arg(m_element).arg(shown(c)));
        take();
        if (!skipBlanks())
            return fail(tr("the file ends after element %1 and a comma: it may be truncated").arg(m_element));
        peekByte(&c);
        if (c == ']')
            return fail(tr("line %1: a comma before the array's closing ] (no element %2)").arg(m_line).arg(m_element + 1));
        break;
    case State::BeforeElement:
        break;
    }

    // An element: up to its closing brace or bracket, or a scalar up to a comma, bracket or blank.
    ++m_element;
    m_elementLine = m_line;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool tooLong = false;
    bool ended = false;
    while (!ended) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (depth == 0 && !inString && !record->isEmpty() && m_error.isEmpty())
                break; // a scalar at the end of the file: the missing ] is said next time
            return m_error.isEmpty()
                ? fail(tr("the file ends inside element %1 (from line %2): it may be truncated").arg(m_element).arg(m_elementLine))
                : false;
        }
        const char *data = m_buffer.constData();
        const qsizetype end = m_buffer.size();
        qsizetype i = m_pos;
        for (; i < end; ++i) {
            if (!escaped) {
                const bool *plain = inString ? plainBytes.inString : plainBytes.outside;
                while (i < end && plain[uchar(data[i])])
                    ++i;
                if (i == end)
                    break;
            }
            const char ch = data[i];
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (ch == '\\')
                    escaped = true;
                else if (ch == '"')
                    inString = false;
            } else if (ch == '"') {
                inString = true;
            } else if (ch == '{' || ch == '[') {
                ++depth;
            } else if (ch == '}' || ch == ']') {
                if (depth == 0) {
                    ended = true; // the array's end right after a scalar: not this element's
                    break;
                }
                if (--depth == 0) {
                    ++i;
                    ended = true;
                    break;
                }
            } else if (depth == 0 && (ch == ',' || isBlank(ch))) {
                ended = true;
                break;
            }
            if (ch == '\n')
                ++m_line;
        }
        if (!tooLong) {
            record->append(data + m_pos, i - m_pos);
            if (record->size() > maxElementBytes) {
                tooLong = true;
                record->resize(0);
                record->squeeze();
            }
        }
        m_consumed += i - m_pos;
        m_pos = i;
    }
    m_state = State::AfterElement;
    *number = m_element;
    if (tooLong)
        *problem = tr("element longer than %1 MB").arg(maxElementBytes >> 20);
    return true;
}

} // namespace barge
