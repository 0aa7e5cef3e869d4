#include "engine/readerdigest.h"

#include "io/backend.h"
#include "mapping/rowconverter.h"

#include <QCoreApplication>
#include <QSet>

namespace barge {

namespace {
constexpr int batchRows = 2000;
}

ReaderDigest::ReaderDigest(const Endpoint &endpoint, const QString &table, const TableMapping &mapping)
    : m_endpoint(endpoint), m_table(table), m_mapping(mapping)
{
}

bool ReaderDigest::open(QString *error)
{
    Q_UNUSED(error)
    return true; // each scan opens its own reader
}

bool ReaderDigest::scan(const DigestSpec &spec, const Visit &visit, QString *error) const
{
    std::unique_ptr<RowReader> reader = Backend::reader(m_endpoint, m_table);
    if (!reader) {
        *error = QCoreApplication::translate("barge::ReaderDigest", "cannot read %1 from %2")
                     .arg(m_table, m_endpoint.displayName());
        return false;
    }
    RowConverter converter;
    if (!reader->open(error) || !converter.setup(m_mapping, reader->schema(), error))
        return false;
    reader->setTypeHints(converter.sourceTypeHints(int(reader->schema().columns.size())));
    RowBatch batch;
    Row converted;
    QString why;
    RowHasher hasher(spec.hash, spec.types);
    m_unread = 0;
    QByteArray keyBytes;
    bool more = true;
    while (more) {
        batch.clear();
        more = reader->read(batch, batchRows);
        if (!reader->error().isEmpty()) {
            *error = reader->error();
            return false;
        }
        m_unread += batch.rejected.size(); // lines the reader could not take
        for (const Row &row : std::as_const(batch.rows)) {
            if (!converter.convert(row, &converted, &why)) {
                ++m_unread; // a row the load rejects too: not the target's to hold
                continue;
            }
            hasher.start();
            for (int i = 0; i < converted.size(); ++i) {
                if (converted.at(i).isNull())
                    hasher.addNull(i);
                else
                    hasher.add(i, Digest::canonical(converted.at(i), spec.types.at(i)));
            }
            keyBytes.resize(0);
            for (qsizetype k = 0; k < spec.key.size(); ++k) {
                if (k > 0)
                    keyBytes.append(Digest::separator);
                keyBytes.append(Digest::canonical(converted.at(spec.key.at(k)), spec.types.at(spec.key.at(k))));
            }
            const qint64 group = spec.width > 0 ? converted.at(spec.key.first()).toLongLong() / spec.width
                                                : Digest::keyGroup(keyBytes, spec.groups);
            quint64 a = 0;
            quint64 b = 0;
            hasher.finish(&a, &b);
            visit(group, keyBytes, a, b);
        }
    }
    return true;
}

bool ReaderDigest::groupDigests(const DigestSpec &spec, QHash<qint64, GroupDigest> *groups, QString *error)
{
    groups->clear();
    return scan(spec, [groups](qint64 group, const QByteArray &, quint64 a, quint64 b) {
        (*groups)[group].add(a, b);
    }, error);
}

bool ReaderDigest::rowHashes(const DigestSpec &spec, const QList<qint64> &groups, QList<KeyedHash> *rows, QString *error)
{
    const QSet<qint64> wanted(groups.begin(), groups.end());
    rows->clear();
    return scan(spec, [&wanted, rows](qint64 group, const QByteArray &key, quint64 a, quint64 b) {
        if (wanted.contains(group))
            rows->append(KeyedHash{key, a, b});
    }, error);
}

} // namespace barge
