#pragma once
// MigrationSetup: the Plan the wizard's pages build together, and what introspection learned about
// both ends. Owned by MigrationWizard, used from the GUI thread only: pages read it in
// initializePage() and write their part back in validatePage().

#include "engine/checkpoint.h"
#include "engine/endpointscanner.h"
#include "engine/plan.h"
#include "engine/planner.h"
#include "engine/report.h"
#include "profile/profile.h"
#include "passwordmemory.h"

#include <QSet>
#include <QString>

namespace barge {

class MigrationSetup
{
public:
    Plan plan;                 // endpoints (password kept in memory only), tables, options
    TableMode defaultMode = TableMode::Append;
    QString profileFile;       // the profile this setup was loaded from or saved to
    // profileFile is Barge's own copy of a plan the user ran without saving it (RunPage keeps one
    // in the data folder so that a stopped run can be finished); not the user's file.
    bool profileKept = false;
    QByteArray profileHash;    // Profile::hashOf the plan as that file holds it
    QByteArray savedHash;      // Profile::hashOf the plan as last loaded or saved; empty if never
    // An interrupted run of that profile (barge run or the wizard) that can be finished.
    std::optional<Checkpoint> unfinished;
    bool resume = false;       // the Start page's "Finish the interrupted run": run the checkpoint's plan
    EndpointsScan scan;
    PlanInsight insight;       // what the Summary page's check of the plan learned
    bool scanned = false;
    Report report;             // the last run's, once the Run page has finished
    bool hasReport = false;
    // What the server forms' "Remember password" boxes ask of the keychain (applyPasswordMemory).
    PasswordMemory sourcePassword = PasswordMemory::Keep;
    PasswordMemory targetPassword = PasswordMemory::Keep;

    // Where RunPage keeps the plans of runs the user did not save (profileKept).
    static QString keptFolder();
    // Replaces everything with a plan read from a profile (and finds an interrupted run of it).
    void loadPlan(const Plan &loaded, const QString &fileName);
    // Whether closing now would lose work: tables were chosen and the plan differs from the profile
    // it was loaded from or last saved to (or was never saved).
    bool hasUnsavedChanges() const { return !plan.tables.isEmpty() && Profile::hashOf(plan) != savedHash; }
    // Whether the plan is still the profile's, so that a run of it can keep a checkpoint.
    bool isProfilePlan() const { return !profileFile.isEmpty() && Profile::hashOf(plan) == profileHash; }
    // Source and target names as "shop.db" / "alice@host/db", for headlines.
    QString sourceName() const { return plan.source.displayName(); }
    QString targetName() const { return plan.target.displayName(); }
};

} // namespace barge
