#include "engine/plan.h"

namespace barge {

// Tables in an order where a table referenced by another's foreign key comes first; tables in a
// cycle keep the plan's order. Stable: unrelated tables stay as the plan lists them.
QList<int> loadOrder(const QList<TableMapping> &tables)
{
    QList<int> order;
    QList<bool> placed(tables.size(), false);
    while (order.size() < tables.size()) {
        bool progress = false;
        for (int i = 0; i < tables.size(); ++i) {
            if (placed.at(i))
                continue;
            bool ready = true;
            QStringList parents = tables.at(i).loadAfter;
            for (const ForeignKeySchema &key : tables.at(i).foreignKeys)
                parents << key.referencedTable;
            for (const QString &parent : std::as_const(parents)) {
                for (int j = 0; j < tables.size() && ready; ++j)
                    ready = placed.at(j) || j == i || tables.at(j).target != parent;
            }
            if (ready) {
                order << i;
                placed[i] = true;
                progress = true;
            }
        }
        if (!progress) { // a cycle: take the first remaining table and carry on
            const int first = int(placed.indexOf(false));
            order << first;
            placed[first] = true;
        }
    }
    return order;
}

// The spellings are part of the profile format: changing one breaks saved profiles.
QString onErrorName(OnError onError)
{
    switch (onError) {
    case OnError::Abort:
        return QStringLiteral("abort");
    case OnError::Skip:
        return QStringLiteral("skip");
    }
    return QStringLiteral("abort");
}

bool parseOnError(const QString &text, OnError *onError)
{
    for (OnError candidate : {OnError::Abort, OnError::Skip}) {
        if (text == onErrorName(candidate)) {
            *onError = candidate;
            return true;
        }
    }
    return false;
}

} // namespace barge
