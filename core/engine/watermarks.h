#pragma once
// Watermarks: planning an incremental run (TableMapping::watermark). Each table with a watermark
// is checked (a database source that can select rows by the column, a column that orders, the
// merge mode, so that rows read again update rather than repeat), and the source is asked how many
// rows lie past the last run's value less the overlap, and the largest value among them: the run
// reads exactly those rows, and the profile's state then goes on from that value (WatermarkState).
// Runs in the planning thread, as the planner does.

#include "engine/plan.h"
#include "engine/planner.h"

#include <QCoreApplication>
#include <QString>

namespace barge {

class Watermarks
{
    Q_DECLARE_TR_FUNCTIONS(barge::Watermarks)

public:
    // Checks and sizes every watermark of the plan (a sync ignores them: it compares every row).
    // A target table that does not exist yet gets every row. False with *error naming the table.
    static bool settle(Plan *plan, const PlanInsight &insight, QString *error);
    // "watermark updated_at from 2026-12-01 10:00:00 less 10 min of overlap: 1,234 rows up to ..." (English: the dry
    // run's), or with `translated` in the current language (the wizard's summary).
    static QString describe(const Watermark &watermark, bool translated = false);
    // An overlap of seconds as a person writes it: "90 s", "10 min", "2 h", "1 d".
    static QString overlapText(qint64 overlap);
    // Reads "600", "90s", "10m", "10min", "2h", "1d" (seconds; units for number columns).
    static bool parseOverlap(const QString &text, qint64 *overlap);
};

} // namespace barge
