// barge run PROFILE --worker: one of any number of processes, here or on other machines, that
// share the profile's run through the target (WorkerRun, docs/scaling.md). Each claims units of
// work (a table, a key range of a big one) until every unit of the job is done, then prints the
// whole job's report as far as the workers have done it.

#include "cli/cliarguments.h"
#include "cli/clioutput.h"
#include "cli/commandline.h"
#include "cli/passwordprompt.h"
#include "worker/workerrun.h"

#include <QDir>

#include <csignal>

namespace barge {

namespace {

void onWorkerInterrupt(int)
{
    interrupted = true;
}

} // namespace

int CommandLine::runWorker(const CliArguments &args, Plan plan, const QByteArray &profileHash)
{
    if (args.resume || !args.tables.isEmpty() || args.mode || !args.types.isEmpty()) {
        printErr(QStringLiteral("%1 is run by workers: every worker runs the profile as saved and carries its job on, "
                                "so it takes no --resume, --table, --mode or --type").arg(args.positional.value(0)));
        return 2;
    }
    applyOptions(args, &plan.options);
    if (plan.options.rejectsDir.isEmpty())
        plan.options.rejectsDir = QDir::currentPath();
    PlanInsight insight;
    if (!PasswordPrompt::complete(&plan, &insight))
        return 1;
    const bool quiet = args.quiet;
    auto messages = [quiet](const QString &text) {
        if (!quiet)
            printErr(QStringLiteral("worker: ") + text);
    };
    QString error;
    std::optional<WorkerRun> worker = WorkerRun::join(profileHash, plan, insight, args.restart,
                                                      WorkerRun::Settings::fromEnvironment(), messages, &error);
    if (!worker) {
        printErr(error);
        return 1;
    }
    worker->plan().options.verify = worker->plan().options.verify || args.verify;
    if (worker->alreadyDone())
        messages(QStringLiteral("the profile's job is done already (--restart runs it again)"));
    else
        messages(QStringLiteral("%1 joins the profile's job, %2 unit(s) at a time")
                     .arg(worker->worker())
                     .arg(worker->plan().options.jobs));
    // Ctrl+C or SIGTERM (a scheduler stopping the worker): the units under way commit what they
    // wrote and are given back to the other workers at once.
    interrupted = false;
    auto previous = std::signal(SIGINT, onWorkerInterrupt);
    auto previousTerm = std::signal(SIGTERM, onWorkerInterrupt);
    const Report report = worker->run(&interrupted);
    std::signal(SIGINT, previous);
    std::signal(SIGTERM, previousTerm);
    printSummary(report);
    if (!report.error.isEmpty())
        printErr(report.error);
    if (!args.reportFile.isEmpty() && !writeFile(args.reportFile, report.toJson(), &error)) {
        printErr(error);
        return 1;
    }
    return report.exitCode();
}

} // namespace barge
