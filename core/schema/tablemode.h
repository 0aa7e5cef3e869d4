#pragma once
// TableMode: what a load does with a target table that already exists (append to it, empty it
// first, drop and create it again, or leave the table out). Part of a TableMapping; DdlBuilder
// turns it into statements.

#include <QString>

namespace barge {

enum class TableMode { Append, Truncate, Replace, Skip };

QString tableModeName(TableMode mode);
bool parseTableMode(const QString &text, TableMode *mode);

} // namespace barge
