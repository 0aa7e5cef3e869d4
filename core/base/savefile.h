#pragma once
// writeWhole (core/base): writes a file all at once or not at all. QSaveFile writes beside it and
// renames on commit, so a crash or a full disk never leaves half a profile, checkpoint or report.

#include <QByteArray>
#include <QString>

namespace barge {

// False with `why` (the system's words, without the file name) when the file could not be written.
bool writeWhole(const QString &fileName, const QByteArray &bytes, QString *why);

} // namespace barge
