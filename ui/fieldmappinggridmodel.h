#pragma once
// FieldMappingGridModel: core's FieldMappingModel as the FieldMappingPage's grid shows it, with the
// icons that need Qt GUI: a lossy target type and a NOT NULL target column left without a value
// (DecorationRole). Everything else, the text, tooltips and choices included, comes from the model.

#include "mapping/fieldmappingmodel.h"

namespace barge {

class FieldMappingGridModel : public FieldMappingModel
{
    Q_OBJECT

public:
    explicit FieldMappingGridModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
};

} // namespace barge
