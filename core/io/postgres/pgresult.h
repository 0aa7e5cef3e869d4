#pragma once
// PgResult: owns one libpq PGresult and reads it as Qt text. Barge runs catalog queries, session
// settings and COPY through libpq on the QPSQL driver's own connection (PgConnection::native()):
// one round trip per statement, real parameters, and the SQLSTATE and DETAIL of every error.
// Used by the thread that owns the connection.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

struct pg_result;
typedef struct pg_result PGresult;

namespace barge {

class PgResult
{
    Q_DECLARE_TR_FUNCTIONS(barge::PgResult)

public:
    explicit PgResult(PGresult *result = nullptr) : m_result(result) {}
    ~PgResult();
    PgResult(PgResult &&other) noexcept : m_result(other.m_result) { other.m_result = nullptr; }
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    PGresult *get() const { return m_result; }
    // True for a command or query that succeeded (not for COPY IN, which callers check themselves).
    bool ok() const;
    int rows() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    qint64 integer(int row, int column) const;
    bool boolean(int row, int column) const; // 't'
    double real(int row, int column) const;

    // "23505", or empty when there is no error.
    QByteArray sqlState() const;
    // The server's message and its DETAIL line: 'duplicate key value violates unique constraint
    // "t_pkey"; DETAIL: Key (id)=(5) already exists.'; libpq's own text when there is no result.
    QString message() const;
    // Where the server was when it failed: "COPY t, line 3, column v: ..." (the CONTEXT field).
    QString context() const;

private:
    PGresult *m_result = nullptr;
};

} // namespace barge
