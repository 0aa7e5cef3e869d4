#pragma once
// keyFilter: the SQL condition a reader adds to read only some keys' rows (`barge sync` reads the
// rows it found new or changed, RowReader::restrictToKeys): `"id" IN (4, 8)`, or
// `("a", "b") IN (VALUES ('x', 1), ...)` for a key of several columns.

#include "schema/dialect.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace barge {

// Empty when a key is not what `integer` says (then the reader reads every row). `quote` spells a
// text as the server's string literal.
// `compared` spells each quoted column as it is compared ("BINARY %1": byte by byte in MariaDB).
QString keyFilter(Dialect dialect, const QStringList &columns, const QList<QStringList> &keys, bool integer,
                  const std::function<QString(const QString &)> &quote, const QString &compared = QStringLiteral("%1"));

} // namespace barge
