#include "io/backendregistry.h"

#include <QList>
#include <QMutex>

namespace barge {

namespace {

struct Registry
{
    QMutex lock; // add() during registration
    QList<BackendInfo> backends;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

} // namespace

void BackendRegistry::add(const KindInfo &kind, const BackendInfo &backend)
{
    EndpointKinds::add(kind);
    Registry &r = registry();
    QMutexLocker locker(&r.lock);
    for (BackendInfo &known : r.backends) {
        if (known.kind == backend.kind) {
            known = backend;
            return;
        }
    }
    r.backends << backend;
}

const BackendInfo *BackendRegistry::find(EndpointKind kind)
{
    EndpointKinds::all(); // registers every kind on first use
    for (const BackendInfo &backend : registry().backends) {
        if (backend.kind == kind)
            return &backend;
    }
    return nullptr;
}

} // namespace barge
