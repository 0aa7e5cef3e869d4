#include "migrationwizard.h"

#include "fieldmappingpage.h"
#include "migrationsetup.h"
#include "optionspage.h"
#include "reportpage.h"
#include "runpage.h"
#include "sourcepage.h"
#include "startpage.h"
#include "summarypage.h"
#include "tablespage.h"
#include "targetpage.h"
#include "wizardsettings.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>

namespace barge {

MigrationWizard::MigrationWizard(QWidget *parent) : QWizard(parent), m_setup(std::make_unique<MigrationSetup>())
{
    setWindowTitle(tr("Barge"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/barge.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setAcceptDrops(true);
    MigrationSetup *setup = m_setup.get();
    setPage(StartPageId, new StartPage(setup, this));
    setPage(SourcePageId, new SourcePage(setup, this));
    setPage(TargetPageId, new TargetPage(setup, this));
    setPage(TablesPageId, new TablesPage(setup, this));
    setPage(FieldMappingPageId, new FieldMappingPage(setup, this));
    setPage(OptionsPageId, new OptionsPage(setup, this));
    setPage(SummaryPageId, new SummaryPage(setup, this));
    setPage(RunPageId, new RunPage(setup, this));
    auto *report = new ReportPage(setup, this);
    setPage(ReportPageId, report);
    connect(report, &ReportPage::runAgainRequested, this, &MigrationWizard::runAgain);
    connect(report, &ReportPage::saveProfileRequested, this,
            [this] { static_cast<SummaryPage *>(page(SummaryPageId))->askToSaveProfile(); });

    if (!restoreGeometry(WizardSettings::windowGeometry()))
        resize(1100, 740);
}

MigrationWizard::~MigrationWizard()
{
    WizardSettings::setWindowGeometry(saveGeometry());
}

bool MigrationWizard::openProfile(const QString &fileName)
{
    if (currentId() != StartPageId)
        restart();
    return static_cast<StartPage *>(page(StartPageId))->loadProfile(fileName);
}

void MigrationWizard::startDemo()
{
    if (currentId() != StartPageId)
        restart();
    if (static_cast<StartPage *>(page(StartPageId))->useDemo())
        next();
}

void MigrationWizard::startFrom(const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        openProfile(fileName);
        return;
    }
    if (currentId() != StartPageId)
        restart();
    static_cast<StartPage *>(page(StartPageId))->useSourceFile(fileName);
    next();
}

Plan MigrationWizard::plan() const
{
    return m_setup->plan;
}

void MigrationWizard::accept()
{
    // The pages have built the plan; finishing only closes the window.
    QWizard::accept();
}

void MigrationWizard::reject()
{
    auto *run = static_cast<RunPage *>(page(RunPageId));
    if (run->isRunning()) {
        run->askToStop(); // closing mid-run would leave tables half written without a report
        return;
    }
    QWizard::reject();
}

void MigrationWizard::runAgain()
{
    // Back onto the Run page without re-initialising it, then start the same plan again.
    back();
    static_cast<RunPage *>(page(RunPageId))->startRun();
}

void MigrationWizard::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (currentId() <= SourcePageId && urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MigrationWizard::dropEvent(QDropEvent *event)
{
    startFrom(event->mimeData()->urls().first().toLocalFile());
    event->acceptProposedAction();
}

} // namespace barge
