#include "recordpreview.h"

#include <QComboBox>
#include <QLabel>
#include <QTableWidget>

namespace barge::RecordPreview {

void fill(QTableWidget *table, const QStringList &columns, const QList<QStringList> &rows, const QList<QString> &problems,
          const QStringList &headerTips)
{
    table->clear();
    // A rejected record with no columns to show it in still shows, in one.
    table->setColumnCount(int(std::max<qsizetype>(columns.size(), rows.isEmpty() ? 0 : 1)));
    for (int c = 0; c < columns.size(); ++c) {
        auto *header = new QTableWidgetItem(columns.at(c));
        if (c < headerTips.size())
            header->setToolTip(headerTips.at(c));
        table->setHorizontalHeaderItem(c, header);
    }
    table->setRowCount(int(rows.size()));
    const QColor null = table->palette().color(QPalette::Disabled, QPalette::Text);
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList &values = rows.at(r);
        const QString problem = problems.value(r);
        for (int c = 0; c < values.size() && c < table->columnCount(); ++c) {
            auto *item = new QTableWidgetItem(values.at(c));
            if (!problem.isEmpty()) {
                item->setForeground(rejectedText());
                item->setToolTip(problem);
            } else if (values.at(c) == QLatin1String("NULL")) {
                item->setForeground(null);
            }
            table->setItem(r, c, item);
        }
    }
}

void clear(QTableWidget *table, QLabel *caption)
{
    table->clear();
    table->setRowCount(0);
    table->setColumnCount(0);
    caption->clear();
}

void setChoices(QComboBox *box, const QStringList &items, const QString &current)
{
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItems(items);
    box->setCurrentText(current);
}

QString withError(const QString &caption, const QString &error)
{
    if (error.isEmpty())
        return caption;
    return caption.isEmpty() ? error : caption + u' ' + error;
}

} // namespace barge::RecordPreview
