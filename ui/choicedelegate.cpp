#include "choicedelegate.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>

namespace barge {

namespace {

const char *const kIndexProperty = "choiceIndex";

// The list is at least as wide as its longest entry, however narrow the column is.
void fitPopupToEntries(QComboBox *box)
{
    QAbstractItemView *view = box->view();
    const int margins = 2 * view->frameWidth() + view->verticalScrollBar()->sizeHint().width()
        + box->fontMetrics().averageCharWidth() * 2;
    view->setMinimumWidth(view->sizeHintForColumn(0) + margins);
}

} // namespace

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
    if (m_editable) {
        // Typed text is the value: never added to the list, never completed into another type
        // ("int" is not "int64").
        box->setInsertPolicy(QComboBox::NoInsert);
        box->setCompleter(nullptr);
    }
    box->setProperty(kIndexProperty, QVariant::fromValue(QPersistentModelIndex(index)));
    box->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    fitPopupToEntries(box);
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

QString ChoiceDelegate::problemWith(QWidget *editor) const
{
    auto *box = qobject_cast<QComboBox *>(editor);
    if (!box || !m_editable || !m_check)
        return QString();
    const QModelIndex index = box->property(kIndexProperty).value<QPersistentModelIndex>();
    return m_check(index, box->currentText());
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    if (!m_editable) {
        model->setData(index, box->currentData(), Qt::EditRole);
        return;
    }
    const QString problem = problemWith(editor);
    if (!problem.isEmpty()) {
        Q_EMIT const_cast<ChoiceDelegate *>(this)->inputRejected(problem);
        return;
    }
    // A typed entry that spells a choice takes the choice's value; anything else is the text itself.
    const int found = box->findText(box->currentText().trimmed(), Qt::MatchFixedString);
    const QVariant value = found >= 0 ? box->itemData(found) : QVariant();
    model->setData(index, value.isValid() ? value : QVariant(box->currentText().trimmed()), Qt::EditRole);
}

bool ChoiceDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *box = qobject_cast<QComboBox *>(object);
    if (!box || event->type() != QEvent::KeyPress)
        return QStyledItemDelegate::eventFilter(object, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        // A closed box would step to the next value and commit it; open the list instead.
        box->showPopup();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab:
    case Qt::Key_Backtab: {
        const QString problem = problemWith(box);
        if (!problem.isEmpty()) {
            // Stay in the editor with the text as typed, and say why it is not taken.
            box->setToolTip(problem);
            if (QLineEdit *edit = box->lineEdit())
                edit->selectAll();
            Q_EMIT inputRejected(problem);
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace barge
