#pragma once
// AccessIntrospector: an Access database (access:///abs/file.mdb, or .accdb) is a source whose tables
// are its user tables, with their columns, keys, indexes and enforced relationships
// (AccessDatabase). Owned and used by one thread.

#include "endpoint/endpoint.h"
#include "io/access/accessdatabase.h"
#include "io/introspector.h"

namespace barge {

class AccessIntrospector : public Introspector
{
public:
    explicit AccessIntrospector(const Endpoint &endpoint);

    using Introspector::open;
    bool open(Failure *failure) override;
    QStringList tableNames(QString *error) override;
    std::optional<TableSchema> table(const QString &name, QString *error) override;
    bool hasTable(const QString &name) override;

private:
    Endpoint m_endpoint;
    AccessDatabase m_database;
    bool m_open = false;
};

} // namespace barge
