#include "io/sqlite/sqlitereader.h"

#include "io/keyfilter.h"
#include "io/watermarkfilter.h"
#include "io/csv/csvdialect.h"
#include "io/sqlite/sqliteintrospector.h"
#include "schema/identifier.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace barge {

namespace {

// The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1.
int invalidUtf8At(const char *text, int bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text);
    for (int i = 0; i < bytes;) {
        const unsigned char b = s[i];
        int length = 0;
        unsigned int code = 0;
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
            code = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            code = b & 0x0F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            code = b & 0x07;
        } else {
            return i;
        }
        if (i + length > bytes)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            code = code << 6 | (s[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and code points beyond U+10FFFF are not UTF-8.
        if ((length == 3 && code < 0x800) || (length == 4 && (code < 0x10000 || code > 0x10FFFF))
            || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

// Text in a single-byte code page (the URL's encoding option): every byte is one character.
QString decodeSingleByte(const char *text, int bytes, const QString &encoding)
{
    if (encoding == QLatin1String("latin1"))
        return QString::fromLatin1(text, bytes);
    QString out(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        out[i] = QChar(CsvDialect::fromWindows1252(uchar(text[i])));
    return out;
}

} // namespace

SqliteReader::SqliteReader(const QString &path, const QString &table, const QString &fallbackEncoding)
    : m_path(path), m_table(table), m_fallbackEncoding(fallbackEncoding.toLower())
{
}

bool SqliteReader::open(QString *error)
{
    {
        SqliteIntrospector introspector(m_path);
        if (!introspector.open(error))
            return false;
        const std::optional<TableSchema> schema = introspector.table(m_table, error);
        if (!schema)
            return false;
        m_schema = *schema;
    }
    if (!m_db.open(m_path, SqliteHandle::Mode::ReadOnly, error) || !beginSnapshot(error))
        return false;
    // In rowid order when there is one: the table's own order, which the scan follows anyway, but
    // stated, so that row N is the same row for the native shortcut, rejects and a rerun.
    const QString rowid = rowidName(m_db, QStringLiteral("main"), m_table);
    m_order = rowid.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + rowid;
    if (!prepareSelect(m_where, error))
        return false;
    m_positionFormat = tr("%1 table %2 row %3").arg(QFileInfo(m_path).fileName(), m_table, QStringLiteral("%1"));
    return true;
}

// One read transaction from the count to the last row: in WAL mode it sees the file as it was at
// the count; with a rollback journal its shared lock keeps writers out until then.
bool SqliteReader::beginSnapshot(QString *error)
{
    SqliteStatement count;
    if (!m_db.exec(QStringLiteral("BEGIN"), error)
        || !count.prepare(m_db, QStringLiteral("SELECT count(*) FROM ") + quoteIdentifier(Dialect::Sqlite, m_table), error)
        || sqlite3_step(count.get()) != SQLITE_ROW) {
        *error = tr("%1 table %2: %3").arg(QFileInfo(m_path).fileName(), m_table,
                                                       error->isEmpty() ? m_db.lastError() : *error);
        return false;
    }
    m_snapshot.asOf = QDateTime::currentDateTimeUtc();
    m_snapshot.rows = sqlite3_column_int64(count.get(), 0);
    return true;
}

void SqliteReader::endSnapshot()
{
    m_select.finalize();
    QString ignored; // read only: nothing to lose if ending it fails
    m_db.exec(QStringLiteral("COMMIT"), &ignored);
}

bool SqliteReader::prepareSelect(const QString &where, QString *error)
{
    m_select.finalize();
    QString sql = QStringLiteral("SELECT ") + quoteIdentifiers(Dialect::Sqlite, m_schema.columnNames())
        + QStringLiteral(" FROM ") + quoteIdentifier(Dialect::Sqlite, m_table);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    if (!m_select.prepare(m_db, sql + m_order, error)) {
        *error = tr("%1 table %2: %3").arg(QFileInfo(m_path).fileName(), m_table, *error);
        return false;
    }
    return true;
}

bool SqliteReader::restrictToKeys(const QStringList &columns, const QList<QStringList> &keys, bool integer)
{
    const QString where = keyFilter(Dialect::Sqlite, columns, keys, integer, [](const QString &text) -> QString {
        return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    });
    m_where = where;
    return !where.isEmpty();
}

bool SqliteReader::restrictToWatermark(const Watermark &watermark, const QString &low)
{
    return andWatermarkFilter(&m_where, Dialect::Sqlite, watermark, low, [](const QString &text) -> QString {
        return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    });
}

bool SqliteReader::read(RowBatch &batch, int maxRows)
{
    if (m_done)
        return false;
    batch.positionFormat = m_positionFormat;
    const int columns = m_schema.columns.size();
    sqlite3_stmt *stmt = m_select.get();
    const qsizetype rowsBefore = batch.rows.size();
    const qint64 bytesBefore = batch.bytes;
    for (int n = 0; n < maxRows && batch.bytes - bytesBefore < batchBytes; ++n) {
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_DONE) {
            m_done = true;
            endSnapshot(); // writers need not wait for the rest of the copy
            return batch.rows.size() > rowsBefore;
        }
        if (rc != SQLITE_ROW) {
            m_error = tr("%1 table %2 after row %3: %4")
                          .arg(QFileInfo(m_path).fileName(), m_table).arg(m_row).arg(m_db.lastError());
            m_done = true;
            return false;
        }
        Row row;
        row.reserve(columns);
        QString why;
        for (int c = 0; c < columns; ++c) {
            switch (sqlite3_column_type(stmt, c)) {
            case SQLITE_INTEGER:
                row.append(QVariant(qlonglong(sqlite3_column_int64(stmt, c))));
                batch.bytes += 8;
                break;
            case SQLITE_FLOAT:
                row.append(QVariant(sqlite3_column_double(stmt, c)));
                batch.bytes += 8;
                break;
            case SQLITE_TEXT: {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
                const int bytes = sqlite3_column_bytes(stmt, c);
                QString decoded = QString::fromUtf8(text, bytes);
                // SQLite stores whatever bytes it was given as text: bytes that are not UTF-8 would
                // become U+FFFD, a changed value. The row is rejected, its bytes kept.
                int bad = -1;
                if (decoded.contains(QChar::ReplacementCharacter) && (bad = invalidUtf8At(text, bytes)) >= 0
                    && !m_fallbackEncoding.isEmpty()) {
                    row.append(QVariant(decodeSingleByte(text, bytes, m_fallbackEncoding)));
                } else if (bad >= 0) {
                    if (why.isEmpty())
                        why = tr("column %1: the text is not UTF-8 (byte 0x%2 at byte %3 of '%4')")
                                  .arg(m_schema.columns.at(c).name)
                                  .arg(uchar(text[bad]), 2, 16, QLatin1Char('0'))
                                  .arg(bad + 1)
                                  .arg(QString::fromUtf8(text, bytes).left(40));
                    row.append(QVariant(QByteArray(text, bytes)));
                } else {
                    row.append(QVariant(std::move(decoded)));
                }
                batch.bytes += bytes;
                break;
            }
            case SQLITE_BLOB: {
                const int bytes = sqlite3_column_bytes(stmt, c);
                row.append(QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, c)), bytes)));
                batch.bytes += bytes;
                break;
            }
            default:
                row.append(QVariant());
                break;
            }
        }
        ++m_row;
        if (!why.isEmpty()) {
            RejectedRow rejected;
            rejected.values = std::move(row);
            rejected.position = m_row;
            rejected.origin = m_positionFormat.arg(m_row);
            rejected.reason = why;
            batch.rejected.append(std::move(rejected));
            continue;
        }
        batch.rows.append(std::move(row));
        batch.positions.append(m_row);
    }
    return true;
}

bool SqliteReader::restrictToRange(const QString &column, const KeyRange &range)
{
    andRangeFilter(&m_where, Dialect::Sqlite, column, range);
    return true;
}

} // namespace barge
