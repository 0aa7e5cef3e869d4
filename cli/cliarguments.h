#pragma once
// CliArguments: the parsed command line of a headless barge command (the contract in README.md):
//   barge copy SOURCE_URL TARGET_URL [options] | run PROFILE [options] | sync PROFILE [options]
//   | verify PROFILE | inspect URL | demo FILE
// Parsing only; nothing here touches a file or a database. Part of cli/ (barge_cli), beside ui/.

#include "engine/plan.h"
#include "engine/planner.h"

#include <QStringList>
#include <optional>

namespace barge {

// --type TABLE.COLUMN=TYPE: the target type of one column, instead of the one Barge picked.
struct TypeOverride
{
    QString column; // "TABLE.COLUMN", resolved by Planner::overrideType
    DataType type;
};

struct CliArguments
{
    QString command;              // copy, run, inspect, demo, wizard, help, version
    QStringList positional;
    QList<TableSelection> tables; // --table NAME[=TARGET], repeatable
    QList<TypeOverride> types;    // --type TABLE.COLUMN=TYPE, repeatable
    std::optional<TableMode> mode;
    std::optional<int> batchSize;
    std::optional<OnError> onError;
    std::optional<QString> rejectsDir;
    std::optional<int> jobs;
    std::optional<qint64> rangeRows; // --ranges
    QString reportFile;
    QString saveProfile;
    bool dryRun = false;
    bool quiet = false;
    bool demo = false;
    bool verify = false;
    bool resume = false;            // run: finish the profile's interrupted run
    bool restart = false;           // run: start over although an interrupted run could be finished
    bool worker = false;            // run: share the profile's run with other worker processes (WorkerRun)
    bool deleteRows = false;        // sync: delete the rows the source no longer has
    bool force = false;             // sync: delete even past maxDeletePercent
    std::optional<double> maxDeletePercent; // sync: --max-delete, of a table's rows (default 10)

    // False with *error (a usage message naming the bad argument) when the arguments are wrong.
    static bool parse(const QStringList &arguments, CliArguments *out, QString *error);
    static QString usage();
};

} // namespace barge
