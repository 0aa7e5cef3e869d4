#pragma once
// Dialect: which engine's SQL and type names apply to an endpoint. Plain is every file kind without
// declared types of its own (CSV and the other file formats): their columns carry neutral types.

#include <QString>

namespace barge {

enum class Dialect { Sqlite, Postgres, MySql, Plain };

QString dialectName(Dialect dialect);

} // namespace barge
