#include "engine/mappingwarnings.h"

namespace barge {

QStringList MappingWarnings::of(const TableMapping &table, const TableSchema &source)
{
    QStringList warnings;
    QHash<QString, QStringList> targetsOf; // source column (lower case) -> the target columns it fills
    QStringList order;
    for (const FieldMapping &field : table.fields) {
        if (field.isConstant())
            continue;
        const QString key = field.source.toLower();
        if (!targetsOf.contains(key))
            order << key;
        targetsOf[key] << field.target;
        // Names compare as the engines do for unquoted names: without regard to case.
        const bool namesake = field.target.compare(field.source, Qt::CaseInsensitive) == 0;
        if (!namesake && source.indexOf(field.target) >= 0) {
            warnings << tr("%1.%2 is filled from %3, although the source has a column %2.")
                            .arg(table.target, field.target, field.source);
        }
    }
    for (const QString &key : order) {
        const QStringList &targets = targetsOf.value(key);
        if (targets.size() < 2)
            continue;
        const QString column = source.indexOf(key) >= 0 ? source.columns.at(source.indexOf(key)).name : key;
        warnings << tr("%1: the source column %2 fills %3 target columns (%4).")
                        .arg(table.target, column)
                        .arg(targets.size())
                        .arg(targets.join(QStringLiteral(", ")));
    }
    return warnings;
}

QStringList MappingWarnings::of(const Plan &plan, const QHash<QString, TableSchema> &sources)
{
    QStringList warnings;
    for (const TableMapping &table : plan.tables) {
        if (table.mode != TableMode::Skip)
            warnings << of(table, sources.value(table.source));
    }
    return warnings;
}

} // namespace barge
