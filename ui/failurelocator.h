#pragma once
// FailureLocator: after a run that failed, which wizard page holds the setting to change: the source,
// the target, the mapping or the options. It reads what the report says and, where that does not
// settle it, tries both endpoints again, so it blocks: run it with QtConcurrent::run.

#include "endpoint/endpoint.h"
#include "engine/plan.h"
#include "engine/report.h"

#include <QString>

namespace barge {

struct FailureLocation
{
    int pageId = -1;  // a MigrationWizard::PageId; -1 when the run did not fail
    QString message;  // the failure, to show at the setting
    bool unreachable = false; // the endpoint fails Test connection now (not just this run's rows)
};

class FailureLocator
{
public:
    static FailureLocation locate(const Plan &plan, const Report &report);
    // The first failure the report holds: the run's own, else the first failed table's; with the
    // target table it is about, when it is a table's.
    static QString firstError(const Report &report, QString *targetTable = nullptr);
};

} // namespace barge
