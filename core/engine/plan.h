#pragma once
// Plan: everything a migration needs, as a plain value: endpoints, table mappings, options.
// The wizard and the CLI build one; a profile is one written down; MigrationEngine runs one.

#include "endpoint/endpoint.h"
#include "mapping/tablemapping.h"

#include <QList>
#include <QString>

namespace barge {

enum class OnError { Abort, Skip };

struct MigrationOptions
{
    int batchSize = 50000;   // rows per commit
    OnError onError = OnError::Abort;
    QString rejectsDir;      // where <target table>.rejects.csv files go; empty = current folder
    int jobs = 1;            // tables in parallel
    bool verify = false;     // count the target's rows before and after each table and compare
    // Make each target table identical to its source (`barge sync`, the wizard's "make it
    // identical"): compare by key-group checksums (SyncDiff), merge what differs, delete the rows
    // the source no longer has. Every table's mode is then merge.
    bool sync = false;
    // Big tables with an integer key load in key ranges side by side, each resumable on its own
    // (RangeSplit): -1 automatic (about autoRangeRows per range, in a multiple of jobs ranges, for
    // tables above autoSplitAbove rows, with jobs > 1 and a PostgreSQL or MariaDB target), 0 never,
    // N rows per range.
    qint64 rangeRows = -1;
    static constexpr qint64 autoRangeRows = 1000000;
    static constexpr qint64 autoSplitAbove = 2000000;
    // Runs are shared by workers (`barge run PROFILE --worker`, or the profile's "workers": true;
    // WorkerRun): other processes share the run, so automatic ranges split on any PostgreSQL or
    // MariaDB target whatever jobs says.
    bool worker = false;

    friend bool operator==(const MigrationOptions &a, const MigrationOptions &b)
    {
        return a.batchSize == b.batchSize && a.onError == b.onError && a.rejectsDir == b.rejectsDir
            && a.jobs == b.jobs && a.verify == b.verify && a.sync == b.sync && a.rangeRows == b.rangeRows
            && a.worker == b.worker;
    }
};

struct Plan
{
    Endpoint source;
    Endpoint target;
    QList<TableMapping> tables;
    MigrationOptions options;

    friend bool operator==(const Plan &a, const Plan &b)
    {
        return a.source == b.source && a.target == b.target && a.tables == b.tables && a.options == b.options;
    }
    friend bool operator!=(const Plan &a, const Plan &b) { return !(a == b); }
};

// Plan indexes in load order: a table referenced by another's foreign key (or named in its
// loadAfter) comes first; tables in a cycle keep the plan's order, and so do unrelated ones.
QList<int> loadOrder(const QList<TableMapping> &tables);

QString onErrorName(OnError onError);
bool parseOnError(const QString &text, OnError *onError);

} // namespace barge
