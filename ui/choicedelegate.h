#pragma once
// ChoiceDelegate: edits a cell with a combo box. The choices come from the model (LabelsRole and
// ValuesRole on the index) or, when the model gives none, from setChoices(). An editable delegate
// also accepts typed text, stored as the EditRole string (used for target types); an input check
// keeps the editor open on text the model would refuse and says why (inputRejected).
// The arrow keys never change a value silently: on a closed box they open its list.

#include "mapping/choicerole.h"

#include <QStyledItemDelegate>

#include <functional>

namespace barge {

class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role { LabelsRole = ChoiceLabelsRole, ValuesRole = ChoiceValuesRole }; // mapping/choicerole.h
    // Why the typed text cannot go into the cell; empty when it can.
    using InputCheck = std::function<QString(const QModelIndex &index, const QString &text)>;

    explicit ChoiceDelegate(QObject *parent = nullptr);

    void setChoices(const QStringList &labels, const QVariantList &values);
    void setEditable(bool editable) { m_editable = editable; }
    void setInputCheck(const InputCheck &check) { m_check = check; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

Q_SIGNALS:
    void inputRejected(const QString &problem);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    QString problemWith(QWidget *editor) const;

    QStringList m_labels;
    QVariantList m_values;
    bool m_editable = false;
    InputCheck m_check;
};

} // namespace barge
