#include "endpoint/endpointkinds.h"

#include <QMutex>

#include <mutex>

namespace barge {

namespace {

struct Registry
{
    QMutex lock; // add() during registration
    QList<KindInfo> kinds;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

// The kinds, registered once, on first use; other threads wait until that is done.
const QList<KindInfo> &kinds()
{
    static std::once_flag registered;
    std::call_once(registered, [] { registerBuiltinKinds(); });
    return registry().kinds;
}

} // namespace

void EndpointKinds::add(const KindInfo &info)
{
    Q_ASSERT(info.kind.id() == info.canonicalScheme()); // a kind is named by its canonical scheme
    Registry &r = registry();
    QMutexLocker locker(&r.lock);
    for (KindInfo &known : r.kinds) {
        if (known.kind == info.kind) {
            known = info;
            return;
        }
    }
    r.kinds << info;
}

const KindInfo *EndpointKinds::find(EndpointKind kind)
{
    for (const KindInfo &info : kinds()) {
        if (info.kind == kind)
            return &info;
    }
    return nullptr;
}

const KindInfo *EndpointKinds::findScheme(const QString &scheme)
{
    for (const KindInfo &info : kinds()) {
        if (info.schemes.contains(scheme))
            return &info;
    }
    return nullptr;
}

const KindInfo *EndpointKinds::findFile(const QString &fileName)
{
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    if (dot < 0 || fileName.indexOf(QLatin1Char('/'), dot) >= 0)
        return nullptr;
    const QString ending = fileName.mid(dot + 1).toLower();
    for (const KindInfo &info : kinds()) {
        if (info.isFile() && info.extensions.contains(ending))
            return &info;
    }
    return nullptr;
}

QList<KindInfo> EndpointKinds::all()
{
    return kinds();
}

QStringList EndpointKinds::schemes()
{
    QStringList names;
    for (const KindInfo &info : kinds())
        names << info.schemes;
    return names;
}

} // namespace barge
