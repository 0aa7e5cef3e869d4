#pragma once
// RowWriter: writes one target table. open(), prepare() and write() run in the one worker thread
// that owns the writer. Rows arrive already converted to the target columns' DataTypes.
// The pure virtuals are what every target does; the rest are optional per target, each with the
// default that is right for a target without the feature (a CSV file has none of them).

#include "endpoint/endpoint.h"
#include "io/marktable.h"
#include "io/nativecopy.h"
#include "schema/row.h"
#include "mapping/tablemapping.h"
#include "schema/tableschema.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace barge {

struct RowError
{
    int index = 0;     // index in the rows passed to write()
    QString message;   // the target's reason, e.g. "UNIQUE constraint failed: orders.id"
};

// What a merge did with the rows written (TableMode::Merge): every row written is one of these.
struct MergeCounts
{
    qint64 inserted = 0;  // its key was not in the table
    qint64 updated = 0;   // its key was, with other values
    qint64 unchanged = 0; // its key was, with the same values: nothing written
    MergeCounts &operator+=(const MergeCounts &other)
    {
        inserted += other.inserted;
        updated += other.updated;
        unchanged += other.unchanged;
        return *this;
    }
    qint64 total() const { return inserted + updated + unchanged; }
};

class RowWriter
{
public:
    virtual ~RowWriter() = default;

    // With stop, write() returns at the first refused row and leaves the rows after it unwritten.
    virtual void setStopAtFirstError(bool stop) = 0;
    virtual bool open(QString *error) = 0;
    // Makes the target table ready for `mode`: create when missing, truncate, or drop and re-create
    // (DdlBuilder::prepareTable).
    virtual bool prepare(const TableSchema &target, TableMode mode, QString *error) = 0;
    // Starts a unit of work (a transaction for databases).
    virtual bool begin(QString *error) = 0;
    // Writes rows. A row the target refuses is reported in *rowErrors and not written; the others
    // are. Returns false only when the target failed as a whole (then *error says why).
    virtual bool write(const QList<Row> &rows, QList<RowError> *rowErrors, QString *error) = 0;
    // Makes everything written since begin() durable.
    virtual bool commit(QString *error) = 0;
    virtual void rollback() = 0;
    // Closes the target; after a failure, leaves it as the last commit did.
    virtual bool finish(QString *error) = 0;
    // Rows the target table holds now, as the target itself counts them; -1 when the target cannot
    // say (then *error says why). Used to verify a load.
    virtual qint64 countRows(QString *error) = 0;
    // A location for messages: "shop.db table orders".
    virtual QString describe() const = 0;
    // describe()'s words, %1 the place and %2 the table ("shop.db table orders"), in the current
    // language: the wizard's FailureLocator recognises a row the target refused by them.
    static QString tableLabel() { return QCoreApplication::translate("barge::RowWriter", "%1 table %2"); }

    // Optional per target.

    // Mode merge (asked before prepare()): write() inserts the rows whose `key` (target column
    // names, TableMapping::mergeKey) the table does not hold and updates the others. False with
    // *error where the target cannot merge (the default: files).
    virtual bool setMergeKey(const QStringList &key, QString *error)
    {
        Q_UNUSED(key)
        *error = QCoreApplication::translate("barge::RowWriter", "%1: cannot merge rows, it has no keys").arg(describe());
        return false;
    }
    // In mode merge: what the write() calls since the last call did with their rows (rows refused
    // are in none of the counts). Rolled-back work is the caller's to forget.
    virtual MergeCounts takeMergeCounts() { return {}; }

    // The connection of a SQL target, for statements of its own (`barge sync` deletes rows with it
    // between begin() and commit()); null for files.
    virtual SqlSession *session() { return nullptr; }
    // Resumable runs: the writer's MarkTable (a LoadMark per run and table, kept in the target and
    // saved inside the transaction each commit() makes durable), or null for a target without
    // transactions (CSV), whose tables then load again on resume. Asked before open(), used after.
    virtual MarkTable *marks() { return nullptr; }
    // The same-engine shortcut (NativeCopy) when this writer can read `source` itself; null
    // otherwise. Called after prepare() and before begin().
    virtual std::unique_ptr<NativeCopy> nativeCopy(const Endpoint &source, const TableMapping &mapping)
    {
        Q_UNUSED(source)
        Q_UNUSED(mapping)
        return nullptr;
    }
    // Rows this writer would like per write() call (a server statement has a fixed cost); 0 = any.
    virtual int preferredRowsPerWrite() const { return 0; }
    // True when write() spends its time waiting on a server rather than on this process's CPU: the
    // table job then converts rows on the reader's thread, so that the server is never kept
    // waiting while the writer thread converts the next batch.
    virtual bool waitsOnServer() const { return false; }
    // Targets that refuse to empty a table other tables' foreign keys point at on its own
    // (DdlBuilder::emptiesTogether): before any table loads, the engine has one writer empty all the
    // run's truncate-mode tables that exist, in one statement, after open(); those tables then load
    // in append mode. Elsewhere prepare() empties each table and this is never called.
    virtual bool emptyTables(const QStringList &tables, QString *error)
    {
        Q_UNUSED(tables)
        Q_UNUSED(error)
        return true;
    }
    // After the table's last commit, for a table this run created: builds its secondary indexes and
    // moves identity counters past the loaded values (DdlBuilder::afterLoad). Nothing for a file.
    virtual bool afterLoad(const TableSchema &target, QString *error)
    {
        Q_UNUSED(target)
        Q_UNUSED(error)
        return true;
    }
    // Once every table of the run is loaded: adds the table's foreign keys (DdlBuilder::foreignKeys).
    // Nothing where the keys came with the table (SQLite) or there are none (a file).
    virtual bool addForeignKeys(const TableSchema &target, QString *error)
    {
        Q_UNUSED(target)
        Q_UNUSED(error)
        return true;
    }
};

} // namespace barge
