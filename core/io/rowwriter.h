#pragma once
// RowWriter: writes one target table. open(), prepare() and write() run in the one worker thread
// that owns the writer. Rows arrive already converted to the target columns' DataTypes.

#include "endpoint/endpoint.h"
#include "io/loadmark.h"
#include "io/nativecopy.h"
#include "io/row.h"
#include "mapping/tablemapping.h"
#include "schema/tableschema.h"

#include <QString>
#include <memory>

namespace barge {

struct RowError
{
    int index = 0;     // index in the rows passed to write()
    QString message;   // the target's reason, e.g. "UNIQUE constraint failed: orders.id"
};

class RowWriter
{
public:
    virtual ~RowWriter() = default;

    // With stop, write() returns at the first refused row and leaves the rows after it unwritten.
    virtual void setStopAtFirstError(bool stop) = 0;
    virtual bool open(QString *error) = 0;
    // Makes the target table ready for `mode`: create when missing, truncate, or drop and re-create.
    virtual bool prepare(const TableSchema &target, TableMode mode, QString *error) = 0;
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
    // After the table's last commit, for a table this run created: builds its secondary indexes and
    // moves identity counters past the loaded values (DdlBuilder::afterLoad).
    virtual bool afterLoad(const TableSchema &target, QString *error)
    {
        Q_UNUSED(target)
        Q_UNUSED(error)
        return true;
    }
    // Once every table of the run is loaded: adds the table's foreign keys (DdlBuilder::foreignKeys).
    virtual bool addForeignKeys(const TableSchema &target, QString *error)
    {
        Q_UNUSED(target)
        Q_UNUSED(error)
        return true;
    }
    // Resumable runs. A writer with transactions keeps a LoadMark per run and table in a small table
    // of the target's own (DdlBuilder::markTable), saved inside the open transaction just before
    // each commit. A writer without (CSV) answers false and its tables load again on resume.
    virtual bool supportsMarks() const { return false; }
    // Creates the mark table when missing; after open(), before the first saveMark().
    virtual bool prepareMarks(QString *error)
    {
        Q_UNUSED(error)
        return false;
    }
    // Inside the transaction that commit() is about to make durable.
    virtual bool saveMark(const QString &runId, const LoadMark &mark, QString *error)
    {
        Q_UNUSED(runId)
        Q_UNUSED(mark)
        Q_UNUSED(error)
        return false;
    }
    // The committed mark of this table in run `runId`; *found is false when there is none (no
    // batch was committed, or no mark table yet). False only when the target cannot say.
    virtual bool loadMark(const QString &runId, LoadMark *mark, bool *found, QString *error)
    {
        Q_UNUSED(runId)
        Q_UNUSED(mark)
        *found = false;
        Q_UNUSED(error)
        return true;
    }
    // Removes the run's mark of this table, and the mark table once it holds no marks at all.
    virtual bool clearMark(const QString &runId, QString *error)
    {
        Q_UNUSED(runId)
        Q_UNUSED(error)
        return true;
    }
    // Rows the target table holds now, as the target itself counts them; -1 when the target cannot
    // say (then *error says why). Used to verify a load.
    virtual qint64 countRows(QString *error) = 0;
    // A location for messages: "shop.db table orders".
    virtual QString describe() const = 0;
};

} // namespace barge
