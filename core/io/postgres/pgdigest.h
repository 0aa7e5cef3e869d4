#pragma once
// PgDigest: a table's key-group checksums computed by PostgreSQL (SqlDigest): with Barge or another
// PostgreSQL on the other side, its own hash function per column (DigestHash::Pg); with MariaDB,
// MD5 of the row text (PostgreSQL before 18 has no CRC function). Sums in numeric.

#include "io/postgres/pgintrospector.h"
#include "io/sqldigest.h"

namespace barge {

class PgDigest : public SqlDigest
{
public:
    PgDigest(const Endpoint &endpoint, const QString &table);

    bool open(QString *error) override;
    bool canHash(DigestHash hash) const override { return hash != DigestHash::Crc; }

protected:
    QString qualifiedTable() const override;
    QString canonical(const QString &column, const DataType &own, const DataType &type) const override;
    QString joined(const QStringList &texts) const override;
    QStringList rowHash(const QString &text, DigestHash hash) const override;
    QString combined(const QString &expression) const override;
    QString columnHash(const QString &column, const DataType &own, const DataType &type, const QString &text,
                       quint64 seed) const override;
    QString divided(const QString &key, qint64 width) const override;
    QString hashGroup(const QString &text, qint64 groups) const override;
    QString estimatedRows() const override;
    QString inRanges(const QString &columns, const QString &key, const QList<std::pair<qint64, qint64>> &ranges) const override;
    bool queryRows(const QString &sql, const RowVisitor &row, QString *error) override;

private:
    mutable PgIntrospector m_introspector; // its connection runs the statements
    QString m_name;
};

} // namespace barge
