#include "choicedelegate.h"

#include <QComboBox>

namespace barge {

ChoiceDelegate::ChoiceDelegate(QObject *parent) : QStyledItemDelegate(parent)
{
}

void ChoiceDelegate::setChoices(const QStringList &labels, const QVariantList &values)
{
    m_labels = labels;
    m_values = values;
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *box = new QComboBox(parent);
    QStringList labels = index.data(LabelsRole).toStringList();
    QVariantList values = index.data(ValuesRole).toList();
    if (labels.isEmpty()) {
        labels = m_labels;
        values = m_values;
    }
    for (int i = 0; i < labels.size(); ++i)
        box->addItem(labels.at(i), values.value(i, labels.at(i)));
    box->setEditable(m_editable);
    box->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    // Commit as soon as a choice is picked, so a single click changes the value.
    connect(box, &QComboBox::activated, this, [this, box] {
        auto *self = const_cast<ChoiceDelegate *>(this);
        Q_EMIT self->commitData(box);
    });
    return box;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    const QVariant value = index.data(Qt::EditRole);
    const int found = box->findData(value);
    if (found >= 0)
        box->setCurrentIndex(found);
    else if (m_editable)
        box->setEditText(value.toString());
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    if (m_editable && box->findText(box->currentText()) < 0)
        model->setData(index, box->currentText(), Qt::EditRole);
    else
        model->setData(index, box->currentData(), Qt::EditRole);
}

} // namespace barge
