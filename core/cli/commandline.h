#pragma once
// CommandLine: the headless commands (copy, run, inspect, demo). Builds a Plan from URLs or a
// profile, runs it with MigrationEngine in the calling thread's event loop and prints progress and
// a summary. Needs a QCoreApplication; returns the process exit code (README: 0, 3, 1, 2, 130).

#include "cli/cliarguments.h"

namespace barge {

class CommandLine
{
public:
    static int run(const CliArguments &arguments);

private:
    static int copy(const CliArguments &arguments);
    static int runProfile(const CliArguments &arguments);
    static int inspect(const CliArguments &arguments);
    static int demo(const CliArguments &arguments);
    static int execute(Plan plan, const CliArguments &arguments, PlanInsight insight);
};

} // namespace barge
