#include "io/access/accessintrospector.h"

#include <QFileInfo>

namespace barge {

AccessIntrospector::AccessIntrospector(const Endpoint &endpoint) : m_endpoint(endpoint)
{
}

bool AccessIntrospector::open(Failure *failure)
{
    QString error;
    m_open = m_database.open(m_endpoint.path, m_endpoint.options.value(QStringLiteral("encoding")), &error);
    if (!m_open)
        *failure = Failure(QFileInfo(m_endpoint.path).isFile() ? Failure::Kind::Other : Failure::Kind::MissingObject, error,
                           m_endpoint.path);
    return m_open;
}

QStringList AccessIntrospector::tableNames(QString *error)
{
    if (!m_open && !open(error))
        return {};
    return m_database.tableNames();
}

std::optional<TableSchema> AccessIntrospector::table(const QString &name, QString *error)
{
    if (!m_open && !open(error))
        return std::nullopt;
    return m_database.table(name, error);
}

bool AccessIntrospector::hasTable(const QString &name)
{
    QString error;
    return tableNames(&error).contains(name);
}

} // namespace barge
