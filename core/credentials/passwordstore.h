#pragma once
// PasswordStore: server passwords in the system keychain (the Secret Service on Linux, through
// QtKeychain), one entry per endpoint under the service "Barge" and an account name derived from
// the endpoint's kind, user, host, port and database, never from the password. Nothing is ever
// written to a file as a fallback: without a keychain the calls fail with Status::Unavailable and
// a message saying so.
//
// Threading: QtKeychain jobs are asynchronous and need a running event loop in the calling thread.
// read()/write()/remove() return at once and call `done` in `context`'s thread (the wizard uses
// these on the GUI thread); the *Now() variants wait in a local event loop and are for the command
// line only, never for a GUI thread.

#include "endpoint/endpoint.h"

#include <QString>

#include <functional>

class QObject;

namespace barge {

class PasswordStore
{
public:
    enum class Status { Done, NotFound, Unavailable, Failed };
    struct Result
    {
        Status status = Status::Failed;
        QString password; // read: the stored password
        QString message;  // why it failed, for the user; empty when Done
        bool ok() const { return status == Status::Done; }
    };
    using Callback = std::function<void(const Result &)>;

    static QString service();
    // "postgresql://alice@db.example.com:5432/shop": scheme spelling, letter case of the host and a
    // missing default port do not change it. Empty for file endpoints (nothing to store).
    static QString account(const Endpoint &endpoint);
    static bool canStore(const Endpoint &endpoint) { return !account(endpoint).isEmpty(); }

    static void read(const Endpoint &endpoint, QObject *context, Callback done);
    static void write(const Endpoint &endpoint, const QString &password, QObject *context, Callback done);
    static void remove(const Endpoint &endpoint, QObject *context, Callback done);

    static Result readNow(const Endpoint &endpoint, int timeoutMs = defaultTimeoutMs);
    static Result writeNow(const Endpoint &endpoint, const QString &password, int timeoutMs = defaultTimeoutMs);
    static Result removeNow(const Endpoint &endpoint, int timeoutMs = defaultTimeoutMs);

    static constexpr int defaultTimeoutMs = 10000;
};

} // namespace barge
