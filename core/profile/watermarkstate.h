#pragma once
// WatermarkState: what a profile's incremental runs remember (TableMapping::watermark), per target
// table: the watermark column's value its rows are in up to, so that the next `barge run` copies
// only the rows past it. One JSON file per profile path in the user's data folder, beside the
// checkpoints; written atomically, and only from the reports of tables that finished (a stopped
// or failed table keeps its old value, and its next run reads the same rows again: they merge).
// The state holds for the target it was written for: a profile pointed elsewhere starts afresh.
// A plain value, used by one thread at a time.

#include "engine/plan.h"
#include "engine/report.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace barge {

class WatermarkState
{
    Q_DECLARE_TR_FUNCTIONS(barge::WatermarkState)

public:
    struct Mark
    {
        QString source;   // source table
        QString column;   // its watermark column
        QString value;    // the highest value copied, as the source spells it
        QDateTime copied; // when the run that copied it ended (UTC)
    };

    QString target;             // the target's URL (never with a password)
    QHash<QString, Mark> tables; // by target table

    static QString fileFor(const QString &profileFile);
    // A missing file is an empty state; an unreadable one is false with *error.
    static bool load(const QString &fileName, WatermarkState *state, QString *error);
    bool save(const QString &fileName, QString *error) const;
    // Sets each watermark table's `after` from the state when it was written for the same target,
    // tables and column (else clears it: every row).
    void apply(Plan *plan) const;
    // Takes the value of each table the run finished (TableReport::watermark).
    void record(const Plan &plan, const Report &report);
    // For a run of the profile in `profileFile`: loads its state, records the run and saves it.
    // True at once when the plan has no watermark; false with *error when the state cannot be kept.
    static bool remember(const QString &profileFile, const Plan &plan, const Report &report, QString *error);
};

} // namespace barge
