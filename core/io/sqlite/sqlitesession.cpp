#include "io/sqlite/sqlitesession.h"

#include "io/rowwriter.h"
#include "io/sqlite/sqlitehandle.h"
#include "schema/ddlbuilder.h"

#include <sqlite3.h>

namespace barge {

SqliteSession::SqliteSession(SqliteHandle *db, const RowWriter *owner) : m_db(db), m_owner(owner)
{
}

QString SqliteSession::describe() const
{
    return m_owner->describe();
}

QString SqliteSession::quote(const QString &text) const
{
    return DdlBuilder::sqlString(text);
}

bool SqliteSession::exec(const QString &sql, QString *error)
{
    return m_db->exec(sql, error);
}

bool SqliteSession::queryIntegers(const QString &sql, QList<QList<qint64>> *rows, QString *error)
{
    rows->clear();
    SqliteStatement stmt;
    if (!stmt.prepare(*m_db, sql, error))
        return false;
    const int columns = sqlite3_column_count(stmt.get());
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(stmt.get())) == SQLITE_ROW) {
        QList<qint64> row;
        for (int c = 0; c < columns; ++c)
            row << sqlite3_column_int64(stmt.get(), c);
        rows->append(row);
    }
    if (step == SQLITE_DONE)
        return true;
    *error = m_db->lastError();
    return false;
}

bool SqliteSession::queryTexts(const QString &sql, QList<QStringList> *rows, QString *error)
{
    rows->clear();
    SqliteStatement stmt;
    if (!stmt.prepare(*m_db, sql, error))
        return false;
    const int columns = sqlite3_column_count(stmt.get());
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(stmt.get())) == SQLITE_ROW) {
        QStringList row;
        for (int c = 0; c < columns; ++c) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt.get(), c));
            row << (text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt.get(), c)) : QString());
        }
        rows->append(row);
    }
    if (step == SQLITE_DONE)
        return true;
    *error = m_db->lastError();
    return false;
}

bool SqliteSession::tableExists(const QString &table, bool *exists, QString *error)
{
    *exists = false;
    SqliteStatement stmt;
    if (!stmt.prepare(*m_db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"), error))
        return false;
    const QByteArray name = table.toUtf8();
    sqlite3_bind_text(stmt.get(), 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    const int step = sqlite3_step(stmt.get());
    *exists = step == SQLITE_ROW;
    if (step == SQLITE_ROW || step == SQLITE_DONE)
        return true;
    *error = m_db->lastError();
    return false;
}

} // namespace barge
