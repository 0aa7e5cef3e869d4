#pragma once
// ReaderDigest: a TableDigest for kinds whose server cannot checksum a table (SQLite, files): the
// table is read through Barge's own reader, converted by `mapping` to the target's types, and
// hashed here in the canonical form the servers' SQL produces (tabledigest.h). Each call reads the
// table once. SQLite is local, so nothing crosses a wire either way.

#include "io/tabledigest.h"
#include "mapping/tablemapping.h"
#include "endpoint/endpoint.h"

#include <functional>

namespace barge {

class ReaderDigest : public TableDigest
{
public:
    // mapping.fields: the compared columns, in the spec's order, each from one of this side's columns.
    ReaderDigest(const Endpoint &endpoint, const QString &table, const TableMapping &mapping);

    bool open(QString *error) override;
    bool canHash(DigestHash) const override { return true; }
    qint64 unreadRows() const override { return m_unread; }
    bool keyBounds(const DigestSpec &, qint64 *, qint64 *, qint64 *, QString *) override { return false; }
    bool groupDigests(const DigestSpec &spec, QHash<qint64, GroupDigest> *groups, QString *error) override;
    bool rowHashes(const DigestSpec &spec, const QList<qint64> &groups, QList<KeyedHash> *rows, QString *error) override;

private:
    using Visit = std::function<void(qint64 group, const QByteArray &key, quint64 a, quint64 b)>;
    bool scan(const DigestSpec &spec, const Visit &visit, QString *error) const;

    Endpoint m_endpoint;
    QString m_table;
    TableMapping m_mapping;
    mutable qint64 m_unread = 0;
};

} // namespace barge
