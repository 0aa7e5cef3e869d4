// Headless runs (the real `barge` executable, no terminal) of a profile that holds no password,
// into the throwaway PostgreSQL: the password comes from the system keychain (gnome-keyring in a
// private D-Bus session, support/with-keyring.sh); without one anywhere the run fails at once
// saying how to give one; without a keychain at all it says that too.

#include "credentials/passwordstore.h"
#include "pgfixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace barge;
using barge::test::PgFixture;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 ms = 0;
};

// No PGPASSWORD, no MYSQL_PWD, stdin not a terminal; `extra` added to the environment.
Run runBarge(const QString &folder, const QStringList &arguments, const QStringList &extra = {})
{
    QProcess barge;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PGPASSWORD"));
    env.remove(QStringLiteral("MYSQL_PWD"));
    for (const QString &pair : extra)
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    barge.setProcessEnvironment(env);
    barge.setWorkingDirectory(folder);
    barge.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    barge.start(qEnvironmentVariable("BARGE_EXE"), arguments);
    Run run;
    if (!barge.waitForFinished(-1))
        return run;
    run.ms = timer.elapsed();
    run.exitCode = barge.exitStatus() == QProcess::NormalExit ? barge.exitCode() : -1;
    run.out = QString::fromUtf8(barge.readAllStandardOutput());
    run.err = QString::fromUtf8(barge.readAllStandardError());
    return run;
}

} // namespace

class TestKeychainCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runTakesThePasswordFromTheKeychain();
    void runWithoutAnyPasswordFailsAtOnce();
    void runWithAWrongStoredPasswordIsRefused();
    void runWithoutAKeychainSaysSo();

private:
    std::unique_ptr<PgFixture> m_pg;
    std::unique_ptr<QTemporaryDir> m_dir;
    Endpoint m_target; // without password
    QString m_profile;
};

void TestKeychainCli::init()
{
    m_pg = std::make_unique<PgFixture>();
    if (!m_pg->isValid())
        QFAIL(qPrintable(m_pg->error()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QCOMPARE(runBarge(m_dir->path(), {QStringLiteral("demo"), QStringLiteral("shop.db")}).exitCode, 0);
    m_target = m_pg->endpoint();
    m_target.password.clear();
    // The profile is saved by a dry run that gets the password from the environment.
    const Run saved = runBarge(m_dir->path(),
                               {QStringLiteral("copy"), QStringLiteral("sqlite:shop.db"), m_target.toUrl(),
                                QStringLiteral("--table"), QStringLiteral("customers"), QStringLiteral("--save-profile"),
                                QStringLiteral("shop.barge.json"), QStringLiteral("--dry-run")},
                               {QStringLiteral("PGPASSWORD=") + m_pg->servers().password});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
    m_profile = m_dir->filePath(QStringLiteral("shop.barge.json"));
    QFile profile(m_profile);
    QVERIFY(profile.open(QIODevice::ReadOnly));
    QVERIFY(!profile.readAll().contains(m_pg->servers().password.toUtf8()));
    PasswordStore::removeNow(m_target); // nothing left over from an earlier run
}

void TestKeychainCli::cleanup()
{
    PasswordStore::removeNow(m_target);
    m_pg.reset();
    m_dir.reset();
}

void TestKeychainCli::runTakesThePasswordFromTheKeychain()
{
    const PasswordStore::Result stored = PasswordStore::writeNow(m_target, m_pg->servers().password);
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    const Run run = runBarge(m_dir->path(), {QStringLiteral("run"), m_profile, QStringLiteral("--quiet")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY2(!run.err.contains(QLatin1String("warning")), qPrintable(run.err));
    QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("source"));
    source.setDatabaseName(m_dir->filePath(QStringLiteral("shop.db")));
    QVERIFY(source.open());
    QSqlQuery count(QStringLiteral("SELECT count(*) FROM customers"), source);
    QVERIFY(count.next() && count.value(0).toInt() > 0);
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT count(*) FROM S.customers")).toInt(), count.value(0).toInt());
}

void TestKeychainCli::runWithoutAnyPasswordFailsAtOnce()
{
    const Run run = runBarge(m_dir->path(), {QStringLiteral("run"), m_profile});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("a password is needed for barge@127.0.0.1")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("PGPASSWORD")) && run.err.contains(QLatin1String("keychain"))
                 && run.err.contains(QLatin1String("terminal")),
             qPrintable(run.err));
    QVERIFY2(run.ms < 10000, qPrintable(QString::number(run.ms)));
    qInfo("no password anywhere: failed after %lld ms", run.ms);
}

void TestKeychainCli::runWithAWrongStoredPasswordIsRefused()
{
    QVERIFY(PasswordStore::writeNow(m_target, QStringLiteral("not-the-password")).ok());
    const Run run = runBarge(m_dir->path(), {QStringLiteral("run"), m_profile});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("wrong password")), qPrintable(run.err));
    QVERIFY(!run.err.contains(QLatin1String("not-the-password")));
}

void TestKeychainCli::runWithoutAKeychainSaysSo()
{
    // A session bus that does not exist: no Secret Service to ask.
    const Run run = runBarge(m_dir->path(), {QStringLiteral("run"), m_profile},
                             {QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/barge-bus")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("the system keychain is not available")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("a password is needed for")), qPrintable(run.err));
    QVERIFY2(run.ms < 15000, qPrintable(QString::number(run.ms)));
    qInfo("no keychain: failed after %lld ms", run.ms);
}

QTEST_GUILESS_MAIN(TestKeychainCli)
#include "tst_keychain_cli.moc"
