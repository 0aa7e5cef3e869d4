#include "io/mariadb/mariadbdigest.h"

#include "io/mariadb/mariadbintrospector.h"
#include "io/mariadb/mariadbresult.h"
#include "schema/identifier.h"

#include <QCoreApplication>

namespace barge {

MariaDbDigest::MariaDbDigest(const Endpoint &endpoint, const QString &table)
    : SqlDigest(Dialect::MySql), m_db(endpoint), m_name(table)
{
}

bool MariaDbDigest::open(QString *error)
{
    if (!m_db.open(error))
        return false;
    MariaDbIntrospector introspector(&m_db);
    const std::optional<TableSchema> table = introspector.table(m_name, error);
    if (!table)
        return false;
    m_table = *table;
    MariaDbResult probe;
    QString ignored;
    m_crc32c = m_db.query(QStringLiteral("SELECT CRC32C('')"), &probe, &ignored);
    return true;
}

QString MariaDbDigest::quote(const QString &text) const
{
    return MariaDbConnection::quoteString(text);
}

QString MariaDbDigest::qualifiedTable() const
{
    return quoteIdentifier(Dialect::MySql, m_name);
}

QString MariaDbDigest::canonical(const QString &c, const DataType &own, const DataType &type) const
{
    const bool same = own.kind == type.kind || (own.isInteger() && type.isInteger());
    if (!same)
        return c;
    switch (type.kind) {
    case TypeKind::Boolean:
        return QStringLiteral("CASE WHEN %1 THEN '1' WHEN NOT %1 THEN '0' END").arg(c);
    case TypeKind::Decimal:
        return own.scale > 0 ? QStringLiteral("TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM %1))").arg(c) : c;
    case TypeKind::DateTime:
    case TypeKind::DateTimeTz: // TIMESTAMP, shown in the session's UTC
        return QStringLiteral("IF(MICROSECOND(%1) = 0, LEFT(%1, 19), TRIM(TRAILING '0' FROM %1))").arg(c);
    case TypeKind::Time:
        return QStringLiteral("IF(MICROSECOND(%1) = 0, LEFT(%1, 8), TRIM(TRAILING '0' FROM %1))").arg(c);
    case TypeKind::Binary:
        return QStringLiteral("LOWER(HEX(%1))").arg(c);
    default:
        // Integers, doubles (the shortest exact text), dates and text are canonical as they are.
        return c;
    }
}

QString MariaDbDigest::joined(const QStringList &texts) const
{
    QStringList parts;
    for (const QString &text : texts)
        parts << QStringLiteral("COALESCE(%1, CHAR(30))").arg(text);
    return QStringLiteral("CONCAT_WS(CHAR(31), %1)").arg(parts.join(QStringLiteral(", ")));
}

QStringList MariaDbDigest::rowHash(const QString &text, DigestHash hash) const
{
    if (hash == DigestHash::Crc)
        return {QStringLiteral("CRC32(%1)").arg(text), QStringLiteral("CRC32C(%1)").arg(text)};
    return {QStringLiteral("CAST(CONV(LEFT(MD5(%1), 15), 16, 10) AS UNSIGNED)").arg(text)};
}

QString MariaDbDigest::combined(const QString &expression) const
{
    return QStringLiteral("CAST(SUM(%1) % 18446744073709551616 AS CHAR)").arg(expression);
}

QString MariaDbDigest::divided(const QString &key, qint64 width) const
{
    return QStringLiteral("(%1 DIV %2)").arg(key).arg(width);
}

QString MariaDbDigest::hashGroup(const QString &text, qint64 groups) const
{
    return QStringLiteral("(CAST(CONV(LEFT(MD5(%1), 8), 16, 10) AS UNSIGNED) % %2)").arg(text).arg(groups);
}

QString MariaDbDigest::estimatedRows() const
{
    return QStringLiteral("(SELECT NULLIF(TABLE_ROWS, 0) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                          "AND TABLE_NAME = %1)").arg(MariaDbConnection::quoteString(m_name));
}

bool MariaDbDigest::queryRows(const QString &sql, const RowVisitor &visit, QString *error)
{
    MariaDbResult result;
    if (!m_db.query(sql, &result, error)) {
        *error = QCoreApplication::translate("barge::MariaDbDigest", "%1: checksums of %2: %3")
                     .arg(m_db.describe(), m_name, *error);
        return false;
    }
    const int columns = result.columns();
    QList<const char *> values(columns + 1, nullptr);
    QList<int> sizes(columns + 1, -2); // -2 ends the row
    while (result.next()) {
        for (int c = 0; c < columns; ++c) {
            values[c] = result.data(c);
            sizes[c] = result.isNull(c) ? -1 : int(result.size(c));
        }
        visit(values.constData(), sizes.constData());
    }
    return true;
}

} // namespace barge
