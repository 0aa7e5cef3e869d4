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
    // What happens to a table ("create", "merge by id: ..."), given whether its target exists.
    static QString action(const TableMapping &table, bool exists);
    // The rows a table's run reads: its incremental selection, else the source's count.
    static QString rowCount(const TableMapping &table, const TableSchema &source, bool sync);
    // Where a target column's values come from: a source column, NULL or a constant.
    static QString origin(const FieldMapping &field);
};

} // namespace barge
