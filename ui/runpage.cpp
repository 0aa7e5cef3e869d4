#include "runpage.h"

#include "base/plural.h"
#include "engine/migrationengine.h"
#include "wizardsettings.h"
#include "profile/profile.h"
#include "profile/resumepolicy.h"
#include "profile/watermarkstate.h"
#include "migrationsetup.h"
#include "throughputchart.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace barge {

namespace {

enum TableColumn { NameColumn, BarColumn, RowsColumn, RateColumn, StateColumn };

// By rows when the count is known, so a stopped table shows how far it got, not "done".
double tableFraction(const TableProgress &table)
{
    if (table.totalRows > 0)
        return std::min(1.0, double(table.read) / double(table.totalRows));
    return table.fraction();
}


QString duration(double seconds)
{
    if (seconds < 0.05) // not "0.0 s": it took time, less than a tenth
        return RunPage::tr("under 0.1 s");
    if (seconds < 10)
        return RunPage::tr("%1 s").arg(QLocale().toString(seconds, 'f', 1));
    const qint64 s = qRound64(seconds);
    if (s < 60)
        return RunPage::tr("%1 s").arg(s);
    if (s < 3600)
        return RunPage::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return RunPage::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString stateText(RunStatus status)
{
    switch (status) {
    case RunStatus::Ok:
        return RunPage::tr("done");
    case RunStatus::Rejected:
        return RunPage::tr("done, with rejects");
    case RunStatus::Failed:
        return RunPage::tr("failed");
    case RunStatus::Cancelled:
        return RunPage::tr("stopped");
    case RunStatus::Skipped:
        return RunPage::tr("skipped");
    }
    return QString();
}

QString runningSubTitle()
{
    return RunPage::tr("Barge is copying the rows. You can keep using your computer; stopping keeps what is "
                       "already committed.");
}

} // namespace

RunPage::RunPage(MigrationSetup *setup, QWidget *parent) : QWizardPage(parent), m_setup(setup)
{
    setTitle(tr("Running"));
    setSubTitle(runningSubTitle());
    setCommitPage(true); // no way back into a finished run; Run again is on the report
    setButtonText(QWizard::CommitButton, tr("Show &report"));
    m_engine = new MigrationEngine(this);
    m_headline = new QLabel(this);
    m_headline->setWordWrap(true);
    m_overall = new QProgressBar(this);
    m_overall->setRange(0, 1000);
    m_overall->setAccessibleName(tr("Overall progress"));
    m_stats = new QLabel(this);
    m_stats->setAccessibleName(tr("Rows, speed and time left"));
    m_stop = new QPushButton(QIcon(QStringLiteral(":/icons/stop.svg")), tr("&Stop…"), this);
    m_stop->setAccessibleName(tr("Stop the migration"));
    m_tables = new QTreeWidget(this);
    m_tables->setRootIsDecorated(false);
    m_tables->setHeaderLabels({tr("Table"), tr("Progress"), tr("Rows"), tr("Rows/s"), tr("State")});
    m_tables->setAccessibleName(tr("Tables"));
    m_tables->header()->setSectionResizeMode(BarColumn, QHeaderView::Stretch);
    m_tables->header()->setStretchLastSection(false);
    m_chart = new ThroughputChart(this);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setAccessibleName(tr("Log"));
    m_log->setTabChangesFocus(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_overall, 1);
    top->addWidget(m_stop);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_chart);
    bottom->addWidget(m_log);
    bottom->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tables);
    split->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(top);
    layout->addWidget(m_stats);
    layout->addWidget(split, 1);

    connect(m_stop, &QPushButton::clicked, this, &RunPage::askToStop);
    connect(m_engine, &MigrationEngine::tableStarted, this, &RunPage::onTableStarted);
    connect(m_engine, &MigrationEngine::progressChanged, this, &RunPage::onProgress);
    connect(m_engine, &MigrationEngine::tableFinished, this, &RunPage::onTableFinished);
    // The engine says its lines in the wizard's language (core's messages are translated too).
    connect(m_engine, &MigrationEngine::message, this, &RunPage::appendLog);
    m_sync = new SyncRunner(this);
    connect(m_engine, &MigrationEngine::finished, this, [this](const Report &report) {
        if (m_setup->plan.options.sync)
            m_sync->finish(m_setup->plan, m_diffs, m_syncDeletes, report); // deletes, children first
        else
            onFinished(report);
    });
    connect(m_sync, &SyncRunner::compared, this, &RunPage::onCompared);
    connect(m_sync, &SyncRunner::finished, this, [this](const Report &report) {
        for (const TableReport &table : report.tables) {
            if (table.synced && table.deleted > 0)
                appendLog(tr("%1: %2 row(s) the source no longer has deleted.", nullptr, pluralCount(table.deleted))
                              .arg(table.target, QLocale().toString(table.deleted)));
            else if (table.synced && !table.error.isEmpty())
                appendLog(tr("%1: %2").arg(table.target, table.error));
        }
        onFinished(report);
    });
    connect(m_sync, &SyncRunner::failed, this, &RunPage::failRun);
    m_workers = new WorkerRunner(this);
    connect(m_workers, &WorkerRunner::message, this, &RunPage::appendLog);
    connect(m_workers, &WorkerRunner::finished, this, [this](const Report &report) {
        // The job's counts, whichever worker loaded what (the wizard sees no progress of others).
        Progress done;
        done.seconds = report.seconds;
        for (const TableReport &table : report.tables) {
            TableProgress row;
            row.source = table.source;
            row.target = table.target;
            row.state = TableProgress::State::Done;
            row.read = table.read;
            row.written = table.written;
            row.rejected = table.rejected;
            row.seconds = table.seconds;
            done.tables << row;
        }
        m_last = done;
        for (int i = 0; i < report.tables.size(); ++i) {
            if (QTreeWidgetItem *item = m_tables->topLevelItem(i))
                item->setText(RowsColumn, QLocale().toString(report.tables.at(i).read));
            onTableFinished(i, report.tables.at(i));
        }
        onFinished(report);
    });
}

void RunPage::failRun(const QString &error)
{
    appendLog(error);
    Report report;
    report.status = RunStatus::Failed;
    report.error = error;
    report.source = m_setup->plan.source.displayName();
    report.target = m_setup->plan.target.displayName();
    onFinished(report);
}

RunPage::~RunPage() = default; // the engine (a child) cancels and waits for its threads

void RunPage::initializePage()
{
    startRun();
}

void RunPage::startRun()
{
    if (isRunning())
        return;
    m_finished = false;
    m_last = Progress();
    setTitle(tr("Running"));
    setSubTitle(runningSubTitle());
    m_setup->hasReport = false;
    m_tables->clear();
    m_log->clear();
    m_chart->clear();
    m_overall->setValue(0);
    m_stop->setEnabled(true);
    m_stats->clear();
    const Plan &plan = m_setup->plan;
    for (const TableMapping &table : plan.tables) {
        auto *item = new QTreeWidgetItem(m_tables);
        item->setText(NameColumn, table.source == table.target ? table.source
                                                               : QStringLiteral("%1 → %2").arg(table.source, table.target));
        item->setText(StateColumn, table.mode == TableMode::Skip ? tr("skipped") : tr("waiting"));
        item->setTextAlignment(RowsColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(RateColumn, Qt::AlignRight | Qt::AlignVCenter);
        auto *bar = new QProgressBar(m_tables);
        bar->setRange(0, 1000);
        bar->setValue(0);
        bar->setAccessibleName(tr("Progress of %1").arg(table.target));
        m_tables->setItemWidget(item, BarColumn, bar);
    }
    m_tables->resizeColumnToContents(NameColumn);
    const int em = m_tables->fontMetrics().averageCharWidth();
    m_tables->setColumnWidth(NameColumn, m_tables->columnWidth(NameColumn) + 4 * em);
    m_tables->setColumnWidth(RowsColumn, 24 * em);
    m_tables->setColumnWidth(RateColumn, 12 * em);
    m_tables->setColumnWidth(StateColumn, 22 * em);
    m_headline->setText(tr("Copying from %1 to %2…").arg(m_setup->sourceName(), m_setup->targetName()));
    appendLog(tr("Started: %n table(s).", nullptr, int(plan.tables.size())));
    Q_EMIT completeChanged();
    applyPasswordMemory(*m_setup, this, [this](const QString &line) { appendLog(line); });
    m_watermarkProfile = m_setup->profileFile; // before withCheckpoint may keep a copy of a changed plan
    if (plan.options.sync) {
        // Compared first; what differs is then merged (no checkpoint: a sync run again compares again).
        m_headline->setText(tr("Comparing %1 with %2…").arg(m_setup->targetName(), m_setup->sourceName()));
        m_diffs.clear();
        m_sync->compare(plan);
        return;
    }
    if (plan.options.worker) {
        // Workers on other machines run the profile's file: the wizard joins the same job, so
        // the plan must be the file's.
        if (!m_setup->isProfilePlan()) {
            failRun(tr("This profile's runs are shared by workers, which run the saved profile: save the profile "
                       "first (Back to the summary), then run it here and with barge run PROFILE elsewhere."));
            return;
        }
        m_headline->setText(tr("Copying from %1 to %2 with the other workers…").arg(m_setup->sourceName(), m_setup->targetName()));
        m_workers->start(m_setup->profileHash, plan, m_setup->insight);
        return;
    }
    // A table copied whole loses its old watermark first: a run that stops must not leave it.
    QString error;
    if (!m_watermarkProfile.isEmpty() && !WatermarkState::begin(m_watermarkProfile, plan, &error)) {
        m_watermarkProfile.clear(); // nothing to record for a run that did not start
        m_checkpointed = false;     // nor a checkpoint of it (withCheckpoint did not run)
        m_saveAs.clear();
        failRun(tr("The watermarks cannot be kept, so nothing was copied: %1").arg(error));
        return;
    }
    m_engine->start(withCheckpoint(plan));
}

void RunPage::onCompared(const QList<SyncDiff> &diffs)
{
    m_diffs = diffs;
    const Plan &plan = m_setup->plan;
    bool anything = false;
    for (int i = 0; i < diffs.size() && i < plan.tables.size(); ++i) {
        if (plan.tables.at(i).mode == TableMode::Skip)
            continue;
        const SyncDiff &diff = diffs.at(i);
        appendLog(tr("%1: %2").arg(diff.table, diff.summary(true)));
        anything = anything || !diff.identical();
        if (QTreeWidgetItem *item = m_tables->topLevelItem(i); item && diff.identical())
            item->setText(StateColumn, tr("identical"));
    }
    // Deleting much of a table is more likely a wrong source than a real change: asked first.
    const QStringList many = SyncRunner::overThreshold(diffs, 10);
    m_syncDeletes = true;
    if (!many.isEmpty()) {
        QMessageBox question(QMessageBox::Warning, tr("Delete many rows?"),
                             tr("The source no longer has more than a tenth of the rows of these tables:\n%1\n\n"
                                "Delete them from the target too? With No, they are kept and the other changes "
                                "are made.").arg(many.join(u'\n')),
                             QMessageBox::Yes | QMessageBox::No, this);
        question.setDefaultButton(QMessageBox::No);
        m_syncDeletes = question.exec() == QMessageBox::Yes;
        appendLog(m_syncDeletes ? tr("Rows the source no longer has will be deleted.")
                                : tr("Rows the source no longer has are kept."));
    }
    if (!anything) {
        appendLog(tr("The target already equals the source: nothing was written."));
        Report report;
        report.source = plan.source.displayName();
        report.target = plan.target.displayName();
        report.started = QDateTime::currentDateTimeUtc();
        m_sync->finish(plan, diffs, false, report);
        return;
    }
    m_headline->setText(tr("Copying from %1 to %2…").arg(m_setup->sourceName(), m_setup->targetName()));
    Plan run = plan;
    SyncDiff::restrict(&run, diffs);
    m_engine->start(run);
}

bool RunPage::isRunning() const
{
    return m_engine->isRunning() || m_sync->isBusy() || m_workers->isBusy();
}

void RunPage::askToStop()
{
    if (!isRunning())
        return;
    QMessageBox question(QMessageBox::Question, tr("Stop the migration?"), stopQuestion(),
                         QMessageBox::Yes | QMessageBox::No, this);
    question.setDefaultButton(QMessageBox::No);
    // A run of a plan the user has not saved: offer to save it, to finish it under a name of theirs.
    QPushButton *save = m_checkpointed && m_setup->profileKept
        ? question.addButton(tr("&Save profile and stop…"), QMessageBox::ActionRole)
        : nullptr;
    m_stopQuestion = &question;
    const int answer = question.exec();
    m_stopQuestion = nullptr;
    if (save && question.clickedButton() == save) {
        QString fileName = QFileDialog::getSaveFileName(
            this, tr("Save profile"), WizardSettings::lastFolder(QStringLiteral("profile")) + QStringLiteral("/migration.barge.json"),
            tr("Barge profiles (*.barge.json)"));
        if (fileName.isEmpty())
            return; // the dialog was cancelled: the run goes on
        if (!fileName.endsWith(QLatin1String(".json")))
            fileName += QStringLiteral(".barge.json");
        stopAndSave(fileName);
    } else if (answer == QMessageBox::Yes) {
        stop();
    }
}

void RunPage::stopAndSave(const QString &fileName)
{
    if (!isRunning() || !m_checkpointed)
        return;
    m_saveAs = fileName;
    stop();
}

bool RunPage::keepProfile()
{
    const QString folder = MigrationSetup::keptFolder();
    // A file name: the date without ':' or '/'.
    const QString file = folder + QLatin1Char('/')
        + tr("unsaved migration %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH-mm-ss")))
        + QStringLiteral(".barge.json");
    QString error;
    if (!QDir().mkpath(folder) || !Profile::save(m_setup->plan, file, &error)) {
        appendLog(tr("This run cannot be finished if it stops: its plan could not be kept in %1 (%2).")
                      .arg(QDir::toNativeSeparators(folder), error));
        return false;
    }
    m_setup->profileFile = file;
    m_setup->profileKept = true;
    m_setup->profileHash = Profile::hashOf(m_setup->plan);
    m_setup->unfinished.reset();
    return true;
}

void RunPage::saveKeptProfile(const QString &fileName)
{
    const QString kept = m_setup->profileFile;
    QString error;
    if (!Profile::save(m_setup->plan, fileName, &error)) {
        appendLog(tr("Could not save the profile: %1").arg(error));
        return;
    }
    QFile::remove(Checkpoint::fileFor(fileName));
    if (QFile::exists(Checkpoint::fileFor(kept)) && !QFile::rename(Checkpoint::fileFor(kept), Checkpoint::fileFor(fileName))) {
        appendLog(tr("Saved the profile %1, but the stopped run's state could not be moved to it.").arg(fileName));
        return;
    }
    QFile::remove(kept);
    m_setup->profileFile = fileName;
    m_setup->profileKept = false;
    m_setup->profileHash = m_setup->savedHash = Profile::hashOf(m_setup->plan);
    WizardSettings::addRecentProfile(fileName);
    appendLog(tr("Saved the profile %1: open it to finish the run.").arg(fileName));
}

QString RunPage::stopQuestion() const
{
    const QString kept = tr("Tables that are being copied keep the rows committed so far; tables not started yet "
                            "are not touched.");
    const QString later = m_checkpointed && m_setup->profileKept
        ? tr("You can finish this run later, without copying a row twice: with Run again on the report, or from "
             "the start page, which lists it under Recent as an interrupted run. To finish it under a name of "
             "your own, choose Save profile and stop.")
        : m_checkpointed
        ? tr("You can finish this run later, without copying a row twice: with Run again on the report, or by "
             "opening the profile %1 again.").arg(QFileInfo(m_setup->profileFile).fileName())
        : tr("This run cannot be finished later, because it was not started from a saved profile: running it "
             "again starts over and appends the rows already written a second time. To be able to finish a "
             "stopped run, save the migration as a profile (Summary page) before you run it.");
    return kept + QLatin1Char(' ') + later + QLatin1Char(' ') + tr("Stop now?");
}

void RunPage::stop()
{
    if (!isRunning())
        return;
    m_engine->cancel();
    m_sync->cancel();
    m_workers->cancel();
    m_stop->setEnabled(false);
    m_headline->setText(tr("Stopping… each table commits what it has written."));
    appendLog(tr("Stop requested."));
}

void RunPage::onTableStarted(int index)
{
    if (QTreeWidgetItem *item = m_tables->topLevelItem(index)) {
        item->setText(StateColumn, tr("running"));
        appendLog(tr("%1: started.").arg(item->text(NameColumn)));
    }
}

void RunPage::onProgress(const Progress &progress)
{
    m_last = progress;
    const QLocale locale;
    for (int i = 0; i < progress.tables.size(); ++i) {
        const TableProgress &table = progress.tables.at(i);
        QTreeWidgetItem *item = m_tables->topLevelItem(i);
        if (!item)
            continue;
        auto *bar = qobject_cast<QProgressBar *>(m_tables->itemWidget(item, BarColumn));
        const double fraction = tableFraction(table);
        if (bar && fraction >= 0)
            bar->setValue(int(fraction * 1000));
        item->setText(RowsColumn, table.totalRows >= 0
                                      ? tr("%1 of %2").arg(locale.toString(table.read), locale.toString(table.totalRows))
                                      : locale.toString(table.read));
        if (table.state == TableProgress::State::Running) {
            item->setText(RateColumn, locale.toString(qRound64(table.rowsPerSecond)));
            // The table's own time left, at its pace so far, once that pace means something.
            const double done = table.resumed > 0 && table.totalRows > table.resumed
                ? double(table.read - table.resumed) / double(table.totalRows - table.resumed)
                : fraction;
            QString state = item->text(StateColumn).section(u';', 0, 0);
            if (done > 0.01 && done < 1 && table.seconds >= 1)
                state = tr("running, about %1 left").arg(duration(table.seconds * (1 - done) / done));
            // A table in key ranges (RangeSplit): how many are done and how many load side by side.
            if (table.ranges > 0)
                state += tr("; ranges: %1 of %2 done, %3 running").arg(table.rangesDone).arg(table.ranges).arg(table.rangesRunning);
            item->setText(StateColumn, state);
        }
    }
    const double fraction = progress.fraction();
    if (fraction >= 0)
        m_overall->setValue(int(fraction * 1000));
    QString stats = tr("%1 row(s) read, %2 written, %3 rejected · %4 rows/s", nullptr, pluralCount(progress.read()))
                        .arg(locale.toString(progress.read()), locale.toString(progress.written()),
                             locale.toString(progress.rejected()), locale.toString(qRound64(progress.rowsPerSecond())));
    const double eta = progress.etaSeconds();
    if (eta >= 0 && isRunning())
        stats += QStringLiteral(" · ") + tr("about %1 left").arg(duration(eta));
    m_stats->setText(stats);
    m_chart->addSample(progress.seconds, progress.read() - progress.resumed()); // this run's rows
}

void RunPage::onTableFinished(int index, const TableReport &report)
{
    QTreeWidgetItem *item = m_tables->topLevelItem(index);
    if (!item)
        return;
    item->setText(StateColumn, tr("%1 in %2").arg(stateText(report.status), duration(report.seconds)));
    if (report.seconds > 0)
        item->setText(RateColumn, QLocale().toString(qRound64(report.read / report.seconds)));
    if (report.status != RunStatus::Skipped)
        m_chart->addTable(item->text(NameColumn), report.seconds > 0 ? report.read / report.seconds : 0.0);
    if (report.status == RunStatus::Ok || report.status == RunStatus::Rejected) {
        if (auto *bar = qobject_cast<QProgressBar *>(m_tables->itemWidget(item, BarColumn)))
            bar->setValue(1000);
    }
    const QLocale locale;
    appendLog(tr("%1: %2 read, %3 written, %4 rejected (%5).")
                  .arg(item->text(NameColumn), locale.toString(report.read), locale.toString(report.written),
                       locale.toString(report.rejected), stateText(report.status))
              + (report.merged ? QStringLiteral(" ") + report.mergeSummary() + u'.' : QString()));
}

// A run of a profile keeps a checkpoint, as `barge run` does, so that an interrupted one can be
// finished (here, or headless with --resume); finishing one runs the interrupted run's plan.
Plan RunPage::withCheckpoint(Plan plan)
{
    m_checkpointed = false;
    m_saveAs.clear();
    const bool finishing = m_setup->resume && m_setup->unfinished;
    if (!finishing && !m_setup->isProfilePlan() && !keepProfile())
        return plan;
    const QString file = Checkpoint::fileFor(m_setup->profileFile);
    if (finishing) {
        const Checkpoint &unfinished = *m_setup->unfinished;
        Plan started;
        QString error;
        if (!ResumePolicy::startedPlan(unfinished, plan, &started, &error)) {
            appendLog(tr("The interrupted run cannot be finished: %1").arg(error));
            return plan;
        }
        PlanInsight insight = m_setup->insight;
        ResumePolicy::prepareFinish(unfinished, &started, &insight);
        // The rows an incremental table reads, as the summary's check found them (a merge that
        // stopped reads them all again).
        for (TableMapping &table : started.tables) {
            for (const TableMapping &checked : std::as_const(plan.tables)) {
                if (checked.target == table.target && checked.watermark == table.watermark)
                    table.watermark = checked.watermark;
            }
        }
        m_checkpointed = true;
        m_engine->setCheckpoint(unfinished, file, true);
        appendLog(tr("Finishing the interrupted run: %1 of %2 table(s) were done.")
                      .arg(unfinished.doneCount()).arg(unfinished.tables.size()));
        return started;
    }
    if (m_setup->isProfilePlan()) { // a fresh run, which replaces an interrupted one it starts over
        m_engine->setCheckpoint(
            ResumePolicy::beginFresh(m_setup->profileHash, plan, m_setup->insight, m_setup->unfinished), file, false);
        m_checkpointed = true;
    }
    return plan;
}

void RunPage::onFinished(const Report &report)
{
    // An incremental profile's next run goes on from where this one got, as after barge run.
    QString error;
    if (!m_watermarkProfile.isEmpty() && !WatermarkState::remember(m_watermarkProfile, m_setup->plan, report, &error))
        appendLog(tr("The watermarks were not kept, so the next run reads the same rows again: %1").arg(error));
    else if (!m_watermarkProfile.isEmpty()) {
        for (const TableReport &table : report.tables) {
            if (!table.watermark.isEmpty())
                appendLog(tr("%1: the rows are in up to %2; the next run copies the rows past it.").arg(table.target, table.watermark));
        }
    }
    if (!m_saveAs.isEmpty() && m_setup->profileKept)
        saveKeptProfile(m_saveAs);
    // An unfinished run of a profile stays resumable: running again finishes it.
    const QString checkpoint = m_checkpointed ? Checkpoint::fileFor(m_setup->profileFile) : QString();
    QString ignored;
    m_setup->unfinished = checkpoint.isEmpty() || !QFile::exists(checkpoint)
        ? std::nullopt
        : Checkpoint::load(checkpoint, &ignored);
    m_setup->resume = m_setup->unfinished.has_value();
    if (m_setup->profileKept && m_setup->resume) {
        WizardSettings::addRecentProfile(m_setup->profileFile); // the start page lists it as interrupted
    } else if (m_setup->profileKept) { // done: nothing to finish, the copy has served
        QFile::remove(m_setup->profileFile);
        m_setup->profileFile.clear();
        m_setup->profileHash.clear();
        m_setup->profileKept = false;
        m_checkpointed = false;
    }
    if (m_setup->resume)
        appendLog(tr("The run can be finished later: Run again, or open the profile, or barge run --resume."));
    m_setup->report = report;
    m_setup->report.warnings = Planner::warnings(m_setup->plan, m_setup->insight);
    m_setup->hasReport = true;
    m_finished = true;
    m_stop->setEnabled(false);
    if (m_stopQuestion) // "Stop now?" about a run that has ended would stop nothing
        m_stopQuestion->done(QMessageBox::No);
    if (report.status != RunStatus::Cancelled && report.status != RunStatus::Failed)
        m_overall->setValue(1000);
    const QLocale locale;
    // Names the button as it reads, whatever the language.
    const QString button = tr("“%1”", "a button's name, quoted in a sentence")
                               .arg(buttonText(QWizard::CommitButton).remove(QLatin1Char('&')));
    showFinalStats();
    switch (report.status) {
    case RunStatus::Cancelled:
        setTitle(tr("Stopped"));
        setSubTitle(tr("The run was stopped; the rows committed before it are kept."));
        m_headline->setText(tr("Stopped after %1. Click %2 for the details.").arg(duration(report.seconds), button));
        break;
    case RunStatus::Failed:
        setTitle(tr("Failed"));
        setSubTitle(tr("The run ended with an error; the rows committed before it are kept."));
        m_headline->setText(tr("The migration failed. Click %1 for the details.").arg(button));
        break;
    default:
        setTitle(tr("Finished"));
        setSubTitle(tr("The run is complete."));
        m_headline->setText(tr("Finished: %1 row(s) written in %2. Click %3 for the details.", nullptr,
                               pluralCount(report.totalWritten()))
                                .arg(locale.toString(report.totalWritten()), duration(report.seconds), button));
        break;
    }
    if (!report.error.isEmpty())
        appendLog(report.error);
    appendLog(tr("Finished: %1.").arg(stateText(report.status)));
    Q_EMIT completeChanged();
    Q_EMIT runFinished(report);
}

// Once the run is over the rate is the run's average, and the peak is the chart's own figure.
void RunPage::showFinalStats()
{
    const qint64 rows = m_last.read() - m_last.resumed();
    // A run shared by workers has only the job's totals: no curve of this process's pace to end.
    const bool shared = m_setup->plan.options.worker;
    if (!shared)
        m_chart->finish(m_last.seconds, rows);
    const double peak = shared ? m_last.rowsPerSecond() : m_chart->peak();
    const QLocale locale;
    m_stats->setText(tr("%1 row(s) read, %2 written, %3 rejected · %4 rows/s on average, peak %5 rows/s", nullptr,
                        pluralCount(m_last.read()))
                         .arg(locale.toString(m_last.read()), locale.toString(m_last.written()),
                              locale.toString(m_last.rejected()), locale.toString(qRound64(m_last.rowsPerSecond())),
                              locale.toString(qRound64(peak))));
}

void RunPage::appendLog(const QString &line)
{
    m_log->appendPlainText(QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line));
}

bool RunPage::isComplete() const
{
    return m_finished;
}

} // namespace barge
