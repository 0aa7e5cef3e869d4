#include "plantree.h"

#include "engine/watermarks.h"
#include "mapping/rowconverter.h"
#include "plandescription.h"
#include "schema/ddlbuilder.h"

#include <QHeaderView>
#include <QLocale>
#include <QStyle>

namespace barge {

namespace {

constexpr int SortRole = Qt::UserRole;      // a number to sort a table's column by (rows, warnings)
constexpr int OrderRole = Qt::UserRole + 1; // a child's place under its table

// Tables sort by the number behind a column where there is one (rows, warnings), by text
// otherwise; what is under a table (warnings, then columns) keeps its order whatever the sort.
class PlanItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        if (parent()) {
            // Qt reverses a descending sort's result: undo that for the children.
            const bool descending = treeWidget() && treeWidget()->header()->sortIndicatorOrder() == Qt::DescendingOrder;
            const int mine = data(0, OrderRole).toInt();
            const int theirs = other.data(0, OrderRole).toInt();
            return descending ? theirs < mine : mine < theirs;
        }
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant mine = data(column, SortRole);
        const QVariant theirs = other.data(column, SortRole);
        if (mine.isValid() && theirs.isValid())
            return mine.toLongLong() < theirs.toLongLong();
        return text(column).localeAwareCompare(other.text(column)) < 0;
    }
};

} // namespace

PlanTree::PlanTree(QWidget *parent) : QTreeWidget(parent)
{
    setAccessibleName(tr("Tables and columns"));
    setColumnCount(7);
    setHeaderLabels({tr("Table or column"), tr("From"), tr("Type in the source"), tr("Type in the target"),
                     tr("What happens"), tr("Rows"), tr("Notes")});
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    header()->setSortIndicator(-1, Qt::AscendingOrder); // the plan's order until a header is clicked
    setSortingEnabled(true);
    header()->setStretchLastSection(true);
}

void PlanTree::showPlan(const Plan &plan, const PlanInsight &insight)
{
    setSortingEnabled(false);
    clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon information = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    const Dialect dialect = plan.target.dialect();
    qsizetype lines = 0;
    for (const TableMapping &table : plan.tables)
        lines += 1 + table.fields.size();
    const bool whole = plan.tables.size() <= 8 && lines <= 40;
    for (qsizetype t = 0; t < plan.tables.size(); ++t) {
        const TableMapping &table = plan.tables.at(t);
        const TableSchema source = insight.sources.value(table.source);
        const bool exists = insight.existingTargets.contains(table.target);
        auto *item = new PlanItem(this);
        item->setText(NameColumn, table.target);
        if (table.source != table.target) // the same name said once
            item->setText(FromColumn, table.source);
        item->setText(ActionColumn, PlanDescription::action(table, exists));
        item->setToolTip(ActionColumn, item->text(ActionColumn));
        item->setText(RowsColumn, PlanDescription::rowCount(table, source, plan.options.sync));
        const qint64 rows = table.watermark.isSet() && table.watermark.rows >= 0 && !plan.options.sync
            ? table.watermark.rows
            : source.rowCount;
        item->setData(RowsColumn, SortRole, rows);
        item->setTextAlignment(RowsColumn, Qt::AlignRight | Qt::AlignVCenter);
        QFont bold = item->font(NameColumn);
        bold.setBold(true);
        item->setFont(NameColumn, bold);
        item->setData(NotesColumn, SortRole, qlonglong(0));
        if (table.mode == TableMode::Skip)
            continue;
        // This table's warnings: the planner's for a plan of it alone.
        Plan alone = plan;
        alone.tables = {table};
        QStringList notes = Planner::warnings(alone, insight);
        int order = 0;
        const auto addNote = [&](const QIcon &icon, const QString &text) {
            auto *note = new PlanItem(item);
            note->setData(0, OrderRole, order++);
            note->setIcon(NameColumn, icon);
            note->setText(NameColumn, text);
            note->setToolTip(NameColumn, text);
            note->setFirstColumnSpanned(true);
        };
        if (table.watermark.isSet() && !plan.options.sync)
            addNote(information, Watermarks::describe(table.watermark, true));
        for (const QString &note : std::as_const(notes))
            addNote(warning, note);
        if (!notes.isEmpty()) {
            item->setIcon(NotesColumn, warning);
            item->setText(NotesColumn, tr("%n warning(s)", nullptr, int(notes.size())));
            item->setData(NotesColumn, SortRole, qlonglong(notes.size()));
            item->setToolTip(NotesColumn, notes.join(QLatin1Char('\n')));
        }
        const TableSchema target = RowConverter::targetSchema(table);
        for (qsizetype i = 0; i < table.fields.size(); ++i) {
            const FieldMapping &field = table.fields.at(i);
            auto *column = new PlanItem(item);
            column->setData(0, OrderRole, order++);
            column->setText(NameColumn, field.target);
            column->setText(FromColumn, PlanDescription::origin(field));
            const int at = field.isConstant() ? -1 : source.indexOf(field.source);
            if (at >= 0) {
                const ColumnSchema &sourceColumn = source.columns.at(at);
                column->setText(SourceTypeColumn, sourceColumn.declaredType.isEmpty() ? sourceColumn.type.toString()
                                                                                      : sourceColumn.declaredType);
            }
            // Type names and NOT NULL are SQL: the same in every language.
            column->setText(TargetTypeColumn, DdlBuilder::declaredType(dialect, target.columns.at(i))
                                                  + (field.nullable ? QString() : QStringLiteral(" NOT NULL")));
        }
        // A plan that fits a page is shown whole; a larger one by table, each a click from its
        // details (its warnings counted in Notes, and all of them above the tree).
        item->setExpanded(whole);
    }
    for (int c = 0; c < columnCount() - 1; ++c)
        resizeColumnToContents(c);
    const int em = fontMetrics().averageCharWidth();
    setColumnWidth(ActionColumn, std::min(columnWidth(ActionColumn), 40 * em));
    // The plan's order until a header is clicked (the indicator first: enabling sorts by it).
    header()->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);
}

} // namespace barge
