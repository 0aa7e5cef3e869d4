// The wizard into real servers, by clicking: an SQLite shop into PostgreSQL and into MariaDB on the
// throwaway test servers. The server form is typed into like a person would (host, port, database,
// user, masked password), "Test connection" answers inline, tables are renamed, the run finishes,
// and the server's own rows are compared with the source. The saved profile holds no password.

#include "testservers.h"
#include "waitfor.h"
#include "wizarddriver.h"
#include "optionspage.h"

#include <QCheckBox>
#include <QProcess>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace barge;
using namespace barge::test;

class TestWizardServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wizardSqliteIntoServer_data();
    void wizardSqliteIntoServer();
    void wizardSharesTheRunWithAWorker();

private:
    QTemporaryDir m_dir;
    TestServers m_servers;
};

namespace {

// The input a screen reader announces as `name`, inside `form`.
template <typename Widget>
Widget *input(QWidget *form, const QString &name)
{
    for (Widget *widget : form->findChildren<Widget *>()) {
        if (widget->accessibleName() == name && widget->isVisibleTo(form))
            return widget;
    }
    return nullptr;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

// Fills the visible server form of `form` by typing, as a person would.
void fillServerForm(EndpointForm *form, int kindIndex, int port, const QString &password, const QString &schema)
{
    form->kindBox()->setCurrentIndex(kindIndex);
    typeInto(input<QLineEdit>(form, QStringLiteral("Host")), QStringLiteral("127.0.0.1"));
    auto *portBox = input<QSpinBox>(form, QStringLiteral("Port"));
    QVERIFY(portBox);
    portBox->setFocus();
    portBox->selectAll();
    QTest::keyClicks(portBox, QString::number(port));
    QCOMPARE(portBox->value(), port);
    typeInto(input<QLineEdit>(form, QStringLiteral("Database name")), QStringLiteral("barge_test"));
    typeInto(input<QLineEdit>(form, QStringLiteral("User name")), QStringLiteral("barge"));
    QLineEdit *passwordEdit = input<QLineEdit>(form, QStringLiteral("Password"));
    QVERIFY(passwordEdit);
    QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
    typeInto(passwordEdit, password);
    if (!schema.isEmpty())
        typeInto(input<QLineEdit>(form, QStringLiteral("Schema")), schema);
}

// Rows of a query on the test server, each row's values joined by '|', in the query's order.
QStringList serverRows(const QString &driver, const TestServers &servers, const QString &sql)
{
    QStringList rows;
    const QString name = uniqueName(QStringLiteral("check"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(driver == QLatin1String("QPSQL") ? servers.pgPort : servers.mysqlPort);
        db.setDatabaseName(QStringLiteral("barge_test"));
        db.setUserName(QStringLiteral("barge"));
        db.setPassword(servers.password);
        if (!db.open()) {
            qWarning() << db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                qWarning() << sql << query.lastError().text();
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
                rows << values.join(QLatin1Char('|'));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace

void TestWizardServers::initTestCase()
{
    setUpApplication("tst_wizard_servers");
    QVERIFY(m_dir.isValid());
    QString error;
    const std::optional<TestServers> servers = testServers(&error);
    if (!servers)
        QFAIL(qPrintable(error));
    m_servers = *servers;
}

void TestWizardServers::wizardSqliteIntoServer_data()
{
    QTest::addColumn<int>("kindIndex");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("tablePrefix");
    QTest::newRow("postgresql") << 2 << QStringLiteral("QPSQL") << uniqueName(QStringLiteral("wizard"))
                                << QString();
    QTest::newRow("mariadb") << 3 << QStringLiteral("QMYSQL") << QString() << uniqueName(QStringLiteral("wiz"));
}

void TestWizardServers::wizardSqliteIntoServer()
{
    QFETCH(int, kindIndex);
    QFETCH(QString, driver);
    QFETCH(QString, schema);
    QFETCH(QString, tablePrefix);
    const bool postgres = driver == QLatin1String("QPSQL");
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString source = m_dir.filePath(tag + QStringLiteral("-shop.db"));
    writeShop(source);

    MigrationWizard wizard;
    prepare(wizard);
    startNew(wizard);
    chooseSqlite(page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form(), source);
    wizard.next();

    auto *targetPage = page<TargetPage>(wizard, MigrationWizard::TargetPageId);
    EndpointForm *form = targetPage->form();
    fillServerForm(form, kindIndex, postgres ? m_servers.pgPort : m_servers.mysqlPort, m_servers.password, schema);
    QVERIFY2(targetPage->isComplete(), qPrintable(form->missing()));

    // A wrong password first: the answer says so inline, and the page stays usable.
    QLineEdit *passwordEdit = input<QLineEdit>(form, QStringLiteral("Password"));
    typeInto(passwordEdit, QStringLiteral("not-the-password"));
    QSignalSpy tested(form, &EndpointForm::tested);
    QTest::mouseClick(form->testButton(), Qt::LeftButton);
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.takeFirst().first().toBool(), false);
    QVERIFY2(form->testResult()->text().contains(QStringLiteral("password"), Qt::CaseInsensitive),
             qPrintable(form->testResult()->text()));
    typeInto(passwordEdit, m_servers.password);
    QTest::mouseClick(form->testButton(), Qt::LeftButton);
    QVERIFY(tested.wait(20000));
    QVERIFY2(tested.takeFirst().first().toBool(), qPrintable(form->testResult()->text()));
    shoot(wizard, QStringLiteral("03-target-") + tag);
    nextToTables(wizard);

    auto *tables = page<TablesPage>(wizard, MigrationWizard::TablesPageId);
    TableSelectionModel *model = tables->model();
    QCOMPARE(model->rowCount(), 3);
    const int notes = tableRow(tables, QStringLiteral("notes"));
    QVERIFY(model->setData(model->index(notes, TableSelectionModel::SourceColumn), Qt::Unchecked, Qt::CheckStateRole));
    QString customers = QStringLiteral("customers");
    QString orders = QStringLiteral("orders");
    if (!tablePrefix.isEmpty()) {
        customers = tablePrefix + QStringLiteral("_customers");
        orders = tablePrefix + QStringLiteral("_orders");
        QVERIFY(model->setData(model->index(tableRow(tables, QStringLiteral("customers")), TableSelectionModel::TargetColumn),
                               customers, Qt::EditRole));
        QVERIFY(model->setData(model->index(tableRow(tables, QStringLiteral("orders")), TableSelectionModel::TargetColumn),
                               orders, Qt::EditRole));
    }
    wizard.next();
    QCOMPARE(wizard.currentId(), int(MigrationWizard::FieldMappingPageId));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(MigrationWizard::OptionsPageId));
    wizard.next();

    auto *summary = page<SummaryPage>(wizard, MigrationWizard::SummaryPageId);
    BARGE_WAIT_FOR(summary->isComplete());
    QVERIFY2(summary->headline()->text().contains(QStringLiteral("Copy 2 tables")), qPrintable(summary->headline()->text()));
    QVERIFY(summary->ddl()->toPlainText().contains(QStringLiteral("CREATE TABLE")));
    // The profile a person saves here holds the connection but not the password.
    const QString profile = m_dir.filePath(tag + QStringLiteral(".barge.json"));
    QString error;
    QVERIFY2(summary->saveProfile(profile, &error), qPrintable(error));
    QFile saved(profile);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray text = saved.readAll();
    QVERIFY(text.contains("127.0.0.1"));
    QVERIFY(!text.contains(m_servers.password.toUtf8()));
    runFromSummary(wizard);

    const Report report = wizard.setup()->report;
    QVERIFY2(report.status == RunStatus::Ok, qPrintable(report.error + report.tables.value(0).error));
    QCOMPARE(report.tables.size(), 2);
    checkInvariant(report);
    QCOMPARE(report.totalWritten(), qint64(250 + 600));

    // The server's own rows against the source, value by value.
    const QString qualify = postgres ? schema + QLatin1Char('.') : QString();
    SqliteFile in(source);
    QStringList expected;
    for (const QVariantList &row : in.rows(QStringLiteral("SELECT id, name, email, score FROM customers ORDER BY id"))) {
        expected << QStringLiteral("%1|%2|%3|%4").arg(row.at(0).toString(), row.at(1).toString(), row.at(2).toString(),
                                                      row.at(3).isNull() ? QStringLiteral("NULL") : row.at(3).toString());
    }
    QCOMPARE(serverRows(driver, m_servers,
                        QStringLiteral("SELECT id, name, email, score FROM %1%2 ORDER BY id").arg(qualify, customers)),
             expected);
    const QStringList orderSums = serverRows(driver, m_servers,
                                             QStringLiteral("SELECT count(*), sum(customer_id), sum(amount) FROM %1%2")
                                                 .arg(qualify, orders));
    const QVariantList sourceSums =
        in.rows(QStringLiteral("SELECT count(*), sum(customer_id), sum(amount) FROM orders")).value(0);
    QCOMPARE(orderSums.size(), 1);
    const QStringList got = orderSums.first().split(QLatin1Char('|'));
    QCOMPARE(got.value(0).toLongLong(), sourceSums.value(0).toLongLong());
    QCOMPARE(got.value(1).toLongLong(), sourceSums.value(1).toLongLong());
    QCOMPARE(got.value(2).toDouble(), sourceSums.value(2).toDouble());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(MigrationWizard::ReportPageId));
    shoot(wizard, QStringLiteral("09-report-") + tag);
}

// A profile whose runs workers share: the wizard saves it with "Share runs with other machines",
// a `barge run PROFILE` process starts on it, and the wizard's own run joins the same job as one
// more worker. Together they load every table once, and the job's report is the wizard's.
void TestWizardServers::wizardSharesTheRunWithAWorker()
{
    const QString schema = uniqueName(QStringLiteral("wizworkers"));
    const QString source = m_dir.filePath(QStringLiteral("workers-shop.db"));
    writeShop(source);
    MigrationWizard wizard;
    prepare(wizard);
    startNew(wizard);
    chooseSqlite(page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form(), source);
    wizard.next();
    auto *targetPage = page<TargetPage>(wizard, MigrationWizard::TargetPageId);
    fillServerForm(targetPage->form(), 2, m_servers.pgPort, m_servers.password, schema);
    QVERIFY2(targetPage->isComplete(), qPrintable(targetPage->form()->missing()));
    nextToTables(wizard);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(MigrationWizard::FieldMappingPageId));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(MigrationWizard::OptionsPageId));
    auto *options = page<OptionsPage>(wizard, MigrationWizard::OptionsPageId);
    QVERIFY(options->workers()->isEnabled()); // a PostgreSQL target
    QTest::mouseClick(options->workers(), Qt::LeftButton, {}, QPoint(4, options->workers()->height() / 2));
    QVERIFY(options->workers()->isChecked());
    shoot(wizard, QStringLiteral("06-options-workers"));
    wizard.next();
    auto *summary = page<SummaryPage>(wizard, MigrationWizard::SummaryPageId);
    BARGE_WAIT_FOR(summary->isComplete());
    QVERIFY2(summary->headline()->text().contains(QStringLiteral("shared by workers")), qPrintable(summary->headline()->text()));
    const QString profile = m_dir.filePath(QStringLiteral("workers.barge.json"));
    QString error;
    QVERIFY2(summary->saveProfile(profile, &error), qPrintable(error));
    QFile saved(profile);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll().contains("\"workers\": true"));

    // The other worker: the same profile, headless, no --worker needed.
    QProcess worker;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), m_servers.password);
    worker.setProcessEnvironment(env);
    worker.setWorkingDirectory(m_dir.path());
    worker.setProcessChannelMode(QProcess::MergedChannels);
    worker.start(qEnvironmentVariable("BARGE_EXE"), {QStringLiteral("run"), profile});
    QVERIFY(worker.waitForStarted());
    runFromSummary(wizard);
    if (worker.state() != QProcess::NotRunning)
        QVERIFY(worker.waitForFinished(-1));
    const QString workerOutput = QString::fromUtf8(worker.readAll());
    QVERIFY2(worker.exitStatus() == QProcess::NormalExit && worker.exitCode() == 0, qPrintable(workerOutput));

    const Report report = wizard.setup()->report;
    QVERIFY2(report.status == RunStatus::Ok, qPrintable(report.error + report.tables.value(0).error));
    checkInvariant(report);
    auto *run = page<RunPage>(wizard, MigrationWizard::RunPageId);
    QVERIFY2(run->log()->toPlainText().contains(QStringLiteral("Joined the profile's job as worker")),
             qPrintable(run->log()->toPlainText()));
    // One job, every unit done, every row once.
    QCOMPARE(serverRows(QStringLiteral("QPSQL"), m_servers, QStringLiteral("SELECT count(*) FROM %1._barge_jobs").arg(schema)),
             QStringList{QStringLiteral("1")});
    QCOMPARE(serverRows(QStringLiteral("QPSQL"), m_servers,
                        QStringLiteral("SELECT count(*) FROM %1._barge_claims WHERE state <> 2").arg(schema)),
             QStringList{QStringLiteral("0")});
    SqliteFile in(source);
    for (const QString &table : {QStringLiteral("customers"), QStringLiteral("orders"), QStringLiteral("notes")}) {
        const QString count = in.rows(QStringLiteral("SELECT count(*) FROM %1").arg(table)).value(0).value(0).toString();
        QCOMPARE(serverRows(QStringLiteral("QPSQL"), m_servers, QStringLiteral("SELECT count(*) FROM %1.%2").arg(schema, table)),
                 QStringList{count});
    }
}

QTEST_MAIN(TestWizardServers)
#include "tst_wizard_servers.moc"
