#include "migrationsetup.h"

#include "profile/profile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace barge {

QString MigrationSetup::keptFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/unsaved");
}

void MigrationSetup::loadPlan(const Plan &loaded, const QString &fileName)
{
    plan = loaded;
    profileFile = fileName;
    profileHash = Profile::hashOf(loaded);
    // A kept copy of a run nobody saved: reopened to finish that run, and still not saved by the user.
    profileKept = !fileName.isEmpty() && QFileInfo(fileName).absolutePath() == QDir(keptFolder()).absolutePath();
    savedHash = profileKept ? QByteArray() : profileHash;
    unfinished.reset();
    resume = false;
    QString ignored; // no readable checkpoint: nothing to finish
    if (QFile::exists(Checkpoint::fileFor(fileName)))
        unfinished = Checkpoint::load(Checkpoint::fileFor(fileName), &ignored);
    scanned = false;
    scan = EndpointsScan();
    // The most common mode among the tables becomes the target page's default.
    int counts[4] = {0, 0, 0, 0};
    for (const TableMapping &table : loaded.tables)
        ++counts[int(table.mode)];
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    defaultMode = TableMode(best);
}

} // namespace barge
