#pragma once
// MariaDbDigest: a table's key-group checksums computed by MariaDB or MySQL (SqlDigest): row texts
// in SQL, CRC32 and CRC32C for the row hashes where the server has both (MariaDB 10.8 and later;
// several times cheaper than MD5 there), MD5 otherwise.

#include "io/mariadb/mariadbconnection.h"
#include "io/sqldigest.h"

namespace barge {

class MariaDbDigest : public SqlDigest
{
public:
    MariaDbDigest(const Endpoint &endpoint, const QString &table);

    bool open(QString *error) override;
    bool canHash(DigestHash hash) const override
    {
        return hash == DigestHash::Md5 || (hash == DigestHash::Crc && m_crc32c);
    }

protected:
    QString qualifiedTable() const override;
    QString quote(const QString &text) const override;
    QString canonical(const QString &column, const DataType &own, const DataType &type) const override;
    QString joined(const QStringList &texts) const override;
    QStringList rowHash(const QString &text, DigestHash hash) const override;
    QString combined(const QString &expression) const override;
    QString divided(const QString &key, qint64 width) const override;
    QString hashGroup(const QString &text, qint64 groups) const override;
    QString estimatedRows() const override;
    bool queryRows(const QString &sql, const RowVisitor &row, QString *error) override;

private:
    MariaDbConnection m_db;
    QString m_name;
    bool m_crc32c = false;
};

} // namespace barge
