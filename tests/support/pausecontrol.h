#pragma once
// PauseControl: holds a barge child process at the engine's pause point (core/engine/pausepoint.h)
// so that a test interrupts a run at a moment it chose, the same on every machine: after the Nth
// commit, with that commit durable in the target. Header only.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

namespace barge::test {

class PauseControl
{
public:
    // `dir` must exist and be empty of "paused" and "release"; `afterCommit` counts commits over
    // the whole process (the first batch of the first table is commit 1).
    explicit PauseControl(const QString &dir, int afterCommit = 1) : m_dir(dir), m_afterCommit(afterCommit)
    {
        QDir().mkpath(m_dir);
        QFile::remove(path("paused"));
        QFile::remove(path("release"));
    }

    void addTo(QProcessEnvironment *env) const
    {
        env->insert(QStringLiteral("BARGE_PAUSE_AFTER_COMMIT"), QString::number(m_afterCommit));
        env->insert(QStringLiteral("BARGE_PAUSE_DIR"), m_dir);
    }

    // Returns true once the process holds at the pause point; false when it ended before reaching
    // it. No time limit: the engine either pauses or ends, and CTest's timeout catches a hang.
    bool waitUntilPaused(QProcess *process) const
    {
        while (!QFile::exists(path("paused"))) {
            if (process->state() == QProcess::NotRunning)
                return QFile::exists(path("paused"));
            process->waitForFinished(10);
        }
        return true;
    }

    // Lets the held run go on.
    void release() const
    {
        QFile file(path("release"));
        file.open(QIODevice::WriteOnly);
    }

private:
    QString path(const char *name) const { return QDir(m_dir).filePath(QLatin1String(name)); }

    QString m_dir;
    int m_afterCommit;
};

} // namespace barge::test
