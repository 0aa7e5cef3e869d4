#include "demo/demodatabase.h"

#include "io/sqlite/sqlitehandle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace barge {

bool DemoDatabase::create(const QString &path, QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = tr("%1 already exists; the demo database is only written to a new file").arg(path);
        return false;
    }
    QFile script(QStringLiteral(":/demo/shop.sql"));
    if (!script.open(QIODevice::ReadOnly)) {
        *error = tr("the demo script is missing from this build");
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    SqliteHandle db;
    if (!db.open(path, SqliteHandle::Mode::ReadWriteCreate, error))
        return false;
    const QString sql = QStringLiteral("BEGIN;\n") + QString::fromUtf8(script.readAll()) + QStringLiteral("\nCOMMIT;");
    if (!db.exec(sql, error)) {
        db.close();
        QFile::remove(path);
        *error = tr("creating the demo database failed: %1").arg(*error);
        return false;
    }
    return true;
}

QString DemoDatabase::ensureDefault(QString *error)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    const QString path = QDir(folder.isEmpty() ? QDir::tempPath() : folder).filePath(QStringLiteral("demo/shop.db"));
    if (QFileInfo::exists(path))
        return path;
    return create(path, error) ? path : QString();
}

} // namespace barge
