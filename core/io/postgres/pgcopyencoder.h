#pragma once
// PgCopyEncoder: appends rows to a buffer in one of PostgreSQL's COPY formats, ready for
// PQputCopyData. The buffer is reused: encoding allocates nothing per value. One instance per
// writer, one thread. Values come in the forms ValueConverter documents.
//  - Text: fields separated by tabs, rows ended by newlines, NULL as \N, backslash, tab, newline
//    and carriage return escaped; bool as t/f, integers in decimal, doubles in their shortest
//    round-trip text (Infinity, -Infinity, NaN), bytes as bytea hex (\\x..), decimals and
//    temporals as their canonical text. Works for any column type.
//  - Binary: each value in its column type's binary form, which the server stores without parsing
//    (about a third less server time than text on a typical table). Only for the column types
//    binaryFor() knows; the writer falls back to text for other tables.

#include "schema/row.h"
#include "schema/datatype.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace barge {

class PgCopyEncoder
{
public:
    enum class Binary { Boolean, Int2, Int4, Int8, Float8, Numeric, Text, Bytea, Date, Time, Timestamp, TimestampTz };

    // The binary form for a column whose pg_type name is `typeName` and that receives values of
    // `type`; nullopt when this pair has no binary path here.
    static std::optional<Binary> binaryFor(const QString &typeName, const DataType &type);

    // Text format, or binary with one entry per COPY column.
    void setText() { m_binary.clear(); }
    // Columns whose values are JSON arrays to write as array literals (text format).
    void setArrayColumns(const QList<bool> &columns) { m_arrays = columns; }
    void setBinary(const QList<Binary> &columns) { m_binary = columns; }
    bool isBinary() const { return !m_binary.isEmpty(); }

    // Starts a COPY's data (the binary header) and ends it (the binary trailer).
    void begin();
    void end();
    // False when a value is not in its binary column's form; then nothing of the row is appended.
    bool appendRow(const Row &row);

    const char *data() const { return m_buffer.constData(); }
    qsizetype size() const { return m_size; }
    void clear() { m_size = 0; }

private:
    // Room for `bytes` more bytes; returns where they go. Commit with commit(end).
    char *reserve(qsizetype bytes);
    void commit(const char *end) { m_size = end - m_buffer.constData(); }
    void appendTextValue(const QVariant &value);
    void appendEscaped(const QString &text);
    void appendBytesHex(const QByteArray &bytes);
    void appendDouble(double value);
    bool appendBinaryValue(Binary column, const QVariant &value);
    bool appendNumeric(const QString &text);
    bool appendTemporal(Binary column, const QString &text);

    QByteArray m_buffer;
    qsizetype m_size = 0;
    QList<Binary> m_binary;
    QList<bool> m_arrays;
};

} // namespace barge
