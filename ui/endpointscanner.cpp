#include "endpointscanner.h"

#include "io/backend.h"

#include <QFileInfo>

namespace barge {

ConnectionCheck EndpointScanner::test(const Endpoint &endpoint, Role role)
{
    ConnectionCheck check;
    QString error;
    const bool usable = role == Role::Source ? Backend::canRead(endpoint, &error) : Backend::canWrite(endpoint, &error);
    if (!usable) {
        check.message = error;
        return check;
    }
    if (role == Role::Target && endpoint.kind == EndpointKind::Sqlite && !QFileInfo::exists(endpoint.path)) {
        check.ok = true;
        check.message = tr("%1 does not exist yet; it will be created.").arg(endpoint.path);
        return check;
    }
    if (role == Role::Target && endpoint.kind == EndpointKind::Csv) {
        check.ok = true;
        check.message = endpoint.folder ? tr("Each table will be written as <table>.csv in %1.").arg(endpoint.path)
                                        : tr("The table will be written to %1.").arg(endpoint.path);
        return check;
    }
    std::unique_ptr<Introspector> introspector = Backend::introspector(endpoint, role == Role::Target);
    if (!introspector || !introspector->open(&error)) {
        check.message = error.isEmpty() ? tr("Cannot open %1.").arg(endpoint.displayName()) : error;
        return check;
    }
    const QStringList tables = introspector->tableNames(&error);
    if (!error.isEmpty()) {
        check.message = error;
        return check;
    }
    check.ok = true;
    check.message = tr("Connected to %1: %n table(s).", nullptr, int(tables.size())).arg(endpoint.displayName());
    return check;
}

EndpointsScan EndpointScanner::scanBoth(const Endpoint &source, const Endpoint &target)
{
    EndpointsScan scan;
    scan.source = source;
    scan.target = target;
    QString error;
    if (!Backend::canRead(source, &error) || !Backend::canWrite(target, &error)) {
        scan.error = error;
        return scan;
    }
    std::unique_ptr<Introspector> in = Backend::introspector(source);
    if (!in || !in->open(&error)) {
        scan.error = error;
        return scan;
    }
    scan.sourceTables = in->tableNames(&error);
    for (const QString &name : std::as_const(scan.sourceTables)) {
        const std::optional<TableSchema> schema = in->table(name, &error);
        if (!schema) {
            scan.error = error;
            return scan;
        }
        scan.sourceSchemas.insert(name, *schema);
    }
    if (!error.isEmpty()) {
        scan.error = error;
        return scan;
    }
    if (target.kind == EndpointKind::Csv)
        return scan; // a CSV target is written fresh; the planner treats it as having no tables
    std::unique_ptr<Introspector> out = Backend::introspector(target, true);
    if (!out || !out->open(&error)) {
        scan.error = error;
        return scan;
    }
    const QStringList existing = out->tableNames(&error);
    for (const QString &name : existing) {
        const std::optional<TableSchema> schema = out->table(name, &error);
        if (schema)
            scan.targetSchemas.insert(name, *schema);
    }
    return scan;
}

} // namespace barge
