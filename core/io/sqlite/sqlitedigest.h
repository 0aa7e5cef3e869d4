#pragma once
// SqliteDigest: a table's key-group checksums computed inside SQLite by a function Barge registers
// on its own read-only connection, barge_row_hash(v1, ..., vn): each stored value's canonical text
// for the target's type (tabledigest.h), straight from SQLite's storage classes, hashed as the
// other side hashes. Values never become QVariants, which makes this several times faster than
// reading the table through SqliteReader. Groups are summed here as the rows stream by.

#include "io/sqlite/sqlitehandle.h"
#include "io/tabledigest.h"

#include <functional>

namespace barge {

class SqliteDigest : public TableDigest
{
public:
    SqliteDigest(const QString &path, const QString &table);

    bool open(QString *error) override;
    bool canHash(DigestHash) const override { return true; }
    bool keyBounds(const DigestSpec &spec, qint64 *min, qint64 *max, qint64 *rows, QString *error) override;
    bool groupDigests(const DigestSpec &spec, QHash<qint64, GroupDigest> *groups, QString *error) override;
    bool rowHashes(const DigestSpec &spec, const QList<qint64> &groups, QList<KeyedHash> *rows, QString *error) override;
    bool watermarkRange(const QString &column, const QString &low, bool number, QString *max, qint64 *rows, QString *error) override;

private:
    using Visit = std::function<void(qint64 group, const QByteArray &key, quint64 a, quint64 b)>;
    // needKeys: visit gets the key's texts (rowHashes), else an empty list (groups only).
    // onlyGroups (integer keys in groups of a width): read just the rows of these groups.
    bool scan(const DigestSpec &spec, bool needKeys, const QList<qint64> &onlyGroups, const Visit &visit, QString *error);

    bool isRowid(const QString &column);

    QString m_path;
    QString m_table;
    SqliteHandle m_db;
};

} // namespace barge
