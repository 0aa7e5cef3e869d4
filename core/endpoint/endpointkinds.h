#pragma once
// EndpointKinds: what each kind of source or target says about its URLs, read by Endpoint (the URL
// parser and printer), the docs and the wizard instead of switching on EndpointKind. Each kind is
// described once, in its own folder (core/io/<kind>/<kind>backend.cpp), which registers this
// description together with its backend (io/backendregistry.h). The list of folders is in
// core/CMakeLists.txt (BARGE_BACKENDS); the build generates the function that registers them all
// (registerBuiltinKinds), which this registry calls the first time it is asked.
// Thread safe once registered: the registry is filled on first use, under a lock.

#include "schema/dialect.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace barge {

// EndpointKind: which kind of source or target an Endpoint is, named by the kind's canonical URL
// scheme ("sqlite", "csv", "postgresql", "mysql"). The set is open: a kind's folder names its kind
// and registers it (KindInfo::kind); nothing in core lists them. The four kinds built in since the
// start have names here for the code and tests that single one out; a new kind keeps its name in its
// own folder (for example `inline constexpr EndpointKind JsonLinesKind{"jsonl"};`).
class EndpointKind
{
public:
    constexpr EndpointKind() = default;
    explicit constexpr EndpointKind(const char *id) : m_id(id) {}

    // The canonical scheme; also how a kind is stored (QVariant, combo box data).
    QString id() const { return QString::fromLatin1(m_id); }

    friend bool operator==(EndpointKind a, EndpointKind b) { return qstrcmp(a.m_id, b.m_id) == 0; }
    friend bool operator!=(EndpointKind a, EndpointKind b) { return !(a == b); }

    static const EndpointKind Sqlite;
    static const EndpointKind Csv;
    static const EndpointKind Postgres;
    static const EndpointKind MySql;

private:
    const char *m_id = "sqlite"; // a literal: kinds live as long as the program
};

inline constexpr EndpointKind EndpointKind::Sqlite{"sqlite"};
inline constexpr EndpointKind EndpointKind::Csv{"csv"};
inline constexpr EndpointKind EndpointKind::Postgres{"postgresql"};
inline constexpr EndpointKind EndpointKind::MySql{"mysql"};

// For QCOMPARE and qDebug: the kind's id.
inline char *toString(EndpointKind kind)
{
    return qstrdup(kind.id().toLatin1().constData());
}

// How an option's value is checked when a URL is parsed.
enum class ValueRule {
    Any,          // anything, empty too
    NonEmpty,     // something
    WholeNumber,  // digits
    AbsolutePath, // a path from the root
    OneOf,        // one of `choices`, matched case-insensitively, stored as spelled there
};

struct OptionSpec
{
    QString name;
    ValueRule rule = ValueRule::Any;
    QStringList choices;
};

struct KindInfo
{
    // The two shapes of URL: sqlite:///abs/file.db and postgresql://user@host:port/db.
    enum class Shape { File, Server };

    EndpointKind kind = EndpointKind::Sqlite;
    QString label;             // for people: "SQLite", "CSV", "PostgreSQL", "MariaDB/MySQL"
    QStringList schemes;       // the first is the canonical spelling
    Dialect dialect = Dialect::Sqlite;
    Shape shape = Shape::File;
    QList<OptionSpec> options; // ?name=value options, one spelling for the parser, the docs and forms
    // File: a folder of such files is a source or target too (csv:///dir/); a path ending in '/'
    // names a folder. Without it such a path is refused as "names a folder".
    bool folders = false;
    // example and fileNoun are English, marked with QT_TRANSLATE_NOOP("barge::Endpoint", ...) where
    // they are set: Endpoint's messages say them in the current language.
    QString example;           // the URL forms, for messages: "sqlite:///abs/path.db or sqlite:relative/path.db"
    QString fileNoun;          // File: what a path must name, for messages: "a database file"
    QStringList extensions;    // File: the usual file name endings, without the dot ("db", "sqlite")
    // Server: the engine's port, and the option that puts a socket in place of a TCP host ("host"
    // holds PostgreSQL's socket folder, "socket" MariaDB's socket file, only with host localhost).
    int defaultPort = 0;
    QString socketOption;
    bool socketOnlyWithLocalhost = false;
    // Documents with nested objects (JSON): the option naming the objects kept whole as one json
    // column instead of flattened into parent.child columns (NestedObjects); empty for other kinds.
    QString wholeObjectsOption;

    QString canonicalScheme() const { return schemes.value(0); }
    bool isFile() const { return shape == Shape::File; }
};

class EndpointKinds
{
public:
    // Called by each backend's folder while registering (registerBuiltinKinds).
    static void add(const KindInfo &info);
    static const KindInfo *find(EndpointKind kind);
    static const KindInfo *findScheme(const QString &scheme); // lower case
    // The file kind that names its files with this file's ending ("orders.CSV" -> csv); null when none does.
    static const KindInfo *findFile(const QString &fileName);
    static QList<KindInfo> all();                              // in registration order
    static QStringList schemes();                              // every spelling, in order
};

// Defined by the build (core/io/backends.cpp, generated from BARGE_BACKENDS): registers every
// backend folder's kind and backend.
void registerBuiltinKinds();

} // namespace barge
