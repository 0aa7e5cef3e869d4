#pragma once
// TargetCheck: what the target can hold, settled while planning, before anything is written
// (Planner::complete runs it, so --dry-run, the wizard's summary and every run see the result).
//  - Names the run creates fit the target: index names are unique where the target needs it (per
//    schema in PostgreSQL, per database in SQLite; foreign-key names per database in MariaDB) and
//    within its identifier limit (PostgreSQL 63 bytes, MariaDB 64 characters). A repeated or too
//    long name gets a deterministic new one shown in the DDL: <table>_<name>, cut with a hash.
//    Table and column names that do not fit are a plan error naming them and the limit.
//  - MariaDB keys fit InnoDB's 3,072 bytes per index: an unbounded text or binary column of a
//    primary key or unique index gets a length; one such column gets what the others leave of
//    the budget, several share it, each sized from the longest value the source holds. When even
//    those do not fit, a plan error names the table, the columns and the limit.
//  - A column that references a key gets exactly the key column's type, on every target.
// Plain functions over a Plan; sizeKeys queries the source (one query per measured column).

#include "engine/plan.h"

#include <QCoreApplication>

namespace barge {

struct PlanInsight;

class TargetCheck
{
    Q_DECLARE_TR_FUNCTIONS(barge::TargetCheck)

public:
    // Index and foreign-key names (no I/O; Planner::deriveKeys calls it after deriving them).
    // Names the target already uses for tables this run does not create (insight.targetKeyNames)
    // are taken too.
    static void nameKeys(Plan *plan, const PlanInsight &insight);
    // Identifier limits of the names the run creates.
    static bool checkNames(const Plan &plan, const PlanInsight &insight, QString *error);
    // MariaDB key lengths; then the types of referencing columns.
    static bool sizeKeys(Plan *plan, const PlanInsight &insight, QString *error);
    // MariaDB rows: InnoDB refuses a table whose columns could take more than 65,535 bytes
    // (VARCHAR(n) counts 4n in utf8mb4; TEXT and BLOB count a few bytes, stored apart). The
    // widest VARCHAR/VARBINARY columns outside keys become unbounded until the row fits, each noted;
    // when that is not enough, a plan error names the table and the limit.
    static bool fitRows(Plan *plan, const PlanInsight &insight, QString *error);
    static constexpr int mariaDbRowBytes = 65535;
    // MariaDB refuses ON DELETE/UPDATE SET NULL on a NOT NULL column, which PostgreSQL and SQLite
    // accept (and refuse the delete when it comes): the action is left out, with a note.
    static void fitReferentialActions(Plan *plan);
    enum class Match { Types, UnboundedOnly };
    static void matchReferences(Plan *plan, Match match);
    // Same engine (MariaDB to MariaDB, SQLite to SQLite): the columns of created tables whose type
    // the mapping kept get the source's declared type as it is (FieldMapping::nativeType).
    static void keepNativeTypes(Plan *plan, const PlanInsight &insight);
    // A PostgreSQL target without PostGIS: geometry columns of created tables become text holding
    // extended WKT ("SRID=4326;POINT(1 2)"), each noted.
    static void fitGeometry(Plan *plan, const PlanInsight &insight);
    // The rejects folder (empty: the current one) can take files: it exists and is writable, or
    // can be created. Checked by writing a file, which answers for read-only file systems too.
    // A file target of a kind that keeps one table per file (KindInfo::folders: CSV, JSON, ...) takes
    // one table; more would write over each other in the one file. False with *error naming the
    // folder form of the URL.
    static bool checkOneTablePerFile(const Plan &plan, QString *error);
    static bool checkRejectsFolder(const QString &folder, QString *error);

    static constexpr int innodbIndexBytes = 3072;
    // The longest identifier the dialect keeps, in its unit (bytes for PostgreSQL, characters for
    // MariaDB); 0 when there is no practical limit.
    static int identifierLimit(Dialect dialect);
    static bool fitsIdentifier(Dialect dialect, const QString &name);
};

} // namespace barge
