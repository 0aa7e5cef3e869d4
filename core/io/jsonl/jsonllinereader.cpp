#include "io/jsonl/jsonllinereader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace barge {

// Reads up to the next '\n' into *line in chunks, keeping at most maxLineBytes + 1 bytes.
bool JsonlLineReader::readOne(QByteArray *line, bool *complete)
{
    constexpr qsizetype chunk = 64 * 1024;
    line->resize(0); // keeps the capacity for the next line
    *complete = false;
    while (!*complete && line->size() <= maxLineBytes) {
        const qsizetype start = line->size();
        line->resize(start + chunk + 1);
        const qint64 got = m_device->readLine(line->data() + start, chunk + 1);
        if (got < 0) {
            line->resize(start);
            if (!m_device->atEnd() && start == 0)
                m_error = m_device->errorString();
            break;
        }
        line->resize(start + qsizetype(got));
        m_bytes += got;
        *complete = got > 0 && line->endsWith('\n');
        if (got < chunk && !*complete)
            break; // the end of the file
    }
    return !line->isEmpty();
}

bool JsonlLineReader::next(QByteArray *line, qint64 *number, QString *problem)
{
    problem->clear();
    while (true) {
        bool complete = false;
        if ((m_limit >= 0 && m_bytes >= m_limit) || !readOne(line, &complete))
            return false;
        ++m_line;
        if (m_line == 1 && m_fileStart && line->startsWith("\xEF\xBB\xBF"))
            line->remove(0, 3);
        if (!complete && line->size() > maxLineBytes) {
            // Skip the rest of the line without keeping it.
            while (readOne(line, &complete) && !complete) {
            }
            line->resize(0);
            *number = m_line;
            *problem = QCoreApplication::translate("barge::JsonlLineReader", "line longer than %1 MB").arg(maxLineBytes >> 20);
            return true;
        }
        if (complete)
            line->chop(1);
        if (line->endsWith('\r'))
            line->chop(1);
        if (isBlank(*line))
            continue;
        *number = m_line;
        return true;
    }
}

bool JsonlLineReader::isBlank(const QByteArray &line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    }
    return true;
}

} // namespace barge
