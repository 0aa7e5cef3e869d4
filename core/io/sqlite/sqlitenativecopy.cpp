#include "io/sqlite/sqlitenativecopy.h"

#include "schema/identifier.h"
#include "schema/temporaltext.h"

#include <QFileInfo>
#include <QUrl>

#include <limits>
#include <sqlite3.h>

namespace barge {

namespace {

constexpr char sourceSchema[] = "barge_src";

bool checkable(TypeKind kind)
{
    switch (kind) {
    case TypeKind::Int16:
    case TypeKind::Int32:
    case TypeKind::Int64:
    case TypeKind::Real:
    case TypeKind::Text:
    case TypeKind::Binary:
    case TypeKind::Date:
    case TypeKind::Time:
    case TypeKind::DateTime:
    case TypeKind::DateTimeTz:
        return true;
    case TypeKind::Boolean:
    case TypeKind::Decimal:
    case TypeKind::Json:
    case TypeKind::Uuid:
    case TypeKind::Interval:
    case TypeKind::Enum:
    case TypeKind::Array:
    case TypeKind::Bits:
    case TypeKind::Geometry:
        break;
    }
    return false;
}

// Code points in UTF-8 text: every byte that does not continue a sequence starts one.
qint64 codePoints(const unsigned char *text, int bytes)
{
    qint64 count = 0;
    for (int i = 0; i < bytes; ++i)
        count += (text[i] & 0xC0) != 0x80;
    return count;
}

// Dates and times pass only in the exact text the generic path would write for them.
bool canonicalTemporal(const unsigned char *text, int bytes, TypeKind kind)
{
    char16_t wide[40];
    if (bytes > int(std::size(wide)))
        return false;
    for (int i = 0; i < bytes; ++i) {
        if (text[i] >= 0x80)
            return false;
        wide[i] = char16_t(text[i]);
    }
    return TemporalText::isCanonical(QStringView(wide, bytes), kind);
}

} // namespace

std::unique_ptr<SqliteNativeCopy> SqliteNativeCopy::create(SqliteHandle *target, const QString &targetTable,
                                                           const QString &sourcePath, const TableMapping &mapping,
                                                           QString *why)
{
    const QFileInfo source(sourcePath);
    if (source.canonicalFilePath() == QFileInfo(target->path()).canonicalFilePath()) {
        *why = QStringLiteral("source and target are the same file");
        return nullptr;
    }
    if (mapping.fields.isEmpty()) {
        *why = QStringLiteral("no columns mapped");
        return nullptr;
    }
    std::unique_ptr<SqliteNativeCopy> copy(new SqliteNativeCopy(target));
    QStringList targetColumns;
    QStringList sourceColumns;
    for (const FieldMapping &field : mapping.fields) {
        if (field.isConstant() || field.defaultValue.isValid()) {
            *why = QStringLiteral("column %1 takes a constant or default").arg(field.target);
            return nullptr;
        }
        if (!checkable(field.type.kind)) {
            *why = QStringLiteral("column %1 is %2, which needs conversion").arg(field.target, field.type.toString());
            return nullptr;
        }
        copy->m_columns << Column{field.type.kind, field.type.length, field.nullable};
        targetColumns << field.target;
        sourceColumns << field.source;
    }

    // Read-only, through a URI so that no name in the path is taken for an option.
    const QString uri = QStringLiteral("file:")
        + QString::fromLatin1(QUrl::toPercentEncoding(source.absoluteFilePath(), "/")) + QStringLiteral("?mode=ro");
    SqliteStatement attach;
    if (!attach.prepare(*target, QStringLiteral("ATTACH ? AS ") + QLatin1String(sourceSchema), why))
        return nullptr;
    const QByteArray uriBytes = uri.toUtf8();
    sqlite3_bind_text(attach.get(), 1, uriBytes.constData(), int(uriBytes.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(attach.get()) != SQLITE_DONE) {
        *why = target->lastError();
        return nullptr;
    }
    copy->m_sourceTable = QLatin1String(sourceSchema) + QLatin1Char('.') + quoteIdentifier(Dialect::Sqlite, mapping.source);
    const QString rowid = rowidName(*target, QLatin1String(sourceSchema), mapping.source);
    if (rowid.isEmpty()) {
        *why = QStringLiteral("the source table has no rowid that can be named");
        return nullptr;
    }
    const QString selected = quoteIdentifiers(Dialect::Sqlite, sourceColumns);
    const QString insert = QStringLiteral("INSERT INTO main.") + quoteIdentifier(Dialect::Sqlite, targetTable)
        + QStringLiteral(" (") + quoteIdentifiers(Dialect::Sqlite, targetColumns) + QStringLiteral(") SELECT ")
        + selected + QStringLiteral(" FROM ") + copy->m_sourceTable + QStringLiteral(" WHERE ") + rowid
        + QStringLiteral(" BETWEEN ?1 AND ?2");
    if (!copy->m_insert.prepare(*target, insert, why))
        return nullptr;
    if (!copy->m_source.open(sourcePath, SqliteHandle::Mode::ReadOnly, why) || !copy->beginSnapshot(mapping.source, why))
        return nullptr;
    const QString scan = QStringLiteral("SELECT ") + rowid + QStringLiteral(", ") + selected + QStringLiteral(" FROM ")
        + quoteIdentifier(Dialect::Sqlite, mapping.source) + QStringLiteral(" ORDER BY ") + rowid;
    if (!copy->m_scan.prepare(copy->m_source, scan, why))
        return nullptr;
    return copy;
}

SqliteNativeCopy::~SqliteNativeCopy()
{
    m_insert.finalize();
    m_scan.finalize();
    if (!m_db->isOpen())
        return;
    // SQLite cannot DETACH inside a transaction; closing the connection detaches in any case.
    if (sqlite3_get_autocommit(m_db->get())) {
        QString ignored;
        m_db->exec(QStringLiteral("DETACH ") + QLatin1String(sourceSchema), &ignored);
    }
}

// check()'s read transaction, begun with the count: it ends when the shortcut does (the handle
// closes), so no writer changes a rollback-journal source between a check and its copy.
bool SqliteNativeCopy::beginSnapshot(const QString &table, QString *why)
{
    SqliteStatement mode;
    if (!mode.prepare(m_source, QStringLiteral("PRAGMA journal_mode"), why) || sqlite3_step(mode.get()) != SQLITE_ROW) {
        *why = m_source.lastError();
        return false;
    }
    if (qstricmp(reinterpret_cast<const char *>(sqlite3_column_text(mode.get(), 0)), "wal") == 0) {
        *why = QStringLiteral("the source is in WAL mode: it may be written while copied, and only the generic "
                              "path reads it as one snapshot");
        return false;
    }
    SqliteStatement count;
    if (!m_source.exec(QStringLiteral("BEGIN"), why)
        || !count.prepare(m_source, QStringLiteral("SELECT count(*) FROM ") + quoteIdentifier(Dialect::Sqlite, table), why)
        || sqlite3_step(count.get()) != SQLITE_ROW) {
        *why = m_source.lastError();
        return false;
    }
    m_snapshot.asOf = QDateTime::currentDateTimeUtc();
    m_snapshot.rows = sqlite3_column_int64(count.get(), 0);
    return true;
}

bool SqliteNativeCopy::accepts(qint64 *size) const
{
    sqlite3_stmt *stmt = m_scan.get();
    for (int i = 0; i < m_columns.size(); ++i) {
        sqlite3_value *value = sqlite3_column_value(stmt, i + 1);
        const Column &column = m_columns.at(i);
        const int type = sqlite3_value_type(value);
        if (type == SQLITE_NULL) {
            if (!column.nullable)
                return false;
            continue;
        }
        switch (column.kind) {
        case TypeKind::Int64:
        case TypeKind::Int32:
        case TypeKind::Int16: {
            if (type != SQLITE_INTEGER)
                return false;
            const sqlite3_int64 v = sqlite3_value_int64(value);
            if (column.kind == TypeKind::Int32 && (v < std::numeric_limits<qint32>::min() || v > std::numeric_limits<qint32>::max()))
                return false;
            if (column.kind == TypeKind::Int16 && (v < std::numeric_limits<qint16>::min() || v > std::numeric_limits<qint16>::max()))
                return false;
            *size += 8;
            break;
        }
        case TypeKind::Real:
            if (type != SQLITE_FLOAT)
                return false;
            *size += 8;
            break;
        case TypeKind::Binary: {
            if (type != SQLITE_BLOB)
                return false;
            const int bytes = sqlite3_value_bytes(value);
            if (column.length > 0 && bytes > column.length)
                return false;
            *size += bytes;
            break;
        }
        default: { // text, dates and times
            if (type != SQLITE_TEXT)
                return false;
            const unsigned char *text = sqlite3_value_text(value);
            const int bytes = sqlite3_value_bytes(value);
            if (column.kind == TypeKind::Text) {
                if (column.length > 0 && bytes > column.length && codePoints(text, bytes) > column.length)
                    return false;
            } else if (!canonicalTemporal(text, bytes, column.kind)) {
                return false;
            }
            *size += bytes;
            break;
        }
        }
    }
    return true;
}

bool SqliteNativeCopy::check(qint64 maxRows, NativeRange *range, QString *error)
{
    *range = NativeRange();
    if (m_atEnd)
        return false;
    sqlite3_stmt *stmt = m_scan.get();
    while (range->rows < maxRows) {
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_DONE) {
            m_atEnd = true;
            return false;
        }
        if (rc != SQLITE_ROW) {
            *error = QStringLiteral("%1: %2").arg(m_source.path(), m_source.lastError());
            return false;
        }
        qint64 bytes = 0;
        if (!accepts(&bytes))
            return false; // this row and all after it go the generic way
        const qint64 rowid = sqlite3_column_int64(stmt, 0);
        if (range->rows == 0)
            range->first = rowid;
        range->last = rowid;
        ++range->rows;
        range->bytes += bytes + 8;
    }
    return true;
}

bool SqliteNativeCopy::copy(const NativeRange &range, QString *error)
{
    sqlite3_stmt *stmt = m_insert.get();
    sqlite3_bind_int64(stmt, 1, range.first);
    sqlite3_bind_int64(stmt, 2, range.last);
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc == SQLITE_DONE) {
        if (sqlite3_changes64(m_db->get()) == range.rows)
            return true;
        *error = tr("%1 changed while it was copied").arg(m_sourceTable);
        return false;
    }
    // A row the target refuses: SQLite has undone the statement and the transaction goes on.
    // Anything else, or a failure that ended the transaction, is the target failing.
    const int primary = rc & 0xff;
    const bool rowLevel = primary == SQLITE_CONSTRAINT || primary == SQLITE_MISMATCH || primary == SQLITE_TOOBIG;
    if (!rowLevel || sqlite3_get_autocommit(m_db->get()))
        *error = m_db->lastError();
    return false;
}

} // namespace barge
