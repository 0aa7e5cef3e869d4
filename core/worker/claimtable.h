#pragma once
// ClaimTable: how `barge run PROFILE --worker` processes share one run through the target
// (docs/scaling.md). Two small tables of the target hold it: _barge_jobs, one row per job (the
// profile's hash) with the Checkpoint every worker runs, and _barge_claims, one row per unit of
// work (WorkUnit) with who holds it, its heartbeat and, once done, its report. A worker claims
// the first unit whose predecessors are done: on PostgreSQL in one statement with FOR UPDATE SKIP
// LOCKED; on MariaDB under a row lock on the job, so claimers take turns for a few milliseconds.
// Claims expire when their heartbeat stops (a killed or frozen worker): another worker takes the
// unit over and carries on from its LoadMark; fence() keeps the frozen one from committing after that.
// Thread bound like the session it uses; each thread of a worker opens its own.

#include "engine/report.h"
#include "schema/ddlbuilder.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace barge {

class SqlSession;

struct WorkUnit
{
    // In the order a job runs them. A table that loads in key ranges has Prepare, a Range per
    // key range, then Finish; any other table is one Whole unit. Begin comes before every
    // table's first unit (it empties the truncate-mode tables together where the target needs
    // that), End after every other unit (foreign keys, the marks removed).
    enum class Kind { Begin = 0, Prepare = 1, Range = 2, Finish = 3, Whole = 4, End = 5 };
    Kind kind = Kind::Whole;
    int table = -1;   // plan index; -1 for Begin and End
    int unit = 0;     // the range's number
    qint64 first = 0; // a range's keys
    qint64 last = 0;
    int attempts = 0; // set by claim(): 1 for the first worker to take it
    int claim = 0;    // set by claim(): this claim's number, never given twice (even within one process)
    int after = -1;   // the position of the last unit that must be done first (a parent table's), -1 none
};

// A unit done, as its claim row holds it.
struct DoneUnit
{
    WorkUnit unit;
    QString worker;
    qint64 countBefore = -1; // a Prepare unit's: the target's row count before any range (verify)
    TableReport report;
};

class ClaimTable
{
    Q_DECLARE_TR_FUNCTIONS(barge::ClaimTable)

public:
    static QString jobsTable() { return DdlBuilder::jobsTable(); }
    static QString claimsTable() { return DdlBuilder::claimsTable(); }
    static constexpr int maxAttempts = 3;

    // The claims of `job` through `session` (PostgreSQL or MariaDB), as worker `worker`.
    ClaimTable(SqlSession *session, const QString &job, const QString &worker);

    // Whether workers can share a run on a target of `dialect`; *why says why not.
    static bool supports(Dialect dialect, QString *why);

    // Sets up the session, first: on MariaDB it reads committed rows and locks only the rows a
    // statement changes.
    bool open(QString *error);
    // Creates both tables when missing.
    bool create(QString *error);
    // The job's checkpoint (Checkpoint::toJson); *found false when no worker has seeded the job.
    bool loadJob(QByteArray *checkpoint, bool *found, QString *error);
    // In one transaction: the job's row and its units, unless another worker seeded the job first
    // (then *won is false and nothing is written; this one waited for that worker's commit).
    bool seed(const QByteArray &checkpoint, const QList<WorkUnit> &units, bool *won, QString *error);
    // The next unit this worker may run (its predecessors done; free, or held by a worker silent
    // for `expiryMs`): held by this worker now. std::nullopt in *unit when there is none.
    bool claim(qint64 expiryMs, std::optional<WorkUnit> *unit, QString *error);
    // This worker's claims are alive.
    bool heartbeat(QString *error);
    // `unit` is done with `report`; *stillOurs false when another worker took it over first (then
    // nothing changed).
    bool complete(const WorkUnit &unit, const TableReport &report, qint64 countBefore, bool *stillOurs,
                  QString *error);
    // `unit` failed (`reason`) or was cancelled (`counts` false: the attempt is given back): free
    // again. *stillOurs false when another worker had taken it over (then nothing changed).
    bool release(const WorkUnit &unit, const QString &reason, bool counts, bool *stillOurs, QString *error);

    struct State
    {
        int units = 0;
        int done = 0;
        QList<QPair<WorkUnit, QString>> exhausted; // units that failed maxAttempts times, with their last error
    };
    bool state(qint64 expiryMs, State *state, QString *error);
    // Every unit of the job that is done, in the job's order.
    bool doneUnits(QList<DoneUnit> *units, QString *error);
    // Removes the job and its units (--restart), unless a worker's claim is alive: then *busy.
    bool clear(qint64 expiryMs, bool *busy, QString *error);
    // For MarkTable::setFence: returns a row while this worker still holds `unit` (this claim of it).
    QString fence(const WorkUnit &unit) const;
    // Whether this claim of `unit` is still this worker's: checked before a unit's first change to
    // the target, so a worker frozen since its claim does not empty or drop what another loads.
    bool held(const WorkUnit &unit, bool *held, QString *error);


private:
    QString table(const QString &name) const;
    QString now() const;
    QString unitCondition(const WorkUnit &unit) const;
    QString ownerCondition(const WorkUnit &unit) const;
    bool rowsChanged(const QString &sql, bool *changed, QString *error);
    bool fail(const QString &what, const QString &reason, QString *error) const;

    SqlSession *m_session;
    QString m_job;
    QString m_worker;
};

} // namespace barge
