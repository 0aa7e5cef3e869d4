#include "engine/tablejob.h"

#include "base/plural.h"
#include "engine/pausepoint.h"
#include "engine/rejectsink.h"
#include "engine/verifier.h"
#include "io/backend.h"
#include "io/rowreader.h"
#include "io/watermarkfilter.h"
#include "mapping/rowconverter.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QThreadPool>

namespace barge {

TableJob::TableJob(const Plan &plan, int index, TableCounters *counters, const std::atomic<bool> *cancel,
                   QThreadPool *pool, const JobCheckpoint &checkpoint, const std::optional<JobRange> &range)
    : m_plan(plan), m_index(index), m_table(plan.tables.at(index)), m_counters(counters), m_cancel(cancel), m_pool(pool),
      m_abortOnError(plan.options.onError == OnError::Abort), m_checkpoint(checkpoint), m_range(range)
{
}

namespace {

// Turns one raw batch into target rows; conversion failures join the batch's rejects, in order.
RowBatch convertBatch(RowBatch raw, const RowConverter &converter, bool stopAtFirstReject)
{
    RowBatch out;
    out.positionFormat = raw.positionFormat;
    out.bytes = raw.bytes;
    out.rejected = std::move(raw.rejected);
    out.rows.reserve(raw.rows.size());
    Row converted;
    QString why;
    for (int i = 0; i < raw.rows.size(); ++i) {
        if (converter.convert(raw.rows.at(i), &converted, &why)) {
            out.rows.append(converted);
            out.sourceRows.append(raw.rows.at(i));
            out.positions.append(raw.positions.at(i));
        } else {
            const qint64 position = raw.positions.at(i);
            out.rejected.append(RejectedRow{raw.rows.at(i), position, raw.origin(i), why});
        }
    }
    if (stopAtFirstReject && !out.rejected.isEmpty()) {
        // Abort keeps the rows before the first bad one and nothing after it.
        qint64 first = out.rejected.first().position;
        for (const RejectedRow &r : out.rejected)
            first = std::min(first, r.position);
        QList<RejectedRow> kept;
        for (const RejectedRow &r : out.rejected) {
            if (r.position == first)
                kept << r;
        }
        out.rejected = kept.mid(0, 1);
        while (!out.positions.isEmpty() && out.positions.last() > first) {
            out.positions.removeLast();
            out.rows.removeLast();
            out.sourceRows.removeLast();
        }
    }
    return out;
}

} // namespace

void TableJob::readLoop(BoundedQueue<RowBatch> *queue, QStringList *sourceColumns, QString *openError)
{
    std::unique_ptr<RowReader> reader = Backend::reader(m_plan.source, m_table.source);
    QString error;
    // A sync reads only the rows it found new or changed, where the reader can pick them.
    const bool restricted = reader && !m_table.syncKeys.isEmpty()
        && reader->restrictToKeys(m_table.syncKeyColumns, m_table.syncKeys, m_table.syncIntegerKeys);
    // An incremental run reads the rows past the last run's watermark (planning made sure it can).
    QString low;
    const bool incremental = reader && m_table.watermark.isSet() && !m_plan.options.sync;
    if (incremental && (!watermarkLowBound(m_table.watermark, &low, &error)
                        || !reader->restrictToWatermark(m_table.watermark, low))) {
        *openError = error.isEmpty() ? tr("%1 cannot be read past a watermark").arg(m_table.source) : error;
        queue->close(*openError);
        return;
    }
    if (reader && m_range && !reader->restrictToRange(m_range->column, m_range->range)) {
        *openError = tr("%1 cannot be read in key ranges").arg(m_table.source);
        queue->close(*openError);
        return;
    }
    if (!reader || !reader->open(&error) || !m_converter.setup(m_table, reader->schema(), &error)) {
        *openError = error.isEmpty() ? tr("cannot read %1").arg(m_table.source) : error;
        queue->close(*openError);
        return;
    }
    *sourceColumns = reader->schema().columnNames();
    m_snapshot = reader->snapshot();
    reader->setTypeHints(m_converter.sourceTypeHints(int(sourceColumns->size())));
    if (!m_range) { // a split table's totals are the engine's
        m_counters->totalRows = restricted ? m_table.syncKeys.size()
            : incremental                   ? m_table.watermark.rows
                                            : reader->schema().rowCount;
        m_counters->totalBytes = reader->totalBytes();
    }
    bool more = true;
    // Rows the native shortcut already copied are read again and dropped, so that positions in
    // rejects stay the source's own.
    for (qint64 toSkip = m_skipRows; more && toSkip > 0 && !cancelled();) {
        RowBatch skipped;
        more = reader->read(skipped, int(std::min<qint64>(toSkip, chunkRows)));
        if (!reader->error().isEmpty()) {
            queue->close(reader->error());
            return;
        }
        toSkip -= skipped.rows.size() + skipped.rejected.size();
    }
    while (more && !cancelled()) {
        // Batches the writer is done with come back here to be freed: memory is then released by
        // the thread that allocated it, which glibc's allocator handles far faster.
        RowBatch spent;
        while (m_spent.tryPop(&spent))
            spent.clear();
        RowBatch raw;
        more = reader->read(raw, chunkRows);
        if (!reader->error().isEmpty()) {
            queue->close(reader->error());
            return;
        }
        // Rows are numbered from 1 in each key range: their origin names the range. A file's
        // parts keep the file's own line numbers.
        if (m_range && !raw.positionFormat.isEmpty() && m_range->column != KeyRange::records())
            raw.positionFormat += QLatin1Char(' ') + tr("of key range %1").arg(m_range->range.label(m_range->column));
        // Conversion happens on the writer's side when the writer works in this process: parsing is
        // the heavier half of most copies, so this keeps the two threads about equally busy. A
        // writer that waits on a server gets its rows converted here instead.
        if (m_convertOnRead)
            raw = convertBatch(std::move(raw), m_converter, m_abortOnError);
        const bool stop = m_abortOnError && !raw.rejected.isEmpty();
        if (!queue->push(std::move(raw)) || stop)
            break;
    }
    queue->close();
}

QString TableJob::rowsWithoutMark(const QString &target, qint64 rows, const QString &runId)
{
    return pluralText(tr("%1: holds %2 row(s) but no checkpoint of run %3: not the target the interrupted "
                         "run wrote to, or its checkpoint was removed; --restart starts over",
                         nullptr, pluralCount(rows)),
                      rows)
        .arg(target, groupedNumbers().toString(rows), runId);
}

QString TableJob::stoppedAtBadRow()
{
    return tr("stopped at the first bad row (on-error abort): %1: %2");
}

bool TableJob::fail(TableReport *report, const QString &error)
{
    report->status = RunStatus::Failed;
    if (report->error.isEmpty())
        report->error = error;
    return false;
}

bool TableJob::settleRejects(const QList<RejectedRow> &rejected, RejectSink *sink, TableReport *report)
{
    for (const RejectedRow &row : rejected) {
        QString error;
        if (m_abortOnError)
            m_rejectsBytesBeforeAbort = sink->size();
        if (!sink->add(row.values, row.reason, row.origin, &error))
            return fail(report, error);
        ++report->read;
        ++report->rejected;
        ++m_unflushedRejected;
        m_counters->read.fetch_add(1);
        m_counters->rejected.fetch_add(1);
        if (m_abortOnError) {
            m_stoppedAtRow = true;
            return fail(report, stoppedAtBadRow().arg(row.origin, row.reason));
        }
    }
    return true;
}

bool TableJob::writeChunk(RowWriter *writer, const RowBatch &batch, RejectSink *sink, TableReport *report)
{
    QList<RowError> rowErrors;
    QString error;
    if (!writer->write(batch.rows, &rowErrors, &error)) {
        m_targetFailed = true;
        return fail(report, error);
    }
    // With stop-at-first-error the writer wrote only the rows before the refused one.
    const qint64 attempted = m_abortOnError && !rowErrors.isEmpty() ? rowErrors.first().index + 1 : batch.rows.size();
    const qint64 written = attempted - rowErrors.size();
    report->read += written;
    m_uncommittedWritten += written;
    m_uncommittedMerge += writer->takeMergeCounts();
    m_sinceCommit += written;
    m_counters->read.fetch_add(written);
    m_counters->written.fetch_add(written);
    QList<RejectedRow> refused;
    for (const RowError &rowError : rowErrors) {
        refused << RejectedRow{batch.sourceRows.at(rowError.index), batch.positions.at(rowError.index),
                               batch.origin(rowError.index),
                               QStringLiteral("%1: %2").arg(writer->describe(), rowError.message)};
    }
    return settleRejects(refused, sink, report);
}

bool TableJob::commitIfDue(RowWriter *writer, RejectSink *sink, bool force, TableReport *report)
{
    if (!force && m_sinceCommit < m_plan.options.batchSize)
        return true;
    QString error;
    // Rejects are flushed first: a row counted as rejected must be on disk before the commit that
    // makes its neighbours durable.
    if (sink && !sink->flush(&error)) {
        // Rows whose reasons did not reach the disk are not rejected rows: they are lost to this
        // run (and read again by a resume), like the written rows the missing commit takes along.
        report->read -= m_unflushedRejected;
        report->rejected -= m_unflushedRejected;
        m_counters->read.fetch_sub(m_unflushedRejected);
        m_counters->rejected.fetch_sub(m_unflushedRejected);
        m_unflushedRejected = 0;
        return fail(report, error);
    }
    m_unflushedRejected = 0;
    // The mark goes into the same transaction: after a crash the target holds the rows and the
    // mark that counts them, or neither.
    LoadMark mark{report->read, report->written + m_uncommittedWritten, report->rejected,
                  sink ? sink->size() : m_resumedFrom.rejectsBytes};
    // The row that stopped the table is reported and kept in the rejects file, but the mark ends
    // before it: a resume after the user fixed its cause reads it again (and writes its reason
    // again if it is still bad).
    if (m_stoppedAtRow) {
        --mark.sourceRows;
        --mark.rejected;
        mark.rejectsBytes = m_rejectsBytesBeforeAbort;
    }
    if (m_marks && !m_marks->save(m_checkpoint.runId, mark, &error)) {
        m_targetFailed = true;
        return fail(report, error);
    }
    if (!writer->commit(&error)) {
        m_targetFailed = true;
        return fail(report, error);
    }
    report->written += m_uncommittedWritten;
    m_uncommittedWritten = 0;
    if (m_table.mode == TableMode::Merge) {
        report->merged = true;
        report->inserted += m_uncommittedMerge.inserted;
        report->updated += m_uncommittedMerge.updated;
        report->unchanged += m_uncommittedMerge.unchanged;
    }
    m_uncommittedMerge = MergeCounts();
    m_sinceCommit = 0;
    PausePoint::afterCommit(m_cancel);
    if (!force && !writer->begin(&error))
        return fail(report, error);
    return true;
}

// Writes the gathered rows in pieces, committing after each piece that completes a batch, so that
// every transaction holds exactly batchSize written rows whatever size the writer prefers. Rows short
// of both the next commit and the writer's preferred size stay gathered unless `all`.
bool TableJob::writeGathered(RowWriter *writer, RowBatch *pending, int preferredRows, bool all, RejectSink *sink,
                             TableReport *report)
{
    while (!pending->rows.isEmpty()) {
        const qint64 toCommit = std::max<qint64>(1, m_plan.options.batchSize - m_sinceCommit);
        // A writer without a preferred size takes whatever has arrived.
        const qsizetype piece = qsizetype(preferredRows > 0 ? std::min<qint64>(toCommit, preferredRows) : toCommit);
        // Rows of a wide table go once they are a reader's batch worth of bytes: gathering the
        // preferred number of them could hold the whole table.
        const bool enough = pending->bytes >= RowReader::batchBytes;
        if (pending->rows.size() < piece && preferredRows > 0 && !all && !enough)
            return true;
        bool ok = false;
        if (pending->rows.size() <= piece) {
            ok = writeChunk(writer, *pending, sink, report);
            pending->rows.clear();
            pending->sourceRows.clear();
            pending->positions.clear();
            pending->bytes = 0;
        } else {
            pending->bytes -= pending->bytes * piece / pending->rows.size(); // the part's share, roughly
            RowBatch part;
            part.positionFormat = pending->positionFormat;
            part.rows = pending->rows.mid(0, piece);
            part.sourceRows = pending->sourceRows.mid(0, piece);
            part.positions = pending->positions.mid(0, piece);
            pending->rows.remove(0, piece);
            pending->sourceRows.remove(0, piece);
            pending->positions.remove(0, piece);
            ok = writeChunk(writer, part, sink, report);
        }
        if (!ok || !commitIfDue(writer, sink, false, report))
            return false;
    }
    return true;
}

bool TableJob::copyNatively(NativeCopy *native, RowWriter *writer, TableReport *report, bool *complete)
{
    m_counters->totalRows = native->sourceRows();
    // The check walks the source on the pool's second thread while the target copies the ranges
    // already checked: the same overlap as reader and writer on the generic path.
    BoundedQueue<NativeRange> ranges(queueChunks);
    bool checkedToEnd = false;
    QSemaphore checkerDone;
    m_pool->start([&] {
        bool more = true;
        qint64 checked = 0;
        while (more && !cancelled()) {
            NativeRange range;
            QString error;
            // Ranges end where a commit is due, so each transaction holds batchSize rows.
            const qint64 toCommit = m_plan.options.batchSize - checked % m_plan.options.batchSize;
            more = native->check(int(std::min<qint64>(nativeChunkRows, toCommit)), &range, &error);
            checked += range.rows;
            if ((range.rows > 0 && !ranges.push(std::move(range))) || !error.isEmpty())
                break;
        }
        checkedToEnd = native->atEnd();
        ranges.close();
        checkerDone.release();
    });
    bool ok = true;
    bool refused = false;
    NativeRange range;
    while (ok && !refused && !cancelled() && ranges.pop(&range)) {
        QString error;
        if (!native->copy(range, &error)) {
            if (error.isEmpty()) {
                refused = true; // the generic path finds and reports the row from this range on
                break;
            }
            m_targetFailed = true;
            ok = fail(report, error);
            break;
        }
        report->read += range.rows;
        m_uncommittedWritten += range.rows;
        m_sinceCommit += range.rows;
        m_skipRows += range.rows;
        m_counters->read.fetch_add(range.rows);
        m_counters->written.fetch_add(range.rows);
        m_counters->bytes.fetch_add(range.bytes);
        ok = commitIfDue(writer, nullptr, false, report);
    }
    ranges.close(); // stops a checker blocked on a full queue
    checkerDone.acquire();
    *complete = ok && !refused && checkedToEnd && !cancelled();
    return ok;
}

void TableJob::verifyLoad(const Plan &plan, int index, RowWriter *writer, qint64 rowsBefore, const QString &countError,
                          const std::atomic<bool> *cancel, TableReport *report)
{
    const TableMapping &table = plan.tables.at(index);
    auto fail = [report](const QString &error) {
        report->status = RunStatus::Failed;
        if (report->error.isEmpty())
            report->error = error;
    };
    QString error = countError;
    const qint64 after = rowsBefore >= 0 ? writer->countRows(&error) : -1;
    if (after < 0) {
        report->verification = tr("not verified: %1").arg(error);
        return;
    }
    // A resumed table counted its earlier rows in rowsBefore already. A merge adds only the rows
    // it inserted.
    const qint64 writtenNow = report->merged ? report->inserted : report->written - report->resumedWritten;
    const qint64 expected = rowsBefore + writtenNow;
    const QLocale c = groupedNumbers();
    if (report->merged && after == expected && table.watermark.isSet() && !plan.options.sync) {
        // An incremental run read only the rows past its watermark, and the source may have more
        // by now: the count is what can be checked.
        report->verification = pluralText(tr("count verified: the target holds %1 row(s) (%2 before + %3 inserted); "
                                             "contents not compared, the run read only the rows past its watermark",
                                             nullptr, pluralCount(after)),
                                          after)
                                   .arg(c.toString(after), c.toString(rowsBefore), c.toString(writtenNow));
        return;
    }
    if (report->merged && after == expected && after != report->written) {
        // Rows of the table the source does not have (or the source repeats a key): the merge
        // kept them, and contents cannot be compared.
        report->verification = pluralText(tr("count verified: the target holds %1 row(s) (%2 before + %3 inserted); "
                                             "contents not compared, the table holds rows the source does not",
                                             nullptr, pluralCount(after)),
                                          after)
                                   .arg(c.toString(after), c.toString(rowsBefore), c.toString(writtenNow));
        return;
    }
    if (!report->merged && after == expected && rowsBefore - report->resumedWritten > 0) {
        // Rows that were there before are not the source's: contents cannot be compared.
        report->verification = pluralText(tr("count verified: the target holds %1 row(s) (%2 before + %3 written); "
                                             "contents not compared, the table was not empty",
                                             nullptr, pluralCount(after)),
                                          after)
                                   .arg(c.toString(after), c.toString(rowsBefore), c.toString(writtenNow));
        return;
    }
    if (after == expected) {
        // The target's own count agrees; now its contents against the source's.
        Verifier::Result content;
        QString failure;
        if (!Verifier::verify(plan, index, cancel, &content, &failure)) {
            report->verification =
                pluralText(tr("count verified (%1 row(s)); contents not compared: %2", nullptr, pluralCount(after)), after)
                    .arg(c.toString(after), failure);
            return;
        }
        report->verification = content.summary();
        // Rows the target refused are in the rejects file, not in the target: that difference is
        // the one the report already states. Any other is a failure.
        const qint64 refused = report->rejected - content.unconvertible;
        if (content.keyed && !content.equal()) {
            if (refused > 0 && content.sourceRows - content.targetRows == refused)
                report->verification += tr(" (the rows the target refused, in the rejects file)");
            else
                fail(report->verification);
        }
        return;
    }
    report->verification = pluralText(tr("MISMATCH: the target holds %1 row(s), expected %2 (%3 before + %4 written)",
                                         nullptr, pluralCount(after)),
                                      after)
                               .arg(c.toString(after), c.toString(expected), c.toString(rowsBefore), c.toString(writtenNow));
    fail(report->verification);
}

// Opens the target, finds where a resumed table carries on, and makes the table ready for its mode.
bool TableJob::openTarget(RowWriter *writer, TableReport *report, QString *error)
{
    if (!writer->open(error))
        return false;
    m_marks = m_checkpoint.runId.isEmpty() ? nullptr : writer->marks();
    if (m_marks)
        m_marks->setFence(m_checkpoint.fence);
    if (m_range)
        return openRange(writer, report, error);
    TableMode mode = m_table.mode;
    if (!findResumePoint(&mode, error))
        return false;
    // A table this run made or emptied, started by the interrupted run, without its mark: rows in it
    // are not this run's to count (another server or schema, a mark removed). Appending from the
    // first row would hold them twice; stop before writing anything.
    if (m_marks && m_checkpoint.resume && m_checkpoint.started && m_checkpoint.ownRows && mode == TableMode::Append
        && m_resumedFrom == LoadMark()) {
        QString ignored;
        const qint64 rows = writer->countRows(&ignored); // -1: no such table yet
        if (rows > 0) {
            *error = rowsWithoutMark(writer->describe(), rows, m_checkpoint.runId);
            return false;
        }
    }
    if (mode == TableMode::Merge && !writer->setMergeKey(m_table.mergeKey, error))
        return false;
    if (!writer->prepare(RowConverter::targetSchema(m_table), mode, error) || (m_marks && !m_marks->prepare(error)))
        return false;
    startFromMark(report);
    return true;
}

// The job goes on after m_resumedFrom (zero when not resumed): the report and the counters start
// with what the interrupted run committed. A range adds to the counters its sibling ranges share.
void TableJob::startFromMark(TableReport *report)
{
    m_skipRows = m_resumedFrom.sourceRows;
    report->read = m_resumedFrom.sourceRows;
    report->written = m_resumedFrom.written;
    report->rejected = m_resumedFrom.rejected;
    report->resumedRead = m_resumedFrom.sourceRows;
    report->resumedWritten = m_resumedFrom.written;
    if (!m_range) {
        m_counters->read = 0;
        m_counters->resumed = 0;
        m_counters->written = 0;
        m_counters->rejected = 0;
    }
    m_counters->read.fetch_add(m_resumedFrom.sourceRows);
    m_counters->resumed.fetch_add(m_resumedFrom.sourceRows);
    m_counters->written.fetch_add(m_resumedFrom.written);
    m_counters->rejected.fetch_add(m_resumedFrom.rejected);
}

// A key range: the table was made ready for its mode before any range started (RangeSplit::prepare),
// so rows go in after the other ranges'. The range carries on from its own mark.
bool TableJob::openRange(RowWriter *writer, TableReport *report, QString *error)
{
    bool resumed = false;
    if (m_marks) {
        m_marks->setKey(m_range->range.markKey(m_table.target));
        if (m_checkpoint.resume && !m_marks->load(m_checkpoint.runId, &m_resumedFrom, &resumed, error))
            return false;
    }
    if (!resumed)
        m_resumedFrom = LoadMark();
    if (!writer->prepare(RowConverter::targetSchema(m_table), TableMode::Append, error))
        return false;
    startFromMark(report);
    return true;
}

// Sets m_resumedFrom and the mode the table loads in. A resumed table whose interrupted run
// committed rows carries on in append mode after them (its mode's truncate or replace already
// happened then).
bool TableJob::findResumePoint(TableMode *mode, QString *error)
{
    bool resumed = false;
    if (m_marks && m_checkpoint.resume && !m_marks->load(m_checkpoint.runId, &m_resumedFrom, &resumed, error))
        return false;
    if (resumed && *mode != TableMode::Merge) // merging the same rows again changes nothing
        *mode = TableMode::Append;
    else
        m_resumedFrom = LoadMark();
    // A target without marks (CSV) cannot say what the interrupted run wrote: a table it had
    // started is written anew, or its rows would be there twice.
    if (!m_marks && m_checkpoint.resume && m_checkpoint.started && *mode != TableMode::Skip)
        *mode = TableMode::Replace;
    // The marks of a run that was started over would stay in the target for good.
    QString ignored;
    if (m_marks && !m_checkpoint.replaces.isEmpty())
        m_marks->clear(m_checkpoint.replaces, false, &ignored); // other jobs may be saving marks
    return true;
}

// Counts the target's rows for verify, takes the same-engine shortcut when there is one, and
// starts the first unit of work.
bool TableJob::beginLoad(RowWriter *writer, std::unique_ptr<NativeCopy> *native, QString *error)
{
    // Verify compares the target's own row count after the load with the count before it plus the
    // rows reported written: a row the report calls written but the target lacks shows up here.
    // The count is taken outside the load's transaction, so it holds no read lock while waiting to write.
    if (m_plan.options.verify && !m_range) // a split table counts once, before its ranges
        m_rowsBefore = writer->countRows(&m_countError);
    // The shortcut copies from the first row; a resumed table goes on from its mark instead.
    // The shortcut only inserts all, from the first row.
    if (m_skipRows == 0 && m_table.mode != TableMode::Merge && !m_table.watermark.isSet() && !m_range)
        *native = writer->nativeCopy(m_plan.source, m_table);
    if (!writer->begin(error))
        return false;
    writer->setStopAtFirstError(m_abortOnError);
    m_convertOnRead = writer->waitsOnServer();
    return true;
}

std::unique_ptr<RejectSink> TableJob::makeSink(const QStringList &sourceColumns, TableReport *report)
{
    auto sink = std::make_unique<RejectSink>(m_plan.options.rejectsDir, m_table.target, sourceColumns,
                                             m_range ? m_range->range.index : -1);
    QString error;
    // A range's part is its own: one left by an earlier run that is not resumed goes.
    if ((m_checkpoint.resume || m_range) && !sink->resumeAfter(m_resumedFrom.rejectsBytes, &error))
        fail(report, error);
    return sink;
}

// Copies the table: through the same-engine shortcut while rows need nothing from Barge, then row
// by row from there (or from the start). Returns the table's rejects file.
std::unique_ptr<RejectSink> TableJob::copyRows(RowWriter *writer, NativeCopy *native, TableReport *report)
{
    bool nativeComplete = false;
    const bool ok = !native || copyNatively(native, writer, report, &nativeComplete);
    const bool nativeDone = native && (nativeComplete || !ok || cancelled());
    std::unique_ptr<RejectSink> sink = nativeDone ? makeSink(QStringList(), report) : copyRowByRow(writer, report);
    // The shortcut's snapshot when it ran: a reader that took over from it read the same one.
    const SourceSnapshot snapshot = native ? native->snapshot() : m_snapshot;
    report->sourceAsOf = snapshot.asOf;
    report->sourceRows = snapshot.rows;
    return sink;
}

// The generic path: a reader on a second pool thread feeds batches, this thread converts (unless
// the reader does, m_convertOnRead), writes and commits them.
std::unique_ptr<RejectSink> TableJob::copyRowByRow(RowWriter *writer, TableReport *report)
{
    BoundedQueue<RowBatch> queue(queueChunks);
    QStringList sourceColumns;
    QString openError;
    QSemaphore readerDone;
    m_pool->start([&] {
        readLoop(&queue, &sourceColumns, &openError);
        readerDone.release();
    });

    std::unique_ptr<RejectSink> sink;
    RowBatch batch;
    // Converted rows gather here up to the writer's preferred write size, and are written in pieces
    // that end where a commit is due. A batch with rejects writes what is gathered first, so abort
    // still keeps exactly the rows before the bad one.
    const int preferredRows = writer->preferredRowsPerWrite();
    RowBatch pending;
    bool ok = true;
    while (ok && queue.pop(&batch)) {
        if (!sink) {
            sink = makeSink(sourceColumns, report);
            ok = report->status != RunStatus::Failed;
        }
        if (!ok || cancelled())
            break;
        if (!m_convertOnRead)
            batch = convertBatch(std::move(batch), m_converter, m_abortOnError);
        // The last batch of a read may be empty, with no format: it must not erase the gathered rows'.
        if (!batch.rows.isEmpty())
            pending.positionFormat = batch.positionFormat;
        pending.bytes += batch.bytes;
        pending.rows << batch.rows;
        pending.sourceRows << batch.sourceRows;
        pending.positions << batch.positions;
        ok = writeGathered(writer, &pending, preferredRows, !batch.rejected.isEmpty(), sink.get(), report)
            && settleRejects(batch.rejected, sink.get(), report)
            && commitIfDue(writer, sink.get(), false, report);
        m_counters->bytes.fetch_add(batch.bytes);
        m_spent.push(std::move(batch));
        batch = RowBatch();
    }
    if (ok && !cancelled())
        writeGathered(writer, &pending, preferredRows, true, sink.get(), report);
    queue.close(); // wakes a reader blocked on a full queue after a failure or cancel
    readerDone.acquire();
    if (!sink)
        sink = makeSink(sourceColumns, report);
    if (!queue.error().isEmpty())
        fail(report, queue.error());
    return sink;
}

// What was written before a bad row, a cancel or a read failure is kept and reported by a last
// commit; only a failure of the target itself loses the open transaction.
void TableJob::commitLast(RowWriter *writer, std::unique_ptr<NativeCopy> native, RejectSink *sink, TableReport *report)
{
    if (!m_targetFailed)
        commitIfDue(writer, sink, true, report);
    native.reset(); // before the writer closes its connection
    if (m_targetFailed || m_uncommittedWritten > 0) { // no last commit: the open transaction is lost
        writer->rollback();
        m_counters->written.fetch_sub(m_uncommittedWritten);
        m_counters->read.fetch_sub(m_uncommittedWritten);
        report->read -= m_uncommittedWritten;
        m_uncommittedWritten = 0;
        m_uncommittedMerge = MergeCounts();
    }
}

// Verifies the load, builds what waits for the rows (afterLoad) and closes the target.
void TableJob::closeTarget(RowWriter *writer, TableReport *report)
{
    // A key range leaves both to the table's finish (RangeSplit::finish), once every range is in.
    if (m_plan.options.verify && !m_targetFailed && !m_range)
        verifyLoad(m_plan, m_index, writer, m_rowsBefore, m_countError, m_cancel, report);
    // Indexes are built once the rows are in: one sort instead of an update per row.
    const TableSchema target = RowConverter::targetSchema(m_table);
    QString afterError;
    if (report->status == RunStatus::Ok && !cancelled() && !m_range && !writer->afterLoad(target, &afterError))
        fail(report, afterError);
    QString finishError;
    if (!writer->finish(&finishError))
        fail(report, finishError);
}

// The table's final status, rejects file and time.
TableReport TableJob::finishReport(TableReport *report, const RejectSink *sink, const QElapsedTimer &timer)
{
    if (report->status == RunStatus::Ok && cancelled())
        report->status = RunStatus::Cancelled;
    if (report->status == RunStatus::Ok && report->rejected > 0)
        report->status = RunStatus::Rejected;
    // The value the next incremental run goes on from: every row up to it is in (or rejected).
    if ((report->status == RunStatus::Ok || report->status == RunStatus::Rejected) && m_table.watermark.isSet()
        && !m_plan.options.sync)
        report->watermark = m_table.watermark.upTo.isEmpty() ? m_table.watermark.after : m_table.watermark.upTo;
    if (sink && sink->isUsed())
        report->rejectsFile = sink->fileName();
    report->seconds = timer.elapsed() / 1000.0;
    if (!m_range) // a split table is done when all its ranges are
        m_counters->state = int(TableProgress::State::Done);
    return *report;
}

TableReport TableJob::run()
{
    QElapsedTimer timer;
    timer.start();
    TableReport report;
    report.source = m_table.source;
    report.target = m_table.target;
    if (!m_range)
        m_counters->state = int(TableProgress::State::Running);
    if (m_table.mode == TableMode::Skip) {
        report.status = RunStatus::Skipped;
        m_counters->state = int(TableProgress::State::Done);
        return report;
    }
    std::unique_ptr<RowWriter> writer = Backend::writer(m_plan.target, m_table.target);
    std::unique_ptr<NativeCopy> native;
    QString error;
    if (!writer || !openTarget(writer.get(), &report, &error) || !beginLoad(writer.get(), &native, &error)) {
        fail(&report, error.isEmpty() ? tr("cannot write %1").arg(m_table.target) : error);
        if (writer)
            writer->finish(&error);
        return finishReport(&report, nullptr, timer);
    }
    const std::unique_ptr<RejectSink> sink = copyRows(writer.get(), native.get(), &report);
    commitLast(writer.get(), std::move(native), sink.get(), &report);
    closeTarget(writer.get(), &report);
    return finishReport(&report, sink.get(), timer);
}

} // namespace barge
