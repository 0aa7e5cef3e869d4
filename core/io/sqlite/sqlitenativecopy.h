#pragma once
// SqliteNativeCopy: SQLite to SQLite without leaving the engine. check() reads the source on its own
// read-only connection in rowid order and stops at the first value the generic path would convert
// or refuse (wrong storage class, NULL in a required column, text too long, a date not in canonical
// form). copy() has the target connection, which ATTACHes the source read-only, copy a checked rowid
// range with one INSERT ... SELECT: SQLite moves the values without Barge decoding them.
// The two connections must read the same rows: check()'s read transaction lasts as long as the
// shortcut, and its shared lock keeps writers out of a rollback-journal source. A source in WAL
// mode lets writers in, so each copy() would read a newer state than check() saw: no shortcut.

#include "io/nativecopy.h"
#include "io/sqlite/sqlitehandle.h"
#include "mapping/tablemapping.h"

#include <QCoreApplication>
#include <QList>
#include <memory>

namespace barge {

class SqliteNativeCopy : public NativeCopy
{
    Q_DECLARE_TR_FUNCTIONS(barge::SqliteNativeCopy)

public:
    // Null (with *why) when the shortcut cannot give the generic path's result: a constant or
    // default in the mapping, a target type whose values SQL cannot check (decimal, boolean), the
    // source being the target's own file, or a source table without rowid. Must be called outside
    // a transaction (SQLite cannot ATTACH inside one).
    static std::unique_ptr<SqliteNativeCopy> create(SqliteHandle *target, const QString &targetTable,
                                                    const QString &sourcePath, const TableMapping &mapping,
                                                    QString *why);
    ~SqliteNativeCopy() override;

    qint64 sourceRows() override { return m_snapshot.rows; }
    SourceSnapshot snapshot() const override { return m_snapshot; }
    bool check(qint64 maxRows, NativeRange *range, QString *error) override;
    bool atEnd() const override { return m_atEnd; }
    bool copy(const NativeRange &range, QString *error) override;

private:
    struct Column
    {
        TypeKind kind = TypeKind::Text;
        int length = 0;
        bool nullable = true;
    };

    explicit SqliteNativeCopy(SqliteHandle *target) : m_db(target) {}
    // The current row of m_scan needs nothing from Barge; *size grows by its values' size.
    bool accepts(qint64 *size) const;
    bool beginSnapshot(const QString &table, QString *why);

    SqliteHandle *m_db;          // the writer's connection
    SqliteHandle m_source;       // check()'s own read-only connection
    QString m_sourceTable;       // as the writer's connection names it: barge_src."t"
    SqliteStatement m_insert;    // writer: one rowid range
    SqliteStatement m_scan;      // check(): rowid, columns in rowid order
    QList<Column> m_columns;
    SourceSnapshot m_snapshot;
    bool m_atEnd = false;
};

} // namespace barge
