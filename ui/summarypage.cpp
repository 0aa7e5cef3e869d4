#include "summarypage.h"

#include "base/plural.h"
#include "engine/mappingwarnings.h"
#include "engine/rangesplit.h"
#include "migrationsetup.h"
#include "notelist.h"
#include "plandescription.h"
#include "plantree.h"
#include "profile/profile.h"
#include "profile/watermarkstate.h"
#include "schema/typemapper.h"
#include "wizardsettings.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace barge {

PlanCheck PlanCheck::run(const Plan &plan, const QString &profileFile)
{
    PlanCheck check;
    check.requested = plan;
    check.plan = plan;
    WatermarkState state;
    if (!profileFile.isEmpty() && !WatermarkState::load(WatermarkState::fileFor(profileFile), &state, &check.error))
        return check;
    state.apply(&check.plan);
    if (!Planner::complete(&check.plan, &check.error, &check.insight))
        check.plan = plan;
    return check;
}

SummaryPage::SummaryPage(MigrationSetup *setup, QWidget *parent) : QWizardPage(parent), m_setup(setup)
{
    setTitle(tr("Summary"));
    setSubTitle(tr("This is what Barge will do. Nothing has been written yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Run"));
    m_headline = new QLabel(this);
    m_headline->setWordWrap(true);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_headline->setFont(big);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings = new NoteList(this);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->setFont(fixed);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setAccessibleName(tr("The plan as text"));
    m_details->setTabChangesFocus(true);
    m_ddl = new QPlainTextEdit(this);
    m_ddl->setReadOnly(true);
    m_ddl->setFont(fixed);
    m_ddl->setAccessibleName(tr("Statements that prepare the target"));
    m_ddl->setTabChangesFocus(true);
    m_tree = new PlanTree(this);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_tree, tr("Tables and columns"));
    tabs->addTab(m_ddl, tr("SQL that prepares the target"));
    tabs->addTab(m_details, tr("As text"));
    m_save = new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), tr("&Save profile…"), this);
    m_save->setAccessibleName(tr("Save profile"));
    m_saved = new QLabel(this);
    m_saved->setWordWrap(true);

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_saved, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_warnings);
    layout->addWidget(tabs, 1);
    layout->addLayout(saveRow);

    // Tab goes down the page: the tabs, what the current one shows, then Save profile.
    QWidget::setTabOrder(tabs, m_tree);
    QWidget::setTabOrder(m_tree, m_ddl);
    QWidget::setTabOrder(m_ddl, m_details);
    QWidget::setTabOrder(m_details, m_save);

    connect(m_save, &QPushButton::clicked, this, &SummaryPage::askToSaveProfile);
    connect(&m_watcher, &QFutureWatcher<PlanCheck>::finished, this, &SummaryPage::onChecked);
}

void SummaryPage::initializePage()
{
    m_ok = false;
    m_headline->setText(tr("Checking the plan against %1 and %2…").arg(m_setup->sourceName(), m_setup->targetName()));
    m_warnings->clear();
    m_details->clear();
    m_tree->clear();
    m_ddl->clear();
    m_saved->clear();
    m_save->setEnabled(false);
    if (!m_watcher.isRunning())
        m_watcher.setFuture(QtConcurrent::run(&PlanCheck::run, m_setup->plan, m_setup->profileFile));
    Q_EMIT completeChanged();
}

void SummaryPage::onChecked()
{
    const PlanCheck check = m_watcher.result();
    if (check.requested != m_setup->plan) {
        initializePage(); // the plan changed while it was checked
        return;
    }
    m_save->setEnabled(true);
    if (!check.error.isEmpty()) {
        m_headline->setText(tr("This plan cannot run: %1").arg(check.error));
        Q_EMIT checked();
        return;
    }
    m_setup->plan = check.plan;
    m_setup->insight = check.insight;
    m_ok = true;
    QString headline = headlineText(check);
    if (m_setup->resume && m_setup->unfinished) {
        headline = tr("Finish the interrupted run of %1 (started %2): %3 of %4 table(s) are done; the others go on "
                      "from the last rows their target committed.")
                       .arg(QFileInfo(m_setup->profileFile).fileName(),
                            QLocale().toString(m_setup->unfinished->started.toLocalTime(), QLocale::ShortFormat))
                       .arg(m_setup->unfinished->doneCount()).arg(m_setup->unfinished->tables.size());
    }
    m_headline->setText(headline);
    const QStringList list = warnings(check);
    m_warnings->setNotes(tr("Please note (%1):").arg(list.size()), list);
    m_details->setPlainText(PlanDescription::lines(check.plan, check.insight).join(QLatin1Char('\n')));
    m_tree->showPlan(check.plan, check.insight);
    const QStringList statements = Planner::ddl(check.plan, check.insight);
    m_ddl->setPlainText(statements.isEmpty() ? tr("-- No statements: the tables are used as they are.")
                                             : Planner::script(statements));
    Q_EMIT completeChanged();
    Q_EMIT checked();
}

QString SummaryPage::headlineText(const PlanCheck &check) const
{
    int copied = 0;
    int created = 0;
    int appended = 0;
    int emptied = 0;
    int replaced = 0;
    int merged = 0;
    int split = 0; // in key ranges (RangeSplit)
    qint64 rows = 0;
    bool rowsKnown = true;
    for (const TableMapping &table : check.plan.tables) {
        if (table.mode == TableMode::Skip)
            continue;
        ++copied;
        // An incremental table reads the rows past its watermark, counted while planning.
        const qint64 count = table.watermark.isSet() && table.watermark.rows >= 0 && !check.plan.options.sync
            ? table.watermark.rows
            : check.insight.sources.value(table.source).rowCount;
        rowsKnown = rowsKnown && count >= 0;
        if (!RangeSplit::describe(check.plan, table, check.insight.sources.value(table.source)).isEmpty())
            ++split;
        rows += std::max<qint64>(0, count);
        const bool exists = check.insight.existingTargets.contains(table.target);
        if (table.mode == TableMode::Replace && exists)
            ++replaced;
        else if (!exists || table.mode == TableMode::Replace)
            ++created;
        else if (table.mode == TableMode::Truncate)
            ++emptied;
        else if (table.mode == TableMode::Merge)
            ++merged;
        else
            ++appended;
    }
    const QString rowText = rowsKnown ? tr("%1 row(s)", nullptr, pluralCount(rows)).arg(QLocale().toString(rows))
                                      : tr("an unknown number of rows");
    QString text = tr("Copy %n table(s), %1, from %2 to %3.", nullptr, copied)
                       .arg(rowText, check.plan.source.displayName(), check.plan.target.displayName());
    QStringList actions;
    if (created > 0)
        actions << tr("create %n table(s)", nullptr, created);
    if (appended > 0)
        actions << tr("append to %n existing table(s)", nullptr, appended);
    if (merged > 0 && check.plan.options.sync) {
        actions << tr("make %n existing table(s) identical to the source: each is compared with it by checksums of "
                      "key groups, then rows whose key is new are inserted, rows that differ are updated and rows "
                      "the source no longer has are deleted (asking first when that is more than a tenth of a "
                      "table); tables already equal are not written to", nullptr, merged);
    } else if (merged > 0) {
        actions << tr("merge into %n existing table(s): rows whose key is new are inserted, rows whose key is "
                      "there are updated where they differ, and no row is deleted", nullptr, merged);
    }
    if (emptied > 0)
        actions << tr("empty %n existing table(s) first", nullptr, emptied);
    if (replaced > 0)
        actions << tr("drop and re-create %n table(s)", nullptr, replaced);
    if (!actions.isEmpty())
        text += QLatin1Char(' ') + tr("Barge will %1.").arg(QLocale().createSeparatedList(actions));
    if (split > 0)
        text += QLatin1Char(' ') + tr("%n big table(s) load in ranges, up to %1 side by side.", nullptr, split)
                                       .arg(check.plan.options.jobs);
    if (check.plan.options.worker)
        text += QLatin1Char(' ') + tr("Runs are shared by workers: save the profile, then start barge run PROFILE on each "
                                      "machine; this wizard's run is one of them.");
    return text;
}

QStringList SummaryPage::warnings(const PlanCheck &check) const
{
    // Planner::warnings includes the mapping's own (MappingWarnings), in the wizard's language.
    QStringList list = Planner::warnings(check.plan, check.insight);
    if (!check.plan.source.password.isEmpty() || !check.plan.target.password.isEmpty())
        list << tr("Passwords are not saved in profiles; you will be asked again.");
    return list;
}

bool SummaryPage::isComplete() const
{
    return m_ok && !m_watcher.isRunning();
}

bool SummaryPage::saveProfile(const QString &fileName, QString *error)
{
    if (!Profile::save(m_setup->plan, fileName, error))
        return false;
    m_setup->profileFile = fileName;
    m_setup->profileKept = false;
    m_setup->savedHash = Profile::hashOf(m_setup->plan);
    // From now on this is the profile's plan: a run of it keeps a checkpoint and can be finished.
    m_setup->profileHash = m_setup->savedHash;
    WizardSettings::addRecentProfile(fileName);
    m_saved->setText(tr("Saved to %1.").arg(fileName));
    applyPasswordMemory(*m_setup, this, [this](const QString &line) {
        m_saved->setText(m_saved->text() + QLatin1Char(' ') + line);
    });
    return true;
}

void SummaryPage::askToSaveProfile()
{
    QString start = m_setup->profileFile;
    if (start.isEmpty())
        start = WizardSettings::lastFolder(QStringLiteral("profile")) + QStringLiteral("/migration.barge.json");
    QString fileName = QFileDialog::getSaveFileName(this, tr("Save profile"), start, tr("Barge profiles (*.barge.json)"));
    if (fileName.isEmpty())
        return;
    if (!fileName.endsWith(QLatin1String(".json")))
        fileName += QStringLiteral(".barge.json");
    QString error;
    if (!saveProfile(fileName, &error))
        m_saved->setText(tr("Could not save the profile: %1").arg(error));
}

} // namespace barge
