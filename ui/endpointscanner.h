#pragma once
// EndpointScanner: the slow questions the wizard asks about endpoints (can I connect? which tables,
// which columns, how many rows?). Every function blocks and opens its own connections, so callers run
// them on a worker thread with QtConcurrent::run and collect the result with a QFutureWatcher.

#include "migrationsetup.h"

#include <QCoreApplication>
#include <QString>

namespace barge {

struct ConnectionCheck
{
    bool ok = false;
    QString message; // shown inline under the form, already in plain words
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
    // Source tables with their schemas and row counts, and the target's existing tables.
    static EndpointsScan scanBoth(const Endpoint &source, const Endpoint &target);
};

} // namespace barge
