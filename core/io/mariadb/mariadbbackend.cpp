// The MariaDB/MySQL kind: mysql:// or mariadb://user@host:port/db; a source and a target with keys
// and resume marks. Registered by registerBuiltinKinds (BARGE_BACKENDS).

#include "io/backendregistry.h"
#include "io/mariadb/mariadbdigest.h"
#include "io/mariadb/mariadbintrospector.h"
#include "io/mariadb/mariadbreader.h"
#include "io/mariadb/mariadbwriter.h"

namespace barge {

void registerMariadbBackend()
{
    KindInfo kind;
    kind.kind = EndpointKind::MySql;
    kind.label = QStringLiteral("MariaDB/MySQL");
    kind.schemes = {QStringLiteral("mysql"), QStringLiteral("mariadb")};
    kind.dialect = Dialect::MySql;
    kind.shape = KindInfo::Shape::Server;
    kind.options = {{QStringLiteral("socket"), ValueRule::AbsolutePath, {}},
                    {QStringLiteral("ssl-mode"), ValueRule::OneOf,
                     {QStringLiteral("DISABLED"), QStringLiteral("PREFERRED"), QStringLiteral("REQUIRED"),
                      QStringLiteral("VERIFY_CA"), QStringLiteral("VERIFY_IDENTITY")}},
                    {QStringLiteral("ssl-ca"), ValueRule::NonEmpty, {}},
                    {QStringLiteral("connect_timeout"), ValueRule::WholeNumber, {}}};
    kind.example = QStringLiteral("mysql://user@host:port/database");
    kind.defaultPort = 3306;
    kind.socketOption = QStringLiteral("socket"); // a socket file, with host localhost or none
    kind.socketOnlyWithLocalhost = true;

    BackendInfo backend;
    backend.kind = EndpointKind::MySql;
    backend.keepsMarks = true;
    backend.hasKeys = true;
    backend.introspector = [](const Endpoint &endpoint, bool) { return std::make_unique<MariaDbIntrospector>(endpoint); };
    backend.reader = [](const Endpoint &endpoint, const QString &table) {
        return std::make_unique<MariaDbReader>(endpoint, table);
    };
    backend.writer = [](const Endpoint &endpoint, const QString &table) {
        return std::make_unique<MariaDbWriter>(endpoint, table);
    };
    backend.digest = [](const Endpoint &endpoint, const QString &table) {
        return std::make_unique<MariaDbDigest>(endpoint, table);
    };
    BackendRegistry::add(kind, backend);
}

} // namespace barge
