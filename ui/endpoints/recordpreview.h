#pragma once
// RecordPreview: fills a source form's preview table with the first records of a file as the form
// read them (FixedForm, JsonlForm): a record that cannot be read in red, its reason on hover, and
// NULL greyed. The colour is the mapping preview's for a rejected cell.

#include <QColor>
#include <QList>
#include <QStringList>

class QComboBox;
class QLabel;
class QTableWidget;

namespace barge::RecordPreview {

inline QColor rejectedText()
{
    return {0x9b, 0x10, 0x10};
}

// `problems` has one entry a row: empty, or why the row's record is rejected. `headerTips`, when
// given, one a column.
void fill(QTableWidget *table, const QStringList &columns, const QList<QStringList> &rows, const QList<QString> &problems,
          const QStringList &headerTips = {});

// Empties the preview and its caption: the form's settings name nothing to preview now.
void clear(QTableWidget *table, QLabel *caption);
// Puts `items` in a form's box of tables or sheets, `current` chosen, without signalling a choice.
void setChoices(QComboBox *box, const QStringList &items, const QString &current);
// A caption followed by what went wrong reading the preview, when something did.
QString withError(const QString &caption, const QString &error);

} // namespace barge::RecordPreview
