#pragma once
// PgConnection: one PostgreSQL connection opened from an Endpoint through Qt's QPSQL driver, with
// its native libpq handle for what QSqlQuery cannot do well (COPY, SQLSTATEs, catalog queries with
// real parameters). Thread bound: opened, used and closed in one thread; each instance has its own
// connection name and removes it on close. Connection failures are told apart for the user:
// server unreachable, user refused, database missing.

#include "base/failure.h"
#include "endpoint/endpoint.h"
#include "io/postgres/pgresult.h"

#include <QCoreApplication>
#include <QSqlDatabase>
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

    QSqlDatabase database() const { return m_db; }
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

    // The connect-option value quoted for a libpq conninfo string; false when Qt's driver cannot
    // pass it (it turns every ';' in the options into a space).
    static bool quoteConnectValue(const QString &value, QString *quoted);

private:
    QString connectOptions(QString *error) const;
    bool requiresTls() const; // sslmode require, verify-ca or verify-full
    bool connect(QString *error, Failure::Kind *kind);
    QString explainFailure(const QString &libpqText, bool passwordGiven, Failure::Kind *kind) const;

    Endpoint m_endpoint;
    QString m_schema;
    QString m_name;
    QSqlDatabase m_db;
    PGconn *m_native = nullptr;
};

} // namespace barge
