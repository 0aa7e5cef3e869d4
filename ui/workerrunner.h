#pragma once
// WorkerRunner: the Run page's side of a profile whose runs are shared by workers
// (MigrationOptions::worker, docs/scaling.md): the wizard joins the profile's job in the target
// as one more worker (WorkerRun) on a pool thread, while `barge run PROFILE` processes on other
// machines do the same. Its lines and the job's report come back as signals in the GUI thread.

#include "engine/planner.h"
#include "engine/report.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>

namespace barge {

class WorkerRunner : public QObject
{
    Q_OBJECT

public:
    explicit WorkerRunner(QObject *parent = nullptr);
    ~WorkerRunner() override; // cancels and waits

    // Joins the job of the profile whose plan, as its file holds it, has `profileHash`.
    void start(const QByteArray &profileHash, const Plan &plan, const PlanInsight &insight);
    void cancel() { m_cancel = true; }
    bool isBusy() const { return m_run.isRunning(); }

Q_SIGNALS:
    void message(const QString &text);
    void finished(const barge::Report &report);

private:
    QFutureWatcher<Report> m_run;
    std::atomic<bool> m_cancel{false};
};

} // namespace barge
