#pragma once
// TableMapping / FieldMapping: what goes from a source table into which target table and columns.
// Plain values; part of a Plan and of a profile.

#include "schema/datatype.h"
#include "schema/tablemode.h"
#include "schema/tableschema.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace barge {

struct FieldMapping
{
    QString target;             // target column name
    QString source;             // source column name; empty when `constant` is used
    QVariant constant;          // used when source is empty; QVariant() = NULL
    DataType type;              // target column type
    bool nullable = true;       // NOT NULL in the target when false
    QVariant defaultValue;      // written instead of a NULL source value when set
    int primaryKeyPosition = 0; // 1-based position in the target's primary key, 0 = none
    QString columnDefault;      // the created column's DDL default, portable spelling (ColumnSchema)
    bool autoIncrement = false; // the created column generates values (identity, AUTO_INCREMENT)
    // The source column's own spelling, used as it is in the target's CREATE TABLE when both are
    // the same engine and the mapping kept the column's type (TargetCheck::keepNativeTypes):
    // ENUM('G','PG'), YEAR, TIMESTAMP, TEXT stay themselves. Derived while planning: not saved in
    // profiles, not compared.
    NativeColumn native;

    bool isConstant() const { return source.isEmpty(); }

    friend bool operator==(const FieldMapping &a, const FieldMapping &b)
    {
        return a.target == b.target && a.source == b.source && a.constant == b.constant && a.type == b.type
            && a.nullable == b.nullable && a.defaultValue == b.defaultValue
            && a.primaryKeyPosition == b.primaryKeyPosition && a.columnDefault == b.columnDefault
            && a.autoIncrement == b.autoIncrement;
    }
};

// An incremental run's watermark (profiles only): a source column that grows as rows are added or
// changed (an `updated_at` time, an increasing key). A run copies the rows from the highest value
// the profile's last run copied (WatermarkState) on, less `overlap` for late commits; such a table
// is merged by key, so that rows read again (those of that value too) update rather than repeat.
struct Watermark
{
    QString column;    // source column; empty: no watermark, every row
    qint64 overlap = 0; // seconds for dates and times, units for numbers
    // Derived for one run (not saved in profiles, not compared):
    QString after;     // the highest value the last run copied, as the source's text; empty: none yet
    QString upTo;      // the highest value at this run's planning (Watermarks::settle); empty: no rows
    qint64 rows = -1;  // rows the run selects: from after - overlap, up to upTo; -1 unknown
    DataType type;     // the column's, as the source declares it (Watermarks::settle)

    // Numbers are written as they are; every other value as a string literal.
    bool isNumber() const
    {
        return type.isInteger() || type.kind == TypeKind::Decimal || type.kind == TypeKind::Real;
    }

    bool isSet() const { return !column.isEmpty(); }
    friend bool operator==(const Watermark &a, const Watermark &b)
    {
        return a.column == b.column && a.overlap == b.overlap;
    }
};

struct TableMapping
{
    QString source;              // source table name
    QString target;              // target table name
    TableMode mode = TableMode::Append;
    QList<FieldMapping> fields;  // empty = map every source column by name at run time
    // For a table the run creates: the source's secondary indexes and foreign keys in target names.
    // Derived from the source by Planner::complete each time (not stored in profiles); built after
    // the data is in (indexes per table, foreign keys once every table is loaded).
    QList<IndexSchema> indexes;
    QList<ForeignKeySchema> foreignKeys;
    bool primaryKeyAfterLoad = false; // derived too: TableSchema::primaryKeyAfterLoad
    QString nativeOptions;            // derived: TableSchema's, kept by a same-engine copy
    // Derived: what the plan leaves out or changes for this table and why (an index the target
    // cannot make, a referential action it cannot declare); listed with the plan's warnings.
    QStringList notes;
    // Derived: for an existing target table, the tables its own foreign keys point at; they load
    // first, so that its rows find their parents (the keys are checked as rows arrive).
    QStringList loadAfter;
    // Derived, mode merge only: the target columns rows are matched by (the target table's primary
    // key, else a unique index of an existing table), each fed by the mapping (Planner).
    QStringList mergeKey;
    // Derived, `barge sync` only (SyncDiff): read just the source rows of these keys, each as its
    // canonical text in the source's key columns `syncKeyColumns`: the rows the target lacks or
    // holds otherwise. Empty: every row.
    QStringList syncKeyColumns;
    QList<QStringList> syncKeys;
    bool syncIntegerKeys = false;
    Watermark watermark;

    // A table with no field mappings yet (they are made from the columns at planning time).
    static TableMapping named(const QString &source, const QString &target, TableMode mode)
    {
        TableMapping table;
        table.source = source;
        table.target = target;
        table.mode = mode;
        return table;
    }

    friend bool operator==(const TableMapping &a, const TableMapping &b)
    {
        return a.source == b.source && a.target == b.target && a.mode == b.mode && a.fields == b.fields
            && a.indexes == b.indexes && a.foreignKeys == b.foreignKeys
            && a.primaryKeyAfterLoad == b.primaryKeyAfterLoad && a.loadAfter == b.loadAfter
            && a.watermark == b.watermark;
    }
};

} // namespace barge
