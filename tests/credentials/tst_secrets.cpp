// No secret in any file Barge writes. Migrations into the throwaway PostgreSQL and MariaDB with the
// password given in the URL, in the environment and in the system keychain (gnome-keyring in a
// private D-Bus session, support/with-keyring.sh), through the real `barge` executable and through
// the wizard (offscreen), with rejected rows, JSON reports, saved profiles, a dry run, an inspect,
// a refused wrong password and the wizard's QSettings; then every file under the throwaway HOME
// (where all of that, and any checkpoint or settings file, lands) and each process's stdout and
// stderr are searched for the passwords.

#include "credentials/passwordstore.h"
#include "pgfixture.h"
#include "endpoints/serverform.h"
#include "waitfor.h"
#include "wizarddriver.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QProcess>
#include <QSettings>

using namespace barge;
using namespace barge::test;

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void commandLineRuns();
    void wizardRun();
    void noFileHoldsAPassword();

private:
    // Runs barge in m_work without PGPASSWORD/MYSQL_PWD (plus `extra`); keeps stdout and stderr
    // as files in m_work; returns the exit code.
    int barge(const QString &name, const QStringList &arguments, const QStringList &extra = {});
    void writeSource();

    QString m_work;
    QString m_password;
    std::unique_ptr<PgFixture> m_pg;
    Endpoint m_pgTarget;  // the fixture's schema, no password
    Endpoint m_myTarget;  // barge_test on MariaDB, no password
    QStringList m_myTables;
};

namespace {
const QString wrongPassword = QStringLiteral("Wr0ng-secret-4-barge");
}

void TestSecrets::initTestCase()
{
    setUpApplication("tst_secrets");
    // with-keyring.sh gives this process a throwaway HOME: everything below it is Barge's doing.
    QVERIFY2(QDir::homePath().startsWith(QLatin1String("/tmp/barge-keyring.")), qPrintable(QDir::homePath()));
    m_work = QDir::home().filePath(QStringLiteral("work"));
    QVERIFY(QDir().mkpath(m_work));
    m_pg = std::make_unique<PgFixture>();
    if (!m_pg->isValid())
        QFAIL(qPrintable(m_pg->error()));
    m_password = m_pg->servers().password;
    QVERIFY(m_password.size() >= 8);
    m_pgTarget = m_pg->endpoint();
    m_pgTarget.password.clear();
    QString error;
    m_myTarget = *Endpoint::parse(m_pg->servers().mysqlUrl, &error);
    m_myTarget.password.clear();
    writeSource();
}

void TestSecrets::cleanupTestCase()
{
    PasswordStore::removeNow(m_pgTarget);
    if (m_pg) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), QStringLiteral("cleanup"));
            db.setHostName(m_myTarget.host);
            db.setPort(m_myTarget.port);
            db.setUserName(m_myTarget.user);
            db.setPassword(m_password);
            db.setDatabaseName(m_myTarget.database);
            if (db.open()) {
                for (const QString &table : std::as_const(m_myTables))
                    QSqlQuery(db).exec(QStringLiteral("DROP TABLE IF EXISTS `%1`").arg(table));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cleanup"));
    }
    m_pg.reset();
}

// customers (250 rows) and a table whose `n` is declared INTEGER but holds two words: rejected rows.
void TestSecrets::writeSource()
{
    writeShop(QDir(m_work).filePath(QStringLiteral("shop.db")));
    SqliteFile db(QDir(m_work).filePath(QStringLiteral("shop.db")));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE measures (id INTEGER PRIMARY KEY, n INTEGER)")));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO measures VALUES (1, 10), (2, 'not a number'), (3, 30), (4, 'nor this')")));
}

int TestSecrets::barge(const QString &name, const QStringList &arguments, const QStringList &extra)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PGPASSWORD"));
    env.remove(QStringLiteral("MYSQL_PWD"));
    for (const QString &pair : extra)
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_work);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QDir(m_work).filePath(name + QStringLiteral(".stdout")));
    process.setStandardErrorFile(QDir(m_work).filePath(name + QStringLiteral(".stderr")));
    process.start(qEnvironmentVariable("BARGE_EXE"), arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    return process.exitCode();
}

void TestSecrets::commandLineRuns()
{
    Endpoint pgWithPassword = m_pgTarget;
    pgWithPassword.password = m_password;
    Endpoint myWithPassword = m_myTarget;
    myWithPassword.password = m_password;
    const QString pgUrl = pgWithPassword.toUrl(true);
    const QString myUrl = myWithPassword.toUrl(true);
    QVERIFY(pgUrl.contains(m_password));
    const QString myCustomers = uniqueName(QStringLiteral("sec_customers"));
    const QString myMeasures = uniqueName(QStringLiteral("sec_measures"));
    m_myTables << myCustomers << myMeasures;

    // 1. The password in the URL (warned): a dry run, an inspect, then the copy, which saves a profile.
    QCOMPARE(barge(QStringLiteral("url-dry-run"), {QStringLiteral("copy"), QStringLiteral("sqlite:shop.db"), pgUrl,
                                                  QStringLiteral("--dry-run")}), 0);
    QCOMPARE(barge(QStringLiteral("url-inspect"), {QStringLiteral("inspect"), myUrl}), 0);
    QCOMPARE(barge(QStringLiteral("url-copy"),
                   {QStringLiteral("copy"), QStringLiteral("sqlite:shop.db"), pgUrl, QStringLiteral("--table"),
                    QStringLiteral("customers"), QStringLiteral("--table"), QStringLiteral("measures"),
                    QStringLiteral("--on-error"), QStringLiteral("skip"), QStringLiteral("--rejects"),
                    QStringLiteral("rejects-url"), QStringLiteral("--report"), QStringLiteral("report-url.json"),
                    QStringLiteral("--save-profile"), QStringLiteral("pg.barge.json"), QStringLiteral("--verify")}),
             3); // finished with rejected rows
    QVERIFY(QFile::exists(QDir(m_work).filePath(QStringLiteral("rejects-url/measures.rejects.csv"))));

    // 2. The password in the environment, into MariaDB.
    QCOMPARE(barge(QStringLiteral("env-copy"),
                   {QStringLiteral("copy"), QStringLiteral("sqlite:shop.db"), m_myTarget.toUrl(),
                    QStringLiteral("--table"), QStringLiteral("customers=") + myCustomers, QStringLiteral("--table"),
                    QStringLiteral("measures=") + myMeasures, QStringLiteral("--on-error"), QStringLiteral("skip"),
                    QStringLiteral("--rejects"), QStringLiteral("rejects-env"), QStringLiteral("--report"),
                    QStringLiteral("report-env.json"), QStringLiteral("--save-profile"), QStringLiteral("my.barge.json")},
                   {QStringLiteral("MYSQL_PWD=") + m_password}),
             3);
    QVERIFY(QFile::exists(QDir(m_work).filePath(QStringLiteral("rejects-env/") + myMeasures + QStringLiteral(".rejects.csv"))));

    // 3. The password in the keychain: the saved PostgreSQL profile, run again.
    const PasswordStore::Result stored = PasswordStore::writeNow(m_pgTarget, m_password);
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    QCOMPARE(barge(QStringLiteral("keychain-run"),
                   {QStringLiteral("run"), QStringLiteral("pg.barge.json"), QStringLiteral("--mode"),
                    QStringLiteral("truncate"), QStringLiteral("--on-error"), QStringLiteral("skip"),
                    QStringLiteral("--rejects"), QStringLiteral("rejects-keychain"), QStringLiteral("--report"),
                    QStringLiteral("report-keychain.json")}),
             3);
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT count(*) FROM S.customers")).toInt(), 250);

    // 4. A wrong password in the URL is refused without being repeated.
    Endpoint wrong = m_pgTarget;
    wrong.password = wrongPassword;
    QCOMPARE(barge(QStringLiteral("wrong-password"), {QStringLiteral("inspect"), wrong.toUrl(true)}), 1);
    Endpoint myWrong = m_myTarget;
    myWrong.password = wrongPassword;
    QCOMPARE(barge(QStringLiteral("wrong-password-mysql"), {QStringLiteral("inspect"), myWrong.toUrl(true)}), 1);
}

void TestSecrets::wizardRun()
{
    MigrationWizard wizard;
    prepare(wizard);
    startNew(wizard);
    chooseSqlite(page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form(), QDir(m_work).filePath("shop.db"));
    wizard.next();
    EndpointForm *form = page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form();
    Endpoint target = m_pgTarget;
    target.password = m_password;
    form->setEndpoint(target);
    form->serverForm()->rememberBox()->setChecked(true);
    page<TargetPage>(wizard, MigrationWizard::TargetPageId)->setDefaultMode(TableMode::Replace);
    nextToTables(wizard);
    for (int i = 0; i < 5 && wizard.currentId() != MigrationWizard::SummaryPageId; ++i)
        wizard.next();
    runFromSummary(wizard);
    const Report report = wizard.setup()->report;
    QStringList errors{report.error};
    for (const TableReport &table : report.tables)
        errors << table.source + QStringLiteral(": ") + table.error;
    // The wizard's default is on-error abort: the bad `measures` row stops the run, and says so.
    QVERIFY2(report.status == RunStatus::Failed && errors.join(QString()).contains(QLatin1String("not an integer")),
             qPrintable(runStatusName(report.status) + QLatin1Char(' ') + errors.join(QLatin1String("; "))));
    QString error;
    QVERIFY2(page<SummaryPage>(wizard, MigrationWizard::SummaryPageId)
                 ->saveProfile(QDir(m_work).filePath(QStringLiteral("wizard.barge.json")), &error),
             qPrintable(error));
    BARGE_WAIT_FOR(PasswordStore::readNow(m_pgTarget).password == m_password);
    QSettings settings;
    settings.sync();
    QVERIFY2(QFile::exists(settings.fileName()), qPrintable(settings.fileName()));
    QVERIFY(settings.fileName().startsWith(QDir::homePath()));
}

void TestSecrets::noFileHoldsAPassword()
{
    const QByteArrayList secrets = {m_password.toUtf8(), wrongPassword.toUtf8()};
    QStringList leaks;
    QStringList searched;
    // The keyring's own files hold the secret (encrypted): that is where it belongs.
    const QString keyrings = QDir::home().filePath(QStringLiteral(".local/share/keyrings"));
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.startsWith(keyrings) || QFileInfo(path).isSymLink())
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue; // sockets, pipes
        const QByteArray bytes = file.readAll();
        searched << QDir::home().relativeFilePath(path);
        for (const QByteArray &secret : secrets) {
            if (bytes.contains(secret))
                leaks << QDir::home().relativeFilePath(path);
        }
    }
    qInfo("searched %lld files: %s", qsizetype(searched.size()), qPrintable(searched.join(QLatin1String(", "))));
    // The kinds of file the promise is about were all written.
    for (const QString &expected : {QStringLiteral("work/pg.barge.json"), QStringLiteral("work/my.barge.json"),
                                    QStringLiteral("work/wizard.barge.json"), QStringLiteral("work/report-url.json"),
                                    QStringLiteral("work/report-keychain.json"), QStringLiteral("work/rejects-url/measures.rejects.csv"),
                                    QStringLiteral("work/url-copy.stderr"), QStringLiteral("work/wrong-password.stderr")}) {
        QVERIFY2(searched.contains(expected), qPrintable(expected));
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("a password in: ") + leaks.join(QLatin1String(", "))));
}

QTEST_MAIN(TestSecrets)
#include "tst_secrets.moc"
