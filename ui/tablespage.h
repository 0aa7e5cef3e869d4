#pragma once
// TablesPage: which source tables to copy, under which target names and in which mode. Reading the
// table list (and row counts) from both ends runs on a worker thread when the page opens.

#include "migrationsetup.h"

#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace barge {

class TableSelectionModel;

class TablesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TablesPage(MigrationSetup *setup, QWidget *parent = nullptr);
    ~TablesPage() override;

    TableSelectionModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    bool isLoading() const { return m_watcher.isRunning(); }
    QLabel *note() const { return m_note; }
    // Shown when the source or the target could not be read: goes back to its page.
    QPushButton *changeButton() const { return m_change; }
    // Reading a server with many tables: its progress, and the way to stop it.
    QProgressBar *progressBar() const { return m_busy; }
    QPushButton *stopButton() const { return m_stopScan; }
    QPushButton *scanAgainButton() const { return m_scanAgain; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

Q_SIGNALS:
    void loaded();
    // Reading an endpoint failed: the message belongs on the page of that setting (MigrationWizard::PageId).
    void settingFailed(int pageId, const QString &message);
    // The user asked to go back to that page to change the setting.
    void changeRequested(int pageId);

private:
    void startScan();
    void onScanned();
    void populate();
    void setVisibleChecked(bool checked);
    void updateNote();
    QString missing() const;
    int failedPage() const;

    MigrationSetup *m_setup;
    TableSelectionModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_all = nullptr;
    QPushButton *m_none = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_change = nullptr;
    QPushButton *m_stopScan = nullptr;  // while reading: stop after the table being read
    QPushButton *m_scanAgain = nullptr; // after a stop: read the tables again
    std::shared_ptr<std::atomic<bool>> m_stopRequested;
    QFutureWatcher<EndpointsScan> m_watcher;
};

} // namespace barge
