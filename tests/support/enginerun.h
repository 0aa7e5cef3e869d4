#pragma once
// Runs a plan through MigrationEngine and waits for its report (tests on the engine's results).

#include "engine/migrationengine.h"

#include <QSignalSpy>

namespace barge::test {

inline Report runPlan(const Plan &plan)
{
    MigrationEngine engine;
    QSignalSpy finished(&engine, &MigrationEngine::finished);
    engine.start(plan);
    if (!finished.wait(120000))
        qFatal("the run did not finish");
    return finished.first().first().value<Report>();
}

// The report of the table loaded into `target`, or null.
inline const TableReport *tableReport(const Report &report, const QString &target)
{
    for (const TableReport &table : report.tables) {
        if (table.target == target)
            return &table;
    }
    return nullptr;
}

} // namespace barge::test
