#pragma once
// Endpoint: one side of a migration, parsed from a URL (grammar in docs/urls.md; what each kind
// accepts is registered by its folder, EndpointKinds):
//   sqlite:///abs/path.db   sqlite:relative/path.db
//   csv:///abs/file.csv     csv:///abs/folder/        (?delimiter=;&quote="&header=false&encoding=latin1&null=NULL)
//   postgresql://user[:password]@host[:port]/db[?sslmode=..&schema=..&host=/socket/dir&connect_timeout=..]
//   mysql:// or mariadb://user[:password]@host[:port]/db[?socket=/path&ssl-mode=..&connect_timeout=..]
// A plain value. The password is kept only in memory: toUrl() leaves it out unless asked.

#include "endpoint/endpointkinds.h"
#include "schema/dialect.h"

#include <QMap>
#include <QString>
#include <optional>

namespace barge {

struct Endpoint
{
    EndpointKind kind = EndpointKind::Sqlite;
    QString scheme;              // as written: "sqlite", "csv", "postgresql"/"postgres", "mysql"/"mariadb"
    QString path;                // sqlite/csv: file or folder path as given (may be relative)
    bool folder = false;         // csv: a folder of *.csv files (path ended with '/', or is a directory:
                                 // absolute paths are looked at by parse(), relative ones by resolvedAgainst())
    QString host;
    int port = 0;                // 0 = the engine's default
    QString user;
    QString password;            // never serialised
    QString database;
    QMap<QString, QString> options; // query options, validated per kind

    // Parses and validates. On failure returns nullopt and sets *error to a message naming the bad part.
    static std::optional<Endpoint> parse(const QString &url, QString *error);

    // Canonical URL; the password only when includePassword (never for profiles, logs or reports).
    QString toUrl(bool includePassword = false) const;
    // Short human name: "shop.db", "orders.csv", "csv folder exports/", "alice@db.example.com/shop",
    // with the port when it is not the default: "alice@127.0.0.1:55433/shop".
    QString displayName() const;

    // What the kind's description (EndpointKinds) says of this endpoint.
    const KindInfo &info() const;
    Dialect dialect() const { return info().dialect; }
    bool isFileBased() const { return info().isFile(); }
    bool isRelative() const;
    // A copy whose relative file path is made absolute against baseDir (profiles: the profile's folder),
    // and whose absolute one is cleaned ("/p/./x/../a.db" is "/p/a.db").
    Endpoint resolvedAgainst(const QString &baseDir) const;
    // A copy whose absolute file path is written relative to baseDir when it lies below it.
    Endpoint relativeTo(const QString &baseDir) const;

    QString option(const QString &name, const QString &fallback = QString()) const
    {
        return options.value(name, fallback);
    }

    friend bool operator==(const Endpoint &a, const Endpoint &b)
    {
        return a.kind == b.kind && a.path == b.path && a.folder == b.folder && a.host == b.host
            && a.port == b.port && a.user == b.user && a.database == b.database && a.options == b.options;
    }
    friend bool operator!=(const Endpoint &a, const Endpoint &b) { return !(a == b); }
};

} // namespace barge
