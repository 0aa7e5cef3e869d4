#pragma once
// CsvSniffer: guesses a CSV file's delimiter among , ; tab | from a sample of its first lines.
// The user can always override it (CsvDialect::detectDelimiter). Stateless and thread safe.

#include <QChar>
#include <QStringView>

namespace barge {

class CsvSniffer
{
public:
    // Most likely delimiter for a sample of the first lines (',' when nothing fits); `quote`
    // characters enclose text that does not count.
    static QChar delimiter(QStringView sample, QChar quote);
};

} // namespace barge
