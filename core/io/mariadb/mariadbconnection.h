#pragma once
// MariaDbConnection: one MariaDB/MySQL connection opened from an Endpoint on MariaDB Connector/C's own
// MYSQL handle, for what Qt's QMYSQL driver cannot do: TLS that is required before the login and
// checks the server's host name (ssl-mode, docs/urls.md), results as the server's exact text (QMYSQL
// turns DATETIME into QDateTime and drops microseconds), error numbers and SQLSTATEs, and LOAD DATA
// LOCAL INFILE fed from memory. Thread bound: opened, used and closed in one thread.
//
// Every session is strict (bad values are refused, never silently truncated), UTC, utf8mb4, and
// answers a server's request for a local file only with the buffer Barge armed for it: a hostile
// server cannot make Barge read files.

#include "base/failure.h"
#include "endpoint/endpoint.h"
#include "io/mariadb/mariadbresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

struct st_mysql;

namespace barge {

class MariaDbConnection
{
    Q_DECLARE_TR_FUNCTIONS(barge::MariaDbConnection)

public:
    explicit MariaDbConnection(const Endpoint &endpoint);
    ~MariaDbConnection();
    MariaDbConnection(const MariaDbConnection &) = delete;
    MariaDbConnection &operator=(const MariaDbConnection &) = delete;

    // Connects and sets the session up. Unreachable server, refused user and missing database
    // each get their own message.
    bool open(Failure *failure);
    bool open(QString *error); // the same, for callers that only pass the message on
    void close();
    bool isOpen() const { return m_native != nullptr; }

    st_mysql *native() const { return m_native; }
    // "127.0.0.1:3306" or the socket path, for messages.
    QString server() const;
    const QString &databaseName() const { return m_endpoint.database; }
    // "127.0.0.1:3306/shop", for messages that name a table after it.
    QString describe() const { return server() + QLatin1Char('/') + m_endpoint.database; }
    bool isMariaDb() const { return m_mariaDb; }

    // A statement whose result, if any, is discarded. False with *error = "server: message".
    bool run(const QByteArray &sql, QString *error);
    bool run(const QString &sql, QString *error) { return run(sql.toUtf8(), error); }
    // A query whose whole result is buffered in *result.
    bool query(const QString &sql, MariaDbResult *result, QString *error);
    // After run(): rows the statement changed and warnings it raised.
    qint64 affectedRows() const { return m_affectedRows; }
    unsigned int warnings() const { return m_warnings; }
    // The last statement's error: number (0 = none), SQLSTATE and the server's message.
    unsigned int errorNumber() const;
    QByteArray sqlState() const;
    QString errorText() const;

    // Where the next LOAD DATA LOCAL INFILE statement reads its bytes: `source` fills up to `size`
    // bytes and returns how many (0 at the end, -1 to abort the statement); the client library
    // calls it as it sends. An empty function disarms.
    using InfileSource = std::function<qsizetype(char *buffer, qsizetype size)>;
    void armLocalInfile(InfileSource source) { m_infile = std::move(source); }
    // An SQL string literal: '...' with quotes, backslashes and control bytes escaped.
    static QString quoteString(const QString &text);

private:
    bool applyOptions(st_mysql *mysql, QString *error) const;
    bool connect(QString *error, Failure::Kind *kind);
    QString explainFailure(unsigned int number, const QString &text) const;
    static Failure::Kind failureKind(unsigned int number);
    static void detectDeadPeer(int socket);
    bool checkTls(QString *error) const;

    static int infileInit(void **state, const char *fileName, void *userData);
    static int infileRead(void *state, char *buffer, unsigned int size);
    static void infileEnd(void *state);
    static int infileError(void *state, char *message, unsigned int size);

    Endpoint m_endpoint;
    st_mysql *m_native = nullptr;
    bool m_mariaDb = true;
    qint64 m_affectedRows = -1;
    unsigned int m_warnings = 0;
    InfileSource m_infile;
};

} // namespace barge
