#pragma once
// ConnectionReuse: while a run is on, a table's closed connection waits, idle, for the next table
// that goes to the same server as the same user, instead of being closed and opened again. A run of
// 500 small tables otherwise spends most of its time connecting (TCP, TLS, SCRAM, a server process
// per connection): bench/RESULTS-many.md.
//
// The engine holds a Scope for the length of a run; outside every scope nothing is kept and a
// connection closes as before. When the last scope ends, the idle connections close. Connections
// move between threads here, so only native handles that allow it are kept (libpq's, SQLite's
// opened without a mutex are used by one thread at a time): never a QSqlDatabase.
// Thread safe.

#include <QString>

#include <memory>
#include <utility>

namespace barge {

class ConnectionReuse
{
public:
    // One idle connection; its destructor closes it.
    class Idle
    {
    public:
        virtual ~Idle() = default;
    };

    class Scope
    {
    public:
        Scope();
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;
    };

    // Whether a connection being closed now should be offered with keep().
    static bool active();
    // Keeps `idle` under `key` (the server, database, user and options it was opened with) while a
    // scope lasts; closes it at once otherwise.
    static void keep(const QString &key, std::unique_ptr<Idle> idle);
    // An idle connection kept under `key`, or null.
    static std::unique_ptr<Idle> take(const QString &key);
    // How many are kept now (tests).
    static int idleCount();
};

// An idle native handle (a PGconn, an sqlite3) that Close closes unless release() took it back:
// KeptNative<PGconn, &PQfinish>.
template <typename Handle, auto Close>
class KeptNative : public ConnectionReuse::Idle
{
public:
    explicit KeptNative(Handle *handle) : m_handle(handle) {}
    ~KeptNative() override
    {
        if (m_handle)
            Close(m_handle);
    }
    KeptNative(const KeptNative &) = delete;
    KeptNative &operator=(const KeptNative &) = delete;
    Handle *release() { return std::exchange(m_handle, nullptr); }

private:
    Handle *m_handle;
};

} // namespace barge
