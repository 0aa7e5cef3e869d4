#pragma once
// Verifier: compares one table of a plan's source with its target after a load, without holding
// either in memory. Both sides are read through Barge's own readers and converted to the target
// columns' types, so each value has one canonical, engine-neutral form (an instant in UTC, a
// decimal's canonical text, a real's shortest round trip). Rows are hashed from that form and
// summed per key group (the hash of the primary key picks one of `groups`); equal sums and counts
// mean equal contents. Groups that differ are read again and compared key by key, which names
// the rows that differ. A table without a primary key is compared by row count only, and said so.
// Runs in the calling thread (a worker: it opens its own connections there); cancel is polled.

#include "engine/plan.h"

#include <QStringList>
#include <atomic>

namespace barge {

class Verifier
{
public:
    struct Result
    {
        QString table;            // target table
        qint64 sourceRows = 0;    // source rows that convert (the others are rejects of the load)
        qint64 unconvertible = 0; // source rows that do not convert to the target's types
        qint64 targetRows = 0;
        bool keyed = false;       // compared by content (the target has a primary key)
        int groups = 0;
        int differingGroups = 0;
        qint64 differingRows = 0; // rows only on one side or different, among the groups examined
        QStringList examples;     // "id=42: only in the source", at most maxExamples

        bool equal() const { return sourceRows == targetRows && differingGroups == 0; }
        // One line: "verified: 3,000 rows equal in source and target (content of 1,024 key groups)".
        QString summary() const;
    };

    static constexpr int maxExamples = 20;
    static constexpr int maxGroupsExamined = 64; // differing groups read again to name rows

    static bool verify(const Plan &plan, int tableIndex, const std::atomic<bool> *cancel, Result *result,
                       QString *error);
    // The mapping that reads the target table back: each target column as itself, in its own type,
    // with nothing required (a NULL the target holds is a value to compare, not a reason to reject).
    // Columns the target computes are left out (compared through those they are computed from).
    static TableMapping targetReadBack(const TableMapping &mapping);
};

} // namespace barge
