#pragma once
// TablesPage: which source tables to copy, under which target names and in which mode. Reading the
// table list (and row counts) from both ends runs on a worker thread when the page opens.

#include "migrationsetup.h"

#include <QFutureWatcher>
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

    TableSelectionModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    bool isLoading() const { return m_watcher.isRunning(); }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

Q_SIGNALS:
    void loaded();

private:
    void startScan();
    void onScanned();
    void populate();
    void setVisibleChecked(bool checked);
    void updateNote();
    QString missing() const;

    MigrationSetup *m_setup;
    TableSelectionModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_all = nullptr;
    QPushButton *m_none = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_note = nullptr;
    QFutureWatcher<EndpointsScan> m_watcher;
};

} // namespace barge
