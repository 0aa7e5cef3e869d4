// The SQLite kind: sqlite:///abs/file.db and sqlite:relative/file.db; a source and a target with
// keys and resume marks. Registered with the others by registerBuiltinKinds (BARGE_BACKENDS).

#include "io/backendregistry.h"
#include "io/sqlite/sqlitedigest.h"
#include "io/sqlite/sqliteintrospector.h"
#include "io/sqlite/sqlitereader.h"
#include "io/sqlite/sqlitewriter.h"

namespace barge {

void registerSqliteBackend()
{
    KindInfo kind;
    kind.kind = EndpointKind::Sqlite;
    kind.label = QStringLiteral("SQLite");
    kind.schemes = {QStringLiteral("sqlite")};
    kind.dialect = Dialect::Sqlite;
    kind.shape = KindInfo::Shape::File;
    // The code page of text that is not UTF-8 (a legacy program's file): SqliteReader.
    kind.options = {{QStringLiteral("encoding"), ValueRule::OneOf, {QStringLiteral("windows-1252"), QStringLiteral("latin1")}}};
    // Said in messages (Endpoint), in the current language there.
    kind.example = QString::fromUtf8(QT_TRANSLATE_NOOP("barge::Endpoint", "sqlite:///abs/path.db or sqlite:relative/path.db"));
    kind.fileNoun = QString::fromUtf8(QT_TRANSLATE_NOOP("barge::Endpoint", "a database file"));
    kind.extensions = {QStringLiteral("db"), QStringLiteral("sqlite"), QStringLiteral("sqlite3")};

    BackendInfo backend;
    backend.kind = EndpointKind::Sqlite;
    backend.keepsMarks = true;
    backend.hasKeys = true;
    backend.introspector = [](const Endpoint &endpoint, bool asTarget) {
        return std::make_unique<SqliteIntrospector>(endpoint.path, asTarget);
    };
    backend.reader = [](const Endpoint &endpoint, const QString &table) {
        return std::make_unique<SqliteReader>(endpoint.path, table, endpoint.option(QStringLiteral("encoding")));
    };
    backend.writer = [](const Endpoint &endpoint, const QString &table) {
        return std::make_unique<SqliteWriter>(endpoint.path, table);
    };
    backend.digest = [](const Endpoint &endpoint, const QString &table) -> std::unique_ptr<TableDigest> {
        if (!endpoint.option(QStringLiteral("encoding")).isEmpty())
            return nullptr; // text stored in another encoding: the reader decodes it (ReaderDigest)
        return std::make_unique<SqliteDigest>(endpoint.path, table);
    };
    BackendRegistry::add(kind, backend);
}

} // namespace barge
