#pragma once
// TableDigest: what `barge sync` asks of one side of a table, computed where the rows are. Rows
// fall into key groups; a group's digest is its row count and the sums of its rows' hashes. Equal
// digests on both sides mean equal rows, so only the groups that differ are looked at row by row,
// and only checksums cross the wire. PostgreSQL and MariaDB compute them in SQL (PgDigest,
// MariaDbDigest); other kinds through Barge's own reader (ReaderDigest, in the engine).
//
// The canonical form every side produces, per target type: each value as text (below), NULL as
// the byte 0x1e, values joined by 0x1f; the row's hash is taken of those bytes. A side that
// spells a value differently (a double as 1e20 rather than 1e+20) costs time, never a missed
// change: its group is then read row by row and the merge finds the rows unchanged.
//   integers: decimal digits; boolean: 1 or 0; decimal: digits without trailing fraction zeros;
//   real: the shortest text that reads back the same double; date, time and datetime: ISO with a
//   space, the fraction without trailing zeros; datetime with time zone: the same in UTC, without
//   an offset; binary: lower-case hex; everything else: its text.

#include "schema/datatype.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace barge {

// The row hash both sides compute, the cheapest both have. Pg: PostgreSQL's own 64-bit hash
// functions (hashtextextended, hashint8extended, hashfloat8extended, timestamp_hash_extended: Bob
// Jenkins' lookup3, which Barge computes the same way), one per column by its type, seeded by its
// position and XORed: no value is turned into text on the server. Crc: CRC-32 and CRC-32C of the
// row text side by side, 64 bits in all (MariaDB 10.8 and later, and Barge). Md5: the first 60
// bits of MD5 of the row text (every server has it).
enum class DigestHash { Pg, Crc, Md5 };

struct DigestSpec
{
    QStringList columns;   // this side's columns, compared in this order
    QList<DataType> types; // per column, the target's type: the canonical form
    QList<int> key;        // positions in `columns` of the key, in key order
    // One integer key column: group = key / width, truncating (width > 0). Otherwise groups > 0
    // hash groups: the first 32 bits of MD5 of the key's canonical text, modulo groups.
    qint64 width = 0;
    qint64 groups = 0;
    DigestHash hash = DigestHash::Md5;

    bool integerKey() const;
};

struct GroupDigest
{
    qint64 rows = 0;
    // The group's row hashes summed modulo 2^64. Not XORed: a row hash is linear in its values (a
    // CRC; PostgreSQL's per-column hashes XORed), so the same change in two rows of a group would
    // cancel out in an XOR. In a sum it shows but for a chance of about 2^-32.
    quint64 a = 0;
    quint64 b = 0;

    void add(quint64 hashA, quint64 hashB)
    {
        ++rows;
        a += hashA;
        b += hashB;
    }

    friend bool operator==(const GroupDigest &x, const GroupDigest &y)
    {
        return x.rows == y.rows && x.a == y.a && x.b == y.b;
    }
};

// One row of an examined group: its key's canonical text (the key columns' texts joined by the
// separator) and its hash.
struct KeyedHash
{
    QByteArray key;
    quint64 a = 0;
    quint64 b = 0;
};

class TableDigest
{
public:
    virtual ~TableDigest() = default;

    virtual bool open(QString *error) = 0;
    virtual bool canHash(DigestHash hash) const = 0;
    // Rows the last groupDigests() left out because they do not convert to the target's types (a
    // side read through Barge's reader): their keys are unknown, so no key may be taken as absent.
    virtual qint64 unreadRows() const { return 0; }
    // The smallest and largest value of the spec's single integer key, and the rows. False without
    // an error where this side cannot tell cheaply (then the other side, or hash groups, decide).
    virtual bool keyBounds(const DigestSpec &spec, qint64 *min, qint64 *max, qint64 *rows, QString *error) = 0;
    // Every group that holds rows, with its digest.
    virtual bool groupDigests(const DigestSpec &spec, QHash<qint64, GroupDigest> *groups, QString *error) = 0;
    // The rows of the given groups, with their keys and hashes.
    virtual bool rowHashes(const DigestSpec &spec, const QList<qint64> &groups, QList<KeyedHash> *rows,
                           QString *error) = 0;
    // An incremental run's selection (TableMapping::watermark): the rows whose `column` lies at or
    // past `low` (every row when it is empty; `number`: a number column), counted, and the largest
    // value among them as this side's text (empty when there is none). False without an error where this side cannot select rows
    // by a column (files).
    virtual bool watermarkRange(const QString &column, const QString &low, bool number, QString *max, qint64 *rows, QString *error)
    {
        Q_UNUSED(column) Q_UNUSED(low) Q_UNUSED(number) Q_UNUSED(max) Q_UNUSED(rows) Q_UNUSED(error)
        return false;
    }
};

// One row's hash from its values' canonical texts, column by column (a side that is not a server
// builds it this way: SqliteDigest, ReaderDigest).
class RowHasher
{
public:
    RowHasher(DigestHash hash, const QList<DataType> &types);
    void start();
    // A value's canonical text (tabledigest.h).
    void add(int column, const QByteArray &canonical) { addText(column, canonical.constData(), canonical.size()); }
    void addText(int column, const char *canonical, qsizetype size);
    // The same for a value that is a number already: no text on the way where the hash needs none.
    void addInteger(int column, qint64 value);
    void addReal(int column, double value);
    void addNull(int column);
    void finish(quint64 *a, quint64 *b);

private:
    DigestHash m_hash;
    QList<DataType> m_types;
    QByteArray m_text; // Crc, Md5: the row text
    quint64 m_xor = 0; // Pg
};

namespace Digest {

// The canonical text of one value, converted to `type` the way Barge converts it (a QVariant from
// RowConverter or a reader of the target), without the NULL mark.
QByteArray canonical(const QVariant &value, const DataType &type);
// The same for a double, and for a value given as text.
QByteArray canonicalReal(double number);
QByteArray canonicalText(QString text, const DataType &type);
// PostgreSQL's hash_bytes_extended (hashtextextended of a text's bytes) and hashint8extended.
quint64 pgHashBytes(const char *data, qsizetype size, quint64 seed);
quint64 pgHashInt8(qint64 value, quint64 seed);
// The seed of a column's hash (its position, from 1) and what a NULL there adds instead (Pg hash).
inline quint64 pgSeed(int column) { return quint64(column) + 1; }
inline quint64 pgNull(int column) { return 0x6a09e667f3bcc908ULL ^ quint64(column); }
// The keys of integer group g (key / width, truncating): group 0 holds -(width-1)..width-1, a
// positive group g*width..g*width+width-1, a negative one g*width-(width-1)..g*width; clamped to
// the range of 64-bit integers.
std::pair<qint64, qint64> groupRange(qint64 group, qint64 width);
// A KeyedHash key back as its columns' texts.
QStringList splitKey(const QByteArray &key, int columns);
// The hash group of a key's canonical text (hash groups).
qint64 keyGroup(const QByteArray &keyText, qint64 groups);
// The whole row text: canonical values (or the NULL mark) joined by the separator.
constexpr char nullMark = '\x1e';
constexpr char separator = '\x1f';

} // namespace Digest

} // namespace barge
