#include "migrationwizard.h"

#include "endpointform.h"
#include "fieldmappingpage.h"
#include "migrationsetup.h"
#include "optionspage.h"
#include "reportpage.h"
#include "runpage.h"
#include "sourcepage.h"
#include "startpage.h"
#include "steplist.h"
#include "summarypage.h"
#include "tablespage.h"
#include "targetpage.h"
#include "wizardsettings.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>

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
    // Return always presses the forward button (Next, Run, Finish): no other push button takes over
    // as the default while it has the focus, as auto-default buttons in a dialog would.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    connect(report, &ReportPage::runAgainRequested, this, &MigrationWizard::runAgain);
    connect(report, &ReportPage::changeRequested, this, &MigrationWizard::changeSetting);
    auto *tables = static_cast<TablesPage *>(page(TablesPageId));
    connect(tables, &TablesPage::changeRequested, this, [this](int pageId) { changeSetting(pageId); });
    connect(tables, &TablesPage::settingFailed, this,
            [this](int pageId, const QString &failure) { showFailure(pageId, failure); });
    connect(report, &ReportPage::saveProfileRequested, this,
            [this] { static_cast<SummaryPage *>(page(SummaryPageId))->askToSaveProfile(); });
    // Every step down the side; a finished one goes back there, as Back does, but not mid-run.
    auto *steps = new StepList(this);
    setSideWidget(steps);
    connect(steps, &StepList::stepChosen, this, [this, steps](int pageId) {
        if (static_cast<RunPage *>(page(RunPageId))->isRunning()) {
            steps->refresh();
            return;
        }
        // After a run, a step before it changes the plan, as the report's "change" links do (the
        // plan is then never finished as the old one); before a run, as many presses of Back.
        if (currentId() >= RunPageId && pageId < RunPageId) {
            changeSetting(pageId);
            return;
        }
        for (int before = -1; currentId() != pageId && currentId() != before && visitedIds().contains(pageId);) {
            before = currentId();
            back();
        }
    });
    steps->refresh();
    // The step in the title too, for task switchers and screen readers: "Tables – Barge".
    connect(this, &QWizard::currentIdChanged, this, [this] {
        setWindowTitle(currentPage() ? tr("%1 – Barge").arg(currentPage()->title()) : tr("Barge"));
    });
    qApp->installEventFilter(this);

    if (!restoreGeometry(WizardSettings::windowGeometry()))
        resize(1100, 740);
}

MigrationWizard::~MigrationWizard()
{
    qApp->removeEventFilter(this);
    // A cell editor that still has the focus commits into its page when it loses it: let that
    // happen now, while the setup the pages write into still exists (it goes before the pages do).
    QWidget *focus = QApplication::focusWidget();
    if (focus && isAncestorOf(focus))
        focus->clearFocus();
    WizardSettings::setWindowGeometry(saveGeometry());
}

bool MigrationWizard::validateCurrentPage()
{
    return currentPage() && currentPage()->isComplete() && QWizard::validateCurrentPage();
}

bool MigrationWizard::eventFilter(QObject *watched, QEvent *event)
{
    // A key press reaches a widget only when no shortcut took it: Alt with a letter or digit here
    // is a mnemonic this page lacks (or whose button is disabled).
#ifndef Q_OS_MACOS // there Option+letter types characters ('@', '€'): Alt is not for mnemonics
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        const bool letter = (key->key() >= Qt::Key_A && key->key() <= Qt::Key_Z)
            || (key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9);
        if (letter && key->modifiers() == Qt::AltModifier && widget && (widget == this || isAncestorOf(widget)))
            return true;
    }
#endif
    return QWizard::eventFilter(watched, event);
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

namespace {

// Whether the file's first character that is not blank (after a byte order mark) is '['.
bool holdsJsonArray(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(64 * 1024);
    for (qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0; i < head.size(); ++i) {
        const char c = head.at(i);
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return c == '[';
    }
    return false;
}

} // namespace

void MigrationWizard::startFrom(const QString &fileName)
{
    // A profile (profiles are .json files holding one object, docs/profiles.md); any other file is a
    // source, its kind found by its ending (StartPage::useSourceFile): a .json file that holds an
    // array is JSON data.
    if (fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) && !holdsJsonArray(fileName)) {
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
    if (hasUnsavedChanges() && !confirmDiscard())
        return;
    QWizard::reject();
}

bool MigrationWizard::hasUnsavedChanges()
{
    // The editing pages write into the plan when they are left; cleanupPage() does only that on
    // them (no fields are registered), so the edits on the page shown now count as well.
    if (currentId() >= SourcePageId && currentId() <= OptionsPageId)
        currentPage()->cleanupPage();
    return m_setup->hasUnsavedChanges();
}

bool MigrationWizard::confirmDiscard()
{
    const QString text = m_setup->profileFile.isEmpty()
        ? tr("This migration has not been saved as a profile. Close Barge and discard it?")
        : tr("The changes to %1 have not been saved. Close Barge and discard them?")
              .arg(QFileInfo(m_setup->profileFile).fileName());
    QMessageBox box(QMessageBox::Question, tr("Discard the changes?"), text,
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Discard;
}

void MigrationWizard::changeSetting(int pageId, const QString &failure, bool unreachable)
{
    if (!visitedIds().contains(pageId))
        return;
    // The plan is about to change: a run started after this starts over instead of finishing an
    // interrupted one (as on the Start page, a changed plan is never finished as the old one).
    m_setup->resume = false;
    while (currentId() != pageId)
        back();
    if (!failure.isEmpty())
        showFailure(pageId, unreachable ? failure : tr("The last run failed: %1").arg(failure), unreachable);
}

void MigrationWizard::showFailure(int pageId, const QString &failure, bool blocking)
{
    if (pageId == SourcePageId)
        static_cast<SourcePage *>(page(SourcePageId))->form()->showFailure(failure, blocking);
    else if (pageId == TargetPageId)
        static_cast<TargetPage *>(page(TargetPageId))->form()->showFailure(failure, blocking);
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
