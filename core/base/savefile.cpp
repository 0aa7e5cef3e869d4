#include "base/savefile.h"

#include <QSaveFile>

namespace barge {

bool writeWhole(const QString &fileName, const QByteArray &bytes, QString *why)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *why = file.errorString();
        return false;
    }
    return true;
}

} // namespace barge
