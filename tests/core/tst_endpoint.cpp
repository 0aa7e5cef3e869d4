// Endpoint URL grammar: what parses into which fields, what is refused with which message, and that
// toUrl() gives back a URL that parses to the same endpoint.

#include "endpoint/endpoint.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace barge;

Q_DECLARE_METATYPE(barge::EndpointKind)

namespace {

// "k=v&k2=v2" in key order: a readable way to state the expected options in a data row.
QString optionsText(const QMap<QString, QString> &options)
{
    QStringList pairs;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        pairs << it.key() + QLatin1Char('=') + it.value();
    return pairs.join(QLatin1Char('&'));
}

Endpoint mustParse(const QString &url)
{
    QString error;
    const std::optional<Endpoint> endpoint = Endpoint::parse(url, &error);
    if (!endpoint)
        qWarning("parse failed for %s: %s", qPrintable(url), qPrintable(error));
    return endpoint.value_or(Endpoint());
}

} // namespace

class TestEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseGood_data();
    void parseGood();
    void parseBad_data();
    void parseBad();
    void roundTrip_data();
    void roundTrip();
    void percentEncodingRoundTrip_data();
    void percentEncodingRoundTrip();
    void passwordNotInUrlByDefault();
    void everyKindIsDocumented();
    void csvExistingDirectoryIsFolder();
    void displayName_data();
    void displayName();
    void dialect_data();
    void dialect();
    void resolvedAgainst_data();
    void resolvedAgainst();
    void relativeTo_data();
    void relativeTo();
};

void TestEndpoint::parseGood_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<EndpointKind>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("folder");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");

    const auto file = [](const char *tag, const QString &url, EndpointKind kind, const QString &path, bool folder,
                         const QString &options = QString()) {
        QTest::newRow(tag) << url << kind << path << folder << QString() << 0 << QString() << QString() << QString()
                           << options;
    };
    const auto server = [](const char *tag, const QString &url, EndpointKind kind, const QString &host, int port,
                           const QString &user, const QString &password, const QString &database,
                           const QString &options = QString()) {
        QTest::newRow(tag) << url << kind << QString() << false << host << port << user << password << database
                           << options;
    };
    const EndpointKind sqlite = EndpointKind::Sqlite;
    const EndpointKind csv = EndpointKind::Csv;
    const EndpointKind pg = EndpointKind::Postgres;
    const EndpointKind my = EndpointKind::MySql;

    file("sqlite absolute", "sqlite:///data/shop.db", sqlite, "/data/shop.db", false);
    file("sqlite relative", "sqlite:shop.db", sqlite, "shop.db", false);
    file("sqlite relative subfolder", "sqlite:data/shop.db", sqlite, "data/shop.db", false);
    file("sqlite dot relative", "sqlite:./shop.db", sqlite, "./shop.db", false);
    file("sqlite single slash absolute", "sqlite:/data/shop.db", sqlite, "/data/shop.db", false);
    file("sqlite upper-case scheme", "SQLite:shop.db", sqlite, "shop.db", false);
    file("sqlite surrounding spaces", "  sqlite:shop.db \n", sqlite, "shop.db", false);
    file("sqlite encoded space", "sqlite:///data/my%20shop.db", sqlite, "/data/my shop.db", false);
    file("sqlite raw space", "sqlite:my shop.db", sqlite, "my shop.db", false);
    file("sqlite encoded question mark", "sqlite:what%3F.db", sqlite, "what?.db", false);
    file("sqlite non-ascii", QStringLiteral("sqlite:caf\u00e9.db"), sqlite, QStringLiteral("caf\u00e9.db"), false);
    file("sqlite encoded utf-8", "sqlite:caf%C3%A9.db", sqlite, QStringLiteral("caf\u00e9.db"), false);
    // Qt would read ":x.db" as one of the program's resources, not as a file.
    file("sqlite leading colon", "sqlite::x.db", sqlite, "./:x.db", false);
    file("csv leading colon folder", "csv::exports/", csv, "./:exports", true);
    file("csv file", "csv:///exports/orders.csv", csv, "/exports/orders.csv", false);
    file("csv folder", "csv:///exports/", csv, "/exports", true);
    file("csv relative folder", "csv:exports/", csv, "exports", true);
    file("csv dot folder", "csv:./", csv, ".", true);
    file("csv root folder", "csv:///", csv, "/", true);
    file("csv options", "csv:///x/a.csv?delimiter=;&quote=\"&header=false&encoding=latin1&null=NULL", csv,
         "/x/a.csv", false, "delimiter=;&encoding=latin1&header=false&null=NULL&quote=\"");
    file("csv encoded tab delimiter", "csv:a.csv?delimiter=%09", csv, "a.csv", false, "delimiter=\t");
    file("csv encoded ampersand delimiter", "csv:a.csv?delimiter=%26", csv, "a.csv", false, "delimiter=&");
    file("csv empty quote and null", "csv:a.csv?quote=&null=", csv, "a.csv", false, "null=&quote=");
    file("csv trailing ampersand", "csv:a.csv?header=true&", csv, "a.csv", false, "header=true");

    server("postgresql full", "postgresql://alice:s3cret@db.example.com:5433/shop", pg, "db.example.com", 5433,
           "alice", "s3cret", "shop");
    server("postgres alias", "postgres://alice@localhost/shop", pg, "localhost", 0, "alice", "", "shop");
    server("postgresql no user", "postgresql://db/shop", pg, "db", 0, "", "", "shop");
    server("postgresql empty host", "postgresql:///shop", pg, "", 0, "", "", "shop");
    server("postgresql socket dir", "postgresql://alice@/shop?host=/var/run/postgresql", pg, "", 0, "alice", "",
           "shop", "host=/var/run/postgresql");
    server("postgresql ipv6", "postgresql://bob@[::1]:5432/app", pg, "::1", 5432, "bob", "", "app");
    server("postgresql ipv6 no port", "postgresql://bob@[fe80::1:2]/app", pg, "fe80::1:2", 0, "bob", "", "app");
    server("postgresql encoded password", "postgresql://alice:p%40ss%3Aw%2Frd@h/shop", pg, "h", 0, "alice",
           "p@ss:w/rd", "shop");
    server("postgresql raw at in password", "postgresql://alice:p@ss@h/shop", pg, "h", 0, "alice", "p@ss", "shop");
    server("postgresql empty password", "postgresql://alice:@h/shop", pg, "h", 0, "alice", "", "shop");
    server("postgresql encoded user and db", "postgresql://al%20ice@h/my%2Fdb", pg, "h", 0, "al ice", "", "my/db");
    server("postgresql all options",
           "postgresql://a@h/d?sslmode=verify-full&schema=sales&sslrootcert=/etc/ca.pem&connect_timeout=10"
           "&application_name=barge%20run",
           pg, "h", 0, "a", "", "d",
           "application_name=barge run&connect_timeout=10&schema=sales&sslmode=verify-full&sslrootcert=/etc/ca.pem");
    server("postgresql sslmode case folded", "postgresql://a@h/d?sslmode=REQUIRE", pg, "h", 0, "a", "", "d",
           "sslmode=require");
    server("postgresql port 1", "postgresql://h:1/d", pg, "h", 1, "", "", "d");
    server("postgresql port 65535", "postgresql://h:65535/d", pg, "h", 65535, "", "", "d");
    server("mysql full", "mysql://root:pw@127.0.0.1:3306/shop", my, "127.0.0.1", 3306, "root", "pw", "shop");
    server("mariadb alias", "mariadb://app@db/shop", my, "db", 0, "app", "", "shop");
    server("mysql socket", "mysql://app@/shop?socket=/run/mysqld/mysqld.sock", my, "", 0, "app", "", "shop",
           "socket=/run/mysqld/mysqld.sock");
    server("mysql socket with localhost", "mysql://app@localhost/shop?socket=/tmp/my.sock", my, "localhost", 0, "app",
           "", "shop", "socket=/tmp/my.sock");
    server("mysql ssl options", "mysql://a@h/d?ssl-mode=verify_identity&ssl-ca=/etc/ca.pem&connect_timeout=5", my,
           "h", 0, "a", "", "d", "connect_timeout=5&ssl-ca=/etc/ca.pem&ssl-mode=VERIFY_IDENTITY");
}

void TestEndpoint::parseGood()
{
    QFETCH(QString, url);
    QString error;
    const std::optional<Endpoint> endpoint = Endpoint::parse(url, &error);
    QVERIFY2(endpoint, qPrintable(error));
    QTEST(endpoint->kind, "kind");
    QTEST(endpoint->path, "path");
    QTEST(endpoint->folder, "folder");
    QTEST(endpoint->host, "host");
    QTEST(endpoint->port, "port");
    QTEST(endpoint->user, "user");
    QTEST(endpoint->password, "password");
    QTEST(endpoint->database, "database");
    QTEST(optionsText(endpoint->options), "options");
}

void TestEndpoint::parseBad_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message"); // a fragment of the error naming the wrong part

    QTest::newRow("empty") << "" << "empty URL";
    QTest::newRow("no scheme") << "shop.db" << "missing URL scheme in 'shop.db'";
    QTest::newRow("path without scheme") << "/data/x:y.db" << "missing URL scheme";
    QTest::newRow("no scheme with user info") << "//alice:pw@h/d" << "missing URL scheme (write e.g.";
    QTest::newRow("unknown scheme")
        << "postgress://a@h/d"
        << QStringLiteral("unknown URL scheme 'postgress' (known: %1)").arg(EndpointKinds::schemes().join(QStringLiteral(", ")));
    QTest::newRow("sqlite missing path") << "sqlite:" << "sqlite URL: missing file path";
    QTest::newRow("sqlite three slashes only") << "sqlite:///" << "sqlite URL: path '/' names a folder";
    QTest::newRow("sqlite host part") << "sqlite://data/shop.db"
                                      << "sqlite URL: unexpected host 'data' after 'sqlite://'; use three slashes";
    QTest::newRow("sqlite host only") << "sqlite://shop.db" << "unexpected host 'shop.db'";
    QTest::newRow("sqlite folder path") << "sqlite:data/" << "sqlite URL: path 'data/' names a folder";
    QTest::newRow("sqlite dot-dot path") << "sqlite:///x/.." << "sqlite URL: path '/x/..' names a folder";
    QTest::newRow("sqlite dot path") << "sqlite:." << "sqlite URL: path '.' names a folder";
    QTest::newRow("sqlite option") << "sqlite:a.db?mode=ro" << "sqlite URL: unknown option 'mode' (known: encoding)";
    QTest::newRow("sqlite encoding") << "sqlite:a.db?encoding=koi8-r"
                                     << "sqlite URL: encoding 'koi8-r' is not one of windows-1252, latin1";
    QTest::newRow("csv host part") << "csv://exports/a.csv" << "csv URL: unexpected host 'exports'";
    QTest::newRow("csv missing path") << "csv:?delimiter=;" << "csv URL: missing file path";
    QTest::newRow("csv unknown option")
        << "csv:a.csv?delimitor=;"
        << "csv URL: unknown option 'delimitor' (known: delimiter, quote, header, encoding, null, locale, decimal, thousands, minus, currency, percent, date, time, pivot, bool)";
    QTest::newRow("csv empty delimiter") << "csv:a.csv?delimiter=" << "csv URL: option 'delimiter' needs a value";
    QTest::newRow("csv option without value") << "csv:a.csv?header" << "csv URL: option 'header' has no value";
    QTest::newRow("csv option twice") << "csv:a.csv?header=1&header=0" << "option 'header' is given twice";
    QTest::newRow("bad percent in path") << "sqlite:100%.db" << "bad percent-encoding '%.d' in the file path";
    QTest::newRow("truncated percent") << "sqlite:a.db%2" << "bad percent-encoding '%2' in the file path";
    QTest::newRow("invalid utf-8") << "sqlite:%FF.db" << "the file path is not valid UTF-8";
    // A sequence cut short at the end used to vanish: "/%DC" was an empty database name.
    QTest::newRow("utf-8 cut short in database") << "postgres://alice:@db/%dc"
                                                 << "the database name is not valid UTF-8";
    QTest::newRow("utf-8 cut short in path") << "sqlite:caf%C3" << "the file path is not valid UTF-8";
    QTest::newRow("pg no slashes") << "postgresql:alice@h/d" << "postgresql URL: expected '//' after 'postgresql:'";
    QTest::newRow("pg port too big") << "postgresql://a@h:99999/d"
                                     << "postgresql URL: port '99999' is not a number from 1 to 65535";
    QTest::newRow("pg port zero") << "postgresql://a@h:0/d" << "port '0' is not a number from 1 to 65535";
    QTest::newRow("pg port letters") << "postgresql://a@h:pg/d" << "port 'pg' is not a number";
    QTest::newRow("pg port empty") << "postgresql://a@h:/d" << "port '' is not a number";
    QTest::newRow("pg port negative") << "postgresql://a@h:-1/d" << "port '-1' is not a number";
    QTest::newRow("pg missing database")
        << "postgresql://a@h" << "postgresql URL: missing database name (postgresql://user@host/DATABASE)";
    QTest::newRow("pg empty database") << "postgresql://a@h/" << "postgresql URL: missing database name";
    QTest::newRow("postgres alias named in message") << "postgres://a@h" << "postgres URL: missing database name";
    QTest::newRow("pg slash in database") << "postgresql://a@h/d/e" << "database name 'd/e' contains '/'";
    QTest::newRow("pg unknown option")
        << "postgresql://a@h/d?sslmod=require"
        << "postgresql URL: unknown option 'sslmod' (known: sslmode, schema, host, sslrootcert, connect_timeout, "
           "application_name)";
    QTest::newRow("pg bad sslmode")
        << "postgresql://a@h/d?sslmode=maybe"
        << "postgresql URL: sslmode 'maybe' is not one of disable, allow, prefer, require, verify-ca, verify-full";
    QTest::newRow("pg bad timeout") << "postgresql://a@h/d?connect_timeout=soon"
                                    << "connect_timeout 'soon' is not a whole number of seconds";
    QTest::newRow("pg relative socket dir") << "postgresql://a@/d?host=run/pg" << "host 'run/pg' is not an absolute path";
    QTest::newRow("pg host and socket dir") << "postgresql://a@h/d?host=/run/pg"
                                            << "host is given both as 'h' and as ?host=/run/pg";
    QTest::newRow("pg empty schema") << "postgresql://a@h/d?schema=" << "option 'schema' needs a value";
    QTest::newRow("pg unbracketed ipv6") << "postgresql://a@::1/d" << "write an IPv6 address in brackets";
    QTest::newRow("pg unclosed ipv6") << "postgresql://a@[::1/d" << "IPv6 address '[::1' is missing its closing ']'";
    QTest::newRow("pg bracketed name") << "postgresql://a@[db]/d" << "'[db]' is not an IPv6 address";
    QTest::newRow("pg junk after ipv6") << "postgresql://a@[::1]x/d" << "unexpected 'x' after the IPv6 address";
    QTest::newRow("pg space in host") << "postgresql://a@d b/d" << "host 'd b' contains ' '";
    QTest::newRow("pg bad password encoding") << "postgresql://a:%zz@h/d" << "bad percent-encoding in the password";
    QTest::newRow("mysql bad ssl-mode")
        << "mysql://a@h/d?ssl-mode=ON"
        << "mysql URL: ssl-mode 'ON' is not one of DISABLED, PREFERRED, REQUIRED, VERIFY_CA, VERIFY_IDENTITY";
    QTest::newRow("mysql pg option") << "mysql://a@h/d?sslmode=require"
                                     << "mysql URL: unknown option 'sslmode' (known: socket, ssl-mode, ssl-ca, "
                                        "connect_timeout)";
    QTest::newRow("mariadb missing database") << "mariadb://a@h" << "mariadb URL: missing database name";
    QTest::newRow("mysql socket with remote host") << "mysql://a@db.example.com/d?socket=/tmp/s"
                                                   << "?socket= is only used with host localhost";
    QTest::newRow("mysql port too big") << "mysql://a@h:65536/d" << "mysql URL: port '65536' is not a number";
}

void TestEndpoint::parseBad()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    QString error;
    const std::optional<Endpoint> endpoint = Endpoint::parse(url, &error);
    QVERIFY2(!endpoint, qPrintable(QStringLiteral("accepted: ") + url));
    QVERIFY2(error.contains(message), qPrintable(QStringLiteral("got: ") + error));
    // The rows with a password spell it "pw" or "%zz": it must never be echoed.
    QVERIFY2(!error.contains(QStringLiteral("pw")) && !error.contains(QStringLiteral("zz")), qPrintable(error));
}

void TestEndpoint::roundTrip_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("sqlite absolute") << "sqlite:///data/shop.db" << "sqlite:///data/shop.db";
    QTest::newRow("sqlite single slash") << "sqlite:/data/shop.db" << "sqlite:///data/shop.db";
    QTest::newRow("sqlite relative") << "sqlite:data/shop.db" << "sqlite:data/shop.db";
    QTest::newRow("sqlite space") << "sqlite:my shop.db" << "sqlite:my%20shop.db";
    QTest::newRow("sqlite question mark") << "sqlite:///x/what%3F.db" << "sqlite:///x/what%3F.db";
    QTest::newRow("sqlite hash and percent") << "sqlite:a%23b%25c.db" << "sqlite:a%23b%25c.db";
    QTest::newRow("sqlite non-ascii") << "sqlite:caf%C3%A9.db" << QStringLiteral("sqlite:caf\u00e9.db");
    QTest::newRow("csv file") << "csv:///exports/a.csv" << "csv:///exports/a.csv";
    QTest::newRow("csv folder") << "csv:///exports//" << "csv:///exports/";
    QTest::newRow("csv relative folder") << "csv:exports/" << "csv:exports/";
    QTest::newRow("csv dot folder") << "csv:./" << "csv:./";
    QTest::newRow("csv root folder") << "csv:///" << "csv:///";
    QTest::newRow("csv options sorted") << "csv:a.csv?null=NULL&delimiter=;"
                                        << "csv:a.csv?delimiter=;&null=NULL";
    QTest::newRow("csv tab and ampersand") << "csv:a.csv?delimiter=%09&null=a%26b"
                                           << "csv:a.csv?delimiter=%09&null=a%26b";
    QTest::newRow("csv empty quote") << "csv:a.csv?quote=" << "csv:a.csv?quote=";
    // parse() trims the URL, so white space beyond ASCII is encoded too (found by fuzz_endpoint).
    QTest::newRow("no-break space kept") << "sqlite:a%C2%A0" << "sqlite:a%C2%A0";
    QTest::newRow("ideographic space in option") << "csv:a.csv?null=%E3%80%80" << "csv:a.csv?null=%E3%80%80";
    QTest::newRow("leading colon") << "sqlite::x.db" << "sqlite:./:x.db";
    QTest::newRow("pg minimal") << "postgresql://h/d" << "postgresql://h/d";
    QTest::newRow("pg keeps postgres spelling") << "postgres://alice@h/d" << "postgres://alice@h/d";
    QTest::newRow("pg password dropped") << "postgresql://alice:pw@h:5433/d" << "postgresql://alice@h:5433/d";
    QTest::newRow("pg empty host") << "postgresql:///d" << "postgresql:///d";
    QTest::newRow("pg socket") << "postgresql://alice@/d?host=/run/pg" << "postgresql://alice@/d?host=/run/pg";
    QTest::newRow("pg ipv6") << "postgresql://a@[::1]:5432/d" << "postgresql://a@[::1]:5432/d";
    QTest::newRow("pg encoded user") << "postgresql://a%40b%3Ac@h/d" << "postgresql://a%40b%3Ac@h/d";
    QTest::newRow("pg encoded database") << "postgresql://h/a%2Fb%3Fc" << "postgresql://h/a%2Fb%3Fc";
    QTest::newRow("pg sslmode canonical") << "postgresql://h/d?sslmode=Require" << "postgresql://h/d?sslmode=require";
    QTest::newRow("pg options") << "postgresql://h/d?schema=s&application_name=my%20app"
                                << "postgresql://h/d?application_name=my%20app&schema=s";
    QTest::newRow("mysql") << "mysql://root@db:3307/shop?ssl-mode=required" << "mysql://root@db:3307/shop?ssl-mode=REQUIRED";
    QTest::newRow("mariadb socket") << "mariadb://u@localhost/d?socket=/tmp/m.sock"
                                    << "mariadb://u@localhost/d?socket=/tmp/m.sock";
}

void TestEndpoint::roundTrip()
{
    QFETCH(QString, url);
    QFETCH(QString, canonical);
    const Endpoint first = mustParse(url);
    QCOMPARE(first.toUrl(), canonical);
    QString error;
    const std::optional<Endpoint> second = Endpoint::parse(first.toUrl(), &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(*second == first);
    QCOMPARE(second->toUrl(), canonical);
}

void TestEndpoint::percentEncodingRoundTrip_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("plain") << "plain";
    QTest::newRow("reserved") << "a@b:c/d?e#f&g=h[i]";
    QTest::newRow("percent") << "100%25%";
    QTest::newRow("spaces and tabs") << " lead\ttab trail ";
    QTest::newRow("plus stays plus") << "a+b";
    QTest::newRow("non-ascii") << QStringLiteral("p\u00e4ss\u20ac\U0001F600");
    QTest::newRow("quotes") << "it's \"quoted\"";
}

// Builds endpoints in code with awkward text in every encoded part and checks that toUrl(true) carries it
// through parse() unchanged, password included.
void TestEndpoint::percentEncodingRoundTrip()
{
    QFETCH(QString, text);

    Endpoint server;
    server.kind = EndpointKind::Postgres;
    server.host = QStringLiteral("db.example.com");
    server.port = 6432;
    server.user = text;
    server.password = text;
    server.database = text;
    server.options.insert(QStringLiteral("application_name"), text);
    const std::optional<Endpoint> parsedServer = Endpoint::parse(server.toUrl(true), nullptr);
    QVERIFY2(parsedServer, qPrintable(server.toUrl(true)));
    QVERIFY(*parsedServer == server);
    QCOMPARE(parsedServer->password, text);

    Endpoint file;
    file.kind = EndpointKind::Csv;
    file.path = QStringLiteral("/exports/") + text + QStringLiteral(".csv");
    file.options.insert(QStringLiteral("null"), text);
    const std::optional<Endpoint> parsedFile = Endpoint::parse(file.toUrl(), nullptr);
    QVERIFY2(parsedFile, qPrintable(file.toUrl()));
    QVERIFY(*parsedFile == file);
}

void TestEndpoint::passwordNotInUrlByDefault()
{
    const Endpoint pg = mustParse(QStringLiteral("postgresql://alice:hunter2@h/d"));
    QCOMPARE(pg.password, QStringLiteral("hunter2"));
    QVERIFY(!pg.toUrl().contains(QStringLiteral("hunter2")));
    QVERIFY(!pg.toUrl(false).contains(QStringLiteral("hunter2")));
    QVERIFY(!pg.displayName().contains(QStringLiteral("hunter2")));
    QCOMPARE(pg.toUrl(true), QStringLiteral("postgresql://alice:hunter2@h/d"));

    // A password without a user still needs the ':' so it is not read as the user name.
    Endpoint anonymous = mustParse(QStringLiteral("mysql://h/d"));
    anonymous.password = QStringLiteral("p:w");
    QCOMPARE(anonymous.toUrl(), QStringLiteral("mysql://h/d"));
    QCOMPARE(anonymous.toUrl(true), QStringLiteral("mysql://:p%3Aw@h/d"));
    QCOMPARE(mustParse(anonymous.toUrl(true)).password, QStringLiteral("p:w"));
}

void TestEndpoint::csvExistingDirectoryIsFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Endpoint endpoint = mustParse(QStringLiteral("csv://") + dir.path());
    QVERIFY(endpoint.folder);
    QCOMPARE(endpoint.path, dir.path());
    QCOMPARE(endpoint.toUrl(), QStringLiteral("csv://") + dir.path() + QLatin1Char('/'));
    QVERIFY(!mustParse(QStringLiteral("csv://") + dir.path() + QStringLiteral("/missing.csv")).folder);
}

void TestEndpoint::displayName_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("name");

    QTest::newRow("sqlite file") << "sqlite:///data/shop.db" << "shop.db";
    QTest::newRow("sqlite relative") << "sqlite:shop.db" << "shop.db";
    QTest::newRow("csv file") << "csv:///exports/orders.csv" << "orders.csv";
    QTest::newRow("csv folder") << "csv:///data/exports/" << "exports/";
    QTest::newRow("csv relative folder") << "csv:exports/" << "exports/";
    QTest::newRow("csv root") << "csv:///" << "/";
    QTest::newRow("pg") << "postgresql://alice:pw@db.example.com/shop" << "alice@db.example.com/shop";
    // Issue #23: two servers on one host differ by their port, so a port that is not the default shows.
    QTest::newRow("pg other port") << "postgresql://alice:pw@db.example.com:5433/shop" << "alice@db.example.com:5433/shop";
    QTest::newRow("pg default port") << "postgresql://alice@127.0.0.1:5432/shop" << "alice@127.0.0.1/shop";
    QTest::newRow("mysql other port") << "mariadb://bob@127.0.0.1:33061/legacy" << "bob@127.0.0.1:33061/legacy";
    QTest::newRow("mysql default port") << "mysql://bob@127.0.0.1:3306/legacy" << "bob@127.0.0.1/legacy";
    QTest::newRow("pg no user") << "postgresql://db/shop" << "db/shop";
    QTest::newRow("pg socket") << "postgresql://alice@/shop?host=/run/pg" << "alice@localhost/shop";
    QTest::newRow("pg empty host") << "postgresql:///shop" << "localhost/shop";
    QTest::newRow("mysql") << "mysql://root@127.0.0.1/shop" << "root@127.0.0.1/shop";
}

void TestEndpoint::displayName()
{
    QFETCH(QString, url);
    QTEST(mustParse(url).displayName(), "name");
}

void TestEndpoint::dialect_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("dialect");
    QTest::newRow("sqlite") << "sqlite:a.db" << int(Dialect::Sqlite);
    QTest::newRow("csv") << "csv:a.csv" << int(Dialect::Plain);
    QTest::newRow("postgresql") << "postgresql://h/d" << int(Dialect::Postgres);
    QTest::newRow("postgres") << "postgres://h/d" << int(Dialect::Postgres);
    QTest::newRow("mysql") << "mysql://h/d" << int(Dialect::MySql);
    QTest::newRow("mariadb") << "mariadb://h/d" << int(Dialect::MySql);
}

void TestEndpoint::dialect()
{
    QFETCH(QString, url);
    QTEST(int(mustParse(url).dialect()), "dialect");
}

void TestEndpoint::resolvedAgainst_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("baseDir");
    QTest::addColumn<QString>("resolved");

    QTest::newRow("relative file") << "sqlite:shop.db" << "/home/a/profiles" << "sqlite:///home/a/profiles/shop.db";
    QTest::newRow("dot and dotdot cleaned") << "sqlite:./x/../data/shop.db" << "/p"
                                            << "sqlite:///p/data/shop.db";
    QTest::newRow("parent folder") << "sqlite:../shop.db" << "/p/q" << "sqlite:///p/shop.db";
    QTest::newRow("csv folder keeps slash") << "csv:exports/" << "/p" << "csv:///p/exports/";
    QTest::newRow("csv dot folder") << "csv:./" << "/p" << "csv:///p/";
    QTest::newRow("csv options kept") << "csv:a.csv?delimiter=;" << "/p" << "csv:///p/a.csv?delimiter=;";
    QTest::newRow("absolute untouched") << "sqlite:///data/shop.db" << "/p" << "sqlite:///data/shop.db";
    QTest::newRow("absolute cleaned") << "sqlite:///data/x/.././shop.db" << "/p" << "sqlite:///data/shop.db";
    QTest::newRow("absolute cleaned into a folder") << "csv:///tmp/barge-gone/.." << "/p" << "csv:///tmp/";
    QTest::newRow("empty base untouched") << "sqlite:shop.db" << "" << "sqlite:shop.db";
    QTest::newRow("server untouched") << "postgresql://a@h/d" << "/p" << "postgresql://a@h/d";
}

void TestEndpoint::resolvedAgainst()
{
    QFETCH(QString, url);
    QFETCH(QString, baseDir);
    const Endpoint endpoint = mustParse(url);
    const Endpoint resolved = endpoint.resolvedAgainst(baseDir);
    QTEST(resolved.toUrl(), "resolved");
    QCOMPARE(resolved.isRelative(), endpoint.isRelative() && baseDir.isEmpty());
}

void TestEndpoint::relativeTo_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("baseDir");
    QTest::addColumn<QString>("relative");

    QTest::newRow("file in base") << "sqlite:///p/shop.db" << "/p" << "sqlite:shop.db";
    QTest::newRow("file below base") << "sqlite:///p/data/shop.db" << "/p" << "sqlite:data/shop.db";
    QTest::newRow("base with trailing slash") << "sqlite:///p/shop.db" << "/p/" << "sqlite:shop.db";
    QTest::newRow("file above base stays absolute") << "sqlite:///shop.db" << "/p" << "sqlite:///shop.db";
    QTest::newRow("sibling stays absolute") << "sqlite:///q/shop.db" << "/p" << "sqlite:///q/shop.db";
    QTest::newRow("prefix is not parent") << "sqlite:///pp/shop.db" << "/p" << "sqlite:///pp/shop.db";
    QTest::newRow("csv folder below") << "csv:///p/exports/" << "/p" << "csv:exports/";
    QTest::newRow("csv folder is base") << "csv:///p/" << "/p" << "csv:./";
    QTest::newRow("file cannot be the base") << "sqlite:///p" << "/p" << "sqlite:///p";
    QTest::newRow("csv file options kept") << "csv:///p/a.csv?header=false" << "/p" << "csv:a.csv?header=false";
    QTest::newRow("already relative") << "sqlite:shop.db" << "/p" << "sqlite:shop.db";
    QTest::newRow("empty base") << "sqlite:///p/shop.db" << "" << "sqlite:///p/shop.db";
    QTest::newRow("server untouched") << "mysql://a@h/d" << "/p" << "mysql://a@h/d";
}

void TestEndpoint::relativeTo()
{
    QFETCH(QString, url);
    QFETCH(QString, baseDir);
    const Endpoint endpoint = mustParse(url);
    const Endpoint relative = endpoint.relativeTo(baseDir);
    QTEST(relative.toUrl(), "relative");
    // Going back must land on the same file.
    if (!baseDir.isEmpty() && endpoint.isFileBased() && !endpoint.isRelative())
        QCOMPARE(relative.resolvedAgainst(baseDir).path, QDir::cleanPath(endpoint.path));
}

// One spelling of each kind's schemes and options (EndpointKinds, registered by the kinds' folders):
// docs/urls.md names every one of them, and the parser takes each option.
void TestEndpoint::everyKindIsDocumented()
{
    QFile file(qEnvironmentVariable("BARGE_SOURCE_DIR") + QStringLiteral("/docs/urls.md"));
    QVERIFY2(file.open(QIODevice::ReadOnly), "BARGE_SOURCE_DIR must name the source tree");
    const QString docs = QString::fromUtf8(file.readAll());
    const QList<KindInfo> kinds = EndpointKinds::all();
    QVERIFY(kinds.size() >= 4); // the four built in since the start and any other folder in BARGE_BACKENDS
    for (const KindInfo &kind : kinds) {
        QVERIFY(!kind.label.isEmpty());
        for (const QString &scheme : kind.schemes)
            QVERIFY2(docs.contains(scheme + u':'), qPrintable(scheme));
        for (const OptionSpec &option : kind.options) {
            QVERIFY2(docs.contains(u'`' + option.name + u'`'), qPrintable(kind.label + u' ' + option.name));
            const QString value = option.rule == ValueRule::OneOf ? option.choices.first()
                : option.rule == ValueRule::AbsolutePath           ? QStringLiteral("/run/x")
                : option.rule == ValueRule::WholeNumber            ? QStringLiteral("5")
                                                                   : QStringLiteral("x");
            const QString url = kind.isFile() ? kind.canonicalScheme() + QStringLiteral(":data?%1=%2").arg(option.name, value)
                                              : kind.canonicalScheme() + QStringLiteral("://u@/db?%1=%2").arg(option.name, value);
            QString error;
            const std::optional<Endpoint> parsed = Endpoint::parse(url, &error);
            QVERIFY2(parsed, qPrintable(url + QStringLiteral(": ") + error));
            QCOMPARE(parsed->info().kind, kind.kind);
            QCOMPARE(parsed->option(option.name), value);
        }
    }
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
