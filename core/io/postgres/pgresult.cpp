#include "io/postgres/pgresult.h"

#include <libpq-fe.h>

#include <cstdlib>

namespace barge {

PgResult::~PgResult()
{
    PQclear(m_result);
}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = other.m_result;
        other.m_result = nullptr;
    }
    return *this;
}

bool PgResult::ok() const
{
    const ExecStatusType status = PQresultStatus(m_result);
    return m_result && (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK);
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::integer(int row, int column) const
{
    return std::strtoll(PQgetvalue(m_result, row, column), nullptr, 10);
}

bool PgResult::boolean(int row, int column) const
{
    return PQgetvalue(m_result, row, column)[0] == 't';
}

double PgResult::real(int row, int column) const
{
    return std::strtod(PQgetvalue(m_result, row, column), nullptr);
}

QByteArray PgResult::sqlState() const
{
    return m_result ? QByteArray(PQresultErrorField(m_result, PG_DIAG_SQLSTATE)) : QByteArray();
}

QString PgResult::message() const
{
    if (!m_result)
        return tr("no result from the server (connection lost?)");
    const char *primary = PQresultErrorField(m_result, PG_DIAG_MESSAGE_PRIMARY);
    if (!primary) // not a server error: libpq's own text ("server closed the connection unexpectedly")
        return QString::fromUtf8(PQresultErrorMessage(m_result)).simplified();
    QString text = QString::fromUtf8(primary);
    if (const char *detail = PQresultErrorField(m_result, PG_DIAG_MESSAGE_DETAIL))
        text += QStringLiteral("; DETAIL: ") + QString::fromUtf8(detail);
    return text;
}

QString PgResult::context() const
{
    return m_result ? QString::fromUtf8(PQresultErrorField(m_result, PG_DIAG_CONTEXT)) : QString();
}

} // namespace barge
