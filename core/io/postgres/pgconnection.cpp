#include "io/postgres/pgconnection.h"

#include "io/connectionreuse.h"
#include "schema/identifier.h"


#include <libpq-fe.h>

#include <utility>

namespace barge {

namespace {

// libpq writes a message as lines ("…: Connection refused\n\tIs the server running …?"): one line,
// each former line ending as a sentence, so that two sentences never run together.
QString asOneLine(const QString &libpqText)
{
    QString text;
    for (const QString &part : libpqText.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString line = part.simplified();
        if (line.isEmpty())
            continue;
        if (!text.isEmpty()) {
            if (!text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('?')) && !text.endsWith(QLatin1Char(':')))
                text += QLatin1Char('.');
            text += QLatin1Char(' ');
        }
        text += line;
    }
    return text;
}

// The session every Barge connection works in: values arrive in one canonical text form (UTC,
// ISO dates, intervals as '1 day 02:00:00' (which MariaDB's TIME can read once in hours), shortest
// exact floats, hex bytea) whatever the server's or the role's defaults, and
// NOTICEs ("table does not exist, skipping") stay out of the log.
const char sessionSetup[] = "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'; "
                            "SET extra_float_digits = 3; SET bytea_output = 'hex'; "
                            "SET client_min_messages = 'warning'; SET standard_conforming_strings = on";

// A native connection waiting, idle, for the next table (ConnectionReuse).
using KeptConnection = KeptNative<PGconn, &PQfinish>;

bool containsAny(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

PgConnection::PgConnection(const Endpoint &endpoint)
    : m_endpoint(endpoint), m_schema(endpoint.option(QStringLiteral("schema"), QStringLiteral("public")))
{
}

PgConnection::~PgConnection()
{
    close();
}

QString PgConnection::qualified(const QString &table) const
{
    return quoteIdentifier(Dialect::Postgres, m_schema) + QLatin1Char('.') + quoteIdentifier(Dialect::Postgres, table);
}

QString PgConnection::server() const
{
    const QString socketDir = m_endpoint.option(QStringLiteral("host"));
    const QString port = QString::number(m_endpoint.port > 0 ? m_endpoint.port : 5432);
    if (!socketDir.isEmpty())
        return tr("%1 (socket, port %2)").arg(socketDir, port);
    if (m_endpoint.host.isEmpty())
        return tr("the local socket (port %1)").arg(port);
    const QString host = m_endpoint.host.contains(QLatin1Char(':'))
        ? QLatin1Char('[') + m_endpoint.host + QLatin1Char(']') : m_endpoint.host;
    return host + QLatin1Char(':') + port;
}

// The libpq keywords and values: server, database, user, password, TLS, timeouts.
QList<QPair<QByteArray, QByteArray>> PgConnection::connectParameters(const QString &password) const
{
    QList<QPair<QByteArray, QByteArray>> parameters;
    const auto add = [&](const char *name, const QString &value) {
        if (!value.isEmpty())
            parameters << qMakePair(QByteArray(name), value.toUtf8());
    };
    const QString socketDir = m_endpoint.option(QStringLiteral("host"));
    add("host", socketDir.isEmpty() ? m_endpoint.host : socketDir);
    add("port", m_endpoint.port > 0 ? QString::number(m_endpoint.port) : QString());
    add("dbname", m_endpoint.database);
    add("user", m_endpoint.user);
    add("password", password);
    add("client_encoding", QStringLiteral("UTF8"));
    for (const char *name : {"sslmode", "sslrootcert"})
        add(name, m_endpoint.option(QLatin1String(name)));
    add("connect_timeout", m_endpoint.option(QStringLiteral("connect_timeout"), QStringLiteral("10")));
    // A server that dies with its machine, or a network that drops, sends no reset: keepalives
    // probe an idle link after 10 s (every 5 s, 3 times) and unacknowledged writes give up after
    // 30 s, so a run ends with an error instead of waiting for ever. A busy server answers the
    // probes itself: long statements are not cut short. (Ignored on Unix sockets.)
    add("keepalives", QStringLiteral("1"));
    add("keepalives_idle", QStringLiteral("10"));
    add("keepalives_interval", QStringLiteral("5"));
    add("keepalives_count", QStringLiteral("3"));
    add("tcp_user_timeout", QStringLiteral("30000"));
    add("application_name", m_endpoint.option(QStringLiteral("application_name"), QStringLiteral("Barge")));
    return parameters;
}

QString PgConnection::explainFailure(const QString &libpqText, bool passwordGiven, Failure::Kind *kind) const
{
    // libpq 15: 'connection to server at "h", port 1 failed: Connection refused ...' and the
    // server's own 'FATAL:  password authentication failed for user "x"'. SQLSTATEs of connection
    // failures are not exposed by libpq, so the texts decide.
    const QString text = asOneLine(libpqText);
    const QString user = !m_endpoint.user.isEmpty() ? m_endpoint.user
        : !qEnvironmentVariable("PGUSER").isEmpty() ? qEnvironmentVariable("PGUSER")
        : !qEnvironmentVariable("USER").isEmpty()   ? qEnvironmentVariable("USER")
                                                     : tr("(no user name given)");
    *kind = Failure::Kind::Authentication;
    if (containsAny(text, {"no password supplied"})) {
        return tr("PostgreSQL refused user %1: wrong password or no access (no password was given: "
                  "put it in PGPASSWORD or ~/.pgpass) [%2]").arg(user, server());
    }
    if (containsAny(text, {"authentication failed", "no pg_hba.conf entry", "role \"", "permission denied for database",
                           "not permitted to log in"})) {
        return tr("PostgreSQL refused user %1: wrong password or no access [%2: %3]")
            .arg(user, server(), text) + (passwordGiven ? QString() : tr(" (no password was given)"));
    }
    *kind = Failure::Kind::MissingObject;
    if (containsAny(text, {"database \""}) && text.contains(QLatin1String("does not exist"))) {
        return tr("PostgreSQL at %1 has no database '%2'").arg(server(), m_endpoint.database);
    }
    *kind = Failure::Kind::Unreachable;
    if (containsAny(text, {"SSL", "certificate", "does not match host name"})) {
        return tr("TLS with PostgreSQL at %1 failed (sslmode=%2): %3")
            .arg(server(), m_endpoint.option(QStringLiteral("sslmode"), tr("prefer, the default")), text);
    }
    if (containsAny(text, {"Connection refused", "timeout expired", "timed out", "could not translate host name",
                           "Name or service not known", "No route to host", "Network is unreachable",
                           "No such file or directory", "could not connect", "server closed the connection",
                           "Temporary failure in name resolution"})) {
        return tr("cannot reach PostgreSQL at %1: %2").arg(server(), text);
    }
    *kind = Failure::Kind::Other;
    return tr("cannot connect to PostgreSQL at %1 as %2: %3").arg(server(), user, text);
}

bool PgConnection::requiresTls() const
{
    const QString mode = m_endpoint.option(QStringLiteral("sslmode"));
    return mode == QLatin1String("require") || mode == QLatin1String("verify-ca") || mode == QLatin1String("verify-full");
}

bool PgConnection::open(Failure *failure)
{
    QString error;
    Failure::Kind kind = Failure::Kind::Other;
    if (connect(&error, &kind))
        return true;
    *failure = Failure(kind, error, m_endpoint.displayName());
    return false;
}

bool PgConnection::open(QString *error)
{
    Failure failure;
    if (open(&failure))
        return true;
    *error = failure.message;
    return false;
}

bool PgConnection::connect(QString *error, Failure::Kind *kind)
{
    close();
    m_reused = false;
    // libpq ignores sslmode on a Unix socket and connects without TLS: a URL that asks for TLS is
    // refused instead of being quietly served without it.
    const QString socketDirectory = m_endpoint.option(QStringLiteral("host"));
    if (requiresTls() && (!socketDirectory.isEmpty() || m_endpoint.host.startsWith(QLatin1Char('/')))) {
        *error = tr("sslmode=%1 asks for TLS, but %2 is a Unix socket, which never carries TLS: give "
                    "the server's host name instead, or leave sslmode out for the socket")
                     .arg(m_endpoint.option(QStringLiteral("sslmode")), server());
        return false;
    }
    // The URL's password, else PGPASSWORD; without either libpq still looks in ~/.pgpass.
    const QString password = !m_endpoint.password.isEmpty() ? m_endpoint.password : qEnvironmentVariable("PGPASSWORD");
    const QList<QPair<QByteArray, QByteArray>> parameters = connectParameters(password);
    QByteArray key("postgresql");
    for (const auto &[name, value] : parameters) // each value after its length: no two lists share a key
        key += '\n' + name + ' ' + QByteArray::number(value.size()) + ' ' + value;
    m_reuseKey = QString::fromUtf8(key);
    m_reused = takeKept();
    if (!m_reused && !connectNative(parameters, !password.isEmpty(), error, kind))
        return false;
    if (requiresTls() && !PQsslInUse(m_native)) {
        *kind = Failure::Kind::Unreachable;
        *error = tr("sslmode=%1: the connection to %2 is not encrypted")
                     .arg(m_endpoint.option(QStringLiteral("sslmode")), server());
        close();
        return false;
    }
    if (!run(QLatin1String(sessionSetup), error)) {
        close();
        return false;
    }
    return true;
}

bool PgConnection::connectNative(const QList<QPair<QByteArray, QByteArray>> &parameters, bool passwordGiven,
                                 QString *error, Failure::Kind *kind)
{
    QList<const char *> keywords;
    QList<const char *> values;
    for (const auto &[name, value] : parameters) {
        keywords << name.constData();
        values << value.constData();
    }
    keywords << nullptr;
    values << nullptr;
    PGconn *conn = PQconnectdbParams(keywords.constData(), values.constData(), 0);
    if (!conn) {
        *kind = Failure::Kind::Other;
        *error = tr("cannot connect to PostgreSQL at %1: out of memory").arg(server());
        return false;
    }
    if (PQstatus(conn) != CONNECTION_OK) {
        *error = explainFailure(QString::fromUtf8(PQerrorMessage(conn)), passwordGiven, kind);
        PQfinish(conn);
        return false;
    }
    m_native = conn;
    return true;
}

// A connection a finished table left, cleared of everything its session held (temporary tables,
// prepared statements, settings, advisory locks); the caller sets the session up again.
bool PgConnection::takeKept()
{
    if (m_reuseKey.isEmpty())
        return false;
    while (std::unique_ptr<ConnectionReuse::Idle> idle = ConnectionReuse::take(m_reuseKey)) {
        PGconn *conn = static_cast<KeptConnection *>(idle.get())->release();
        if (PQstatus(conn) == CONNECTION_OK && PgResult(PQexec(conn, "DISCARD ALL")).ok()) {
            m_native = conn;
            return true;
        }
        PQfinish(conn);
    }
    return false;
}

void PgConnection::close()
{
    PGconn *native = std::exchange(m_native, nullptr);
    if (!native)
        return;
    // Kept only between statements, outside any transaction or COPY.
    if (ConnectionReuse::active() && PQstatus(native) == CONNECTION_OK && PQtransactionStatus(native) == PQTRANS_IDLE)
        ConnectionReuse::keep(m_reuseKey, std::make_unique<KeptConnection>(native));
    else
        PQfinish(native);
}

PgResult PgConnection::exec(const QString &sql, const QStringList &parameters) const
{
    if (!m_native)
        return PgResult();
    const QByteArray statement = sql.toUtf8();
    if (parameters.isEmpty())
        return PgResult(PQexec(m_native, statement.constData()));
    QList<QByteArray> values;
    QList<const char *> pointers;
    values.reserve(parameters.size());
    for (const QString &p : parameters)
        values << p.toUtf8();
    for (const QByteArray &v : values)
        pointers << v.constData();
    return PgResult(PQexecParams(m_native, statement.constData(), int(pointers.size()), nullptr, pointers.constData(),
                                 nullptr, nullptr, 0));
}

bool PgConnection::run(const QString &sql, QString *error) const
{
    if (!m_native) {
        *error = tr("%1: not connected").arg(server());
        return false;
    }
    const PgResult result = exec(sql);
    if (result.ok())
        return true;
    *error = tr("PostgreSQL at %1: %2").arg(server(), result.message());
    return false;
}

} // namespace barge
