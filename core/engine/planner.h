#pragma once
// Planner: turns "copy these tables from here to there" into a complete Plan by introspecting
// both ends: which tables, which target columns with which types, created or existing. The CLI and
// the wizard both build Plans through it; it runs in the calling thread (the wizard calls it from
// a background task).

#include "base/failure.h"
#include "engine/plan.h"
#include "schema/tableschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QStringList>
#include <optional>

namespace barge {

struct TableSelection
{
    QString source;
    QString target; // empty = same name as the source
};

struct PlanRequest
{
    Endpoint source;
    Endpoint target;
    QList<TableSelection> tables;   // empty = every source table
    std::optional<TableMode> mode;  // applied to every table when set
    MigrationOptions options;
};

// What the planner learned on the way, for summaries: source schemas and existing target tables.
struct PlanInsight
{
    QHash<QString, TableSchema> sources;   // by source table name
    QSet<QString> existingTargets;         // target table names that already exist
    QHash<QString, QStringList> targetReferences; // existing target table -> tables its foreign keys point at
    QHash<QString, QStringList> targetKeyNames;   // names the target uses, by owning table (Introspector::keyNames)
    bool targetHasGeometry = true;                // PostgreSQL: PostGIS is there (asked only when a column needs it)
};

class Planner
{
    Q_DECLARE_TR_FUNCTIONS(barge::Planner)

public:
    // Lists the tables (all of the source's when none are asked for) and completes the plan. The
    // failure says of which kind it is (a refused login, a server out of reach, a missing table, a
    // target that cannot hold the plan) and, as its subject, which endpoint's displayName() failed.
    static bool build(const PlanRequest &request, Plan *plan, Failure *failure, PlanInsight *insight = nullptr);
    static bool build(const PlanRequest &request, Plan *plan, QString *error, PlanInsight *insight = nullptr);
    // Fills in what a profile may leave out: all tables when none are listed, and the field
    // mappings of tables that list none. Checks every mapped source table and column exists.
    static bool complete(Plan *plan, Failure *failure, PlanInsight *insight = nullptr);
    static bool complete(Plan *plan, QString *error, PlanInsight *insight = nullptr);
    // The source's keys and indexes for the tables this run creates (those not in
    // insight.existingTargets): TableMapping::indexes, foreignKeys, primaryKeyAfterLoad. complete()
    // does this; a resumed run does it again with the targets that existed when it first started.
    static void deriveKeys(Plan *plan, const PlanInsight &insight);
    // The statements that prepare each target table, in order (what --dry-run shows).
    static QStringList ddl(const Plan &plan, const PlanInsight &insight);
    // Those statements as one script to show (--dry-run, the wizard's summary): each ends with ';'
    // and a blank line parts them; comment lines ("-- after the rows are in:") stay as they are.
    static QString script(const QStringList &statements);
    // The plan in plain lines: tables, rows, modes, and each column's source and type. English
    // always: this is `--dry-run`'s output (the wizard lists the plan with PlanDescription).
    static QStringList describe(const Plan &plan, const PlanInsight &insight);
    // What a person should know before running: mappings that may lose information (the source
    // type into the target type, or the target engine's storage), tables that will be emptied or
    // dropped. One sentence each, in the current language (tr: English on the command line); the
    // CLI prints them, reports carry them, the wizard shows them.
    static QStringList warnings(const Plan &plan, const PlanInsight &insight);
    // Two of those warnings, %1 the target table, in the current language: the wizard's report says
    // them in the past tense for the tables the run copied.
    static QString emptiedWarning(); // "The existing rows of %1 will be deleted first."
    static QString droppedWarning(); // "The existing table %1 will be dropped with all its rows."
    // Sets the target type of one column: `column` is "TABLE.COLUMN" with the target (or source)
    // table name and the target column name. False with *error naming what was not found.
    static bool overrideType(Plan *plan, const QString &column, const DataType &type, QString *error);
};

} // namespace barge
