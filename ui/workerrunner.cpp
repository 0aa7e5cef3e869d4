#include "workerrunner.h"

#include "worker/workerrun.h"

#include <QtConcurrent/QtConcurrentRun>

namespace barge {

WorkerRunner::WorkerRunner(QObject *parent) : QObject(parent)
{
    connect(&m_run, &QFutureWatcher<Report>::finished, this, [this] { Q_EMIT finished(m_run.result()); });
}

WorkerRunner::~WorkerRunner()
{
    m_cancel = true;
    m_run.waitForFinished();
}

void WorkerRunner::start(const QByteArray &profileHash, const Plan &plan, const PlanInsight &insight)
{
    m_cancel = false;
    m_run.setFuture(QtConcurrent::run([this, profileHash, plan, insight] {
        // Emitted on the pool thread: queued to the page's slots in the GUI thread.
        auto say = [this](const QString &text) { Q_EMIT message(text); };
        QString error;
        std::optional<WorkerRun> worker =
            WorkerRun::join(profileHash, plan, insight, false, WorkerRun::Settings::fromEnvironment(), say, &error);
        if (!worker) {
            Report failed;
            failed.source = plan.source.toUrl();
            failed.target = plan.target.toUrl();
            failed.status = RunStatus::Failed;
            failed.error = error;
            return failed;
        }
        if (worker->alreadyDone())
            say(tr("The profile's job is done already (by workers elsewhere, or an earlier run)."));
        else
            say(tr("Joined the profile's job as worker %1.").arg(worker->worker()));
        return worker->run(&m_cancel);
    }));
}

} // namespace barge
