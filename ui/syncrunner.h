#pragma once
// SyncRunner: the Run page's part of "make the target identical" (MigrationOptions::sync) that is
// not the engine's: comparing every table with its source first (SyncDiff), and deleting the rows
// the source no longer has once the engine has merged the rest (SyncDiff::finish). Both run on a
// pool thread; their results come back as signals in the GUI thread.

#include "engine/syncdiff.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>

namespace barge {

class SyncRunner : public QObject
{
    Q_OBJECT

public:
    explicit SyncRunner(QObject *parent = nullptr);
    ~SyncRunner() override; // cancels and waits

    void compare(const Plan &plan);
    void finish(const Plan &plan, const QList<SyncDiff> &diffs, bool deleteRows, const Report &report);
    void cancel() { m_cancel = true; }
    bool isBusy() const { return m_compare.isRunning() || m_finish.isRunning(); }

    // The tables whose deletions would take more than `percent` of their rows, as lines
    // "orders: 120 of 1,000 rows".
    static QStringList overThreshold(const QList<SyncDiff> &diffs, double percent);

Q_SIGNALS:
    void compared(const QList<barge::SyncDiff> &diffs);
    void failed(const QString &error);
    void finished(const barge::Report &report);

private:
    struct Comparison
    {
        QList<SyncDiff> diffs;
        QString error;
    };
    QFutureWatcher<Comparison> m_compare;
    QFutureWatcher<Report> m_finish;
    std::atomic<bool> m_cancel{false};
};

} // namespace barge
