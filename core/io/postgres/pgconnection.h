#pragma once
// PgConnection: one PostgreSQL connection opened from an Endpoint through libpq (COPY, single-row
// streaming, SQLSTATEs, catalog queries with real parameters). Used by one thread at a time.
// Connection failures are told apart for the user: server unreachable, user refused, database
// missing. During a run (ConnectionReuse::Scope) a connection closed between statements waits for
// the next table to the same server, as the same user, instead of closing.

#include "base/failure.h"
#include "endpoint/endpoint.h"
#include "io/postgres/pgresult.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

struct pg_conn;
typedef struct pg_conn PGconn;

namespace barge {

class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(barge::PgConnection)

public:
    explicit PgConnection(const Endpoint &endpoint);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // Connects and sets the session up (UTC, ISO dates, exact floats, no NOTICE chatter). A refused
    // login, a server out of reach and a missing database are told apart by the failure's kind.
    bool open(Failure *failure);
    bool open(QString *error); // the same, for callers that only pass the message on
    void close();
    bool isOpen() const { return m_native != nullptr; }

    // Whether open() took a connection kept from an earlier table (tests).
    bool reused() const { return m_reused; }
    PGconn *native() const { return m_native; }

    // The schema the endpoint reads from / writes into (option `schema`, default public).
    const QString &schema() const { return m_schema; }
    // "schema"."table", quoted for SQL.
    QString qualified(const QString &table) const;
    // "127.0.0.1:5432" or the socket directory, for messages.
    QString server() const;
    const QString &databaseName() const { return m_endpoint.database; }

    // Runs one statement (or several without parameters) through libpq. Check ok() on the result.
    PgResult exec(const QString &sql, const QStringList &parameters = {}) const;
    // exec() for statements whose failure is an error: false with *error = "SERVER: message".
    bool run(const QString &sql, QString *error) const;

private:
    QList<QPair<QByteArray, QByteArray>> connectParameters(const QString &password) const;
    bool connectNative(const QList<QPair<QByteArray, QByteArray>> &parameters, bool passwordGiven, QString *error,
                       Failure::Kind *kind);
    bool takeKept();
    bool requiresTls() const; // sslmode require, verify-ca or verify-full
    bool connect(QString *error, Failure::Kind *kind);
    QString explainFailure(const QString &libpqText, bool passwordGiven, Failure::Kind *kind) const;

    Endpoint m_endpoint;
    bool m_reused = false;
    QString m_reuseKey;
    QString m_schema;
    PGconn *m_native = nullptr;
};

} // namespace barge
