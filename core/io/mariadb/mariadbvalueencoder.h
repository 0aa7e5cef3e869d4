#pragma once
// MariaDbValueEncoder: writes Row values (ValueConverter's forms) in the two texts MariaDB/MySQL read in
// bulk: SQL literals for a multi-row INSERT, and tab-separated fields for LOAD DATA. Both assume a
// utf8mb4 session without NO_BACKSLASH_ESCAPES (MariaDbConnection sets it so). Doubles are written in
// their shortest round-trip form, decimals and temporals as their exact text, binary as bytes
// (hex in SQL), a datetimetz is shifted to UTC (MariaDB's DATETIME has no zone), and a geometry's
// extended WKT becomes the SRID and WKB that a spatial column stores.
// Stateless and thread safe.

#include "schema/datatype.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace barge {

struct ColumnSchema;

class MariaDbValueEncoder
{
public:
    // How a column takes text values: as they are, or translated into what its type reads.
    enum class Column {
        Plain,
        Zoned, // a datetimetz, shifted to UTC
        Time,  // an interval into TIME: "1 day 02:00:00" is "26:00:00"
        Set,   // a JSON array of members into SET: "a,b"
        Bits,  // a bit string into BIT(n): its bytes
        Geometry, // extended WKT into a spatial column: its SRID and WKB
    };
    static Column columnFor(const ColumnSchema &column);

    // `'...'`, a number, X'..', or NULL. False with *why for a value MariaDB cannot hold (NaN,
    // infinity, a datetimetz outside 0001-9999 once in UTC, an interval beyond TIME's range);
    // *out is then left as it was.
    static bool appendLiteral(QByteArray *out, const QVariant &value, Column column, QString *why);
    // The LOAD DATA field (no separator): backslash, tab, newline, carriage return and NUL escaped,
    // \N for NULL. The same failures as appendLiteral.
    static bool appendField(QByteArray *out, const QVariant &value, Column column, QString *why);
};

} // namespace barge
