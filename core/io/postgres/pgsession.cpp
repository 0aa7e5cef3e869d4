#include "io/postgres/pgsession.h"

#include "io/postgres/pgconnection.h"
#include "io/rowwriter.h"
#include "schema/ddlbuilder.h"

#include <libpq-fe.h>

namespace barge {

PgSession::PgSession(PgConnection *conn, const RowWriter *owner) : m_conn(conn), m_owner(owner)
{
}

QString PgSession::describe() const
{
    return m_owner->describe();
}

QString PgSession::schema() const
{
    return m_conn->schema();
}

QString PgSession::quote(const QString &text) const
{
    // libpq's own escaping knows the server's settings (standard_conforming_strings, encoding).
    const QByteArray utf8 = text.toUtf8();
    char *escaped = m_conn->native() ? PQescapeLiteral(m_conn->native(), utf8.constData(), size_t(utf8.size())) : nullptr;
    if (!escaped)
        return DdlBuilder::sqlString(text);
    const QString literal = QString::fromUtf8(escaped);
    PQfreemem(escaped);
    return literal;
}

bool PgSession::exec(const QString &sql, QString *error)
{
    const PgResult result = m_conn->exec(sql);
    if (result.ok())
        return true;
    *error = result.message();
    return false;
}

bool PgSession::execSerialized(const QString &lock, const QStringList &statements, QString *error)
{
    // The lock lasts until this transaction's COMMIT.
    QStringList all{QStringLiteral("BEGIN"),
                    QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(%1))").arg(DdlBuilder::sqlString(lock))};
    all << statements << QStringLiteral("COMMIT");
    for (const QString &sql : std::as_const(all)) {
        if (!exec(sql, error)) {
            QString ignored;
            if (PQtransactionStatus(m_conn->native()) != PQTRANS_IDLE)
                exec(QStringLiteral("ROLLBACK"), &ignored);
            return false;
        }
    }
    return true;
}

bool PgSession::queryIntegers(const QString &sql, QList<QList<qint64>> *rows, QString *error)
{
    rows->clear();
    const PgResult result = m_conn->exec(sql);
    if (!result.ok()) {
        *error = result.message();
        return false;
    }
    const int columns = PQnfields(result.get());
    for (int r = 0; r < result.rows(); ++r) {
        QList<qint64> row;
        for (int c = 0; c < columns; ++c)
            row << result.integer(r, c);
        rows->append(row);
    }
    return true;
}

bool PgSession::queryTexts(const QString &sql, QList<QStringList> *rows, QString *error)
{
    rows->clear();
    const PgResult result = m_conn->exec(sql);
    if (!result.ok()) {
        *error = result.message();
        return false;
    }
    const int columns = PQnfields(result.get());
    for (int r = 0; r < result.rows(); ++r) {
        QStringList row;
        for (int c = 0; c < columns; ++c)
            row << (PQgetisnull(result.get(), r, c) ? QString() : result.text(r, c));
        rows->append(row);
    }
    return true;
}

bool PgSession::tableExists(const QString &table, bool *exists, QString *error)
{
    const PgResult result = m_conn->exec(
        QStringLiteral("SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p')"),
        {m_conn->schema(), table});
    if (!result.ok()) {
        *error = result.message();
        return false;
    }
    *exists = result.rows() > 0;
    return true;
}

} // namespace barge
