#include "steplist.h"

#include "migrationwizard.h"

#include <QKeyEvent>
#include <QWizard>

namespace barge {

namespace {

constexpr int PageRole = Qt::UserRole;

} // namespace

StepList::StepList(QWizard *wizard) : QListWidget(wizard), m_wizard(wizard)
{
    setAccessibleName(tr("Steps"));
    setAccessibleDescription(tr("Where you are in the migration; choose a finished step to go back to it."));
    setFrameShape(QFrame::NoFrame);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::TabFocus);
    setSpacing(2);
    // As wide as the longest step's name in this language, bold, after its mark.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (int id = MigrationWizard::StartPageId; id <= MigrationWizard::ReportPageId; ++id)
        widest = std::max(widest, metrics.horizontalAdvance(QStringLiteral("\u25B8  ") + stepName(id)));
    setFixedWidth(widest + 3 * metrics.averageCharWidth());
    // The side of a wizard, not a white input field.
    setAutoFillBackground(false);
    viewport()->setAutoFillBackground(false);
    // A frame while it has the focus: Tab reaches it, and arrow keys then move its highlight
    // without leaving the page until Return or Space chooses a step.
    setStyleSheet(QStringLiteral("QListWidget { background: transparent; border: 1px solid transparent; }"
                                 "QListWidget:focus { border: 1px solid palette(highlight); }"));
    connect(this, &QListWidget::itemClicked, this, &StepList::choose);
    connect(wizard, &QWizard::currentIdChanged, this, &StepList::refresh);
}

QString StepList::stepName(int pageId)
{
    switch (pageId) {
    case MigrationWizard::StartPageId: return tr("Start");
    case MigrationWizard::SourcePageId: return tr("Source");
    case MigrationWizard::TargetPageId: return tr("Target");
    case MigrationWizard::TablesPageId: return tr("Tables");
    case MigrationWizard::FieldMappingPageId: return tr("Field mapping"); // the page's title, as the report says
    case MigrationWizard::OptionsPageId: return tr("Options");
    case MigrationWizard::SummaryPageId: return tr("Summary");
    case MigrationWizard::RunPageId: return tr("Run");
    case MigrationWizard::ReportPageId: return tr("Report");
    }
    return QString();
}

void StepList::refresh()
{
    const int current = m_wizard->currentId();
    QList<int> steps = m_wizard->visitedIds();
    if (steps.isEmpty() || steps.last() != current)
        steps << current;
    // Ahead: the pages' own choice of the next page, as Next would follow it.
    for (int id = current, guard = 0; m_wizard->page(id) && guard < 32; ++guard) {
        id = m_wizard->page(id)->nextId();
        if (id < 0 || steps.contains(id))
            break;
        steps << id;
    }
    clear();
    const int position = int(steps.indexOf(current));
    for (int i = 0; i < steps.size(); ++i) {
        const int id = steps.at(i);
        auto *item = new QListWidgetItem(this);
        item->setData(PageRole, id);
        const QString name = stepName(id);
        QFont font = this->font();
        if (i < position) {
            item->setText(QStringLiteral("\u2713  ") + name); // ✓ finished
            item->setToolTip(tr("Go back to %1").arg(name));
            item->setData(Qt::AccessibleTextRole, tr("%1, finished").arg(name));
        } else if (i == position) {
            item->setText(QStringLiteral("\u25B8  ") + name); // ▸ here
            font.setBold(true);
            item->setData(Qt::AccessibleTextRole, tr("%1, current step %2 of %3").arg(name).arg(i + 1).arg(steps.size()));
        } else {
            item->setText(QStringLiteral("    ") + name);
            item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            item->setData(Qt::AccessibleTextRole, tr("%1, to come").arg(name));
        }
        item->setFont(font);
    }
    setCurrentRow(position);
}

void StepList::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (QListWidgetItem *item = currentItem())
            choose(item);
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

void StepList::choose(QListWidgetItem *item)
{
    const int id = item->data(PageRole).toInt();
    if (id != m_wizard->currentId() && m_wizard->visitedIds().contains(id))
        Q_EMIT stepChosen(id);
    else
        setCurrentRow(int(m_wizard->visitedIds().indexOf(m_wizard->currentId()))); // the highlight stays here
}

} // namespace barge
