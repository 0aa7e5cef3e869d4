#pragma once
// RunPage: runs the plan with MigrationEngine (background threads) and shows overall and per-table
// progress, rows per second, the time left, a throughput chart and a log. Stopping asks first,
// then cancels cooperatively; the page completes when the engine reports finished.

#include "engine/plan.h"
#include "engine/progress.h"
#include "engine/report.h"
#include "syncrunner.h"
#include "workerrunner.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QMessageBox;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace barge {

class MigrationEngine;
class MigrationSetup;
class ThroughputChart;

class RunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RunPage(MigrationSetup *setup, QWidget *parent = nullptr);
    ~RunPage() override;

    void startRun();
    bool isRunning() const;
    // Asks "Stop the migration?" (saying whether the run can be finished later) and stops when the
    // answer is yes; a run that ends while the question is open closes it (nothing left to stop).
    void askToStop();
    // The question askToStop() asks.
    QString stopQuestion() const;
    // Stops without asking: each table commits what it has written and ends.
    void stop();
    // Stops, and once the run has ended saves the plan as the profile `fileName`, taking over the
    // stopped run's checkpoint: opening that profile (or barge run --resume) finishes the run.
    void stopAndSave(const QString &fileName);
    MigrationEngine *engine() const { return m_engine; }
    QTreeWidget *tableList() const { return m_tables; }
    QProgressBar *overallBar() const { return m_overall; }
    QPlainTextEdit *log() const { return m_log; }
    QLabel *headline() const { return m_headline; }
    QLabel *stats() const { return m_stats; }
    ThroughputChart *chart() const { return m_chart; }

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    void runFinished(const barge::Report &report);

private:
    // Ends a run that failed before the engine could start, with a report saying why.
    void failRun(const QString &error);
    void onTableStarted(int index);
    void onProgress(const Progress &progress);
    void onTableFinished(int index, const TableReport &report);
    Plan withCheckpoint(Plan plan);
    // A plan not saved as a profile: keeps a copy in the data folder as the run's profile.
    bool keepProfile();
    // After a stop with "Save profile and stop": the kept copy and its checkpoint become `fileName`'s.
    void saveKeptProfile(const QString &fileName);
    void onFinished(const Report &report);
    // Make the target identical: the comparison's result, then the engine's run of what differs.
    void onCompared(const QList<SyncDiff> &diffs);
    void appendLog(const QString &line);
    void showFinalStats();

    MigrationSetup *m_setup;
    MigrationEngine *m_engine = nullptr;
    SyncRunner *m_sync = nullptr;
    WorkerRunner *m_workers = nullptr; // a profile whose runs workers share: the wizard is one of them
    QList<SyncDiff> m_diffs;   // the comparison of a sync run
    bool m_syncDeletes = false; // delete the rows the source no longer has
    QLabel *m_headline = nullptr;
    QProgressBar *m_overall = nullptr;
    QLabel *m_stats = nullptr;
    QTreeWidget *m_tables = nullptr;
    ThroughputChart *m_chart = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPushButton *m_stop = nullptr;
    QPointer<QMessageBox> m_stopQuestion; // open while askToStop() waits for an answer
    Progress m_last; // the latest snapshot, for the figures shown once the run is over
    bool m_finished = false;
    bool m_checkpointed = false; // the run keeps a checkpoint (a profile's plan, or finishing one)
    QString m_saveAs;            // stopAndSave's profile, saved once the run has ended
    // The profile whose watermarks the run goes on from (the summary applied its state): the one
    // opened, even when the run keeps its own copy of a changed plan. Empty: none.
    QString m_watermarkProfile;
};

} // namespace barge
