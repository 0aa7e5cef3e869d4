#pragma once
// WizardSettings: what the wizard remembers between sessions through QSettings: recent profiles,
// the last folder used per kind of file, and the window size. Never a password.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace barge {

class WizardSettings
{
public:
    static constexpr int maxRecentProfiles = 8;

    static QStringList recentProfiles();        // newest first, only files that still exist
    static void addRecentProfile(const QString &fileName);

    // key names a kind of file ("profile", "sqlite", "csv", "rejects", "report").
    static QString lastFolder(const QString &key);
    static void setLastFolder(const QString &key, const QString &fileOrFolder);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
};

} // namespace barge
