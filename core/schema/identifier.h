#pragma once
// quoteIdentifier: quotes a table or column name for a dialect by doubling the quote character.
// Used for every identifier Barge writes into SQL; QSqlDriver::escapeIdentifier is not safe for
// hostile names (MySQL does not double backticks; docs/architecture.md).

#include "schema/dialect.h"

#include <QString>
#include <QStringList>

namespace barge {

QString quoteIdentifier(Dialect dialect, const QString &name);
QString quoteIdentifiers(Dialect dialect, const QStringList &names); // "a", "b"

} // namespace barge
