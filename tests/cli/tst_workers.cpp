// `barge run PROFILE --worker` (issue #19): several real barge processes on one machine share one
// run through the PostgreSQL or MariaDB target. Workers are killed (SIGKILL) or frozen (SIGSTOP) at
// the engine's pause point, after a commit they made; the others take their units over once the
// claims expire (shortened by BARGE_CLAIM_EXPIRY_MS), and the target must end identical to the
// source by `barge verify`, every row once. The moments come from pause points, not from timing:
// whoever claims what, the end state is the same.

#include "pausecontrol.h"
#include "testservers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace barge::test;

class TestWorkers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void workersShareARunThroughKills_data();
    void workersShareARunThroughKills();
    void frozenWorkerCannotCommitAfterTakeOver_data();
    void frozenWorkerCannotCommitAfterTakeOver();
    void truncateModeEmptiesTheTablesOnce_data();
    void truncateModeEmptiesTheTablesOnce();
    void restartWaitsForLiveWorkers();
    void csvFileInPartsIsSharedThroughAKill();
    void refusals();

private:
    struct Target
    {
        QString kind; // postgresql, mariadb
        QString url;
        QString prefix; // schema-qualified prefix for queries ("w_3." on PostgreSQL)
    };
    struct Result
    {
        int exitCode = -1;
        QString output;
    };
    Target target(const QString &kind);
    QVariant query(const Target &target, const QString &sql);
    // Claims expire after `expiryMs` (2 minutes without the test's setting).
    QProcess *start(const QStringList &arguments, const PauseControl *pause = nullptr, int expiryMs = 2000);
    Result finish(QProcess *process);
    Result barge(const QStringList &arguments) { return finish(start(arguments)); }
    // Saves `profile`: `source` into `target`, replace mode, key ranges of 20,000 rows, commits of 2,000.
    void writeProfile(const QString &source, const Target &target, const QString &profile);
    void expectVerified(const QString &profile);

    QString m_exe;
    QTemporaryDir m_dir;
    TestServers m_servers;
};

void TestWorkers::initTestCase()
{
    m_exe = qEnvironmentVariable("BARGE_EXE");
    QVERIFY2(QFile::exists(m_exe), "BARGE_EXE must name the built barge executable");
    QVERIFY(m_dir.isValid());
    QString error;
    const std::optional<TestServers> servers = testServers(&error);
    if (!servers)
        QFAIL(qPrintable(error));
    m_servers = *servers;
    const QString name = uniqueName(QStringLiteral("workers"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dir.filePath(QStringLiteral("shop.db")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        // shop.db: customers, and orders pointing at them (200,000 rows, keys 3, 6, ... with gaps).
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) "
                                      "INSERT INTO customers SELECT i, 'customer ' || i FROM n")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL "
                                      "REFERENCES customers (id), amount NUMERIC(10,2), note TEXT)")));
        QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) "
                                      "INSERT INTO orders SELECT 3 * i, 1 + i % 500, (i % 100000) / 100.0, "
                                      "'note ' || i || ', \"quoted\"' FROM n")));
        // log.db: a table without a key, split by SQLite's rowid: in the target nothing but the
        // claims can stop a second copy of a row.
        QSqlDatabase log = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name + QStringLiteral("log"));
        log.setDatabaseName(m_dir.filePath(QStringLiteral("log.db")));
        QVERIFY(log.open());
        QSqlQuery l(log);
        QVERIFY(l.exec(QStringLiteral("CREATE TABLE events (at INTEGER, what TEXT)")));
        QVERIFY(l.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
                                      "INSERT INTO events SELECT i, 'event ' || i FROM n")));
    }
    QSqlDatabase::removeDatabase(name);
    QSqlDatabase::removeDatabase(name + QStringLiteral("log"));
}

TestWorkers::Target TestWorkers::target(const QString &kind)
{
    const QString name = uniqueName(QStringLiteral("w"));
    if (kind == QLatin1String("postgresql"))
        return Target{kind, QStringLiteral("postgresql://barge@127.0.0.1:%1/barge_test?schema=%2").arg(m_servers.pgPort).arg(name),
                      name + QLatin1Char('.')};
    // MariaDB: a database of the case's own, so that its tables and claims are the case's alone.
    const QVariant created = query(Target{kind, QString(), QString()}, QStringLiteral("CREATE DATABASE %1").arg(name));
    Q_UNUSED(created)
    return Target{kind, QStringLiteral("mysql://barge@127.0.0.1:%1/%2").arg(m_servers.mysqlPort).arg(name),
                  name + QLatin1Char('.')};
}

QVariant TestWorkers::query(const Target &target, const QString &sql)
{
    const QString name = uniqueName(QStringLiteral("probe"));
    QVariant value;
    {
        const bool pg = target.kind == QLatin1String("postgresql");
        QSqlDatabase db = QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QMYSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(pg ? m_servers.pgPort : m_servers.mysqlPort);
        db.setDatabaseName(QStringLiteral("barge_test"));
        db.setUserName(QStringLiteral("barge"));
        db.setPassword(m_servers.password);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
            else if (q.lastError().isValid() && q.lastError().type() != QSqlError::NoError)
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QProcess *TestWorkers::start(const QStringList &arguments, const PauseControl *pause, int expiryMs)
{
    auto *process = new QProcess(this);
    process->setWorkingDirectory(m_dir.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("PGPASSWORD"), m_servers.password);
    env.insert(QStringLiteral("MYSQL_PWD"), m_servers.password);
    env.insert(QStringLiteral("BARGE_CLAIM_EXPIRY_MS"), QString::number(expiryMs));
    if (pause)
        pause->addTo(&env);
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(m_exe, arguments);
    return process;
}

TestWorkers::Result TestWorkers::finish(QProcess *process)
{
    Result result;
    if (process->waitForFinished(-1) && process->exitStatus() == QProcess::NormalExit)
        result.exitCode = process->exitCode();
    result.output = QString::fromUtf8(process->readAll());
    process->deleteLater();
    return result;
}

void TestWorkers::writeProfile(const QString &source, const Target &target, const QString &profile)
{
    const Result saved = barge({QStringLiteral("copy"), QStringLiteral("sqlite:") + source, target.url,
                                QStringLiteral("--mode"), QStringLiteral("replace"), QStringLiteral("--ranges"),
                                QStringLiteral("20000"), QStringLiteral("--batch-size"), QStringLiteral("2000"),
                                QStringLiteral("--save-profile"), profile, QStringLiteral("--dry-run")});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.output));
}

void TestWorkers::expectVerified(const QString &profile)
{
    const Result verified = barge({QStringLiteral("verify"), profile});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.output));
}

void TestWorkers::workersShareARunThroughKills_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
    QTest::newRow("mariadb") << QStringLiteral("mariadb");
}

// Two workers killed mid-range, one after the other; three more then share the rest side by side.
void TestWorkers::workersShareARunThroughKills()
{
    QFETCH(QString, kind);
    const Target into = target(kind);
    const QString profile = kind + QStringLiteral("-shop.json");
    writeProfile(QStringLiteral("shop.db"), into, profile);
    const QStringList run{QStringLiteral("run"), profile, QStringLiteral("--worker")};
    int held = 0;
    for (const int commit : {5, 9}) {
        PauseControl pause(m_dir.filePath(QStringLiteral("pause-%1-%2").arg(kind).arg(commit)), commit);
        QProcess *worker = start(run, &pause);
        QVERIFY2(pause.waitUntilPaused(worker), qPrintable(worker->readAll()));
        worker->kill(); // SIGKILL: its claim stays until it expires
        worker->waitForFinished(-1);
        ++held;
    }
    QCOMPARE(held, 2);
    QList<QProcess *> workers;
    for (int i = 0; i < 3; ++i)
        workers << start(run);
    QString outputs;
    for (QProcess *worker : std::as_const(workers)) {
        const Result result = finish(worker);
        outputs += result.output;
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    }
    // The killed workers' ranges were taken over from their marks; every unit is done once.
    QVERIFY2(outputs.contains(QLatin1String("taking over (attempt")), qPrintable(outputs));
    QVERIFY2(outputs.contains(QLatin1String("rows of them committed by the worker before")), qPrintable(outputs));
    QCOMPARE(query(into, QStringLiteral("SELECT count(*) FROM %1_barge_claims WHERE state <> 2").arg(into.prefix)).toInt(), 0);
    QCOMPARE(query(into, QStringLiteral("SELECT count(*) FROM %1_barge_claims WHERE kind = 2").arg(into.prefix)).toInt(), 10);
    QCOMPARE(query(into, QStringLiteral("SELECT count(*) FROM %1orders").arg(into.prefix)).toLongLong(), 200000);
    QCOMPARE(query(into, QStringLiteral("SELECT count(DISTINCT id) FROM %1orders").arg(into.prefix)).toLongLong(), 200000);
    QCOMPARE(query(into, QStringLiteral("SELECT sum(id) FROM %1orders").arg(into.prefix)).toLongLong(),
             3LL * 200000 * 200001 / 2);
    // What waits for all the rows happened once, after them: the key and the foreign key.
    const QString schema = into.prefix.chopped(1);
    QCOMPARE(query(into, QStringLiteral("SELECT count(*) FROM information_schema.table_constraints WHERE table_schema = '%1' "
                                        "AND table_name = 'orders' AND constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')")
                             .arg(schema))
                 .toInt(),
             2);
    // The job's marks are gone.
    QCOMPARE(query(into, QStringLiteral("SELECT count(*) FROM %1_barge_checkpoints").arg(into.prefix)).toInt(), 0);
    expectVerified(profile);

    // A worker started after the job is done changes nothing and says so.
    const Result late = barge(run);
    QVERIFY2(late.exitCode == 0 && late.output.contains(QLatin1String("done already")), qPrintable(late.output));
    // --restart runs the job again from the start, to the same end.
    const Result again = barge(run + QStringList{QStringLiteral("--restart")});
    QVERIFY2(again.exitCode == 0 && again.output.contains(QLatin1String("starting over")), qPrintable(again.output));
    QCOMPARE(query(into, QStringLiteral("SELECT count(*) FROM %1orders").arg(into.prefix)).toLongLong(), 200000);
    expectVerified(profile);
}

// A CSV file in parts (split at record boundaries: quoted CRLFs inside fields, CRLF line ends):
// a worker killed mid-part, two more share the rest; every record once, with its values.
void TestWorkers::csvFileInPartsIsSharedThroughAKill()
{
    QFile csv(m_dir.filePath(QStringLiteral("events.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    QByteArray text = "id,what,amount\r\n";
    for (int i = 1; i <= 100000; ++i)
        text += QByteArray::number(i) + (i % 3 == 0 ? ",\"line\r\nbreak, \"\"" + QByteArray::number(i) + "\"\"\"," : ",plain,")
            + QByteArray::number(i % 1000) + ".5\r\n";
    QCOMPARE(csv.write(text), text.size());
    csv.close();
    const Target into = target(QStringLiteral("postgresql"));
    const QString profile = QStringLiteral("events.json");
    const Result saved = barge({QStringLiteral("copy"), QStringLiteral("csv:events.csv"), into.url, QStringLiteral("--mode"),
                                QStringLiteral("replace"), QStringLiteral("--ranges"), QStringLiteral("20000"),
                                QStringLiteral("--batch-size"), QStringLiteral("2000"), QStringLiteral("--save-profile"),
                                profile, QStringLiteral("--dry-run")});
    QVERIFY2(saved.exitCode == 0 && saved.output.contains(QLatin1String("in ~5 parts split at record boundaries")),
             qPrintable(saved.output));
    const QStringList run{QStringLiteral("run"), profile, QStringLiteral("--worker")};
    PauseControl pause(m_dir.filePath(QStringLiteral("pause-events")), 5);
    QProcess *killed = start(run, &pause);
    QVERIFY2(pause.waitUntilPaused(killed), qPrintable(killed->readAll()));
    killed->kill();
    killed->waitForFinished(-1);
    QProcess *first = start(run);
    QProcess *second = start(run);
    const Result a = finish(first);
    const Result b = finish(second);
    QVERIFY2(a.exitCode == 0 && b.exitCode == 0, qPrintable(a.output + b.output));
    QVERIFY2((a.output + b.output).contains(QLatin1String("taking over (attempt")), qPrintable(a.output + b.output));
    QCOMPARE(query(into, QStringLiteral("SELECT count(*) FROM %1events").arg(into.prefix)).toLongLong(), 100000);
    QCOMPARE(query(into, QStringLiteral("SELECT count(DISTINCT id) FROM %1events").arg(into.prefix)).toLongLong(), 100000);
    QCOMPARE(query(into, QStringLiteral("SELECT sum(id) FROM %1events").arg(into.prefix)).toLongLong(), 5000050000LL);
    QCOMPARE(query(into, QStringLiteral("SELECT what FROM %1events WHERE id = 60000").arg(into.prefix)).toString(),
             QStringLiteral("line\r\nbreak, \"60000\""));
    expectVerified(profile);
}

void TestWorkers::frozenWorkerCannotCommitAfterTakeOver_data()
{
    workersShareARunThroughKills_data();
}

// A worker frozen (SIGSTOP) after a commit loses its claim; another finishes the whole job. Thawed,
// the first one goes on reading its range, but its next commit finds the claim gone and rolls back:
// the keyless target table (split by rowid) holds every row once.
void TestWorkers::frozenWorkerCannotCommitAfterTakeOver()
{
    QFETCH(QString, kind);
    const Target into = target(kind);
    const QString profile = kind + QStringLiteral("-log.json");
    writeProfile(QStringLiteral("log.db"), into, profile);
    const QStringList run{QStringLiteral("run"), profile, QStringLiteral("--worker")};
    PauseControl pause(m_dir.filePath(QStringLiteral("pause-frozen-%1").arg(kind)), 3);
    QProcess *frozen = start(run, &pause);
    QVERIFY2(pause.waitUntilPaused(frozen), qPrintable(frozen->readAll()));
    QCOMPARE(::kill(pid_t(frozen->processId()), SIGSTOP), 0);
    pause.release(); // seen only once it runs again
    const Result other = barge(run);
    QVERIFY2(other.exitCode == 0, qPrintable(other.output));
    QVERIFY2(other.output.contains(QLatin1String("taking over")), qPrintable(other.output));
    QCOMPARE(query(into, QStringLiteral("SELECT count(*) FROM %1events").arg(into.prefix)).toLongLong(), 100000);
    QCOMPARE(::kill(pid_t(frozen->processId()), SIGCONT), 0);
    const Result thawed = finish(frozen);
    QVERIFY2(thawed.exitCode == 0, qPrintable(thawed.output));
    QVERIFY2(thawed.output.contains(QLatin1String("another worker took it over")), qPrintable(thawed.output));
    QCOMPARE(query(into, QStringLiteral("SELECT count(*) FROM %1events").arg(into.prefix)).toLongLong(), 100000);
    QCOMPARE(query(into, QStringLiteral("SELECT count(DISTINCT at) FROM %1events").arg(into.prefix)).toLongLong(), 100000);
    expectVerified(profile);
}

void TestWorkers::truncateModeEmptiesTheTablesOnce_data()
{
    workersShareARunThroughKills_data();
}

// Tables that hold rows already, in truncate mode: the job empties them before any unit loads (on
// PostgreSQL all together, in its first unit), never after; two workers end with the source's rows once.
void TestWorkers::truncateModeEmptiesTheTablesOnce()
{
    QFETCH(QString, kind);
    const Target into = target(kind);
    const Result first = barge({QStringLiteral("copy"), QStringLiteral("sqlite:shop.db"), into.url});
    QVERIFY2(first.exitCode == 0, qPrintable(first.output));
    const QString profile = kind + QStringLiteral("-truncate.json");
    const Result saved = barge({QStringLiteral("copy"), QStringLiteral("sqlite:shop.db"), into.url, QStringLiteral("--mode"),
                                QStringLiteral("truncate"), QStringLiteral("--ranges"), QStringLiteral("50000"),
                                QStringLiteral("--save-profile"), profile, QStringLiteral("--dry-run")});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.output));
    const QStringList run{QStringLiteral("run"), profile, QStringLiteral("--worker")};
    QProcess *one = start(run);
    QProcess *two = start(run);
    const Result a = finish(one);
    const Result b = finish(two);
    QVERIFY2(a.exitCode == 0, qPrintable(a.output));
    QVERIFY2(b.exitCode == 0, qPrintable(b.output));
    QCOMPARE(query(into, QStringLiteral("SELECT count(*) FROM %1orders").arg(into.prefix)).toLongLong(), 200000);
    QCOMPARE(query(into, QStringLiteral("SELECT count(*) FROM %1customers").arg(into.prefix)).toLongLong(), 500);
    expectVerified(profile);
}

// --restart throws a job away only when no worker of it is alive.
void TestWorkers::restartWaitsForLiveWorkers()
{
    const Target into = target(QStringLiteral("postgresql"));
    const QString profile = QStringLiteral("restart.json");
    writeProfile(QStringLiteral("log.db"), into, profile);
    const QStringList run{QStringLiteral("run"), profile, QStringLiteral("--worker")};
    // A claim lives 10 minutes here: the held worker's is fresh whatever the machine's speed.
    PauseControl pause(m_dir.filePath(QStringLiteral("pause-restart")), 2);
    QProcess *live = start(run, &pause, 600000);
    QVERIFY2(pause.waitUntilPaused(live), qPrintable(live->readAll()));
    const Result refused = finish(start(run + QStringList{QStringLiteral("--restart")}, nullptr, 600000));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.output.contains(QLatin1String("workers are still running this profile's job")), qPrintable(refused.output));
    pause.release();
    const Result done = finish(live);
    QVERIFY2(done.exitCode == 0, qPrintable(done.output));
    expectVerified(profile);
}

void TestWorkers::refusals()
{
    const Result sqlite = barge({QStringLiteral("copy"), QStringLiteral("sqlite:log.db"), QStringLiteral("sqlite:copy.db"),
                                 QStringLiteral("--save-profile"), QStringLiteral("sqlite.json"), QStringLiteral("--dry-run")});
    QVERIFY2(sqlite.exitCode == 0, qPrintable(sqlite.output));
    const Result refused = barge({QStringLiteral("run"), QStringLiteral("sqlite.json"), QStringLiteral("--worker")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.output.contains(QLatin1String("--worker needs a PostgreSQL or MariaDB target")), qPrintable(refused.output));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("copy.db"))));
    const Result resume = barge({QStringLiteral("run"), QStringLiteral("sqlite.json"), QStringLiteral("--worker"),
                                 QStringLiteral("--resume")});
    QCOMPARE(resume.exitCode, 2);
    QVERIFY2(resume.output.contains(QLatin1String("--worker takes no --resume")), qPrintable(resume.output));
    const Result copy = barge({QStringLiteral("copy"), QStringLiteral("sqlite:log.db"), QStringLiteral("sqlite:copy.db"),
                               QStringLiteral("--worker")});
    QCOMPARE(copy.exitCode, 2);
    QVERIFY2(copy.output.contains(QLatin1String("--worker goes with a profile")), qPrintable(copy.output));
}

QTEST_GUILESS_MAIN(TestWorkers)
#include "tst_workers.moc"
