#pragma once
// SqliteHandle / SqliteStatement: thin RAII owners of a native sqlite3 connection and statement.
// Barge talks to SQLite through its C API (one prepared statement, large transactions) because
// QSqlQuery costs one round of QVariant work per value and execBatch is emulated (docs/architecture.md).
// A handle is used by one thread at a time. During a run (ConnectionReuse::Scope) a handle closed
// in a clean state waits for the next table's open of the same file and mode.

#include <QCoreApplication>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace barge {

class SqliteHandle
{
    Q_DECLARE_TR_FUNCTIONS(barge::SqliteHandle)

public:
    enum class Mode { ReadOnly, ReadWriteCreate };

    SqliteHandle() = default;
    ~SqliteHandle();
    SqliteHandle(const SqliteHandle &) = delete;
    SqliteHandle &operator=(const SqliteHandle &) = delete;

    // Opens with defensive settings (no trusted schema, defensive mode): files may come from strangers.
    bool open(const QString &path, Mode mode, QString *error);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *get() const { return m_db; }
    const QString &path() const { return m_path; }

    bool exec(const QString &sql, QString *error);
    QString lastError() const;

private:
    static bool isClean(sqlite3 *db);

    sqlite3 *m_db = nullptr;
    QString m_path;
    QString m_reuseKey;
};

// The name that means the rowid of schema.table ("rowid", or "_rowid_" / "oid" when a column is
// called rowid); empty for a WITHOUT ROWID table or one that uses all three names for columns.
QString rowidName(const SqliteHandle &db, const QString &schema, const QString &table);

class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool prepare(const SqliteHandle &db, const QString &sql, QString *error);
    void finalize();
    sqlite3_stmt *get() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace barge
