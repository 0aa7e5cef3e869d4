#pragma once
// WorkerRun: one process of `barge run PROFILE --worker` (docs/scaling.md). Any number of them, on
// any number of machines, share one run of a profile through the target (ClaimTable): the first
// seeds the job (the completed plan, its key ranges, its units of work), every one then claims
// units, runs each as the engine would (TableJob for a table or a key range, RangeSplit before
// and after a split table's ranges), records its report and claims the next, until every unit
// of the job is done. A killed worker's units are taken over once its heartbeat is older than the
// expiry, and carry on from their LoadMarks (the run id is the job's, the same on every machine).
// run() blocks; the units run on `jobs` threads of their own, the heartbeat on another.

#include "engine/checkpoint.h"
#include "engine/plan.h"
#include "engine/report.h"
#include "worker/claimtable.h"

#include <QCoreApplication>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <functional>
#include <mutex>
#include <optional>

namespace barge {

struct PlanInsight;

class WorkerRun
{
    Q_DECLARE_TR_FUNCTIONS(barge::WorkerRun)

public:
    struct Settings
    {
        qint64 expiryMs = 120000;   // a claim whose heartbeat is older is taken over
        qint64 heartbeatMs = 15000; // how often a worker renews its claims
        qint64 pollMs = 500;        // how often a worker with nothing to claim looks again (one small query)
        // The defaults, or BARGE_CLAIM_EXPIRY_MS and BARGE_HEARTBEAT_MS (tests shorten them).
        static Settings fromEnvironment();
    };
    using Messages = std::function<void(const QString &)>;

    // Joins the job of the profile whose plan, as loaded, has `profileHash`, on `plan`'s target:
    // the job a worker seeded before, else a new one seeded from `plan` (complete, planned with
    // `insight`). With `restart`, an earlier job of the profile is removed first (refused while
    // a worker of it is alive). std::nullopt with *error when the target cannot hold the job.
    static std::optional<WorkerRun> join(const QByteArray &profileHash, const Plan &plan, const PlanInsight &insight,
                                         bool restart, const Settings &settings, const Messages &messages, QString *error);

    // The job's plan, as the seeding worker completed it; jobs, batch size and verify are this
    // worker's to set before run().
    Plan &plan() { return m_plan; }
    const QString &worker() const { return m_worker; }
    bool alreadyDone() const { return m_alreadyDone; }

    // Claims and runs units until the job is done, has failed, or `cancel` is set (the units under
    // way commit what they wrote and are given back). The report is the whole job's as far as it
    // is done, with status Failed and an error when a unit failed every attempt or the claims were lost.
    Report run(const std::atomic<bool> *cancel);

private:
    WorkerRun(const Plan &plan, const Checkpoint &checkpoint, const QString &job, const Settings &settings,
              const Messages &messages);

    // The units of a new job of `plan`, in load order; the ranges go into `checkpoint`.
    static QList<WorkUnit> units(const Plan &plan, Checkpoint *checkpoint, const Messages &messages, QString *error);
    void slot(const std::atomic<bool> *cancel);
    TableReport runUnit(const WorkUnit &unit, ClaimTable *claims, qint64 *countBefore, const std::atomic<bool> *cancel);
    TableReport finishTable(const WorkUnit &unit, ClaimTable *claims, const std::atomic<bool> *cancel);
    TableReport endJob(ClaimTable *claims, const std::atomic<bool> *cancel);
    Report report(const QList<DoneUnit> &done) const;
    // "orders key range id 1..250,000", "customers", "the end of the job": for messages.
    QString describe(const WorkUnit &unit) const;
    void say(const QString &text);
    void stop(const QString &error);
    bool openClaims(std::unique_ptr<class RowWriter> *writer, std::unique_ptr<ClaimTable> *claims, QString *error) const;

    Plan m_plan;
    Checkpoint m_checkpoint;
    QString m_job;
    QString m_worker;
    Settings m_settings;
    Messages m_messages;
    bool m_alreadyDone = false;
    QStringList m_emptiedTogether; // the truncate-mode tables the Begin unit empties (they load in append mode)
    // Between the threads of run().
    std::shared_ptr<std::mutex> m_mutex = std::make_shared<std::mutex>();
    std::shared_ptr<std::condition_variable> m_wake = std::make_shared<std::condition_variable>();
    bool m_stopped = false;  // the job failed or the claims were lost: every slot stops
    bool m_finished = false; // every unit is done
    int m_slotsRunning = 0;
    QString m_error;
};

} // namespace barge
