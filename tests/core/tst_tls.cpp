// TLS against the throwaway servers (scripts/servers.sh gives both a certificate for localhost and
// 127.0.0.1 from a throwaway CA, and listens on 127.0.0.2 too, which the certificate does not name):
// PostgreSQL sslmode and MariaDB ssl-mode verify the chain and the host name, refuse a wrong CA and
// a wrong host with a message that says TLS, and a URL that asks for TLS never connects without it:
// not through a Unix socket, not to a server that offers no TLS (NoTlsServer), and then before the
// login is sent. The same through the real `barge` executable.

#include "io/mariadb/mariadbconnection.h"
#include "io/postgres/pgconnection.h"
#include "notlsserver.h"
#include "testservers.h"

#include <QProcess>
#include <QTest>

using namespace barge;
using barge::test::NoTlsServer;
using barge::test::TestServers;

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void postgresVerifiesCertificateAndHost_data();
    void postgresVerifiesCertificateAndHost();
    void postgresRefusesTlsOverUnixSocket();
    void postgresRefusesServerWithoutTls_data();
    void postgresRefusesServerWithoutTls();
    void mariaDbVerifiesCertificateAndHost_data();
    void mariaDbVerifiesCertificateAndHost();
    void mariaDbSpeaksTlsOverUnixSocket();
    void mariaDbRefusesServerWithoutTls_data();
    void mariaDbRefusesServerWithoutTls();
    void commandLineVerifiesHost_data();
    void commandLineVerifiesHost();

private:
    Endpoint pg(const QString &host, const QString &mode, const QString &ca) const;
    Endpoint my(const QString &host, const QString &mode, const QString &ca) const;
    QString caFile(const QString &which) const;

    TestServers m_servers;
    Endpoint m_pg;
    Endpoint m_my;
};

void TestTls::initTestCase()
{
    QString error;
    const auto servers = barge::test::testServers(&error);
    if (!servers)
        QFAIL(qPrintable(error));
    m_servers = *servers;
    m_pg = *Endpoint::parse(m_servers.pgUrl, &error);
    m_my = *Endpoint::parse(m_servers.mysqlUrl, &error);
    QVERIFY(QFile::exists(m_servers.caFile));
    QVERIFY(QFile::exists(m_servers.otherCaFile));
}

QString TestTls::caFile(const QString &which) const
{
    return which == QLatin1String("right") ? m_servers.caFile
        : which == QLatin1String("other")  ? m_servers.otherCaFile
                                           : QString();
}

Endpoint TestTls::pg(const QString &host, const QString &mode, const QString &ca) const
{
    Endpoint e = m_pg;
    e.host = host == QLatin1String("uncertified") ? m_servers.uncertifiedHost : host;
    e.options.insert(QStringLiteral("sslmode"), mode);
    if (!caFile(ca).isEmpty())
        e.options.insert(QStringLiteral("sslrootcert"), caFile(ca));
    return e;
}

Endpoint TestTls::my(const QString &host, const QString &mode, const QString &ca) const
{
    Endpoint e = m_my;
    e.host = host == QLatin1String("uncertified") ? m_servers.uncertifiedHost : host;
    e.options.insert(QStringLiteral("ssl-mode"), mode);
    if (!caFile(ca).isEmpty())
        e.options.insert(QStringLiteral("ssl-ca"), caFile(ca));
    return e;
}

// host: a name or "uncertified"; ca: "right", "other" or ""; refusal: a part of the error, or ""
// when the connection must open, encrypted.
void TestTls::postgresVerifiesCertificateAndHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("ca");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("verify-full localhost") << "localhost" << "verify-full" << "right" << "";
    QTest::newRow("verify-full 127.0.0.1") << "127.0.0.1" << "verify-full" << "right" << "";
    QTest::newRow("verify-full host not in the certificate")
        << "uncertified" << "verify-full" << "right" << "does not match host name";
    QTest::newRow("verify-full wrong CA") << "localhost" << "verify-full" << "other" << "certificate verify failed";
    QTest::newRow("verify-ca host not in the certificate") << "uncertified" << "verify-ca" << "right" << "";
    QTest::newRow("verify-ca wrong CA") << "127.0.0.1" << "verify-ca" << "other" << "certificate verify failed";
    QTest::newRow("require, no CA") << "uncertified" << "require" << "" << "";
}

void TestTls::postgresVerifiesCertificateAndHost()
{
    QFETCH(QString, host);
    QFETCH(QString, mode);
    QFETCH(QString, ca);
    QFETCH(QString, refusal);
    PgConnection connection(pg(host, mode, ca));
    QString error;
    const bool opened = connection.open(&error);
    if (!refusal.isEmpty()) {
        QVERIFY2(!opened, "connected although the certificate should have been refused");
        QVERIFY2(error.startsWith(QLatin1String("TLS with PostgreSQL at ")), qPrintable(error));
        QVERIFY2(error.contains(refusal), qPrintable(error));
        QVERIFY(!error.contains(m_servers.password));
        return;
    }
    QVERIFY2(opened, qPrintable(error));
    const PgResult ssl = connection.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
    QVERIFY2(ssl.ok(), qPrintable(ssl.message()));
    QCOMPARE(ssl.text(0, 0), QStringLiteral("t"));
}

void TestTls::postgresRefusesTlsOverUnixSocket()
{
    // libpq itself ignores sslmode on a socket and would connect in the clear.
    for (const QString &mode : {QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")}) {
        Endpoint socket = pg(QString(), mode, QStringLiteral("right"));
        socket.options.insert(QStringLiteral("host"), m_servers.pgSocket);
        PgConnection connection(socket);
        QString error;
        QVERIFY2(!connection.open(&error), qPrintable(mode));
        QVERIFY2(error.contains(QLatin1String("is a Unix socket, which never carries TLS")), qPrintable(error));
        QVERIFY2(error.startsWith(QStringLiteral("sslmode=") + mode), qPrintable(error));
    }
    // Asking for no TLS, or only TLS when offered, the socket works.
    Endpoint prefer = pg(QString(), QStringLiteral("prefer"), QString());
    prefer.options.insert(QStringLiteral("host"), m_servers.pgSocket);
    PgConnection connection(prefer);
    QString error;
    QVERIFY2(connection.open(&error), qPrintable(error));
}

void TestTls::postgresRefusesServerWithoutTls_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("loginSent");
    QTest::newRow("require") << "require" << false;
    QTest::newRow("verify-ca") << "verify-ca" << false;
    QTest::newRow("verify-full") << "verify-full" << false;
    QTest::newRow("prefer (TLS only when offered)") << "prefer" << true;
}

void TestTls::postgresRefusesServerWithoutTls()
{
    QFETCH(QString, mode);
    QFETCH(bool, loginSent);
    NoTlsServer server(NoTlsServer::Protocol::Postgres);
    QVERIFY(server.port() > 0);
    Endpoint e = pg(QStringLiteral("127.0.0.1"), mode, QStringLiteral("right"));
    e.port = server.port();
    PgConnection connection(e);
    QString error;
    QVERIFY(!connection.open(&error));
    const QByteArray sent = server.finish();
    QCOMPARE(server.connections(), 1);
    // The startup packet names the user; without TLS it must never go out when TLS was asked for.
    QCOMPARE(sent.contains("barge"), loginSent);
    if (!loginSent) {
        QVERIFY2(error.startsWith(QLatin1String("TLS with PostgreSQL at 127.0.0.1:")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("server does not support SSL, but SSL was required")), qPrintable(error));
    }
}

void TestTls::mariaDbVerifiesCertificateAndHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("ca");
    QTest::addColumn<QString>("refusal");
    // MariaDB's "localhost" is its Unix socket: mariaDbSpeaksTlsOverUnixSocket.
    QTest::newRow("VERIFY_IDENTITY 127.0.0.1") << "127.0.0.1" << "VERIFY_IDENTITY" << "right" << "";
    QTest::newRow("VERIFY_IDENTITY host not in the certificate")
        << "uncertified" << "VERIFY_IDENTITY" << "right" << "does not name the host";
    QTest::newRow("VERIFY_IDENTITY wrong CA") << "127.0.0.1" << "VERIFY_IDENTITY" << "other" << "TLS with";
    QTest::newRow("VERIFY_IDENTITY without CA") << "127.0.0.1" << "VERIFY_IDENTITY" << "" << "needs ssl-ca=FILE";
    QTest::newRow("VERIFY_CA host not in the certificate") << "uncertified" << "VERIFY_CA" << "right" << "";
    QTest::newRow("VERIFY_CA wrong CA") << "127.0.0.1" << "VERIFY_CA" << "other" << "TLS with";
    QTest::newRow("REQUIRED, no CA") << "uncertified" << "REQUIRED" << "" << "";
    QTest::newRow("PREFERRED, no CA") << "127.0.0.1" << "PREFERRED" << "" << "";
}

void TestTls::mariaDbVerifiesCertificateAndHost()
{
    QFETCH(QString, host);
    QFETCH(QString, mode);
    QFETCH(QString, ca);
    QFETCH(QString, refusal);
    MariaDbConnection connection(my(host, mode, ca));
    QString error;
    const bool opened = connection.open(&error);
    if (!refusal.isEmpty()) {
        QVERIFY2(!opened, "connected although the certificate should have been refused");
        QVERIFY2(error.contains(refusal), qPrintable(error));
        QVERIFY(!error.contains(m_servers.password));
        return;
    }
    QVERIFY2(opened, qPrintable(error));
    MariaDbResult cipher;
    QVERIFY2(connection.query(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'"), &cipher, &error), qPrintable(error));
    QVERIFY(cipher.next());
    QVERIFY2(cipher.text(1).startsWith(QLatin1String("TLS_")), qPrintable(cipher.text(1)));
}

void TestTls::mariaDbSpeaksTlsOverUnixSocket()
{
    // Unlike PostgreSQL, MariaDB speaks TLS on its socket too, so a required mode holds there as
    // well, and the certificate's "localhost" is the host checked.
    for (const QString &mode : {QStringLiteral("REQUIRED"), QStringLiteral("VERIFY_IDENTITY")}) {
        Endpoint socket = my(QStringLiteral("localhost"), mode, QStringLiteral("right"));
        socket.port = 0;
        socket.options.insert(QStringLiteral("socket"), m_servers.mysqlSocket);
        MariaDbConnection connection(socket);
        QString error;
        QVERIFY2(connection.open(&error), qPrintable(mode + QStringLiteral(": ") + error));
        MariaDbResult cipher;
        QVERIFY2(connection.query(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'"), &cipher, &error),
                 qPrintable(error));
        QVERIFY(cipher.next());
        QVERIFY2(cipher.text(1).startsWith(QLatin1String("TLS_")), qPrintable(mode));
    }
}

// Connector/C 3.3 refuses a server without TLS before the login only when it checks the host
// name (VERIFY_IDENTITY); in REQUIRED and VERIFY_CA the login (user name, hashed challenge answer)
// goes out first and Barge refuses the connection right after it, before any statement. In no mode
// does the password itself go out in clear text: Barge does not allow the clear-text plugins
// (mysql_clear_password, dialog) unless the server's identity is verified.
void TestTls::mariaDbRefusesServerWithoutTls_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("askForClearPassword");
    QTest::addColumn<bool>("loginSent");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("REQUIRED") << "REQUIRED" << false << true << "is not encrypted";
    QTest::newRow("VERIFY_CA") << "VERIFY_CA" << false << true << "is not encrypted";
    QTest::newRow("VERIFY_IDENTITY") << "VERIFY_IDENTITY" << false << false
                                     << "SSL is required, but the server does not support it";
    QTest::newRow("REQUIRED, clear password asked") << "REQUIRED" << true << true << "would send the password in clear text";
    QTest::newRow("PREFERRED, clear password asked") << "PREFERRED" << true << true << "would send the password in clear text";
    QTest::newRow("DISABLED, clear password asked") << "DISABLED" << true << true << "would send the password in clear text";
    QTest::newRow("VERIFY_IDENTITY, clear password asked")
        << "VERIFY_IDENTITY" << true << false << "SSL is required, but the server does not support it";
}

void TestTls::mariaDbRefusesServerWithoutTls()
{
    QFETCH(QString, mode);
    QFETCH(bool, askForClearPassword);
    QFETCH(bool, loginSent);
    QFETCH(QString, refusal);
    NoTlsServer server(NoTlsServer::Protocol::MariaDb, askForClearPassword);
    QVERIFY(server.port() > 0);
    Endpoint e = my(QStringLiteral("127.0.0.1"), mode, QStringLiteral("right"));
    e.port = server.port();
    MariaDbConnection connection(e);
    QString error;
    QVERIFY(!connection.open(&error));
    const QByteArray sent = server.finish();
    QCOMPARE(server.connections(), 1);
    QCOMPARE(sent.contains("barge"), loginSent); // the handshake response carries the user name
    QVERIFY(!sent.contains(m_servers.password.toUtf8()));
    QVERIFY2(error.contains(refusal), qPrintable(error));
}

void TestTls::commandLineVerifiesHost_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString pgPort = QString::number(m_servers.pgPort);
    const QString myPort = QString::number(m_servers.mysqlPort);
    const QString ca = QStringLiteral("&sslrootcert=") + m_servers.caFile;
    const QString myCa = QStringLiteral("&ssl-ca=") + m_servers.caFile;
    QTest::newRow("postgresql verify-full localhost")
        << "postgresql://barge@localhost:" + pgPort + "/barge_test?sslmode=verify-full" + ca << 0 << "";
    QTest::newRow("postgresql verify-full wrong host")
        << "postgresql://barge@" + m_servers.uncertifiedHost + ":" + pgPort + "/barge_test?sslmode=verify-full" + ca
        << 1 << "does not match host name";
    QTest::newRow("mariadb VERIFY_IDENTITY 127.0.0.1")
        << "mariadb://barge@127.0.0.1:" + myPort + "/barge_test?ssl-mode=VERIFY_IDENTITY" + myCa << 0 << "";
    QTest::newRow("mariadb VERIFY_IDENTITY wrong host")
        << "mariadb://barge@" + m_servers.uncertifiedHost + ":" + myPort + "/barge_test?ssl-mode=VERIFY_IDENTITY" + myCa
        << 1 << "does not name the host";
}

void TestTls::commandLineVerifiesHost()
{
    QFETCH(QString, url);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QProcess barge;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), m_servers.password);
    env.insert(QStringLiteral("MYSQL_PWD"), m_servers.password);
    barge.setProcessEnvironment(env);
    barge.setStandardInputFile(QProcess::nullDevice());
    barge.start(qEnvironmentVariable("BARGE_EXE"), {QStringLiteral("inspect"), url});
    QVERIFY(barge.waitForFinished(-1));
    const QString err = QString::fromUtf8(barge.readAllStandardError());
    QCOMPARE(barge.exitCode(), exitCode);
    if (!message.isEmpty())
        QVERIFY2(err.contains(message), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
