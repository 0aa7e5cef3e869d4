#pragma once
// Checkpoint: the file that lets an interrupted `barge run PROFILE` be finished (`--resume`). It
// holds the run's id, a hash of the plan it was started with (so a changed profile is never
// resumed as if it were the same job), the complete plan as it ran, the target tables that existed
// before the run, and per table whether its load is done, with its report once it is.
// A big table may load in key ranges: the checkpoint keeps its ranges and which are done.
// How far an unfinished table (or range) got is not here but in the target (LoadMark), committed with the rows.
// A plain value; save() writes the file atomically (temp + rename). Used by one thread at a time.

#include "engine/plan.h"
#include "engine/report.h"
#include "io/keyrange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <optional>

namespace barge {

class Checkpoint
{
    Q_DECLARE_TR_FUNCTIONS(barge::Checkpoint)

public:
    enum class TableState { Pending, Loading, Done };
    // A key range of a table loaded in ranges (RangeSplit), with its own LoadMark in the target.
    struct Range
    {
        KeyRange range;
        TableState state = TableState::Pending;
        TableReport report; // when Done: the range's counts
    };
    struct Table
    {
        QString source;
        QString target;
        TableState state = TableState::Pending;
        TableReport report; // when Done
        // A table loaded in ranges: the key and its ranges, saved once the target table was made
        // ready for them and before any range wrote. A resume loads the same ranges again.
        QString rangeColumn;
        QList<Range> ranges;
    };

    QString runId;
    QString replaces;             // the run id of an interrupted run this one starts over (--restart)
    QByteArray planHash;          // hashOf the profile's plan as loaded, before options and completion
    QDateTime started;
    QByteArray planJson;          // the completed plan (Profile::toJson), what a resume runs
    QStringList existingTargets;  // target tables that existed before the run (PlanInsight)
    QList<Table> tables;          // in plan order
    bool foreignKeysAdded = false;
    bool tablesEmptied = false;   // the truncate-mode tables were emptied together (RowWriter::emptyTables)

    // A new checkpoint for a run of `plan` (complete), written as `planJson` (Profile::toJson),
    // started from a profile whose plan, as loaded, has hash `profileHash` (Profile::hashOf).
    static Checkpoint begin(const QByteArray &profileHash, const Plan &plan, const QByteArray &planJson,
                            const QStringList &existingTargets);
    // Where the checkpoint of a profile file lives: the user's data folder, one file per profile
    // path. Another `folder` there keeps other state of the profile's runs (WatermarkState).
    static QString fileFor(const QString &profileFile, const QString &folder = QStringLiteral("checkpoints"));

    int doneCount() const;
    // Over the tables loaded in ranges: how many ranges there are and how many are done.
    void rangeCounts(int *done, int *total) const;
    bool save(const QString &fileName, QString *error) const;
    QByteArray toJson() const; // what save() writes (workers keep it in the target: WorkerRun)
    // std::nullopt with *error when the file is missing, unreadable or not a checkpoint.
    static std::optional<Checkpoint> load(const QString &fileName, QString *error);
    // The same from toJson()'s text; `fileName` names where it came from in *error.
    static std::optional<Checkpoint> fromJson(const QByteArray &json, const QString &fileName, QString *error);
};

} // namespace barge
