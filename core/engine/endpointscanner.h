#pragma once
// EndpointScanner: the slow questions the wizard asks about endpoints (can I connect? which tables,
// which columns, how many rows?). Every function blocks and opens its own connections, so callers run
// them on a worker thread with QtConcurrent::run and collect the result with a QFutureWatcher.
// In core (engine/, where the Planner also reads both catalogs) so it needs no widgets; strings are
// translated in the context "EndpointScanner".

#include "endpoint/endpoint.h"
#include "schema/tableschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace barge {

// What a background scan of both endpoints found (EndpointScanner::scanBoth).
struct EndpointsScan
{
    Endpoint source;
    Endpoint target;
    QStringList sourceTables;
    QHash<QString, TableSchema> sourceSchemas;  // by source table name
    QHash<QString, TableSchema> targetSchemas;  // existing target tables, by name
    bool targetRead = false;                    // targetSchemas is the target's answer, not a guess
    QString error;
    enum class Side { None, Source, Target };
    Side failed = Side::None;                   // which end `error` is about
    bool stopped = false;                       // ScanControl::stop said so: sourceTables is only what was read

    bool matches(const Endpoint &s, const Endpoint &t) const { return s == source && t == target; }
    bool targetHas(const QString &table) const { return targetSchemas.contains(table); }
};

// How a caller follows a long scan (a server with 500 tables) and stops it. Both are called on
// the scanning thread, between tables.
struct ScanControl
{
    std::function<void(int done, int total)> progress; // source tables described so far, of all
    std::function<bool()> stop;                        // true: stop after the table being read
};

struct ConnectionCheck
{
    bool ok = false;
    QString message; // shown inline under the form, already in plain words
    QStringList tables; // what it holds, for the form to list (a target file that does not exist yet: none)
};

class EndpointScanner
{
    Q_DECLARE_TR_FUNCTIONS(EndpointScanner)

public:
    enum class Role { Source, Target };

    static ConnectionCheck test(const Endpoint &endpoint, Role role);
    // Why a new file cannot be created at `path`: its folder is missing, is a file, or cannot be
    // written to (tried, not guessed from permission bits). Empty when it can. Touches the disk.
    static QString newFileProblem(const QString &path);
    // The same without writing anything: only whether the folder is there (cheap enough for the GUI thread).
    static QString missingFolder(const QString &path);
    // Source tables with their schemas and row counts, and the target's existing tables. A scan
    // stopped by `control` says so (stopped, with the reason as its error).
    static EndpointsScan scanBoth(const Endpoint &source, const Endpoint &target, const ScanControl &control = ScanControl());
};

} // namespace barge
