#pragma once
// Introspector: lists an endpoint's tables and describes their columns. Owned and used by one
// thread (it may hold a connection). Backend::introspector() makes the right one for an Endpoint.

#include "schema/tableschema.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace barge {

class Introspector
{
public:
    virtual ~Introspector() = default;

    virtual bool open(QString *error) = 0;
    virtual QStringList tableNames(QString *error) = 0;
    // Columns with types, nullability and key; the row count (exact where cheap, else an estimate).
    virtual std::optional<TableSchema> table(const QString &name, QString *error) = 0;
    // True when the endpoint has a table of this name (targets: decides create versus use).
    virtual bool hasTable(const QString &name);
};

} // namespace barge
