#pragma once
// RangeSplit: one big table loaded as many key ranges side by side (docs/scaling.md). Which tables
// split, by which column and into how many parts (the policy, shared by the planner's dry run and
// the engine); the steps before and after a split table's ranges (prepare: the ranges and the
// target table, once; finish: verify, indexes and the rejects file, once); and the table's report
// made of its ranges' reports. The ranges themselves load as TableJobs with a JobRange.

#include "engine/checkpoint.h"
#include "engine/plan.h"
#include "engine/report.h"
#include "io/keyrange.h"

#include <QCoreApplication>

#include <atomic>

namespace barge {

struct JobCheckpoint;

class RangeSplit
{
    Q_DECLARE_TR_FUNCTIONS(barge::RangeSplit)

public:
    // "auto" -1, "off" 0, or a number of rows per range from minRangeRows: the profile's "ranges"
    // and the CLI's --ranges. False with *error when the text is none of these.
    static bool parse(const QString &text, qint64 *rangeRows, QString *error);
    static QString name(qint64 rangeRows); // parse's inverse: "auto", "off", "250000"
    static constexpr qint64 minRangeRows = 1000;
    static constexpr qint64 maxRangeRows = 1000000000;

    // The integer column `source` (read from a source of `dialect`) splits by: its one-column
    // integer primary key, else a SQLite table's rowid; empty when there is none.
    static QString keyColumn(const TableSchema &source, Dialect dialect);
    // What `source`, a table of plan's source, splits by: KeyRange::records() for a file source
    // that splits at record boundaries (CSV), else keyColumn(); for a PostgreSQL table without
    // one, KeyRange::pages() when the plan asks for ranges of N rows (never automatically: a row
    // updated while the ranges load moves to another page, see docs/scaling.md).
    static QString splitColumn(const Plan &plan, const TableSchema &source);
    // Whether `table` may load in ranges in `plan`, whatever its size: ranges are on, and its mode,
    // the run's options and both ends allow them.
    static bool maySplit(const Plan &plan, const TableMapping &table);
    // Rows per range for `table` of about `rows` rows in `plan`; 0 when it loads as one stream
    // (too small, ranges off, a mode or option that reads the table another way, a CSV target).
    static qint64 rowsPerRange(const Plan &plan, const TableMapping &table, qint64 rows);
    // For the dry run: "in ~10 ranges of id (1,000,000 rows each)", empty when the table is not split.
    static QString describe(const Plan &plan, const TableMapping &table, const TableSchema &source);

    struct Prepared
    {
        QString error;          // the table cannot load: nothing was written
        QString note;           // why a table that could split loads as one stream after all
        QString column;         // the key the ranges are of
        QList<KeyRange> ranges; // empty: the table loads as one stream, nothing was done
        QStringList columns;    // the source's, for the rejects file's header
        qint64 rows = -1;       // the source's estimate
        qint64 rowsBefore = -1; // verify: the target's count before any range wrote
        QString countError;
    };
    // On a pool thread, before any range of table `index` loads: the ranges (those of `saved`, an
    // interrupted run's, when it has them: a resume never splits anew and the target was made
    // ready then), else new ones and the target made ready once for the table's mode; then the
    // target's row count for verify.
    static Prepared prepare(const Plan &plan, int index, const JobCheckpoint &checkpoint, const Checkpoint::Table *saved);
    // prepare()'s two steps. The source's side: its columns, estimate, key and ranges (saved's when
    // it has them, else new ones; none when the table loads as one stream).
    static Prepared readSource(const Plan &plan, int index, const Checkpoint::Table *saved);
    // The target's side, for *prepared's ranges: the target table made ready for the table's mode and
    // the mark table (unless `saved`, an interrupted run's ranges, says that was done), then
    // its row count for verify. A failure is in prepared->error.
    static void prepareTarget(const Plan &plan, int index, const JobCheckpoint &checkpoint,
                              const Checkpoint::Table *saved, Prepared *prepared);

    // On a pool thread, once every range of table `index` has ended: the table's report made of the
    // ranges', its rejects parts made one file, and, when every range loaded, verify and what waits
    // for the rows (indexes, the key, sequences). The reports' resumedWritten (and the written rows of
    // ranges an interrupted run finished) are in prepared.rowsBefore already.
    static TableReport finish(const Plan &plan, int index, const Prepared &prepared, const QList<TableReport> &rangeReports,
                              const std::atomic<bool> *cancel);

    // One report of a table from its ranges' (in range order): counts summed, the worst status,
    // the first failure named by its range.
    static TableReport combine(const TableMapping &table, const QString &column, const QList<KeyRange> &ranges,
                               const QList<TableReport> &reports);
};

} // namespace barge
