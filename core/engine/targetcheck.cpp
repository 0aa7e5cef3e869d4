#include "engine/targetcheck.h"

#include "engine/planner.h"
#include "io/backend.h"
#include "schema/typemapper.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QSet>

#include <algorithm>

namespace barge {

namespace {

bool createdByRun(const TableMapping &table, const PlanInsight &insight)
{
    return table.mode != TableMode::Skip
        && (table.mode == TableMode::Replace || !insight.existingTargets.contains(table.target));
}

// `name` cut to the dialect's limit with a short hash of the whole name, so two long names that
// share their beginning stay apart.
QString fitted(Dialect dialect, const QString &name)
{
    if (TargetCheck::fitsIdentifier(dialect, name))
        return name;
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    QString cut = name;
    while (!cut.isEmpty() && !TargetCheck::fitsIdentifier(dialect, cut + QLatin1Char('_') + hash))
        cut.chop(cut.size() > 1 && cut.at(cut.size() - 1).isLowSurrogate() ? 2 : 1);
    return cut + QLatin1Char('_') + hash;
}

// A name not yet in `used`: `preferred`, else <table>_<preferred>, else that with _2, _3...; each
// cut to the dialect's limit.
QString uniqueName(Dialect dialect, const QString &table, const QString &preferred, QSet<QString> *used)
{
    QString name = fitted(dialect, preferred);
    if (used->contains(name.toLower()))
        name = fitted(dialect, table + QLatin1Char('_') + preferred);
    for (int n = 2; used->contains(name.toLower()); ++n)
        name = fitted(dialect, QStringLiteral("%1_%2_%3").arg(table, preferred).arg(n));
    used->insert(name.toLower());
    return name;
}

FieldMapping *fieldNamed(TableMapping &table, const QString &target)
{
    for (FieldMapping &field : table.fields) {
        if (field.target == target)
            return &field;
    }
    return nullptr;
}

// Whether `note` is generatedNote()'s for `column`, whatever the expression: compared with the note
// made around a mark in the expression's place, so in whatever language the notes were made.
bool isGeneratedNote(const QString &note, const QString &column)
{
    const QChar mark(0xE000); // a private-use character, in no note of its own
    const QStringList around = generatedNote(column, QString(mark)).split(mark);
    return around.size() == 2 && note.size() >= around.first().size() + around.last().size()
        && note.startsWith(around.first()) && note.endsWith(around.last());
}

bool unbounded(const DataType &type)
{
    return (type.kind == TypeKind::Text || type.kind == TypeKind::Binary) && type.length == 0;
}

// Bytes a value of this type takes in an InnoDB index key (utf8mb4: four per character).
int keyBytes(const DataType &type)
{
    switch (type.kind) {
    case TypeKind::Boolean: return 1;
    case TypeKind::Int16: return 2;
    case TypeKind::Int32: return 4;
    case TypeKind::Int64: return 8;
    case TypeKind::Real: return 8;
    case TypeKind::Decimal: return type.precision > 0 ? type.precision / 2 + 1 : 33;
    case TypeKind::Text: return 4 * type.length + 2;
    case TypeKind::Binary: return type.length + 2;
    case TypeKind::Date: return 3;
    case TypeKind::Time: return 6;
    case TypeKind::DateTime: return 8;
    case TypeKind::DateTimeTz: return 8;
    case TypeKind::Json:
    case TypeKind::Uuid:
    case TypeKind::Interval:
    case TypeKind::Enum:
    case TypeKind::Array:
    case TypeKind::Bits:
    case TypeKind::Geometry: return 16;
    }
    return 16; // not reached: every kind is a case above
}

// Gives the unbounded text and binary columns of one MariaDB key a length within the budget.
bool sizeKey(TableMapping &table, const QStringList &columns, const QString &what, Introspector *source,
             QString *error)
{
    QList<FieldMapping *> open;
    int fixed = 0;
    for (const QString &column : columns) {
        FieldMapping *field = fieldNamed(table, column);
        if (!field)
            return true; // not a column of the mapping: the key is not created
        if (unbounded(field->type))
            open << field;
        else
            fixed += keyBytes(field->type);
    }
    if (open.isEmpty())
        return true;
    const int budget = TargetCheck::innodbIndexBytes - fixed - 2 * int(open.size());
    auto unit = [](const FieldMapping *f) { return f->type.kind == TypeKind::Text ? 4 : 1; };
    if (open.size() == 1) {
        if (budget < unit(open.first())) {
            *error = QCoreApplication::translate("barge::TargetCheck",
                                                 "table %1: the %2 (%3) takes more than InnoDB's %4 bytes per index without %5")
                         .arg(table.target, what, columns.join(QStringLiteral(", ")))
                         .arg(TargetCheck::innodbIndexBytes)
                         .arg(open.first()->target);
            return false;
        }
        open.first()->type.length = std::min(budget / unit(open.first()), open.first()->type.kind == TypeKind::Text ? 768 : 3072);
        open.first()->native.type.clear();
        return true;
    }
    // Several share the budget: each gets at least its longest value in the source, then an even
    // share of what is left.
    QList<qint64> longest;
    qint64 needed = 0;
    QStringList measured;
    for (const FieldMapping *field : std::as_const(open)) {
        if (field->isConstant() || !source) {
            longest << 0;
            continue;
        }
        const std::optional<qint64> n = source->longestValue(table.source, field->source, field->type.kind == TypeKind::Binary, error);
        if (!n)
            return false;
        longest << std::max<qint64>(1, *n);
        needed += longest.last() * unit(field);
        measured << QStringLiteral("%1: %2 %3").arg(field->target).arg(*n).arg(
            field->type.kind == TypeKind::Text ? QCoreApplication::translate("barge::TargetCheck", "characters")
                                               : QCoreApplication::translate("barge::TargetCheck", "bytes"));
    }
    if (needed > budget) {
        *error = QCoreApplication::translate("barge::TargetCheck",
                                             "table %1: the %2 (%3) cannot be created in MariaDB: the longest values the source holds "
                                             "(%4) take %5 bytes, more than the %6 bytes InnoDB allows per index. "
                                             "Give one of these columns a shorter type (--type %1.%7=text(N)) or a type of fixed size.")
                     .arg(table.target, what, columns.join(QStringLiteral(", ")), measured.join(QStringLiteral(", ")))
                     .arg(needed)
                     .arg(TargetCheck::innodbIndexBytes)
                     .arg(open.first()->target);
        return false;
    }
    const qint64 share = (budget - needed) / open.size();
    for (int i = 0; i < open.size(); ++i) {
        open[i]->type.length = int(longest.at(i) + share / unit(open.at(i)));
        open[i]->native.type.clear();
    }
    return true;
}

} // namespace

int TargetCheck::identifierLimit(Dialect dialect)
{
    switch (dialect) {
    case Dialect::Postgres: return 63; // bytes (NAMEDATALEN - 1)
    case Dialect::MySql: return 64;    // characters
    case Dialect::Sqlite:
    case Dialect::Plain: return 0;
    }
    return 0; // not reached: every dialect is a case above
}

bool TargetCheck::fitsIdentifier(Dialect dialect, const QString &name)
{
    const int limit = identifierLimit(dialect);
    if (limit == 0)
        return true;
    return dialect == Dialect::Postgres ? name.toUtf8().size() <= limit : name.toUcs4().size() <= limit;
}

void TargetCheck::nameKeys(Plan *plan, const PlanInsight &insight)
{
    if (!Backend::hasKeys(plan->target))
        return;
    const Dialect dialect = plan->target.dialect();
    // Index names are per table in MariaDB; constraint names per table in PostgreSQL and SQLite.
    const bool indexesPerTable = dialect == Dialect::MySql;
    const bool keysPerTable = dialect != Dialect::MySql;
    QSet<QString> indexNames; // lower case: MariaDB and unquoted lookups compare without case
    QSet<QString> keyNames;
    // In PostgreSQL an index is a relation like a table: the two share the schema's names.
    if (!indexesPerTable) {
        for (const TableMapping &table : std::as_const(plan->tables))
            indexNames.insert(table.target.toLower());
    }
    // In PostgreSQL and SQLite an index may not take the name of any table of the schema either.
    if (!indexesPerTable) {
        for (const QString &name : insight.existingTargets)
            indexNames.insert(name.toLower());
    }
    // What the target holds outside the tables this run creates (those it replaces lose theirs).
    QSet<QString> created;
    for (const TableMapping &table : std::as_const(plan->tables)) {
        if (createdByRun(table, insight))
            created.insert(table.target);
    }
    for (auto it = insight.targetKeyNames.cbegin(); it != insight.targetKeyNames.cend(); ++it) {
        if (created.contains(it.key()))
            continue;
        for (const QString &name : it.value())
            (indexesPerTable ? keyNames : indexNames).insert(name.toLower());
    }
    for (TableMapping &table : plan->tables) {
        if (table.mode == TableMode::Skip)
            continue;
        QSet<QString> tableIndexNames;
        QSet<QString> &indexesUsed = indexesPerTable ? tableIndexNames : indexNames;
        for (IndexSchema &index : table.indexes) {
            const QString preferred = index.name.isEmpty()
                ? table.target + QLatin1Char('_') + index.columns.join(QLatin1Char('_')) + QStringLiteral("_idx")
                : index.name;
            index.name = uniqueName(dialect, table.target, preferred, &indexesUsed);
        }
        QSet<QString> tableKeyNames;
        QSet<QString> &keysUsed = keysPerTable ? tableKeyNames : keyNames;
        for (ForeignKeySchema &key : table.foreignKeys) {
            if (!key.name.isEmpty())
                key.name = uniqueName(dialect, table.target, key.name, &keysUsed);
        }
    }
}

bool TargetCheck::checkNames(const Plan &plan, const PlanInsight &insight, QString *error)
{
    if (!Backend::hasKeys(plan.target))
        return true;
    const Dialect dialect = plan.target.dialect();
    const QString unit = dialect == Dialect::Postgres ? tr("bytes") : tr("characters");
    const QString engine = dialect == Dialect::Postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("MariaDB");
    // No engine takes a NUL in a name (SQL text ends there); a CSV header may hold one.
    auto visible = [](QString name) { return name.replace(QChar(0), QStringLiteral("\\0")); };
    for (const TableMapping &table : plan.tables) {
        if (!createdByRun(table, insight))
            continue;
        if (table.target.contains(QChar(0))) {
            *error = tr("table name %1 holds a NUL character, which no database takes in a name: "
                        "give the table another name (--table SOURCE=NAME)").arg(visible(table.target));
            return false;
        }
        for (const FieldMapping &field : table.fields) {
            if (field.target.contains(QChar(0))) {
                *error = tr("table %1: column name %2 holds a NUL character, which no database takes in a name: "
                            "rename it in the mapping").arg(table.target, visible(field.target));
                return false;
            }
        }
        if (!fitsIdentifier(dialect, table.target)) {
            *error = tr("table name %1 is too long for %2, which keeps %3 %4 of a name: "
                        "give the table a shorter name (--table %5=NAME)")
                         .arg(table.target, engine).arg(identifierLimit(dialect)).arg(unit, table.source);
            return false;
        }
        for (const FieldMapping &field : table.fields) {
            if (!fitsIdentifier(dialect, field.target)) {
                *error = tr("table %1: column name %2 is too long for %3, which keeps %4 %5 of a name: "
                            "rename it in the mapping")
                             .arg(table.target, field.target, engine).arg(identifierLimit(dialect)).arg(unit);
                return false;
            }
        }
    }
    return true;
}

bool TargetCheck::sizeKeys(Plan *plan, const PlanInsight &insight, QString *error)
{
    if (!Backend::hasKeys(plan->target) || plan->target.dialect() != Dialect::MySql)
        return true;
    std::unique_ptr<Introspector> source;
    for (TableMapping &table : plan->tables) {
        if (!createdByRun(table, insight))
            continue;
        QStringList primaryKey;
        for (const FieldMapping &field : std::as_const(table.fields)) {
            if (field.primaryKeyPosition > 0) {
                if (primaryKey.size() < field.primaryKeyPosition)
                    primaryKey.resize(field.primaryKeyPosition);
                primaryKey[field.primaryKeyPosition - 1] = field.target;
            }
        }
        QList<QPair<QStringList, QString>> keys;
        if (!primaryKey.isEmpty())
            keys << qMakePair(primaryKey, tr("primary key"));
        for (const IndexSchema &index : std::as_const(table.indexes)) {
            if (index.unique)
                keys << qMakePair(index.columns, tr("unique index %1").arg(index.name));
        }
        const auto openColumns = [&table](const QStringList &columns) {
            int open = 0;
            for (const QString &column : columns) {
                const FieldMapping *field = fieldNamed(table, column);
                open += field && unbounded(field->type) ? 1 : 0;
            }
            return open;
        };
        // Keys that share unbounded columns among several first: a column alone in one key would
        // otherwise take the whole budget and leave nothing for its partners in another
        // (proj.db's UNIQUE (auth_name, priority) and UNIQUE (auth_name, version)).
        std::stable_sort(keys.begin(), keys.end(), [&](const auto &a, const auto &b) {
            return openColumns(a.first) > openColumns(b.first);
        });
        for (const auto &[columns, what] : std::as_const(keys)) {
            const int open = openColumns(columns);
            if (open > 1 && !source) {
                source = Backend::introspector(plan->source);
                if (!source->open(error))
                    return false;
            }
            if (!sizeKey(table, columns, what, source.get(), error))
                return false;
        }
    }
    return true;
}

bool TargetCheck::checkOneTablePerFile(const Plan &plan, QString *error)
{
    const KindInfo *kind = EndpointKinds::find(plan.target.kind);
    if (!kind || !kind->isFile() || !kind->folders || plan.target.folder)
        return true;
    QStringList tables;
    for (const TableMapping &table : plan.tables) {
        if (table.mode != TableMode::Skip && !tables.contains(table.target))
            tables << table.target;
    }
    if (tables.size() <= 1)
        return true;
    *error = tr("%1 is one file, and %2 targets take one table a file, but %3 tables would go into it (%4). Name "
                "a folder for one file per table (a path ending in '/'), or copy one table.")
                 .arg(QFileInfo(plan.target.path).fileName(), kind->label)
                 .arg(tables.size())
                 .arg(tables.join(QStringLiteral(", ")));
    return false;
}

bool TargetCheck::checkRejectsFolder(const QString &folder, QString *error)
{
    const QString wanted = QDir(folder.isEmpty() ? QDir::currentPath() : folder).absolutePath();
    // The folder, or the nearest existing folder above it, where the run would create it.
    QString existing = wanted;
    while (!QFileInfo(existing).exists() && QFileInfo(existing).absolutePath() != existing)
        existing = QFileInfo(existing).absolutePath();
    const QFileInfo info(existing);
    QString why;
    if (!info.isDir()) {
        why = existing == wanted ? tr("it is a file, not a folder") : tr("%1 is a file, not a folder").arg(existing);
    } else {
        QTemporaryFile probe(QDir(existing).filePath(QStringLiteral(".barge-write-check-XXXXXX")));
        if (!probe.open())
            why = tr("%1 cannot be written (%2)").arg(existing, probe.errorString());
    }
    if (why.isEmpty())
        return true;
    *error = tr("the rejects folder %1 cannot take the rejected rows: %2. Choose another with --rejects DIR "
                "(in the wizard: Options, Rejects folder).")
                 .arg(wanted, why);
    return false;
}

void TargetCheck::keepNativeTypes(Plan *plan, const PlanInsight &insight)
{
    const bool sameEngine = plan->source.kind == plan->target.kind
        && Backend::hasKeys(plan->target);
    for (TableMapping &table : plan->tables) {
        const TableSchema source = insight.sources.value(table.source);
        table.nativeOptions = sameEngine && createdByRun(table, insight) ? source.nativeOptions : QString();
        for (FieldMapping &field : table.fields) {
            field.native = NativeColumn();
            if (!sameEngine || !createdByRun(table, insight) || field.isConstant())
                continue;
            for (const ColumnSchema &column : source.columns) {
                // PostGIS's geometry is foreign too, but kept as declared ("geometry(Point,4326)") when the target has it.
                const bool keptForeign = column.type.kind == TypeKind::Geometry && insight.targetHasGeometry;
                if (column.name == field.source && column.type == field.type && column.native.foreign && !keptForeign) {
                    table.notes << tr("column %1 is created %2, not %3: that type comes from an extension "
                                      "the target may not have")
                                       .arg(field.target, TypeMapper::toDeclared(plan->target.dialect(), field.type),
                                            column.declaredType);
                } else if (column.name == field.source && column.type == field.type) {
                    field.native = column.native;
                    field.native.type = column.declaredType;
                    // Made again as generated: the note that it would be a plain column does not hold.
                    if (field.native.isGenerated())
                        table.notes.removeIf([&](const QString &note) { return isGeneratedNote(note, column.name); });
                }
            }
        }
    }
}

namespace {

// Bytes a MariaDB column takes in InnoDB's row-size check (utf8mb4: four a character, a length
// prefix of one or two bytes); TEXT and BLOB columns count their pointer only.
int rowBytes(const FieldMapping &field)
{
    const DataType &t = field.type;
    if (t.kind == TypeKind::Text && t.length > 0)
        return 4 * t.length + (4 * t.length > 255 ? 2 : 1);
    if (t.kind == TypeKind::Binary && t.length > 0)
        return t.length + (t.length > 255 ? 2 : 1);
    if (t.kind == TypeKind::Text || t.kind == TypeKind::Binary || t.isTextual())
        return 12;
    return keyBytes(t);
}

} // namespace

bool TargetCheck::fitRows(Plan *plan, const PlanInsight &insight, QString *error)
{
    if (plan->target.dialect() != Dialect::MySql)
        return true;
    for (TableMapping &table : plan->tables) {
        if (!createdByRun(table, insight))
            continue;
        // Columns a key or foreign key names keep their length: the key was sized on it.
        QSet<QString> keyed;
        for (const FieldMapping &field : std::as_const(table.fields)) {
            if (field.primaryKeyPosition > 0)
                keyed.insert(field.target);
        }
        for (const IndexSchema &index : std::as_const(table.indexes))
            keyed.unite(QSet<QString>(index.columns.cbegin(), index.columns.cend()));
        for (const ForeignKeySchema &key : std::as_const(table.foreignKeys))
            keyed.unite(QSet<QString>(key.columns.cbegin(), key.columns.cend()));
        qint64 total = 0;
        for (const FieldMapping &field : std::as_const(table.fields))
            total += rowBytes(field);
        const qint64 before = total;
        while (total > mariaDbRowBytes) {
            FieldMapping *widest = nullptr;
            for (FieldMapping &field : table.fields) {
                const bool bounded = (field.type.kind == TypeKind::Text || field.type.kind == TypeKind::Binary) && field.type.length > 0;
                if (bounded && !keyed.contains(field.target) && field.native.type.isEmpty()
                    && (!widest || rowBytes(field) > rowBytes(*widest)))
                    widest = &field;
            }
            if (!widest)
                break;
            total -= rowBytes(*widest) - 12;
            table.notes << tr("column %1 is created %2 rather than %3: the row would take more than "
                              "MariaDB's %4 bytes (%5 bytes as declared)")
                               .arg(widest->target,
                                    widest->type.kind == TypeKind::Text ? QStringLiteral("LONGTEXT") : QStringLiteral("LONGBLOB"),
                                    TypeMapper::toDeclared(Dialect::MySql, widest->type))
                               .arg(mariaDbRowBytes)
                               .arg(before);
            widest->type.length = 0;
        }
        if (total > mariaDbRowBytes) {
            *error = tr("table %1 cannot be created in MariaDB: its row would take %2 bytes, more than the "
                        "%3 bytes InnoDB allows, even with its long text columns as LONGTEXT. Leave some "
                        "columns out or give them smaller types (--type %1.COLUMN=...).")
                         .arg(table.target)
                         .arg(total)
                         .arg(mariaDbRowBytes);
            return false;
        }
    }
    return true;
}

void TargetCheck::fitGeometry(Plan *plan, const PlanInsight &insight)
{
    if (plan->target.dialect() != Dialect::Postgres || insight.targetHasGeometry)
        return;
    for (TableMapping &table : plan->tables) {
        if (!createdByRun(table, insight))
            continue;
        for (FieldMapping &field : table.fields) {
            if (field.type.kind != TypeKind::Geometry)
                continue;
            field.type = DataType::text();
            field.native = NativeColumn();
            table.notes << tr("column %1 is created text, not geometry: the target has no PostGIS, so each "
                              "value is written as its extended WKT (SRID=4326;POINT(1 2)); CREATE EXTENSION "
                              "postgis in the target first to keep geometry")
                               .arg(field.target);
        }
    }
}

void TargetCheck::fitReferentialActions(Plan *plan)
{
    if (plan->target.dialect() != Dialect::MySql)
        return;
    for (TableMapping &table : plan->tables) {
        for (ForeignKeySchema &key : table.foreignKeys) {
            QStringList required;
            for (const QString &column : std::as_const(key.columns)) {
                const FieldMapping *field = fieldNamed(table, column);
                if (field && !field->nullable)
                    required << column;
            }
            if (required.isEmpty())
                continue;
            for (QString *action : {&key.onDelete, &key.onUpdate}) {
                if (*action != QLatin1String("SET NULL"))
                    continue;
                table.notes << tr("the foreign key %1 is added without %2 SET NULL: %3 cannot be NULL, "
                                  "which MariaDB refuses to declare (the source would refuse such a change too)")
                                   .arg(key.name.isEmpty() ? key.columns.join(u',') : key.name,
                                        action == &key.onDelete ? QStringLiteral("ON DELETE") : QStringLiteral("ON UPDATE"),
                                        required.join(QStringLiteral(", ")));
                action->clear();
            }
        }
    }
}

void TargetCheck::matchReferences(Plan *plan, Match match)
{
    QHash<QString, TableMapping *> byTarget;
    for (TableMapping &table : plan->tables)
        byTarget.insert(table.target, &table);
    for (TableMapping &table : plan->tables) {
        for (const ForeignKeySchema &key : std::as_const(table.foreignKeys)) {
            TableMapping *parent = byTarget.value(key.referencedTable);
            if (!parent)
                continue;
            for (int i = 0; i < key.columns.size() && i < key.referencedColumns.size(); ++i) {
                FieldMapping *child = fieldNamed(table, key.columns.at(i));
                const FieldMapping *referenced = fieldNamed(*parent, key.referencedColumns.at(i));
                // A same-engine copy keeps both columns as the source declared them, keys and all.
                if (!child || !referenced || (!child->native.type.isEmpty() && !referenced->native.type.isEmpty()))
                    continue;
                // Text holds any referencing value too: a column SQLite declared one way and filled
                // another (proj.db's INTEGER_OR_TEXT keys) meets its key as text.
                const bool sameFamily = child->type.kind == referenced->type.kind
                    || (child->type.isInteger() && referenced->type.isInteger())
                    || (referenced->type.kind == TypeKind::Text && child->type.kind != TypeKind::Binary);
                if (sameFamily && (match == Match::Types || (unbounded(child->type) && !unbounded(referenced->type)))) {
                    child->type = referenced->type;
                    child->native = referenced->native;
                }
            }
        }
    }
}

} // namespace barge
