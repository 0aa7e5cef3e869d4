#include "engine/migrationengine.h"

#include "engine/tablejob.h"
#include "io/backend.h"
#include "mapping/rowconverter.h"
#include "schema/ddlbuilder.h"

#include <QFile>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace barge {

MigrationEngine::MigrationEngine(QObject *parent) : QObject(parent)
{
    m_ticker.setInterval(50); // ~20 progress signals a second, whatever the row rate
    connect(&m_ticker, &QTimer::timeout, this, &MigrationEngine::emitProgress);
}

MigrationEngine::~MigrationEngine()
{
    cancel();
    m_pool.waitForDone();
}

void MigrationEngine::setCheckpoint(const Checkpoint &checkpoint, const QString &fileName, bool resume)
{
    Q_ASSERT(!m_running);
    m_checkpoint = checkpoint;
    m_checkpointFile = fileName;
    m_resume = resume;
}

void MigrationEngine::saveCheckpoint()
{
    QString error;
    if (m_checkpoint && m_checkpointError.isEmpty() && !m_checkpoint->save(m_checkpointFile, &error)) {
        m_checkpointError = error;
        Q_EMIT message(error);
        m_stopReason = tr("not started: %1").arg(error);
        m_cancel = true;
    }
}

void MigrationEngine::start(const Plan &plan)
{
    Q_ASSERT(!m_running);
    m_plan = plan;
    m_plan.options.jobs = std::max(1, plan.options.jobs);
    m_cancel = false;
    m_counters.clear();
    m_reports.clear();
    m_startedAt.clear();
    for (int i = 0; i < m_plan.tables.size(); ++i) {
        m_counters.push_back(std::make_unique<TableCounters>());
        TableReport pending;
        pending.source = m_plan.tables.at(i).source;
        pending.target = m_plan.tables.at(i).target;
        m_reports << pending;
        m_startedAt << 0.0;
    }
    m_stopReason.clear();
    m_runError.clear();
    m_jobPlan = m_plan;
    m_order = loadOrder(m_plan.tables);
    m_finishing = false;
    m_nextTable = 0;
    m_runningUnits = 0;
    m_splits.clear();
    m_loadingSplits.clear();
    m_finishedTables = 0;
    m_report = Report();
    m_report.source = m_plan.source.toUrl();
    m_report.target = m_plan.target.toUrl();
    m_report.started = QDateTime::currentDateTime();
    // Each running table holds a writer thread and a reader thread.
    m_pool.setMaxThreadCount(2 * m_plan.options.jobs);
    m_running = true;
    m_connections.emplace();
    m_checkpointError.clear();
    if (m_checkpoint && m_checkpoint->tables.size() != m_plan.tables.size())
        m_checkpoint.reset(); // not this plan's: Checkpoint::begin makes one entry per table
    saveCheckpoint();
    m_clock.start();
    m_ticker.start();
    if (m_plan.tables.isEmpty()) {
        QTimer::singleShot(0, this, &MigrationEngine::finish);
        return;
    }
    emptyTablesThenStart();
}

// On targets that refuse to empty a referenced table on its own (PostgreSQL), the run's truncate
// mode tables are emptied in one statement before any table loads, on a worker thread like all
// target work, and then load in append mode. A resumed run whose tables were emptied already
// (the checkpoint says so) only switches them to append.
void MigrationEngine::emptyTablesThenStart()
{
    QList<int> truncate; // the run's truncate-mode tables
    QList<int> toEmpty;  // those emptied now: a resumed run never empties a table the interrupted
                         // run had started or finished (its rows are that run's, found by marks)
    QStringList names;
    for (int i = 0; i < m_plan.tables.size(); ++i) {
        if (m_plan.tables.at(i).mode != TableMode::Truncate)
            continue;
        truncate << i;
        const bool started = m_resume && m_checkpoint && m_checkpoint->tables.at(i).state != Checkpoint::TableState::Pending;
        if (!started) {
            toEmpty << i;
            names << m_plan.tables.at(i).target;
        }
    }
    if (truncate.isEmpty() || !DdlBuilder::emptiesTogether(m_plan.target.dialect())) {
        startNextUnits();
        return;
    }
    auto emptied = [this](const QList<int> &tables) {
        for (const int i : tables)
            m_jobPlan.tables[i].mode = TableMode::Append;
        if (m_checkpoint && !m_checkpoint->tablesEmptied) {
            m_checkpoint->tablesEmptied = true;
            saveCheckpoint();
        }
        startNextUnits();
    };
    // The interrupted run emptied them all before loading any: what they hold now is its rows.
    if (m_checkpoint && m_checkpoint->tablesEmptied) {
        emptied(truncate);
        return;
    }
    if (toEmpty.isEmpty()) {
        startNextUnits();
        return;
    }
    Q_EMIT message(tr("emptying %1").arg(names.join(QStringLiteral(", "))));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, emptied, toEmpty, names] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (error.isEmpty()) {
            emptied(toEmpty);
            return;
        }
        m_runError = tr("cannot empty %1: %2").arg(names.join(QStringLiteral(", ")), error);
        m_stopReason = tr("not started: %1").arg(m_runError);
        m_cancel = true;
        startNextUnits();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [target = m_plan.target, names] {
        std::unique_ptr<RowWriter> writer = Backend::writer(target, names.first());
        QString error;
        if (!writer || !writer->open(&error) || !writer->emptyTables(names, &error)) {
            if (error.isEmpty())
                error = tr("cannot open the target");
        }
        QString ignored;
        if (writer)
            writer->finish(&ignored);
        return error;
    }));
}

void MigrationEngine::startNextUnits()
{
    while (m_runningUnits < m_plan.options.jobs) {
        // The ranges of a table under way first: the free slots go to one table's ranges side by side.
        if (startNextRange())
            continue;
        if (m_nextTable >= m_plan.tables.size())
            break;
        const int index = m_order.at(m_nextTable++);
        const Checkpoint::Table *saved = m_checkpoint ? &m_checkpoint->tables.at(index) : nullptr;
        if (saved && m_resume && saved->state == Checkpoint::TableState::Done) {
            // Loaded by the run this one resumes: its report stands.
            m_reports[index] = saved->report;
            TableCounters &counters = *m_counters.at(index);
            counters.read = m_reports.at(index).read;
            counters.written = m_reports.at(index).written;
            counters.rejected = m_reports.at(index).rejected;
            counters.ranges = int(saved->ranges.size());
            counters.rangesDone = int(saved->ranges.size());
            counters.state = int(TableProgress::State::Done);
            ++m_finishedTables;
            Q_EMIT tableFinished(index, m_reports.at(index));
            continue;
        }
        if (m_cancel.load()) {
            m_reports[index].status = RunStatus::Cancelled;
            m_reports[index].error = m_stopReason.isEmpty() ? tr("not started: the run was cancelled")
                                                            : m_stopReason;
            ++m_finishedTables;
            continue;
        }
        // A table the interrupted run started in one stream goes on in one (from its mark); one it
        // started in ranges goes on in the same ranges.
        const bool started = saved && saved->state == Checkpoint::TableState::Loading;
        const bool inRanges = saved && !saved->ranges.isEmpty();
        const TableMapping &table = m_jobPlan.tables.at(index);
        if (inRanges || (!started && RangeSplit::maySplit(m_jobPlan, table)))
            startPrepare(index);
        else
            startTable(index);
    }
    if (m_finishedTables == m_plan.tables.size())
        finish();
}

JobCheckpoint MigrationEngine::jobCheckpoint(int index) const
{
    const TableMapping &table = m_plan.tables.at(index);
    const bool started = m_checkpoint && m_checkpoint->tables.at(index).state == Checkpoint::TableState::Loading;
    const bool ownRows = m_checkpoint
        && (!m_checkpoint->existingTargets.contains(table.target) || table.mode == TableMode::Truncate);
    return JobCheckpoint{m_checkpoint ? m_checkpoint->runId : QString(), m_resume, started,
                         m_checkpoint ? m_checkpoint->replaces : QString(), ownRows, QString()};
}

// A table in one stream: one TableJob. `announced`: tableStarted was emitted for its prepare step.
void MigrationEngine::startTable(int index, bool announced)
{
    const JobCheckpoint checkpoint = jobCheckpoint(index);
    if (m_checkpoint) {
        // Saved before the job touches the target: a table that may hold rows of this run is
        // never taken for one that was not started (a failed save cancels the run here).
        m_checkpoint->tables[index].state = Checkpoint::TableState::Loading;
        saveCheckpoint();
    }
    if (m_cancel.load()) {
        m_reports[index].status = RunStatus::Cancelled;
        m_reports[index].error = m_stopReason.isEmpty() ? tr("not started: the run was cancelled") : m_stopReason;
        ++m_finishedTables;
        return;
    }
    ++m_runningUnits;
    if (!announced) {
        m_startedAt[index] = m_clock.elapsed() / 1000.0;
        Q_EMIT tableStarted(index, m_plan.tables.at(index).source, m_plan.tables.at(index).target);
    }
    auto *watcher = new QFutureWatcher<TableReport>(this);
    connect(watcher, &QFutureWatcher<TableReport>::finished, this, [this, watcher, index] {
        const TableReport report = watcher->result();
        watcher->deleteLater();
        --m_runningUnits;
        onTableFinished(index, report);
    });
    TableCounters *counters = m_counters.at(index).get();
    watcher->setFuture(QtConcurrent::run(&m_pool, [plan = m_jobPlan, index, counters, checkpoint, this] {
        TableJob job(plan, index, counters, &m_cancel, &m_pool, checkpoint);
        return job.run();
    }));
}

// A table that may load in ranges: first its ranges and the target table, once (RangeSplit::prepare).
void MigrationEngine::startPrepare(int index)
{
    ++m_runningUnits;
    m_startedAt[index] = m_clock.elapsed() / 1000.0;
    m_counters.at(index)->state = int(TableProgress::State::Running);
    Q_EMIT tableStarted(index, m_plan.tables.at(index).source, m_plan.tables.at(index).target);
    auto *watcher = new QFutureWatcher<RangeSplit::Prepared>(this);
    connect(watcher, &QFutureWatcher<RangeSplit::Prepared>::finished, this, [this, watcher, index] {
        const RangeSplit::Prepared prepared = watcher->result();
        watcher->deleteLater();
        --m_runningUnits;
        onPrepared(index, prepared);
    });
    std::optional<Checkpoint::Table> saved;
    if (m_checkpoint && m_resume)
        saved = m_checkpoint->tables.at(index);
    watcher->setFuture(QtConcurrent::run(&m_pool, [plan = m_jobPlan, index, checkpoint = jobCheckpoint(index), saved] {
        return RangeSplit::prepare(plan, index, checkpoint, saved ? &*saved : nullptr);
    }));
}

void MigrationEngine::onPrepared(int index, const RangeSplit::Prepared &prepared)
{
    if (!prepared.note.isEmpty())
        Q_EMIT message(prepared.note);
    if (!prepared.error.isEmpty()) {
        TableReport failed = m_reports.at(index);
        failed.status = RunStatus::Failed;
        failed.error = prepared.error;
        m_counters.at(index)->state = int(TableProgress::State::Done);
        onTableFinished(index, failed);
        return;
    }
    if (prepared.ranges.isEmpty()) { // too small after all, or no key: one stream
        startTable(index, true);
        startNextUnits();
        return;
    }
    SplitTable &split = m_splits[index];
    split.prepared = prepared;
    split.states = QList<SplitTable::RangeState>(prepared.ranges.size(), SplitTable::RangeState::Waiting);
    split.reports = QList<TableReport>(prepared.ranges.size());
    split.stop = std::make_unique<std::atomic<bool>>(false);
    TableCounters &counters = *m_counters.at(index);
    counters.ranges = int(prepared.ranges.size());
    counters.totalRows = prepared.rows;
    if (m_checkpoint) {
        Checkpoint::Table &saved = m_checkpoint->tables[index];
        if (saved.ranges.isEmpty()) {
            saved.rangeColumn = prepared.column;
            for (const KeyRange &range : prepared.ranges)
                saved.ranges << Checkpoint::Range{range, Checkpoint::TableState::Pending, TableReport()};
        }
        // Ranges the interrupted run finished: their reports stand.
        for (int r = 0; r < saved.ranges.size(); ++r) {
            if (!m_resume || saved.ranges.at(r).state != Checkpoint::TableState::Done)
                continue;
            TableReport done = saved.ranges.at(r).report;
            done.resumedRead = done.read;
            done.resumedWritten = done.written;
            split.reports[r] = done;
            split.states[r] = SplitTable::RangeState::Ended;
            ++split.ended;
            counters.read.fetch_add(done.read);
            counters.resumed.fetch_add(done.read);
            counters.written.fetch_add(done.written);
            counters.rejected.fetch_add(done.rejected);
            counters.rangesDone.fetch_add(1);
        }
        // Saved before any range touches the target, with the ranges: a resume loads these again.
        saved.state = Checkpoint::TableState::Loading;
        saveCheckpoint();
    }
    if (split.ended == int(prepared.ranges.size()))
        startFinish(index);
    else
        m_loadingSplits << index;
    startNextUnits();
}

// Starts the next waiting range of the first split table that has one; false when none does. A
// table stopped by a failed range (on-error abort) or a cancelled run ends its waiting ranges instead.
bool MigrationEngine::startNextRange()
{
    for (qsizetype i = 0; i < m_loadingSplits.size(); ++i) {
        const int index = m_loadingSplits.at(i);
        SplitTable &split = m_splits.at(index);
        const qsizetype next = split.states.indexOf(SplitTable::RangeState::Waiting);
        if (next < 0)
            continue;
        if (m_cancel.load() || split.stop->load()) {
            for (qsizetype r = next; r < split.states.size(); ++r) {
                if (split.states.at(r) != SplitTable::RangeState::Waiting)
                    continue;
                split.states[r] = SplitTable::RangeState::Ended;
                split.reports[r].status = RunStatus::Cancelled;
                split.reports[r].error = m_cancel.load() ? tr("not started: the run was cancelled")
                                                         : tr("not started: another range failed and on-error is abort");
                ++split.ended;
            }
            m_loadingSplits.removeAt(i);
            if (split.ended == split.states.size())
                startFinish(index);
            return true;
        }
        const int range = int(next);
        split.states[range] = SplitTable::RangeState::Running;
        if (split.states.indexOf(SplitTable::RangeState::Waiting) < 0)
            m_loadingSplits.removeAt(i);
        if (m_checkpoint) {
            m_checkpoint->tables[index].ranges[range].state = Checkpoint::TableState::Loading;
            saveCheckpoint();
        }
        ++m_runningUnits;
        TableCounters *counters = m_counters.at(index).get();
        counters->rangesRunning.fetch_add(1);
        auto *watcher = new QFutureWatcher<TableReport>(this);
        connect(watcher, &QFutureWatcher<TableReport>::finished, this, [this, watcher, index, range] {
            const TableReport report = watcher->result();
            watcher->deleteLater();
            --m_runningUnits;
            onRangeFinished(index, range, report);
        });
        const JobRange job{split.prepared.ranges.at(range), split.prepared.column, split.stop.get()};
        watcher->setFuture(QtConcurrent::run(&m_pool, [plan = m_jobPlan, index, counters, checkpoint = jobCheckpoint(index),
                                                       job, this] {
            TableJob table(plan, index, counters, &m_cancel, &m_pool, checkpoint, job);
            return table.run();
        }));
        return true;
    }
    return false;
}

void MigrationEngine::onRangeFinished(int index, int range, const TableReport &report)
{
    SplitTable &split = m_splits.at(index);
    split.states[range] = SplitTable::RangeState::Ended;
    split.reports[range] = report;
    ++split.ended;
    TableCounters &counters = *m_counters.at(index);
    counters.rangesRunning.fetch_sub(1);
    counters.rangesDone.fetch_add(1);
    if (m_checkpoint && (report.status == RunStatus::Ok || report.status == RunStatus::Rejected)) {
        Checkpoint::Range &saved = m_checkpoint->tables[index].ranges[range];
        saved.state = Checkpoint::TableState::Done;
        saved.report = report;
        saveCheckpoint();
    }
    if (report.status == RunStatus::Failed && m_plan.options.onError == OnError::Abort)
        split.stop->store(true);
    if (split.ended == split.states.size())
        startFinish(index);
    startNextUnits();
}

// After the last range of a split table: its report, rejects file, verify and indexes (RangeSplit::finish).
void MigrationEngine::startFinish(int index)
{
    ++m_runningUnits;
    auto *watcher = new QFutureWatcher<TableReport>(this);
    connect(watcher, &QFutureWatcher<TableReport>::finished, this, [this, watcher, index] {
        TableReport report = watcher->result();
        watcher->deleteLater();
        --m_runningUnits;
        report.seconds = m_clock.elapsed() / 1000.0 - m_startedAt.at(index);
        m_counters.at(index)->state = int(TableProgress::State::Done);
        onTableFinished(index, report);
    });
    const SplitTable &split = m_splits.at(index);
    watcher->setFuture(QtConcurrent::run(&m_pool, [plan = m_jobPlan, index, prepared = split.prepared,
                                                   reports = split.reports, this] {
        return RangeSplit::finish(plan, index, prepared, reports, &m_cancel);
    }));
}

void MigrationEngine::onTableFinished(int index, const TableReport &report)
{
    ++m_finishedTables;
    m_reports[index] = report;
    if (m_checkpoint && (report.status == RunStatus::Ok || report.status == RunStatus::Rejected)) {
        m_checkpoint->tables[index].state = Checkpoint::TableState::Done;
        m_checkpoint->tables[index].report = report;
        saveCheckpoint();
    }
    Q_EMIT tableFinished(index, report);
    if (!report.error.isEmpty())
        Q_EMIT message(QStringLiteral("%1 -> %2: %3").arg(report.source, report.target, report.error));
    // A failure stops tables not yet started when the user asked to abort on errors.
    if (report.status == RunStatus::Failed && m_plan.options.onError == OnError::Abort && !m_cancel.load()) {
        m_stopReason = tr("not started: table %1 failed and on-error is abort").arg(report.source);
        m_cancel = true;
    }
    startNextUnits();
}

void MigrationEngine::cancel()
{
    m_cancel = true;
}

Progress MigrationEngine::progress() const
{
    Progress snapshot;
    snapshot.seconds = m_clock.isValid() ? m_clock.elapsed() / 1000.0 : 0.0;
    for (int i = 0; i < m_plan.tables.size() && i < int(m_counters.size()); ++i) {
        const TableCounters &c = *m_counters.at(i);
        TableProgress table;
        table.source = m_plan.tables.at(i).source;
        table.target = m_plan.tables.at(i).target;
        table.state = TableProgress::State(c.state.load());
        table.read = c.read.load();
        table.written = c.written.load();
        table.rejected = c.rejected.load();
        table.bytes = c.bytes.load();
        table.resumed = c.resumed.load();
        table.totalRows = c.totalRows.load();
        table.totalBytes = c.totalBytes.load();
        table.ranges = c.ranges.load();
        table.rangesDone = c.rangesDone.load();
        table.rangesRunning = c.rangesRunning.load();
        if (table.state == TableProgress::State::Done)
            table.seconds = m_reports.at(i).seconds;
        else if (table.state == TableProgress::State::Running)
            table.seconds = snapshot.seconds - m_startedAt.at(i);
        table.rowsPerSecond = table.seconds > 0 ? (table.read - table.resumed) / table.seconds : 0.0;
        snapshot.tables << table;
    }
    return snapshot;
}

void MigrationEngine::emitProgress()
{
    Q_EMIT progressChanged(progress());
}

void MigrationEngine::waitForFinished()
{
    m_pool.waitForDone();
}

void MigrationEngine::finish()
{
    if (!m_running || m_finishing)
        return;
    m_finishing = true;
    bool anyKeys = false;
    for (const TableMapping &table : m_plan.tables)
        anyKeys = anyKeys || !table.foreignKeys.isEmpty();
    if (!anyKeys || m_cancel.load() || (m_checkpoint && m_checkpoint->foreignKeysAdded)) {
        clearCheckpoint();
        return;
    }
    // Foreign keys go on once every table holds its rows: no load order to get right, and a
    // cycle of references is no obstacle. On a worker thread, like all target work.
    Q_EMIT message(tr("adding foreign keys"));
    auto *watcher = new QFutureWatcher<QList<QPair<int, QString>>>(this);
    connect(watcher, &QFutureWatcher<QList<QPair<int, QString>>>::finished, this, [this, watcher] {
        for (const auto &[index, error] : watcher->result()) {
            TableReport &table = m_reports[index];
            table.status = RunStatus::Failed;
            table.error = table.error.isEmpty() ? error : table.error + QStringLiteral("; ") + error;
            Q_EMIT message(QStringLiteral("%1 -> %2: %3").arg(table.source, table.target, error));
        }
        if (m_checkpoint && watcher->result().isEmpty()) {
            m_checkpoint->foreignKeysAdded = true;
            saveCheckpoint();
        }
        watcher->deleteLater();
        clearCheckpoint();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [plan = m_plan, reports = m_reports] {
        QList<QPair<int, QString>> failures;
        for (int i = 0; i < plan.tables.size(); ++i) {
            const TableMapping &table = plan.tables.at(i);
            const RunStatus status = reports.at(i).status;
            if (table.foreignKeys.isEmpty() || (status != RunStatus::Ok && status != RunStatus::Rejected))
                continue;
            std::unique_ptr<RowWriter> writer = Backend::writer(plan.target, table.target);
            QString error;
            if (!writer || !writer->open(&error) || !writer->addForeignKeys(RowConverter::targetSchema(table), &error))
                failures << qMakePair(i, tr("foreign keys not added: %1").arg(error));
            if (writer)
                writer->finish(&error);
        }
        return failures;
    }));
}

// A run that finished every table needs its checkpoint no more: the marks go from the target (on a
// worker thread, like all target work), then the file. Otherwise both stay for a resume.
void MigrationEngine::clearCheckpoint()
{
    bool complete = m_checkpoint && m_checkpointError.isEmpty() && !m_cancel.load();
    for (const TableReport &table : std::as_const(m_reports))
        complete = complete && (table.status == RunStatus::Ok || table.status == RunStatus::Rejected
                                || table.status == RunStatus::Skipped);
    if (!complete) {
        report();
        return;
    }
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (error.isEmpty())
            QFile::remove(m_checkpointFile);
        else
            Q_EMIT message(tr("the run is complete, but its checkpoint stays: %1").arg(error));
        report();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [plan = m_plan, runId = m_checkpoint->runId] {
        for (const TableMapping &table : plan.tables) {
            if (table.mode == TableMode::Skip)
                continue;
            std::unique_ptr<RowWriter> writer = Backend::writer(plan.target, table.target);
            if (writer && !writer->marks())
                break; // one kind of writer for the whole target (and opening a CSV one would empty its file)
            QString error;
            const bool cleared = writer && writer->open(&error) && writer->marks()->clear(runId, true, &error);
            if (writer)
                writer->finish(&error);
            if (!cleared)
                return error.isEmpty() ? tr("cannot open %1").arg(table.target) : error;
        }
        return QString();
    }));
}

void MigrationEngine::report()
{
    m_ticker.stop();
    m_connections.reset(); // every worker is done: the connections kept between tables close
    emitProgress();
    m_running = false;
    m_report.tables = m_reports;
    m_report.seconds = m_clock.elapsed() / 1000.0;
    m_report.status = Report::combine(m_reports);
    if (m_report.status == RunStatus::Ok && m_cancel.load())
        m_report.status = RunStatus::Cancelled;
    if (!m_runError.isEmpty()) {
        m_report.status = RunStatus::Failed;
        m_report.error = m_runError;
    }
    if (!m_checkpointError.isEmpty()) {
        m_report.status = RunStatus::Failed;
        m_report.error = m_checkpointError;
    }
    m_checkpoint.reset(); // for this run only: the next start() keeps one only when asked again
    m_resume = false;
    Q_EMIT finished(m_report);
}

} // namespace barge
