// "Remember password in the system keychain" in the wizard's server form, against the throwaway
// PostgreSQL and a real Secret Service (gnome-keyring in a private D-Bus session,
// support/with-keyring.sh): ticked, the password is stored when the run starts; the saved profile
// holds none; opening the profile fills the password in from the keychain; unticked, it is removed.

#include "credentials/passwordstore.h"
#include "waitfor.h"
#include "pgfixture.h"
#include "endpoints/serverform.h"
#include "wizarddriver.h"

#include <QCheckBox>
#include <QTemporaryDir>

using namespace barge;
using namespace barge::test;

class TestWizardKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void remembersOnRunAndFillsInWhenTheProfileOpens();
    void untickedTheStoredPasswordIsRemoved();

private:
    // From the Tables page to a finished run.
    void runFromTables(MigrationWizard &wizard);
    ServerForm *targetServerForm(MigrationWizard &wizard);

    QTemporaryDir m_dir;
    std::unique_ptr<PgFixture> m_pg;
    Endpoint m_target; // the fixture's schema, without password
    QString m_profile;
};

void TestWizardKeychain::initTestCase()
{
    setUpApplication("tst_wizard_keychain");
    QVERIFY(m_dir.isValid());
    m_pg = std::make_unique<PgFixture>();
    if (!m_pg->isValid())
        QFAIL(qPrintable(m_pg->error()));
    m_target = m_pg->endpoint();
    m_target.password.clear();
    PasswordStore::removeNow(m_target);
    m_profile = m_dir.filePath(QStringLiteral("keychain.barge.json"));
}

void TestWizardKeychain::cleanupTestCase()
{
    PasswordStore::removeNow(m_target);
    m_pg.reset();
}

ServerForm *TestWizardKeychain::targetServerForm(MigrationWizard &wizard)
{
    return page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form()->serverForm();
}

void TestWizardKeychain::runFromTables(MigrationWizard &wizard)
{
    for (int i = 0; i < 5 && wizard.currentId() != MigrationWizard::SummaryPageId; ++i)
        wizard.next();
    runFromSummary(wizard);
}

void TestWizardKeychain::remembersOnRunAndFillsInWhenTheProfileOpens()
{
    const QString source = m_dir.filePath(QStringLiteral("shop.db"));
    writeShop(source);
    {
        MigrationWizard wizard;
        prepare(wizard);
        startNew(wizard);
        chooseSqlite(page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form(), source);
        wizard.next();
        EndpointForm *form = page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form();
        Endpoint withPassword = m_target;
        withPassword.password = m_pg->servers().password;
        form->setEndpoint(withPassword);
        ServerForm *server = form->serverForm();
        QVERIFY(server);
        QVERIFY(!server->rememberBox()->isChecked());
        server->rememberBox()->setFocus();
        QTest::keyClick(server->rememberBox(), Qt::Key_Space); // ticked from the keyboard
        QVERIFY(server->rememberBox()->isChecked());
        nextToTables(wizard);
        // Nothing is stored before the run starts.
        QCOMPARE(PasswordStore::readNow(m_target).status, PasswordStore::Status::NotFound);
        runFromTables(wizard);
        BARGE_WAIT_FOR((PasswordStore::readNow(m_target).password) == (m_pg->servers().password)); QCOMPARE(PasswordStore::readNow(m_target).password, m_pg->servers().password);
        const Report report = wizard.setup()->report;
        QVERIFY2(report.status == RunStatus::Ok, qPrintable(report.error + report.tables.value(0).error));
        QString error;
        QVERIFY2(page<SummaryPage>(wizard, MigrationWizard::SummaryPageId)->saveProfile(m_profile, &error),
                 qPrintable(error));
    }
    QFile profile(m_profile);
    QVERIFY(profile.open(QIODevice::ReadOnly));
    QVERIFY(!profile.readAll().contains(m_pg->servers().password.toUtf8()));

    // A new wizard on the profile: the target's password field fills in from the keychain.
    MigrationWizard wizard;
    prepare(wizard);
    QVERIFY(wizard.openProfile(m_profile));
    for (int i = 0; i < 3 && wizard.currentId() != MigrationWizard::TargetPageId; ++i)
        wizard.next();
    QCOMPARE(wizard.currentId(), int(MigrationWizard::TargetPageId));
    ServerForm *server = targetServerForm(wizard);
    QVERIFY(server);
    BARGE_WAIT_FOR((server->endpoint().password) == (m_pg->servers().password)); QCOMPARE(server->endpoint().password, m_pg->servers().password);
    QVERIFY(server->rememberBox()->isChecked());
    QVERIFY2(server->keychainNote()->text().contains(QLatin1String("keychain")), qPrintable(server->keychainNote()->text()));
}

void TestWizardKeychain::untickedTheStoredPasswordIsRemoved()
{
    QVERIFY(PasswordStore::writeNow(m_target, m_pg->servers().password).ok());
    MigrationWizard wizard;
    prepare(wizard);
    QVERIFY(wizard.openProfile(m_profile));
    for (int i = 0; i < 3 && wizard.currentId() != MigrationWizard::TargetPageId; ++i)
        wizard.next();
    ServerForm *server = targetServerForm(wizard);
    QVERIFY(server);
    BARGE_WAIT_FOR(server->rememberBox()->isChecked());
    server->rememberBox()->setChecked(false);
    nextToTables(wizard);
    runFromTables(wizard);
    BARGE_WAIT_FOR((PasswordStore::readNow(m_target).status) == (PasswordStore::Status::NotFound)); QCOMPARE(PasswordStore::readNow(m_target).status, PasswordStore::Status::NotFound);
}

QTEST_MAIN(TestWizardKeychain)
#include "tst_wizard_keychain.moc"
