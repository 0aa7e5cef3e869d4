#include "io/csv/csvsniffer.h"

#include <QList>

#include <algorithm>
#include <array>

namespace barge {

namespace {

constexpr int kSniffLines = 20;

constexpr std::array<char16_t, 4> kCandidates = {u',', u';', u'\t', u'|'};
using LineCounts = std::array<int, kCandidates.size()>;

// Per non-empty line of the sample, how often each candidate occurs outside quotes.
QList<LineCounts> countCandidates(QStringView sample, QChar quote)
{
    QList<LineCounts> lines;
    LineCounts counts{};
    bool inQuotes = false;
    bool content = false;
    for (QChar c : sample) {
        if (!quote.isNull() && c == quote) {
            inQuotes = !inQuotes;
            content = true;
        } else if (inQuotes) {
            continue;
        } else if (c == u'\n' || c == u'\r') {
            if (content)
                lines.append(counts);
            if (lines.size() == kSniffLines)
                break;
            counts = {};
            content = false;
        } else {
            content = true;
            for (size_t k = 0; k < kCandidates.size(); ++k)
                counts[k] += c == kCandidates[k];
        }
    }
    // The last line may be cut off by the sample size; use it only when it is all there is.
    if (content && lines.isEmpty())
        lines.append(counts);
    return lines;
}

} // namespace

// The delimiter is the candidate whose count is the same on most lines (its mode); more lines
// agreeing beats a higher count, so decimal commas in a ';' file do not win over the header line.
QChar CsvSniffer::delimiter(QStringView sample, QChar quote)
{
    const QList<LineCounts> lines = countCandidates(sample, quote);
    QChar best(u',');
    int bestAgree = 0;
    int bestCount = 0;
    for (size_t k = 0; k < kCandidates.size(); ++k) {
        if (QChar(kCandidates[k]) == quote)
            continue;
        int mode = 0;
        int agree = 0;
        for (const LineCounts &candidate : lines) {
            const int count = candidate[k];
            const int same = int(std::count_if(lines.cbegin(), lines.cend(),
                                               [&](const LineCounts &l) { return l[k] == count; }));
            if (same > agree || (same == agree && count > mode)) {
                agree = same;
                mode = count;
            }
        }
        if (mode > 0 && (agree > bestAgree || (agree == bestAgree && mode > bestCount))) {
            best = QChar(kCandidates[k]);
            bestAgree = agree;
            bestCount = mode;
        }
    }
    return best;
}

} // namespace barge
