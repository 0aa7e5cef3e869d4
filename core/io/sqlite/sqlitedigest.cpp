#include "io/sqlite/sqlitedigest.h"

#include "io/watermarkfilter.h"
#include "schema/identifier.h"

#include <QCoreApplication>
#include <QSet>

#include <charconv>
#include <cmath>
#include <sqlite3.h>

namespace barge {

namespace {

// What barge_row_hash needs to know: the target types of its arguments and the hash.
struct HashContext
{
    QList<DataType> types;
    DigestHash hash = DigestHash::Md5;
    RowHasher hasher{hash, types};
};

void appendNumber(QByteArray *out, qint64 number)
{
    char buffer[24];
    const char *end = std::to_chars(buffer, buffer + sizeof buffer, number).ptr;
    out->append(buffer, int(end - buffer));
}

// The canonical text of one stored value for the target's `type` (not NULL), as Barge's copy
// would have written it there.
void appendCanonical(QByteArray *out, sqlite3_value *value, const DataType &type)
{
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER: {
        const qint64 number = sqlite3_value_int64(value);
        if (type.kind == TypeKind::Boolean)
            out->append(number != 0 ? '1' : '0');
        else if (type.kind == TypeKind::Real)
            out->append(Digest::canonicalReal(double(number)));
        else
            appendNumber(out, number);
        return;
    }
    case SQLITE_FLOAT: {
        const double number = sqlite3_value_double(value);
        if (type.isInteger() && std::trunc(number) == number && std::fabs(number) < 9.0e18)
            appendNumber(out, qint64(number));
        else
            out->append(Digest::canonicalReal(number));
        return;
    }
    case SQLITE_BLOB: {
        const QByteArray bytes = QByteArray::fromRawData(static_cast<const char *>(sqlite3_value_blob(value)),
                                                         sqlite3_value_bytes(value));
        out->append(type.kind == TypeKind::Binary ? bytes.toHex() : bytes);
        return;
    }
    default:
        break;
    }
    const char *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    const int size = sqlite3_value_bytes(value);
    switch (type.kind) {
    case TypeKind::Real: {
        double number = 0;
        const auto parsed = std::from_chars(text, text + size, number);
        if (parsed.ec == std::errc() && parsed.ptr == text + size)
            out->append(Digest::canonicalReal(number));
        else
            out->append(text, size);
        return;
    }
    case TypeKind::Binary:
        out->append(QByteArray::fromRawData(text, size).toHex());
        return;
    case TypeKind::Boolean:
    case TypeKind::Decimal:
    case TypeKind::Date:
    case TypeKind::Time:
    case TypeKind::DateTime:
    case TypeKind::DateTimeTz:
        out->append(Digest::canonicalText(QString::fromUtf8(text, size), type));
        return;
    default:
        out->append(text, size);
        return;
    }
}

void rowHash(sqlite3_context *context, int count, sqlite3_value **values)
{
    auto *hashing = static_cast<HashContext *>(sqlite3_user_data(context));
    RowHasher &hasher = hashing->hasher;
    thread_local QByteArray text;
    hasher.start();
    for (int i = 0; i < count && i < hashing->types.size(); ++i) {
        sqlite3_value *value = values[i];
        const DataType &type = hashing->types.at(i);
        // The common cases straight from the stored value; the rest through its canonical text.
        switch (sqlite3_value_type(value)) {
        case SQLITE_NULL:
            hasher.addNull(i);
            continue;
        case SQLITE_INTEGER:
            if (type.kind == TypeKind::Boolean)
                hasher.addInteger(i, sqlite3_value_int64(value) != 0 ? 1 : 0);
            else if (type.isInteger() || type.kind == TypeKind::Real)
                hasher.addInteger(i, sqlite3_value_int64(value));
            else
                break;
            continue;
        case SQLITE_FLOAT:
            if (type.isInteger() || type.kind == TypeKind::Real) {
                hasher.addReal(i, sqlite3_value_double(value));
                continue;
            }
            break;
        case SQLITE_TEXT:
            if (type.kind == TypeKind::Text || type.kind == TypeKind::Json || type.kind == TypeKind::Enum
                || ((type.kind == TypeKind::DateTime || type.kind == TypeKind::DateTimeTz)
                    && sqlite3_value_bytes(value) == 19 && sqlite3_value_text(value)[10] == ' ')) {
                // Text as it is; a timestamp already in the canonical "YYYY-MM-DD HH:MM:SS".
                const char *data = reinterpret_cast<const char *>(sqlite3_value_text(value));
                hasher.addText(i, data, sqlite3_value_bytes(value));
                continue;
            }
            break;
        default:
            break;
        }
        text.resize(0);
        appendCanonical(&text, value, type);
        hasher.add(i, text);
    }
    quint64 a = 0;
    quint64 b = 0;
    hashing->hasher.finish(&a, &b);
    // CRC-32 and CRC-32C in one integer; MD5's 60 bits as they are.
    sqlite3_result_int64(context, qint64(hashing->hash == DigestHash::Crc ? (a << 32) | b : a));
}

void dropContext(void *context)
{
    delete static_cast<HashContext *>(context);
}

} // namespace

SqliteDigest::SqliteDigest(const QString &path, const QString &table) : m_path(path), m_table(table)
{
}

bool SqliteDigest::open(QString *error)
{
    return m_db.open(m_path, SqliteHandle::Mode::ReadOnly, error);
}

bool SqliteDigest::keyBounds(const DigestSpec &spec, qint64 *min, qint64 *max, qint64 *rows, QString *error)
{
    SqliteStatement bounds;
    const QString key = quoteIdentifier(Dialect::Sqlite, spec.columns.at(spec.key.first()));
    // No count: SQLite would read the whole table for it. The other side's estimate, or the key's
    // span, sizes the groups.
    if (!bounds.prepare(m_db, QStringLiteral("SELECT MIN(%1), MAX(%1) FROM %2")
                                  .arg(key, quoteIdentifier(Dialect::Sqlite, m_table)), error))
        return false;
    if (sqlite3_step(bounds.get()) != SQLITE_ROW) {
        *error = m_db.lastError();
        return false;
    }
    if (sqlite3_column_type(bounds.get(), 0) != SQLITE_INTEGER || sqlite3_column_type(bounds.get(), 1) != SQLITE_INTEGER)
        return false; // empty, or keys that are not integers
    *min = sqlite3_column_int64(bounds.get(), 0);
    *max = sqlite3_column_int64(bounds.get(), 1);
    *rows = -1;
    return true;
}

bool SqliteDigest::watermarkRange(const QString &column, const QString &low, bool number, QString *max, qint64 *rows, QString *error)
{
    const QString past = watermarkFrom(Dialect::Sqlite, column, low, number, [](const QString &text) -> QString {
        return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    });
    SqliteStatement range;
    if (!range.prepare(m_db, QStringLiteral("SELECT MAX(%1), COUNT(*) FROM %2%3")
                                 .arg(quoteIdentifier(Dialect::Sqlite, column), quoteIdentifier(Dialect::Sqlite, m_table),
                                      past.isEmpty() ? QString() : QStringLiteral(" WHERE ") + past),
                       error))
        return false;
    if (sqlite3_step(range.get()) != SQLITE_ROW) {
        *error = m_db.lastError();
        return false;
    }
    // The stored value's own text: an integer's digits, a double's with every digit it has (the
    // 15 SQLite writes could round it up past rows), a text as it is.
    max->clear();
    if (sqlite3_column_type(range.get(), 0) == SQLITE_FLOAT)
        *max = QString::number(sqlite3_column_double(range.get(), 0), 'g', 17);
    else if (sqlite3_column_type(range.get(), 0) != SQLITE_NULL)
        *max = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(range.get(), 0)),
                                 sqlite3_column_bytes(range.get(), 0));
    *rows = sqlite3_column_int64(range.get(), 1);
    return true;
}

bool SqliteDigest::isRowid(const QString &column)
{
    // An INTEGER PRIMARY KEY of one column is the rowid itself.
    SqliteStatement info;
    QString error;
    if (!info.prepare(m_db, QStringLiteral("SELECT name, upper(type), pk FROM pragma_table_info(%1)")
                                .arg(QStringLiteral("'") + QString(m_table).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'')),
                      &error))
        return false;
    int keys = 0;
    bool integerKey = false;
    while (sqlite3_step(info.get()) == SQLITE_ROW) {
        if (sqlite3_column_int(info.get(), 2) == 0)
            continue;
        ++keys;
        integerKey = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info.get(), 0))) == column
            && qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(info.get(), 1)), "INTEGER") == 0;
    }
    return keys == 1 && integerKey;
}

bool SqliteDigest::scan(const DigestSpec &spec, bool needKeys, const QList<qint64> &onlyGroups, const Visit &visit,
                        QString *error)
{
    auto *hashing = new HashContext{spec.types, spec.hash};
    if (sqlite3_create_function_v2(m_db.get(), "barge_row_hash", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, hashing,
                                   rowHash, nullptr, nullptr, dropContext) != SQLITE_OK) {
        *error = m_db.lastError();
        return false;
    }
    QStringList keys;
    for (const int i : spec.key)
        keys << quoteIdentifier(Dialect::Sqlite, spec.columns.at(i));
    QString sql = QStringLiteral("SELECT %1, barge_row_hash(%2) FROM %3")
                      .arg(keys.join(QStringLiteral(", ")), quoteIdentifiers(Dialect::Sqlite, spec.columns),
                           quoteIdentifier(Dialect::Sqlite, m_table));
    if (!onlyGroups.isEmpty() && spec.width > 0 && isRowid(spec.columns.at(spec.key.first()))) {
        // The groups' key ranges, each a search of the rowid: an outer loop over the ranges.
        QStringList ranges;
        for (const qint64 g : onlyGroups) {
            const auto [low, high] = Digest::groupRange(g, spec.width);
            ranges << QStringLiteral("[%1,%2]").arg(low).arg(high);
        }
        // The table's columns named through its alias: json_each has columns of its own (id, key...).
        QStringList qualified;
        for (const QString &column : spec.columns)
            qualified << QStringLiteral("barge_table.") + quoteIdentifier(Dialect::Sqlite, column);
        QStringList qualifiedKeys;
        for (const int i : spec.key)
            qualifiedKeys << qualified.at(i);
        sql = QStringLiteral("SELECT %1, barge_row_hash(%2) FROM json_each('[%3]') AS barge_range CROSS JOIN %4 AS barge_table "
                             "ON %5 BETWEEN barge_range.value->>0 AND barge_range.value->>1")
                  .arg(qualifiedKeys.join(QStringLiteral(", ")), qualified.join(QStringLiteral(", ")),
                       ranges.join(QLatin1Char(',')), quoteIdentifier(Dialect::Sqlite, m_table), qualifiedKeys.first());
    } else if (!onlyGroups.isEmpty() && spec.width > 0) {
        // The hash is computed for the rows the condition keeps only (SQLite's integer division
        // truncates as the groups do).
        QStringList list;
        for (const qint64 group : onlyGroups)
            list << QString::number(group);
        sql += QStringLiteral(" WHERE %1 / %2 IN (%3)").arg(keys.first()).arg(spec.width).arg(list.join(QLatin1Char(',')));
    }
    SqliteStatement select;
    if (!select.prepare(m_db, sql, error)) {
        *error = QCoreApplication::translate("barge::SqliteDigest", "%1 table %2: %3").arg(m_path, m_table, *error);
        return false;
    }
    sqlite3_stmt *stmt = select.get();
    const int keyCount = int(spec.key.size());
    const bool byWidth = spec.width > 0;
    QByteArray keyBytes;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(stmt)) == SQLITE_ROW) {
        keyBytes.resize(0);
        if (needKeys || !byWidth || sqlite3_column_type(stmt, 0) != SQLITE_INTEGER) {
            for (int k = 0; k < keyCount; ++k) {
                if (k > 0)
                    keyBytes.append(Digest::separator);
                appendCanonical(&keyBytes, sqlite3_column_value(stmt, k), spec.types.at(spec.key.at(k)));
            }
        }
        qint64 group = 0;
        if (!byWidth)
            group = Digest::keyGroup(keyBytes, spec.groups);
        else if (sqlite3_column_type(stmt, 0) == SQLITE_INTEGER)
            group = sqlite3_column_int64(stmt, 0) / spec.width;
        else
            group = keyBytes.toLongLong() / spec.width;
        const quint64 hash = quint64(sqlite3_column_int64(stmt, keyCount));
        if (spec.hash == DigestHash::Crc)
            visit(group, keyBytes, hash >> 32, hash & 0xFFFFFFFFu);
        else
            visit(group, keyBytes, hash, 0);
    }
    if (step != SQLITE_DONE) {
        *error = QCoreApplication::translate("barge::SqliteDigest", "%1 table %2: %3").arg(m_path, m_table, m_db.lastError());
        return false;
    }
    return true;
}

bool SqliteDigest::groupDigests(const DigestSpec &spec, QHash<qint64, GroupDigest> *groups, QString *error)
{
    groups->clear();
    // Rows come in key order, so most rows belong to the group of the row before.
    GroupDigest *last = nullptr;
    qint64 lastGroup = 0;
    return scan(spec, false, {}, [&](qint64 group, const QByteArray &, quint64 a, quint64 b) {
        if (!last || group != lastGroup) {
            last = &(*groups)[group];
            lastGroup = group;
        }
        last->add(a, b);
    }, error);
}

bool SqliteDigest::rowHashes(const DigestSpec &spec, const QList<qint64> &groups, QList<KeyedHash> *rows, QString *error)
{
    const QSet<qint64> wanted(groups.begin(), groups.end());
    rows->clear();
    return scan(spec, true, groups, [&wanted, rows](qint64 group, const QByteArray &key, quint64 a, quint64 b) {
        if (wanted.contains(group))
            rows->append(KeyedHash{key, a, b});
    }, error);
}

} // namespace barge
