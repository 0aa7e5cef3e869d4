#pragma once
// ChoiceRole: the item-data roles through which a model offers the values a cell may take: the
// labels to show and, at the same positions, the values to store as the cell's EditRole. Models in
// core answer them (FieldMappingModel); ui/'s ChoiceDelegate edits such a cell with a combo box.

#include <QtCore/qnamespace.h>

namespace barge {

enum ChoiceRole { ChoiceLabelsRole = Qt::UserRole + 100, ChoiceValuesRole };

} // namespace barge
