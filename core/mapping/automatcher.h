#pragma once
// AutoMatcher: pairs source and target columns by normalised name: case, spaces, underscores,
// hyphens and camelCase do not matter ("CustomerId" matches "customer_id" and "Customer ID").
// Stateless.

#include "mapping/tablemapping.h"
#include "schema/tableschema.h"

#include <QString>

#include <optional>

namespace barge {

class AutoMatcher
{
public:
    static QString normalise(const QString &name);
    // The source column that matches `target`, or an empty string. Exact names win over normalised ones.
    static QString match(const QString &target, const TableSchema &source);
    // Field mappings for a new target table: every source column, same name, same type and key.
    static QList<FieldMapping> copyColumns(const TableSchema &source);
    // Field mappings into an existing target table: each target column from its matching source
    // column; unmatched target columns get no source (NULL, or their default).
    static QList<FieldMapping> intoExisting(const TableSchema &source, const TableSchema &target);
    // The fields of a mapping after its source's columns changed from `before` to `after` (nested
    // objects kept whole or flattened): fields of columns that remain keep the user's choices. Into a
    // new table, the columns that went away take their fields with them, and the new ones are
    // copied where the first of those was; into an existing table (`existingTarget`), each target
    // column that lost its source, or had none, is matched by name again among the new columns.
    static QList<FieldMapping> reshape(const QList<FieldMapping> &fields, const TableSchema &before,
                                       const TableSchema &after, const std::optional<TableSchema> &existingTarget);
};

} // namespace barge
