#pragma once
// ChoiceDelegate: edits a cell with a combo box. The choices come from the model (LabelsRole and
// ValuesRole on the index) or, when the model gives none, from setChoices(). An editable delegate
// also accepts typed text, stored as the EditRole string (used for target types).

#include <QStyledItemDelegate>

namespace barge {

class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role { LabelsRole = Qt::UserRole + 100, ValuesRole };

    explicit ChoiceDelegate(QObject *parent = nullptr);

    void setChoices(const QStringList &labels, const QVariantList &values);
    void setEditable(bool editable) { m_editable = editable; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QStringList m_labels;
    QVariantList m_values;
    bool m_editable = false;
};

} // namespace barge
