#pragma once
// SyncDiff: what `barge sync` must change in one target table to make it equal its source,
// found without reading every row into Barge. Both sides sum their rows' hashes per key group
// where the rows are (TableDigest: in PostgreSQL's or MariaDB's own SQL, or through Barge's reader
// for SQLite and files), at the same time; only the groups whose sums differ are then listed row
// by row (keys and hashes). What differs: keys only the source has (to insert), keys whose rows
// differ (to update), keys only the target has (to delete, with --delete).
// Runs in the calling thread and two threads of its own, one per side.

#include "engine/plan.h"
#include "engine/report.h"
#include "io/tabledigest.h"

#include <QCoreApplication>
#include <atomic>

namespace barge {

struct SyncDiff
{
    Q_DECLARE_TR_FUNCTIONS(barge::SyncDiff)

public:
    QString table;            // target table
    QStringList keyColumns;   // the target's key (TableMapping::mergeKey)
    QStringList sourceKey;    // the same columns in the source
    bool integerKey = false;  // one integer column: keys are decimal numbers
    qint64 sourceRows = 0;
    qint64 targetRows = 0;
    qint64 groups = 0;        // key groups holding rows on either side
    qint64 differingGroups = 0;
    QList<QStringList> inserts; // keys (canonical texts) only the source holds
    QList<QStringList> updates; // keys whose rows differ
    QList<QStringList> remove;  // keys only the target holds
    qint64 unchanged = 0;
    QString how;               // "checksums by PostgreSQL and Barge (MD5)"
    // Rows only the target holds are deleted by their key's text, which is exact for integers and
    // text alone; for other key types they are listed and kept, and keepReason says why.
    QString keepReason;
    // The key's text is exact in every database (integers, text): reads and deletes go by it.
    bool exactKeys = true;
    // The target has no such table yet: the run creates it and copies every row (a first sync).
    bool newTable = false;

    bool identical() const { return !newTable && inserts.isEmpty() && updates.isEmpty() && remove.isEmpty(); }
    // A key as "id=42" or "a=1, b=x".
    QString keyText(const QStringList &key) const;
    // "3 to insert, 10 to update, 2 only in the target, 987 unchanged (key groups that differ: 12 of 64)"
    QString summary(bool deleting) const;

    // False with *error when a side cannot be read or the table has no key to match rows by.
    static bool compute(const Plan &plan, int tableIndex, const std::atomic<bool> *cancel, SyncDiff *diff,
                        QString *error);

    // The run that repairs what the diffs found: each table merges only the source rows of its new
    // and changed keys (TableMapping::syncKeys), and a table with none is skipped.
    static void restrict(Plan *plan, const QList<SyncDiff> &diffs);
    // After the run of `restrict`: the report's tables get the sync's counts (tables with nothing
    // to write too), and with deleteRows the rows only the targets hold are deleted, children
    // before the parents they point at (the plan's tables in reverse order), unless the run failed.
    static void finish(const Plan &plan, const QList<SyncDiff> &diffs, bool deleteRows, Report *report);
    // Deletes the rows of `remove` from the target table in one transaction; *deleted counts them.
    bool deleteRemoved(const Plan &plan, qint64 *deleted, QString *error) const;
    // Most keys a run reads by name; past it the table's reader reads every row (the merge still
    // writes only what changed).
    static constexpr int maxNamedKeys = 200000;
};

} // namespace barge
