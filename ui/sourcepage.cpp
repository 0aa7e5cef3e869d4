#include "sourcepage.h"

#include "endpointform.h"
#include "io/backend.h"
#include "migrationsetup.h"

#include <QLabel>
#include <QVBoxLayout>

namespace barge {

SourcePage::SourcePage(MigrationSetup *setup, QWidget *parent) : QWizardPage(parent), m_setup(setup)
{
    setTitle(tr("Source"));
    setSubTitle(tr("Where does the data come from?"));
    m_form = new EndpointForm(EndpointScanner::Role::Source, this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("missingNote"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_note);
    connect(m_form, &EndpointForm::changed, this, [this] {
        updateNote();
        Q_EMIT completeChanged();
    });
}

void SourcePage::initializePage()
{
    const Endpoint &source = m_setup->plan.source;
    if (!source.path.isEmpty() || !source.database.isEmpty())
        m_form->setEndpoint(source);
    updateNote();
}

void SourcePage::cleanupPage()
{
    m_setup->plan.source = m_form->endpoint();
}

void SourcePage::updateNote()
{
    QString missing = m_form->missing();
    if (missing.isEmpty() && m_form->blocksNext())
        missing = tr("make Test connection pass, or tick “Continue anyway”.");
    m_note->setText(missing.isEmpty() ? QString() : tr("To continue: %1").arg(missing));
}

bool SourcePage::isComplete() const
{
    return m_form->missing().isEmpty() && !m_form->blocksNext();
}

bool SourcePage::validatePage()
{
    // A CSV form proposes the encoding of the file it previews; this settles a folder's other files
    // and what a loaded profile left open, and refuses the page when it cannot.
    Endpoint source = m_form->endpoint();
    QStringList notes;
    QString error;
    if (!Backend::settleSource(&source, &notes, &error)) {
        m_note->setText(error);
        return false;
    }
    m_setup->plan.source = source;
    m_setup->sourcePassword = m_form->passwordMemory();
    return true;
}

} // namespace barge
