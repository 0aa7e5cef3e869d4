#pragma once
// TypeMapper: the one table that maps each dialect's declared types to DataType and back
// (documented in docs/type-mapping.md). Stateless and thread safe.

#include "schema/datatype.h"
#include "schema/dialect.h"

#include <QString>

namespace barge {

class TypeMapper
{
public:
    // "VARCHAR(40)" in Postgres -> text(40); "NUMERIC(12,2)" -> decimal(12,2); unknown names -> text.
    // SQLite follows its affinity rules for names it does not know exactly.
    static DataType fromDeclared(Dialect dialect, const QString &declaredType);
    // True when the dialect's table names the declared type ("varchar(40)", "BIGINT"), so that
    // fromDeclared does not fall back to affinity or text: for checking what a person typed.
    static bool knowsDeclared(Dialect dialect, const QString &declaredType);
    // DataType -> the declared type Barge writes in CREATE TABLE for that dialect.
    static QString toDeclared(Dialect dialect, const DataType &type);
    // True when a value of `from` may not survive as `to` (narrower integer, shorter text, real into
    // integer, zone dropped, ...); *why says how in a sentence.
    static bool isLossy(const DataType &from, const DataType &to, QString *why);
    // True when `dialect` cannot store every value of `type` as it is, although Barge converts it
    // exactly (a zone the engine has no type for, digits its storage does not keep); *why says how.
    static bool isLossyIn(Dialect dialect, const DataType &type, QString *why);
};

} // namespace barge
