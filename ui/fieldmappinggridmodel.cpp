#include "fieldmappinggridmodel.h"

#include <QIcon>

namespace barge {

FieldMappingGridModel::FieldMappingGridModel(QObject *parent) : FieldMappingModel(parent)
{
}

QVariant FieldMappingGridModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole || !index.isValid())
        return FieldMappingModel::data(index, role);
    if (index.column() == TypeColumn && isLossyAt(index.row()))
        return QIcon(QStringLiteral(":/icons/lossy.svg"));
    if (index.column() == TargetColumn && !requiredProblemAt(index.row()).isEmpty())
        return QIcon(QStringLiteral(":/icons/warning.svg"));
    return FieldMappingModel::data(index, role);
}

} // namespace barge
