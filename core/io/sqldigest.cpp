#include "io/sqldigest.h"

#include "io/watermarkfilter.h"
#include "schema/identifier.h"

#include <QCoreApplication>

#include <charconv>
#include <limits>

namespace barge {

namespace {

constexpr int groupsPerStatement = 100000; // groups named in one rowHashes statement: each statement scans the table

bool number(const char *text, int size, qint64 *value)
{
    return text && std::from_chars(text, text + size, *value).ptr == text + size;
}

// A hash or combined hashes as the server printed them: unsigned, or a signed bigint (PostgreSQL's
// hashes); NULL for a group without them.
bool hash(const char *text, int size, quint64 *value)
{
    *value = 0;
    if (!text)
        return true;
    if (size > 0 && text[0] == '-') {
        qint64 signedValue = 0;
        const bool ok = std::from_chars(text, text + size, signedValue).ptr == text + size;
        *value = quint64(signedValue);
        return ok;
    }
    return std::from_chars(text, text + size, *value).ptr == text + size;
}

} // namespace

QStringList SqlDigest::canonicalColumns(const DigestSpec &spec, QString *error) const
{
    QStringList texts;
    for (int i = 0; i < spec.columns.size(); ++i) {
        const int at = m_table.indexOf(spec.columns.at(i));
        if (at < 0) {
            *error = QCoreApplication::translate("barge::SqlDigest", "table %1 has no column %2")
                         .arg(m_table.name, spec.columns.at(i));
            return {};
        }
        texts << canonical(quoteIdentifier(m_dialect, spec.columns.at(i)), m_table.columns.at(at).type, spec.types.at(i));
    }
    return texts;
}

QString SqlDigest::groupExpression(const DigestSpec &spec, const QStringList &texts) const
{
    if (spec.width > 0)
        return divided(quoteIdentifier(m_dialect, spec.columns.at(spec.key.first())), spec.width);
    QStringList keyTexts;
    for (const int i : spec.key)
        keyTexts << texts.at(i);
    return hashGroup(joined(keyTexts), spec.groups);
}

QStringList SqlDigest::hashExpressions(const DigestSpec &spec, const QStringList &texts) const
{
    if (spec.hash != DigestHash::Pg)
        return rowHash(joined(texts), spec.hash);
    QStringList columns;
    for (int i = 0; i < spec.columns.size(); ++i) {
        const int at = m_table.indexOf(spec.columns.at(i));
        const QString hash = columnHash(quoteIdentifier(m_dialect, spec.columns.at(i)), m_table.columns.at(at).type,
                                        spec.types.at(i), texts.at(i), Digest::pgSeed(i));
        columns << (m_table.columns.at(at).nullable
                        ? QStringLiteral("COALESCE(%1, %2)").arg(hash).arg(qint64(Digest::pgNull(i)))
                        : hash);
    }
    return {QLatin1Char('(') + columns.join(QStringLiteral(" # ")) + QLatin1Char(')')};
}

bool SqlDigest::queryText(const QString &sql, QList<QStringList> *rows, QString *error)
{
    rows->clear();
    int columns = -1;
    return queryRows(sql, [&](const char *const *values, const int *sizes) {
        Q_UNUSED(columns)
        QStringList row;
        for (int c = 0; sizes[c] >= -1; ++c)
            row << (values[c] ? QString::fromUtf8(values[c], sizes[c]) : QString());
        rows->append(row);
    }, error);
}

bool SqlDigest::keyBounds(const DigestSpec &spec, qint64 *min, qint64 *max, qint64 *rows, QString *error)
{
    QList<QStringList> result;
    if (!spec.integerKey()) {
        // Other keys (a uuid has no MIN in PostgreSQL): the row estimate alone.
        const QString estimate = estimatedRows();
        const QString sql = estimate == QLatin1String("COUNT(*)") ? QStringLiteral("SELECT COUNT(*) FROM %1").arg(qualifiedTable())
                                                                  : QStringLiteral("SELECT %1").arg(estimate);
        if (!queryText(sql, &result, error))
            return false;
        *rows = result.value(0).value(0).isNull() ? -1 : qint64(result.value(0).value(0).toDouble());
        return false;
    }
    const QString key = quoteIdentifier(m_dialect, spec.columns.at(spec.key.first()));
    if (!queryText(QStringLiteral("SELECT MIN(%1), MAX(%1), %2 FROM %3").arg(key, estimatedRows(), qualifiedTable()),
                   &result, error))
        return false;
    const QStringList &row = result.value(0);
    bool ok = false;
    *min = row.value(0).toLongLong(&ok);
    *max = row.value(1).toLongLong();
    *rows = row.value(2).isNull() ? -1 : qint64(row.value(2).toDouble());
    return ok; // no rows: nothing to size the groups by

}

bool SqlDigest::watermarkRange(const QString &column, const QString &low, bool number, QString *max, qint64 *rows, QString *error)
{
    const QString past = watermarkFrom(m_dialect, column, low, number, [this](const QString &text) { return quote(text); });
    QList<QStringList> result;
    if (!queryText(QStringLiteral("SELECT MAX(%1), COUNT(*) FROM %2%3")
                       .arg(quoteIdentifier(m_dialect, column), qualifiedTable(),
                            past.isEmpty() ? QString() : QStringLiteral(" WHERE ") + past),
                   &result, error))
        return false;
    *max = result.value(0).value(0);
    *rows = result.value(0).value(1).toLongLong();
    return true;
}

bool SqlDigest::groupDigests(const DigestSpec &spec, QHash<qint64, GroupDigest> *groups, QString *error)
{
    const QStringList texts = canonicalColumns(spec, error);
    if (texts.isEmpty())
        return false;
    const QStringList hashes = hashExpressions(spec, texts);
    QStringList sums;
    for (const QString &hash : hashes)
        sums << combined(hash);
    const QString sql = QStringLiteral("SELECT %1, COUNT(*), %2 FROM %3 GROUP BY 1")
                            .arg(groupExpression(spec, texts), sums.join(QStringLiteral(", ")), qualifiedTable());
    groups->clear();
    QString bad;
    const bool ok = queryRows(sql, [&](const char *const *values, const int *sizes) {
        GroupDigest digest;
        qint64 group = 0;
        const bool read = number(values[0], sizes[0], &group) && number(values[1], sizes[1], &digest.rows)
            && hash(values[2], sizes[2], &digest.a) && (hashes.size() < 2 || hash(values[3], sizes[3], &digest.b));
        if (!read && bad.isEmpty())
            bad = QString::fromUtf8(values[0] ? values[0] : "NULL");
        groups->insert(group, digest);
    }, error);
    if (ok && !bad.isEmpty()) {
        *error = QCoreApplication::translate("barge::SqlDigest", "unexpected checksum from %1 in key group %2")
                     .arg(m_table.name, bad);
        return false;
    }
    return ok;
}

bool SqlDigest::rowHashes(const DigestSpec &spec, const QList<qint64> &groups, QList<KeyedHash> *rows, QString *error)
{
    const QStringList texts = canonicalColumns(spec, error);
    if (texts.isEmpty())
        return false;
    QStringList selected;
    for (const int i : spec.key)
        selected << texts.at(i);
    const QStringList hashes = hashExpressions(spec, texts);
    selected << hashes;
    const QString group = groupExpression(spec, texts);
    const int keys = int(spec.key.size());
    rows->clear();
    bool bad = false;
    for (qsizetype from = 0; from < groups.size() && !bad; from += groupsPerStatement) {
        QStringList list;
        for (qsizetype i = from; i < std::min<qsizetype>(groups.size(), from + groupsPerStatement); ++i)
            list << QString::number(groups.at(i));
        QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (%4)")
                          .arg(selected.join(QStringLiteral(", ")), qualifiedTable(), group, list.join(QLatin1Char(',')));
        if (spec.width > 0) {
            // Groups of consecutive keys: their key ranges, read through the key's index where the
            // server can (adjacent groups merged).
            QList<std::pair<qint64, qint64>> ranges;
            for (qsizetype i = from; i < std::min<qsizetype>(groups.size(), from + groupsPerStatement); ++i) {
                const auto [low, high] = Digest::groupRange(groups.at(i), spec.width);
                if (!ranges.isEmpty() && (ranges.last().second == std::numeric_limits<qint64>::max()
                                          || ranges.last().second + 1 >= low))
                    ranges.last().second = std::max(ranges.last().second, high);
                else
                    ranges.append({low, high});
            }
            const QString ranged = inRanges(selected.join(QStringLiteral(", ")),
                                            quoteIdentifier(m_dialect, spec.columns.at(spec.key.first())), ranges);
            if (!ranged.isEmpty())
                sql = ranged;
        }
        const bool ok = queryRows(sql, [&](const char *const *values, const int *sizes) {
            KeyedHash keyed;
            for (int k = 0; k < keys; ++k) {
                if (k > 0)
                    keyed.key.append(Digest::separator);
                keyed.key.append(values[k], values[k] ? sizes[k] : 0);
            }
            if (!hash(values[keys], sizes[keys], &keyed.a)
                || (hashes.size() > 1 && !hash(values[keys + 1], sizes[keys + 1], &keyed.b)))
                bad = true;
            rows->append(keyed);
        }, error);
        if (!ok)
            return false;
    }
    if (bad) {
        *error = QCoreApplication::translate("barge::SqlDigest", "unexpected row checksum from %1").arg(m_table.name);
        return false;
    }
    return true;
}

} // namespace barge
