#include "mapping/mappingrules.h"

#include <QSet>

namespace barge {

// Case folding, as QString::compare(Qt::CaseInsensitive) does: the widest of the engines' rules.
QString MappingRules::columnKey(const QString &name)
{
    return name.toCaseFolded();
}

QStringList MappingRules::duplicateTargets(const QList<FieldMapping> &fields)
{
    QStringList duplicates;
    QSet<QString> seen;
    for (const FieldMapping &field : fields) {
        const QString key = columnKey(field.target);
        if (seen.contains(key))
            duplicates << field.target;
        seen.insert(key);
    }
    return duplicates;
}

} // namespace barge
