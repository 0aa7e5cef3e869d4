#pragma once
// TableFiles: how the file kinds that hold one table per file in a folder (csv:///dir/,
// jsonl:///dir/) name a table's file. Shared so that every such kind keeps a table inside its folder.

#include <QString>

namespace barge {

class TableFiles
{
public:
    // The file name (without extension) of table `table`: a table name is not a path, so '/' and
    // NUL (which would leave the folder) and a name of "." or ".." become '_'.
    static QString stem(const QString &table);
};

} // namespace barge
