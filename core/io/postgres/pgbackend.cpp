// The PostgreSQL kind: postgresql:// or postgres://user@host:port/db; a source and a target with
// keys and resume marks. Registered by registerBuiltinKinds (BARGE_BACKENDS).

#include "io/backendregistry.h"
#include "io/postgres/pgdigest.h"
#include "io/postgres/pgintrospector.h"
#include "io/postgres/pgreader.h"
#include "io/postgres/pgwriter.h"

namespace barge {

void registerPostgresBackend()
{
    KindInfo kind;
    kind.kind = EndpointKind::Postgres;
    kind.label = QStringLiteral("PostgreSQL");
    kind.schemes = {QStringLiteral("postgresql"), QStringLiteral("postgres")};
    kind.dialect = Dialect::Postgres;
    kind.shape = KindInfo::Shape::Server;
    kind.options = {{QStringLiteral("sslmode"), ValueRule::OneOf,
                     {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                      QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")}},
                    {QStringLiteral("schema"), ValueRule::NonEmpty, {}},
                    {QStringLiteral("host"), ValueRule::AbsolutePath, {}},
                    {QStringLiteral("sslrootcert"), ValueRule::NonEmpty, {}},
                    {QStringLiteral("connect_timeout"), ValueRule::WholeNumber, {}},
                    {QStringLiteral("application_name"), ValueRule::NonEmpty, {}}};
    kind.example = QStringLiteral("postgresql://user@host:port/database");
    kind.defaultPort = 5432;
    kind.socketOption = QStringLiteral("host"); // a socket folder in place of the TCP host

    BackendInfo backend;
    backend.kind = EndpointKind::Postgres;
    backend.keepsMarks = true;
    backend.hasKeys = true;
    // A missing table is no error: hasTable() says false.
    backend.introspector = [](const Endpoint &endpoint, bool) { return std::make_unique<PgIntrospector>(endpoint); };
    backend.reader = [](const Endpoint &endpoint, const QString &table) {
        return std::make_unique<PgReader>(endpoint, table);
    };
    backend.writer = [](const Endpoint &endpoint, const QString &table) {
        return std::make_unique<PgWriter>(endpoint, table);
    };
    backend.digest = [](const Endpoint &endpoint, const QString &table) {
        return std::make_unique<PgDigest>(endpoint, table);
    };
    BackendRegistry::add(kind, backend);
}

} // namespace barge
