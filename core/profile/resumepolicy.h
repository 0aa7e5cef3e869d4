#pragma once
// ResumePolicy: how a run of a profile starts when it may have an interrupted run (a Checkpoint),
// the one set of rules `barge run` and the wizard share: a fresh run begins a new checkpoint (which
// replaces the interrupted one it starts over), and finishing runs the interrupted run's own plan,
// with its keys derived against the target tables that existed when that run first started.
// In profile/ because finishing parses the plan the checkpoint holds (Profile::fromJson).
// Loading and saving checkpoint files, and every message, stay with the callers. Stateless.

#include "engine/checkpoint.h"
#include "engine/planner.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace barge {

class ResumePolicy
{
public:
    // What the person asked for: `barge run` without a flag, with --resume, or with --restart.
    enum class Intent { Default, Finish, StartOver };
    enum class Start {
        Fresh,           // a new run; it replaces the interrupted one, if there is one
        Finish,          // finish the interrupted run
        NothingToFinish, // asked to finish, but there is no interrupted run
        ProfileChanged,  // asked to finish, but the profile is not the one the run started from
        Undecided,       // there is an interrupted run, and neither finishing nor starting over was asked
    };

    // The decision for a profile whose plan, as loaded, has `profileHash` (Profile::hashOf).
    static Start decide(const QByteArray &profileHash, const std::optional<Checkpoint> &unfinished, Intent intent);
    // Whether `unfinished` was started from the profile as it is now, so that a run can finish it.
    static bool canFinish(const Checkpoint &unfinished, const QByteArray &profileHash);
    // The checkpoint of a fresh run of `plan` (complete, with `insight` from planning it), started
    // from a profile with `profileHash`; it replaces `unfinished` when there is one.
    static Checkpoint beginFresh(const QByteArray &profileHash, const Plan &plan, const PlanInsight &insight,
                                 const std::optional<Checkpoint> &unfinished);
    // The plan `unfinished` was started with, as it ran, with the passwords of `current` (neither a
    // checkpoint nor a profile holds one). False with *error when the checkpoint's plan is not valid.
    static bool startedPlan(const Checkpoint &unfinished, const Plan &current, Plan *plan, QString *error);
    // Readies a started plan, planned again against the ends as they are now (`insight`), to finish
    // `unfinished`: the tables that run created exist now, but are still its to finish, so the keys
    // are derived again with the targets that existed before it (Planner::deriveKeys).
    static void prepareFinish(const Checkpoint &unfinished, Plan *plan, PlanInsight *insight);
};

} // namespace barge
