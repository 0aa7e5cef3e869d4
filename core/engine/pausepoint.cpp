#include "engine/pausepoint.h"

#include <QDir>
#include <QFile>
#include <QThread>

namespace barge {

namespace {

struct Setting
{
    qint64 afterCommit = 0; // 0: never pause
    QString dir;
};

const Setting &setting()
{
    static const Setting s = [] {
        Setting read;
        bool ok = false;
        const qint64 n = qEnvironmentVariable("BARGE_PAUSE_AFTER_COMMIT").toLongLong(&ok);
        read.dir = qEnvironmentVariable("BARGE_PAUSE_DIR");
        if (ok && n > 0 && !read.dir.isEmpty())
            read.afterCommit = n;
        return read;
    }();
    return s;
}

std::atomic<qint64> commits{0};

} // namespace

void PausePoint::afterCommit(const std::atomic<bool> *cancel)
{
    const Setting &s = setting();
    if (s.afterCommit == 0 || commits.fetch_add(1) + 1 != s.afterCommit)
        return;
    const QDir dir(s.dir);
    {
        QFile paused(dir.filePath(QStringLiteral("paused")));
        if (!paused.open(QIODevice::WriteOnly))
            qFatal("BARGE_PAUSE_DIR: cannot create %s", qPrintable(paused.fileName()));
    }
    // The test decides when this ends, so there is no time limit: a poll on a file it creates.
    const QString release = dir.filePath(QStringLiteral("release"));
    while (!QFile::exists(release) && !(cancel && cancel->load()))
        QThread::msleep(10);
}

} // namespace barge
