#include "io/sqlite/sqlitehandle.h"

#include "io/connectionreuse.h"
#include "schema/identifier.h"

#include <QFileInfo>
#include <QStringList>

#include <sqlite3.h>

#include <memory>
#include <utility>

namespace barge {

namespace {

// A handle waiting, idle, for the next table's reader or writer of the same file (ConnectionReuse):
// opening a file parses its whole schema again, which for 500 tables costs more than the copy.
using KeptHandle = KeptNative<sqlite3, &sqlite3_close_v2>;

QString reuseKey(const QString &absolutePath, SqliteHandle::Mode mode)
{
    return (mode == SqliteHandle::Mode::ReadOnly ? QStringLiteral("sqlite-read\n") : QStringLiteral("sqlite-write\n"))
        + absolutePath;
}

} // namespace

SqliteHandle::~SqliteHandle()
{
    close();
}

bool SqliteHandle::open(const QString &path, Mode mode, QString *error)
{
    close();
    if (mode == Mode::ReadOnly && !QFileInfo::exists(path)) {
        *error = tr("%1: no such SQLite file").arg(path);
        return false;
    }
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                             : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    // URI names are on for ATTACH of a source read-only (SqliteNativeCopy); the file itself is
    // opened by its absolute path, which never starts with "file:".
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    m_reuseKey = reuseKey(absolutePath, mode);
    if (std::unique_ptr<ConnectionReuse::Idle> kept = ConnectionReuse::take(m_reuseKey)) {
        m_db = static_cast<KeptHandle *>(kept.get())->release();
        m_path = path;
        return true;
    }
    const QByteArray name = absolutePath.toUtf8();
    if (sqlite3_open_v2(name.constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, nullptr) != SQLITE_OK) {
        *error = tr("%1: cannot open: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(m_db)));
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
        *error = tr("%1: not an SQLite database (%2)").arg(path, *error);
        close();
        return false;
    }
    return true;
}

void SqliteHandle::close()
{
    sqlite3 *db = std::exchange(m_db, nullptr);
    if (!db)
        return;
    if (ConnectionReuse::active() && isClean(db))
        ConnectionReuse::keep(m_reuseKey, std::make_unique<KeptHandle>(db));
    else
        sqlite3_close_v2(db);
}

// Kept only as a fresh open would leave it: no transaction, statement, attached file or
// temporary object of the table before. What the next user sets again anyway stays (the writer's
// cache size, the digest's SQL functions).
bool SqliteHandle::isClean(sqlite3 *db)
{
    if (!sqlite3_get_autocommit(db) || sqlite3_next_stmt(db, nullptr) || sqlite3_db_name(db, 2))
        return false;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM temp.sqlite_schema", -1, &statement, nullptr) != SQLITE_OK)
        return false;
    const bool empty = sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_int64(statement, 0) == 0;
    sqlite3_finalize(statement);
    return empty;
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
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : tr("not open");
}

QString rowidName(const SqliteHandle &db, const QString &schema, const QString &table)
{
    SqliteStatement info;
    QString ignored;
    if (!info.prepare(db, QStringLiteral("SELECT name FROM pragma_table_info(?1, ?2)"), &ignored))
        return QString();
    const QByteArray name = table.toUtf8();
    const QByteArray schemaName = schema.toUtf8();
    sqlite3_bind_text(info.get(), 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(info.get(), 2, schemaName.constData(), int(schemaName.size()), SQLITE_TRANSIENT);
    QStringList taken;
    while (sqlite3_step(info.get()) == SQLITE_ROW)
        taken << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info.get(), 0))).toLower();
    for (const char *alias : {"rowid", "_rowid_", "oid"}) {
        if (taken.contains(QLatin1String(alias)))
            continue;
        // A WITHOUT ROWID table has none: the name then fails to prepare.
        SqliteStatement probe;
        if (!probe.prepare(db, QStringLiteral("SELECT %1 FROM %2.%3 LIMIT 0")
                                   .arg(QLatin1String(alias), quoteIdentifier(Dialect::Sqlite, schema),
                                        quoteIdentifier(Dialect::Sqlite, table)),
                           &ignored))
            return QString();
        return QLatin1String(alias);
    }
    return QString();
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
