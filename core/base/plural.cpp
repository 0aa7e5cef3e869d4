#include "plural.h"

#include <algorithm>
#include <climits>

namespace barge {

int pluralCount(qint64 n)
{
    return int(std::clamp<qint64>(n, INT_MIN, INT_MAX));
}

QString pluralText(QString translated, qint64 n)
{
    return translated.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace barge
