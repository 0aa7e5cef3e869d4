#include "migrationsetup.h"

#include "profile/profile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
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
    // The most common mode among the copied tables becomes the target page's default (a merge
    // profile's too: its mode was out of this count's range).
    QHash<TableMode, int> counts;
    for (const TableMapping &table : loaded.tables) {
        if (table.mode != TableMode::Skip)
            ++counts[table.mode];
    }
    defaultMode = TableMode::Append;
    for (TableMode mode : allTableModes) {
        if (counts.value(mode) > counts.value(defaultMode))
            defaultMode = mode;
    }
}

} // namespace barge
