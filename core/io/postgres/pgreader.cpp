#include "io/postgres/pgreader.h"

#include "io/keyfilter.h"
#include "io/watermarkfilter.h"
#include "io/postgres/pgintrospector.h"
#include "schema/identifier.h"
#include "schema/temporaltext.h"

#include <libpq-fe.h>

#include <charconv>
#include <cmath>
#include <limits>

namespace barge {

namespace {

using ValueKind = PgReader::ValueKind;

ValueKind kindOf(const ColumnSchema &column)
{
    switch (column.type.kind) {
    case TypeKind::Boolean: return ValueKind::Boolean;
    case TypeKind::Int16:
    case TypeKind::Int32:
    case TypeKind::Int64: return ValueKind::Integer;
    case TypeKind::Decimal: return ValueKind::Decimal;
    case TypeKind::Real:
        return column.declaredType == QLatin1String("real") ? ValueKind::Real4 : ValueKind::Real;
    case TypeKind::Binary: return ValueKind::Binary;
    case TypeKind::Date:
    case TypeKind::Time:
    case TypeKind::DateTime: return ValueKind::Temporal;
    case TypeKind::DateTimeTz: return ValueKind::TemporalTz;
    case TypeKind::Text:
    case TypeKind::Json:
    case TypeKind::Uuid:
    case TypeKind::Interval:
    case TypeKind::Enum:
    case TypeKind::Array:
    case TypeKind::Bits:
    case TypeKind::Geometry: return ValueKind::Text;
    }
    return ValueKind::Text;
}

// What goes into the SELECT list for a column: everything that is not a number, flag or bytes as
// text, so that QPSQL hands over PostgreSQL's own exact output (numeric never through a double).
// char(n) is left alone: its cast to text would drop the padding.
QString selectExpression(const ColumnSchema &column, ValueKind kind)
{
    const QString name = quoteIdentifier(Dialect::Postgres, column.name);
    if (column.type.kind == TypeKind::Array) // exact elements, nested arrays kept (Array's form)
        return QStringLiteral("array_to_json(%1)::text").arg(name);
    if (column.type.kind == TypeKind::Geometry) // its output, hex EWKB: exact, where ::text may be rounded WKT
        return name;
    switch (kind) {
    case ValueKind::Integer:
    case ValueKind::Boolean:
    case ValueKind::Binary:
        return name;
    case ValueKind::Text:
        if (column.declaredType.startsWith(QLatin1String("character(")) || column.declaredType == QLatin1String("character")
            || column.declaredType == QLatin1String("bpchar"))
            return name;
        break;
    case ValueKind::Decimal:
    case ValueKind::Real:
    case ValueKind::Real4:
    case ValueKind::Temporal:
    case ValueKind::TemporalTz:
        break;
    }
    return name + QStringLiteral("::text");
}

bool parseReal(const QString &text, bool single, double *value)
{
    if (text == QLatin1String("NaN")) {
        *value = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (text == QLatin1String("Infinity") || text == QLatin1String("-Infinity")) {
        *value = text.startsWith(QLatin1Char('-')) ? -std::numeric_limits<double>::infinity()
                                                   : std::numeric_limits<double>::infinity();
        return true;
    }
    char chars[64];
    if (text.size() >= qsizetype(sizeof chars))
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).unicode() > 127)
            return false;
        chars[i] = char(text.at(i).unicode());
    }
    const char *end = chars + text.size();
    if (single) {
        // A real's shortest text read as a float is exactly the stored value; as a double it
        // would be a different number (0.1f is 0.100000001490116...).
        float f = 0;
        const auto result = std::from_chars(chars, end, f);
        *value = f;
        return result.ec == std::errc() && result.ptr == end;
    }
    const auto result = std::from_chars(chars, end, *value);
    return result.ec == std::errc() && result.ptr == end;
}

// PostgreSQL's ISO output of a temporal value as Barge's canonical text, or why it has none.
bool temporalText(QString text, TypeKind kind, QString *out, QString *why)
{
    if (text.endsWith(QLatin1String(" BC")) || text.contains(QLatin1String("infinity"))) {
        *why = QCoreApplication::translate("barge::PgReader",
                                           "'%1' has no Barge form (dates before year 1 and infinity are not carried)")
            .arg(text);
        return false;
    }
    if (kind == TypeKind::DateTimeTz) {
        // TimeZone is UTC, so the offset is always "+00"; Barge writes "+00:00".
        const qsizetype sign = text.size() - 3;
        if (sign >= 19 && (text.at(sign) == QLatin1Char('+') || text.at(sign) == QLatin1Char('-')))
            text += QStringLiteral(":00");
    }
    if (!TemporalText::isCanonical(text, kind)) {
        *why = QCoreApplication::translate("barge::PgReader",
                                           "'%1' has no Barge form (years 0001-9999, times below 24:00:00)").arg(text);
        return false;
    }
    *out = text;
    return true;
}

} // namespace

PgReader::PgReader(const Endpoint &endpoint, const QString &table) : m_endpoint(endpoint), m_table(table), m_conn(endpoint)
{
}

PgReader::~PgReader()
{
    // A stream read to its end leaves the snapshot's transaction open: ended, the connection can
    // serve the next table (ConnectionReuse). One cut short is closed with its query.
    if (!m_streaming && m_conn.isOpen())
        m_conn.exec(QStringLiteral("ROLLBACK"));
}

bool PgReader::open(QString *error)
{
    {
        // A separate connection for the catalog: nothing may run on the streaming one once the
        // SELECT has started.
        PgIntrospector introspector(m_endpoint);
        introspector.setForReading(true);
        if (!introspector.open(error))
            return false;
        const std::optional<TableSchema> schema = introspector.table(m_table, error);
        if (!schema)
            return false;
        m_schema = *schema;
    }
    m_kinds.clear();
    for (const ColumnSchema &column : std::as_const(m_schema.columns))
        m_kinds << kindOf(column);
    if (!m_conn.open(error) || !beginSnapshot(error))
        return false;
    // Single-row mode: the rows stream instead of being buffered whole. The first result comes
    // now, so that a statement the server refuses fails the open.
    PGconn *native = m_conn.native();
    if (!PQsendQuery(native, selectStatement().toUtf8().constData()) || !PQsetSingleRowMode(native)) {
        *error = tr("PostgreSQL at %1, table %2.%3: %4")
                     .arg(m_conn.server(), m_conn.schema(), m_table, QString::fromUtf8(PQerrorMessage(native)).trimmed());
        return false;
    }
    m_streaming = true;
    m_next = PgResult(PQgetResult(native));
    if (!isRow(m_next) && !endStream(m_next, error)) {
        *error = tr("PostgreSQL at %1, table %2.%3: %4").arg(m_conn.server(), m_conn.schema(), m_table, *error);
        return false;
    }
    m_positionFormat = tr("%1 table %2.%3 row %4")
                           .arg(m_conn.databaseName(), m_conn.schema(), m_table, QStringLiteral("%1"));
    return true;
}

// The count (when the introspector found the table small enough to count) and the rows come from
// one snapshot, the transaction's first statement's: rows committed later are not read.
bool PgReader::beginSnapshot(QString *error)
{
    const QString count = m_schema.rowCountExact ? QStringLiteral("(SELECT count(*) FROM %1)").arg(m_conn.qualified(m_table))
                                                 : QStringLiteral("-1");
    if (!m_conn.run(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"), error))
        return false;
    const PgResult result = m_conn.exec(
        QStringLiteral("SELECT to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), %1")
            .arg(count));
    if (!result.ok()) {
        *error = tr("PostgreSQL at %1, table %2.%3: %4").arg(m_conn.server(), m_conn.schema(), m_table, result.message());
        return false;
    }
    m_snapshot.asOf = QDateTime::fromString(result.text(0, 0), Qt::ISODateWithMs);
    m_snapshot.rows = result.integer(0, 1);
    if (m_schema.rowCountExact)
        m_schema.rowCount = m_snapshot.rows; // the introspector left the count to this snapshot
    return true;
}

QString PgReader::selectStatement() const
{
    QStringList columns;
    for (int c = 0; c < m_schema.columns.size(); ++c)
        columns << selectExpression(m_schema.columns.at(c), m_kinds.at(c));
    QString sql = QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
        + m_conn.qualified(m_table);
    // Key order makes "row N" the same row in rejects and on a rerun.
    if (!m_where.isEmpty())
        sql += QStringLiteral(" WHERE ") + m_where;
    const QStringList key = m_schema.primaryKey();
    if (!key.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + quoteIdentifiers(Dialect::Postgres, key);
    else if (m_pageRange) // a resumed range skips the rows its mark counts: they must come in one order
        sql += QStringLiteral(" ORDER BY ctid");
    return sql;
}

bool PgReader::isRow(const PgResult &result)
{
    return result.get() && PQresultStatus(result.get()) == PGRES_SINGLE_TUPLE;
}

// The stream's last result: the end of the rows, or the server's error in *error. The results
// after it are read, so that the connection can take statements again.
bool PgReader::endStream(const PgResult &last, QString *error)
{
    m_done = true;
    m_streaming = false;
    // The rows end with PGRES_TUPLES_OK; anything else (an error, or no result where one was due)
    // must not pass for the end of the table.
    const bool ok = last.get() && PQresultStatus(last.get()) == PGRES_TUPLES_OK;
    if (!ok)
        *error = last.get() ? last.message().trimmed() : QString::fromUtf8(PQerrorMessage(m_conn.native())).trimmed();
    while (PGresult *rest = PQgetResult(m_conn.native()))
        PQclear(rest);
    return ok;
}

bool PgReader::convertRow(const PgResult &result, Row *row, qint64 *bytes, QString *why) const
{
    PGresult *values = result.get();
    bool ok = true;
    for (int c = 0; c < m_kinds.size(); ++c) {
        if (PQgetisnull(values, 0, c)) {
            row->append(QVariant());
            continue;
        }
        switch (m_kinds.at(c)) {
        case ValueKind::Integer:
            row->append(QVariant(result.integer(0, c)));
            *bytes += 8;
            continue;
        case ValueKind::Boolean:
            row->append(QVariant(result.boolean(0, c)));
            *bytes += 1;
            continue;
        case ValueKind::Binary: {
            size_t length = 0;
            unsigned char *raw = PQunescapeBytea(reinterpret_cast<const unsigned char *>(PQgetvalue(values, 0, c)), &length);
            const QByteArray data(reinterpret_cast<const char *>(raw), qsizetype(length));
            PQfreemem(raw);
            *bytes += data.size();
            row->append(QVariant(data));
            continue;
        }
        case ValueKind::Text: {
            const QString text = result.text(0, c);
            *bytes += text.size();
            row->append(QVariant(text));
            continue;
        }
        default:
            break;
        }
        const QString text = result.text(0, c);
        *bytes += text.size();
        QString problem;
        switch (m_kinds.at(c)) {
        case ValueKind::Decimal:
            if (text == QLatin1String("NaN") || text.endsWith(QLatin1String("Infinity")))
                problem = tr("'%1' has no exact decimal form").arg(text);
            else
                row->append(QVariant(text));
            break;
        case ValueKind::Real:
        case ValueKind::Real4: {
            double number = 0;
            if (parseReal(text, m_kinds.at(c) == ValueKind::Real4, &number))
                row->append(QVariant(number));
            else
                problem = tr("'%1' is not a number").arg(text);
            break;
        }
        default: {
            QString canonical;
            if (temporalText(text, m_schema.columns.at(c).type.kind, &canonical, &problem))
                row->append(QVariant(canonical));
            break;
        }
        }
        if (!problem.isEmpty()) {
            row->append(QVariant(text));
            if (ok)
                *why = tr("column %1: %2").arg(m_schema.columns.at(c).name, problem);
            ok = false;
        }
    }
    return ok;
}

bool PgReader::restrictToKeys(const QStringList &columns, const QList<QStringList> &keys, bool integer)
{
    // Literals as standard_conforming_strings reads them (on since PostgreSQL 9.1).
    m_where = keyFilter(Dialect::Postgres, columns, keys, integer, [](const QString &text) -> QString {
        return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    });
    return !m_where.isEmpty();
}

bool PgReader::restrictToWatermark(const Watermark &watermark, const QString &low)
{
    return andWatermarkFilter(&m_where, Dialect::Postgres, watermark, low, [](const QString &text) -> QString {
        return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    });
}

bool PgReader::read(RowBatch &batch, int maxRows)
{
    if (m_done || !m_streaming)
        return false;
    batch.positionFormat = m_positionFormat;
    const int columns = int(m_kinds.size());
    int produced = 0;
    const qint64 bytesBefore = batch.bytes;
    for (; produced < maxRows && batch.bytes - bytesBefore < batchBytes; ++produced) {
        const PgResult result = m_next.get() ? std::move(m_next) : PgResult(PQgetResult(m_conn.native()));
        if (!isRow(result)) {
            QString text;
            if (!endStream(result, &text)) {
                m_error = tr("PostgreSQL at %1, table %2.%3 after row %4: %5")
                              .arg(m_conn.server(), m_conn.schema(), m_table)
                              .arg(m_row)
                              .arg(text);
                return false;
            }
            return produced > 0;
        }
        Row row;
        row.reserve(columns);
        QString why;
        ++m_row;
        if (convertRow(result, &row, &batch.bytes, &why)) {
            batch.rows.append(std::move(row));
            batch.positions.append(m_row);
        } else {
            // The rejects file gets the values as PostgreSQL wrote them.
            Row raw;
            for (int c = 0; c < columns; ++c)
                raw.append(result.isNull(0, c) ? QVariant() : QVariant(result.text(0, c)));
            batch.rejected.append(RejectedRow{raw, m_row, batch.positionFormat.arg(m_row), why});
        }
    }
    return true;
}

bool PgReader::restrictToRange(const QString &column, const KeyRange &range)
{
    andRangeFilter(&m_where, Dialect::Postgres, column, range);
    m_pageRange = column == KeyRange::pages();
    return true;
}

} // namespace barge
