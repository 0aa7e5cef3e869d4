#include "io/postgres/pgdigest.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace barge {

PgDigest::PgDigest(const Endpoint &endpoint, const QString &table)
    : SqlDigest(Dialect::Postgres), m_introspector(endpoint), m_name(table)
{
}

bool PgDigest::open(QString *error)
{
    Failure failure;
    if (!m_introspector.open(&failure)) {
        *error = failure.message;
        return false;
    }
    const std::optional<TableSchema> table = m_introspector.table(m_name, error);
    if (!table)
        return false;
    m_table = *table;
    // Doubles as their shortest exact text (the default since PostgreSQL 12; older servers round);
    // no JIT compilation for one scan; memory enough to group a large table's keys in one hash table.
    PgConnection &connection = m_introspector.connection();
    return connection.run(QStringLiteral("SET extra_float_digits = 1; SET jit = off; SET work_mem = '64MB'"), error);
}

QString PgDigest::qualifiedTable() const
{
    return m_introspector.connection().qualified(m_name);
}

QString PgDigest::canonical(const QString &c, const DataType &own, const DataType &type) const
{
    const bool same = own.kind == type.kind || (own.isInteger() && type.isInteger());
    if (!same)
        return c + QStringLiteral("::text");
    switch (type.kind) {
    case TypeKind::Boolean:
        return QStringLiteral("CASE WHEN %1 THEN '1' WHEN NOT %1 THEN '0' END").arg(c);
    case TypeKind::Decimal:
        return QStringLiteral("trim_scale(%1)::text").arg(c);
    case TypeKind::DateTimeTz:
        return QStringLiteral("(%1 AT TIME ZONE 'UTC')::text").arg(c);
    case TypeKind::Binary:
        return QStringLiteral("encode(%1, 'hex')").arg(c);
    default:
        // Integers, doubles (shortest exact text with extra_float_digits 1), dates, times and
        // timestamps (ISO, fraction without trailing zeros) are already canonical as text.
        return c + QStringLiteral("::text");
    }
}

QString PgDigest::joined(const QStringList &texts) const
{
    QStringList parts;
    for (const QString &text : texts)
        parts << QStringLiteral("coalesce(%1, E'\\x1e')").arg(text);
    return QStringLiteral("concat_ws(E'\\x1f', %1)").arg(parts.join(QStringLiteral(", ")));
}

QStringList PgDigest::rowHash(const QString &text, DigestHash hash) const
{
    Q_UNUSED(hash) // MD5 only (canHash)
    return {QStringLiteral("('x' || left(md5(%1), 15))::bit(60)::bigint").arg(text)};
}

QString PgDigest::combined(const QString &expression) const
{
    // Row hashes are signed bigints: the sum modulo 2^64 as an unsigned number.
    return QStringLiteral("(((sum(%1) % 18446744073709551616) + 18446744073709551616) % 18446744073709551616)::text")
        .arg(expression);
}

QString PgDigest::columnHash(const QString &c, const DataType &own, const DataType &type, const QString &text,
                             quint64 seed) const
{
    // By the target's type, where the column already has it: the hash of the value itself, as
    // RowHasher computes it; else the hash of the canonical text.
    const bool same = own.kind == type.kind || (own.isInteger() && type.isInteger());
    if (same && type.isInteger())
        return QStringLiteral("hashint8extended(%1::bigint, %2)").arg(c).arg(seed);
    if (same && type.kind == TypeKind::Boolean)
        return QStringLiteral("hashint8extended(CASE WHEN %1 THEN 1 WHEN NOT %1 THEN 0 END, %2)").arg(c).arg(seed);
    if (same && type.kind == TypeKind::Real)
        return QStringLiteral("hashfloat8extended(%1::float8, %2)").arg(c).arg(seed);
    if (same && type.kind == TypeKind::DateTime)
        return QStringLiteral("timestamp_hash_extended(%1, %2)").arg(c).arg(seed);
    if (same && type.kind == TypeKind::DateTimeTz)
        return QStringLiteral("timestamp_hash_extended(%1 AT TIME ZONE 'UTC', %2)").arg(c).arg(seed);
    return QStringLiteral("hashtextextended(%1, %2)").arg(text).arg(seed);
}

QString PgDigest::divided(const QString &key, qint64 width) const
{
    return QStringLiteral("(%1::bigint / %2)").arg(key).arg(width);
}

QString PgDigest::hashGroup(const QString &text, qint64 groups) const
{
    return QStringLiteral("(('x' || left(md5(%1), 8))::bit(32)::bigint % %2)").arg(text).arg(groups);
}

QString PgDigest::inRanges(const QString &columns, const QString &key, const QList<std::pair<qint64, qint64>> &ranges) const
{
    // One index range scan per range, the ranges joined in as two arrays.
    QStringList lows;
    QStringList highs;
    for (const auto &range : ranges) {
        lows << QString::number(range.first);
        highs << QString::number(range.second);
    }
    return QStringLiteral("SELECT %1 FROM %2 JOIN unnest('{%3}'::bigint[], '{%4}'::bigint[]) AS barge_range(low, high) "
                          "ON %5 BETWEEN barge_range.low AND barge_range.high")
        .arg(columns, qualifiedTable(), lows.join(QLatin1Char(',')), highs.join(QLatin1Char(',')), key);
}

QString PgDigest::estimatedRows() const
{
    // reltuples: -1 before the table's first ANALYZE (PostgreSQL 14 and later), 0 before 14.
    return QStringLiteral("(SELECT NULLIF(GREATEST(reltuples, 0), 0) FROM pg_class WHERE oid = '%1'::regclass)")
        .arg(QString(qualifiedTable()).replace(QLatin1Char('\''), QStringLiteral("''")));
}

bool PgDigest::queryRows(const QString &sql, const RowVisitor &visit, QString *error)
{
    const PgResult result = m_introspector.connection().exec(sql);
    if (!result.ok()) {
        *error = QCoreApplication::translate("barge::PgDigest", "%1: checksums of %2: %3")
                     .arg(m_introspector.connection().server(), m_name, result.message());
        return false;
    }
    const int columns = PQnfields(result.get());
    QList<const char *> values(columns + 1, nullptr);
    QList<int> sizes(columns + 1, -2); // -2 ends the row
    for (int r = 0; r < result.rows(); ++r) {
        for (int c = 0; c < columns; ++c) {
            const bool null = PQgetisnull(result.get(), r, c);
            values[c] = null ? nullptr : PQgetvalue(result.get(), r, c);
            sizes[c] = null ? -1 : PQgetlength(result.get(), r, c);
        }
        visit(values.constData(), sizes.constData());
    }
    return true;
}

} // namespace barge
