#pragma once
// CommandLine: the headless commands, every one of them:
//   copy SOURCE TARGET   plan from two URLs and run (or --dry-run, --save-profile)
//   run PROFILE          run a saved profile; --resume / --restart an unfinished run
//   verify PROFILE       compare the target with the source, row by row (Verifier)
//   sync PROFILE         make the target's tables equal their sources (SyncDiff; commandsync.cpp)
//   inspect URL          list the tables and columns of a source or target
//   demo FILE            write the bundled demo database (a SQLite file)
//   help, version        (--help, --version)
// `wizard` (the default, and `wizard --demo`) is parsed here too (CliArguments) but opens the GUI
// in app/main.cpp. Builds a Plan from URLs or a profile, runs it with MigrationEngine in the
// calling thread's event loop and prints progress and a summary. Needs a QCoreApplication; returns
// the process exit code (README: 0, 3, 1, 2, 130).
// The entry of cli/ (barge_cli), the headless front end beside ui/'s wizard.

#include "cli/cliarguments.h"
#include "engine/checkpoint.h"
#include "engine/report.h"

#include <functional>

namespace barge {

class CommandLine
{
public:
    static int run(const CliArguments &arguments);

private:
    static int copy(const CliArguments &arguments);
    static int runProfile(const CliArguments &arguments);
    static int inspect(const CliArguments &arguments);
    static int verify(const CliArguments &arguments);
    static int sync(const CliArguments &arguments);
    // A profile for verify and sync, with --table applied (sync: every table merges); 0, else the exit status.
    static int loadForCheck(const CliArguments &arguments, Plan *plan, PlanInsight *insight);
    static int demo(const CliArguments &arguments);
    // A profile's run keeps a checkpoint (Checkpoint::fileFor the profile) so that --resume can finish it.
    struct Resumable
    {
        QString profileFile;
        QString file;
        Checkpoint checkpoint;
        bool resume = false;
    };
    // Finishes the interrupted run of the profile whose plan, as loaded, is `profile`.
    static int resume(const CliArguments &arguments, const Plan &profile, Resumable resumable);
    // `barge run PROFILE --worker` (commandworker.cpp): shares the profile's run with other workers.
    static int runWorker(const CliArguments &arguments, Plan plan, const QByteArray &profileHash);
    // afterRun: what the command adds to the report once the engine finished, before it is printed.
    static int execute(Plan plan, const CliArguments &arguments, PlanInsight insight,
                       const Resumable *resumable = nullptr, const std::function<void(Report *)> &afterRun = {});
};

} // namespace barge
