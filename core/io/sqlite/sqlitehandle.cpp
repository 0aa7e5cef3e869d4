#include "io/sqlite/sqlitehandle.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace barge {

SqliteHandle::~SqliteHandle()
{
    close();
}

bool SqliteHandle::open(const QString &path, Mode mode, QString *error)
{
    close();
    if (mode == Mode::ReadOnly && !QFileInfo::exists(path)) {
        *error = QStringLiteral("%1: no such SQLite file").arg(path);
        return false;
    }
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                             : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const QByteArray name = path.toUtf8();
    if (sqlite3_open_v2(name.constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        *error = QStringLiteral("%1: cannot open: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(m_db)));
        close();
        return false;
    }
    m_path = path;
    sqlite3_extended_result_codes(m_db, 1);
    // A file from a stranger must not run code of its own through triggers or views that call
    // functions with side effects, nor corrupt itself through writable_schema tricks.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_busy_timeout(m_db, 60000);
    // Check that it really is a database: the first read of the schema fails on other files.
    if (!exec(QStringLiteral("SELECT count(*) FROM sqlite_master"), error)) {
        *error = QStringLiteral("%1: not an SQLite database (%2)").arg(path, *error);
        close();
        return false;
    }
    return true;
}

void SqliteHandle::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool SqliteHandle::exec(const QString &sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        *error = message ? QString::fromUtf8(message) : lastError();
        sqlite3_free(message);
        return false;
    }
    return true;
}

QString SqliteHandle::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("not open");
}

SqliteStatement::~SqliteStatement()
{
    finalize();
}

bool SqliteStatement::prepare(const SqliteHandle &db, const QString &sql, QString *error)
{
    finalize();
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(db.get(), text.constData(), int(text.size()), &m_stmt, nullptr) != SQLITE_OK) {
        *error = db.lastError();
        finalize();
        return false;
    }
    return true;
}

void SqliteStatement::finalize()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

} // namespace barge
