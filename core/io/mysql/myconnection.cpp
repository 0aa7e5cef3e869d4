#include "io/mysql/myconnection.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <errmsg.h>
#include <mysql.h>
#include <mysqld_error.h>

#include <atomic>
#include <cstdio>

namespace barge {

namespace {

const QString driverName = QStringLiteral("QMYSQL");

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

MyConnection::MyConnection(const Endpoint &endpoint) : m_endpoint(endpoint)
{
}

MyConnection::~MyConnection()
{
    close();
}

QString MyConnection::server() const
{
    const QString socket = m_endpoint.option(QStringLiteral("socket"));
    if (!socket.isEmpty())
        return socket;
    const QString port = QString::number(m_endpoint.port > 0 ? m_endpoint.port : 3306);
    if (m_endpoint.host.isEmpty())
        return QStringLiteral("localhost (default socket)");
    const QString host = m_endpoint.host.contains(QLatin1Char(':'))
        ? QLatin1Char('[') + m_endpoint.host + QLatin1Char(']') : m_endpoint.host;
    return host + QLatin1Char(':') + port;
}

// Qt 6.4's QMYSQL knows UNIX_SOCKET, MYSQL_OPT_CONNECT_TIMEOUT and the SSL_* file options, but not
// MYSQL_OPT_SSL_MODE nor MYSQL_OPT_SSL_VERIFY_SERVER_CERT (checked in the 6.4 plugin), so ssl-mode
// is built from what it has: SSL_CA verifies the server's certificate chain, SSL_CIPHER asks for
// TLS without verifying; checkTls() refuses an unencrypted link where the mode requires one.
// Connector/C never checks the host name without MYSQL_OPT_SSL_VERIFY_SERVER_CERT, so
// VERIFY_IDENTITY is refused rather than silently weakened.
QString MyConnection::connectOptions(QString *error) const
{
    QStringList options;
    const auto add = [&](const char *name, const QString &value) {
        if (value.contains(QLatin1Char(';'))) {
            *error = QStringLiteral("MySQL option value '%1' cannot contain ';' (Qt's driver splits options at it)")
                         .arg(value);
            return;
        }
        options << QLatin1String(name) + QLatin1Char('=') + value;
    };
    const QString socket = m_endpoint.option(QStringLiteral("socket"));
    if (!socket.isEmpty())
        add("UNIX_SOCKET", socket);
    add("MYSQL_OPT_CONNECT_TIMEOUT", m_endpoint.option(QStringLiteral("connect_timeout"), QStringLiteral("10")));
    const QString mode = m_endpoint.option(QStringLiteral("ssl-mode")).toUpper();
    const QString ca = m_endpoint.option(QStringLiteral("ssl-ca"));
    if (mode == QLatin1String("VERIFY_IDENTITY")) {
        *error = QStringLiteral("ssl-mode=VERIFY_IDENTITY: Qt %1's MySQL driver cannot ask for the server's host "
                                "name to be checked; use ssl-mode=VERIFY_CA with ssl-ca=FILE (the certificate "
                                "chain is verified, the host name is not)").arg(QLatin1String(qVersion()));
        return QString();
    }
    if (mode == QLatin1String("VERIFY_CA") && ca.isEmpty()) {
        *error = QStringLiteral("ssl-mode=VERIFY_CA needs ssl-ca=FILE, the CA certificate(s) to verify the server with");
        return QString();
    }
    if (mode != QLatin1String("DISABLED")) {
        if (!ca.isEmpty())
            add("SSL_CA", ca);
        else if (mode == QLatin1String("PREFERRED") || mode == QLatin1String("REQUIRED"))
            add("SSL_CIPHER", QStringLiteral("DEFAULT")); // TLS when the server offers it, unverified
    }
    return options.join(QLatin1Char(';'));
}

bool MyConnection::checkTls(QString *error) const
{
    const QString mode = m_endpoint.option(QStringLiteral("ssl-mode")).toUpper();
    const bool required = mode == QLatin1String("REQUIRED") || mode == QLatin1String("VERIFY_CA");
    // A Unix socket never leaves the machine: nothing to encrypt.
    if (!required || !m_endpoint.option(QStringLiteral("socket")).isEmpty() || mysql_get_ssl_cipher(m_native))
        return true;
    *error = QStringLiteral("ssl-mode=%1: the connection to %2 is not encrypted (the server offers no TLS)")
                 .arg(mode, server());
    return false;
}

QString MyConnection::explainFailure(unsigned int number, const QString &text) const
{
    const QString user = !m_endpoint.user.isEmpty() ? m_endpoint.user : qEnvironmentVariable("USER");
    switch (number) {
    case CR_CONNECTION_ERROR:   // 2002: socket
    case CR_CONN_HOST_ERROR:    // 2003: TCP
    case CR_UNKNOWN_HOST:       // 2005
    case CR_SERVER_GONE_ERROR:  // 2006
    case CR_SERVER_LOST:        // 2013: dropped during the handshake
        return QStringLiteral("cannot reach the MySQL/MariaDB server at %1: %2").arg(server(), text);
    case ER_ACCESS_DENIED_ERROR: // 1045
        return QStringLiteral("the MySQL/MariaDB server at %1 refused user %2: wrong password or no access (%3)")
                   .arg(server(), user, text);
    case ER_BAD_DB_ERROR: // 1049
        return QStringLiteral("the MySQL/MariaDB server at %1 has no database '%2'").arg(server(), m_endpoint.database);
    case CR_SSL_CONNECTION_ERROR: // 2026
        return QStringLiteral("TLS with the MySQL/MariaDB server at %1 failed: %2").arg(server(), text);
    default:
        return QStringLiteral("cannot connect to the MySQL/MariaDB server at %1 as %2: %3 (error %4)")
            .arg(server(), user, text).arg(number);
    }
}

bool MyConnection::open(QString *error)
{
    close();
    if (!QSqlDatabase::isDriverAvailable(driverName)) {
        *error = QStringLiteral("Qt's MySQL driver (QMYSQL) is not installed; on Debian install libqt6sql6-mysql");
        return false;
    }
    QString optionError;
    const QString options = connectOptions(&optionError);
    if (!optionError.isEmpty()) {
        *error = optionError;
        return false;
    }
    static std::atomic<quint64> counter{0};
    m_name = QStringLiteral("barge-mysql-%1").arg(counter.fetch_add(1));
    m_db = QSqlDatabase::addDatabase(driverName, m_name);
    if (!m_endpoint.host.isEmpty())
        m_db.setHostName(m_endpoint.host);
    if (m_endpoint.port > 0)
        m_db.setPort(m_endpoint.port);
    m_db.setDatabaseName(m_endpoint.database);
    if (!m_endpoint.user.isEmpty())
        m_db.setUserName(m_endpoint.user);
    const QString password = !m_endpoint.password.isEmpty() ? m_endpoint.password : qEnvironmentVariable("MYSQL_PWD");
    if (!password.isEmpty())
        m_db.setPassword(password);
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        const QSqlError failure = m_db.lastError();
        *error = explainFailure(failure.nativeErrorCode().toUInt(), failure.databaseText());
        close();
        return false;
    }
    // The handle's type name is "st_mysql*" with MariaDB's headers: ask the driver what it is.
    const QVariant handle = m_db.driver()->handle();
    if (m_db.driver()->dbmsType() != QSqlDriver::MySqlServer || !handle.isValid() || !handle.data()
        || !(m_native = *static_cast<MYSQL *const *>(handle.constData()))) {
        *error = QStringLiteral("%1: the QMYSQL driver gave no native connection").arg(server());
        close();
        return false;
    }
    mysql_set_local_infile_handler(m_native, &MyConnection::infileInit, &MyConnection::infileRead,
                                   &MyConnection::infileEnd, &MyConnection::infileError, this);
    m_mariaDb = QByteArray(mysql_get_server_info(m_native)).contains("MariaDB");
    if (!checkTls(error) || !run(QByteArray(sessionSetup), error)) {
        if (error->isEmpty())
            *error = server() + QStringLiteral(": session setup failed");
        close();
        return false;
    }
    return true;
}

void MyConnection::close()
{
    m_native = nullptr;
    m_infile = nullptr;
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

bool MyConnection::run(const QByteArray &sql, QString *error)
{
    m_affectedRows = -1;
    m_warnings = 0;
    if (!m_native) {
        *error = server() + QStringLiteral(": not connected");
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

bool MyConnection::query(const QString &sql, MyResult *result, QString *error)
{
    if (!m_native) {
        *error = server() + QStringLiteral(": not connected");
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
    *result = MyResult(stored);
    return true;
}

unsigned int MyConnection::errorNumber() const
{
    return m_native ? mysql_errno(m_native) : CR_SERVER_GONE_ERROR;
}

QByteArray MyConnection::sqlState() const
{
    return m_native ? QByteArray(mysql_sqlstate(m_native)) : QByteArray("HY000");
}

QString MyConnection::errorText() const
{
    return m_native ? serverText(m_native) : QStringLiteral("not connected");
}

QString MyConnection::quoteString(const QString &text)
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

int MyConnection::infileInit(void **state, const char *fileName, void *userData)
{
    Q_UNUSED(fileName) // whatever the server names, only the armed source is ever read
    auto *self = static_cast<MyConnection *>(userData);
    *state = self;
    return self->m_infile ? 0 : 1;
}

int MyConnection::infileRead(void *state, char *buffer, unsigned int size)
{
    const InfileSource &source = static_cast<MyConnection *>(state)->m_infile;
    return source ? int(source(buffer, qsizetype(size))) : -1;
}

void MyConnection::infileEnd(void *state)
{
    Q_UNUSED(state)
}

int MyConnection::infileError(void *state, char *message, unsigned int size)
{
    const bool armed = state && static_cast<MyConnection *>(state)->m_infile;
    std::snprintf(message, size, "%s",
                  armed ? "Barge stopped sending rows (a value it cannot write)"
                        : "Barge sends no local files: the server asked for one it was not offered");
    return CR_UNKNOWN_ERROR;
}

} // namespace barge
