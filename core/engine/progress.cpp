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

double Progress::rowsPerSecond() const
{
    return seconds > 0 ? double(read()) / seconds : 0.0;
}

double Progress::fraction() const
{
    if (tables.isEmpty())
        return -1;
    double done = 0;
    for (const TableProgress &t : tables) {
        const double f = t.fraction();
        if (f < 0)
            return -1;
        done += f;
    }
    return done / tables.size();
}

double Progress::etaSeconds() const
{
    const double f = fraction();
    if (f <= 0.001 || seconds < 0.5)
        return -1;
    return seconds * (1.0 - f) / f;
}

} // namespace barge
