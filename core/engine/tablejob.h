#pragma once
// TableJob: copies one table. run() executes on a pool thread and owns the writer and its
// connection; the reader runs on a second pool thread and feeds converted batches through a
// BoundedQueue, so reading and writing overlap. Cancel is cooperative through a shared flag.

#include "engine/boundedqueue.h"
#include "engine/plan.h"
#include "io/rowwriter.h"
#include "engine/progress.h"
#include "engine/report.h"
#include "io/keyrange.h"
#include "io/loadmark.h"
#include "io/nativecopy.h"
#include "schema/row.h"
#include "io/sourcesnapshot.h"
#include "mapping/rowconverter.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>
#include <optional>

class QElapsedTimer;
class QThreadPool;

namespace barge {

class MarkTable;
class RejectSink;
class RowWriter;

// Checkpoints of a resumable run, for one table job: with a run id, each commit saves the table's
// LoadMark in the target; with resume, the job first looks for the mark the interrupted run
// committed and carries on after it.
struct JobCheckpoint
{
    QString runId; // empty: no checkpoints
    bool resume = false;
    bool started = false; // resuming a table the interrupted run had started
    QString replaces;     // an interrupted run started over: its marks are removed
    bool ownRows = false; // the run created or emptied the table: every row in it is the run's
    QString fence;        // a worker's: its claim is still held (MarkTable::setFence)
};

// One key range of a table loaded in ranges (RangeSplit). The table was made ready before any of
// its ranges started, and what comes after the rows (verify, indexes) waits for all of them: the
// range job only reads its keys, writes them in append mode and keeps its own LoadMark and rejects part.
struct JobRange
{
    KeyRange range;
    QString column;                              // the source's integer key the ranges are of
    const std::atomic<bool> *tableStop = nullptr; // another range of the table failed and on-error is abort
};

class TableJob
{
    Q_DECLARE_TR_FUNCTIONS(barge::TableJob)

public:
    TableJob(const Plan &plan, int index, TableCounters *counters, const std::atomic<bool> *cancel,
             QThreadPool *pool, const JobCheckpoint &checkpoint = {}, const std::optional<JobRange> &range = std::nullopt);

    TableReport run();

    static constexpr int chunkRows = 2000;   // rows per batch through the queue
    static constexpr int queueChunks = 8;    // batches in flight: bounds memory
    static constexpr int nativeChunkRows = 20000; // rows per NativeCopy range: progress and cancel granularity
    // The error of a table stopped at its first bad row (on-error abort), %1 the row's origin and
    // %2 the reason, in the current language: the wizard's FailureLocator recognises it by these words.
    static QString stoppedAtBadRow();
    // Why a resumed table that holds rows but no mark of run `runId` is not loaded: its rows may
    // not be that run's, and loading from the first row again could hold them twice.
    static QString rowsWithoutMark(const QString &target, qint64 rows, const QString &runId);

    // Verify's comparison after table `index` of `plan` loaded through `writer`: the target's count
    // now against `rowsBefore` (or why it is unknown, `countError`) plus the rows written by this
    // run, then the contents against the source. A failure fails *report.
    static void verifyLoad(const Plan &plan, int index, RowWriter *writer, qint64 rowsBefore, const QString &countError,
                           const std::atomic<bool> *cancel, TableReport *report);

private:
    // run()'s steps, in order.
    bool openTarget(RowWriter *writer, TableReport *report, QString *error);
    bool findResumePoint(TableMode *mode, QString *error);
    bool openRange(RowWriter *writer, TableReport *report, QString *error);
    void startFromMark(TableReport *report);
    bool beginLoad(RowWriter *writer, std::unique_ptr<NativeCopy> *native, QString *error);
    std::unique_ptr<RejectSink> copyRows(RowWriter *writer, NativeCopy *native, TableReport *report);
    void commitLast(RowWriter *writer, std::unique_ptr<NativeCopy> native, RejectSink *sink, TableReport *report);
    void closeTarget(RowWriter *writer, TableReport *report);
    TableReport finishReport(TableReport *report, const RejectSink *sink, const QElapsedTimer &timer);

    // The copy.
    bool copyNatively(NativeCopy *native, RowWriter *writer, TableReport *report, bool *complete);
    std::unique_ptr<RejectSink> copyRowByRow(RowWriter *writer, TableReport *report);
    void readLoop(BoundedQueue<RowBatch> *queue, QStringList *sourceColumns, QString *openError);
    bool settleRejects(const QList<RejectedRow> &rejected, RejectSink *sink, TableReport *report);
    bool writeChunk(RowWriter *writer, const RowBatch &batch, RejectSink *sink, TableReport *report);
    bool writeGathered(RowWriter *writer, RowBatch *pending, int preferredRows, bool all, RejectSink *sink,
                       TableReport *report);
    bool commitIfDue(RowWriter *writer, RejectSink *sink, bool force, TableReport *report);
    bool fail(TableReport *report, const QString &error);
    std::unique_ptr<RejectSink> makeSink(const QStringList &sourceColumns, TableReport *report);
    bool cancelled() const { return m_cancel->load() || (m_range && m_range->tableStop->load()); }

    Plan m_plan;
    int m_index;
    TableMapping m_table;
    TableCounters *m_counters;
    const std::atomic<bool> *m_cancel;
    QThreadPool *m_pool;
    bool m_abortOnError;
    qint64 m_sinceCommit = 0;
    qint64 m_skipRows = 0;    // source rows the native shortcut copied: the generic reader starts after them
    qint64 m_uncommittedWritten = 0;
    MergeCounts m_uncommittedMerge; // mode merge: what the written, uncommitted rows did
    qint64 m_unflushedRejected = 0; // counted as rejected, not yet flushed to the rejects file
    bool m_stoppedAtRow = false;         // on-error abort stopped the table at a rejected row
    qint64 m_rejectsBytesBeforeAbort = 0; // the rejects file's size before that row's reason
    RowConverter m_converter; // set up by the reader thread before its first batch, then only read
    BoundedQueue<RowBatch> m_spent{64}; // written batches handed back to the reader to free (never more than the queue holds)
    bool m_targetFailed = false; // the target refused a write or commit: the open transaction is lost
    JobCheckpoint m_checkpoint;
    MarkTable *m_marks = nullptr; // the writer's, when this job saves LoadMarks (a run id, and a writer that keeps them)
    LoadMark m_resumedFrom;     // what the interrupted run had committed (zero when not resumed)
    bool m_convertOnRead = false; // the writer waits on a server: the reader thread converts (RowWriter::waitsOnServer)
    qint64 m_rowsBefore = -1;     // the target's count before the load (verify); -1 when unknown
    QString m_countError;         // why it is unknown
    SourceSnapshot m_snapshot;    // the reader's: set by its thread after open(), read once it is done
    std::optional<JobRange> m_range; // a key range of a table loaded in ranges
};

} // namespace barge
