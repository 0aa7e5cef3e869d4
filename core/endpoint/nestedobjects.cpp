#include "endpoint/nestedobjects.h"

#include <algorithm>

namespace barge::NestedObjects {

namespace {

Endpoint withKept(const Endpoint &endpoint, QSet<QString> paths)
{
    Endpoint changed = endpoint;
    const QString option = endpoint.info().wholeObjectsOption;
    QStringList sorted(paths.cbegin(), paths.cend());
    std::sort(sorted.begin(), sorted.end());
    if (sorted.isEmpty())
        changed.options.remove(option);
    else
        changed.options.insert(option, sorted.join(u','));
    return changed;
}

} // namespace

bool offered(const Endpoint &endpoint)
{
    return !endpoint.info().wholeObjectsOption.isEmpty();
}

QSet<QString> keptIn(const QMap<QString, QString> &options, const QString &optionName)
{
    QSet<QString> paths;
    for (const QString &path : options.value(optionName).split(u',', Qt::SkipEmptyParts)) {
        if (!path.trimmed().isEmpty())
            paths.insert(path.trimmed());
    }
    return paths;
}

QSet<QString> kept(const Endpoint &endpoint)
{
    return offered(endpoint) ? keptIn(endpoint.options, endpoint.info().wholeObjectsOption) : QSet<QString>();
}

QString parentOf(const QString &column)
{
    const qsizetype dot = column.lastIndexOf(u'.');
    return dot > 0 ? column.left(dot) : QString();
}

Endpoint keepingWhole(const Endpoint &endpoint, const QString &path)
{
    QSet<QString> paths = kept(endpoint);
    // An object inside the one kept whole is part of its JSON now.
    paths.removeIf([&path](const QString &inner) { return inner.startsWith(path + u'.'); });
    paths.insert(path);
    return withKept(endpoint, paths);
}

Endpoint flattening(const Endpoint &endpoint, const QString &path)
{
    QSet<QString> paths = kept(endpoint);
    paths.remove(path);
    return withKept(endpoint, paths);
}

} // namespace barge::NestedObjects
