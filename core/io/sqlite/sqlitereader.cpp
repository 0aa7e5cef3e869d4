#include "io/sqlite/sqlitereader.h"

#include "io/sqlite/sqliteintrospector.h"
#include "schema/identifier.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace barge {

SqliteReader::SqliteReader(const QString &path, const QString &table) : m_path(path), m_table(table)
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
    QString sql = QStringLiteral("SELECT ") + quoteIdentifiers(Dialect::Sqlite, m_schema.columnNames())
        + QStringLiteral(" FROM ") + quoteIdentifier(Dialect::Sqlite, m_table);
    const QString rowid = rowidName(m_db, QStringLiteral("main"), m_table);
    if (!rowid.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + rowid;
    if (!m_select.prepare(m_db, sql, error)) {
        *error = QStringLiteral("%1 table %2: %3").arg(QFileInfo(m_path).fileName(), m_table, *error);
        return false;
    }
    m_positionFormat = QStringLiteral("%1 table %2 row %3").arg(QFileInfo(m_path).fileName(), m_table, QStringLiteral("%1"));
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
        *error = QStringLiteral("%1 table %2: %3").arg(QFileInfo(m_path).fileName(), m_table,
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
            m_error = QStringLiteral("%1 table %2 after row %3: %4")
                          .arg(QFileInfo(m_path).fileName(), m_table).arg(m_row).arg(m_db.lastError());
            m_done = true;
            return false;
        }
        Row row;
        row.reserve(columns);
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
                row.append(QVariant(QString::fromUtf8(text, bytes)));
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
        batch.rows.append(std::move(row));
        batch.positions.append(++m_row);
    }
    return true;
}

} // namespace barge
