#pragma once
// MyValueEncoder: writes Row values (ValueConverter's forms) in the two texts MariaDB/MySQL read in
// bulk: SQL literals for a multi-row INSERT, and tab-separated fields for LOAD DATA. Both assume a
// utf8mb4 session without NO_BACKSLASH_ESCAPES (MyConnection sets it so). Doubles are written in
// their shortest round-trip form, decimals and temporals as their exact text, binary as bytes
// (hex in SQL), and a datetimetz is shifted to UTC (MariaDB's DATETIME has no zone).
// Stateless and thread safe.

#include "schema/datatype.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace barge {

class MyValueEncoder
{
public:
    // `'...'`, a number, X'..', or NULL. False with *why for a value MariaDB cannot hold (NaN,
    // infinity, a datetimetz outside 0001-9999 once in UTC); *out is then left as it was.
    static bool appendLiteral(QByteArray *out, const QVariant &value, TypeKind kind, QString *why);
    // The LOAD DATA field (no separator): backslash, tab, newline, carriage return and NUL escaped,
    // \N for NULL. The same failures as appendLiteral.
    static bool appendField(QByteArray *out, const QVariant &value, TypeKind kind, QString *why);
};

} // namespace barge
