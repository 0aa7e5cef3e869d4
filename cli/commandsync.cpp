// barge sync PROFILE: compares each table's source and target by key-group checksums (SyncDiff),
#include "base/plural.h"
// then merges only the rows found new or changed and, with --delete, deletes the rows the source
// no longer has, children before parents. Nothing is written when the tables are already equal,
// with --dry-run, or when a table would lose more than --max-delete of its rows without --force.

#include "cli/clioutput.h"
#include "cli/commandline.h"
#include "engine/syncdiff.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace barge {

namespace {

constexpr int listedKeys = 20; // keys a dry run names per table and kind

void listKeys(const SyncDiff &diff, const QString &what, const QList<QStringList> &keys)
{
    if (keys.isEmpty())
        return;
    QStringList named;
    for (qsizetype i = 0; i < keys.size() && i < listedKeys; ++i)
        named << diff.keyText(keys.at(i));
    QString line = QStringLiteral("    %1: %2").arg(what, named.join(QStringLiteral("; ")));
    if (keys.size() > listedKeys)
        line += QStringLiteral("; and %1 more").arg(groupedNumbers().toString(qint64(keys.size() - listedKeys)));
    printOut(line);
}

} // namespace

int CommandLine::sync(const CliArguments &args)
{
    Plan plan;
    PlanInsight insight;
    if (const int status = loadForCheck(args, &plan, &insight))
        return status;
    const QLocale c = groupedNumbers();
    std::atomic<bool> cancel{false};
    QList<SyncDiff> diffs(plan.tables.size());
    bool anything = false;
    for (int i = 0; i < plan.tables.size(); ++i) {
        const TableMapping &table = plan.tables.at(i);
        if (table.mode == TableMode::Skip)
            continue;
        QString failure;
        QFutureWatcher<bool> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcher<bool>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(QtConcurrent::run([&] { return SyncDiff::compute(plan, i, &cancel, &diffs[i], &failure); }));
        loop.exec();
        const QString name = table.source == table.target ? table.source : table.source + QStringLiteral(" -> ") + table.target;
        if (!watcher.result()) {
            printErr(QStringLiteral("%1: cannot compare: %2").arg(name, failure));
            return 1;
        }
        const SyncDiff &diff = diffs.at(i);
        anything = anything || diff.newTable || !diff.inserts.isEmpty() || !diff.updates.isEmpty()
            || (args.deleteRows && !diff.remove.isEmpty() && diff.keepReason.isEmpty());
        if (!args.quiet || args.dryRun)
            printOut(QStringLiteral("%1: %2").arg(name, diff.summary(args.deleteRows)));
        if (args.dryRun) {
            listKeys(diff, QStringLiteral("insert"), diff.inserts);
            listKeys(diff, QStringLiteral("update"), diff.updates);
            listKeys(diff, args.deleteRows && diff.keepReason.isEmpty() ? QStringLiteral("delete") : QStringLiteral("only in the target"),
                     diff.remove);
        }
    }
    // The safety net: a sync that would empty much of a table is more likely a wrong source.
    const double limit = args.maxDeletePercent.value_or(10);
    QStringList tooMany;
    for (const SyncDiff &diff : std::as_const(diffs)) {
        if (!args.deleteRows || diff.remove.isEmpty() || !diff.keepReason.isEmpty())
            continue;
        const double share = diff.targetRows > 0 ? 100.0 * double(diff.remove.size()) / double(diff.targetRows) : 100.0;
        if (share > limit) {
            tooMany << QStringLiteral("%1 (%2 of %3 rows, %4%)")
                           .arg(diff.table, c.toString(qint64(diff.remove.size())), c.toString(diff.targetRows))
                           .arg(share, 0, 'f', 1);
        }
    }
    if (!tooMany.isEmpty() && !args.force) {
        printErr(QStringLiteral("sync would delete more than %1% of %2; nothing was changed. Check the source, "
                                "then run again with --force (or raise --max-delete)")
                     .arg(limit).arg(tooMany.join(QStringLiteral(", "))));
        return 1;
    }
    if (args.dryRun) {
        printOut(QStringLiteral("\nDry run: nothing was changed."));
        return 0;
    }
    if (!anything) {
        if (!args.quiet)
            printOut(QStringLiteral("The target already equals the source: nothing was written."));
        return 0;
    }
    Plan run = plan;
    SyncDiff::restrict(&run, diffs);
    const auto finish = [&](Report *report) { SyncDiff::finish(plan, diffs, args.deleteRows, report); };
    return execute(run, args, insight, nullptr, finish);
}

} // namespace barge
