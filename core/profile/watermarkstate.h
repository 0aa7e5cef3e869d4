#pragma once
// WatermarkState: what a profile's incremental runs remember (TableMapping::watermark), per source
// and target: the watermark column's value a target table's rows are in up to, so that the next
// `barge run` copies only the rows from it on. One JSON file per profile path in the user's data
// folder, beside the checkpoints; written atomically. A value moves on only from the report of a
// table that finished (a stopped or failed table keeps its old one, and its next run reads the same
// rows again: they merge); a table a run copies whole loses its old value before the run starts, so
// that a stop then never leaves a value the target's rows do not reach. Entries of other sources or
// targets (a run against a test database) are kept apart. A plain value, one thread at a time.

#include "engine/plan.h"
#include "engine/report.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace barge {

class WatermarkState
{
    Q_DECLARE_TR_FUNCTIONS(barge::WatermarkState)

public:
    struct Mark
    {
        QString source;      // the source's URL (never with a password)
        QString sourceTable;
        QString target;      // the target's URL
        QString targetTable;
        QString column;      // the watermark column
        QString value;       // the highest value copied, as the source spells it
        QDateTime copied;    // when the run that copied it ended (UTC)
    };

    QList<Mark> marks;

    static QString fileFor(const QString &profileFile);
    // A missing file is an empty state; an unreadable one is false with *error.
    static bool load(const QString &fileName, WatermarkState *state, QString *error);
    bool save(const QString &fileName, QString *error) const;
    // Sets each watermark table's `after` from the mark of the same source and target tables and
    // column (else clears it: every row).
    void apply(Plan *plan) const;
    // Forgets the marks of the tables `plan` (as planned) copies whole: their `after` is empty.
    void forgetWhole(const Plan &plan);
    // Takes the value of each table the run finished (TableReport::watermark).
    void record(const Plan &plan, const Report &report);

    // For a run of the profile in `profileFile`: before it (forgetWhole) and after it (record), the
    // state loaded, changed and saved. True at once when the plan has no watermark; false with
    // *error when the state cannot be kept.
    static bool begin(const QString &profileFile, const Plan &plan, QString *error);
    static bool remember(const QString &profileFile, const Plan &plan, const Report &report, QString *error);

private:
    const Mark *find(const Plan &plan, const TableMapping &table) const;
    Mark *find(const Plan &plan, const TableMapping &table)
    {
        return const_cast<Mark *>(std::as_const(*this).find(plan, table));
    }
};

} // namespace barge
