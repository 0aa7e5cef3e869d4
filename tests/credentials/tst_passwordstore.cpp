// PasswordStore against a real Secret Service (gnome-keyring in a private D-Bus session, started by
// support/with-keyring.sh): the account names an endpoint without its password, and a password
// written is read back, replaced, kept apart from other endpoints' and removed.

#include "credentials/passwordstore.h"

#include "waitfor.h"

#include <QTest>

using namespace barge;

namespace {

Endpoint parsed(const QString &url)
{
    QString error;
    const auto endpoint = Endpoint::parse(url, &error);
    if (!endpoint)
        qFatal("%s: %s", qPrintable(url), qPrintable(error));
    return *endpoint;
}

// A database name no other run of this test uses, so a leftover entry cannot make it pass.
QString uniqueDatabase()
{
    return QStringLiteral("db_%1_%2").arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
}

} // namespace

class TestPasswordStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountNamesTheEndpoint_data();
    void accountNamesTheEndpoint();
    void filesHaveNoAccount();
    void writesReadsReplacesAndRemoves();
    void endpointsDoNotShareAPassword();
    void readIsAsynchronous();
};

void TestPasswordStore::accountNamesTheEndpoint_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("postgres and postgresql") << "postgres://alice@db/shop" << "postgresql://alice@db/shop" << true;
    QTest::newRow("default port written") << "postgresql://alice@db/shop" << "postgresql://alice@db:5432/shop" << true;
    QTest::newRow("host letter case") << "mysql://bob@DB.example.com/x" << "mysql://bob@db.example.com/x" << true;
    QTest::newRow("mysql and mariadb") << "mysql://bob@db/x" << "mariadb://bob@db:3306/x" << true;
    QTest::newRow("password is not part of it") << "postgresql://alice:one@db/shop" << "postgresql://alice:two@db/shop"
                                                << true;
    QTest::newRow("schema is not part of it") << "postgresql://alice@db/shop?schema=a" << "postgresql://alice@db/shop"
                                              << true;
    QTest::newRow("other user") << "postgresql://alice@db/shop" << "postgresql://bob@db/shop" << false;
    QTest::newRow("other host") << "postgresql://alice@db/shop" << "postgresql://alice@db2/shop" << false;
    QTest::newRow("other port") << "postgresql://alice@db/shop" << "postgresql://alice@db:5433/shop" << false;
    QTest::newRow("other database") << "postgresql://alice@db/shop" << "postgresql://alice@db/shop2" << false;
    QTest::newRow("other kind") << "postgresql://alice@db:3306/shop" << "mysql://alice@db:3306/shop" << false;
    QTest::newRow("socket") << "postgresql://alice@/shop?host=/run/a" << "postgresql://alice@/shop?host=/run/b" << false;
}

void TestPasswordStore::accountNamesTheEndpoint()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    const QString first = PasswordStore::account(parsed(a));
    const QString second = PasswordStore::account(parsed(b));
    QVERIFY(!first.isEmpty());
    QCOMPARE(first == second, same);
    for (const QString &account : {first, second}) {
        QVERIFY2(!account.contains(QLatin1String("one")) && !account.contains(QLatin1String("two")), qPrintable(account));
    }
}

void TestPasswordStore::filesHaveNoAccount()
{
    QVERIFY(!PasswordStore::canStore(parsed(QStringLiteral("sqlite:shop.db"))));
    QVERIFY(!PasswordStore::canStore(parsed(QStringLiteral("csv:///tmp/x/"))));
    const PasswordStore::Result result = PasswordStore::writeNow(parsed(QStringLiteral("sqlite:shop.db")), "x");
    QCOMPARE(result.status, PasswordStore::Status::Failed);
}

void TestPasswordStore::writesReadsReplacesAndRemoves()
{
    const Endpoint endpoint = parsed(QStringLiteral("postgresql://alice@db.example.com/") + uniqueDatabase());
    const QString password = QStringLiteral("pä$$ wörd'\";--") + QString::fromUcs4(U"\U0001F511");
    PasswordStore::Result result = PasswordStore::readNow(endpoint);
    QCOMPARE(result.status, PasswordStore::Status::NotFound);

    result = PasswordStore::writeNow(endpoint, password);
    QVERIFY2(result.ok(), qPrintable(result.message));
    result = PasswordStore::readNow(endpoint);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.password, password);

    // The same endpoint spelt differently finds it; a new password replaces the old one.
    Endpoint respelt = endpoint;
    respelt.scheme = QStringLiteral("postgres");
    respelt.port = 5432;
    respelt.host = endpoint.host.toUpper();
    QVERIFY(PasswordStore::writeNow(respelt, QStringLiteral("second")).ok());
    QCOMPARE(PasswordStore::readNow(endpoint).password, QStringLiteral("second"));

    QVERIFY(PasswordStore::removeNow(endpoint).ok());
    QCOMPARE(PasswordStore::readNow(endpoint).status, PasswordStore::Status::NotFound);
}

void TestPasswordStore::endpointsDoNotShareAPassword()
{
    const QString database = uniqueDatabase();
    const Endpoint pg = parsed(QStringLiteral("postgresql://app@127.0.0.1:5000/") + database);
    const Endpoint my = parsed(QStringLiteral("mysql://app@127.0.0.1:5000/") + database);
    const Endpoint other = parsed(QStringLiteral("postgresql://app@127.0.0.1:5000/") + database + QStringLiteral("x"));
    QVERIFY(PasswordStore::writeNow(pg, QStringLiteral("pg-secret")).ok());
    QVERIFY(PasswordStore::writeNow(my, QStringLiteral("my-secret")).ok());
    QCOMPARE(PasswordStore::readNow(pg).password, QStringLiteral("pg-secret"));
    QCOMPARE(PasswordStore::readNow(my).password, QStringLiteral("my-secret"));
    QCOMPARE(PasswordStore::readNow(other).status, PasswordStore::Status::NotFound);
    QVERIFY(PasswordStore::removeNow(pg).ok());
    QVERIFY(PasswordStore::removeNow(my).ok());
}

void TestPasswordStore::readIsAsynchronous()
{
    const Endpoint endpoint = parsed(QStringLiteral("mariadb://app@db/") + uniqueDatabase());
    QVERIFY(PasswordStore::writeNow(endpoint, QStringLiteral("async")).ok());
    QObject context;
    bool called = false;
    PasswordStore::Result result;
    PasswordStore::read(endpoint, &context, [&](const PasswordStore::Result &r) {
        called = true;
        result = r;
    });
    QVERIFY(!called); // returned before the keychain answered
    BARGE_WAIT_FOR(called);
    QCOMPARE(result.password, QStringLiteral("async"));
    QVERIFY(PasswordStore::removeNow(endpoint).ok());
}

QTEST_GUILESS_MAIN(TestPasswordStore)
#include "tst_passwordstore.moc"
