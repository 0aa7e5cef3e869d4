#include "io/connectionreuse.h"

#include <QMultiHash>
#include <QMutex>

#include <vector>

namespace barge {

namespace {

struct Kept
{
    QMutex mutex;
    int scopes = 0;
    QMultiHash<QString, ConnectionReuse::Idle *> idle;
};

Kept &kept()
{
    static Kept instance;
    return instance;
}

} // namespace

ConnectionReuse::Scope::Scope()
{
    QMutexLocker lock(&kept().mutex);
    ++kept().scopes;
}

ConnectionReuse::Scope::~Scope()
{
    std::vector<std::unique_ptr<Idle>> closing;
    {
        QMutexLocker lock(&kept().mutex);
        if (--kept().scopes > 0)
            return;
        for (Idle *idle : std::as_const(kept().idle))
            closing.emplace_back(idle);
        kept().idle.clear();
    }
    // closed outside the lock: closing a connection may wait on the network
}

bool ConnectionReuse::active()
{
    QMutexLocker lock(&kept().mutex);
    return kept().scopes > 0;
}

void ConnectionReuse::keep(const QString &key, std::unique_ptr<Idle> idle)
{
    QMutexLocker lock(&kept().mutex);
    if (kept().scopes > 0)
        kept().idle.insert(key, idle.release());
    // else `idle`, a parameter, closes once this returns and the lock is released
}

std::unique_ptr<ConnectionReuse::Idle> ConnectionReuse::take(const QString &key)
{
    QMutexLocker lock(&kept().mutex);
    const auto found = kept().idle.find(key);
    if (found == kept().idle.end())
        return nullptr;
    std::unique_ptr<Idle> idle(found.value());
    kept().idle.erase(found);
    return idle;
}

int ConnectionReuse::idleCount()
{
    QMutexLocker lock(&kept().mutex);
    return int(kept().idle.size());
}

} // namespace barge
