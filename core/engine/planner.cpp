#include "engine/planner.h"

#include "base/plural.h"
#include "engine/rangesplit.h"
#include "engine/targetcheck.h"
#include "engine/watermarks.h"
#include "io/backend.h"
#include "mapping/automatcher.h"
#include "engine/mappingwarnings.h"
#include "mapping/rowconverter.h"
#include "schema/ddlbuilder.h"
#include "schema/identifier.h"
#include "schema/typemapper.h"

#include <QLocale>
#include <QMutex>

namespace barge {

namespace {

bool openIntrospector(Introspector *introspector, const Endpoint &endpoint, Failure *failure)
{
    if (!introspector) {
        *failure = Failure(Failure::Kind::Unsupported,
                           QCoreApplication::translate("barge::Planner", "cannot read %1").arg(endpoint.displayName()),
                           endpoint.displayName());
        return false;
    }
    if (introspector->open(failure))
        return true;
    failure->subject = endpoint.displayName(); // the side that failed, for the password prompt
    return false;
}

bool openIntrospector(Introspector *introspector, const Endpoint &endpoint, QString *error)
{
    Failure failure;
    if (openIntrospector(introspector, endpoint, &failure))
        return true;
    *error = failure.message;
    return false;
}

// Existing target tables, or none when the target does not exist yet (a new file or folder). The
// first contact with the target: its failure keeps its kind (a refused login, a server down).
std::optional<QSet<QString>> existingTargetTables(const Endpoint &target, Failure *failure)
{
    QSet<QString> existing;
    std::unique_ptr<Introspector> introspector = Backend::introspector(target, true);
    if (!Backend::hasKeys(target)) {
        // A target without a catalog (CSV) only "has" a table when its file already holds rows.
        return existing;
    }
    if (!openIntrospector(introspector.get(), target, failure))
        return std::nullopt;
    QString error;
    const QStringList names = introspector->tableNames(&error);
    if (!error.isEmpty()) {
        *failure = Failure(Failure::Kind::Other, error, target.displayName());
        return std::nullopt;
    }
    return QSet<QString>(names.begin(), names.end());
}

bool readTargetKeyNames(const Endpoint &target, PlanInsight *known, QString *error)
{
    known->targetKeyNames.clear();
    if (!Backend::hasKeys(target) || known->existingTargets.isEmpty())
        return true;
    std::unique_ptr<Introspector> introspector = Backend::introspector(target, true);
    if (!openIntrospector(introspector.get(), target, error))
        return false;
    const std::optional<QHash<QString, QStringList>> names = introspector->keyNames(error);
    if (!names)
        return false;
    known->targetKeyNames = *names;
    return true;
}

// Whether a PostgreSQL target has PostGIS, asked only when a column is a geometry.
bool readTargetGeometry(const Plan &plan, PlanInsight *known, QString *error)
{
    known->targetHasGeometry = true;
    if (plan.target.dialect() != Dialect::Postgres)
        return true;
    const auto isGeometry = [](const FieldMapping &field) { return field.type.kind == TypeKind::Geometry; };
    const bool needed = std::any_of(plan.tables.begin(), plan.tables.end(), [&](const TableMapping &table) {
        return std::any_of(table.fields.begin(), table.fields.end(), isGeometry);
    });
    if (!needed)
        return true;
    std::unique_ptr<Introspector> introspector = Backend::introspector(plan.target, true);
    if (!openIntrospector(introspector.get(), plan.target, error))
        return false;
    known->targetHasGeometry = introspector->hasType(QStringLiteral("geometry"));
    return true;
}

bool mapFields(TableMapping &table, const TableSchema &source, const Endpoint &target, bool targetExists,
               QString *error)
{
    const bool useExisting = targetExists && table.mode != TableMode::Replace
        && Backend::hasKeys(target);
    if (!useExisting) {
        table.fields = AutoMatcher::copyColumns(source);
        return true;
    }
    std::unique_ptr<Introspector> introspector = Backend::introspector(target, true);
    if (!openIntrospector(introspector.get(), target, error))
        return false;
    const std::optional<TableSchema> existing = introspector->table(table.target, error);
    if (!existing)
        return false;
    table.fields = AutoMatcher::intoExisting(source, *existing);
    return true;
}

// The target column a source column feeds in this mapping; empty when none does.
QString targetColumn(const TableMapping &table, const QString &sourceColumn)
{
    for (const FieldMapping &field : table.fields) {
        if (!field.isConstant() && field.source == sourceColumn)
            return field.target;
    }
    return QString();
}

QStringList targetColumns(const TableMapping &table, const QStringList &sourceColumns)
{
    QStringList names;
    for (const QString &column : sourceColumns) {
        const QString name = targetColumn(table, column);
        if (name.isEmpty())
            return QStringList();
        names << name;
    }
    return names;
}

// A spatial index on one geometry column, in the other engine's form: MariaDB's SPATIAL as a GiST
// index where the target has PostGIS, a GiST index on a NOT NULL geometry as MariaDB's SPATIAL.
std::optional<IndexSchema> spatialIndex(const TableMapping &table, const IndexSchema &index, const QStringList &columns,
                                        Dialect target, const PlanInsight &known)
{
    if (columns.size() != 1 || index.columns.size() != 1)
        return std::nullopt;
    const auto field = std::find_if(table.fields.begin(), table.fields.end(),
                                    [&](const FieldMapping &f) { return f.target == columns.first(); });
    if (field == table.fields.end() || field->type.kind != TypeKind::Geometry)
        return std::nullopt;
    IndexSchema spatial{index.name, columns, false, {}, {}, false};
    if (target == Dialect::Postgres && index.nativeKind == QLatin1String("SPATIAL") && known.targetHasGeometry) {
        spatial.native = QStringLiteral("USING gist (%1)").arg(quoteIdentifier(Dialect::Postgres, columns.first()));
        spatial.nativeKind = QStringLiteral("gist");
    } else if (target == Dialect::MySql && index.nativeKind == QLatin1String("gist") && !field->nullable
               && !index.native.contains(QLatin1String(" WHERE "))) {
        spatial.native = spatial.nativeKind = QStringLiteral("SPATIAL");
    } else {
        return std::nullopt;
    }
    return spatial;
}

// True when the source's own primary key makes the target's key unique before any row arrives: the
// target key is the source key, column for column, and each key value converts one to one (same
// kind, so no two distinct source values can meet). SQLite checks only integer keys strictly
// (other key columns may hold values of several types), CSV has no keys.
bool sourceGuaranteesKey(const TableMapping &table, const TableSchema &source, Dialect sourceDialect)
{
    const QStringList sourceKey = source.primaryKey();
    if (sourceKey.isEmpty() || sourceDialect == Dialect::Plain)
        return false;
    QStringList targetKey(sourceKey.size());
    for (const FieldMapping &field : table.fields) {
        const int position = field.primaryKeyPosition;
        if (position <= 0)
            continue;
        if (position > sourceKey.size() || field.isConstant() || field.source != sourceKey.at(position - 1))
            return false;
        const int column = source.indexOf(field.source);
        const DataType from = source.columns.at(column).type;
        // Narrower types reject what does not fit; they never make two values equal.
        const bool sameKind = from.kind == field.type.kind || (from.isInteger() && field.type.isInteger());
        const bool allowed = sourceDialect == Dialect::Sqlite
            ? field.type.isInteger()
            : field.type.isInteger() || field.type.kind == TypeKind::Text || field.type.kind == TypeKind::Date
                || field.type.kind == TypeKind::DateTime;
        if (!sameKind || !allowed)
            return false;
        targetKey[position - 1] = field.target;
    }
    return !targetKey.contains(QString());
}

// The foreign keys of existing target tables the plan appends to, for the load order.
bool readTargetReferences(const Plan &plan, PlanInsight *known, QString *error)
{
    known->targetReferences.clear();
    if (!Backend::hasKeys(plan.target) || known->existingTargets.isEmpty())
        return true;
    std::unique_ptr<Introspector> introspector;
    for (const TableMapping &table : plan.tables) {
        if (table.mode == TableMode::Skip || table.mode == TableMode::Replace || !known->existingTargets.contains(table.target))
            continue;
        if (!introspector) {
            introspector = Backend::introspector(plan.target, true);
            if (!openIntrospector(introspector.get(), plan.target, error))
                return false;
        }
        const std::optional<TableSchema> existing = introspector->table(table.target, error);
        if (!existing)
            return false;
        QStringList parents;
        for (const ForeignKeySchema &key : existing->foreignKeys) {
            if (key.referencedTable != table.target && !parents.contains(key.referencedTable))
                parents << key.referencedTable;
        }
        if (!parents.isEmpty())
            known->targetReferences.insert(table.target, parents);
    }
    return true;
}

// Emptying a table (truncate mode) must not leave rows of a table the user did not choose pointing
// at nothing, and PostgreSQL refuses to empty a table that another's foreign key points at unless
// both are emptied together: every table referencing one this run empties must be emptied by the
// run too. Barge never empties more than the user chose (no CASCADE), so anything else is refused
// here, before a row is written, naming both tables.
bool checkTablesToEmpty(const Plan &plan, const PlanInsight &known, QString *error)
{
    if (!Backend::hasKeys(plan.target) || !DdlBuilder::emptiesTogether(plan.target.dialect()))
        return true;
    QSet<QString> emptied;
    for (const TableMapping &table : plan.tables) {
        if (table.mode == TableMode::Truncate && known.existingTargets.contains(table.target))
            emptied.insert(table.target);
    }
    if (emptied.isEmpty())
        return true;
    std::unique_ptr<Introspector> introspector = Backend::introspector(plan.target, true);
    if (!openIntrospector(introspector.get(), plan.target, error))
        return false;
    for (const TableMapping &table : plan.tables) {
        if (!emptied.contains(table.target))
            continue;
        const std::optional<QStringList> children = introspector->referencedBy(table.target, error);
        if (!children)
            return false;
        for (const QString &child : *children) {
            if (emptied.contains(child))
                continue;
            const bool inRun = std::any_of(plan.tables.cbegin(), plan.tables.cend(), [&](const TableMapping &t) {
                return t.target == child && t.mode != TableMode::Skip;
            });
            const QString why = inRun
                ? QCoreApplication::translate("barge::Planner", "%1 is not emptied by this run (its mode is not truncate)")
                : QCoreApplication::translate("barge::Planner", "%1 is not part of this run");
            const QString remedy = inRun
                ? QCoreApplication::translate("barge::Planner", "set %1 to mode truncate too")
                : QCoreApplication::translate("barge::Planner", "add %1 to the run with mode truncate");
            *error = QCoreApplication::translate("barge::Planner",
                                                 "cannot empty %1 (mode truncate): the foreign key of table %2 points at "
                                                 "it, and %3. Barge empties only the tables you chose: %4, or use mode "
                                                 "append or replace for %1.")
                         .arg(table.target, child, why.arg(child), remedy.arg(child));
            return false;
        }
    }
    return true;
}

// Mode merge matches rows by a key of the target table: its primary key, else (in a table that
// exists) its first unique index, each of whose columns the mapping feeds. A table the run creates
// gets its primary key with the table, not after the load, as every row is matched by it. Tables
// with no such key, and targets without keys (files), are refused here, naming every table.
bool findMergeKeys(Plan *plan, const PlanInsight &known, QString *error)
{
    QStringList keyless;
    std::unique_ptr<Introspector> introspector;
    for (TableMapping &table : plan->tables) {
        table.mergeKey.clear();
        if (table.mode != TableMode::Merge)
            continue;
        if (!Backend::hasKeys(plan->target)) {
            *error = QCoreApplication::translate("barge::Planner",
                                                 "mode merge updates rows by the target table's key, and %1 has no keys: "
                                                 "use mode append, truncate or replace")
                         .arg(plan->target.displayName());
            return false;
        }
        QList<QStringList> candidates;
        if (known.existingTargets.contains(table.target)) {
            if (!introspector) {
                introspector = Backend::introspector(plan->target, true);
                if (!openIntrospector(introspector.get(), plan->target, error))
                    return false;
            }
            const std::optional<TableSchema> existing = introspector->table(table.target, error);
            if (!existing)
                return false;
            candidates << existing->primaryKey();
            for (const IndexSchema &index : existing->indexes) {
                if (index.unique && index.native.isEmpty())
                    candidates << index.columns;
            }
        } else {
            candidates << RowConverter::targetSchema(table).primaryKey();
            table.primaryKeyAfterLoad = false;
        }
        QSet<QString> fed;
        for (const FieldMapping &field : std::as_const(table.fields))
            fed.insert(field.target);
        for (const QStringList &key : std::as_const(candidates)) {
            if (!key.isEmpty() && std::all_of(key.begin(), key.end(), [&fed](const QString &c) { return fed.contains(c); })) {
                table.mergeKey = key;
                break;
            }
        }
        if (table.mergeKey.isEmpty())
            keyless << table.target;
    }
    if (keyless.isEmpty())
        return true;
    *error = QCoreApplication::translate("barge::Planner",
                                         "mode merge matches rows by the target table's primary key or a unique index, "
                                         "and these tables have none that the mapping fills: %1. Give them a key, or "
                                         "use another mode for them.")
                 .arg(keyless.join(QStringLiteral(", ")));
    return false;
}

// Indexes and foreign keys of the source, in target names, for the tables this run creates. A key
// whose columns are not all mapped, or that points at a table outside the plan, is left out.
} // namespace

void Planner::deriveKeys(Plan *plan, const PlanInsight &known)
{
    QHash<QString, const TableMapping *> bySource;
    for (const TableMapping &table : std::as_const(plan->tables)) {
        if (table.mode != TableMode::Skip)
            bySource.insert(table.source, &table);
    }
    for (TableMapping &table : plan->tables) {
        table.indexes.clear();
        table.foreignKeys.clear();
        table.notes.clear();
        if (table.mode != TableMode::Skip)
            table.notes << known.sources.value(table.source).notes;
        table.primaryKeyAfterLoad = false;
        table.loadAfter.clear();
        const bool created = table.mode == TableMode::Replace || !known.existingTargets.contains(table.target);
        if (!created)
            table.loadAfter = known.targetReferences.value(table.target);
        if (table.mode == TableMode::Skip || !created || !Backend::hasKeys(plan->target))
            continue;
        const TableSchema source = known.sources.value(table.source);
        table.primaryKeyAfterLoad = sourceGuaranteesKey(table, source, plan->source.dialect());
        const bool sameEngine = plan->source.kind == plan->target.kind;
        for (const IndexSchema &index : source.indexes) {
            const QStringList columns = targetColumns(table, index.columns);
            if (index.native.isEmpty()) {
                if (!columns.isEmpty())
                    table.indexes << IndexSchema{index.name, columns, index.unique, {}, {}, index.constraint};
                continue;
            }
            // A full-text, spatial, GiST, expression or partial index: only its own engine makes
            // it again, and only on columns that kept their names.
            if (sameEngine && columns == index.columns) {
                table.indexes << index;
                continue;
            }
            if (const std::optional<IndexSchema> spatial =
                    spatialIndex(table, index, columns, plan->target.dialect(), known)) {
                table.indexes << *spatial;
                continue;
            }
            table.notes << tr("the %1 index %2 is not created: %3")
                               .arg(index.nativeKind, index.name,
                                    sameEngine ? tr("it names columns the mapping renamed or left out")
                                               : tr("it has no equivalent in %1").arg(dialectName(plan->target.dialect())));
        }
        for (const ForeignKeySchema &key : source.foreignKeys) {
            const TableMapping *parent = bySource.value(key.referencedTable);
            if (!parent)
                continue;
            const QStringList columns = targetColumns(table, key.columns);
            const QStringList referenced = targetColumns(*parent, key.referencedColumns);
            if (columns.isEmpty() || referenced.size() != columns.size())
                continue;
            table.foreignKeys << ForeignKeySchema{key.name, columns, parent->target, referenced, key.onDelete, key.onUpdate};
        }
    }
    TargetCheck::nameKeys(plan, known);
}

bool Planner::build(const PlanRequest &request, Plan *plan, Failure *failure, PlanInsight *insight)
{
    Plan built;
    built.source = request.source;
    built.target = request.target;
    built.options = request.options;
    QList<TableSelection> selections = request.tables;
    if (selections.isEmpty()) {
        QString error;
        if (!Backend::canRead(request.source, &error)) {
            *failure = Failure(Failure::Kind::Unsupported, error, request.source.displayName());
            return false;
        }
        std::unique_ptr<Introspector> source = Backend::introspector(request.source);
        if (!openIntrospector(source.get(), request.source, failure))
            return false;
        QStringList names = source->tableNames(&error);
        if (!error.isEmpty()) {
            *failure = Failure(Failure::Kind::Other, error, request.source.displayName());
            return false;
        }
        names.removeIf(DdlBuilder::isRunState); // the state of an unfinished run is no data to copy
        for (const QString &name : names)
            selections << TableSelection{name, name};
    }
    for (const TableSelection &selection : selections) {
        TableMapping table;
        table.source = selection.source;
        table.target = selection.target.isEmpty() ? selection.source : selection.target;
        table.mode = request.mode.value_or(TableMode::Append);
        built.tables << table;
    }
    if (built.tables.isEmpty()) {
        *failure = Failure(Failure::Kind::MissingObject, tr("%1 has no tables to copy").arg(request.source.displayName()),
                           request.source.displayName());
        return false;
    }
    if (!complete(&built, failure, insight))
        return false;
    *plan = built;
    return true;
}

bool Planner::build(const PlanRequest &request, Plan *plan, QString *error, PlanInsight *insight)
{
    Failure failure;
    if (build(request, plan, &failure, insight))
        return true;
    *error = failure.message;
    return false;
}

bool Planner::complete(Plan *plan, Failure *failure, PlanInsight *insight)
{
    PlanInsight local;
    PlanInsight &known = insight ? *insight : local;
    QString message;
    QString *error = &message;
    // Fails with the message the step left in *error.
    const auto fail = [&](Failure::Kind kind, const QString &subject = QString()) {
        *failure = Failure(kind, message, subject);
        return false;
    };
    if (!Backend::canRead(plan->source, error))
        return fail(Failure::Kind::Unsupported, plan->source.displayName());
    if (!Backend::canWrite(plan->target, error))
        return fail(Failure::Kind::Unsupported, plan->target.displayName());
    std::unique_ptr<Introspector> source = Backend::introspector(plan->source);
    if (!openIntrospector(source.get(), plan->source, failure))
        return false;
    const QStringList sourceTables = source->tableNames(error);
    if (!error->isEmpty())
        return fail(Failure::Kind::Other, plan->source.displayName());
    if (plan->tables.isEmpty()) {
        // The state of an unfinished run is no data to copy.
        for (const QString &name : sourceTables) {
            if (!DdlBuilder::isRunState(name))
                plan->tables << TableMapping::named(name, name, TableMode::Append);
        }
    }
    const std::optional<QSet<QString>> existing = existingTargetTables(plan->target, failure);
    if (!existing)
        return false;
    known.existingTargets = *existing;
    if (!readTargetKeyNames(plan->target, &known, error) || !readTargetReferences(*plan, &known, error))
        return fail(Failure::Kind::Other, plan->target.displayName());
    if (!checkTablesToEmpty(*plan, known, error))
        return fail(Failure::Kind::Refused, plan->target.displayName());
    QStringList described;
    for (const TableMapping &table : std::as_const(plan->tables)) {
        if (table.mode != TableMode::Skip && sourceTables.contains(table.source))
            described << table.source;
    }
    source->prefetch(described);
    for (TableMapping &table : plan->tables) {
        if (!sourceTables.contains(table.source)) {
            *error = tr("%1 has no table '%2' (it has: %3)")
                         .arg(plan->source.displayName(), table.source, sourceTables.join(QStringLiteral(", ")));
            return fail(Failure::Kind::MissingObject, plan->source.displayName());
        }
        if (table.target.isEmpty())
            table.target = table.source;
        if (table.mode == TableMode::Skip)
            continue;
        const std::optional<TableSchema> schema = source->table(table.source, error);
        if (!schema)
            return fail(Failure::Kind::Other, plan->source.displayName());
        known.sources.insert(table.source, *schema);
        if (table.fields.isEmpty()
            && !mapFields(table, *schema, plan->target, known.existingTargets.contains(table.target), error))
            return fail(Failure::Kind::Other);
        RowConverter check; // every mapped source column must exist
        if (!check.setup(table, *schema, error))
            return fail(Failure::Kind::MissingObject, plan->source.displayName());
    }
    if (!readTargetGeometry(*plan, &known, error))
        return fail(Failure::Kind::Other, plan->target.displayName());
    deriveKeys(plan, known);
    if (!Watermarks::settle(plan, known, error))
        return fail(Failure::Kind::Refused, plan->source.displayName());
    if (!findMergeKeys(plan, known, error))
        return fail(Failure::Kind::Refused, plan->target.displayName());
    TargetCheck::keepNativeTypes(plan, known);
    TargetCheck::fitGeometry(plan, known);
    TargetCheck::fitReferentialActions(plan);
    // Referencing columns take their key's type first, so that a composite key of referencing
    // columns (Northwind's CustomerCustomerDemo) is sized as a whole; then those left unbounded
    // take the length their key was given (InnoDB's keys may differ in length, not in kind).
    TargetCheck::matchReferences(plan, TargetCheck::Match::Types);
    if (!TargetCheck::checkOneTablePerFile(*plan, error) || !TargetCheck::checkNames(*plan, known, error)
        || !TargetCheck::sizeKeys(plan, known, error)
        || !TargetCheck::fitRows(plan, known, error))
        return fail(Failure::Kind::Refused, plan->target.displayName());
    if (!TargetCheck::checkRejectsFolder(plan->options.rejectsDir, error))
        return fail(Failure::Kind::Io, plan->options.rejectsDir);
    TargetCheck::matchReferences(plan, TargetCheck::Match::UnboundedOnly);
    return true;
}

bool Planner::complete(Plan *plan, QString *error, PlanInsight *insight)
{
    Failure failure;
    if (complete(plan, &failure, insight))
        return true;
    *error = failure.message;
    return false;
}

QStringList Planner::ddl(const Plan &plan, const PlanInsight &insight)
{
    QStringList statements;
    if (!Backend::hasKeys(plan.target))
        return statements;
    const Dialect dialect = plan.target.dialect();
    // What the run does: where the engine empties the truncate-mode tables in one statement before
    // loading any (MigrationEngine::emptyTablesThenStart), that statement goes where the first of
    // them would be emptied and those tables then load as appends; each writer prepares its table
    // with DdlBuilder::prepareTable, the one place the mode becomes statements.
    const bool together = DdlBuilder::emptiesTogether(dialect);
    QStringList emptied;
    qsizetype emptyAt = -1;
    for (const TableMapping &table : plan.tables) {
        const bool exists = insight.existingTargets.contains(table.target);
        if (table.mode == TableMode::Skip)
            continue;
        TableMode mode = table.mode;
        if (together && mode == TableMode::Truncate && exists) {
            if (emptyAt < 0)
                emptyAt = statements.size();
            emptied << table.target;
            mode = TableMode::Append;
        }
        const TableSchema target = RowConverter::targetSchema(table);
        QStringList types; // a type two tables use is created once
        for (const QString &sql : DdlBuilder::userTypes(dialect, target)) {
            if (!statements.contains(sql))
                types << sql;
        }
        statements << DdlBuilder::prepareTable(dialect, target, mode, exists, QString(), types);
    }
    const QStringList emptying = DdlBuilder::truncateTables(dialect, emptied);
    for (qsizetype i = 0; i < emptying.size(); ++i)
        statements.insert(emptyAt + i, emptying.at(i));
    QStringList afterLoad;
    QStringList keys;
    for (const TableMapping &table : plan.tables) {
        if (table.mode == TableMode::Skip)
            continue;
        const TableSchema target = RowConverter::targetSchema(table);
        afterLoad << DdlBuilder::afterLoad(dialect, target);
        keys << DdlBuilder::foreignKeys(dialect, target);
    }
    if (!afterLoad.isEmpty() || !keys.isEmpty())
        statements << QStringLiteral("-- after the rows are in:") << afterLoad << keys;
    return statements;
}

QString Planner::script(const QStringList &statements)
{
    QStringList parts;
    for (const QString &statement : statements)
        parts << (statement.startsWith(QLatin1String("--")) ? statement : statement + QLatin1Char(';'));
    return parts.join(QStringLiteral("\n\n"));
}

QStringList Planner::describe(const Plan &plan, const PlanInsight &insight)
{
    QStringList lines;
    const QLocale c = groupedNumbers();
    lines << QStringLiteral("From %1 to %2").arg(plan.source.displayName(), plan.target.displayName());
    for (const TableMapping &table : plan.tables) {
        const TableSchema schema = insight.sources.value(table.source);
        const QString rows = schema.rowCount >= 0
            ? QStringLiteral("%1%2 %3").arg(schema.rowCountExact ? QString() : QStringLiteral("~"),
                                            c.toString(schema.rowCount),
                                            schema.rowCount == 1 ? QStringLiteral("row") : QStringLiteral("rows"))
            : QStringLiteral("rows unknown");
        const bool exists = insight.existingTargets.contains(table.target);
        const QString action = table.mode == TableMode::Skip ? QStringLiteral("skip")
            : table.mode == TableMode::Replace               ? QStringLiteral("replace")
            : !exists                                        ? QStringLiteral("create")
            : table.mode == TableMode::Merge ? QStringLiteral("merge by %1").arg(table.mergeKey.join(QStringLiteral(", ")))
                                             : tableModeName(table.mode);
        lines << QStringLiteral("  %1 -> %2 (%3, %4)").arg(table.source, table.target, action, rows);
        if (table.mode == TableMode::Skip)
            continue;
        if (table.watermark.isSet() && !plan.options.sync)
            lines << QStringLiteral("    ") + Watermarks::describe(table.watermark);
        const QString ranges = RangeSplit::describe(plan, table, schema);
        if (!ranges.isEmpty())
            lines << QStringLiteral("    ") + ranges;
        const TableSchema target = RowConverter::targetSchema(table);
        for (qsizetype i = 0; i < table.fields.size(); ++i) {
            const FieldMapping &field = table.fields.at(i);
            const QString from = field.isConstant()
                ? (field.constant.isValid() ? QStringLiteral("constant '%1'").arg(field.constant.toString())
                                            : QStringLiteral("NULL"))
                : field.source;
            lines << QStringLiteral("      %1 %2%3 <- %4")
                         .arg(field.target, DdlBuilder::declaredType(plan.target.dialect(), target.columns.at(i)),
                              field.nullable ? QString() : QStringLiteral(" NOT NULL"), from);
        }
    }
    return lines;
}

QStringList Planner::warnings(const Plan &plan, const PlanInsight &insight)
{
    QStringList list;
    const Dialect dialect = plan.target.dialect();
    for (const TableMapping &table : plan.tables) {
        if (table.mode == TableMode::Skip)
            continue;
        const TableSchema source = insight.sources.value(table.source);
        for (const FieldMapping &field : table.fields) {
            const int column = field.isConstant() ? -1 : source.indexOf(field.source);
            QString why;
            // A column that keeps its source's declared type (same engine) holds what the source held.
            const bool native = !field.native.type.isEmpty();
            if ((column >= 0 && TypeMapper::isLossy(source.columns.at(column).type, field.type, &why))
                || (!native && TypeMapper::isLossyIn(dialect, field.type, &why))) {
                list << tr("%1.%2 may lose information: %3").arg(table.target, field.target, why);
            }
        }
        for (const QString &note : table.notes)
            list << QStringLiteral("%1: %2.").arg(table.target, note);
        const bool exists = insight.existingTargets.contains(table.target);
        if (table.mode == TableMode::Replace && exists)
            list << droppedWarning().arg(table.target);
        if (table.mode == TableMode::Truncate && exists)
            list << emptiedWarning().arg(table.target);
    }
    list << MappingWarnings::of(plan, insight.sources);
    return list;
}

QString Planner::emptiedWarning()
{
    return tr("The existing rows of %1 will be deleted first.");
}

QString Planner::droppedWarning()
{
    return tr("The existing table %1 will be dropped with all its rows.");
}

bool Planner::overrideType(Plan *plan, const QString &column, const DataType &type, QString *error)
{
    // Names may hold dots themselves: every split of "a.b.c" is tried, the table part first whole.
    for (qsizetype dot = column.indexOf(QLatin1Char('.')); dot > 0; dot = column.indexOf(QLatin1Char('.'), dot + 1)) {
        const QString tableName = column.left(dot);
        const QString columnName = column.mid(dot + 1);
        for (TableMapping &table : plan->tables) {
            if (table.target != tableName && table.source != tableName)
                continue;
            for (FieldMapping &field : table.fields) {
                if (field.target == columnName) {
                    if (!(field.type == type))
                        field.native = NativeColumn(); // the source's spelling is of the source's type
                    field.type = type;
                    return true;
                }
            }
        }
    }
    QStringList known;
    for (const TableMapping &table : std::as_const(plan->tables)) {
        QStringList columns;
        for (const FieldMapping &field : table.fields)
            columns << field.target;
        known << QStringLiteral("%1 (%2)").arg(table.target, columns.join(QStringLiteral(", ")));
    }
    *error = QStringLiteral("--type %1: no such target column; expected TABLE.COLUMN=TYPE, the plan has: %2")
                 .arg(column, known.join(QStringLiteral("; ")));
    return false;
}

} // namespace barge
