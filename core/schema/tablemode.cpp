#include "schema/tablemode.h"

namespace barge {

// The spellings are part of the profile format and the CLI: changing one breaks saved profiles.
QString tableModeName(TableMode mode)
{
    switch (mode) {
    case TableMode::Append:
        return QStringLiteral("append");
    case TableMode::Truncate:
        return QStringLiteral("truncate");
    case TableMode::Replace:
        return QStringLiteral("replace");
    case TableMode::Skip:
        return QStringLiteral("skip");
    case TableMode::Merge:
        return QStringLiteral("merge");
    }
    return QStringLiteral("append");
}

bool parseTableMode(const QString &text, TableMode *mode)
{
    for (TableMode candidate : allTableModes) {
        if (text == tableModeName(candidate)) {
            *mode = candidate;
            return true;
        }
    }
    return false;
}

} // namespace barge
