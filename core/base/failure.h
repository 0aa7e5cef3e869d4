#pragma once
// Failure: why something did not work, as a kind a front end can act on (ask for a password, say
// that the server is down, offer to pick another file) and the message a person reads. Errors in
// Barge are values: a function returns false or an empty optional and fills a Failure (or, deeper
// in, a QString that its caller wraps). Nothing decides by reading the words of a message.
// A row the target refuses is not a Failure but a RowError (io/rowwriter.h): it goes to the rejects.

#include <QString>

namespace barge {

struct Failure
{
    enum class Kind {
        None,           // nothing failed
        Authentication, // the server refused the login: wrong or missing password, or no access
        Unreachable,    // nothing answered at that host, port or socket, or TLS could not be set up
        MissingObject,  // the database, file, folder or table named is not there
        Refused,        // the target cannot hold what the plan asks (a name, a key, a type, a value)
        Io,             // a file or folder could not be read or written
        Unsupported,    // this kind of source or target cannot do that
        Other,
    };

    Kind kind = Kind::None;
    QString message; // for people: says where and why
    QString subject; // what failed, when known: an endpoint's displayName(), a file, a table

    Failure() = default;
    Failure(Kind kind, const QString &message, const QString &subject = QString())
        : kind(kind), message(message), subject(subject)
    {
    }

    bool failed() const { return kind != Kind::None; }
    // "authentication", "unreachable", ...: for logs and tests.
    static QString kindName(Kind kind);
};

} // namespace barge
