#include "io/backend.h"

#include "io/backendregistry.h"

#include <QCoreApplication>

namespace barge {

namespace {

// The kind's backend when it can do `what` (reads or writes), else null with *error.
const BackendInfo *able(const Endpoint &endpoint, bool BackendInfo::*what, QString *error)
{
    const BackendInfo *backend = BackendRegistry::find(endpoint.kind);
    if (backend && backend->*what)
        return backend;
    const QString label = endpoint.info().label.isEmpty() ? dialectName(endpoint.dialect()) : endpoint.info().label;
    *error = (what == &BackendInfo::reads
                  ? QCoreApplication::translate("barge::Backend",
                                                "%1 endpoints cannot be read by this build of Barge (%2)")
                  : QCoreApplication::translate("barge::Backend",
                                                "%1 endpoints cannot be written by this build of Barge (%2)"))
                 .arg(label, endpoint.toUrl());
    return nullptr;
}

} // namespace

bool Backend::canRead(const Endpoint &endpoint, QString *error)
{
    return able(endpoint, &BackendInfo::reads, error) != nullptr;
}

bool Backend::canWrite(const Endpoint &endpoint, QString *error)
{
    return able(endpoint, &BackendInfo::writes, error) != nullptr;
}

bool Backend::keepsMarks(const Endpoint &endpoint)
{
    const BackendInfo *backend = BackendRegistry::find(endpoint.kind);
    return backend && backend->keepsMarks;
}

bool Backend::hasKeys(const Endpoint &endpoint)
{
    const BackendInfo *backend = BackendRegistry::find(endpoint.kind);
    return backend && backend->hasKeys;
}

bool Backend::splitsRecords(const Endpoint &endpoint)
{
    const BackendInfo *backend = BackendRegistry::find(endpoint.kind);
    return backend && backend->splitsRecords;
}

bool Backend::settleSource(Endpoint *endpoint, QStringList *notes, QString *error)
{
    const BackendInfo *backend = BackendRegistry::find(endpoint->kind);
    return !backend || !backend->settleSource || backend->settleSource(endpoint, notes, error);
}

std::unique_ptr<Introspector> Backend::introspector(const Endpoint &endpoint, bool asTarget)
{
    const BackendInfo *backend = BackendRegistry::find(endpoint.kind);
    return backend && backend->introspector ? backend->introspector(endpoint, asTarget) : nullptr;
}

std::unique_ptr<TableDigest> Backend::digest(const Endpoint &endpoint, const QString &table)
{
    const BackendInfo *backend = BackendRegistry::find(endpoint.kind);
    return backend && backend->digest ? backend->digest(endpoint, table) : nullptr;
}

std::unique_ptr<RowReader> Backend::reader(const Endpoint &endpoint, const QString &table)
{
    const BackendInfo *backend = BackendRegistry::find(endpoint.kind);
    return backend && backend->reads && backend->reader ? backend->reader(endpoint, table) : nullptr;
}

std::unique_ptr<RowWriter> Backend::writer(const Endpoint &endpoint, const QString &table)
{
    const BackendInfo *backend = BackendRegistry::find(endpoint.kind);
    return backend && backend->writes && backend->writer ? backend->writer(endpoint, table) : nullptr;
}

} // namespace barge
