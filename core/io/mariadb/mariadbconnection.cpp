#include "io/mariadb/mariadbconnection.h"

#include <QFile>

#include <errmsg.h>
#include <mysql.h>
#include <mysqld_error.h>

#include <atomic>
#include <cstdio>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace barge {

namespace {

// Strict, so a value that does not fit is refused rather than truncated or zeroed;
// NO_AUTO_VALUE_ON_ZERO, so an id 0 stays 0 instead of drawing the next AUTO_INCREMENT value; UTC,
// so TIMESTAMP columns read and write instants as they are stored; and no NO_BACKSLASH_ESCAPES,
// which the literals Barge writes rely on.
const char sessionSetup[] = "SET NAMES utf8mb4, time_zone = '+00:00', "
                            "sql_mode = 'STRICT_ALL_TABLES,NO_AUTO_VALUE_ON_ZERO,NO_ENGINE_SUBSTITUTION'";

QString serverText(MYSQL *mysql)
{
    return QString::fromUtf8(mysql_error(mysql));
}

} // namespace

MariaDbConnection::MariaDbConnection(const Endpoint &endpoint) : m_endpoint(endpoint)
{
}

MariaDbConnection::~MariaDbConnection()
{
    close();
}

QString MariaDbConnection::server() const
{
    const QString socket = m_endpoint.option(QStringLiteral("socket"));
    if (!socket.isEmpty())
        return socket;
    const QString port = QString::number(m_endpoint.port > 0 ? m_endpoint.port : 3306);
    if (m_endpoint.host.isEmpty())
        return tr("localhost (default socket)");
    const QString host = m_endpoint.host.contains(QLatin1Char(':'))
        ? QLatin1Char('[') + m_endpoint.host + QLatin1Char(']') : m_endpoint.host;
    return host + QLatin1Char(':') + port;
}

// Qt 6.4's QMYSQL driver takes only UNIX_SOCKET, MYSQL_OPT_CONNECT_TIMEOUT and the SSL_* file
// options (checked in the 6.4 plugin): no MYSQL_OPT_SSL_ENFORCE, no MYSQL_OPT_SSL_VERIFY_SERVER_CERT,
// which are what make a TLS requirement hold before the login is sent and what checks the server's
// host name. So the connection is made here, on Connector/C's own handle, with every option set
// before mysql_real_connect(); after the handshake checkTls() confirms the link is encrypted.
bool MariaDbConnection::applyOptions(st_mysql *mysql, QString *error) const
{
    const QString mode = m_endpoint.option(QStringLiteral("ssl-mode")).toUpper();
    const QByteArray ca = QFile::encodeName(m_endpoint.option(QStringLiteral("ssl-ca")));
    const bool verifies = mode == QLatin1String("VERIFY_CA") || mode == QLatin1String("VERIFY_IDENTITY");
    if (verifies && ca.isEmpty()) {
        *error = tr("ssl-mode=%1 needs ssl-ca=FILE, the CA certificate(s) to verify the server with")
                     .arg(mode);
        return false;
    }
    bool ok = true;
    const auto set = [&](mysql_option option, const void *value) { ok = ok && mysql_optionsv(mysql, option, value) == 0; };
    bool ignoredNumber = false;
    const unsigned int timeout =
        m_endpoint.option(QStringLiteral("connect_timeout"), QStringLiteral("10")).toUInt(&ignoredNumber);
    set(MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
    set(MYSQL_SET_CHARSET_NAME, "utf8mb4");
    // LOAD DATA LOCAL reads only what armLocalInfile() armed (the handler installed in open()).
    const unsigned int localInfile = 1;
    set(MYSQL_OPT_LOCAL_INFILE, &localInfile);
    const my_bool on = 1;
    if (mode == QLatin1String("PREFERRED"))
        set(MYSQL_OPT_SSL_CIPHER, "DEFAULT"); // any TLS option asks for TLS when the server offers it
    if (mode == QLatin1String("REQUIRED") || verifies)
        set(MYSQL_OPT_SSL_ENFORCE, &on);
    if (verifies)
        set(MYSQL_OPT_SSL_CA, ca.constData()); // a CA makes Connector/C verify the certificate chain
    if (mode == QLatin1String("VERIFY_IDENTITY"))
        set(MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &on); // and this the host name against the certificate
    // Connector/C 3.3 enforces TLS before the login only together with the host-name check: in the
    // other modes a server (or an impostor) without TLS gets the login before checkTls() refuses.
    // So the plugins that would then send the password itself in clear text are not allowed there.
    else
        set(MARIADB_OPT_RESTRICTED_AUTH, "mysql_native_password,client_ed25519,caching_sha2_password,sha256_password");
    if (!ok)
        *error = tr("%1: the MySQL client library refused a connection option (%2)")
                     .arg(server(), serverText(mysql));
    return ok;
}

// A server that dies with its machine, or a network that drops, sends no reset: without these a
// read would wait for ever. Keepalives probe an idle link after 10 s (every 5 s, 3 times) and
// unacknowledged writes give up after 30 s; a busy but live server answers the probes itself, so
// long statements are not cut short. Unix sockets need none of it.
void MariaDbConnection::detectDeadPeer(int socket)
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (socket < 0 || getsockname(socket, reinterpret_cast<sockaddr *>(&address), &length) != 0
        || (address.ss_family != AF_INET && address.ss_family != AF_INET6))
        return;
    const int on = 1, idle = 10, interval = 5, count = 3;
    const unsigned int userTimeoutMs = 30000;
    setsockopt(socket, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
    setsockopt(socket, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
    setsockopt(socket, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
    setsockopt(socket, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
    setsockopt(socket, IPPROTO_TCP, TCP_USER_TIMEOUT, &userTimeoutMs, sizeof userTimeoutMs);
}

bool MariaDbConnection::checkTls(QString *error) const
{
    const QString mode = m_endpoint.option(QStringLiteral("ssl-mode")).toUpper();
    const bool required = mode == QLatin1String("REQUIRED") || mode == QLatin1String("VERIFY_CA")
        || mode == QLatin1String("VERIFY_IDENTITY");
    if (!required || mysql_get_ssl_cipher(m_native))
        return true;
    *error = tr("ssl-mode=%1: the connection to %2 is not encrypted (the server offers no TLS)")
                 .arg(mode, server());
    return false;
}

QString MariaDbConnection::explainFailure(unsigned int number, const QString &text) const
{
    QString user = !m_endpoint.user.isEmpty() ? m_endpoint.user : qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = tr("(no user name given)");
    switch (number) {
    case CR_CONNECTION_ERROR:   // 2002: socket
    case CR_CONN_HOST_ERROR:    // 2003: TCP
    case CR_UNKNOWN_HOST:       // 2005
    case CR_SERVER_GONE_ERROR:  // 2006
    case CR_SERVER_LOST:        // 2013: dropped during the handshake
        return tr("cannot reach the MySQL/MariaDB server at %1: %2").arg(server(), text);
    case ER_ACCESS_DENIED_ERROR: // 1045
        return tr("the MySQL/MariaDB server at %1 refused user %2: wrong password or no access (%3)")
                   .arg(server(), user, text);
    case ER_BAD_DB_ERROR: // 1049
        return tr("the MySQL/MariaDB server at %1 has no database '%2'").arg(server(), m_endpoint.database);
    case CR_SSL_CONNECTION_ERROR: { // 2026
        const QString mode = m_endpoint.option(QStringLiteral("ssl-mode")).toUpper();
        // Connector/C's words for a certificate whose names do not include the host.
        const QString hint = mode == QLatin1String("VERIFY_IDENTITY")
                && text.contains(QLatin1String("Validation of SSL server certificate failed"))
            ? tr(" (ssl-mode=VERIFY_IDENTITY: the server's certificate does not name the host '%1')")
                  .arg(m_endpoint.host.isEmpty() ? QStringLiteral("localhost") : m_endpoint.host)
            : QString();
        return tr("TLS with the MySQL/MariaDB server at %1 failed: %2%3").arg(server(), text, hint);
    }
    case CR_PLUGIN_NOT_ALLOWED: // 5010
        return tr("the MySQL/MariaDB server at %1 asked for a login that would send the password in clear "
                  "text (mysql_clear_password or dialog); Barge allows that only with "
                  "ssl-mode=VERIFY_IDENTITY [%2]").arg(server(), text);
    default:
        return tr("cannot connect to the MySQL/MariaDB server at %1 as %2: %3 (error %4)")
            .arg(server(), user, text).arg(number);
    }
}

// The kind of a failed connect, from Connector/C's error number (the cases explainFailure words).
Failure::Kind MariaDbConnection::failureKind(unsigned int number)
{
    switch (number) {
    case CR_CONNECTION_ERROR:
    case CR_CONN_HOST_ERROR:
    case CR_UNKNOWN_HOST:
    case CR_SERVER_GONE_ERROR:
    case CR_SERVER_LOST:
    case CR_SSL_CONNECTION_ERROR:
        return Failure::Kind::Unreachable;
    case ER_ACCESS_DENIED_ERROR:
        return Failure::Kind::Authentication;
    case ER_BAD_DB_ERROR:
        return Failure::Kind::MissingObject;
    case CR_PLUGIN_NOT_ALLOWED:
        return Failure::Kind::Refused;
    }
    return Failure::Kind::Other;
}

bool MariaDbConnection::open(Failure *failure)
{
    QString error;
    Failure::Kind kind = Failure::Kind::Other;
    if (connect(&error, &kind))
        return true;
    *failure = Failure(kind, error, m_endpoint.displayName());
    return false;
}

bool MariaDbConnection::open(QString *error)
{
    Failure failure;
    if (open(&failure))
        return true;
    *error = failure.message;
    return false;
}

bool MariaDbConnection::connect(QString *error, Failure::Kind *kind)
{
    close();
    // Connector/C's global state must be set up once before threads make handles of their own.
    static const bool initialised = mysql_library_init(0, nullptr, nullptr) == 0;
    MYSQL *mysql = initialised ? mysql_init(nullptr) : nullptr;
    if (!mysql) {
        *error = tr("%1: the MySQL client library could not be initialised").arg(server());
        return false;
    }
    if (!applyOptions(mysql, error)) {
        mysql_close(mysql);
        return false;
    }
    const QString password = !m_endpoint.password.isEmpty() ? m_endpoint.password : qEnvironmentVariable("MYSQL_PWD");
    const QByteArray host = m_endpoint.host.toUtf8();
    const QByteArray user = m_endpoint.user.toUtf8();
    const QByteArray secret = password.toUtf8();
    const QByteArray database = m_endpoint.database.toUtf8();
    const QByteArray socket = QFile::encodeName(m_endpoint.option(QStringLiteral("socket")));
    const auto orNull = [](const QByteArray &text) { return text.isEmpty() ? nullptr : text.constData(); };
    if (!mysql_real_connect(mysql, orNull(host), orNull(user), orNull(secret), database.constData(),
                            unsigned(qMax(0, m_endpoint.port)), orNull(socket), 0)) {
        *kind = failureKind(mysql_errno(mysql));
        *error = explainFailure(mysql_errno(mysql), serverText(mysql));
        mysql_close(mysql);
        return false;
    }
    m_native = mysql;
    detectDeadPeer(mysql_get_socket(m_native));
    mysql_set_local_infile_handler(m_native, &MariaDbConnection::infileInit, &MariaDbConnection::infileRead,
                                   &MariaDbConnection::infileEnd, &MariaDbConnection::infileError, this);
    m_mariaDb = QByteArray(mysql_get_server_info(m_native)).contains("MariaDB");
    if (!checkTls(error)) {
        *kind = Failure::Kind::Unreachable;
        close();
        return false;
    }
    if (!run(QByteArray(sessionSetup), error)) {
        if (error->isEmpty())
            *error = tr("%1: session setup failed").arg(server());
        close();
        return false;
    }
    return true;
}

void MariaDbConnection::close()
{
    m_infile = nullptr;
    if (m_native)
        mysql_close(m_native);
    m_native = nullptr;
}

bool MariaDbConnection::run(const QByteArray &sql, QString *error)
{
    m_affectedRows = -1;
    m_warnings = 0;
    if (!m_native) {
        *error = tr("%1: not connected").arg(server());
        return false;
    }
    if (mysql_real_query(m_native, sql.constData(), static_cast<unsigned long>(sql.size())) != 0) {
        *error = serverText(m_native);
        return false;
    }
    // Taken before the results are drained, which resets them.
    m_affectedRows = qint64(mysql_affected_rows(m_native));
    m_warnings = mysql_warning_count(m_native);
    // Results nobody asked for are read and dropped, or the next statement is "out of sync".
    do {
        if (MYSQL_RES *result = mysql_store_result(m_native))
            mysql_free_result(result);
        else if (mysql_field_count(m_native) != 0) {
            *error = serverText(m_native);
            return false;
        }
    } while (mysql_next_result(m_native) == 0);
    if (mysql_errno(m_native) != 0) {
        *error = serverText(m_native);
        return false;
    }
    return true;
}

bool MariaDbConnection::query(const QString &sql, MariaDbResult *result, QString *error)
{
    if (!m_native) {
        *error = tr("%1: not connected").arg(server());
        return false;
    }
    const QByteArray statement = sql.toUtf8();
    if (mysql_real_query(m_native, statement.constData(), static_cast<unsigned long>(statement.size())) != 0) {
        *error = serverText(m_native);
        return false;
    }
    MYSQL_RES *stored = mysql_store_result(m_native);
    if (!stored && mysql_field_count(m_native) != 0) {
        *error = serverText(m_native);
        return false;
    }
    *result = MariaDbResult(stored);
    return true;
}

unsigned int MariaDbConnection::errorNumber() const
{
    return m_native ? mysql_errno(m_native) : CR_SERVER_GONE_ERROR;
}

QByteArray MariaDbConnection::sqlState() const
{
    return m_native ? QByteArray(mysql_sqlstate(m_native)) : QByteArray("HY000");
}

QString MariaDbConnection::errorText() const
{
    return m_native ? serverText(m_native) : tr("not connected");
}

QString MariaDbConnection::quoteString(const QString &text)
{
    QString quoted;
    quoted.reserve(text.size() + 2);
    quoted += QLatin1Char('\'');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\': quoted += QLatin1String("\\\\"); break;
        case '\'': quoted += QLatin1String("\\'"); break;
        case 0: quoted += QLatin1String("\\0"); break;
        case '\n': quoted += QLatin1String("\\n"); break;
        case '\r': quoted += QLatin1String("\\r"); break;
        case 0x1a: quoted += QLatin1String("\\Z"); break;
        default: quoted += c; break;
        }
    }
    quoted += QLatin1Char('\'');
    return quoted;
}

int MariaDbConnection::infileInit(void **state, const char *fileName, void *userData)
{
    Q_UNUSED(fileName) // whatever the server names, only the armed source is ever read
    auto *self = static_cast<MariaDbConnection *>(userData);
    *state = self;
    return self->m_infile ? 0 : 1;
}

int MariaDbConnection::infileRead(void *state, char *buffer, unsigned int size)
{
    const InfileSource &source = static_cast<MariaDbConnection *>(state)->m_infile;
    return source ? int(source(buffer, qsizetype(size))) : -1;
}

void MariaDbConnection::infileEnd(void *state)
{
    Q_UNUSED(state)
}

int MariaDbConnection::infileError(void *state, char *message, unsigned int size)
{
    const bool armed = state && static_cast<MariaDbConnection *>(state)->m_infile;
    std::snprintf(message, size, "%s",
                  armed ? "Barge stopped sending rows (a value it cannot write)"
                        : "Barge sends no local files: the server asked for one it was not offered");
    return CR_UNKNOWN_ERROR;
}

} // namespace barge
