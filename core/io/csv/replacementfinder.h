#pragma once
// ReplacementFinder: after a stateless UTF-8 or UTF-16 decode of `bytes` into `decoded`, which of the
// U+FFFD in the text stand for invalid bytes and which were genuine U+FFFD in the input. CsvParser
// reports a record only for the former. Pure functions; any thread.

#include <QByteArrayView>
#include <QList>
#include <QStringView>

namespace barge {

class ReplacementFinder
{
public:
    // Indexes into `decoded`, ascending.
    static QList<qsizetype> inUtf8(QStringView decoded, QByteArrayView bytes);
    static QList<qsizetype> inUtf16(QStringView decoded, QByteArrayView bytes, bool littleEndian);
};

} // namespace barge
