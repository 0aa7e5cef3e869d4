#pragma once
// RowConverter: turns a source row into a target row for one TableMapping: picks each field's
// source column (or constant), applies the NULL default, checks NOT NULL and converts to the
// target type. Built once per table job, then used from the reader thread only.

#include "schema/row.h"
#include "mapping/tablemapping.h"
#include "schema/tableschema.h"

#include <QCoreApplication>

namespace barge {

class RowConverter
{
    Q_DECLARE_TR_FUNCTIONS(barge::RowConverter)

public:
    // False (with *error) when a mapped source column does not exist in the source.
    bool setup(const TableMapping &mapping, const TableSchema &source, QString *error);
    // Converts; on failure returns false and *why names the column and the value.
    bool convert(const Row &in, Row *out, QString *why) const;
    // Per source column, the target type of the one field that takes it (text when several or none
    // do): the hint a reader may use to produce values already in that form.
    QList<DataType> sourceTypeHints(int sourceColumns) const;
    // The target table the mapping describes (names, types, NOT NULL, key), for prepare().
    static TableSchema targetSchema(const TableMapping &mapping);

private:
    struct Field
    {
        int sourceIndex = -1;
        QVariant constant;
        QVariant defaultValue;
        DataType type;
        bool nullable = true;
        QString name;
        // A geometry into text: its extended WKT, not its stored bytes as hex.
        bool viaGeometry = false;
    };
    bool convertField(const Field &field, const QVariant &input, QVariant *out, QString *why) const;

    QList<Field> m_fields;
    bool m_identityLayout = false; // target field i comes from source column i, for every i
};

} // namespace barge
