#include "io/tablefiles.h"

namespace barge {

QString TableFiles::stem(const QString &table)
{
    QString name = table;
    for (QChar &c : name) {
        if (c == QLatin1Char('/') || c == QChar(0))
            c = QLatin1Char('_');
    }
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        name.replace(QLatin1Char('.'), QLatin1Char('_'));
    return name;
}

} // namespace barge
