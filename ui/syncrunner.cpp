#include "syncrunner.h"

#include "engine/planner.h"

#include <QtConcurrent/QtConcurrentRun>

namespace barge {

SyncRunner::SyncRunner(QObject *parent) : QObject(parent)
{
    connect(&m_compare, &QFutureWatcher<Comparison>::finished, this, [this] {
        const Comparison result = m_compare.result();
        if (result.error.isEmpty())
            Q_EMIT compared(result.diffs);
        else
            Q_EMIT failed(result.error);
    });
    connect(&m_finish, &QFutureWatcher<Report>::finished, this, [this] { Q_EMIT finished(m_finish.result()); });
}

SyncRunner::~SyncRunner()
{
    m_cancel = true;
    m_compare.waitForFinished();
    m_finish.waitForFinished();
}

void SyncRunner::compare(const Plan &plan)
{
    m_cancel = false;
    m_compare.setFuture(QtConcurrent::run([plan, this] {
        Comparison result;
        for (int i = 0; i < plan.tables.size() && result.error.isEmpty(); ++i) {
            SyncDiff diff;
            if (plan.tables.at(i).mode != TableMode::Skip && !SyncDiff::compute(plan, i, &m_cancel, &diff, &result.error))
                result.error = tr("%1: cannot compare: %2").arg(plan.tables.at(i).target, result.error);
            result.diffs << diff;
        }
        return result;
    }));
}

void SyncRunner::finish(const Plan &plan, const QList<SyncDiff> &diffs, bool deleteRows, const Report &report)
{
    m_finish.setFuture(QtConcurrent::run([plan, diffs, deleteRows, report] {
        Report done = report;
        SyncDiff::finish(plan, diffs, deleteRows, &done);
        return done;
    }));
}

QStringList SyncRunner::overThreshold(const QList<SyncDiff> &diffs, double percent)
{
    const QLocale locale;
    QStringList lines;
    for (const SyncDiff &diff : diffs) {
        if (diff.remove.isEmpty() || !diff.keepReason.isEmpty())
            continue;
        const double share = diff.targetRows > 0 ? 100.0 * double(diff.remove.size()) / double(diff.targetRows) : 100.0;
        if (share > percent) {
            lines << tr("%1: %2 of %3 rows").arg(diff.table, locale.toString(qint64(diff.remove.size())),
                                                 locale.toString(diff.targetRows));
        }
    }
    return lines;
}

} // namespace barge
