#include "engine/progress.h"

#include "engine/totals.h"

#include <algorithm>

namespace barge {

double TableProgress::fraction() const
{
    // A table stopped early (cancel, failure) is done but not complete: count what it read.
    if (state == State::Done && (totalRows < 0 || read >= totalRows))
        return 1.0;
    if (totalRows > 0)
        return std::min(1.0, double(read) / double(totalRows));
    if (totalRows == 0)
        return state == State::Running ? 0.99 : 0.0;
    if (totalBytes > 0)
        return std::min(1.0, double(bytes) / double(totalBytes));
    return -1;
}

qint64 Progress::read() const
{
    return sumOf(tables, &TableProgress::read);
}

qint64 Progress::written() const
{
    return sumOf(tables, &TableProgress::written);
}

qint64 Progress::rejected() const
{
    return sumOf(tables, &TableProgress::rejected);
}

qint64 Progress::resumed() const
{
    return sumOf(tables, &TableProgress::resumed);
}

double Progress::rowsPerSecond() const
{
    return seconds > 0 ? double(read() - resumed()) / seconds : 0.0;
}

namespace {

// The tables' fractions (of `part`, 0..1 each) weighted as Progress::fraction() describes.
template<typename Part>
double weighted(const QList<TableProgress> &tables, Part part)
{
    qint64 knownRows = 0;
    int known = 0;
    for (const TableProgress &t : tables) {
        if (t.totalRows > 0) {
            knownRows += t.totalRows;
            ++known;
        }
    }
    const double unknownWeight = known > 0 ? double(knownRows) / known : 1.0;
    double done = 0;
    double total = 0;
    for (const TableProgress &t : tables) {
        const double weight = t.totalRows > 0 ? double(t.totalRows) : t.totalRows == 0 ? 1.0 : unknownWeight;
        done += std::max(0.0, part(t)) * weight;
        total += weight;
    }
    return total > 0 ? done / total : -1;
}

} // namespace

double Progress::fraction() const
{
    if (tables.isEmpty())
        return -1;
    return weighted(tables, [](const TableProgress &t) { return t.fraction(); });
}

double Progress::etaSeconds() const
{
    const double f = fraction();
    // What the interrupted run had done was done before this run's clock started.
    const double before = weighted(tables, [](const TableProgress &t) {
        return t.totalRows > 0 ? std::min(1.0, double(t.resumed) / double(t.totalRows)) : 0.0;
    });
    const double now = f - std::max(0.0, before);
    if (now <= 0.001 || seconds < 0.5)
        return -1;
    return seconds * (1.0 - f) / now;
}

} // namespace barge
