#include "io/postgres/pgintrospector.h"

#include "schema/identifier.h"
#include "schema/jsontext.h"
#include "schema/typemapper.h"

#include <QRegularExpression>

namespace barge {

namespace {

// Below this estimate a table is counted exactly: count(*) is then cheap, and the estimate of a
// small or never analyzed table (reltuples -1) is useless for progress.
constexpr double exactCountBelow = 100000;

const char findTables[] =
    "SELECT c.oid::text, c.reltuples::float8, CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END, "
    "c.relname FROM pg_catalog.pg_class c "
    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "WHERE n.nspname = $1 AND c.relname = ANY($2::text[]) AND c.relkind IN ('r', 'p')";

// At most this many tables' catalog rows and counts in one statement (prefetch).
constexpr int tablesPerQuery = 100;

// An array literal PostgreSQL reads back exactly: {"a","b\"c"}.
QString arrayLiteral(const QStringList &items)
{
    QStringList quoted;
    for (QString item : items)
        quoted << u'"' + item.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\"")) + u'"';
    return u'{' + quoted.join(u',') + u'}';
}

// The rows of a catalog result by the table they describe (its oid, in column `oidColumn`), in
// the result's order.
QHash<QString, QList<int>> rowsByTable(const PgResult &result, int oidColumn)
{
    QHash<QString, QList<int>> rows;
    for (int r = 0; r < result.rows(); ++r)
        rows[result.text(r, oidColumn)] << r;
    return rows;
}

// Domains are mapped by their base type (a domain over integer holds integers); the declared
// type stays the domain's name.
const char columnsQuery[] =
    "SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity::text, "
    "pg_catalog.pg_get_expr(d.adbin, d.adrelid), "
    "CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) END, "
    "a.attgenerated::text, "
    "CASE WHEN t.typtype = 'e' THEN (SELECT array_to_json(array_agg(e.enumlabel ORDER BY e.enumsortorder))::text "
    "FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid) END, "
    "t.typname, t.typtype::text, t.typnotnull, t.typdefault, "
    "(SELECT string_agg(' CONSTRAINT ' || quote_ident(c.conname) || ' ' || pg_catalog.pg_get_constraintdef(c.oid), '' "
    "ORDER BY c.conname) FROM pg_catalog.pg_constraint c WHERE c.contypid = t.oid), "
    // A type the target has for sure: PostgreSQL's own (arrays of them too), or an enum or domain
    // that a same-engine copy creates; not an extension's (citext, hstore, PostGIS), nor an array of enums.
    "CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN (SELECT e.typnamespace = 'pg_catalog'::regnamespace "
    "FROM pg_catalog.pg_type e WHERE e.oid = t.typelem) "
    "ELSE t.typnamespace = 'pg_catalog'::regnamespace OR t.typtype IN ('e', 'd') END, a.attrelid::text "
    "FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
    "LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
    "WHERE a.attrelid = ANY($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attrelid, a.attnum";

const char primaryKeyQuery[] =
    "SELECT a.attname, con.conrelid::text FROM pg_catalog.pg_constraint con "
    "CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord) "
    "JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum "
    "WHERE con.conrelid = ANY($1::oid[]) AND con.contype = 'p' ORDER BY con.conrelid, k.ord";

// Plain btree indexes on columns (unique constraints have one too); the primary key's, expression,
// partial and exclusion indexes and INCLUDE columns have no portable form and are left out.
const char indexesQuery[] =
    "SELECT ic.relname, x.indisunique, a.attname, EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c "
    "WHERE c.conindid = x.indexrelid AND c.contype = 'u'), x.indrelid::text FROM pg_catalog.pg_index x "
    "JOIN pg_catalog.pg_class ic ON ic.oid = x.indexrelid "
    "JOIN pg_catalog.pg_am am ON am.oid = ic.relam "
    "CROSS JOIN LATERAL unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord) "
    "JOIN pg_catalog.pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum "
    "WHERE x.indrelid = ANY($1::oid[]) AND NOT x.indisprimary AND NOT x.indisexclusion AND x.indexprs IS NULL "
    "AND x.indpred IS NULL AND am.amname = 'btree' AND k.ord <= x.indnkeyatts "
    "ORDER BY x.indrelid, ic.relname, k.ord";

// The other indexes (not the primary key's, not an exclusion constraint's): their definition from
// USING on, which a same-engine copy makes again, and what makes them not portable.
const char nativeIndexesQuery[] =
    "SELECT ic.relname, x.indisunique, substring(pg_catalog.pg_get_indexdef(x.indexrelid) from ' USING .*$'), "
    "CASE WHEN am.amname <> 'btree' THEN am.amname WHEN x.indexprs IS NOT NULL THEN 'expression' "
    "ELSE 'partial' END, "
    "(SELECT array_to_json(array_agg(a.attname ORDER BY k.ord))::text FROM unnest(x.indkey::int2[]) WITH ORDINALITY "
    "AS k(attnum, ord) JOIN pg_catalog.pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum), "
    "x.indrelid::text "
    "FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class ic ON ic.oid = x.indexrelid "
    "JOIN pg_catalog.pg_am am ON am.oid = ic.relam "
    "WHERE x.indrelid = ANY($1::oid[]) AND NOT x.indisprimary AND NOT x.indisexclusion AND (x.indexprs IS NOT NULL "
    "OR x.indpred IS NOT NULL OR am.amname <> 'btree') ORDER BY x.indrelid, ic.relname";

// conparentid = 0: a key that references a partitioned table is also recorded once per partition.
const char foreignKeysQuery[] =
    "SELECT con.conname, rc.relname, con.confdeltype::text, con.confupdtype::text, a.attname, ra.attname, "
    "con.conrelid::text "
    "FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid "
    "CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, refnum, ord) "
    "JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum "
    "JOIN pg_catalog.pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.refnum "
    "WHERE con.conrelid = ANY($1::oid[]) AND con.contype = 'f' AND con.conparentid = 0 "
    "ORDER BY con.conrelid, con.conname, k.ord";

} // namespace

PgIntrospector::PgIntrospector(const Endpoint &endpoint) : m_conn(endpoint)
{
}

bool PgIntrospector::open(Failure *failure)
{
    return m_conn.open(failure);
}

QString PgIntrospector::failure(const QString &table, const PgResult &result) const
{
    const QString where = table.isEmpty() ? tr("schema %1").arg(m_conn.schema())
                                          : tr("table %1.%2").arg(m_conn.schema(), table);
    return tr("PostgreSQL at %1, %2: %3").arg(m_conn.server(), where, result.message());
}

QStringList PgIntrospector::tableNames(QString *error)
{
    const PgResult result = m_conn.exec(
        QStringLiteral("SELECT c.relname FROM pg_catalog.pg_class c "
                       "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition "
                       // An extension's own tables (PostGIS's spatial_ref_sys) come with CREATE EXTENSION.
                       "AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_class'::regclass "
                       "AND d.objid = c.oid AND d.deptype = 'e') "
                       "ORDER BY c.relname"),
        {m_conn.schema()});
    QStringList names;
    if (!result.ok()) {
        *error = failure(QString(), result);
        return names;
    }
    for (int r = 0; r < result.rows(); ++r)
        names << result.text(r, 0);
    return names;
}

bool PgIntrospector::hasType(const QString &name)
{
    const PgResult result = m_conn.exec(QStringLiteral("SELECT (to_regtype($1) IS NOT NULL)::text"), {name});
    return result.ok() && result.rows() == 1 && result.text(0, 0) == QLatin1String("true");
}

bool PgIntrospector::hasTable(const QString &name)
{
    return m_prefetched.contains(name) || m_conn.exec(QLatin1String(findTables), {m_conn.schema(), arrayLiteral({name})}).rows() > 0;
}

std::optional<KeyBounds> PgIntrospector::keyBounds(const QString &table, const QString &column, QString *error)
{
    if (column == KeyRange::pages())
        return pageBounds(table, error);
    const QString name = quoteIdentifier(Dialect::Postgres, column);
    const PgResult result = m_conn.exec(
        QStringLiteral("SELECT min(%1)::text, max(%1)::text FROM %2").arg(name, m_conn.qualified(table)));
    if (!result.ok() || result.rows() != 1) {
        *error = failure(table, result);
        return std::nullopt;
    }
    KeyBounds bounds;
    if (result.isNull(0, 0))
        return bounds;
    bool minOk = false;
    bool maxOk = false;
    bounds.min = result.text(0, 0).toLongLong(&minOk);
    bounds.max = result.text(0, 1).toLongLong(&maxOk);
    if (!minOk || !maxOk) {
        *error = tr("table %1: column %2 holds values that are no 64-bit integers (%3 to %4)")
                     .arg(table, column, result.text(0, 0), result.text(0, 1));
        return std::nullopt;
    }
    bounds.empty = false;
    return bounds;
}

// The table's pages, 0 to the last: a range of them is read by a TID range scan, which PostgreSQL
// has from version 14 (before, each range would scan the whole table). A table with no row of its
// own (empty, or a partitioned table's parent) has nothing to split.
std::optional<KeyBounds> PgIntrospector::pageBounds(const QString &table, QString *error)
{
    const PgResult result = m_conn.exec(
        QStringLiteral("SELECT current_setting('server_version_num')::int, (SELECT pg_relation_size(tableoid) / "
                       "current_setting('block_size')::bigint FROM ONLY %1 LIMIT 1)")
            .arg(m_conn.qualified(table)));
    if (!result.ok() || result.rows() != 1) {
        *error = failure(table, result);
        return std::nullopt;
    }
    if (result.integer(0, 0) < 140000) {
        *error = tr("table %1: PostgreSQL before 14 reads a range of pages by scanning the whole table").arg(table);
        return std::nullopt;
    }
    KeyBounds bounds;
    if (result.isNull(0, 1) || result.integer(0, 1) < 1)
        return bounds;
    bounds.min = 0;
    bounds.max = result.integer(0, 1) - 1;
    bounds.empty = false;
    return bounds;
}

std::optional<qint64> PgIntrospector::longestValue(const QString &table, const QString &column, bool binary,
                                                   QString *error)
{
    const PgResult result = m_conn.exec(QStringLiteral("SELECT coalesce(max(%1(%2)), 0)::text FROM %3")
                                            .arg(binary ? QStringLiteral("octet_length") : QStringLiteral("char_length"),
                                                 quoteIdentifier(Dialect::Postgres, column), m_conn.qualified(table)));
    if (!result.ok() || result.rows() != 1) {
        *error = failure(table, result);
        return std::nullopt;
    }
    return result.text(0, 0).toLongLong();
}

std::optional<QHash<QString, QStringList>> PgIntrospector::keyNames(QString *error)
{
    const PgResult result = m_conn.exec(
        QStringLiteral("SELECT coalesce(t.relname, ''), c.relname FROM pg_catalog.pg_class c "
                       "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                       "LEFT JOIN pg_catalog.pg_index x ON x.indexrelid = c.oid "
                       "LEFT JOIN pg_catalog.pg_class t ON t.oid = x.indrelid "
                       "WHERE n.nspname = $1 AND c.relkind IN ('i', 'I', 'S', 'v', 'm', 'f')"),
        {m_conn.schema()});
    if (!result.ok()) {
        *error = failure(QString(), result); // "schema %1"
        return std::nullopt;
    }
    QHash<QString, QStringList> names;
    for (int r = 0; r < result.rows(); ++r)
        names[result.text(r, 0)] << result.text(r, 1);
    return names;
}

std::optional<QStringList> PgIntrospector::referencedBy(const QString &name, QString *error)
{
    const PgResult result = m_conn.exec(
        QStringLiteral("SELECT DISTINCT CASE WHEN n.nspname = $1 THEN r.relname ELSE n.nspname || '.' || r.relname END "
                       "FROM pg_catalog.pg_constraint con "
                       "JOIN pg_catalog.pg_class r ON r.oid = con.conrelid "
                       "JOIN pg_catalog.pg_namespace n ON n.oid = r.relnamespace "
                       "JOIN pg_catalog.pg_class p ON p.oid = con.confrelid "
                       "JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace "
                       "WHERE con.contype = 'f' AND pn.nspname = $1 AND p.relname = $2 AND con.conrelid <> con.confrelid "
                       "ORDER BY 1"),
        {m_conn.schema(), name});
    if (!result.ok()) {
        *error = failure(name, result);
        return std::nullopt;
    }
    QStringList tables;
    for (int row = 0; row < result.rows(); ++row)
        tables << result.text(row, 0);
    return tables;
}

std::optional<TableSchema> PgIntrospector::table(const QString &name, QString *error)
{
    if (const auto known = m_prefetched.constFind(name); known != m_prefetched.constEnd())
        return *known;
    const PgResult found = m_conn.exec(QLatin1String(findTables), {m_conn.schema(), arrayLiteral({name})});
    if (!found.ok()) {
        *error = failure(name, found);
        return std::nullopt;
    }
    if (found.rows() == 0) {
        *error = tr("PostgreSQL at %1, database %2: no table %3.%4")
                     .arg(m_conn.server(), m_conn.databaseName(), m_conn.schema(), name);
        return std::nullopt;
    }
    const QString oid = found.text(0, 0);
    Catalog catalog;
    TableSchema schema;
    if (!readCatalog({oid}, &catalog, error) || !describe(name, oid, found.isNull(0, 2) ? QString() : found.text(0, 2), catalog, &schema, error)
        || !readRowCount(name, found.real(0, 1), &schema, error))
        return std::nullopt;
    return schema;
}

// One statement per part of the catalog for all of `names`, and their exact counts in a few more:
// a schema of 500 tables is read in about 40 round trips instead of 3,500. Only a hint: a table it
// could not read (or a statement that failed) is read again by table(), which says why.
void PgIntrospector::prefetch(const QStringList &names)
{
    for (qsizetype start = 0; start < names.size(); start += tablesPerQuery) {
        const QStringList part = names.mid(start, tablesPerQuery);
        const PgResult found = m_conn.exec(QLatin1String(findTables), {m_conn.schema(), arrayLiteral(part)});
        if (!found.ok())
            return;
        QStringList oids;
        for (int r = 0; r < found.rows(); ++r)
            oids << found.text(r, 0);
        Catalog catalog;
        QString ignored;
        if (!readCatalog(oids, &catalog, &ignored))
            return;
        QHash<QString, TableSchema> described;
        QStringList counted;
        for (int r = 0; r < found.rows(); ++r) {
            const QString name = found.text(r, 3);
            TableSchema schema;
            if (!describe(name, found.text(r, 0), found.isNull(r, 2) ? QString() : found.text(r, 2), catalog, &schema, &ignored))
                continue;
            if (found.real(r, 1) >= exactCountBelow) {
                schema.rowCount = qint64(found.real(r, 1));
                schema.rowCountExact = false;
            } else {
                counted << name;
            }
            described.insert(name, schema);
        }
        // Exact counts of the small tables, all in one statement.
        QStringList counts;
        for (int i = 0; i < counted.size(); ++i)
            counts << QStringLiteral("SELECT %1, count(*) FROM %2").arg(i).arg(m_conn.qualified(counted.at(i)));
        const PgResult rows = counts.isEmpty() ? PgResult() : m_conn.exec(counts.join(QStringLiteral(" UNION ALL ")));
        if (!counts.isEmpty() && !rows.ok())
            return;
        for (int r = 0; r < (counts.isEmpty() ? 0 : rows.rows()); ++r) {
            TableSchema &schema = described[counted.at(int(rows.integer(r, 0)))];
            schema.rowCount = rows.integer(r, 1);
            schema.rowCountExact = true;
        }
        m_prefetched.insert(described);
    }
}

bool PgIntrospector::readCatalog(const QStringList &oids, Catalog *catalog, QString *error)
{
    const QStringList parameters{arrayLiteral(oids)};
    const auto read = [&](const char *sql, int oidColumn, PgResult *result, QHash<QString, QList<int>> *rows) {
        *result = m_conn.exec(QLatin1String(sql), parameters);
        if (!result->ok()) {
            *error = failure(QString(), *result);
            return false;
        }
        *rows = rowsByTable(*result, oidColumn);
        return true;
    };
    if (m_forReading) // columns and key only
        return read(columnsQuery, 14, &catalog->columns, &catalog->columnRows)
            && read(primaryKeyQuery, 1, &catalog->primaryKeys, &catalog->primaryKeyRows);
    return read(columnsQuery, 14, &catalog->columns, &catalog->columnRows)
        && read(primaryKeyQuery, 1, &catalog->primaryKeys, &catalog->primaryKeyRows)
        && read(indexesQuery, 4, &catalog->indexes, &catalog->indexRows)
        && read(nativeIndexesQuery, 5, &catalog->nativeIndexes, &catalog->nativeIndexRows)
        && read(foreignKeysQuery, 6, &catalog->foreignKeys, &catalog->foreignKeyRows);
}

bool PgIntrospector::describe(const QString &name, const QString &oid, const QString &partitionKey,
                              const Catalog &catalog, TableSchema *schema, QString *error)
{
    schema->name = name;
    if (!readColumns(catalog.columns, catalog.columnRows.value(oid), oid, schema, error))
        return false;
    readPrimaryKey(catalog.primaryKeys, catalog.primaryKeyRows.value(oid), schema);
    readIndexes(catalog.indexes, catalog.indexRows.value(oid), catalog.nativeIndexes, catalog.nativeIndexRows.value(oid),
                schema);
    readForeignKeys(catalog.foreignKeys, catalog.foreignKeyRows.value(oid), schema);
    // Its partitions are read through it (and not listed as tables of their own).
    if (!partitionKey.isEmpty())
        schema->notes << tr("it is partitioned in the source (PARTITION BY %1): it is created as one table "
                            "holding the rows of every partition")
                             .arg(partitionKey);
    return true;
}

bool PgIntrospector::readColumns(const PgResult &result, const QList<int> &rows, const QString &oid, TableSchema *schema,
                                 QString *error)
{
    for (const int r : rows) {
        ColumnSchema column;
        column.name = result.text(r, 0);
        column.declaredType = result.text(r, 1);
        const QString baseType = result.isNull(r, 5) ? column.declaredType : result.text(r, 5);
        column.type = TypeMapper::fromDeclared(Dialect::Postgres, baseType);
        QStringList labels;
        QString why;
        if (!result.isNull(r, 7) && JsonText::members(result.text(r, 7), &labels, &why)) {
            column.type = DataType::enumOf(labels); // an enum type: its labels, in their order
            QStringList quoted;
            for (QString label : std::as_const(labels))
                quoted << u'\'' + label.replace(u'\'', QLatin1String("''")) + u'\'';
            column.native.userTypeName = result.text(r, 8);
            column.native.userTypeDefinition = QStringLiteral("CREATE TYPE %1 AS ENUM (") + quoted.join(QStringLiteral(", ")) + u')';
        } else if (result.text(r, 9) == QLatin1String("d")) {
            column.native.userTypeName = result.text(r, 8);
            column.native.userTypeDefinition = QStringLiteral("CREATE DOMAIN %1 AS ") + baseType
                + (result.isNull(r, 11) ? QString() : QStringLiteral(" DEFAULT ") + result.text(r, 11))
                + (result.boolean(r, 10) ? QStringLiteral(" NOT NULL") : QString()) + result.text(r, 12);
        }
        column.nullable = !result.boolean(r, 2);
        column.native.foreign = !result.boolean(r, 13);
        const QString identity = result.text(r, 3);
        const QString expression = result.text(r, 4);
        const bool generated = !result.text(r, 6).isEmpty();
        // Expressions as written, for a copy into PostgreSQL; the source's schema is left for the target's.
        const QRegularExpression sourceSchema(QStringLiteral("(?<![\\w\"$])(%1|%2)\\.")
                                                  .arg(QRegularExpression::escape(quoteIdentifier(Dialect::Postgres, m_conn.schema())),
                                                       QRegularExpression::escape(m_conn.schema())));
        // Identity columns and serials (a nextval() default) count up by themselves; a generated
        // column's expression is not a default.
        if (identity == QLatin1String("a") || identity == QLatin1String("d")
            || expression.startsWith(QLatin1String("nextval("))) {
            column.autoIncrement = true;
            if (identity.isEmpty() && !m_forReading && !readSequence(oid, expression, &column, error))
                return false;
        } else if (generated) {
            schema->notes << generatedNote(column.name, expression);
            column.native.generated = QString(expression).replace(sourceSchema, QStringLiteral("\x01."));
            column.native.generatedStored = true; // PostgreSQL 15 has stored ones only
        } else if (!result.isNull(r, 4)) {
            column.defaultValue = portableDefault(expression);
            column.native.defaultExpression = QString(expression).replace(sourceSchema, QStringLiteral("\x01."));
        }
        schema->columns << column;
    }
    return true;
}

// The sequence a nextval() default counts with, for a copy into PostgreSQL to make it again.
bool PgIntrospector::readSequence(const QString &tableOid, const QString &expression, ColumnSchema *column, QString *error)
{
    static const QRegularExpression nextval(QStringLiteral("^nextval\\('((?:[^']|'')+)'::regclass\\)$"));
    const QRegularExpressionMatch match = nextval.match(expression);
    if (!match.hasMatch())
        return true; // some other expression around nextval(): counted as an identity elsewhere
    const PgResult result = m_conn.exec(
        QStringLiteral("SELECT c.relname, 'AS ' || pg_catalog.format_type(s.seqtypid, NULL) || ' START WITH ' || s.seqstart "
                       "|| ' INCREMENT BY ' || s.seqincrement || ' MINVALUE ' || s.seqmin || ' MAXVALUE ' || s.seqmax "
                       "|| ' CACHE ' || s.seqcache || CASE WHEN s.seqcycle THEN ' CYCLE' ELSE '' END, "
                       "EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_class'::regclass "
                       "AND d.objid = c.oid AND d.refobjid = $2::oid AND d.deptype = 'a') "
                       "FROM pg_catalog.pg_sequence s JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid "
                       "WHERE s.seqrelid = $1::regclass"),
        {match.captured(1).replace(QLatin1String("''"), QLatin1String("'")), tableOid});
    if (!result.ok()) {
        *error = failure(column->name, result);
        return false;
    }
    if (result.rows() == 1) {
        column->native.sequenceName = result.text(0, 0);
        column->native.sequenceDefinition = result.text(0, 1);
        column->native.sequenceOwned = result.boolean(0, 2);
    }
    return true;
}

void PgIntrospector::readPrimaryKey(const PgResult &result, const QList<int> &rows, TableSchema *schema)
{
    int position = 0;
    for (const int r : rows) {
        ++position;
        const int index = schema->indexOf(result.text(r, 0));
        if (index >= 0)
            schema->columns[index].primaryKeyPosition = position;
    }
}

void PgIntrospector::readIndexes(const PgResult &result, const QList<int> &rows, const PgResult &native,
                                 const QList<int> &nativeRows, TableSchema *schema)
{
    for (const int r : rows) {
        const QString name = result.text(r, 0);
        if (schema->indexes.isEmpty() || schema->indexes.last().name != name)
            schema->indexes << IndexSchema{name, {}, result.boolean(r, 1), {}, {}, result.boolean(r, 3)};
        schema->indexes.last().columns << result.text(r, 2);
    }
    for (const int r : nativeRows) {
        IndexSchema index{native.text(r, 0), {}, native.boolean(r, 1), {}, {}, false};
        index.native = native.text(r, 2).trimmed();
        index.nativeKind = native.text(r, 3);
        QString why;
        JsonText::members(native.text(r, 4), &index.columns, &why); // the columns it names, if any
        schema->indexes << index;
    }
}

void PgIntrospector::readForeignKeys(const PgResult &result, const QList<int> &rows, TableSchema *schema)
{
    for (const int r : rows) {
        const QString name = result.text(r, 0);
        if (schema->foreignKeys.isEmpty() || schema->foreignKeys.last().name != name) {
            ForeignKeySchema key;
            key.name = name;
            key.referencedTable = result.text(r, 1); // plain name, even in another schema
            key.onDelete = portableReferentialAction(result.text(r, 2));
            key.onUpdate = portableReferentialAction(result.text(r, 3));
            schema->foreignKeys << key;
        }
        schema->foreignKeys.last().columns << result.text(r, 4);
        schema->foreignKeys.last().referencedColumns << result.text(r, 5);
    }
}

bool PgIntrospector::readRowCount(const QString &name, double estimate, TableSchema *schema, QString *error)
{
    if (estimate >= exactCountBelow) {
        schema->rowCount = qint64(estimate);
        schema->rowCountExact = false;
        return true;
    }
    if (m_forReading) {
        // Small: the reader counts it itself, exactly, in the snapshot it reads the rows from.
        schema->rowCount = qint64(estimate);
        schema->rowCountExact = true;
        return true;
    }
    const PgResult result = m_conn.exec(QStringLiteral("SELECT count(*) FROM ") + m_conn.qualified(name));
    if (!result.ok()) {
        *error = failure(name, result);
        return false;
    }
    schema->rowCount = result.integer(0, 0);
    schema->rowCountExact = true;
    return true;
}

} // namespace barge
