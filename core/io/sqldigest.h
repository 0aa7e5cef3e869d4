#pragma once
// SqlDigest: a TableDigest whose groups and row hashes a server computes in one SQL statement each,
// so that only per-group sums (and the rows of the groups that differ) cross the wire. The
// statements are the same on every server; each dialect says how it spells a value's canonical
// form, its row text, its hashes and their sums (PgDigest, MariaDbDigest).

#include "io/tabledigest.h"
#include "schema/dialect.h"
#include "schema/tableschema.h"

#include <functional>

namespace barge {

class SqlDigest : public TableDigest
{
public:
    bool keyBounds(const DigestSpec &spec, qint64 *min, qint64 *max, qint64 *rows, QString *error) override;
    bool groupDigests(const DigestSpec &spec, QHash<qint64, GroupDigest> *groups, QString *error) override;
    bool rowHashes(const DigestSpec &spec, const QList<qint64> &groups, QList<KeyedHash> *rows, QString *error) override;
    bool watermarkRange(const QString &column, const QString &low, bool number, QString *max, qint64 *rows, QString *error) override;

protected:
    explicit SqlDigest(Dialect dialect) : m_dialect(dialect) {}

    // This side's table as the server describes it (set by open()), and its name quoted for SQL.
    TableSchema m_table;
    virtual QString qualifiedTable() const = 0;
    // `text` as the server's string literal (standard SQL: quotes doubled).
    virtual QString quote(const QString &text) const
    {
        return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    }
    // The canonical text (tabledigest.h) of `column`, declared `own` here, for the target's `type`;
    // NULL stays NULL. Where the two kinds differ, the column's plain text is good enough: a value
    // spelled otherwise than on the other side only sends its group to be compared row by row.
    virtual QString canonical(const QString &column, const DataType &own, const DataType &type) const = 0;
    // The values' texts joined by the separator, NULLs as the null mark.
    virtual QString joined(const QStringList &texts) const = 0;
    // Per row hash of `text`, as unsigned integers: one expression for Md5, two for Crc.
    virtual QStringList rowHash(const QString &text, DigestHash hash) const = 0;
    // DigestHash::Pg only: the 64-bit hash of one column's value seeded with `seed` (NULL for NULL),
    // `text` being its canonical text expression.
    virtual QString columnHash(const QString &column, const DataType &own, const DataType &type, const QString &text,
                               quint64 seed) const
    {
        Q_UNUSED(column) Q_UNUSED(own) Q_UNUSED(type) Q_UNUSED(text) Q_UNUSED(seed)
        return QString();
    }
    // The group's row hashes summed modulo 2^64 (GroupDigest), as the decimal text of an unsigned
    // 64-bit integer.
    virtual QString combined(const QString &expression) const = 0;
    // `key` (an integer) divided by width, truncating; and the first 32 bits of MD5 of `text` as an
    // unsigned integer, modulo groups.
    virtual QString divided(const QString &key, qint64 width) const = 0;
    virtual QString hashGroup(const QString &text, qint64 groups) const = 0;
    // An expression for the table's row count that need not be exact (the catalog's estimate);
    // negative when unknown. It only sizes the key groups.
    virtual QString estimatedRows() const { return QStringLiteral("COUNT(*)"); }
    // Optional: a SELECT of `columns` from the table's rows whose integer `key` lies in one of
    // `ranges` (inclusive), by the key's index; empty for a scan of every row instead.
    virtual QString inRanges(const QString &columns, const QString &key, const QList<std::pair<qint64, qint64>> &ranges) const
    {
        Q_UNUSED(columns) Q_UNUSED(key) Q_UNUSED(ranges)
        return QString();
    }
    // Runs a query and hands each row's values to `row` as the server's text (a null pointer for
    // NULL), valid during the call only.
    using RowVisitor = std::function<void(const char *const *values, const int *sizes)>;
    virtual bool queryRows(const QString &sql, const RowVisitor &row, QString *error) = 0;

private:
    // The expressions a statement needs: each column's canonical text, the group, the row hash.
    QStringList canonicalColumns(const DigestSpec &spec, QString *error) const;
    QString groupExpression(const DigestSpec &spec, const QStringList &texts) const;
    QStringList hashExpressions(const DigestSpec &spec, const QStringList &texts) const;
    // queryRows with every value as a QString (NULL: a null QString), for short results.
    bool queryText(const QString &sql, QList<QStringList> *rows, QString *error);
    Dialect m_dialect;
};

} // namespace barge
