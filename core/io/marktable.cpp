#include "io/marktable.h"

#include "io/sqlsession.h"
#include "schema/ddlbuilder.h"

namespace barge {

namespace {

// The statement that writes a run's mark of a table over the one it had, per dialect.
QString upsertPrefix(Dialect dialect, const QString &table)
{
    const QString columns = QStringLiteral(" (run_id, table_name, source_rows, written_rows, rejected_rows, rejects_bytes) ");
    switch (dialect) {
    case Dialect::Sqlite:
        return QStringLiteral("INSERT OR REPLACE INTO ") + table + columns;
    case Dialect::MySql:
        return QStringLiteral("REPLACE INTO ") + table + columns;
    case Dialect::Postgres: // upsertSuffix adds ON CONFLICT
    case Dialect::Plain:    // keeps no marks
        break;
    }
    return QStringLiteral("INSERT INTO ") + table + columns;
}

QString upsertSuffix(Dialect dialect)
{
    if (dialect != Dialect::Postgres)
        return QString();
    return QStringLiteral(" ON CONFLICT (run_id, table_name) DO UPDATE SET source_rows = EXCLUDED.source_rows, "
                          "written_rows = EXCLUDED.written_rows, rejected_rows = EXCLUDED.rejected_rows, "
                          "rejects_bytes = EXCLUDED.rejects_bytes");
}

} // namespace

MarkTable::MarkTable(SqlSession *session, const QString &table) : m_session(session), m_table(table), m_key(table)
{
}

QString MarkTable::qualifiedTable() const
{
    return DdlBuilder::qualifiedName(m_session->dialect(), DdlBuilder::markTable(), m_session->schema());
}

QString MarkTable::keyCondition(const QString &runId) const
{
    return QStringLiteral(" WHERE run_id = %1 AND table_name = %2").arg(m_session->quote(runId), m_session->quote(m_key));
}

bool MarkTable::fail(const QString &what, const QString &reason, QString *error) const
{
    *error = m_session->describe() + QStringLiteral(": ") + what + reason;
    return false;
}

bool MarkTable::prepare(QString *error)
{
    // Parallel tables would race on CREATE TABLE IF NOT EXISTS where the catalog refuses the second
    // (PostgreSQL: a unique violation): the session serializes them.
    const QString create = DdlBuilder::createMarkTable(m_session->dialect(), m_session->schema());
    QString reason;
    if (m_session->execSerialized(QStringLiteral("barge: checkpoints"), {create}, &reason))
        return true;
    return fail(QString(), reason, error);
}

bool MarkTable::save(const QString &runId, const LoadMark &mark, QString *error)
{
    const Dialect dialect = m_session->dialect();
    if (!m_fence.isEmpty()) {
        QList<QList<qint64>> rows;
        QString reason;
        if (!m_session->queryIntegers(m_fence, &rows, &reason))
            return fail(tr("cannot check this worker's claim: "), reason, error);
        if (rows.isEmpty())
            return fail(tr("not saved: "), tr("another worker took this work over (this worker's claim expired); "
                                             "its uncommitted rows are rolled back"), error);
    }
    const QString sql = upsertPrefix(dialect, qualifiedTable())
        + QStringLiteral("VALUES (%1, %2, %3, %4, %5, %6)")
              .arg(m_session->quote(runId), m_session->quote(m_key))
              .arg(mark.sourceRows)
              .arg(mark.written)
              .arg(mark.rejected)
              .arg(mark.rejectsBytes)
        + upsertSuffix(dialect);
    QString reason;
    if (m_session->exec(sql, &reason))
        return true;
    return fail(tr("cannot save the checkpoint: "), reason, error);
}

bool MarkTable::load(const QString &runId, LoadMark *mark, bool *found, QString *error)
{
    *found = false;
    bool exists = false;
    QString reason;
    if (!m_session->tableExists(DdlBuilder::markTable(), &exists, &reason))
        return fail(QString(), reason, error);
    if (!exists)
        return true;
    QList<QList<qint64>> rows;
    const QString sql = QStringLiteral("SELECT source_rows, written_rows, rejected_rows, rejects_bytes FROM ")
        + qualifiedTable() + keyCondition(runId);
    if (!m_session->queryIntegers(sql, &rows, &reason))
        return fail(tr("cannot read the checkpoint: "), reason, error);
    if (!rows.isEmpty() && rows.first().size() == 4) {
        const QList<qint64> &row = rows.first();
        *found = true;
        *mark = LoadMark{row.at(0), row.at(1), row.at(2), row.at(3)};
    }
    return true;
}

bool MarkTable::clear(const QString &runId, bool dropWhenEmpty, QString *error)
{
    bool exists = false;
    QString reason;
    if (!m_session->tableExists(DdlBuilder::markTable(), &exists, &reason))
        return fail(QString(), reason, error);
    if (!exists)
        return true;
    const QString table = qualifiedTable();
    // The table's own mark, and its ranges' (KeyRange::markKey: the name, a unit separator, the bounds).
    const QString rangePrefix = m_table + QChar(0x1f);
    // substr counts characters on every target (not UTF-16 units, not bytes).
    const QString condition = QStringLiteral(" WHERE run_id = %1 AND (table_name = %2 OR substr(table_name, 1, %3) = %4)")
                                  .arg(m_session->quote(runId), m_session->quote(m_table))
                                  .arg(rangePrefix.toUcs4().size())
                                  .arg(m_session->quote(rangePrefix));
    QList<QList<qint64>> left;
    if (!m_session->exec(QStringLiteral("DELETE FROM ") + table + condition, &reason))
        return fail(tr("cannot remove the checkpoint: "), reason, error);
    if (!dropWhenEmpty)
        return true;
    if (!m_session->queryIntegers(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table), &left, &reason))
        return fail(tr("cannot remove the checkpoint: "), reason, error);
    // The last mark gone, the table goes too: a target holds Barge's state only while a run needs it.
    if (left.isEmpty() && !m_session->exec(QStringLiteral("DROP TABLE IF EXISTS ") + table, &reason))
        return fail(tr("cannot remove the checkpoint: "), reason, error);
    return true;
}

} // namespace barge
