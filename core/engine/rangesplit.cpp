#include "engine/rangesplit.h"

#include "base/plural.h"
#include "engine/rejectsink.h"
#include "engine/tablejob.h"
#include "io/backend.h"
#include "io/marktable.h"
#include "mapping/rowconverter.h"

namespace barge {

namespace {

bool splitsWith(Dialect dialect)
{
    return dialect == Dialect::Postgres || dialect == Dialect::MySql || dialect == Dialect::Sqlite;
}

} // namespace

bool RangeSplit::parse(const QString &text, qint64 *rangeRows, QString *error)
{
    const QString word = text.trimmed().toLower();
    if (word == QLatin1String("auto")) {
        *rangeRows = -1;
        return true;
    }
    if (word == QLatin1String("off")) {
        *rangeRows = 0;
        return true;
    }
    bool ok = false;
    const qint64 rows = word.toLongLong(&ok);
    if (!ok || rows < minRangeRows || rows > maxRangeRows) {
        *error = tr("expected auto, off or a number of rows per range from %1 to %2, got '%3'")
                     .arg(groupedNumbers().toString(minRangeRows), groupedNumbers().toString(maxRangeRows), text);
        return false;
    }
    *rangeRows = rows;
    return true;
}

QString RangeSplit::name(qint64 rangeRows)
{
    return rangeRows < 0 ? QStringLiteral("auto") : rangeRows == 0 ? QStringLiteral("off") : QString::number(rangeRows);
}

QString RangeSplit::keyColumn(const TableSchema &source, Dialect dialect)
{
    const QStringList key = source.primaryKey();
    if (key.size() == 1) {
        const int at = source.indexOf(key.first());
        return at >= 0 && source.columns.at(at).type.isInteger() ? key.first() : QString();
    }
    // A SQLite table without a declared key still has its rowid (a WITHOUT ROWID table always has a key).
    if (key.isEmpty() && dialect == Dialect::Sqlite) {
        QStringList taken;
        for (const QString &name : source.columnNames())
            taken << name.toLower();
        for (const char *alias : {"rowid", "_rowid_", "oid"}) {
            if (!taken.contains(QLatin1String(alias)))
                return QLatin1String(alias);
        }
    }
    return QString();
}

QString RangeSplit::splitColumn(const Plan &plan, const TableSchema &source)
{
    if (Backend::splitsRecords(plan.source))
        return KeyRange::records();
    const QString key = keyColumn(source, plan.source.dialect());
    if (key.isEmpty() && plan.source.dialect() == Dialect::Postgres && plan.options.rangeRows > 0)
        return KeyRange::pages();
    return key;
}

bool RangeSplit::maySplit(const Plan &plan, const TableMapping &table)
{
    const MigrationOptions &options = plan.options;
    // A merge, a sync and an incremental run read the table their own way; a file target is one stream.
    if (options.rangeRows == 0 || table.mode == TableMode::Skip || table.mode == TableMode::Merge
        || table.watermark.isSet() || options.sync || !table.syncKeys.isEmpty()
        || !(splitsWith(plan.source.dialect()) || Backend::splitsRecords(plan.source))
        || !splitsWith(plan.target.dialect()))
        return false;
    // Automatic: only where ranges can load side by side. A SQLite target takes one writer at a time.
    return options.rangeRows > 0 || ((options.jobs >= 2 || options.worker) && plan.target.dialect() != Dialect::Sqlite);
}

qint64 RangeSplit::rowsPerRange(const Plan &plan, const TableMapping &table, qint64 rows)
{
    const MigrationOptions &options = plan.options;
    if (rows < 0 || !maySplit(plan, table))
        return 0;
    if (options.rangeRows > 0)
        return rows > options.rangeRows ? options.rangeRows : 0;
    if (rows <= MigrationOptions::autoSplitAbove)
        return 0;
    // About autoRangeRows each, in a multiple of jobs ranges: the last round keeps every slot busy
    // (3 ranges at 2 jobs would load the third alone).
    const qint64 jobs = options.jobs;
    qint64 ranges = (rows + MigrationOptions::autoRangeRows - 1) / MigrationOptions::autoRangeRows;
    ranges = std::min<qint64>((ranges + jobs - 1) / jobs * jobs, 1000);
    return (rows + ranges - 1) / ranges;
}

QString RangeSplit::describe(const Plan &plan, const TableMapping &table, const TableSchema &source)
{
    const QString column = splitColumn(plan, source);
    const qint64 perRange = column.isEmpty() ? 0 : rowsPerRange(plan, table, source.rowCount);
    if (perRange == 0)
        return QString();
    const qint64 ranges = std::min<qint64>((source.rowCount + perRange - 1) / perRange, 1000);
    if (column == KeyRange::records())
        return QStringLiteral("in ~%1 parts split at record boundaries (%2 records each, %3 at a time)")
            .arg(ranges)
            .arg(groupedNumbers().toString(perRange))
            .arg(plan.options.jobs);
    if (column == KeyRange::pages())
        return QStringLiteral("in ~%1 ranges of its pages (ctid; about %2 rows each, %3 at a time; "
                              "a row updated while they load may be read twice or not at all)")
            .arg(ranges)
            .arg(groupedNumbers().toString(perRange))
            .arg(plan.options.jobs);
    return QStringLiteral("in ~%1 key ranges of %2 (%3 rows each, %4 at a time)")
        .arg(ranges)
        .arg(column, groupedNumbers().toString(perRange))
        .arg(plan.options.jobs);
}

RangeSplit::Prepared RangeSplit::readSource(const Plan &plan, int index, const Checkpoint::Table *saved)
{
    Prepared out;
    const TableMapping &table = plan.tables.at(index);
    const bool resumed = saved && !saved->ranges.isEmpty();
    // The source's columns (the rejects file's header) and, unless a resume has them, the ranges.
    std::unique_ptr<Introspector> source = Backend::introspector(plan.source);
    Failure failure;
    if (!source || !source->open(&failure)) {
        out.error = failure.message.isEmpty() ? tr("cannot read %1").arg(table.source) : failure.message;
        return out;
    }
    QString error;
    const std::optional<TableSchema> schema = source->table(table.source, &error);
    if (!schema) {
        out.error = error;
        return out;
    }
    out.columns = schema->columnNames();
    out.rows = schema->rowCount;
    if (resumed) {
        out.column = saved->rangeColumn;
        for (const Checkpoint::Range &range : saved->ranges)
            out.ranges << range.range;
    } else {
        out.column = splitColumn(plan, *schema);
        const qint64 perRange = out.column.isEmpty() ? 0 : rowsPerRange(plan, table, schema->rowCount);
        if (perRange == 0)
            return out;
        if (out.column == KeyRange::records()) {
            const std::optional<QList<KeyRange>> parts = source->recordRanges(table.source, perRange, &error);
            if (!parts)
                out.note = tr("%1 loads as one stream: %2").arg(table.source, error);
            else if (parts->size() >= 2)
                out.ranges = *parts;
            return out;
        }
        const std::optional<KeyBounds> bounds = source->keyBounds(table.source, out.column, &error);
        if (!bounds) {
            // Not a reason to fail: the table loads as one stream.
            out.note = tr("%1 loads as one stream: %2").arg(table.source, error);
            return out;
        }
        if (bounds->empty)
            return out;
        out.ranges = splitKeyRange(bounds->min, bounds->max, schema->rowCount, perRange);
        if (out.ranges.size() < 2) {
            out.ranges.clear();
            return out;
        }
    }
    return out;
}

RangeSplit::Prepared RangeSplit::prepare(const Plan &plan, int index, const JobCheckpoint &checkpoint,
                                         const Checkpoint::Table *saved)
{
    Prepared out = readSource(plan, index, saved);
    if (out.error.isEmpty() && !out.ranges.isEmpty())
        prepareTarget(plan, index, checkpoint, saved && !saved->ranges.isEmpty() ? saved : nullptr, &out);
    return out;
}

void RangeSplit::prepareTarget(const Plan &plan, int index, const JobCheckpoint &checkpoint,
                               const Checkpoint::Table *saved, Prepared *prepared)
{
    Prepared &out = *prepared;
    const TableMapping &table = plan.tables.at(index);
    const bool resumed = saved != nullptr;
    QString error;
    // The target, once for the table: what its mode does before rows go in, and the mark table.
    std::unique_ptr<RowWriter> writer = Backend::writer(plan.target, table.target);
    if (!writer || !writer->open(&error)) {
        out.error = error.isEmpty() ? tr("cannot write %1").arg(table.target) : error;
        return;
    }
    MarkTable *marks = checkpoint.runId.isEmpty() ? nullptr : writer->marks();
    QString ignored;
    if (marks && !checkpoint.replaces.isEmpty())
        marks->clear(checkpoint.replaces, false, &ignored); // the marks of a run that was started over
    // A resumed table this run made or emptied, holding rows but no mark of any of its ranges: the
    // rows are not this run's to count (another target, marks removed); loading the ranges from their
    // first rows would hold them twice.
    if (resumed && marks && checkpoint.resume && checkpoint.ownRows) {
        bool anyMark = false;
        for (const Checkpoint::Range &range : saved->ranges) {
            LoadMark mark;
            bool found = false;
            marks->setKey(range.range.markKey(table.target));
            if (!marks->load(checkpoint.runId, &mark, &found, &error)) {
                out.error = error;
                writer->finish(&ignored);
                return;
            }
            anyMark = anyMark || found;
        }
        marks->setKey(table.target);
        const qint64 rows = anyMark ? 0 : writer->countRows(&ignored);
        if (rows > 0) {
            out.error = TableJob::rowsWithoutMark(writer->describe(), rows, checkpoint.runId);
            writer->finish(&ignored);
            return;
        }
    }
    if (!resumed
        && (!writer->prepare(RowConverter::targetSchema(table), table.mode, &error) || (marks && !marks->prepare(&error)))) {
        out.error = error;
        writer->finish(&ignored);
        return;
    }
    // Verify compares the count after every range with this one plus what the ranges wrote.
    if (plan.options.verify)
        out.rowsBefore = writer->countRows(&out.countError);
    if (!writer->finish(&error))
        out.error = error;
}

TableReport RangeSplit::combine(const TableMapping &table, const QString &column, const QList<KeyRange> &ranges,
                                const QList<TableReport> &reports)
{
    TableReport out;
    out.source = table.source;
    out.target = table.target;
    QList<TableReport> counted;
    for (int i = 0; i < ranges.size() && i < reports.size(); ++i) {
        const TableReport &part = reports.at(i);
        const KeyRange &range = ranges.at(i);
        out.read += part.read;
        out.written += part.written;
        out.rejected += part.rejected;
        out.resumedRead += part.resumedRead;
        out.resumedWritten += part.resumedWritten;
        // The table as the earliest range's snapshot saw it.
        if (part.sourceAsOf.isValid() && (!out.sourceAsOf.isValid() || part.sourceAsOf < out.sourceAsOf)) {
            out.sourceAsOf = part.sourceAsOf;
            out.sourceRows = part.sourceRows;
        }
        if (out.error.isEmpty() && !part.error.isEmpty())
            out.error = QStringLiteral("%1: %2").arg(range.label(column), part.error);
        out.ranges << RangeReport{range.first, range.last, range.label(column), part.read,  part.written, part.rejected,
                                  part.resumedRead, part.seconds, part.status, part.error};
        counted << part;
    }
    out.status = Report::combine(counted);
    return out;
}

TableReport RangeSplit::finish(const Plan &plan, int index, const Prepared &prepared, const QList<TableReport> &rangeReports,
                               const std::atomic<bool> *cancel)
{
    const TableMapping &table = plan.tables.at(index);
    TableReport report = combine(table, prepared.column, prepared.ranges, rangeReports);
    auto fail = [&report](const QString &error) {
        report.status = RunStatus::Failed;
        if (report.error.isEmpty())
            report.error = error;
    };
    // Every range in: the parts become the table's file. Otherwise the file shows the rejects so far,
    // and the parts stay for a resume, which carries each on from its range's mark.
    const bool loaded = (report.status == RunStatus::Ok || report.status == RunStatus::Rejected) && !cancel->load();
    QString error;
    if (!RejectSink::mergeParts(plan.options.rejectsDir, table.target, prepared.columns, int(prepared.ranges.size()),
                                !loaded, &report.rejectsFile, &error))
        fail(error);
    if (report.rejected == 0) // a file an earlier run left is not this one's
        report.rejectsFile.clear();
    // Cancelled after its last range (or during verify, below): what waits for the rows was not
    // built, so the table is not done and a resume finishes it.
    auto cancelled = [&report] {
        if (report.status == RunStatus::Ok || report.status == RunStatus::Rejected)
            report.status = RunStatus::Cancelled;
        return report;
    };
    if (!loaded)
        return cancelled();
    std::unique_ptr<RowWriter> writer = Backend::writer(plan.target, table.target);
    if (!writer || !writer->open(&error)) {
        fail(error.isEmpty() ? tr("cannot write %1").arg(table.target) : error);
        return report;
    }
    if (plan.options.verify)
        TableJob::verifyLoad(plan, index, writer.get(), prepared.rowsBefore, prepared.countError, cancel, &report);
    QString ignored;
    if (cancel->load()) {
        writer->finish(&ignored);
        return cancelled();
    }
    // Indexes, the key and sequences once, when every range is in.
    if ((report.status == RunStatus::Ok || report.status == RunStatus::Rejected)
        && !writer->afterLoad(RowConverter::targetSchema(table), &error))
        fail(error);
    if (!writer->finish(&error))
        fail(error);
    return report;
}

} // namespace barge
