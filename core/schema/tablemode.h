#pragma once
// TableMode: what a load does with a target table that already exists (append to it, empty it
// first, drop and create it again, leave the table out, or merge: insert the rows its key does
// not hold yet and update those it does). Part of a TableMapping; DdlBuilder turns it into
// statements, and a database writer merges rows by the table's key (TableMapping::mergeKey).

#include <QString>

namespace barge {

enum class TableMode { Append, Truncate, Replace, Skip, Merge };

// Every mode, in the order the wizard and --help list them.
inline constexpr TableMode allTableModes[] = {TableMode::Append, TableMode::Merge, TableMode::Truncate,
                                             TableMode::Replace, TableMode::Skip};

QString tableModeName(TableMode mode);
bool parseTableMode(const QString &text, TableMode *mode);

} // namespace barge
