#pragma once
// MigrationEngine: runs a Plan. start() returns at once; table jobs run on the engine's own
// QThreadPool (at most options.jobs units of work at a time, each with a reader and a writer
// thread) and open their connections there. A unit is a table, or one key range of a big table
// loaded in ranges (RangeSplit: prepared once, then its ranges side by side, then finished once). Signals are emitted in the thread that owns the engine (the GUI or
// the CLI's main thread): progress about 20 times a second, then finished(Report).
// cancel() is thread safe and cooperative: each table commits what it wrote and stops.

#include "engine/checkpoint.h"
#include "engine/plan.h"
#include "engine/progress.h"
#include "engine/rangesplit.h"
#include "engine/report.h"
#include "io/connectionreuse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace barge {

class MigrationEngine : public QObject
{
    Q_OBJECT

public:
    explicit MigrationEngine(QObject *parent = nullptr);
    ~MigrationEngine() override; // cancels a run still going and waits for it

    // Resumable runs: the engine keeps `checkpoint` in `fileName` as tables start and finish, and
    // table jobs commit their LoadMarks under its run id. With `resume`, tables the checkpoint
    // has done are reported from it and the others carry on from their marks. When the run has
    // finished every table, the marks and the file are removed. Call before each start() that
    // should keep one.
    void setCheckpoint(const Checkpoint &checkpoint, const QString &fileName, bool resume);
    void start(const Plan &plan);
    void cancel();
    bool isRunning() const { return m_running; }
    Progress progress() const;
    // Blocks until the run has finished (tests and the CLI use signals instead where they can).
    void waitForFinished();

Q_SIGNALS:
    void tableStarted(int index, const QString &source, const QString &target);
    void progressChanged(const barge::Progress &progress);
    void tableFinished(int index, const barge::TableReport &report);
    void message(const QString &text);
    void finished(const barge::Report &report);

private:
    void emptyTablesThenStart();
    void startNextUnits();
    void startTable(int index, bool announced = false);
    void startPrepare(int index);
    void onPrepared(int index, const RangeSplit::Prepared &prepared);
    bool startNextRange();
    void onRangeFinished(int index, int range, const TableReport &report);
    void startFinish(int index);
    void onTableFinished(int index, const TableReport &report);
    JobCheckpoint jobCheckpoint(int index) const;
    void emitProgress();
    void finish();
    void addForeignKeys();
    void saveCheckpoint();
    void clearCheckpoint();
    void report();

    Plan m_plan;
    Plan m_jobPlan;       // what table jobs run: m_plan, with tables emptied up front in append mode
    QString m_runError;   // the run failed before any table could start
    QThreadPool m_pool;
    QTimer m_ticker;
    QElapsedTimer m_clock;
    std::atomic<bool> m_cancel{false};
    std::vector<std::unique_ptr<TableCounters>> m_counters;
    QList<TableReport> m_reports;
    QList<double> m_startedAt;
    QList<int> m_order;   // plan indexes in load order: referenced tables before those pointing at them
    int m_nextTable = 0;  // position in m_order
    int m_runningUnits = 0; // tables, ranges, and the steps before and after a split table's ranges
    // A table loading in key ranges.
    struct SplitTable
    {
        enum class RangeState { Waiting, Running, Ended };
        RangeSplit::Prepared prepared;
        QList<RangeState> states;
        QList<TableReport> reports;
        int ended = 0;
        std::unique_ptr<std::atomic<bool>> stop; // a range failed and on-error is abort: the others stop
    };
    std::map<int, SplitTable> m_splits; // by plan index
    QList<int> m_loadingSplits;         // split tables with ranges still to start, in load order
    int m_finishedTables = 0;
    bool m_running = false;
    bool m_finishing = false; // every table is done; foreign keys or the report are under way
    QString m_stopReason; // why tables that never started did not
    Report m_report;
    std::optional<Checkpoint> m_checkpoint;
    // Connections wait between tables while the run lasts (bench/RESULTS-many.md).
    std::optional<ConnectionReuse::Scope> m_connections;
    QString m_checkpointFile;
    QString m_checkpointError; // the file could not be written: the run stops, resumable no more
    bool m_resume = false;
};

} // namespace barge
