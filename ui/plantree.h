#pragma once
// PlanTree: the Summary page's plan as a tree to scan, sort and expand: a row per table (what
// happens to it, the rows it reads, its warnings counted) and under it its warnings, with icons,
// then its columns (where each comes from, its type in the source and in the target). The same
// facts as PlanDescription's text, in the wizard's language. GUI thread only.

#include "engine/planner.h"

#include <QTreeWidget>

namespace barge {

class PlanTree : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, FromColumn, SourceTypeColumn, TargetTypeColumn, ActionColumn, RowsColumn, NotesColumn };

    explicit PlanTree(QWidget *parent = nullptr);

    // Shows `plan` as planned, with what planning learned; its warnings per table.
    void showPlan(const Plan &plan, const PlanInsight &insight);
};

} // namespace barge
