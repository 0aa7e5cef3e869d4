#include "profile/resumepolicy.h"

#include "profile/profile.h"

#include <QStringList>

namespace barge {

ResumePolicy::Start ResumePolicy::decide(const QByteArray &profileHash, const std::optional<Checkpoint> &unfinished,
                                         Intent intent)
{
    if (intent == Intent::Finish) {
        if (!unfinished)
            return Start::NothingToFinish;
        // A changed profile is another job: finishing the old run under it would not do what it says.
        return canFinish(*unfinished, profileHash) ? Start::Finish : Start::ProfileChanged;
    }
    // Starting over silently would append the interrupted run's rows a second time.
    if (unfinished && intent != Intent::StartOver)
        return Start::Undecided;
    return Start::Fresh;
}

bool ResumePolicy::canFinish(const Checkpoint &unfinished, const QByteArray &profileHash)
{
    return unfinished.planHash == profileHash;
}

Checkpoint ResumePolicy::beginFresh(const QByteArray &profileHash, const Plan &plan, const PlanInsight &insight,
                                    const std::optional<Checkpoint> &unfinished)
{
    const QStringList existing(insight.existingTargets.begin(), insight.existingTargets.end());
    Checkpoint checkpoint = Checkpoint::begin(profileHash, plan, Profile::toJson(plan), existing);
    if (unfinished)
        checkpoint.replaces = unfinished->runId;
    return checkpoint;
}

bool ResumePolicy::startedPlan(const Checkpoint &unfinished, const Plan &current, Plan *plan, QString *error)
{
    Plan started;
    if (!Profile::fromJson(unfinished.planJson, QString(), &started, error))
        return false;
    started.source.password = current.source.password;
    started.target.password = current.target.password;
    *plan = started;
    return true;
}

void ResumePolicy::prepareFinish(const Checkpoint &unfinished, Plan *plan, PlanInsight *insight)
{
    insight->existingTargets = QSet<QString>(unfinished.existingTargets.begin(), unfinished.existingTargets.end());
    Planner::deriveKeys(plan, *insight);
}

} // namespace barge
