#include "engine/endpointscanner.h"

#include "io/backend.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

namespace barge {

namespace {

// Tables described per round of prefetch(): progress moves, and Stop is heard, between rounds.
constexpr int prefetchPart = 50;

} // namespace

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
        check.message = newFileProblem(endpoint.path);
        if (!check.message.isEmpty())
            return check;
        check.ok = true;
        check.message = tr("%1 does not exist yet; it will be created.").arg(endpoint.path);
        return check;
    }
    // A file target without a catalog (CSV, JSON Lines) is written fresh: nothing to connect to.
    if (role == Role::Target && endpoint.isFileBased() && !Backend::hasKeys(endpoint)) {
        check.ok = true;
        check.message = endpoint.folder ? tr("Each table will be written as <table>.%1 in %2.")
                                              .arg(endpoint.info().extensions.value(0), endpoint.path)
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
    check.tables = tables;
    check.message = tr("Connected to %1: %n table(s).", nullptr, int(tables.size())).arg(endpoint.displayName());
    return check;
}

QString EndpointScanner::missingFolder(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    // The nearest part of the path that exists says what is wrong with the rest.
    QString existing = folder;
    while (!QFileInfo::exists(existing)) {
        const QString up = QFileInfo(existing).absolutePath();
        if (up == existing)
            break;
        existing = up;
    }
    const QFileInfo found(existing);
    if (found.exists() && !found.isDir())
        return tr("%1 is a file, not a folder, so %2 cannot be created in it.").arg(existing, QFileInfo(path).fileName());
    if (!QFileInfo(folder).isDir())
        return tr("The folder %1 does not exist. Create it first, or choose another folder.").arg(folder);
    return QString();
}

QString EndpointScanner::newFileProblem(const QString &path)
{
    const QString missing = missingFolder(path);
    if (!missing.isEmpty())
        return missing;
    const QString folder = QFileInfo(path).absolutePath();
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".barge-probe-XXXXXX")));
    if (!probe.open())
        return tr("The folder %1 cannot be written to (%2), so %3 cannot be created there.")
            .arg(folder, probe.errorString(), QFileInfo(path).fileName());
    return QString();
}

EndpointsScan EndpointScanner::scanBoth(const Endpoint &source, const Endpoint &target, const ScanControl &control)
{
    EndpointsScan scan;
    scan.source = source;
    scan.target = target;
    auto fail = [&scan](EndpointsScan::Side side, const QString &error) {
        scan.failed = side;
        scan.error = error;
        return scan;
    };
    QString error;
    if (!Backend::canRead(source, &error))
        return fail(EndpointsScan::Side::Source, error);
    if (!Backend::canWrite(target, &error))
        return fail(EndpointsScan::Side::Target, error);
    std::unique_ptr<Introspector> in = Backend::introspector(source);
    if (!in || !in->open(&error))
        return fail(EndpointsScan::Side::Source, error);
    scan.sourceTables = in->tableNames(&error);
    const int total = int(scan.sourceTables.size());
    if (control.progress)
        control.progress(0, total);
    for (int i = 0; i < total; ++i) {
        if (control.stop && control.stop()) {
            scan.stopped = true;
            scan.sourceTables = scan.sourceTables.mid(0, i);
            return fail(EndpointsScan::Side::Source, tr("Reading the tables was stopped after %1 of %2.").arg(i).arg(total));
        }
        const QString &name = scan.sourceTables.at(i);
        if (i % prefetchPart == 0) // many at a time where the source can, with progress and Stop between
            in->prefetch(scan.sourceTables.mid(i, prefetchPart));
        const std::optional<TableSchema> schema = in->table(name, &error);
        if (!schema)
            return fail(EndpointsScan::Side::Source, error);
        scan.sourceSchemas.insert(name, *schema);
        if (control.progress)
            control.progress(i + 1, total);
    }
    if (!error.isEmpty())
        return fail(EndpointsScan::Side::Source, error);
    if (target.isFileBased() && !Backend::hasKeys(target)) {
        scan.targetRead = true; // a CSV or JSON Lines target is written fresh; the planner treats it as having no tables
        return scan;
    }
    std::unique_ptr<Introspector> out = Backend::introspector(target, true);
    if (!out || !out->open(&error))
        return fail(EndpointsScan::Side::Target, error);
    const QStringList existing = out->tableNames(&error);
    if (!error.isEmpty())
        return fail(EndpointsScan::Side::Target, error);
    out->prefetch(existing);
    for (const QString &name : existing) {
        const std::optional<TableSchema> schema = out->table(name, &error);
        if (schema)
            scan.targetSchemas.insert(name, *schema);
    }
    scan.targetRead = true;
    return scan;
}

} // namespace barge
