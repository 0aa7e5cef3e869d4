#pragma once
// PlanDescription: the plan as the Summary page lists it (tables, what happens to each, every column
// with its declared type), in the wizard's language. Planner::describe says the same in English for
// `barge run --dry-run`, whose output stays the same whatever the locale.

#include "engine/planner.h"

#include <QCoreApplication>
#include <QStringList>

namespace barge {

class PlanDescription
{
    Q_DECLARE_TR_FUNCTIONS(PlanDescription)

public:
    static QStringList lines(const Plan &plan, const PlanInsight &insight);
};

} // namespace barge
