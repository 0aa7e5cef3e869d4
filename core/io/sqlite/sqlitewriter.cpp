#include "io/sqlite/sqlitewriter.h"

#include "io/sqlite/sqlitenativecopy.h"
#include "schema/ddlbuilder.h"
#include "schema/identifier.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace barge {

SqliteWriter::SqliteWriter(const QString &path, const QString &table) : m_path(path), m_table(table)
{
}

QString SqliteWriter::describe() const
{
    return tableLabel().arg(QFileInfo(m_path).fileName(), m_table);
}

bool SqliteWriter::open(QString *error)
{
    if (!m_db.open(m_path, SqliteHandle::Mode::ReadWriteCreate, error))
        return false;
    // A 64 MB page cache (a cap, not a size: it fills only as the table grows) measured ~15% faster
    // than 8-16 MB on 1M-row loads; memory stays flat beyond it.
    return m_db.exec(QStringLiteral("PRAGMA cache_size = -65536"), error);
}

bool SqliteWriter::prepare(const TableSchema &target, TableMode mode, QString *error)
{
    bool exists = false;
    if (!m_session.tableExists(m_table, &exists, error)) {
        *error = describe() + QStringLiteral(": ") + *error;
        return false;
    }
    TableSchema table = target;
    table.name = m_table;
    // The table's preparation commits on its own: a later failure keeps the created table empty
    // rather than half-dropped.
    for (const QString &sql : DdlBuilder::prepareTable(Dialect::Sqlite, table, mode, exists)) {
        if (!m_db.exec(sql, error)) {
            *error = describe() + QStringLiteral(": ") + *error;
            return false;
        }
    }
    const QStringList columns = target.written().columnNames();
    QString insert = DdlBuilder::insert(Dialect::Sqlite, m_table, columns);
    if (mode == TableMode::Merge)
        insert += QStringLiteral(" ON CONFLICT (") + quoteIdentifiers(Dialect::Sqlite, m_mergeKey) + QStringLiteral(") DO NOTHING");
    if (!m_insert.prepare(m_db, insert, error) || (mode == TableMode::Merge && !prepareUpdate(columns, error))) {
        *error = describe() + QStringLiteral(": ") + *error;
        return false;
    }
    if (mode == TableMode::Merge) {
        m_groupRows = 1; // each row's outcome is counted
        return true;
    }
    // Groups of up to 64 rows, within SQLite's limit on bound parameters per statement.
    m_columns = int(target.columns.size());
    const int maxParameters = sqlite3_limit(m_db.get(), SQLITE_LIMIT_VARIABLE_NUMBER, -1);
    m_groupRows = std::max(1, std::min(64, maxParameters / std::max(1, m_columns)));
    if (m_groupRows > 1) {
        QString many = insert;
        const QString oneRow = insert.mid(insert.lastIndexOf(QStringLiteral(" VALUES ")) + 8);
        for (int r = 1; r < m_groupRows; ++r)
            many += QStringLiteral(", ") + oneRow;
        if (!m_insertMany.prepare(m_db, many, error)) {
            *error = describe() + QStringLiteral(": ") + *error;
            return false;
        }
    }
    return true;
}

bool SqliteWriter::setMergeKey(const QStringList &key, QString *error)
{
    Q_UNUSED(error)
    m_mergeKey = key;
    return true;
}

// UPDATE t SET b = ?2, c = ?3 WHERE a = ?1 AND (b, c) IS NOT (?2, ?3): a row binds as for the INSERT,
// parameter i being column i.
bool SqliteWriter::prepareUpdate(const QStringList &columns, QString *error)
{
    QStringList set;
    QStringList where;
    QStringList names;
    QStringList values;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString name = quoteIdentifier(Dialect::Sqlite, columns.at(i));
        const QString parameter = QStringLiteral("?%1").arg(i + 1);
        if (m_mergeKey.contains(columns.at(i))) {
            where << name + QStringLiteral(" IS ") + parameter;
        } else {
            set << name + QStringLiteral(" = ") + parameter;
            names << name;
            values << parameter;
        }
    }
    if (set.isEmpty())
        return true; // every column is the key: a row the table holds is unchanged
    const QString sql = QStringLiteral("UPDATE ") + quoteIdentifier(Dialect::Sqlite, m_table) + QStringLiteral(" SET ")
        + set.join(QStringLiteral(", ")) + QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))
        + QStringLiteral(" AND (") + names.join(QStringLiteral(", ")) + QStringLiteral(") IS NOT (")
        + values.join(QStringLiteral(", ")) + QLatin1Char(')');
    return m_update.prepare(m_db, sql, error);
}

qint64 SqliteWriter::countRows(QString *error)
{
    SqliteStatement count;
    if (!count.prepare(m_db, QStringLiteral("SELECT count(*) FROM ") + quoteIdentifier(Dialect::Sqlite, m_table), error))
        return -1;
    if (sqlite3_step(count.get()) != SQLITE_ROW) {
        *error = m_db.lastError();
        return -1;
    }
    return sqlite3_column_int64(count.get(), 0);
}

std::unique_ptr<NativeCopy> SqliteWriter::nativeCopy(const Endpoint &source, const TableMapping &mapping)
{
    // Text in another code page (the encoding option) is decoded on the way: not a byte copy.
    if (source.kind != EndpointKind::Sqlite || source.options.contains(QStringLiteral("encoding")))
        return nullptr;
    QString why;
    std::unique_ptr<NativeCopy> copy = SqliteNativeCopy::create(&m_db, m_table, source.path, mapping, &why);
    if (!copy && qEnvironmentVariableIsSet("BARGE_DEBUG"))
        qInfo("%s: no native copy: %s", qPrintable(describe()), qPrintable(why));
    return copy;
}

bool SqliteWriter::begin(QString *error)
{
    // IMMEDIATE takes the write lock up front: tables loading in parallel into one file then wait
    // their turn (busy timeout) instead of deadlocking on a read lock upgraded to a write lock.
    if (!m_db.exec(QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    m_inTransaction = true;
    return true;
}

bool SqliteWriter::bindRow(sqlite3_stmt *stmt, int offset, const Row &row, QString *error)
{
    if (m_utf8.size() < offset + row.size())
        m_utf8.resize(offset + row.size());
    for (int i = 0; i < row.size(); ++i) {
        const QVariant &value = row.at(i);
        const int index = offset + i + 1;
        int rc = SQLITE_OK;
        switch (value.typeId()) {
        case QMetaType::UnknownType:
            rc = sqlite3_bind_null(stmt, index);
            break;
        case QMetaType::LongLong:
            rc = sqlite3_bind_int64(stmt, index, value.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(stmt, index, value.toDouble());
            break;
        case QMetaType::Bool:
            rc = sqlite3_bind_int(stmt, index, value.toBool() ? 1 : 0);
            break;
        case QMetaType::QByteArray: {
            const QByteArray &bytes = *static_cast<const QByteArray *>(value.constData());
            // An empty blob is still a blob, not NULL: SQLite reads a null pointer as NULL.
            rc = bytes.isEmpty() ? sqlite3_bind_zeroblob(stmt, index, 0)
                                 : sqlite3_bind_blob64(stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                                                       SQLITE_STATIC);
            break;
        }
        case QMetaType::QString: {
            // SQLite stores UTF-8: encode into a per-column buffer that lives until the step, which
            // is much cheaper than letting SQLite translate UTF-16 value by value.
            const QString &text = *static_cast<const QString *>(value.constData());
            QByteArray &buffer = m_utf8[offset + i];
            const qsizetype needed = m_encoder.requiredSpace(text.size());
            if (buffer.size() < needed)
                buffer.resize(std::max<qsizetype>(needed, 64));
            char *end = m_encoder.appendToBuffer(buffer.data(), text);
            rc = sqlite3_bind_text(stmt, index, buffer.constData(), int(end - buffer.constData()), SQLITE_STATIC);
            break;
        }
        default: {
            const QString text = value.toString();
            rc = sqlite3_bind_text16(stmt, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
            break;
        }
        }
        if (rc != SQLITE_OK) {
            *error = m_db.lastError();
            return false;
        }
    }
    return true;
}

bool SqliteWriter::writeOne(const Row &row, int index, QList<RowError> *rowErrors, QString *error)
{
    sqlite3_stmt *stmt = m_insert.get();
    if (!bindRow(stmt, 0, row, error)) {
        *error = describe() + QStringLiteral(": ") + *error;
        return false;
    }
    int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc == SQLITE_DONE && !m_mergeKey.isEmpty()) {
        if (sqlite3_changes(m_db.get()) > 0) {
            ++m_merged.inserted;
        } else if (!m_update.get()) {
            ++m_merged.unchanged;
        } else {
            if (!bindRow(m_update.get(), 0, row, error)) {
                *error = describe() + QStringLiteral(": ") + *error;
                return false;
            }
            rc = sqlite3_step(m_update.get());
            sqlite3_reset(m_update.get());
            if (rc == SQLITE_DONE)
                ++(sqlite3_changes(m_db.get()) > 0 ? m_merged.updated : m_merged.unchanged);
        }
    }
    if (rc == SQLITE_DONE)
        return true;
    // Constraint and type mismatches belong to the row; anything else (disk full, I/O, corrupt
    // file, lock timeout) is the target failing as a whole.
    const int primary = rc & 0xff;
    if (primary == SQLITE_CONSTRAINT || primary == SQLITE_MISMATCH || primary == SQLITE_TOOBIG) {
        rowErrors->append(RowError{index, m_db.lastError()});
        return true;
    }
    *error = describe() + QStringLiteral(": ") + m_db.lastError();
    return false;
}

bool SqliteWriter::writeGroup(const QList<Row> &rows, int first, bool *refused, QString *error)
{
    sqlite3_stmt *stmt = m_insertMany.get();
    for (int r = 0; r < m_groupRows; ++r) {
        if (!bindRow(stmt, r * m_columns, rows.at(first + r), error)) {
            *error = describe() + QStringLiteral(": ") + *error;
            return false;
        }
    }
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    *refused = rc != SQLITE_DONE;
    return true;
}

bool SqliteWriter::write(const QList<Row> &rows, QList<RowError> *rowErrors, QString *error)
{
    // Rows go in groups through one multi-row INSERT: far less statement overhead per row. When
    // SQLite refuses a group, the statement's changes are undone and its rows are written again
    // one by one, so each refused row is found and reported and every good row is still written.
    int i = 0;
    while (i < rows.size()) {
        if (m_groupRows > 1 && rows.size() - i >= m_groupRows) {
            bool refused = false;
            if (!writeGroup(rows, i, &refused, error))
                return false;
            if (!refused) {
                i += m_groupRows;
                continue;
            }
        }
        const int end = std::min<int>(rows.size(), std::max(i + 1, i + m_groupRows));
        for (; i < end; ++i) {
            const qsizetype before = rowErrors->size();
            if (!writeOne(rows.at(i), i, rowErrors, error))
                return false;
            if (m_stopAtFirstError && rowErrors->size() > before)
                return true;
        }
    }
    return true;
}

bool SqliteWriter::afterLoad(const TableSchema &target, QString *error)
{
    for (const QString &sql : DdlBuilder::afterLoad(Dialect::Sqlite, target)) {
        if (!m_db.exec(sql, error)) {
            *error = QStringLiteral("%1: %2 (%3)").arg(describe(), *error, sql);
            return false;
        }
    }
    return true;
}

bool SqliteWriter::commit(QString *error)
{
    if (!m_inTransaction)
        return true;
    m_inTransaction = false;
    if (!m_db.exec(QStringLiteral("COMMIT"), error)) {
        *error = tr("%1: commit failed: %2").arg(describe(), *error);
        rollback();
        return false;
    }
    return true;
}

void SqliteWriter::rollback()
{
    QString ignored;
    if (m_db.isOpen() && !sqlite3_get_autocommit(m_db.get()))
        m_db.exec(QStringLiteral("ROLLBACK"), &ignored);
    m_inTransaction = false;
}

bool SqliteWriter::finish(QString *error)
{
    Q_UNUSED(error)
    rollback();
    m_insert.finalize();
    m_insertMany.finalize();
    m_update.finalize();
    m_db.close();
    return true;
}

} // namespace barge
