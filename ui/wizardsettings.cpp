#include "wizardsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace barge {

QStringList WizardSettings::recentProfiles()
{
    QSettings settings;
    QStringList existing;
    const QStringList stored = settings.value(QStringLiteral("recentProfiles")).toStringList();
    for (const QString &file : stored) {
        if (QFileInfo::exists(file))
            existing << file;
    }
    return existing;
}

void WizardSettings::addRecentProfile(const QString &fileName)
{
    const QString path = QFileInfo(fileName).absoluteFilePath();
    QStringList list = recentProfiles();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > maxRecentProfiles)
        list.removeLast();
    QSettings settings;
    settings.setValue(QStringLiteral("recentProfiles"), list);
    setLastFolder(QStringLiteral("profile"), path);
}

QString WizardSettings::lastFolder(const QString &key)
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("lastFolder/") + key).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void WizardSettings::setLastFolder(const QString &key, const QString &fileOrFolder)
{
    if (fileOrFolder.isEmpty())
        return;
    const QFileInfo info(fileOrFolder);
    QSettings settings;
    settings.setValue(QStringLiteral("lastFolder/") + key, info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

QByteArray WizardSettings::windowGeometry()
{
    return QSettings().value(QStringLiteral("window/geometry")).toByteArray();
}

void WizardSettings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(QStringLiteral("window/geometry"), geometry);
}

} // namespace barge
