#include "io/backend.h"

#include "io/csv/csvintrospector.h"
#include "io/csv/csvtablereader.h"
#include "io/csv/csvtablewriter.h"
#include "io/mysql/myintrospector.h"
#include "io/mysql/myreader.h"
#include "io/mysql/mywriter.h"
#include "io/postgres/pgintrospector.h"
#include "io/postgres/pgreader.h"
#include "io/postgres/pgwriter.h"
#include "io/sqlite/sqliteintrospector.h"
#include "io/sqlite/sqlitereader.h"
#include "io/sqlite/sqlitewriter.h"

namespace barge {

namespace {

bool supported(const Endpoint &endpoint, QString *error)
{
    switch (endpoint.kind) {
    case EndpointKind::Sqlite:
    case EndpointKind::Csv:
    case EndpointKind::Postgres:
    case EndpointKind::MySql:
        return true;
    }
    *error = QStringLiteral("%1 endpoints are not supported by this build of Barge yet (%2)")
                 .arg(dialectName(endpoint.dialect()), endpoint.toUrl());
    return false;
}

} // namespace

bool Backend::isAuthenticationError(const QString &error)
{
    // The PostgreSQL and MariaDB backends word a refused login this way (pgconnection, myconnection).
    return error.contains(QLatin1String("wrong password"), Qt::CaseInsensitive);
}

bool Backend::canRead(const Endpoint &endpoint, QString *error)
{
    return supported(endpoint, error);
}

bool Backend::canWrite(const Endpoint &endpoint, QString *error)
{
    return supported(endpoint, error);
}

std::unique_ptr<Introspector> Backend::introspector(const Endpoint &endpoint, bool asTarget)
{
    switch (endpoint.kind) {
    case EndpointKind::Sqlite:
        return std::make_unique<SqliteIntrospector>(endpoint.path, asTarget);
    case EndpointKind::Csv:
        return std::make_unique<CsvIntrospector>(endpoint);
    case EndpointKind::Postgres:
        return std::make_unique<PgIntrospector>(endpoint); // a missing table is no error: hasTable() says false
    case EndpointKind::MySql:
        return std::make_unique<MyIntrospector>(endpoint);
    default:
        return nullptr;
    }
}

std::unique_ptr<RowReader> Backend::reader(const Endpoint &endpoint, const QString &table)
{
    switch (endpoint.kind) {
    case EndpointKind::Sqlite:
        return std::make_unique<SqliteReader>(endpoint.path, table, endpoint.options.value(QStringLiteral("encoding")));
    case EndpointKind::Csv:
        return std::make_unique<CsvTableReader>(endpoint, table);
    case EndpointKind::Postgres:
        return std::make_unique<PgReader>(endpoint, table);
    case EndpointKind::MySql:
        return std::make_unique<MyReader>(endpoint, table);
    default:
        return nullptr;
    }
}

std::unique_ptr<RowWriter> Backend::writer(const Endpoint &endpoint, const QString &table)
{
    switch (endpoint.kind) {
    case EndpointKind::Sqlite:
        return std::make_unique<SqliteWriter>(endpoint.path, table);
    case EndpointKind::Csv:
        return std::make_unique<CsvTableWriter>(endpoint, table);
    case EndpointKind::Postgres:
        return std::make_unique<PgWriter>(endpoint, table);
    case EndpointKind::MySql:
        return std::make_unique<MyWriter>(endpoint, table);
    default:
        return nullptr;
    }
}

} // namespace barge
