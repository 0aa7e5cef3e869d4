#include "targetpage.h"

#include "migrationwizard.h"

#include "endpointform.h"
#include "migrationsetup.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace barge {

TargetPage::TargetPage(MigrationSetup *setup, QWidget *parent) : QWizardPage(parent), m_setup(setup)
{
    setTitle(tr("Target"));
    setSubTitle(tr("Where should the data go? Tables that do not exist there yet are created."));
    m_form = new EndpointForm(EndpointScanner::Role::Target, this);

    auto *box = new QGroupBox(tr("When a target table already exists"), this);
    m_modes = new QButtonGroup(this);
    const QList<QPair<TableMode, QString>> modes = {
        {TableMode::Append, tr("Use &it and append the rows")},
        {TableMode::Merge, tr("Use it: add new rows and update changed ones, matched by the table's &key (merge)")},
        {TableMode::Truncate, tr("Use it, but empty it fi&rst")},
        {TableMode::Replace, tr("Drop it and create it a&gain from the source")},
    };
    auto *boxLayout = new QVBoxLayout(box);
    const auto addChoice = [&](int id, const QString &text) {
        auto *button = new QRadioButton(text, box);
        button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        m_modes->addButton(button, id);
        boxLayout->addWidget(button);
    };
    for (const auto &mode : modes) {
        addChoice(int(mode.first), mode.second);
        if (mode.first == TableMode::Merge) {
            addChoice(syncChoice, tr("Make it an e&xact match of the source: add, update and delete rows, matched by the "
                                     "table's key (sync)"));
        }
    }
    m_modes->button(int(TableMode::Append))->setChecked(true);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(box);
    layout->addWidget(m_note);
    connect(m_form, &EndpointForm::changed, this, [this] {
        updateNote();
        Q_EMIT completeChanged();
    });
}

TableMode TargetPage::defaultMode() const
{
    return m_modes->checkedId() == syncChoice ? TableMode::Merge : TableMode(m_modes->checkedId());
}

bool TargetPage::makesIdentical() const
{
    return m_modes->checkedId() == syncChoice;
}

void TargetPage::setDefaultMode(TableMode mode, bool identical)
{
    if (QAbstractButton *button = m_modes->button(identical ? syncChoice : int(mode)))
        button->setChecked(true);
}

void TargetPage::initializePage()
{
    const Endpoint &target = m_setup->plan.target;
    if (!target.path.isEmpty() || !target.database.isEmpty())
        m_form->setEndpoint(target);
    setDefaultMode(m_setup->defaultMode, m_setup->plan.options.sync);
    updateNote();
}

void TargetPage::cleanupPage()
{
    store();
}

void TargetPage::store()
{
    m_setup->plan.target = m_form->endpoint();
    m_setup->targetPassword = m_form->passwordMemory();
    const TableMode mode = defaultMode();
    m_setup->plan.options.sync = makesIdentical();
    if (m_setup->plan.options.sync) {
        // Every table is compared and merged: the choice is the whole run's, not a table's.
        for (TableMapping &table : m_setup->plan.tables) {
            if (table.mode != TableMode::Skip)
                table.mode = TableMode::Merge;
        }
    }
    if (mode != m_setup->defaultMode) {
        // A new default applies to every table that was following the old one.
        for (TableMapping &table : m_setup->plan.tables) {
            if (table.mode == m_setup->defaultMode)
                table.mode = mode;
        }
        m_setup->defaultMode = mode;
    }
}

void TargetPage::updateNote()
{
    QString missing = m_form->missing();
    if (missing.isEmpty() && m_form->endpoint() == m_setup->plan.source)
        missing = tr("The target is the same as the source.");
    if (missing.isEmpty() && m_form->blocksNext())
        missing = tr("make Test connection pass, or tick “Continue anyway”.");
    m_note->setText(missing.isEmpty() ? QString() : tr("To continue: %1").arg(missing));
}

bool TargetPage::isComplete() const
{
    return m_form->missing().isEmpty() && !(m_form->endpoint() == m_setup->plan.source) && !m_form->blocksNext();
}

int TargetPage::nextId() const
{
    return m_setup->resume ? int(MigrationWizard::SummaryPageId) : QWizardPage::nextId();
}

bool TargetPage::validatePage()
{
    store();
    return true;
}

} // namespace barge
