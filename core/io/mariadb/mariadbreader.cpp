#include "io/mariadb/mariadbreader.h"

#include "io/keyfilter.h"
#include "io/watermarkfilter.h"
#include "io/mariadb/mariadbintrospector.h"
#include "schema/identifier.h"

#include <mysql.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <string_view>

namespace barge {

namespace {

// Declared types whose ORDER BY and `>` do not agree, or whose text does not compare back equal:
// ENUM and SET sort by their index but compare as strings; a FLOAT's text reads back as another
// double; BIT arrives as raw bytes. Such columns cannot cut pages.
bool canCutPages(const ColumnSchema &column)
{
    const QString type = column.declaredType.trimmed().toLower();
    for (const char *name : {"enum", "set", "float", "double", "real", "bit"}) {
        if (type.startsWith(QLatin1String(name)))
            return false;
    }
    return true;
}

bool isZeroDate(const char *text, qsizetype size)
{
    // '0000-00-00', or a zero month or day ('2024-00-10'), which NO_ZERO_IN_DATE-less servers keep.
    return size >= 10 && ((text[5] == '0' && text[6] == '0') || (text[8] == '0' && text[9] == '0')
                          || std::string_view(text, 4) == "0000");
}

// DATETIME(6) and TIME(6) print every fraction with six digits ("10:00:00.250000"); Barge keeps
// the digits that count ("10:00:00.25", "10:00:00"), as the other backends give them.
qsizetype withoutTrailingZeros(const char *text, qsizetype size)
{
    if (!std::memchr(text, '.', size_t(size)))
        return size;
    while (text[size - 1] == '0')
        --size;
    return text[size - 1] == '.' ? size - 1 : size;
}

} // namespace

MariaDbReader::MariaDbReader(const Endpoint &endpoint, const QString &table)
    : m_endpoint(endpoint), m_table(table), m_db(endpoint)
{
}

QStringList MariaDbReader::pagingKey() const
{
    QStringList names;
    for (const int column : m_key)
        names << m_schema.columns.at(column).name;
    return names;
}

QList<int> MariaDbReader::chooseKey() const
{
    QList<int> key;
    for (const QString &name : m_schema.primaryKey())
        key << m_schema.indexOf(name);
    const auto usable = [this](const QList<int> &columns) {
        for (const int column : columns) {
            if (column < 0 || m_schema.columns.at(column).nullable || !canCutPages(m_schema.columns.at(column)))
                return false;
        }
        return !columns.isEmpty();
    };
    if (usable(key))
        return key;
    // Else the narrowest unique key of NOT NULL columns (NULLs are never equal, so not unique).
    QList<int> best;
    for (const IndexSchema &index : m_schema.indexes) {
        if (!index.unique)
            continue;
        QList<int> columns;
        for (const QString &name : index.columns)
            columns << m_schema.indexOf(name);
        if (usable(columns) && (best.isEmpty() || columns.size() < best.size()))
            best = columns;
    }
    return best;
}

bool MariaDbReader::open(QString *error)
{
    if (!m_db.open(error))
        return false;
    {
        MariaDbIntrospector introspector(&m_db);
        const std::optional<TableSchema> schema = introspector.table(m_table, error);
        if (!schema)
            return false;
        m_schema = *schema;
    }
    // One snapshot for every page: the pages of a table being written meanwhile still add up.
    if (!m_db.run(QByteArrayLiteral("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ"), error)
        || !m_db.run(QByteArrayLiteral("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY"), error)) {
        *error = tr("%1 table %2: %3").arg(m_db.describe(), m_table, *error);
        return false;
    }
    // The snapshot's moment, and its count when the introspector found the table small enough.
    MariaDbResult now;
    const QString count = m_schema.rowCountExact
        ? QStringLiteral("(SELECT COUNT(*) FROM %1)").arg(quoteIdentifier(Dialect::MySql, m_table))
        : QStringLiteral("-1");
    if (!m_db.query(QStringLiteral("SELECT DATE_FORMAT(UTC_TIMESTAMP(3), '%Y-%m-%dT%H:%i:%s.%f'), ") + count, &now, error)) {
        *error = tr("%1 table %2: %3").arg(m_db.describe(), m_table, *error);
        return false;
    }
    if (now.next()) {
        // %f prints microseconds (six digits) whatever the precision: keep three.
        const QString text = now.text(0);
        m_snapshot.asOf = QDateTime::fromString(text.left(23) + QLatin1Char('Z'), Qt::ISODateWithMs);
        m_snapshot.rows = now.integer(1);
    }
    m_key = chooseKey();
    m_select = QStringLiteral("SELECT ") + quoteIdentifiers(Dialect::MySql, m_schema.columnNames())
        + QStringLiteral(" FROM ") + quoteIdentifier(Dialect::MySql, m_table);
    if (!m_where.isEmpty())
        m_select += QStringLiteral(" WHERE ") + m_where;
    m_positionFormat = tr("%1 table %2 row %3").arg(m_endpoint.database, m_table, QStringLiteral("%1"));
    return true;
}

// Pages after the first continue strictly after the last key read, written out so that MariaDB
// uses the key's index for every column count: a > 1 OR (a = 1 AND (b > 2 OR (b = 2 AND c > 3))).
// (The row-value form (a, b) > (1, 2) is read with a full scan by MariaDB 10.11.)
bool MariaDbReader::restrictToKeys(const QStringList &columns, const QList<QStringList> &keys, bool integer)
{
    m_where = keyFilter(Dialect::MySql, columns, keys, integer, &MariaDbConnection::quoteString);
    return !m_where.isEmpty();
}

bool MariaDbReader::restrictToWatermark(const Watermark &watermark, const QString &low)
{
    return andWatermarkFilter(&m_where, Dialect::MySql, watermark, low, &MariaDbConnection::quoteString);
}

QString MariaDbReader::pageQuery() const
{
    QString sql = m_select;
    if (m_key.isEmpty()) {
        // No key to cut by: LIMIT/OFFSET without ORDER BY (sorting every page by all columns would
        // be worse). Inside the snapshot InnoDB scans in its clustered (hidden row id) order, so
        // the pages do not overlap; each page scans past the ones before it, which grows with
        // the table's size: a table worth its time gets a key.
        return sql + QStringLiteral(" LIMIT %1 OFFSET %2").arg(m_pageRows).arg(m_offset);
    }
    if (!m_lastKey.isEmpty()) {
        QString condition;
        for (qsizetype i = m_key.size() - 1; i >= 0; --i) {
            const QString column = quoteIdentifier(Dialect::MySql, m_schema.columns.at(m_key[i]).name);
            const QString after = column + QStringLiteral(" > ") + m_lastKey[i];
            condition = condition.isEmpty() ? after
                                            : QStringLiteral("%1 OR (%2 = %3 AND (%4))")
                                                  .arg(after, column, m_lastKey[i], condition);
        }
        sql += m_where.isEmpty() ? QString(QStringLiteral(" WHERE ") + condition)
                                 : QString(QStringLiteral(" AND (") + condition + QLatin1Char(')'));
    }
    QStringList order;
    for (const int column : m_key)
        order << quoteIdentifier(Dialect::MySql, m_schema.columns.at(column).name);
    return sql + QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "))
        + QStringLiteral(" LIMIT %1").arg(m_pageRows);
}

bool MariaDbReader::fetchPage()
{
    if (m_pages == 0) {
        m_pageRows = qMin(firstPageRows, m_maxPageRows);
    } else {
        // A value costs the client its bytes plus a pointer and a length.
        const qint64 rowBytes = m_pageBytesSeen / qMax<qint64>(1, m_page.rows()) + 16 * m_columns.size();
        m_pageRows = int(std::clamp<qint64>(pageBytes / rowBytes, 1, m_maxPageRows));
    }
    m_pageBytesSeen = 0;
    QString failure;
    if (!m_db.query(pageQuery(), &m_page, &failure)) {
        m_error = tr("%1 table %2 after row %3: %4").arg(m_db.describe(), m_table).arg(m_row).arg(failure);
        return false;
    }
    if (m_pages++ == 0)
        chooseDecoders();
    m_offset += m_page.rows();
    m_largestPage = qMax(m_largestPage, m_page.rows());
    m_lastPage = m_page.rows() < m_pageRows;
    m_pageSeen = 0;
    return true;
}

void MariaDbReader::chooseDecoders()
{
    m_columns.clear();
    for (int c = 0; c < m_schema.columns.size(); ++c) {
        const MYSQL_FIELD *field = m_page.field(c);
        Column column;
        switch (m_schema.columns.at(c).type.kind) {
        case TypeKind::Boolean:
            column.decode = field && field->type == MYSQL_TYPE_BIT ? Decode::Bit : Decode::Boolean;
            break;
        case TypeKind::Int16:
        case TypeKind::Int32:
        case TypeKind::Int64:
            column.decode = Decode::Integer;
            column.keyQuoted = false;
            break;
        case TypeKind::Real:
            column.decode = Decode::Real;
            break;
        case TypeKind::Decimal:
            column.decode = Decode::Exact;
            column.keyQuoted = false;
            break;
        case TypeKind::Binary:
            column.decode = Decode::Binary;
            column.keyQuoted = false; // X'..'
            break;
        case TypeKind::Date:
        case TypeKind::DateTime:
        case TypeKind::DateTimeTz:
            column.decode = Decode::Date;
            break;
        case TypeKind::Time:
            column.decode = Decode::Time; // may be beyond 24 h or negative: ValueConverter decides
            break;
        case TypeKind::Text:
        case TypeKind::Json:
        case TypeKind::Uuid:
        case TypeKind::Enum:
        case TypeKind::Array: // a SET's "a,b": ValueConverter makes it a JSON array
            column.decode = Decode::Text;
            break;
        case TypeKind::Interval:
            column.decode = Decode::Time; // may be beyond 24 h or negative
            break;
        case TypeKind::Bits:
            column.decode = Decode::Binary; // big-endian bytes; ValueConverter makes the bit string
            column.keyQuoted = false;
            break;
        case TypeKind::Geometry:
            column.decode = Decode::Binary; // SRID and WKB; ValueConverter makes the extended WKT
            column.keyQuoted = false;
            break;
        }
        m_columns << column;
    }
}

void MariaDbReader::rememberKey()
{
    m_lastKey.clear();
    for (const int c : m_key) {
        const QByteArray value = m_page.bytes(c);
        if (m_columns.at(c).decode == Decode::Binary)
            m_lastKey << QStringLiteral("X'") + QString::fromLatin1(value.toHex()) + QLatin1Char('\'');
        else if (!m_columns.at(c).keyQuoted)
            m_lastKey << QString::fromLatin1(value);
        else
            m_lastKey << MariaDbConnection::quoteString(QString::fromUtf8(value));
    }
}

QVariant MariaDbReader::decode(int c, QString *why) const
{
    const char *data = m_page.data(c);
    const qsizetype size = m_page.size(c);
    switch (m_columns.at(c).decode) {
    case Decode::Integer:
    case Decode::Boolean: {
        qlonglong value = 0;
        const auto [end, status] = std::from_chars(data, data + size, value);
        if (status != std::errc() || end != data + size)
            return QString::fromLatin1(data, size); // out of range: ValueConverter says why
        // tinyint(1) is BOOLEAN by convention but holds -128..127: other values stay numbers.
        if (m_columns.at(c).decode == Decode::Boolean && (value == 0 || value == 1))
            return QVariant(value == 1);
        return QVariant(value);
    }
    case Decode::Bit:
        return QVariant(size > 0 && data[size - 1] != 0);
    case Decode::Real: {
        double value = 0;
        const auto [end, status] = std::from_chars(data, data + size, value);
        if (status != std::errc() || end != data + size)
            return QString::fromLatin1(data, size);
        return QVariant(value);
    }
    case Decode::Exact:
        return QString::fromLatin1(data, size);
    case Decode::Binary:
        return QByteArray(data, size);
    case Decode::Date:
        if (isZeroDate(data, size)) {
            *why = tr("column %1: '%2' is MariaDB's zero date, not a date")
                       .arg(m_schema.columns.at(c).name, QString::fromLatin1(data, size));
            return QVariant();
        }
        return QString::fromLatin1(data, withoutTrailingZeros(data, size));
    case Decode::Time:
        return QString::fromLatin1(data, withoutTrailingZeros(data, size));
    case Decode::Text:
        break;
    }
    return QString::fromUtf8(data, size);
}

bool MariaDbReader::decodeRow(RowBatch &batch)
{
    const int columns = int(m_columns.size());
    Row row;
    row.reserve(columns);
    QString why;
    for (int c = 0; c < columns && why.isEmpty(); ++c) {
        if (m_page.isNull(c)) {
            row.append(QVariant());
            continue;
        }
        batch.bytes += m_page.size(c);
        m_pageBytesSeen += m_page.size(c);
        row.append(decode(c, &why));
    }
    ++m_row;
    if (why.isEmpty()) {
        batch.rows.append(std::move(row));
        batch.positions.append(m_row);
        return true;
    }
    RejectedRow rejected;
    for (int c = 0; c < columns; ++c) {
        if (m_page.isNull(c))
            rejected.values << QVariant();
        else if (m_columns.at(c).decode == Decode::Binary)
            rejected.values << QVariant(m_page.bytes(c));
        else
            rejected.values << QVariant(m_page.text(c));
    }
    rejected.position = m_row;
    rejected.origin = batch.positionFormat.arg(m_row);
    rejected.reason = why;
    batch.rejected.append(std::move(rejected));
    return false;
}

bool MariaDbReader::read(RowBatch &batch, int maxRows)
{
    if (m_done)
        return false;
    batch.positionFormat = m_positionFormat;
    int produced = 0;
    const qint64 bytesBefore = batch.bytes;
    while (produced < maxRows && batch.bytes - bytesBefore < batchBytes) {
        if (m_pages == 0 || m_pageSeen == m_page.rows()) {
            if (m_pages > 0 && m_lastPage) {
                m_done = true;
                break;
            }
            if (!fetchPage()) {
                m_done = true;
                return false;
            }
            continue;
        }
        m_page.next();
        if (++m_pageSeen == m_page.rows() && !m_key.isEmpty())
            rememberKey();
        decodeRow(batch);
        ++produced;
    }
    if (m_done) {
        QString ignored; // the snapshot is read only: nothing to lose if ending it fails
        m_db.run(QByteArrayLiteral("COMMIT"), &ignored);
    }
    return produced > 0;
}

bool MariaDbReader::restrictToRange(const QString &column, const KeyRange &range)
{
    andRangeFilter(&m_where, Dialect::MySql, column, range);
    return true;
}

} // namespace barge
