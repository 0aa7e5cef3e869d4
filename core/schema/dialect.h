#pragma once
// Dialect: which engine's SQL and type names apply to an endpoint.

#include <QString>

namespace barge {

enum class Dialect { Sqlite, Postgres, MySql, Csv };

QString dialectName(Dialect dialect);

} // namespace barge
