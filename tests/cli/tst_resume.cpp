// Runs that are broken on purpose, then finished with `barge run PROFILE --resume`: the real barge
// killed with SIGKILL mid-copy (into SQLite, PostgreSQL and MariaDB), and the target server itself
// killed mid-copy (PostgreSQL `pg_ctl stop -m immediate`, MariaDB SIGKILL). Each time the target
// must end up with every good row exactly once (its table has no key, so a duplicate would show),
// the rejects file with every bad row exactly once, and the report saying read = written + rejected.

#include "pausecontrol.h"
#include "testservers.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace barge::test;

class TestResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedRunResumes_data();
    void killedRunResumes();
    void killedMergeResumes_data();
    void killedMergeResumes();
    void serverDiesMidCopy_data();
    void serverDiesMidCopy();
    void resumeRefusesAChangedProfile();
    void resumeRefusesRowsWithoutTheirMark();
    void killedRunIntoCsvWritesTheFileAgain();
    void stoppedTableResumesAtItsBadRow_data();
    void stoppedTableResumesAtItsBadRow();
    void killedCsvRunInPartsResumesTheUnfinishedParts_data();
    void killedCsvRunInPartsResumesTheUnfinishedParts();
    void killedRangedRunResumesOnlyUnfinishedRanges_data();
    void killedRangedRunResumesOnlyUnfinishedRanges();
    void rangedResumeRefusesRowsWithoutTheirMarks();

private:
    struct Target
    {
        QString kind;  // sqlite, postgresql, mariadb
        QString url;   // without a password
        QString table; // qualified for queries
        QString schema;
    };
    struct Result
    {
        int exitCode = -1;
        QString output;
    };
    Target target(const QString &kind);
    // One value from the target through a connection of its own (so it survives server restarts);
    // an invalid QVariant when the query fails (say, the table does not exist yet).
    QVariant query(const Target &target, const QString &sql);
    void writeProfile(const Target &target, const QString &name, const QStringList &more = {});
    QProcess *start(const QStringList &arguments, const PauseControl *pause = nullptr);
    Result barge(const QStringList &arguments);
    // Starts `barge run PROFILE` held at the engine's pause point after its first commit: part of
    // the load is committed, and the run waits there until released or killed.
    QProcess *startHeld(const QString &profile, const PauseControl &pause);
    // The load complete and nothing of it left; with `profile`, only its own checkpoint is looked for.
    void checkComplete(const Target &target, const QString &reportFile, const QString &profile = QString());
    // Saves `profile`: ranged.db's orders into `target` in 4 key ranges of 100,000 rows, one at a time.
    void writeRangedProfile(const Target &target, const QString &profile);
    // Runs it, holds it after its 75th commit (range 0 done, range 1 at 25 of its 50) and kills it.
    void killRangedRun(const QString &profile);

    QString m_exe;
    QTemporaryDir m_dir;
    TestServers m_servers;
    QString m_serversDir;
    qint64 m_goodRows = 0;
    QList<qint64> m_raggedLines; // CSV line numbers of the rows that must be rejected
    qint64 m_idSum = 0;
    // ranged.db: table orders for loads in key ranges, keys 2, 4, ..., 800,000; qty text that is
    // no number in every 9,973rd row (those are rejected as qty is loaded as an integer).
    qint64 m_rangedGood = 0;
    qint64 m_rangedSum = 0;
    QList<qint64> m_rangedBad;
};

void TestResume::initTestCase()
{
    m_exe = qEnvironmentVariable("BARGE_EXE");
    QVERIFY2(QFile::exists(m_exe), "BARGE_EXE must name the built barge executable");
    QVERIFY(m_dir.isValid());
    QString error;
    const std::optional<TestServers> servers = testServers(&error);
    if (!servers)
        QFAIL(qPrintable(error));
    m_servers = *servers;
    m_serversDir = QFileInfo(qEnvironmentVariable("BARGE_TEST_SERVERS_ENV")).absolutePath();

    // 400,000 rows, one ragged line (two fields for three) in every 9,973.
    QFile csv(m_dir.filePath(QStringLiteral("source.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    QByteArray text = "id,name,amount\n";
    qint64 line = 1;
    for (qint64 id = 1; id <= 400000; ++id) {
        ++line;
        if (id % 9973 == 0) {
            text += QByteArray::number(id) + ",only two fields\n";
            m_raggedLines << line;
            continue;
        }
        text += QByteArray::number(id) + ",\"name " + QByteArray::number(id) + ", \"\"quoted\"\"\","
            + QByteArray::number(id % 1000) + '.' + QByteArray::number(id % 100) + '\n';
        ++m_goodRows;
        m_idSum += id;
        if (text.size() > (1 << 20)) {
            csv.write(text);
            text.clear();
        }
    }
    csv.write(text);
    csv.close();

    const QString name = uniqueName(QStringLiteral("ranged"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dir.filePath(QStringLiteral("ranged.db")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, name TEXT, qty TEXT)")));
        QVERIFY(q.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400000) "
            "INSERT INTO orders SELECT 2 * i, 'name ' || i, CASE WHEN i % 9973 = 0 THEN 'bad' ELSE CAST(i % 1000 AS TEXT) END FROM n")));
    }
    QSqlDatabase::removeDatabase(name);
    for (qint64 i = 1; i <= 400000; ++i) {
        if (i % 9973 == 0) {
            m_rangedBad << 2 * i;
        } else {
            ++m_rangedGood;
            m_rangedSum += 2 * i;
        }
    }
}

TestResume::Target TestResume::target(const QString &kind)
{
    const QString name = uniqueName(QStringLiteral("resume"));
    if (kind == QLatin1String("sqlite"))
        return Target{kind, QStringLiteral("sqlite:%1.db").arg(name), QStringLiteral("bench"), QString()};
    if (kind == QLatin1String("postgresql")) {
        return Target{kind, QStringLiteral("postgresql://barge@127.0.0.1:%1/barge_test?schema=%2").arg(m_servers.pgPort).arg(name),
                      name + QStringLiteral(".bench"), name};
    }
    return Target{kind, QStringLiteral("mysql://barge@127.0.0.1:%1/barge_test").arg(m_servers.mysqlPort), name, QString()};
}

QVariant TestResume::query(const Target &target, const QString &sql)
{
    const QString name = uniqueName(QStringLiteral("probe"));
    QVariant value;
    {
        QSqlDatabase db;
        if (target.kind == QLatin1String("sqlite")) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_dir.filePath(target.url.mid(7)));
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000;QSQLITE_OPEN_READONLY"));
        } else {
            const bool pg = target.kind == QLatin1String("postgresql");
            db = QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QMYSQL"), name);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(pg ? m_servers.pgPort : m_servers.mysqlPort);
            db.setDatabaseName(QStringLiteral("barge_test"));
            db.setUserName(QStringLiteral("barge"));
            db.setPassword(m_servers.password);
            db.setConnectOptions(pg ? QStringLiteral("connect_timeout=2") : QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=2"));
        }
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QProcess *TestResume::start(const QStringList &arguments, const PauseControl *pause)
{
    auto *process = new QProcess(this);
    process->setWorkingDirectory(m_dir.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("PGPASSWORD"), m_servers.password);
    env.insert(QStringLiteral("MYSQL_PWD"), m_servers.password);
    if (pause)
        pause->addTo(&env);
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(m_exe, arguments);
    return process;
}

TestResume::Result TestResume::barge(const QStringList &arguments)
{
    QProcess *process = start(arguments);
    Result result;
    if (process->waitForFinished(-1) && process->exitStatus() == QProcess::NormalExit)
        result.exitCode = process->exitCode();
    else
        process->kill();
    process->waitForFinished();
    result.output = QString::fromUtf8(process->readAll());
    process->deleteLater();
    return result;
}

void TestResume::writeProfile(const Target &target, const QString &name, const QStringList &more)
{
    QStringList arguments{QStringLiteral("copy"), QStringLiteral("csv:source.csv"), target.url,
                          QStringLiteral("--on-error"), QStringLiteral("skip"), QStringLiteral("--rejects"),
                          QStringLiteral("rejects-") + name, QStringLiteral("--batch-size"), QStringLiteral("2000"),
                          QStringLiteral("--save-profile"), name, QStringLiteral("--dry-run")};
    arguments << more;
    if (target.kind == QLatin1String("mariadb"))
        arguments << QStringLiteral("--table") << QStringLiteral("source=") + target.table;
    else
        arguments << QStringLiteral("--table") << QStringLiteral("source=bench");
    const Result saved = barge(arguments);
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.output));
}

QProcess *TestResume::startHeld(const QString &profile, const PauseControl &pause)
{
    QProcess *run = start({QStringLiteral("run"), profile, QStringLiteral("--quiet")}, &pause);
    if (!pause.waitUntilPaused(run))
        qWarning("barge ended before its first commit: %s", run->readAll().constData());
    return run;
}

void TestResume::checkComplete(const Target &target, const QString &reportFile, const QString &profile)
{
    QCOMPARE(query(target, QStringLiteral("SELECT count(*) FROM %1").arg(target.table)).toLongLong(), m_goodRows);
    QCOMPARE(query(target, QStringLiteral("SELECT count(DISTINCT id) FROM %1").arg(target.table)).toLongLong(), m_goodRows);
    QCOMPARE(query(target, QStringLiteral("SELECT sum(id) FROM %1").arg(target.table)).toLongLong(), m_idSum);
    QFile file(m_dir.filePath(reportFile));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject table = QJsonDocument::fromJson(file.readAll()).object().value("tables").toArray().first().toObject();
    QCOMPARE(table.value("written").toInteger(), m_goodRows);
    QCOMPARE(table.value("rejected").toInteger(), qint64(m_raggedLines.size()));
    QCOMPARE(table.value("read").toInteger(), m_goodRows + m_raggedLines.size());
    // Every bad line once in the rejects file: none lost after the kill, none written twice.
    QFile rejects(table.value("rejectsFile").toString());
    QVERIFY2(rejects.open(QIODevice::ReadOnly), qPrintable(rejects.fileName()));
    const QString text = QString::fromUtf8(rejects.readAll());
    QCOMPARE(text.count(QLatin1Char('\n')), int(m_raggedLines.size()) + 1);
    for (const qint64 line : std::as_const(m_raggedLines))
        QCOMPARE(text.count(QStringLiteral("source.csv line %1\n").arg(line)), 1);
    // Nothing of the run is left behind: no mark table, no checkpoint file.
    const QString markTable = target.kind == QLatin1String("sqlite")
        ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '_barge_checkpoints'")
        : QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_name = '_barge_checkpoints' "
                         "AND table_schema = '%1'").arg(target.schema.isEmpty() ? QStringLiteral("barge_test") : target.schema);
    QCOMPARE(query(target, markTable).toInt(), 0);
    const QString checkpointName = profile.isEmpty() ? QStringLiteral("*.json") : profile.chopped(5) + QStringLiteral("-*.json");
    QDirIterator checkpoints(m_dir.filePath(QStringLiteral("data")), {checkpointName}, QDir::Files,
                             QDirIterator::Subdirectories);
    QVERIFY2(!checkpoints.hasNext(), qPrintable(checkpoints.hasNext() ? checkpoints.next() : QString()));
}

void TestResume::killedRunResumes_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
    QTest::newRow("mariadb") << QStringLiteral("mariadb");
}

void TestResume::killedRunResumes()
{
    QFETCH(QString, kind);
    const Target into = target(kind);
    const QString profile = kind + QStringLiteral("-kill.barge.json");
    writeProfile(into, profile);

    const PauseControl pause(m_dir.filePath(QStringLiteral("pause-") + profile));
    QProcess *run = startHeld(profile, pause);
    QVERIFY2(run->state() == QProcess::Running, "the run ended before its first commit");
    QVERIFY(query(into, QStringLiteral("SELECT count(*) FROM %1").arg(into.table)).toLongLong() > 0);
    run->kill(); // SIGKILL: no handler runs, nothing is flushed or cleaned up
    QVERIFY(run->waitForFinished(-1));
    QCOMPARE(run->exitStatus(), QProcess::CrashExit);
    const qint64 partial = query(into, QStringLiteral("SELECT count(*) FROM %1").arg(into.table)).toLongLong();
    QVERIFY2(partial > 0 && partial < m_goodRows, qPrintable(QString::number(partial)));

    // Running the profile again as if nothing happened would add the same rows twice: refused.
    const Result again = barge({QStringLiteral("run"), profile, QStringLiteral("--quiet")});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.output.contains(QStringLiteral("--resume finishes it")), qPrintable(again.output));

    const QString report = kind + QStringLiteral("-kill.json");
    const Result resumed = barge({QStringLiteral("run"), profile, QStringLiteral("--resume"), QStringLiteral("--report"), report});
    QVERIFY2(resumed.exitCode == 3, qPrintable(resumed.output)); // 3: finished, with rejected rows
    QVERIFY2(resumed.output.contains(QStringLiteral("resuming the run")), qPrintable(resumed.output));
    checkComplete(into, report);
}

void TestResume::killedMergeResumes_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
    QTest::newRow("mariadb") << QStringLiteral("mariadb");
}

// Mode merge into a table that has a key and some of the rows (with other names): killed after a
// commit, resumed, the table ends with every row once, as the source has it.
void TestResume::killedMergeResumes()
{
    QFETCH(QString, kind);
    const Target into = target(kind);
    if (kind == QLatin1String("postgresql"))
        query(into, QStringLiteral("CREATE SCHEMA %1").arg(into.schema));
    const QString numeric = kind == QLatin1String("postgresql") ? QStringLiteral("NUMERIC(10,2)") : QStringLiteral("DECIMAL(10,2)");
    query(into, QStringLiteral("CREATE TABLE %1 (id BIGINT PRIMARY KEY, name TEXT, amount %2)").arg(into.table, numeric));
    query(into, QStringLiteral("INSERT INTO %1 WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
                               "SELECT i, 'old', 0 FROM n").arg(into.table));
    QCOMPARE(query(into, QStringLiteral("SELECT count(*) FROM %1 WHERE name = 'old'").arg(into.table)).toLongLong(), 1000);
    const QString profile = kind + QStringLiteral("-merge.barge.json");
    writeProfile(into, profile, {QStringLiteral("--mode"), QStringLiteral("merge")});

    const PauseControl pause(m_dir.filePath(QStringLiteral("pause-") + profile));
    QProcess *run = startHeld(profile, pause);
    QVERIFY2(run->state() == QProcess::Running, "the run ended before its first commit");
    run->kill();
    QVERIFY(run->waitForFinished(-1));
    const qint64 partial = query(into, QStringLiteral("SELECT count(*) FROM %1").arg(into.table)).toLongLong();
    QVERIFY2(partial > 1000 && partial < m_goodRows, qPrintable(QString::number(partial)));

    const QString report = kind + QStringLiteral("-merge.json");
    const Result resumed = barge({QStringLiteral("run"), profile, QStringLiteral("--resume"), QStringLiteral("--report"), report});
    QVERIFY2(resumed.exitCode == 3, qPrintable(resumed.output));
    QVERIFY2(resumed.output.contains(QStringLiteral("merged:")), qPrintable(resumed.output));
    checkComplete(into, report);
    QCOMPARE(query(into, QStringLiteral("SELECT count(*) FROM %1 WHERE name = 'old'").arg(into.table)).toLongLong(), 0);
}

void TestResume::serverDiesMidCopy_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
    QTest::newRow("mariadb") << QStringLiteral("mariadb");
}

void TestResume::serverDiesMidCopy()
{
    QFETCH(QString, kind);
    const Target into = target(kind);
    const QString profile = kind + QStringLiteral("-crash.barge.json");
    writeProfile(into, profile);
    const QString servers = qEnvironmentVariable("BARGE_SOURCE_DIR") + QStringLiteral("/scripts/servers.sh");

    const PauseControl pause(m_dir.filePath(QStringLiteral("pause-") + profile));
    QProcess *run = startHeld(profile, pause);
    QVERIFY2(run->state() == QProcess::Running, "the run ended before its first commit");
    QElapsedTimer sinceCrash;
    sinceCrash.start();
    QCOMPARE(QProcess::execute(QStringLiteral("bash"), {servers, QStringLiteral("crash"), kind, m_serversDir}), 0);
    pause.release(); // its next write meets the dead server
    // Ends on its own with a failure that names the server (a closed connection fails at once).
    QVERIFY(run->waitForFinished(-1));
    qInfo("barge ended %lld ms after the %s server died", sinceCrash.elapsed(), qPrintable(kind));
    const QString output = QString::fromUtf8(run->readAll());
    QCOMPARE(run->exitStatus(), QProcess::NormalExit);
    QVERIFY2(run->exitCode() == 1, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("127.0.0.1")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("--resume")), qPrintable(output));

    QCOMPARE(QProcess::execute(QStringLiteral("bash"), {servers, QStringLiteral("restart"), kind, m_serversDir}), 0);
    const QString report = kind + QStringLiteral("-crash.json");
    const Result resumed = barge({QStringLiteral("run"), profile, QStringLiteral("--resume"), QStringLiteral("--report"), report});
    QVERIFY2(resumed.exitCode == 3, qPrintable(resumed.output));
    checkComplete(into, report);
}

void TestResume::resumeRefusesAChangedProfile()
{
    const Target into = target(QStringLiteral("sqlite"));
    const QString profile = QStringLiteral("changed.barge.json");
    writeProfile(into, profile);
    QCOMPARE(barge({QStringLiteral("run"), profile, QStringLiteral("--resume")}).exitCode, 2); // nothing to resume

    const PauseControl pause(m_dir.filePath(QStringLiteral("pause-changed")));
    QProcess *run = startHeld(profile, pause);
    QVERIFY2(run->state() == QProcess::Running, "the run ended before its first commit");
    run->kill();
    QVERIFY(run->waitForFinished(-1));
    // Another batch size is another job: a resume would not finish what was started.
    QFile file(m_dir.filePath(profile));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    file.close();
    QVERIFY(json.contains("\"batchSize\": 2000"));
    json.replace("\"batchSize\": 2000", "\"batchSize\": 3000");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json);
    file.close();
    const Result refused = barge({QStringLiteral("run"), profile, QStringLiteral("--resume")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.output.contains(QStringLiteral("changed since its interrupted run started")), qPrintable(refused.output));
    // --restart starts over; the profile appends, so the half-loaded rows go first. The abandoned
    // run's marks stay until the new run removes them (checkComplete: no mark table left).
    {
        const QString name = uniqueName(QStringLiteral("empty"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_dir.filePath(into.url.mid(7)));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM bench")));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM _barge_checkpoints")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(name);
    }
    const Result restarted = barge({QStringLiteral("run"), profile, QStringLiteral("--restart"), QStringLiteral("--report"),
                                    QStringLiteral("restart.json")});
    QVERIFY2(restarted.exitCode == 3, qPrintable(restarted.output));
    checkComplete(into, QStringLiteral("restart.json"));
}

// The table the interrupted run created holds rows but no mark of that run (its mark table was
// changed, or the URL now names another copy of the target): appending from the first row would
// hold those rows twice, so the resume stops before writing anything and says why.
void TestResume::resumeRefusesRowsWithoutTheirMark()
{
    const Target into = target(QStringLiteral("sqlite"));
    const QString profile = QStringLiteral("nomark.barge.json");
    writeProfile(into, profile);
    const PauseControl pause(m_dir.filePath(QStringLiteral("pause-nomark")));
    QProcess *run = startHeld(profile, pause);
    QVERIFY2(run->state() == QProcess::Running, "the run ended before its first commit");
    run->kill();
    QVERIFY(run->waitForFinished(-1));
    const qint64 partial = query(into, QStringLiteral("SELECT count(*) FROM %1").arg(into.table)).toLongLong();
    QVERIFY2(partial > 0 && partial < m_goodRows, qPrintable(QString::number(partial)));
    {
        const QString name = uniqueName(QStringLiteral("nomark"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_dir.filePath(into.url.mid(7)));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE _barge_checkpoints SET run_id = 'another-run'")));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(name);
    }
    const Result resumed = barge({QStringLiteral("run"), profile, QStringLiteral("--resume")});
    QVERIFY2(resumed.exitCode != 0 && resumed.exitCode != 3, qPrintable(resumed.output));
    QVERIFY2(resumed.output.contains(QStringLiteral("rows but no checkpoint of run")), qPrintable(resumed.output));
    QCOMPARE(query(into, QStringLiteral("SELECT count(*) FROM %1").arg(into.table)).toLongLong(), partial);
}

void TestResume::killedRangedRunResumesOnlyUnfinishedRanges_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
    QTest::newRow("mariadb") << QStringLiteral("mariadb");
}

// One table in four key ranges of 100,000 rows, one at a time (--jobs 1), so that the moment is
// exact: held after commit 75 (a range takes 50 commits of 2,000 rows), range 0 is done and
// range 1 half loaded. Killed there, then resumed three at a time: range 0 stays as it was, range
// 1 goes on from its own mark, ranges 2 and 3 load; every row once, every bad row rejected once.
void TestResume::killedRangedRunResumesOnlyUnfinishedRanges()
{
    QFETCH(QString, kind);
    const Target into = target(kind);
    const QString profile = kind + QStringLiteral("-ranges.barge.json");
    writeRangedProfile(into, profile);
    killRangedRun(profile);
    // The checkpoint: the table loading, range 0 done, range 1 started, the others not.
    const QString checkpointName = kind + QStringLiteral("-ranges.barge-*.json"); // Checkpoint::fileFor
    QDirIterator files(m_dir.filePath(QStringLiteral("data")), {checkpointName}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(files.hasNext());
    QFile checkpointFile(files.next());
    QVERIFY(checkpointFile.open(QIODevice::ReadOnly));
    const QJsonObject table = QJsonDocument::fromJson(checkpointFile.readAll()).object().value("tables").toArray().first().toObject();
    QCOMPARE(table.value("state").toString(), QStringLiteral("loading"));
    QCOMPARE(table.value("rangeColumn").toString(), QStringLiteral("id"));
    QStringList states;
    for (const QJsonValue &range : table.value("ranges").toArray())
        states << range.toObject().value("state").toString();
    QCOMPARE(states, QStringList({"done", "loading", "pending", "pending"}));
    // Range 0's rows and range 1's first 25 commits, exactly.
    const qint64 partial = query(into, QStringLiteral("SELECT count(*) FROM %1").arg(into.table)).toLongLong();
    const qint64 rangeZero = query(into, QStringLiteral("SELECT count(*) FROM %1 WHERE id <= 200000").arg(into.table)).toLongLong();
    QCOMPARE(rangeZero, 100000 - 10); // ten bad rows in range 0
    QCOMPARE(partial - rangeZero, 50000);

    const QString report = kind + QStringLiteral("-ranges.json");
    const Result resumed = barge({QStringLiteral("run"), profile, QStringLiteral("--resume"), QStringLiteral("--jobs"),
                                  QStringLiteral("3"), QStringLiteral("--report"), report});
    QVERIFY2(resumed.exitCode == 3, qPrintable(resumed.output)); // 3: finished, with rejected rows
    QVERIFY2(resumed.output.contains(QStringLiteral("1 of 4 ranges")), qPrintable(resumed.output));
    QVERIFY2(resumed.output.contains(QStringLiteral("in 4 ranges")), qPrintable(resumed.output));

    QCOMPARE(query(into, QStringLiteral("SELECT count(*) FROM %1").arg(into.table)).toLongLong(), m_rangedGood);
    QCOMPARE(query(into, QStringLiteral("SELECT count(DISTINCT id) FROM %1").arg(into.table)).toLongLong(), m_rangedGood);
    QCOMPARE(query(into, QStringLiteral("SELECT sum(id) FROM %1").arg(into.table)).toLongLong(), m_rangedSum);
    QFile file(m_dir.filePath(report));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject done = QJsonDocument::fromJson(file.readAll()).object().value("tables").toArray().first().toObject();
    QCOMPARE(done.value("written").toInteger(), m_rangedGood);
    QCOMPARE(done.value("rejected").toInteger(), qint64(m_rangedBad.size()));
    const QJsonArray ranges = done.value("ranges").toArray();
    QCOMPARE(ranges.size(), 4);
    QCOMPARE(ranges.at(0).toObject().value("resumed").toInteger(), 100000); // from the checkpoint, not run again
    QCOMPARE(ranges.at(1).toObject().value("resumed").toInteger(), 50000 + 5); // its mark: 50,000 written, 5 rejected
    QCOMPARE(ranges.at(2).toObject().value("resumed").toInteger(), 0);
    // Each bad row once in the one rejects file, in key order.
    QFile rejects(done.value("rejectsFile").toString());
    QVERIFY2(rejects.open(QIODevice::ReadOnly), qPrintable(rejects.fileName()));
    const QStringList lines = QString::fromUtf8(rejects.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_rangedBad.size() + 1);
    for (int i = 0; i < m_rangedBad.size(); ++i)
        QVERIFY2(lines.at(i + 1).startsWith(QString::number(m_rangedBad.at(i)) + u','), qPrintable(lines.at(i + 1)));
    QVERIFY(QDir(m_dir.filePath(QStringLiteral("rejects-") + profile)).entryList({QStringLiteral("*.part*")}).isEmpty());
    // Nothing of the run is left: no marks, no checkpoint.
    const QString markTable = kind == QLatin1String("sqlite")
        ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '_barge_checkpoints'")
        : QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_name = '_barge_checkpoints' "
                         "AND table_schema = '%1'").arg(into.schema.isEmpty() ? QStringLiteral("barge_test") : into.schema);
    QCOMPARE(query(into, markTable).toInt(), 0);
    QDirIterator left(m_dir.filePath(QStringLiteral("data")), {checkpointName}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(!left.hasNext());
}

void TestResume::writeRangedProfile(const Target &into, const QString &profile)
{
    const QString tableName = into.kind == QLatin1String("mariadb") ? into.table : QStringLiteral("bench");
    const Result saved = barge({QStringLiteral("copy"), QStringLiteral("sqlite:ranged.db"), into.url, QStringLiteral("--table"),
                                QStringLiteral("orders=") + tableName, QStringLiteral("--type"), tableName + QStringLiteral(".qty=int64"),
                                QStringLiteral("--ranges"), QStringLiteral("100000"), QStringLiteral("--jobs"), QStringLiteral("1"),
                                QStringLiteral("--batch-size"), QStringLiteral("2000"), QStringLiteral("--on-error"),
                                QStringLiteral("skip"), QStringLiteral("--rejects"), QStringLiteral("rejects-") + profile,
                                QStringLiteral("--save-profile"), profile, QStringLiteral("--dry-run")});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.output));
    QVERIFY2(saved.output.contains(QStringLiteral("in ~4 key ranges of id")), qPrintable(saved.output));
}

void TestResume::killRangedRun(const QString &profile)
{
    const PauseControl pause(m_dir.filePath(QStringLiteral("pause-") + profile), 75);
    QProcess *run = startHeld(profile, pause);
    QVERIFY2(run->state() == QProcess::Running, "the run ended before its 75th commit");
    run->kill();
    QVERIFY(run->waitForFinished(-1));
    QCOMPARE(run->exitStatus(), QProcess::CrashExit);
}

// The marks of a run in key ranges removed (or another copy of the target named): the ranges would
// load their committed rows again, so the resume stops before writing and says why.
void TestResume::rangedResumeRefusesRowsWithoutTheirMarks()
{
    const Target into = target(QStringLiteral("sqlite"));
    const QString profile = QStringLiteral("ranges-nomark.barge.json");
    writeRangedProfile(into, profile);
    killRangedRun(profile);
    const qint64 partial = query(into, QStringLiteral("SELECT count(*) FROM %1").arg(into.table)).toLongLong();
    QCOMPARE(partial, 100000 - 10 + 50000);
    {
        const QString name = uniqueName(QStringLiteral("nomarks"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_dir.filePath(into.url.mid(7)));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM _barge_checkpoints")));
            QCOMPARE(q.numRowsAffected(), 2); // range 0's and range 1's
        }
        QSqlDatabase::removeDatabase(name);
    }
    const Result resumed = barge({QStringLiteral("run"), profile, QStringLiteral("--resume")});
    QVERIFY2(resumed.exitCode == 1, qPrintable(resumed.output));
    QVERIFY2(resumed.output.contains(QStringLiteral("rows but no checkpoint of run")), qPrintable(resumed.output));
    QCOMPARE(query(into, QStringLiteral("SELECT count(*) FROM %1").arg(into.table)).toLongLong(), partial);
}

void TestResume::killedCsvRunInPartsResumesTheUnfinishedParts_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("mariadb") << QStringLiteral("mariadb");
}

// source.csv in four parts of 100,000 records split at record boundaries, one at a time, held
// after commit 75 (part 0 done, part 1 half loaded) and killed; resumed three at a time, every
// good row is in once and every ragged line rejected once, with its line in the file.
void TestResume::killedCsvRunInPartsResumesTheUnfinishedParts()
{
    QFETCH(QString, kind);
    const Target into = target(kind);
    const QString profile = kind + QStringLiteral("-csvparts.barge.json");
    writeProfile(into, profile, {QStringLiteral("--ranges"), QStringLiteral("100000"), QStringLiteral("--jobs"), QStringLiteral("1")});
    killRangedRun(profile);
    QDirIterator files(m_dir.filePath(QStringLiteral("data")), {kind + QStringLiteral("-csvparts.barge-*.json")}, QDir::Files,
                       QDirIterator::Subdirectories);
    QVERIFY(files.hasNext());
    QFile checkpointFile(files.next());
    QVERIFY(checkpointFile.open(QIODevice::ReadOnly));
    const QJsonObject table = QJsonDocument::fromJson(checkpointFile.readAll()).object().value("tables").toArray().first().toObject();
    QCOMPARE(table.value("rangeColumn").toString(), QStringLiteral("#records"));
    QStringList states;
    for (const QJsonValue &range : table.value("ranges").toArray())
        states << range.toObject().value("state").toString();
    QCOMPARE(states, QStringList({"done", "loading", "pending", "pending"}));
    QCOMPARE(table.value("ranges").toArray().at(1).toObject().value("firstLine").toString(), QStringLiteral("100002"));
    const qint64 partial = query(into, QStringLiteral("SELECT count(*) FROM %1").arg(into.table)).toLongLong();
    QCOMPARE(partial, 100000 - 10 + 50000); // part 0 without its ten ragged lines, and part 1's first 25 commits

    const QString report = kind + QStringLiteral("-csvparts.json");
    const Result resumed = barge({QStringLiteral("run"), profile, QStringLiteral("--resume"), QStringLiteral("--jobs"),
                                  QStringLiteral("3"), QStringLiteral("--report"), report});
    QVERIFY2(resumed.exitCode == 3, qPrintable(resumed.output));
    QVERIFY2(resumed.output.contains(QStringLiteral("1 of 4 ranges")), qPrintable(resumed.output));
    checkComplete(into, report, profile);
}

// A CSV target keeps no marks: the table the killed run had started is written again, whole.
void TestResume::killedRunIntoCsvWritesTheFileAgain()
{
    const QString profile = QStringLiteral("csv.barge.json");
    const Result saved = barge({QStringLiteral("copy"), QStringLiteral("csv:source.csv"), QStringLiteral("csv:out/"),
                                QStringLiteral("--on-error"), QStringLiteral("skip"), QStringLiteral("--rejects"),
                                QStringLiteral("rejects-csv"), QStringLiteral("--save-profile"), profile,
                                QStringLiteral("--dry-run")});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.output));
    const QString written = m_dir.filePath(QStringLiteral("out/source.csv"));
    const PauseControl pause(m_dir.filePath(QStringLiteral("pause-csv")));
    QProcess *run = startHeld(profile, pause);
    QVERIFY2(run->state() == QProcess::Running, "the run ended before its first commit");
    QVERIFY(QFileInfo(written).size() > 0);
    run->kill();
    QVERIFY(run->waitForFinished(-1));
    const Result resumed = barge({QStringLiteral("run"), profile, QStringLiteral("--resume")});
    QVERIFY2(resumed.exitCode == 3, qPrintable(resumed.output));
    QFile file(written);
    QVERIFY(file.open(QIODevice::ReadOnly));
    qint64 lines = 0;
    QSet<QByteArray> ids;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        ids.insert(line.left(line.indexOf(',')));
        ++lines;
    }
    QCOMPARE(lines, m_goodRows);
    QCOMPARE(qint64(ids.size()), m_goodRows);
}

void TestResume::stoppedTableResumesAtItsBadRow_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"sqlite", "postgresql", "mariadb"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

// A failed table never strands the run (issue #11): on-error abort stops a table at its bad row and
// cancels the tables after it; once the user fixes the row, --resume finishes the table from that
// row (the rows before it are not written twice) and then the cancelled tables.
void TestResume::stoppedTableResumesAtItsBadRow()
{
    QFETCH(QString, kind);
    const QString source = uniqueName(QStringLiteral("stopped")) + QStringLiteral(".db");
    const QString sourceName = uniqueName(QStringLiteral("stopped-source"));
    const auto onSource = [&](const QStringList &statements) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), sourceName);
            db.setDatabaseName(m_dir.filePath(source));
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &sql : statements)
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(sourceName);
    };
    const Target into = target(kind);
    const QString prefix = kind == QLatin1String("mariadb") ? into.table + u'_' : QString();
    onSource({QStringLiteral("CREATE TABLE %1a (id INTEGER PRIMARY KEY, n SMALLINT)").arg(prefix),
              QStringLiteral("CREATE TABLE %1b (id INTEGER PRIMARY KEY)").arg(prefix),
              QStringLiteral("INSERT INTO %1a VALUES (1, 5), (2, 99999), (3, 7)").arg(prefix),
              QStringLiteral("INSERT INTO %1b VALUES (1), (2)").arg(prefix)});
    const QString profile = uniqueName(QStringLiteral("stopped")) + QStringLiteral(".barge.json");
    const Result saved = barge({QStringLiteral("copy"), QStringLiteral("sqlite:") + source, into.url, QStringLiteral("--jobs"),
                                QStringLiteral("1"), QStringLiteral("--save-profile"), profile, QStringLiteral("--dry-run")});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.output));
    const Result stopped = barge({QStringLiteral("run"), profile});
    QVERIFY2(stopped.exitCode == 1, qPrintable(stopped.output));
    QVERIFY2(stopped.output.contains(QLatin1String("'99999' is out of range for int16")), qPrintable(stopped.output));
    QVERIFY2(stopped.output.contains(QLatin1String("to finish it: barge run")), qPrintable(stopped.output));
    const QString a = into.schema.isEmpty() ? prefix + QStringLiteral("a") : into.schema + QStringLiteral(".a");
    const QString b = into.schema.isEmpty() ? prefix + QStringLiteral("b") : into.schema + QStringLiteral(".b");
    QCOMPARE(query(into, QStringLiteral("SELECT count(*) FROM %1").arg(a)).toInt(), 1);

    onSource({QStringLiteral("UPDATE %1a SET n = 9 WHERE id = 2").arg(prefix)}); // the user fixes the row
    const Result resumed = barge({QStringLiteral("run"), profile, QStringLiteral("--resume")});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.output));
    QCOMPARE(query(into, QStringLiteral("SELECT sum(n) * 10 + count(*) FROM %1").arg(a)).toInt(), 213); // 5 + 9 + 7, 3 rows
    QCOMPARE(query(into, QStringLiteral("SELECT count(*) FROM %1").arg(b)).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestResume)
#include "tst_resume.moc"
