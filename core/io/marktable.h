#pragma once
// MarkTable: the resumable part of a SQL writer. Keeps one LoadMark per run and table in a small
// table of the target's own (DdlBuilder::markTable), over the writer's SqlSession, so that a mark
// and the rows it counts commit in the same transaction. A writer that keeps marks hands out its
// MarkTable (RowWriter::marks()); the table job and the engine use it after the writer's open().
// Thread bound like the session; the writer owns both.

#include "io/loadmark.h"

#include <QCoreApplication>
#include <QString>

namespace barge {

class SqlSession;

class MarkTable
{
    Q_DECLARE_TR_FUNCTIONS(barge::MarkTable)

public:
    // Marks of target table `table` through `session`, which outlives this.
    MarkTable(SqlSession *session, const QString &table);

    // The mark this object saves and loads: the table's own by default; a key range of a table
    // loaded in ranges keeps its mark under KeyRange::markKey.
    void setKey(const QString &key) { m_key = key; }
    // A query that returns a row while the work this mark belongs to is still this process's to do
    // (a worker's claim, WorkerRun): save() runs it in the load's transaction first and, when it
    // returns none, saves nothing and fails, so the caller rolls the batch back.
    void setFence(const QString &sql) { m_fence = sql; }

    // Creates the mark table when missing; before the first save(), outside a load's transaction.
    bool prepare(QString *error);
    // Inside the transaction that the writer's commit() is about to make durable.
    bool save(const QString &runId, const LoadMark &mark, QString *error);
    // The committed mark of this table in run `runId`; *found is false when there is none (no
    // batch was committed, or no mark table yet). False only when the target cannot say.
    bool load(const QString &runId, LoadMark *mark, bool *found, QString *error);
    // Removes the run's marks of this table (its own and its ranges'). With `dropWhenEmpty`, the
    // mark table goes too once it holds no marks at all: only when no other job of the run may be
    // about to save one (the end of a run), since a mark not yet committed is not seen.
    bool clear(const QString &runId, bool dropWhenEmpty, QString *error);

private:
    QString qualifiedTable() const;
    QString keyCondition(const QString &runId) const;
    bool fail(const QString &what, const QString &reason, QString *error) const;

    SqlSession *m_session;
    QString m_table;
    QString m_key;
    QString m_fence;
};

} // namespace barge
