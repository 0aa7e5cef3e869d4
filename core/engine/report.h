#pragma once
// Report: what a run did, per table and overall. For every table read = written + rejected.
// Plain values; the CLI prints them and writes them as JSON (--report), the wizard shows them.

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <climits>

namespace barge {

enum class RunStatus { Ok, Rejected, Failed, Cancelled, Skipped };

QString runStatusName(RunStatus status); // "ok", "rejected": the JSON report's and the CLI's word
QString runStatusText(RunStatus status); // "OK, with rejected rows": translated, for the wizard and the HTML report

// One key range of a table loaded in ranges (RangeSplit): what it read, wrote and rejected.
struct RangeReport
{
    qint64 first = LLONG_MIN; // inclusive key bounds; LLONG_MIN / LLONG_MAX: open
    qint64 last = LLONG_MAX;
    QString label;            // "id 1..1,000,000"
    qint64 read = 0;
    qint64 written = 0;
    qint64 rejected = 0;
    qint64 resumed = 0;       // source rows an interrupted run had committed (in read)
    double seconds = 0;
    RunStatus status = RunStatus::Ok;
    QString error;

    QJsonObject toJson() const;
    static RangeReport fromJson(const QJsonObject &json);
};

struct TableReport
{
    QString source;
    QString target;
    qint64 read = 0;
    qint64 written = 0;     // committed in the target
    qint64 rejected = 0;    // recorded in rejectsFile with their reasons
    // Mode merge: what the written rows did (written = inserted + updated + unchanged). A resumed
    // table counts the rows of the resumed run.
    bool merged = false;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    // `barge sync` (merged too): rows it deleted because the source no longer has them (--delete).
    bool synced = false;
    qint64 deleted = 0;
    // The source snapshot the rows were read from (RowReader::snapshot): rows the source gained or
    // changed after sourceAsOf are not in the copy. A resumed table: the resumed run's snapshot.
    QDateTime sourceAsOf;   // UTC; invalid when not known (the SQLite-to-SQLite shortcut)
    qint64 sourceRows = -1; // rows the source table held then; -1 when not counted
    double seconds = 0;
    RunStatus status = RunStatus::Ok;
    QString error;          // why the table failed or stopped
    QString rejectsFile;    // empty when nothing was rejected
    QString verification;   // with verify: what the target's own count said, empty otherwise
    // An incremental table that finished: its watermark column's value the rows are in up to
    // (what the profile's next run goes on from, WatermarkState); empty otherwise.
    QString watermark;
    // A table loaded in key ranges (RangeSplit): each range's part, in key order; empty otherwise.
    QList<RangeReport> ranges;
    // In process only (not in JSON): what an interrupted run had committed of the table, which this
    // run's verify finds in the target's count before.
    qint64 resumedRead = 0;
    qint64 resumedWritten = 0;

    // "12 inserted, 3 updated, 85 unchanged" for a merge ("..., 2 deleted, ..." for a sync), empty otherwise; in the current language,
    // numbers as `locale` writes them.
    QString mergeSummary(const QLocale &locale = QLocale()) const;

    QJsonObject toJson() const;
    static TableReport fromJson(const QJsonObject &json);
};

struct Report
{
    RunStatus status = RunStatus::Ok;
    QString source;         // endpoint URLs, never with a password
    QString target;
    QDateTime started;
    double seconds = 0;
    QString error;          // a failure before or around the tables (planning, connection)
    QStringList warnings;   // Planner::warnings of the plan that ran (mappings that may lose information)
    // The warnings as they read after the run, for the report page and the HTML report: what the plan
    // said it *will* do to existing tables is said in the past tense for the tables the run copied,
    // and left out for the others (skipped, failed or stopped: whether their rows went, their own
    // row tells). In the language the warnings were made in.
    QStringList notesAfterRun() const;
    QList<TableReport> tables;

    qint64 totalRead() const;
    qint64 totalWritten() const;
    qint64 totalRejected() const;
    // ok 0, rejected 3, failed 1, cancelled 130 (the CLI's documented exit codes).
    int exitCode() const;
    // The overall status from the tables: failed > cancelled > rejected > ok.
    static RunStatus combine(const QList<TableReport> &tables);
    QByteArray toJson() const;
};

} // namespace barge
