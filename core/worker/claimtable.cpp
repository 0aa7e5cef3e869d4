#include "worker/claimtable.h"

#include "io/sqlsession.h"
#include "schema/ddlbuilder.h"
#include "schema/identifier.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace barge {

namespace {

constexpr int stateFree = 0;
constexpr int stateClaimed = 1;
constexpr int stateDone = 2;

// A unit's predecessors, for the claims row `u`: none of them may be undone.
const char *readyCondition = "NOT EXISTS (SELECT 1 FROM %1 d WHERE d.job = u.job AND d.state <> 2 AND ("
                             "(u.kind IN (1, 4) AND d.kind = 0)"
                             " OR (u.kind = 2 AND d.kind = 1 AND d.table_index = u.table_index)"
                             " OR (u.kind = 3 AND d.kind = 2 AND d.table_index = u.table_index)"
                             " OR (u.kind = 5 AND d.kind < 5)"
                             " OR d.seq <= u.after_seq))";

} // namespace

ClaimTable::ClaimTable(SqlSession *session, const QString &job, const QString &worker)
    : m_session(session), m_job(job), m_worker(worker)
{
}

bool ClaimTable::supports(Dialect dialect, QString *why)
{
    if (dialect == Dialect::Postgres || dialect == Dialect::MySql)
        return true;
    *why = dialect == Dialect::Sqlite
        ? tr("--worker needs a PostgreSQL or MariaDB target: workers on several machines share the run through "
             "the target, and a SQLite file is not safely shared over a network (use --jobs on one machine)")
        : tr("--worker needs a PostgreSQL or MariaDB target: a file target keeps no claims");
    return false;
}

QString ClaimTable::table(const QString &name) const
{
    return DdlBuilder::qualifiedName(m_session->dialect(), name, m_session->schema());
}

// The server's clock in milliseconds: every worker measures heartbeats by the same clock.
QString ClaimTable::now() const
{
    if (m_session->dialect() == Dialect::Postgres)
        return QStringLiteral("CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)");
    return QStringLiteral("CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)");
}

QString ClaimTable::ownerCondition(const WorkUnit &unit) const
{
    return unitCondition(unit)
        + QStringLiteral(" AND worker = %1 AND claim_no = %2 AND state = 1").arg(m_session->quote(m_worker)).arg(unit.claim);
}

QString ClaimTable::unitCondition(const WorkUnit &unit) const
{
    return QStringLiteral("job = %1 AND table_index = %2 AND kind = %3 AND unit = %4")
        .arg(m_session->quote(m_job))
        .arg(unit.table)
        .arg(int(unit.kind))
        .arg(unit.unit);
}

bool ClaimTable::fail(const QString &what, const QString &reason, QString *error) const
{
    *error = QStringLiteral("%1: %2: %3").arg(m_session->describe(), what, reason);
    return false;
}

bool ClaimTable::open(QString *error)
{
    // MariaDB: an UPDATE locks only the rows it changes, and a read sees what others committed.
    QString reason;
    if (m_session->dialect() == Dialect::MySql
        && !m_session->exec(QStringLiteral("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED"), &reason))
        return fail(tr("cannot read the job"), reason, error);
    return true;
}

bool ClaimTable::create(QString *error)
{
    const bool pg = m_session->dialect() == Dialect::Postgres;
    const QString text = pg ? QStringLiteral("TEXT") : QStringLiteral("LONGTEXT");
    QStringList statements;
    QString reason;
    if (pg && !m_session->schema().isEmpty()) {
        // The claims come first in a new schema: every worker creates them before any table. Looked
        // up first: CREATE SCHEMA needs a right on the database even when the schema is there.
        QList<QList<qint64>> found;
        if (!m_session->queryIntegers(QStringLiteral("SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = %1")
                                          .arg(m_session->quote(m_session->schema())),
                                      &found, &reason))
            return fail(tr("cannot create the claims tables"), reason, error);
        if (found.isEmpty())
            statements << QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") + quoteIdentifier(Dialect::Postgres, m_session->schema());
    }
    statements << QStringList{
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (job VARCHAR(64) NOT NULL PRIMARY KEY, checkpoint %2 NOT NULL)")
            .arg(table(jobsTable()), text),
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (job VARCHAR(64) NOT NULL, table_index INTEGER NOT NULL, "
                       "kind INTEGER NOT NULL, unit INTEGER NOT NULL, seq INTEGER NOT NULL, first_key BIGINT NOT NULL, "
                       "last_key BIGINT NOT NULL, state INTEGER NOT NULL, worker VARCHAR(200), heartbeat BIGINT, "
                       "attempts INTEGER NOT NULL, claim_no INTEGER NOT NULL, after_seq INTEGER NOT NULL, "
                       "status INTEGER NOT NULL, count_before BIGINT NOT NULL, "
                       "report %2, error %2, PRIMARY KEY (job, table_index, kind, unit))")
            .arg(table(claimsTable()), text)};
    if (!m_session->execSerialized(QStringLiteral("barge: claims"), statements, &reason))
        return fail(tr("cannot create the claims tables"), reason, error);
    return true;
}

bool ClaimTable::loadJob(QByteArray *checkpoint, bool *found, QString *error)
{
    QList<QStringList> rows;
    QString reason;
    if (!m_session->queryTexts(QStringLiteral("SELECT checkpoint FROM %1 WHERE job = %2")
                                   .arg(table(jobsTable()), m_session->quote(m_job)),
                               &rows, &reason))
        return fail(tr("cannot read the job"), reason, error);
    *found = !rows.isEmpty();
    if (*found)
        *checkpoint = rows.first().value(0).toUtf8();
    return true;
}

// Whether the statement just run changed a row (PostgreSQL: it returns one).
bool ClaimTable::rowsChanged(const QString &sql, bool *changed, QString *error)
{
    QList<QList<qint64>> rows;
    if (m_session->dialect() == Dialect::Postgres) {
        if (!m_session->queryIntegers(sql + QStringLiteral(" RETURNING 1"), &rows, error))
            return false;
        *changed = !rows.isEmpty();
        return true;
    }
    if (!m_session->exec(sql, error) || !m_session->queryIntegers(QStringLiteral("SELECT ROW_COUNT()"), &rows, error))
        return false;
    *changed = !rows.isEmpty() && rows.first().value(0) > 0;
    return true;
}

bool ClaimTable::seed(const QByteArray &checkpoint, const QList<WorkUnit> &units, bool *won, QString *error)
{
    const bool pg = m_session->dialect() == Dialect::Postgres;
    QString reason;
    auto abandon = [&](const QString &what) {
        QString ignored;
        m_session->exec(QStringLiteral("ROLLBACK"), &ignored);
        return fail(what, reason, error);
    };
    if (!m_session->exec(pg ? QStringLiteral("BEGIN") : QStringLiteral("START TRANSACTION"), &reason))
        return fail(tr("cannot seed the job"), reason, error);
    // A second worker seeding at the same time waits here for the first one's commit, then finds
    // the job taken.
    const QString values = QStringLiteral("(%1, %2)").arg(m_session->quote(m_job), m_session->quote(QString::fromUtf8(checkpoint)));
    const QString insert = pg ? QStringLiteral("INSERT INTO %1 (job, checkpoint) VALUES %2 ON CONFLICT (job) DO NOTHING")
                              : QStringLiteral("INSERT IGNORE INTO %1 (job, checkpoint) VALUES %2");
    if (!rowsChanged(insert.arg(table(jobsTable()), values), won, &reason))
        return abandon(tr("cannot seed the job"));
    if (!*won) {
        m_session->exec(QStringLiteral("ROLLBACK"), &reason);
        return true;
    }
    for (qsizetype from = 0; from < units.size(); from += 500) {
        QStringList rows;
        for (qsizetype i = from; i < std::min(units.size(), from + 500); ++i) {
            const WorkUnit &unit = units.at(i);
            rows << QStringLiteral("(%1, %2, %3, %4, %5, %6, %7, 0, 0, 0, %8, 0, -1)")
                        .arg(m_session->quote(m_job))
                        .arg(unit.table)
                        .arg(int(unit.kind))
                        .arg(unit.unit)
                        .arg(i)
                        .arg(unit.first)
                        .arg(unit.last)
                        .arg(unit.after);
        }
        const QString sql = QStringLiteral("INSERT INTO %1 (job, table_index, kind, unit, seq, first_key, last_key, "
                                           "state, attempts, claim_no, after_seq, status, count_before) VALUES ")
                                .arg(table(claimsTable()))
            + rows.join(QStringLiteral(", "));
        if (!m_session->exec(sql, &reason))
            return abandon(tr("cannot seed the job"));
    }
    if (!m_session->exec(QStringLiteral("COMMIT"), &reason))
        return abandon(tr("cannot seed the job"));
    return true;
}

bool ClaimTable::claim(qint64 expiryMs, std::optional<WorkUnit> *unit, QString *error)
{
    unit->reset();
    const QString claims = table(claimsTable());
    const QString free = QStringLiteral("u.job = %1 AND u.attempts < %2 AND (u.state = 0 OR (u.state = 1 AND "
                                        "u.heartbeat < %3 - %4))")
                             .arg(m_session->quote(m_job))
                             .arg(maxAttempts)
                             .arg(now())
                             .arg(expiryMs);
    const QString claimable = free + QStringLiteral(" AND ") + QString::fromLatin1(readyCondition).arg(claims);
    const QString columns = QStringLiteral("table_index, kind, unit, first_key, last_key, attempts, claim_no");
    QList<QList<qint64>> rows;
    QString reason;
    if (m_session->dialect() == Dialect::Postgres) {
        // One statement: the first claimable unit no other claimer is locking right now.
        const QString sql = QStringLiteral("UPDATE %1 c SET state = 1, worker = %2, heartbeat = %3, "
                                           "attempts = c.attempts + 1, claim_no = c.claim_no + 1 "
                                           "WHERE (c.job, c.table_index, c.kind, c.unit) = (SELECT u.job, u.table_index, "
                                           "u.kind, u.unit FROM %1 u WHERE %4 ORDER BY u.seq LIMIT 1 FOR UPDATE SKIP LOCKED) "
                                           "RETURNING c.%5")
                                .arg(claims, m_session->quote(m_worker), now(), claimable,
                                     QString(columns).replace(QStringLiteral(", "), QStringLiteral(", c.")));
        if (!m_session->queryIntegers(sql, &rows, &reason))
            return fail(tr("cannot claim work"), reason, error);
    } else {
        // MariaDB: claimers take turns on the job's row; the unit's row then changes hands in the
        // same short transaction, only if it is still free (a holder's completion or heartbeat
        // does not wait for the job's row).
        auto abandon = [&] {
            QString ignored;
            m_session->exec(QStringLiteral("ROLLBACK"), &ignored);
            return fail(tr("cannot claim work"), reason, error);
        };
        if (!m_session->exec(QStringLiteral("START TRANSACTION"), &reason)
            || !m_session->queryIntegers(QStringLiteral("SELECT 1 FROM %1 WHERE job = %2 FOR UPDATE")
                                             .arg(table(jobsTable()), m_session->quote(m_job)),
                                         &rows, &reason)
            || !m_session->queryIntegers(
                QStringLiteral("SELECT %1 FROM %2 u WHERE %3 ORDER BY u.seq LIMIT 1").arg(columns, claims, claimable), &rows,
                &reason))
            return abandon();
        if (!rows.isEmpty()) {
            WorkUnit found;
            found.table = int(rows.first().value(0));
            found.kind = WorkUnit::Kind(rows.first().value(1));
            found.unit = int(rows.first().value(2));
            bool changed = false;
            if (!rowsChanged(QStringLiteral("UPDATE %1 u SET state = 1, worker = %2, heartbeat = %3, attempts = attempts + 1, "
                                            "claim_no = claim_no + 1 WHERE %4 AND %5")
                                 .arg(claims, m_session->quote(m_worker), now(), unitCondition(found), free),
                             &changed, &reason))
                return abandon();
            if (changed) {
                rows.first()[5] += 1;
                rows.first()[6] += 1;
            } else {
                rows.clear(); // taken meanwhile: the caller looks again
            }
        }
        if (!m_session->exec(QStringLiteral("COMMIT"), &reason))
            return abandon();
    }
    if (rows.isEmpty())
        return true;
    const QList<qint64> &row = rows.first();
    WorkUnit claimed;
    claimed.table = int(row.value(0));
    claimed.kind = WorkUnit::Kind(row.value(1));
    claimed.unit = int(row.value(2));
    claimed.first = row.value(3);
    claimed.last = row.value(4);
    claimed.attempts = int(row.value(5));
    claimed.claim = int(row.value(6));
    *unit = claimed;
    return true;
}

bool ClaimTable::heartbeat(QString *error)
{
    QString reason;
    if (!m_session->exec(QStringLiteral("UPDATE %1 SET heartbeat = %2 WHERE job = %3 AND worker = %4 AND state = 1")
                             .arg(table(claimsTable()), now(), m_session->quote(m_job), m_session->quote(m_worker)),
                         &reason))
        return fail(tr("cannot renew this worker's claims"), reason, error);
    return true;
}

bool ClaimTable::complete(const WorkUnit &unit, const TableReport &report, qint64 countBefore, bool *stillOurs,
                          QString *error)
{
    const QString json = QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact));
    const QString sql = QStringLiteral("UPDATE %1 SET state = 2, status = %2, count_before = %3, report = %4, error = NULL "
                                       "WHERE %5")
                            .arg(table(claimsTable()))
                            .arg(int(report.status))
                            .arg(countBefore)
                            .arg(m_session->quote(json), ownerCondition(unit));
    QString reason;
    if (!rowsChanged(sql, stillOurs, &reason))
        return fail(tr("cannot record finished work"), reason, error);
    return true;
}

bool ClaimTable::release(const WorkUnit &unit, const QString &why, bool counts, bool *stillOurs, QString *error)
{
    const QString sql = QStringLiteral("UPDATE %1 SET state = 0, worker = NULL, error = %2%3 WHERE %4")
                            .arg(table(claimsTable()), m_session->quote(why),
                                 counts ? QString() : QStringLiteral(", attempts = attempts - 1"), ownerCondition(unit));
    QString reason;
    if (!rowsChanged(sql, stillOurs, &reason))
        return fail(tr("cannot give work back"), reason, error);
    return true;
}

bool ClaimTable::state(qint64 expiryMs, State *state, QString *error)
{
    const QString claims = table(claimsTable());
    const QString job = m_session->quote(m_job);
    // Out of attempts: failed maxAttempts times, and not held by a live worker now.
    const QString exhausted = QStringLiteral("state <> 2 AND attempts >= %1 AND NOT (state = 1 AND heartbeat >= %2 - %3)")
                                  .arg(maxAttempts)
                                  .arg(now())
                                  .arg(expiryMs);
    QList<QList<qint64>> counts;
    QList<QStringList> failed;
    QString reason;
    if (!m_session->queryIntegers(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN state = 2 THEN 1 ELSE 0 END), 0) "
                                                 "FROM %1 WHERE job = %2")
                                      .arg(claims, job),
                                  &counts, &reason)
        || !m_session->queryTexts(QStringLiteral("SELECT table_index, kind, unit, first_key, last_key, error FROM %1 "
                                                 "WHERE job = %2 AND %3 ORDER BY seq")
                                      .arg(claims, job, exhausted),
                                  &failed, &reason))
        return fail(tr("cannot read the job's progress"), reason, error);
    state->units = int(counts.value(0).value(0));
    state->done = int(counts.value(0).value(1));
    state->exhausted.clear();
    for (const QStringList &row : std::as_const(failed)) {
        WorkUnit unit;
        unit.table = row.value(0).toInt();
        unit.kind = WorkUnit::Kind(row.value(1).toInt());
        unit.unit = row.value(2).toInt();
        unit.first = row.value(3).toLongLong();
        unit.last = row.value(4).toLongLong();
        state->exhausted << qMakePair(unit, row.value(5));
    }
    return true;
}

bool ClaimTable::doneUnits(QList<DoneUnit> *units, QString *error)
{
    QList<QStringList> rows;
    QString reason;
    if (!m_session->queryTexts(QStringLiteral("SELECT table_index, kind, unit, first_key, last_key, worker, count_before, "
                                              "report FROM %1 WHERE job = %2 AND state = 2 ORDER BY seq")
                                   .arg(table(claimsTable()), m_session->quote(m_job)),
                               &rows, &reason))
        return fail(tr("cannot read the job's reports"), reason, error);
    units->clear();
    for (const QStringList &row : std::as_const(rows)) {
        DoneUnit done;
        done.unit.table = row.value(0).toInt();
        done.unit.kind = WorkUnit::Kind(row.value(1).toInt());
        done.unit.unit = row.value(2).toInt();
        done.unit.first = row.value(3).toLongLong();
        done.unit.last = row.value(4).toLongLong();
        done.worker = row.value(5);
        done.countBefore = row.value(6).toLongLong();
        done.report = TableReport::fromJson(QJsonDocument::fromJson(row.value(7).toUtf8()).object());
        units->append(done);
    }
    return true;
}

bool ClaimTable::clear(qint64 expiryMs, bool *busy, QString *error)
{
    QList<QList<qint64>> rows;
    QString reason;
    const QString job = m_session->quote(m_job);
    if (!m_session->queryIntegers(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE job = %2 AND state = 1 AND heartbeat >= %3 - %4")
                                      .arg(table(claimsTable()), job, now())
                                      .arg(expiryMs),
                                  &rows, &reason))
        return fail(tr("cannot read the job's progress"), reason, error);
    *busy = rows.value(0).value(0) > 0;
    if (*busy)
        return true;
    if (!m_session->exec(QStringLiteral("DELETE FROM %1 WHERE job = %2").arg(table(claimsTable()), job), &reason)
        || !m_session->exec(QStringLiteral("DELETE FROM %1 WHERE job = %2").arg(table(jobsTable()), job), &reason))
        return fail(tr("cannot remove the job"), reason, error);
    return true;
}

QString ClaimTable::fence(const WorkUnit &unit) const
{
    return QStringLiteral("SELECT 1 FROM %1 WHERE %2 FOR UPDATE").arg(table(claimsTable()), ownerCondition(unit));
}

bool ClaimTable::held(const WorkUnit &unit, bool *held, QString *error)
{
    QList<QList<qint64>> rows;
    QString reason;
    if (!m_session->queryIntegers(QStringLiteral("SELECT 1 FROM %1 WHERE %2").arg(table(claimsTable()), ownerCondition(unit)),
                                  &rows, &reason))
        return fail(tr("cannot read the job's progress"), reason, error);
    *held = !rows.isEmpty();
    return true;
}

} // namespace barge
