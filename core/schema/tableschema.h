#pragma once
// ColumnSchema / TableSchema: what introspection tells about a table, engine-neutral. Plain values.

#include "schema/datatype.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace barge {

// What only the column's own engine can say, kept by a same-engine copy. Introspection fills
// everything but `type`; TargetCheck::keepNativeTypes copies it into a mapping that kept the
// column's type, with the declared type as `type`. DdlBuilder writes it when `type` is set.
struct NativeColumn
{
    QString type; // the declared type as the source spells it; "" = the target's spelling of DataType
    // A type of the database's own that the declared type names (a PostgreSQL enum or domain): the
    // statement that makes it, with %1 for its quoted, schema-qualified name, and its bare name.
    QString userTypeDefinition;
    QString userTypeName;
    // MariaDB: "CHARACTER SET x COLLATE y" when the column's differs from its table's, and an
    // ON UPDATE expression ("current_timestamp()").
    QString collation;
    QString onUpdate;
    // PostgreSQL: the default expression as written ("now()", "('now'::text)::date"), with the
    // source schema in qualified names as \x01 (DdlBuilder puts the target's there); for a column
    // counting with a sequence (a nextval() default), the sequence: its name, its definition after
    // the name ("AS integer START WITH 1 INCREMENT BY 1 ..."), and whether the column owns it.
    QString defaultExpression;
    bool foreign = false; // a type the target may lack (a PostgreSQL extension's): never kept
    QString sequenceName;
    QString sequenceDefinition;
    bool sequenceOwned = false;

    friend bool operator==(const NativeColumn &a, const NativeColumn &b)
    {
        return a.type == b.type && a.userTypeDefinition == b.userTypeDefinition && a.userTypeName == b.userTypeName
            && a.collation == b.collation && a.onUpdate == b.onUpdate && a.defaultExpression == b.defaultExpression
            && a.sequenceName == b.sequenceName && a.sequenceDefinition == b.sequenceDefinition
            && a.sequenceOwned == b.sequenceOwned && a.foreign == b.foreign;
    }
};

struct ColumnSchema
{
    QString name;
    QString declaredType;      // as the source spells it ("VARCHAR(40)", "NUMERIC(12,2)", "" for CSV)
    DataType type;             // Barge's neutral reading of declaredType (or inferred, for CSV)
    bool nullable = true;
    int primaryKeyPosition = 0; // 1-based position in the primary key, 0 = not part of it
    // The column's DDL default in Barge's portable spelling (see portableDefault()): a number
    // ("42", "-1.5"), a quoted string ("'open'"), TRUE, FALSE, CURRENT_TIMESTAMP, CURRENT_DATE or
    // CURRENT_TIME. Empty when there is none or the source's expression has no portable meaning.
    QString defaultValue;
    bool autoIncrement = false; // identity, serial, AUTO_INCREMENT, SQLite AUTOINCREMENT rowid
    NativeColumn native;        // a same-engine copy's own spelling of the column (TargetCheck::keepNativeTypes)

    friend bool operator==(const ColumnSchema &a, const ColumnSchema &b)
    {
        return a.name == b.name && a.declaredType == b.declaredType && a.native == b.native && a.type == b.type
            && a.nullable == b.nullable && a.primaryKeyPosition == b.primaryKeyPosition
            && a.defaultValue == b.defaultValue && a.autoIncrement == b.autoIncrement;
    }
};

// A secondary index or unique constraint (the primary key is on the columns, not here).
struct IndexSchema
{
    QString name;
    QStringList columns;
    bool unique = false;
    // An index with no portable form, which only the same engine can make again: MariaDB's
    // "FULLTEXT" or "SPATIAL" (on `columns`), PostgreSQL's definition from USING on ("USING gist
    // (fulltext)", "USING btree (lower(title)) WHERE active"). Empty for a plain index.
    QString native;
    QString nativeKind; // what it is, for messages: "FULLTEXT", "gist", "expression", "partial"
    bool constraint = false; // PostgreSQL: a UNIQUE constraint's index (made again as a constraint)

    friend bool operator==(const IndexSchema &a, const IndexSchema &b)
    {
        return a.name == b.name && a.columns == b.columns && a.unique == b.unique && a.native == b.native
            && a.constraint == b.constraint;
    }
};

struct ForeignKeySchema
{
    QString name;                 // constraint name; may be empty (SQLite)
    QStringList columns;
    QString referencedTable;
    QStringList referencedColumns;
    QString onDelete;             // "CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT"; empty = NO ACTION
    QString onUpdate;

    friend bool operator==(const ForeignKeySchema &a, const ForeignKeySchema &b)
    {
        return a.name == b.name && a.columns == b.columns && a.referencedTable == b.referencedTable
            && a.referencedColumns == b.referencedColumns && a.onDelete == b.onDelete && a.onUpdate == b.onUpdate;
    }
};

struct TableSchema
{
    QString name;
    QList<ColumnSchema> columns;
    qint64 rowCount = -1;      // -1 unknown
    bool rowCountExact = false;
    QList<IndexSchema> indexes;
    QList<ForeignKeySchema> foreignKeys;
    // For a table Barge creates: build the primary key after the rows are in, with the indexes
    // (one sort instead of an index update per row). Only set when the source already guarantees
    // the key's uniqueness (Planner), and only PostgreSQL acts on it.
    bool primaryKeyAfterLoad = false;
    // MariaDB: the table's engine, default character set and collation ("ENGINE=InnoDB DEFAULT
    // CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci"), which a same-engine copy keeps; empty = Barge's
    // InnoDB and utf8mb4_bin.
    QString nativeOptions;
    // What introspection found that the plan must tell: an index it cannot describe, a column read
    // other than declared, a key that does not hold. Sentences without a final stop.
    QStringList notes;

    int indexOf(const QString &column) const;
    QStringList columnNames() const;
    QStringList primaryKey() const; // in key order

    friend bool operator==(const TableSchema &a, const TableSchema &b)
    {
        return a.name == b.name && a.columns == b.columns && a.rowCount == b.rowCount
            && a.rowCountExact == b.rowCountExact && a.indexes == b.indexes && a.foreignKeys == b.foreignKeys
            && a.primaryKeyAfterLoad == b.primaryKeyAfterLoad;
    }
};

// The portable spelling of a default an engine reports (PostgreSQL "'open'::character varying",
// "now()", MariaDB "current_timestamp()", SQLite "'x'"), or an empty string when the expression
// means nothing portable (nextval(), function calls): such defaults are left out, never guessed.
QString portableDefault(const QString &expression);
// "RESTRICT", "CASCADE", ... from an engine's spelling ("a"/"c"/"n"/"d"/"r" in pg_constraint,
// "NO ACTION" anywhere); empty for NO ACTION.
QString portableReferentialAction(const QString &action);
// The plan's note for a generated column (TableSchema::notes): Barge creates it as a plain column
// holding the source's values, on every target.
QString generatedNote(const QString &column, const QString &expression);

} // namespace barge
