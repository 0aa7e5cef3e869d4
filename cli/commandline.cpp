#include "cli/commandline.h"

#include "base/plural.h"
#include "base/savefile.h"
#include "cli/clioutput.h"
#include "cli/passwordprompt.h"
#include "cli/progressprinter.h"
#include "demo/demodatabase.h"
#include "engine/migrationengine.h"
#include "engine/verifier.h"
#include "io/backend.h"
#include "profile/profile.h"
#include "profile/resumepolicy.h"
#include "profile/watermarkstate.h"
#include "schema/typemapper.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace barge {

std::atomic<bool> interrupted{false};

namespace {

void onInterrupt(int)
{
    interrupted = true;
}

// A URL from the command line: relative file paths are relative to the current folder.
bool parseUrl(const QString &url, const QString &role, Endpoint *endpoint)
{
    QString error;
    const std::optional<Endpoint> parsed = Endpoint::parse(url, &error);
    if (!parsed) {
        printErr(QStringLiteral("%1: %2").arg(role, error));
        return false;
    }
    *endpoint = parsed->resolvedAgainst(QDir::currentPath());
    return true;
}

// What the source leaves to its data, settled before planning so that the plan, a dry run and a
// saved profile carry it (a CSV's encoding); what was decided goes to stderr.
bool settleSource(Endpoint *source)
{
    QStringList notes;
    QString error;
    const bool settled = Backend::settleSource(source, &notes, &error);
    for (const QString &note : notes)
        printErr(note);
    if (!settled)
        printErr(QStringLiteral("source: %1").arg(error));
    return settled;
}

// An incremental profile's tables go on from the values its last run copied (WatermarkState).
bool applyWatermarks(const QString &profileFile, Plan *plan)
{
    WatermarkState state;
    QString error;
    if (!WatermarkState::load(WatermarkState::fileFor(profileFile), &state, &error)) {
        printErr(error + QStringLiteral(" (delete it to copy every row again)"));
        return false;
    }
    state.apply(plan);
    return true;
}

// Remembers where each incremental table the run finished is up to, and says so.
void recordWatermarks(const QString &profileFile, const Plan &plan, const Report &report, bool quiet)
{
    QString error;
    if (!WatermarkState::remember(profileFile, plan, report, &error)) {
        printErr(QStringLiteral("the watermarks were not kept (the next run reads the same rows again): ") + error);
        return;
    }
    for (const TableMapping &table : plan.tables) {
        for (const TableReport &done : report.tables) {
            if (!quiet && done.target == table.target && !done.watermark.isEmpty())
                printErr(QStringLiteral("%1: in up to %2 = %3; the next run copies the rows past it")
                             .arg(table.target, table.watermark.column, done.watermark));
        }
    }
}

} // namespace

void applyOptions(const CliArguments &args, MigrationOptions *options)
{
    if (args.batchSize)
        options->batchSize = *args.batchSize;
    if (args.onError)
        options->onError = *args.onError;
    if (args.rejectsDir)
        options->rejectsDir = QDir::current().absoluteFilePath(*args.rejectsDir);
    if (args.jobs)
        options->jobs = *args.jobs;
    if (args.rangeRows)
        options->rangeRows = *args.rangeRows;
    if (args.verify)
        options->verify = true;
}

namespace {

// --type, then planning again: the checks of what the target can hold (key and row sizes, the
// same engine's declared types) see the types the run will create.
bool applyTypeOverrides(const CliArguments &args, Plan *plan, PlanInsight *insight)
{
    if (args.types.isEmpty())
        return true;
    QString error;
    for (const TypeOverride &override : args.types) {
        if (!Planner::overrideType(plan, override.column, override.type, &error)) {
            printErr(error);
            return false;
        }
    }
    if (!Planner::complete(plan, &error, insight)) {
        printErr(error);
        return false;
    }
    return true;
}

} // namespace

bool writeFile(const QString &fileName, const QByteArray &data, QString *error)
{
    QString why;
    if (!writeWhole(fileName, data, &why)) {
        *error = QStringLiteral("%1: %2").arg(fileName, why);
        return false;
    }
    return true;
}

void printSummary(const Report &report)
{
    const QLocale c = groupedNumbers();
    printOut(QStringLiteral("%1 %2 %3 %4 %5  %6")
                 .arg(QStringLiteral("table"), -24).arg(QStringLiteral("read"), 12).arg(QStringLiteral("written"), 12)
                 .arg(QStringLiteral("rejected"), 10).arg(QStringLiteral("seconds"), 9).arg(QStringLiteral("status")));
    for (const TableReport &t : report.tables) {
        const QString name = t.source == t.target ? t.source : t.source + QStringLiteral(" -> ") + t.target;
        printOut(QStringLiteral("%1 %2 %3 %4 %5  %6")
                     .arg(name, -24).arg(c.toString(t.read), 12).arg(c.toString(t.written), 12)
                     .arg(c.toString(t.rejected), 10).arg(QString::number(t.seconds, 'f', 2), 9)
                     .arg(runStatusName(t.status)));
        if (t.merged)
            printOut(QStringLiteral("    merged: %1").arg(t.mergeSummary(c)));
        if (!t.rejectsFile.isEmpty())
            printOut(QStringLiteral("    rejected rows: %1").arg(t.rejectsFile));
        if (!t.error.isEmpty())
            printOut(QStringLiteral("    %1").arg(t.error));
        else if (!t.verification.isEmpty())
            printOut(QStringLiteral("    %1").arg(t.verification));
    }
    printOut(QStringLiteral("status: %1, %2 rows written, %3 rejected, %4 s")
                 .arg(runStatusName(report.status), c.toString(report.totalWritten()),
                      c.toString(report.totalRejected()), QString::number(report.seconds, 'f', 2)));
}

int CommandLine::run(const CliArguments &arguments)
{
    if (arguments.command == QLatin1String("help")) {
        std::fprintf(stdout, "%s", CliArguments::usage().toUtf8().constData());
        return 0;
    }
    if (arguments.command == QLatin1String("version")) {
        printOut(QStringLiteral("barge %1").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (arguments.command == QLatin1String("copy"))
        return copy(arguments);
    if (arguments.command == QLatin1String("run"))
        return runProfile(arguments);
    if (arguments.command == QLatin1String("inspect"))
        return inspect(arguments);
    if (arguments.command == QLatin1String("verify"))
        return verify(arguments);
    if (arguments.command == QLatin1String("sync"))
        return sync(arguments);
    if (arguments.command == QLatin1String("demo"))
        return demo(arguments);
    printErr(QStringLiteral("unknown command '%1'").arg(arguments.command));
    return 2;
}

int CommandLine::copy(const CliArguments &args)
{
    PlanRequest request;
    if (!parseUrl(args.positional.at(0), QStringLiteral("source"), &request.source)
        || !parseUrl(args.positional.at(1), QStringLiteral("target"), &request.target))
        return 2;
    if (!settleSource(&request.source))
        return 2;
    request.tables = args.tables;
    request.mode = args.mode;
    applyOptions(args, &request.options);
    if (request.options.rejectsDir.isEmpty())
        request.options.rejectsDir = QDir::currentPath();
    PasswordPrompt::warnAboutUrl(request.source, QStringLiteral("source"));
    PasswordPrompt::warnAboutUrl(request.target, QStringLiteral("target"));
    Plan plan;
    PlanInsight insight;
    Failure failure;
    while (!Planner::build(request, &plan, &failure, &insight)) {
        if (!PasswordPrompt::askForRefused(&failure, &request.source, &request.target)) {
            printErr(failure.message);
            return 1;
        }
        failure = Failure();
    }
    if (!applyTypeOverrides(args, &plan, &insight))
        return 2;
    return execute(plan, args, insight);
}


int CommandLine::runProfile(const CliArguments &args)
{
    Plan plan;
    QString error;
    const QString profileFile = QDir::current().absoluteFilePath(args.positional.at(0));
    if (!Profile::load(profileFile, &plan, &error)) {
        printErr(error);
        return 2;
    }
    if (plan.options.sync && (args.worker || plan.options.worker)) {
        printErr(QStringLiteral("%1 makes the target identical (sync): workers share copies only").arg(profileFile));
        return 2;
    }
    if (plan.options.sync) {
        // A profile that makes the target identical (the wizard's choice): barge sync PROFILE --delete.
        CliArguments syncing = args;
        syncing.command = QStringLiteral("sync");
        syncing.deleteRows = true;
        return sync(syncing);
    }
    Resumable resumable{profileFile, Checkpoint::fileFor(profileFile), Checkpoint(), args.resume};
    const QByteArray profileHash = Profile::hashOf(plan);
    if (!settleSource(&plan.source))
        return 2;
    // A profile shared by workers runs as one; its dry run shows the plan like any other.
    if (args.worker || (plan.options.worker && !args.dryRun))
        return runWorker(args, plan, profileHash);
    std::optional<Checkpoint> unfinished;
    if (QFile::exists(resumable.file)) {
        unfinished = Checkpoint::load(resumable.file, &error);
        if (!unfinished && !args.restart) {
            printErr(error + QStringLiteral(" (--restart starts the profile's run over)"));
            return 2;
        }
    }
    ResumePolicy::Intent intent = ResumePolicy::Intent::Default;
    if (args.resume)
        intent = ResumePolicy::Intent::Finish;
    else if (args.restart)
        intent = ResumePolicy::Intent::StartOver;
    switch (ResumePolicy::decide(profileHash, unfinished, intent)) {
    case ResumePolicy::Start::NothingToFinish:
        printErr(QStringLiteral("%1 has no interrupted run to resume").arg(profileFile));
        return 2;
    case ResumePolicy::Start::ProfileChanged:
        printErr(QStringLiteral("%1 changed since its interrupted run started (%2): a resume would not finish "
                                "the same job; --restart starts over")
                     .arg(profileFile, unfinished->started.toLocalTime().toString(Qt::ISODate)));
        return 2;
    case ResumePolicy::Start::Undecided:
        printErr(pluralText(QStringLiteral("%1 has an interrupted run from %2 (%3 of %4 table(s) done): --resume "
                                           "finishes it, --restart starts over"),
                            unfinished->tables.size())
                     .arg(profileFile, unfinished->started.toLocalTime().toString(Qt::ISODate))
                     .arg(unfinished->doneCount()).arg(unfinished->tables.size()));
        return 2;
    case ResumePolicy::Start::Finish:
        resumable.checkpoint = *unfinished;
        return resume(args, plan, resumable);
    case ResumePolicy::Start::Fresh:
        break;
    }
    if (!args.tables.isEmpty()) {
        // --table here picks (and may rename) tables of the profile, or adds ones it does not list.
        QList<TableMapping> chosen;
        for (const TableSelection &selection : args.tables) {
            TableMapping table = TableMapping::named(selection.source, selection.target, TableMode::Append);
            for (const TableMapping &known : plan.tables) {
                if (known.source == selection.source)
                    table = known;
            }
            if (!selection.target.isEmpty())
                table.target = selection.target;
            chosen << table;
        }
        plan.tables = chosen;
    }
    if (args.mode) {
        for (TableMapping &table : plan.tables)
            table.mode = *args.mode;
    }
    applyOptions(args, &plan.options);
    if (plan.options.rejectsDir.isEmpty())
        plan.options.rejectsDir = QDir::currentPath();
    if (!applyWatermarks(profileFile, &plan))
        return 2;
    PlanInsight insight;
    if (!PasswordPrompt::complete(&plan, &insight))
        return 1;
    if (args.mode && *args.mode == TableMode::Skip)
        printErr(QStringLiteral("every table is set to skip: nothing to do"));
    if (!applyTypeOverrides(args, &plan, &insight))
        return 2;
    resumable.checkpoint = ResumePolicy::beginFresh(profileHash, plan, insight, unfinished);
    return execute(plan, args, insight, &resumable);
}

// The plan exactly as the interrupted run had it (mappings, modes, options), with the keys derived
// as they were then (ResumePolicy): only the batch size, jobs and verification may differ.
int CommandLine::resume(const CliArguments &args, const Plan &profile, Resumable resumable)
{
    Plan plan;
    QString error;
    if (!ResumePolicy::startedPlan(resumable.checkpoint, profile, &plan, &error)) {
        printErr(QStringLiteral("%1: %2").arg(resumable.file, error));
        return 2;
    }
    if (args.batchSize)
        plan.options.batchSize = *args.batchSize;
    if (args.jobs)
        plan.options.jobs = *args.jobs;
    if (args.rangeRows) // tables the interrupted run split keep its ranges
        plan.options.rangeRows = *args.rangeRows;
    plan.options.verify = plan.options.verify || args.verify;
    if (!applyWatermarks(resumable.profileFile, &plan))
        return 2;
    PlanInsight insight;
    if (!PasswordPrompt::complete(&plan, &insight))
        return 1;
    ResumePolicy::prepareFinish(resumable.checkpoint, &plan, &insight);
    if (!args.quiet) {
        printErr(pluralText(QStringLiteral("resuming the run of %1 started %2: %3 of %4 table(s) done"),
                            resumable.checkpoint.tables.size())
                     .arg(resumable.profileFile, resumable.checkpoint.started.toLocalTime().toString(Qt::ISODate))
                     .arg(resumable.checkpoint.doneCount()).arg(resumable.checkpoint.tables.size()));
        int rangesDone = 0;
        int ranges = 0;
        resumable.checkpoint.rangeCounts(&rangesDone, &ranges);
        if (ranges > 0)
            printErr(pluralText(QStringLiteral("  and %1 of %2 range(s) of the tables loading in ranges"), ranges)
                         .arg(rangesDone).arg(ranges));
    }
    return execute(plan, args, insight, &resumable);
}

int CommandLine::execute(Plan plan, const CliArguments &args, PlanInsight insight, const Resumable *resumable,
                         const std::function<void(Report *)> &afterRun)
{
    QString error;
    if (!args.saveProfile.isEmpty()) {
        const QString fileName = QDir::current().absoluteFilePath(args.saveProfile);
        if (!Profile::save(plan, fileName, &error)) {
            printErr(error);
            return 1;
        }
        if (!args.quiet)
            printErr(QStringLiteral("profile saved to %1").arg(fileName));
    }
    const QStringList warnings = Planner::warnings(plan, insight);
    if (args.dryRun) {
        for (const QString &line : Planner::describe(plan, insight))
            printOut(line);
        if (!warnings.isEmpty()) {
            printOut(QStringLiteral("\nPlease note:"));
            for (const QString &warning : warnings)
                printOut(QStringLiteral("  ") + warning);
        }
        const QStringList ddl = Planner::ddl(plan, insight);
        if (!ddl.isEmpty()) {
            printOut(QStringLiteral("\nStatements that prepare the target:"));
            printOut(Planner::script(ddl));
        }
        printOut(QStringLiteral("\nDry run: nothing was copied."));
        return 0;
    }

    // A table copied whole loses its old watermark first: a run that stops must not leave it.
    if (resumable && !WatermarkState::begin(resumable->profileFile, plan, &error)) {
        printErr(QStringLiteral("the watermarks cannot be kept, so nothing was copied: ") + error);
        return 1;
    }
    if (!args.quiet) {
        for (const QString &warning : warnings)
            printErr(QStringLiteral("note: ") + warning);
    }
    MigrationEngine engine;
    ProgressPrinter printer(stderr);
    Report report;
    QEventLoop loop;
    QObject::connect(&engine, &MigrationEngine::progressChanged, &engine, [&](const Progress &progress) {
        if (!args.quiet)
            printer.update(progress);
    });
    QObject::connect(&engine, &MigrationEngine::tableFinished, &engine, [&](int, const TableReport &table) {
        if (!args.quiet)
            printer.tableFinished(table);
    });
    QObject::connect(&engine, &MigrationEngine::finished, &engine, [&](const Report &finished) {
        report = finished;
        loop.quit();
    });
    // Ctrl+C cancels cooperatively: each table commits what it wrote and the report says so.
    interrupted = false;
    auto previous = std::signal(SIGINT, onInterrupt);
    auto previousTerm = std::signal(SIGTERM, onInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &engine, [&] {
        if (interrupted.exchange(false)) {
            printErr(QStringLiteral("cancelling: finishing the current batch"));
            engine.cancel();
        }
    });
    interruptPoll.start(100);
    if (resumable)
        engine.setCheckpoint(resumable->checkpoint, resumable->file, resumable->resume);
    engine.start(plan);
    loop.exec();
    std::signal(SIGINT, previous);
    std::signal(SIGTERM, previousTerm);
    printer.done();
    if (afterRun)
        afterRun(&report);
    if (resumable)
        recordWatermarks(resumable->profileFile, plan, report, args.quiet);
    report.warnings = warnings;
    printSummary(report);
    if (resumable && QFile::exists(resumable->file)) {
        printErr(QStringLiteral("the run is not finished; to finish it: barge run %1 --resume")
                     .arg(args.positional.value(0)));
    }
    if (!args.reportFile.isEmpty() && !writeFile(args.reportFile, report.toJson(), &error)) {
        printErr(error);
        return 1;
    }
    return report.exitCode();
}

// Each table of the profile, source against target, on a worker thread (the readers open their
// connections there); Ctrl+C stops it. Exit 0 when every table agrees, 1 when one does not.
int CommandLine::loadForCheck(const CliArguments &args, Plan *loaded, PlanInsight *insight)
{
    Plan &plan = *loaded;
    QString error;
    if (!Profile::load(QDir::current().absoluteFilePath(args.positional.at(0)), &plan, &error)) {
        printErr(error);
        return 2;
    }
    if (!settleSource(&plan.source))
        return 2;
    if (!args.tables.isEmpty()) {
        QList<TableMapping> chosen;
        for (const TableMapping &table : std::as_const(plan.tables)) {
            for (const TableSelection &selection : args.tables) {
                if (selection.source == table.source)
                    chosen << table;
            }
        }
        plan.tables = chosen;
    }
    if (args.command == QLatin1String("sync")) {
        plan.options.sync = true;
        for (TableMapping &table : plan.tables) {
            if (table.mode != TableMode::Skip)
                table.mode = TableMode::Merge;
        }
        applyOptions(args, &plan.options);
        if (plan.options.rejectsDir.isEmpty())
            plan.options.rejectsDir = QDir::currentPath();
    }
    return PasswordPrompt::complete(&plan, insight) ? 0 : 1;
}

int CommandLine::verify(const CliArguments &args)
{
    Plan plan;
    PlanInsight insight;
    if (const int status = loadForCheck(args, &plan, &insight))
        return status;
    std::atomic<bool> cancel{false};
    interrupted = false;
    auto previous = std::signal(SIGINT, onInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &interruptPoll, [&] {
        if (interrupted.exchange(false))
            cancel = true;
    });
    interruptPoll.start(100);
    int status = 0;
    for (int i = 0; i < plan.tables.size() && !cancel.load(); ++i) {
        const TableMapping &table = plan.tables.at(i);
        if (table.mode == TableMode::Skip)
            continue;
        Verifier::Result result;
        QString failure;
        QFutureWatcher<bool> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcher<bool>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(QtConcurrent::run([&] { return Verifier::verify(plan, i, &cancel, &result, &failure); }));
        loop.exec();
        const QString name = table.source == table.target ? table.source : table.source + QStringLiteral(" -> ") + table.target;
        if (!watcher.result()) {
            printOut(QStringLiteral("%1: not verified: %2").arg(name, failure));
            status = 1;
            continue;
        }
        printOut(QStringLiteral("%1: %2").arg(name, result.summary()));
        if (!result.equal())
            status = 1;
    }
    std::signal(SIGINT, previous);
    if (cancel.load()) {
        printErr(QStringLiteral("verification cancelled"));
        return 130;
    }
    return status;
}

int CommandLine::inspect(const CliArguments &args)
{
    Endpoint endpoint;
    if (!parseUrl(args.positional.at(0), QStringLiteral("URL"), &endpoint))
        return 2;
    QString error;
    if (!Backend::canRead(endpoint, &error)) {
        printErr(error);
        return 1;
    }
    if (!settleSource(&endpoint))
        return 2;
    std::unique_ptr<Introspector> introspector = Backend::introspector(endpoint);
    const QStringList tables = introspector->open(&error) ? introspector->tableNames(&error) : QStringList();
    if (!error.isEmpty()) {
        printErr(error);
        return 1;
    }
    const QLocale c = groupedNumbers();
    printOut(endpoint.displayName());
    for (const QString &name : tables) {
        const std::optional<TableSchema> table = introspector->table(name, &error);
        if (!table) {
            printErr(error);
            return 1;
        }
        printOut(pluralText(QStringLiteral("\n%1 (%2%3 row(s))"), table->rowCount).arg(name, table->rowCountExact ? QString() : QStringLiteral("~"),
                                                         c.toString(table->rowCount)));
        for (const ColumnSchema &column : table->columns) {
            QStringList notes;
            if (!column.nullable)
                notes << QStringLiteral("NOT NULL");
            if (column.primaryKeyPosition > 0)
                notes << QStringLiteral("PRIMARY KEY");
            printOut(QStringLiteral("  %1 %2 %3 %4")
                         .arg(column.name, -24)
                         .arg(column.declaredType.isEmpty() ? QStringLiteral("-") : column.declaredType, -18)
                         .arg(column.type.toString(), -16)
                         .arg(notes.join(QLatin1Char(' '))));
        }
    }
    return 0;
}

int CommandLine::demo(const CliArguments &args)
{
    QString error;
    const QString path = QDir::current().absoluteFilePath(args.positional.at(0));
    if (!DemoDatabase::create(path, &error)) {
        printErr(error);
        return 1;
    }
    printOut(QStringLiteral("demo shop database written to %1").arg(path));
    return 0;
}

} // namespace barge
