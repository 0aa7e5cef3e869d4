#pragma once
// MappingWarnings: field mappings that run but are probably not meant: one source column feeding
// two target columns, or a target column filled from another column although the source table has
// one of the target column's name. Sentences in the current language, like Planner::warnings. Stateless.

#include "engine/plan.h"
#include "schema/tableschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace barge {

class MappingWarnings
{
    Q_DECLARE_TR_FUNCTIONS(barge::MappingWarnings)

public:
    // One table's mapping against the columns of its source table.
    static QStringList of(const TableMapping &table, const TableSchema &source);
    // Every table of the plan that is copied; sources by source table name (PlanInsight::sources).
    static QStringList of(const Plan &plan, const QHash<QString, TableSchema> &sources);
};

} // namespace barge
