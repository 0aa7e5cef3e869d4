#include "worker/workerrun.h"

#include "base/plural.h"
#include "engine/planner.h"
#include "engine/rangesplit.h"
#include "engine/rejectsink.h"
#include "engine/tablejob.h"
#include "io/backend.h"
#include "io/marktable.h"
#include "mapping/rowconverter.h"
#include "profile/resumepolicy.h"
#include "schema/ddlbuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSysInfo>
#include <QThread>
#include <QThreadPool>
#include <QUuid>

#include <condition_variable>
#include <thread>

namespace barge {

namespace {

qint64 milliseconds(const char *variable, qint64 fallback)
{
    bool ok = false;
    const qint64 value = qEnvironmentVariable(variable).toLongLong(&ok);
    return ok && value > 0 ? value : fallback;
}

bool loaded(RunStatus status)
{
    return status == RunStatus::Ok || status == RunStatus::Rejected;
}

// Truncate-mode tables on a target that empties them together: the Begin unit empties them, and
// every unit after it loads them in append mode.
QStringList emptiedTogether(const Plan &plan)
{
    QStringList names;
    if (!DdlBuilder::emptiesTogether(plan.target.dialect()))
        return names;
    for (const TableMapping &table : plan.tables) {
        if (table.mode == TableMode::Truncate)
            names << table.target;
    }
    return names;
}

} // namespace

WorkerRun::Settings WorkerRun::Settings::fromEnvironment()
{
    Settings settings;
    settings.expiryMs = milliseconds("BARGE_CLAIM_EXPIRY_MS", settings.expiryMs);
    settings.heartbeatMs = milliseconds("BARGE_HEARTBEAT_MS", std::min(settings.heartbeatMs, settings.expiryMs / 4));
    settings.pollMs = std::min(settings.pollMs, std::max<qint64>(50, settings.expiryMs / 4));
    return settings;
}

WorkerRun::WorkerRun(const Plan &plan, const Checkpoint &checkpoint, const QString &job, const Settings &settings,
                     const Messages &messages)
    : m_plan(plan), m_checkpoint(checkpoint), m_job(job), m_settings(settings), m_messages(messages)
{
    // host:pid:nonce, unique even when a process id comes round again.
    m_worker = QStringLiteral("%1:%2:%3")
                   .arg(QSysInfo::machineHostName().left(120))
                   .arg(QCoreApplication::applicationPid())
                   .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    m_plan.options.worker = true;
    m_emptiedTogether = emptiedTogether(m_plan);
    for (const QString &name : std::as_const(m_emptiedTogether)) {
        for (TableMapping &table : m_plan.tables) {
            if (table.target == name)
                table.mode = TableMode::Append;
        }
    }
}

bool WorkerRun::openClaims(std::unique_ptr<RowWriter> *writer, std::unique_ptr<ClaimTable> *claims, QString *error) const
{
    *writer = Backend::writer(m_plan.target, ClaimTable::claimsTable());
    if (!*writer || !(*writer)->open(error) || !(*writer)->session()) {
        if (error->isEmpty())
            *error = tr("cannot open the target %1").arg(m_plan.target.toUrl());
        return false;
    }
    *claims = std::make_unique<ClaimTable>((*writer)->session(), m_job, m_worker);
    return (*claims)->open(error);
}

std::optional<WorkerRun> WorkerRun::join(const QByteArray &profileHash, const Plan &plan, const PlanInsight &insight,
                                         bool restart, const Settings &settings, const Messages &messages, QString *error)
{
    if (!ClaimTable::supports(plan.target.dialect(), error))
        return std::nullopt;
    for (const TableMapping &table : plan.tables) {
        if (table.watermark.isSet()) {
            *error = tr("%1 copies only the rows past its watermark: an incremental run is one process, not shared "
                        "by workers").arg(table.source);
            return std::nullopt;
        }
    }
    const QString job = QString::fromLatin1(profileHash.left(64));
    WorkerRun run(plan, Checkpoint(), job, settings, messages);
    std::unique_ptr<RowWriter> writer;
    std::unique_ptr<ClaimTable> claims;
    if (!run.openClaims(&writer, &claims, error) || !claims->create(error))
        return std::nullopt;
    QByteArray stored;
    bool found = false;
    if (!claims->loadJob(&stored, &found, error))
        return std::nullopt;
    if (found && restart) {
        bool busy = false;
        if (!claims->clear(settings.expiryMs, &busy, error))
            return std::nullopt;
        if (busy) {
            *error = tr("workers are still running this profile's job (a claim was renewed within the last %1 s): "
                        "--restart starts it over once they have stopped")
                         .arg(settings.expiryMs / 1000);
            return std::nullopt;
        }
        // The earlier job's marks would be taken for the new one's: same profile, same run id.
        const std::optional<Checkpoint> earlier = Checkpoint::fromJson(stored, ClaimTable::jobsTable(), error);
        if (!earlier)
            return std::nullopt;
        for (const Checkpoint::Table &table : earlier->tables) {
            std::unique_ptr<RowWriter> target = Backend::writer(plan.target, table.target);
            QString ignored;
            const bool cleared = target && target->open(error) && (!target->marks() || target->marks()->clear(earlier->runId, false, error));
            if (target)
                target->finish(&ignored);
            if (!cleared)
                return std::nullopt;
        }
        messages(tr("the profile's earlier job was removed: starting over"));
        found = false;
    }
    if (!found) {
        // The run id of the job's marks is Checkpoint::begin's, new for each job and the same for
        // every worker (they read it from the job).
        Checkpoint checkpoint = ResumePolicy::beginFresh(profileHash, plan, insight, std::nullopt);
        const QList<WorkUnit> units = WorkerRun::units(run.m_plan, &checkpoint, messages, error);
        if (units.isEmpty())
            return std::nullopt;
        bool won = false;
        if (!claims->seed(checkpoint.toJson(), units, &won, error))
            return std::nullopt;
        if (won)
            messages(pluralText(tr("seeded the job: %1 unit(s) of work"), int(units.size())).arg(units.size()));
        if (!won && !claims->loadJob(&stored, &found, error))
            return std::nullopt;
        if (won)
            stored = checkpoint.toJson();
    }
    const std::optional<Checkpoint> checkpoint = Checkpoint::fromJson(stored, ClaimTable::jobsTable(), error);
    if (!checkpoint)
        return std::nullopt;
    // Every worker runs the plan the seeding one completed, not its own: planned now, against
    // the tables that job created, it would derive other keys (ResumePolicy).
    Plan jobPlan;
    if (!ResumePolicy::startedPlan(*checkpoint, plan, &jobPlan, error))
        return std::nullopt;
    PlanInsight jobInsight = insight;
    ResumePolicy::prepareFinish(*checkpoint, &jobPlan, &jobInsight);
    // Each worker's own: how many units at a time, its commits, where its rejected rows go, verify.
    jobPlan.options.jobs = plan.options.jobs;
    jobPlan.options.batchSize = plan.options.batchSize;
    jobPlan.options.rejectsDir = plan.options.rejectsDir;
    jobPlan.options.verify = plan.options.verify;
    WorkerRun joined(jobPlan, *checkpoint, job, settings, messages);
    ClaimTable::State state;
    if (!claims->state(settings.expiryMs, &state, error))
        return std::nullopt;
    joined.m_alreadyDone = state.units > 0 && state.done == state.units;
    QString ignored;
    writer->finish(&ignored);
    return joined;
}

QList<WorkUnit> WorkerRun::units(const Plan &plan, Checkpoint *checkpoint, const Messages &messages, QString *error)
{
    QList<WorkUnit> units;
    units << WorkUnit{WorkUnit::Kind::Begin, -1, 0, 0, 0, 0};
    QHash<QString, int> lastUnit; // target table -> the position of its last unit
    for (const int index : loadOrder(plan.tables)) {
        const TableMapping &table = plan.tables.at(index);
        if (table.mode == TableMode::Skip)
            continue;
        // A table whose existing foreign keys check its rows as they arrive (loadAfter) starts once
        // the tables it points at are loaded, as in the engine's load order.
        int after = -1;
        for (const QString &parent : table.loadAfter)
            after = std::max(after, int(lastUnit.value(parent, -1)));
        const qsizetype first = units.size();
        if (RangeSplit::maySplit(plan, table)) {
            const RangeSplit::Prepared split = RangeSplit::readSource(plan, index, nullptr);
            if (!split.error.isEmpty()) {
                *error = split.error;
                return {};
            }
            if (!split.note.isEmpty())
                messages(split.note);
            if (!split.ranges.isEmpty()) {
                Checkpoint::Table &saved = checkpoint->tables[index];
                saved.rangeColumn = split.column;
                units << WorkUnit{WorkUnit::Kind::Prepare, index, 0, 0, 0, 0};
                for (const KeyRange &range : split.ranges) {
                    saved.ranges << Checkpoint::Range{range, Checkpoint::TableState::Pending, TableReport()};
                    units << WorkUnit{WorkUnit::Kind::Range, index, range.index, range.first, range.last, 0};
                }
                units << WorkUnit{WorkUnit::Kind::Finish, index, 0, 0, 0, 0};
            }
        }
        if (units.size() == first)
            units << WorkUnit{WorkUnit::Kind::Whole, index, 0, 0, 0, 0};
        units[first].after = after;
        lastUnit.insert(table.target, int(units.size() - 1));
    }
    units << WorkUnit{WorkUnit::Kind::End, -1, 0, 0, 0, 0};
    return units;
}

QString WorkerRun::describe(const WorkUnit &unit) const
{
    const QString table = unit.table >= 0 && unit.table < m_plan.tables.size() ? m_plan.tables.at(unit.table).source : QString();
    switch (unit.kind) {
    case WorkUnit::Kind::Begin:
        return tr("the start of the job");
    case WorkUnit::Kind::Prepare:
        return tr("%1 (before its ranges)").arg(table);
    case WorkUnit::Kind::Range: {
        const Checkpoint::Table &saved = m_checkpoint.tables.value(unit.table);
        const QString label = unit.unit < saved.ranges.size() ? saved.ranges.at(unit.unit).range.label(saved.rangeColumn)
                                                              : QString::number(unit.unit);
        return tr("%1 range %2").arg(table, label);
    }
    case WorkUnit::Kind::Finish:
        return tr("%1 (after its ranges)").arg(table);
    case WorkUnit::Kind::Whole:
        return table;
    case WorkUnit::Kind::End:
        return tr("the end of the job");
    }
    return table;
}

void WorkerRun::say(const QString &text)
{
    std::lock_guard<std::mutex> lock(*m_mutex);
    m_messages(text);
}

void WorkerRun::stop(const QString &error)
{
    std::lock_guard<std::mutex> lock(*m_mutex);
    if (!m_stopped) {
        m_stopped = true;
        m_error = error;
    }
    m_wake->notify_all();
}

Report WorkerRun::run(const std::atomic<bool> *cancel)
{
    QElapsedTimer clock;
    clock.start();
    const QDateTime started = QDateTime::currentDateTime();
    const int slots = std::max(1, m_plan.options.jobs);
    std::atomic<bool> stopHeartbeats{false};
    std::vector<std::thread> threads;
    m_slotsRunning = slots;
    for (int i = 0; i < slots; ++i)
        threads.emplace_back([this, cancel] { slot(cancel); });
    std::thread beat([this, &stopHeartbeats] {
        // Its own connection, opened again after a failure: a claim not renewed is taken over.
        std::unique_ptr<RowWriter> writer;
        std::unique_ptr<ClaimTable> claims;
        QString error;
        std::unique_lock<std::mutex> lock(*m_mutex);
        while (!stopHeartbeats.load()) {
            m_wake->wait_for(lock, std::chrono::milliseconds(m_settings.heartbeatMs));
            if (stopHeartbeats.load())
                break;
            lock.unlock();
            if (!claims && !openClaims(&writer, &claims, &error))
                claims.reset();
            if (claims && !claims->heartbeat(&error))
                claims.reset();
            if (!claims)
                say(tr("claims not renewed: %1").arg(error));
            lock.lock();
        }
        lock.unlock();
        if (writer)
            writer->finish(&error);
    });
    for (std::thread &thread : threads)
        thread.join();
    {
        std::lock_guard<std::mutex> lock(*m_mutex);
        stopHeartbeats = true;
        m_wake->notify_all();
    }
    beat.join();

    // The job's report as far as it is done, from every worker's units.
    std::unique_ptr<RowWriter> writer;
    std::unique_ptr<ClaimTable> claims;
    QList<DoneUnit> done;
    QString error;
    if (!openClaims(&writer, &claims, &error) || !claims->doneUnits(&done, &error))
        stop(error);
    Report out = report(done);
    if (writer)
        writer->finish(&error);
    out.started = started;
    out.seconds = clock.elapsed() / 1000.0;
    if (!m_error.isEmpty()) {
        out.status = RunStatus::Failed;
        out.error = m_error;
    } else if (!m_finished) {
        out.status = RunStatus::Cancelled;
        out.error = tr("this worker was cancelled; the job goes on with the other workers, or with the next one started");
    }
    return out;
}

// One of run()'s threads: claims a unit, runs it, records it, until there is nothing left.
void WorkerRun::slot(const std::atomic<bool> *cancel)
{
    std::unique_ptr<RowWriter> writer;
    std::unique_ptr<ClaimTable> claims;
    QString error;
    if (!openClaims(&writer, &claims, &error)) {
        stop(error);
        return;
    }
    while (!cancel->load()) {
        {
            std::lock_guard<std::mutex> lock(*m_mutex);
            if (m_stopped || m_finished)
                break;
        }
        std::optional<WorkUnit> unit;
        if (!claims->claim(m_settings.expiryMs, &unit, &error)) {
            stop(error);
            break;
        }
        if (!unit) {
            ClaimTable::State state;
            if (!claims->state(m_settings.expiryMs, &state, &error)) {
                stop(error);
                break;
            }
            if (!state.exhausted.isEmpty()) {
                const auto &[failed, reason] = state.exhausted.first();
                stop(tr("the job failed: %1 failed %2 times, last: %3")
                         .arg(describe(failed))
                         .arg(ClaimTable::maxAttempts)
                         .arg(reason));
                break;
            }
            if (state.units == 0) {
                stop(tr("the job has no units any more: its claims were removed from the target (--restart starts it over)"));
                break;
            }
            std::unique_lock<std::mutex> lock(*m_mutex);
            if (state.done == state.units) {
                m_finished = true;
                m_wake->notify_all();
                break;
            }
            // Others hold the rest: look again when one of this worker's units ends, or a while later
            // (a claim of a stopped worker expires, another worker finishes a unit).
            m_wake->wait_for(lock, std::chrono::milliseconds(m_settings.pollMs));
            continue;
        }
        const QString what = describe(*unit);
        say(unit->attempts > 1 ? tr("%1: taking over (attempt %2 of %3)").arg(what).arg(unit->attempts).arg(ClaimTable::maxAttempts)
                               : tr("%1: started").arg(what));
        // Frozen since the claim (a paused machine) and taken over meanwhile: change nothing.
        bool held = false;
        if (!claims->held(*unit, &held, &error)) {
            stop(error);
            break;
        }
        if (!held) {
            say(tr("%1: another worker took it over before this one began").arg(what));
            continue;
        }
        QElapsedTimer timer;
        timer.start();
        qint64 countBefore = -1;
        TableReport report = runUnit(*unit, claims.get(), &countBefore, cancel);
        if (report.seconds <= 0)
            report.seconds = timer.elapsed() / 1000.0;
        const QLocale numbers = groupedNumbers();
        if (loaded(report.status)) {
            bool ours = false;
            // The claims connection sat idle while the unit ran (a proxy or the server may have
            // closed it): once more on a new one before giving up.
            auto record = [&] { return claims->complete(*unit, report, countBefore, &ours, &error); };
            if (!record() && !(openClaims(&writer, &claims, &error) && record())) {
                stop(error);
                break;
            }
            const bool rows = unit->kind == WorkUnit::Kind::Range || unit->kind == WorkUnit::Kind::Whole;
            if (!ours)
                say(tr("%1: another worker took it over first; this worker's result is dropped").arg(what));
            else if (rows)
                say(tr("%1: done, %2 read, %3 written, %4 rejected in %5 s%6")
                        .arg(what, numbers.toString(report.read), numbers.toString(report.written),
                             numbers.toString(report.rejected), QString::number(report.seconds, 'f', 1),
                             report.resumedRead > 0 ? tr(" (%1 rows of them committed by the worker before)")
                                                          .arg(numbers.toString(report.resumedRead))
                                                    : QString()));
            else
                say(tr("%1: done").arg(what));
        } else {
            const bool cancelled = report.status == RunStatus::Cancelled && cancel->load();
            bool ours = false;
            auto giveBack = [&] { return claims->release(*unit, report.error, !cancelled, &ours, &error); };
            if (!giveBack() && !(openClaims(&writer, &claims, &error) && giveBack())) {
                stop(error);
                break;
            }
            if (!ours)
                say(tr("%1: another worker took it over (this worker's claim had expired); what this worker "
                       "had not committed is rolled back: %2").arg(what, report.error));
            else if (cancelled)
                say(tr("%1: cancelled, given back").arg(what));
            else
                say(tr("%1: failed (attempt %2 of %3): %4")
                        .arg(what)
                        .arg(unit->attempts)
                        .arg(ClaimTable::maxAttempts)
                        .arg(report.error));
        }
        std::lock_guard<std::mutex> lock(*m_mutex);
        m_wake->notify_all(); // a unit ended: what waited on it may be claimable now
    }
    writer->finish(&error);
}

TableReport WorkerRun::runUnit(const WorkUnit &unit, ClaimTable *claims, qint64 *countBefore, const std::atomic<bool> *cancel)
{
    TableReport report;
    if (unit.table >= 0) {
        report.source = m_plan.tables.at(unit.table).source;
        report.target = m_plan.tables.at(unit.table).target;
    }
    auto fail = [&report](const QString &error) {
        report.status = RunStatus::Failed;
        report.error = error;
        return report;
    };
    TableCounters counters;
    QString error;
    switch (unit.kind) {
    case WorkUnit::Kind::Begin: {
        const QStringList &names = m_emptiedTogether;
        if (names.isEmpty())
            return report;
        std::unique_ptr<RowWriter> writer = Backend::writer(m_plan.target, names.first());
        if (!writer || !writer->open(&error) || !writer->emptyTables(names, &error))
            return fail(tr("cannot empty %1: %2").arg(names.join(QStringLiteral(", ")), error));
        writer->finish(&error);
        return report;
    }
    case WorkUnit::Kind::Prepare: {
        RangeSplit::Prepared prepared;
        const TableMapping &table = m_plan.tables.at(unit.table);
        const bool ownRows = !m_checkpoint.existingTargets.contains(table.target) || table.mode == TableMode::Truncate;
        // Counted whether this worker verifies or not: the one that finishes the table may.
        Plan counting = m_plan;
        counting.options.verify = true;
        RangeSplit::prepareTarget(counting, unit.table, JobCheckpoint{m_checkpoint.runId, false, false, QString(), ownRows, {}},
                                  nullptr, &prepared);
        if (!prepared.error.isEmpty())
            return fail(prepared.error);
        *countBefore = prepared.rowsBefore;
        report.verification = prepared.countError;
        return report;
    }
    case WorkUnit::Kind::Range:
    case WorkUnit::Kind::Whole: {
        const TableMapping &table = m_plan.tables.at(unit.table);
        const bool ownRows = !m_checkpoint.existingTargets.contains(table.target) || table.mode == TableMode::Truncate;
        // Always resumable: a unit taken over carries on from the mark its earlier worker committed.
        const JobCheckpoint checkpoint{m_checkpoint.runId, true, unit.attempts > 1, QString(), ownRows, claims->fence(unit)};
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        const std::atomic<bool> tableStop{false};
        std::optional<JobRange> range;
        if (unit.kind == WorkUnit::Kind::Range) {
            const Checkpoint::Table &saved = m_checkpoint.tables.at(unit.table);
            range = JobRange{saved.ranges.at(unit.unit).range, saved.rangeColumn, &tableStop};
        }
        TableJob job(m_plan, unit.table, &counters, cancel, &pool, checkpoint, range);
        report = job.run();
        pool.waitForDone();
        return report;
    }
    case WorkUnit::Kind::Finish:
        return finishTable(unit, claims, cancel);
    case WorkUnit::Kind::End:
        return endJob(claims, cancel);
    }
    return report;
}

// After every range of a split table: its report from the ranges' (whoever loaded them), the
// rejects parts made one file, verify and the indexes (RangeSplit::finish).
TableReport WorkerRun::finishTable(const WorkUnit &unit, ClaimTable *claims, const std::atomic<bool> *cancel)
{
    QList<DoneUnit> done;
    QString error;
    TableReport failed;
    failed.source = m_plan.tables.at(unit.table).source;
    failed.target = m_plan.tables.at(unit.table).target;
    failed.status = RunStatus::Failed;
    if (!claims->doneUnits(&done, &error)) {
        failed.error = error;
        return failed;
    }
    const Checkpoint::Table &saved = m_checkpoint.tables.at(unit.table);
    RangeSplit::Prepared prepared = RangeSplit::readSource(m_plan, unit.table, &saved);
    if (!prepared.error.isEmpty()) {
        failed.error = prepared.error;
        return failed;
    }
    QList<TableReport> reports(saved.ranges.size());
    for (const DoneUnit &part : std::as_const(done)) {
        if (part.unit.table != unit.table)
            continue;
        if (part.unit.kind == WorkUnit::Kind::Prepare) {
            prepared.rowsBefore = part.countBefore;
            prepared.countError = part.report.verification;
        } else if (part.unit.kind == WorkUnit::Kind::Range && part.unit.unit < reports.size()) {
            TableReport range = part.report;
            // What a range's earlier worker committed is this job's too: verify counts it as written now.
            range.resumedRead = 0;
            range.resumedWritten = 0;
            reports[part.unit.unit] = range;
            // A range's rejected rows are in its part, on the machine that loaded it.
            const QString file = RejectSink::partFileName(m_plan.options.rejectsDir, failed.target, part.unit.unit);
            const QString merged = RejectSink::partFileName(m_plan.options.rejectsDir, failed.target, -1);
            if (range.rejected > 0 && !QFileInfo::exists(file) && !QFileInfo::exists(merged)) {
                failed.error = tr("the rejected rows of %1 are not in %2: worker %3 wrote them on its machine; give "
                                  "every worker the same --rejects folder (a shared one)")
                                   .arg(describe(part.unit), file, part.worker);
                return failed;
            }
        }
    }
    return RangeSplit::finish(m_plan, unit.table, prepared, reports, cancel);
}

// After every other unit: foreign keys on the tables that loaded, then the job's marks go.
TableReport WorkerRun::endJob(ClaimTable *claims, const std::atomic<bool> *cancel)
{
    TableReport report;
    QList<DoneUnit> done;
    QString error;
    if (!claims->doneUnits(&done, &error)) {
        report.status = RunStatus::Failed;
        report.error = error;
        return report;
    }
    QList<bool> tableLoaded(m_plan.tables.size(), false);
    for (const DoneUnit &part : std::as_const(done)) {
        if (part.unit.kind == WorkUnit::Kind::Whole || part.unit.kind == WorkUnit::Kind::Finish)
            tableLoaded[part.unit.table] = loaded(part.report.status);
    }
    QStringList failures;
    for (int i = 0; i < m_plan.tables.size() && !cancel->load(); ++i) {
        const TableMapping &table = m_plan.tables.at(i);
        if (table.mode == TableMode::Skip)
            continue;
        std::unique_ptr<RowWriter> target = Backend::writer(m_plan.target, table.target);
        QString why;
        if (!target || !target->open(&why)) {
            failures << tr("%1: %2").arg(table.target, why);
            continue;
        }
        if (tableLoaded.at(i) && !table.foreignKeys.isEmpty()
            && !target->addForeignKeys(RowConverter::targetSchema(table), &why))
            failures << tr("%1: foreign keys not added: %2").arg(table.target, why);
        else if (target->marks() && !target->marks()->clear(m_checkpoint.runId, false, &why))
            failures << tr("%1: %2").arg(table.target, why);
        target->finish(&why);
    }
    if (cancel->load()) {
        report.status = RunStatus::Cancelled;
        return report;
    }
    if (!failures.isEmpty()) {
        report.status = RunStatus::Failed;
        report.error = failures.join(QStringLiteral("; "));
    }
    return report;
}

Report WorkerRun::report(const QList<DoneUnit> &done) const
{
    Report out;
    out.source = m_plan.source.toUrl();
    out.target = m_plan.target.toUrl();
    for (int i = 0; i < m_plan.tables.size(); ++i) {
        const TableMapping &table = m_plan.tables.at(i);
        TableReport report;
        report.source = table.source;
        report.target = table.target;
        if (table.mode == TableMode::Skip) {
            report.status = RunStatus::Skipped;
            out.tables << report;
            continue;
        }
        const Checkpoint::Table &saved = m_checkpoint.tables.value(i);
        TableReport notLoaded;
        notLoaded.status = RunStatus::Cancelled;
        notLoaded.error = tr("not loaded yet");
        QList<TableReport> parts(saved.ranges.size(), notLoaded);
        bool finished = false;
        for (const DoneUnit &part : done) {
            if (part.unit.table != i)
                continue;
            if (part.unit.kind == WorkUnit::Kind::Whole || part.unit.kind == WorkUnit::Kind::Finish) {
                report = part.report;
                finished = true;
            } else if (part.unit.kind == WorkUnit::Kind::Range && part.unit.unit < parts.size()) {
                parts[part.unit.unit] = part.report;
            }
        }
        // Workers on several machines have no one clock for a split table: it took at least as
        // long as its longest range (the finish's own time alone would say far less).
        for (const TableReport &part : std::as_const(parts))
            report.seconds = std::max(report.seconds, part.seconds);
        if (!finished) {
            // Not done yet: what its ranges loaded so far, or nothing.
            if (!saved.ranges.isEmpty()) {
                QList<KeyRange> keys;
                for (const Checkpoint::Range &range : saved.ranges)
                    keys << range.range;
                report = RangeSplit::combine(table, saved.rangeColumn, keys, parts);
            }
            report.status = RunStatus::Cancelled;
            report.error = tr("not finished yet: other workers, or the next one started, go on with it");
        }
        out.tables << report;
    }
    out.status = Report::combine(out.tables);
    return out;
}

} // namespace barge
