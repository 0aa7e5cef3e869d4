// Faults a migration meets away from the lab (issue #12), each made to happen at a moment the test
// chooses: the engine's pause point (PauseControl) holds barge after a commit while the test breaks
// something, then lets it go on. The run must end by itself with the right exit code and a message
// naming the cause, and `barge run PROFILE --resume` must then leave the target equal to the source.
//  - networkPartition: barge and a PostgreSQL and a MariaDB server in two network namespaces
//    (tests/faults/netns.sh); the link is cut mid-copy. Writes into both servers and a read from
//    PostgreSQL must give up within the documented keepalive / TCP_USER_TIMEOUT limits.
//  - fullDisk: the target SQLite file, or the target PostgreSQL table's tablespace, on a tmpfs with
//    8 MB free; a ballast file removed afterwards makes room for the resume.
//  - growingSource: rows added to and changed in the source mid-copy. The copy is one snapshot of
//    the source, the report says which, and `barge verify` names what differs.
//  - wideTable: 200 columns, 100 kB values, into PostgreSQL and MariaDB: nothing cut, and barge's
//    peak memory within what its bounded queue allows.
// Root only (namespaces, mounts), as CI runs it; a namespace or mount that cannot be made fails.

#include "bargelauncher.h"
#include "engine/tablejob.h"
#include "io/rowreader.h"
#include "mysqlfixture.h"
#include "pausecontrol.h"
#include "pgfixture.h"
#include "sqlprobe.h"
#include "testservers.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace barge::test;

namespace {

constexpr qint64 itemRows = 60000;
constexpr int wideRows = 500;
constexpr int wideColumns = 200;
constexpr int wideValueChars = 100000;
const QString stalePrefix = QStringLiteral("barge-ft-"); // namespaces and mount points of this test
// Held for the whole test process: the namespaces (barge-ft-srv, barge-ft-cli), their addresses and
// the mount points are machine-wide names, and netns.sh up / initTestCase remove whatever another
// instance left, so two instances (two build trees, a repeated ctest) must never overlap.
const char *const instanceLock = "/run/lock/barge-tst_faults.lock";

QJsonObject firstTable(const QString &reportFile)
{
    QFile file(reportFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("tables")).toArray().first().toObject();
}

// One barge run across the link that networkPartition cuts.
struct PartitionRun
{
    PartitionRun(const QString &name, const QStringList &copy) : name(name), copy(copy) {}

    QString name;
    QStringList copy; // SOURCE TARGET [options] of `barge copy`, saved as profile NAME.barge.json
    std::unique_ptr<PauseControl> pause;
    std::unique_ptr<QProcess> process;
};

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void networkPartition();
    void fullDisk_data();
    void fullDisk();
    void growingSource_data();
    void growingSource();
    void wideTable_data();
    void wideTable();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void makeItems();
    void makeWideSource();
    // A tmpfs of `megabytes` at a new mount point, holding a ballast file that leaves `freeMegabytes`.
    QString mountSmallDisk(int megabytes, int freeMegabytes, const QString &options);
    void unmountAll();
    void saveProfile(const BargeLauncher &barge, const QStringList &copyArguments, const QString &profile);
    void checkItems(const SqlProbe &db, const QString &table);
    void startNamespaces(QHash<QString, QString> *env);
    void checkPartitionEnd(PartitionRun *run, qint64 sinceCutMs, const QString &server);
    std::unique_ptr<QProcess> startHeld(const BargeLauncher &barge, const QString &profile, const PauseControl &pause);

    QString m_exe;
    QString m_netns; // tests/faults/netns.sh
    QTemporaryDir m_dir;
    TestServers m_servers;
    BargeLauncher m_barge{QString(), QString(), QString()};
    QStringList m_mounts;
    QList<QByteArray> m_wideMd5; // per row of the wide table, of its values' UTF-8 concatenated
    int m_lockFd = -1; // instanceLock, flock()ed; the kernel releases it when the process ends
};

void TestFaults::initTestCase()
{
    m_exe = qEnvironmentVariable("BARGE_EXE");
    QVERIFY2(QFile::exists(m_exe), "BARGE_EXE must name the built barge executable");
    m_netns = qEnvironmentVariable("BARGE_SOURCE_DIR") + QStringLiteral("/tests/faults/netns.sh");
    QVERIFY2(QFile::exists(m_netns), qPrintable(m_netns));
    QVERIFY(m_dir.isValid());
    // Before anything machine-wide is looked at or removed: wait for another instance to finish.
    m_lockFd = ::open(instanceLock, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    QVERIFY2(m_lockFd >= 0, instanceLock);
    if (::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0) {
        qInfo("another tst_faults holds %s: waiting for it", instanceLock);
        QVERIFY2(::flock(m_lockFd, LOCK_EX) == 0, instanceLock);
    }
    QString error;
    const std::optional<TestServers> servers = testServers(&error);
    if (!servers)
        QFAIL(qPrintable(error));
    m_servers = *servers;
    m_barge = BargeLauncher(m_exe, m_dir.path(), m_servers.password);
    // Mount points an earlier run left behind (it was killed before its cleanup).
    QFile mounts(QStringLiteral("/proc/self/mounts"));
    QVERIFY(mounts.open(QIODevice::ReadOnly));
    for (const QByteArray &line : mounts.readAll().split('\n')) {
        const QString point = QString::fromUtf8(line.split(' ').value(1));
        if (QFileInfo(point).fileName().startsWith(stalePrefix)) {
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), point});
            QDir().rmdir(point);
        }
    }
    makeItems();
}

void TestFaults::cleanupTestCase()
{
    unmountAll();
    QProcess::execute(QStringLiteral("bash"), {m_netns, QStringLiteral("down"), path(QStringLiteral("netns"))});
}

// items(id, name, amount, pad): 60,000 rows of about 260 bytes, as SQLite and as CSV.
void TestFaults::makeItems()
{
    const SqlProbe db = SqlProbe::sqlite(path(QStringLiteral("items.db")));
    QStringList sql{QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, amount REAL, pad TEXT)"),
                    QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                   "INSERT INTO items SELECT i, 'name ' || i || ', \"quoted\"', i * 0.25, "
                                   "printf('%.*c', 200, 'x') FROM n").arg(itemRows)};
    QCOMPARE(db.exec(sql), QString());
    QFile csv(path(QStringLiteral("items.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    QByteArray text = "id,name,amount,pad\n";
    for (qint64 id = 1; id <= itemRows; ++id) {
        text += QByteArray::number(id) + ",\"name " + QByteArray::number(id) + ", \"\"quoted\"\"\","
            + QByteArray::number(id * 0.25, 'f', 2) + ',' + QByteArray(200, 'x') + '\n';
    }
    csv.write(text);
}

void TestFaults::saveProfile(const BargeLauncher &barge, const QStringList &copyArguments, const QString &profile)
{
    const BargeLauncher::Result saved = barge.run(QStringList{QStringLiteral("copy")} + copyArguments
                                                  + QStringList{QStringLiteral("--batch-size"), QStringLiteral("2000"),
                                                                QStringLiteral("--save-profile"), profile,
                                                                QStringLiteral("--dry-run")});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.output));
}

std::unique_ptr<QProcess> TestFaults::startHeld(const BargeLauncher &barge, const QString &profile, const PauseControl &pause)
{
    std::unique_ptr<QProcess> run = barge.start({QStringLiteral("run"), profile, QStringLiteral("--quiet")}, &pause);
    if (!pause.waitUntilPaused(run.get()))
        qWarning("barge ended before its first commit: %s", run->readAll().constData());
    return run;
}

// Every item once: the table has no duplicate and no gap (the source's key is copied as a column).
void TestFaults::checkItems(const SqlProbe &db, const QString &table)
{
    const QList<QStringList> facts = db.rows(QStringLiteral("SELECT count(*), count(DISTINCT id), sum(id) FROM %1").arg(table));
    QVERIFY2(!facts.isEmpty() && facts.first().size() == 3, qPrintable(facts.value(0).join(QLatin1Char(' '))));
    QCOMPARE(facts.first().at(0).toLongLong(), itemRows);
    QCOMPARE(facts.first().at(1).toLongLong(), itemRows);
    QCOMPARE(facts.first().at(2).toLongLong(), itemRows * (itemRows + 1) / 2);
}

// netns.sh up: both namespaces, their link, and a PostgreSQL and a MariaDB server behind it; *env
// gets what it prints (PG_SOCKET, MYSQL_SOCKET, SERVER_ADDRESS, CLIENT_NAMESPACE).
void TestFaults::startNamespaces(QHash<QString, QString> *env)
{
    QProcess up;
    up.start(QStringLiteral("bash"), {m_netns, QStringLiteral("up"), path(QStringLiteral("netns"))});
    QVERIFY(up.waitForFinished(-1));
    const QString output = QString::fromUtf8(up.readAllStandardOutput());
    QVERIFY2(up.exitCode() == 0, qPrintable(output + QString::fromUtf8(up.readAllStandardError())));
    for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        env->insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
}

// Ended by itself within the bound, failed, and said which server, why, and what to do.
void TestFaults::checkPartitionEnd(PartitionRun *run, qint64 sinceCutMs, const QString &server)
{
    const QString output = QString::fromUtf8(run->process->readAll());
    qInfo("%s: barge ended %lld ms after the link was cut: %s", qPrintable(run->name), sinceCutMs,
          qPrintable(output.simplified()));
    QCOMPARE(run->process->exitStatus(), QProcess::NormalExit);
    QVERIFY2(run->process->exitCode() == 1, qPrintable(output));
    QVERIFY2(sinceCutMs < 90000, qPrintable(output));
    QVERIFY2(output.contains(server), qPrintable(output));
    static const QRegularExpression cause(QStringLiteral("No route to host|timed out|Lost connection"));
    QVERIFY2(output.contains(cause), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("--resume")), qPrintable(output));
}

// Writes into PostgreSQL and MariaDB and a read from PostgreSQL, all across one link that is cut
// while each run is held after its first commit. A write waits for an acknowledgement that never
// comes (TCP_USER_TIMEOUT, 30 s); the read waits for rows on an idle connection (keepalive probes
// after 10 s, every 5 s). Each must end its run well within 90 s.
void TestFaults::networkPartition()
{
    QHash<QString, QString> env;
    startNamespaces(&env);
    if (QTest::currentTestFailed())
        return;
    const SqlProbe pg = SqlProbe::postgres(env.value(QStringLiteral("PG_SOCKET")), 5432, m_servers.password);
    const SqlProbe maria = SqlProbe::mariadbSocket(env.value(QStringLiteral("MYSQL_SOCKET")), m_servers.password);
    // 200,000 rows (50 MB): more than the socket buffers and the queue hold while the run is held.
    QCOMPARE(pg.exec({QStringLiteral("CREATE TABLE big AS SELECT g AS id, 'name ' || g AS name, repeat('x', 200) AS pad "
                                     "FROM generate_series(1, 200000) g"),
                      QStringLiteral("ALTER TABLE big ADD PRIMARY KEY (id)")}),
             QString());

    const BargeLauncher barge = m_barge.inNamespace(env.value(QStringLiteral("CLIENT_NAMESPACE")));
    const QString server = env.value(QStringLiteral("SERVER_ADDRESS"));
    PartitionRun runs[] = {
        {QStringLiteral("into-postgresql"),
         {QStringLiteral("sqlite:items.db"), QStringLiteral("postgresql://barge@%1:5432/barge_test?schema=partition").arg(server)}},
        {QStringLiteral("into-mariadb"), {QStringLiteral("sqlite:items.db"), QStringLiteral("mysql://barge@%1:3306/barge_test").arg(server)}},
        {QStringLiteral("from-postgresql"),
         {QStringLiteral("postgresql://barge@%1:5432/barge_test").arg(server), QStringLiteral("sqlite:from-postgresql.db"),
          QStringLiteral("--table"), QStringLiteral("big")}}};
    for (PartitionRun &run : runs) {
        saveProfile(barge, run.copy, run.name + QStringLiteral(".barge.json"));
        run.pause = std::make_unique<PauseControl>(path(QStringLiteral("pause-") + run.name));
        run.process = startHeld(barge, run.name + QStringLiteral(".barge.json"), *run.pause);
        QVERIFY2(run.process->state() == QProcess::Running, qPrintable(run.name + QStringLiteral(" ended before its first commit")));
    }

    QCOMPARE(QProcess::execute(QStringLiteral("bash"), {m_netns, QStringLiteral("cut")}), 0);
    QElapsedTimer sinceCut;
    sinceCut.start();
    for (const PartitionRun &run : runs)
        run.pause->release();
    for (PartitionRun &run : runs) {
        // Bounded so that a hang fails here, naming the run, rather than at CTest's timeout.
        QVERIFY2(run.process->waitForFinished(-1), qPrintable(run.name + QStringLiteral(" did not end after the cut")));
        checkPartitionEnd(&run, sinceCut.elapsed(), server);
        if (QTest::currentTestFailed())
            return;
    }

    QCOMPARE(QProcess::execute(QStringLiteral("bash"), {m_netns, QStringLiteral("heal")}), 0);
    for (const PartitionRun &run : runs) {
        const QString profile = run.name + QStringLiteral(".barge.json");
        const BargeLauncher::Result resumed = barge.run({QStringLiteral("run"), profile, QStringLiteral("--resume")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.output));
        const BargeLauncher::Result verified = barge.run({QStringLiteral("verify"), profile});
        QVERIFY2(verified.exitCode == 0 && verified.output.contains(QStringLiteral("verified: ")), qPrintable(verified.output));
    }
    checkItems(pg, QStringLiteral("partition.items"));
    checkItems(maria, QStringLiteral("items"));
    QCOMPARE(SqlProbe::sqlite(path(QStringLiteral("from-postgresql.db"))).scalar(QStringLiteral("SELECT count(*) FROM big")),
             QStringLiteral("200000"));
}

QString TestFaults::mountSmallDisk(int megabytes, int freeMegabytes, const QString &options)
{
    // Under /tmp, open to all: the PostgreSQL server's user must reach a tablespace there.
    const QString point = QDir::temp().filePath(stalePrefix + QStringLiteral("disk-") + uniqueName(QStringLiteral("m")));
    if (!QDir().mkpath(point))
        return QString();
    const QString all = QStringLiteral("size=%1m").arg(megabytes) + (options.isEmpty() ? QString() : QLatin1Char(',') + options);
    if (QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), all,
                                                    QStringLiteral("tmpfs"), point}) != 0)
        return QString();
    m_mounts << point;
    QFile ballast(point + QStringLiteral("/ballast"));
    if (!ballast.open(QIODevice::WriteOnly))
        return QString();
    const QByteArray megabyte(1 << 20, '\0');
    for (int i = 0; i < megabytes - freeMegabytes; ++i)
        ballast.write(megabyte);
    return ballast.error() == QFileDevice::NoError ? point : QString();
}

void TestFaults::unmountAll()
{
    for (const QString &point : std::as_const(m_mounts)) {
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), point});
        QDir().rmdir(point);
    }
    m_mounts.clear();
}

void TestFaults::fullDisk_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target"); // sqlite or postgresql
    QTest::newRow("sqlite-to-sqlite") << QStringLiteral("sqlite:items.db") << QStringLiteral("sqlite"); // the native shortcut
    QTest::newRow("csv-to-sqlite") << QStringLiteral("csv:items.csv") << QStringLiteral("sqlite");
    QTest::newRow("sqlite-to-postgresql") << QStringLiteral("sqlite:items.db") << QStringLiteral("postgresql");
}

// The load needs about 16 MB and finds 8 MB: it fails at the write or commit that finds no room,
// saying the disk is full, with what it committed before kept. Removing the ballast frees 32 MB
// and --resume finishes it: every row once.
void TestFaults::fullDisk()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const bool pg = target == QLatin1String("postgresql");
    const QString disk = mountSmallDisk(40, 8, pg ? QStringLiteral("uid=postgres,gid=postgres,mode=700") : QString());
    QVERIFY2(!disk.isEmpty(), "cannot mount a tmpfs with a ballast file");
    PgFixture fixture;
    QString url = QStringLiteral("sqlite://") + disk + QStringLiteral("/copy.db");
    SqlProbe db = SqlProbe::sqlite(disk + QStringLiteral("/copy.db"));
    QString table = QStringLiteral("items");
    const QString role = uniqueName(QStringLiteral("barge_ft_disk"));
    if (pg) {
        // Barge creates its tables in the role's default tablespace: the one on the small disk.
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        QCOMPARE(fixture.exec(QStringLiteral("CREATE TABLESPACE %1 LOCATION '%2';\nCREATE ROLE %1 LOGIN SUPERUSER PASSWORD '%3';\n"
                                             "ALTER ROLE %1 SET default_tablespace = %1").arg(role, disk, m_servers.password)),
                 QString());
        url = QStringLiteral("postgresql://%1@127.0.0.1:%2/barge_test?schema=%3").arg(role).arg(m_servers.pgPort).arg(fixture.schema());
        db = SqlProbe::postgres(QStringLiteral("127.0.0.1"), m_servers.pgPort, m_servers.password);
        table = fixture.schema() + QStringLiteral(".items");
    }
    const QString profile = tag + QStringLiteral(".barge.json");
    saveProfile(m_barge, {source, url, QStringLiteral("--table"), QStringLiteral("items")}, profile);

    const BargeLauncher::Result full = m_barge.run({QStringLiteral("run"), profile});
    QVERIFY2(full.exitCode == 1, qPrintable(full.output));
    static const QRegularExpression diskFull(QStringLiteral("disk is full|No space left on device"));
    QVERIFY2(full.output.contains(diskFull), qPrintable(full.output));
    QVERIFY2(full.output.contains(QStringLiteral("--resume")), qPrintable(full.output));
    const qint64 kept = db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
    qInfo("%s: the full disk stopped the load after %lld committed rows", qPrintable(tag), kept);
    QVERIFY2(kept > 0 && kept < itemRows, qPrintable(QString::number(kept)));

    QVERIFY(QFile::remove(disk + QStringLiteral("/ballast")));
    const BargeLauncher::Result resumed = m_barge.run({QStringLiteral("run"), profile, QStringLiteral("--resume")});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.output));
    checkItems(db, table);
    const BargeLauncher::Result verified = m_barge.run({QStringLiteral("verify"), profile});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.output));

    if (pg)
        QCOMPARE(fixture.exec(QStringLiteral("DROP TABLE S.items;\nDROP TABLESPACE %1;\nDROP ROLE %1").arg(role)), QString());
    unmountAll();
}

void TestFaults::growingSource_data()
{
    QTest::addColumn<QString>("source"); // sqlite-wal, sqlite-journal, postgresql
    QTest::newRow("sqlite-wal") << QStringLiteral("sqlite-wal");
    QTest::newRow("sqlite-journal") << QStringLiteral("sqlite-journal");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

// Ten rows added and one changed while the run is held after its first commit. The copy is the
// source as it was when the read began: the report says when and how many rows that was, and
// `barge verify` then names the eleven rows that differ. A SQLite source with a rollback journal
// cannot be written at all until Barge has read it.
void TestFaults::growingSource()
{
    QFETCH(QString, source);
    PgFixture fixture;
    // A locked SQLite source fails the test's writes at once.
    SqlProbe db = SqlProbe::sqlite(path(source + QStringLiteral(".db")), QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    QString url = QStringLiteral("sqlite:") + source + QStringLiteral(".db");
    QString table = QStringLiteral("items");
    QStringList make{QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"),
                     QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30000) "
                                    "INSERT INTO items SELECT i, 'name ' || i FROM n")};
    if (source == QLatin1String("sqlite-wal"))
        make.prepend(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (source == QLatin1String("postgresql")) {
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        db = SqlProbe::postgres(QStringLiteral("127.0.0.1"), m_servers.pgPort, m_servers.password);
        table = fixture.schema() + QStringLiteral(".items");
        url = QStringLiteral("postgresql://barge@127.0.0.1:%1/barge_test?schema=%2").arg(m_servers.pgPort).arg(fixture.schema());
        make = QStringList{QStringLiteral("CREATE TABLE %1 (id int PRIMARY KEY, name text NOT NULL)").arg(table),
                           QStringLiteral("INSERT INTO %1 SELECT g, 'name ' || g FROM generate_series(1, 30000) g").arg(table)};
    }
    QCOMPARE(db.exec(make), QString());
    const QString profile = source + QStringLiteral("-growing.barge.json");
    const QString copy = source + QStringLiteral("-copy.db");
    saveProfile(m_barge, {url, QStringLiteral("sqlite:") + copy, QStringLiteral("--table"), QStringLiteral("items")}, profile);

    const PauseControl pause(path(QStringLiteral("pause-growing-") + source));
    const QString report = source + QStringLiteral("-growing.json");
    std::unique_ptr<QProcess> run = m_barge.start({QStringLiteral("run"), profile, QStringLiteral("--report"), report}, &pause);
    QVERIFY2(pause.waitUntilPaused(run.get()), run->readAll().constData());
    const QDateTime changedAt = QDateTime::currentDateTimeUtc();
    const QStringList change{QStringLiteral("INSERT INTO %1 (id, name) SELECT id + 30000, 'added ' || id FROM %1 WHERE id <= 10")
                                 .arg(table),
                             QStringLiteral("UPDATE %1 SET name = 'changed while copied' WHERE id = 29999").arg(table)};
    const QString changeError = db.exec(change);
    if (source == QLatin1String("sqlite-journal"))
        QVERIFY2(changeError.contains(QStringLiteral("locked")), qPrintable(changeError));
    else
        QCOMPARE(changeError, QString());
    pause.release();
    const BargeLauncher::Result done = BargeLauncher::finish(run.get());
    QVERIFY2(done.exitCode == 0, qPrintable(done.output));
    if (source == QLatin1String("sqlite-journal"))
        QCOMPARE(db.exec(change), QString()); // now that Barge has read it

    // Exactly the 30,000 rows of the snapshot, as they were then.
    const SqlProbe target = SqlProbe::sqlite(path(copy));
    QCOMPARE(target.scalar(QStringLiteral("SELECT count(*) FROM items")), QStringLiteral("30000"));
    QCOMPARE(target.scalar(QStringLiteral("SELECT name FROM items WHERE id = 29999")), QStringLiteral("name 29999"));
    const QJsonObject reported = firstTable(path(report));
    QVERIFY2(reported.contains(QStringLiteral("sourceRows")) && reported.contains(QStringLiteral("sourceAsOf")),
             "the report names no source snapshot: the table job must copy RowReader::snapshot() into it");
    QCOMPARE(reported.value(QStringLiteral("read")).toInteger(), 30000);
    QCOMPARE(reported.value(QStringLiteral("written")).toInteger(), 30000);
    QCOMPARE(reported.value(QStringLiteral("sourceRows")).toInteger(), 30000);
    const QDateTime asOf = QDateTime::fromString(reported.value(QStringLiteral("sourceAsOf")).toString(), Qt::ISODateWithMs);
    QVERIFY2(asOf.isValid() && asOf <= changedAt,
             qPrintable(QStringLiteral("sourceAsOf %1, changed at %2").arg(reported.value(QStringLiteral("sourceAsOf")).toString(),
                                                                         changedAt.toString(Qt::ISODateWithMs))));

    const BargeLauncher::Result verified = m_barge.run({QStringLiteral("verify"), profile});
    QCOMPARE(verified.exitCode, 1);
    QVERIFY2(verified.output.contains(QStringLiteral("DIFFERENT: 30,010 rows in the source, 30,000 in the target")),
             qPrintable(verified.output));
    for (int id = 30001; id <= 30010; ++id)
        QVERIFY2(verified.output.contains(QStringLiteral("id=%1: only in the source").arg(id)), qPrintable(verified.output));
    QVERIFY2(verified.output.contains(QStringLiteral("id=29999: the values differ")), qPrintable(verified.output));
}

// wide(id, c000..c199): 500 rows of about 200 kB, two columns of each carrying 100,000 characters
// (ASCII with two- and three-byte ones mixed in), the other 198 short text: 100 MB.
void TestFaults::makeWideSource()
{
    if (!m_wideMd5.isEmpty())
        return;
    QString pool;
    QRandomGenerator random(12);
    const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 \u00e9\u20ac,;\"'\n");
    for (int i = 0; i < 2 * wideValueChars; ++i)
        pool += alphabet.at(random.bounded(int(alphabet.size())));
    QStringList names;
    for (int c = 0; c < wideColumns; ++c)
        names << QStringLiteral("c%1").arg(c, 3, 10, QLatin1Char('0'));
    const QString name = uniqueName(QStringLiteral("wide"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path(QStringLiteral("wide.db")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE wide (id INTEGER PRIMARY KEY, %1 TEXT)").arg(names.join(QStringLiteral(" TEXT, ")))));
        QVERIFY(db.transaction());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO wide VALUES (?%1)").arg(QStringLiteral(", ?").repeated(wideColumns))));
        for (int r = 1; r <= wideRows; ++r) {
            QStringList values;
            for (int c = 0; c < wideColumns; ++c)
                values << QStringLiteral("row %1 column %2").arg(r).arg(c);
            for (const int c : {(r * 7) % wideColumns, (r * 13 + 5) % wideColumns})
                values[c] = pool.mid((r * 997 + c) % wideValueChars, wideValueChars);
            q.addBindValue(r);
            for (const QString &value : std::as_const(values))
                q.addBindValue(value);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            m_wideMd5 << QCryptographicHash::hash(values.join(QString()).toUtf8(), QCryptographicHash::Md5).toHex();
        }
        QVERIFY(db.commit());
    }
    QSqlDatabase::removeDatabase(name);
}

void TestFaults::wideTable_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
    QTest::newRow("mariadb") << QStringLiteral("mariadb");
}

// Every value arrives whole (an MD5 per row, computed by the target), and barge's peak memory,
// read from /proc while it is held after the commit of the last rows, stays within the bound its
// queue sets (see `bound` below).
void TestFaults::wideTable()
{
    QFETCH(QString, target);
    makeWideSource();
    QCOMPARE(m_wideMd5.size(), wideRows);
    const bool pg = target == QLatin1String("postgresql");
    PgFixture pgFixture;
    MySqlFixture myFixture;
    QVERIFY2(pg ? pgFixture.isValid() : myFixture.isOpen(), qPrintable(pg ? pgFixture.error() : myFixture.error()));
    const QString myTable = pg ? QString() : myFixture.table(QStringLiteral("wide"));
    const QString url = pg ? QStringLiteral("postgresql://barge@127.0.0.1:%1/barge_test?schema=%2").arg(m_servers.pgPort).arg(pgFixture.schema())
                           : QStringLiteral("mysql://barge@127.0.0.1:%1/barge_test").arg(m_servers.mysqlPort);
    const int batchSize = 100; // five commits
    const PauseControl pause(path(QStringLiteral("pause-wide-") + target), wideRows / batchSize);
    std::unique_ptr<QProcess> run = m_barge.start({QStringLiteral("copy"), QStringLiteral("sqlite:wide.db"), url, QStringLiteral("--table"),
                                                   pg ? QStringLiteral("wide") : QStringLiteral("wide=") + myTable,
                                                   QStringLiteral("--batch-size"), QString::number(batchSize), QStringLiteral("--quiet")},
                                                  &pause);
    QVERIFY2(pause.waitUntilPaused(run.get()), run->readAll().constData());
    QFile status(QStringLiteral("/proc/%1/status").arg(run->processId()));
    QVERIFY(status.open(QIODevice::ReadOnly));
    static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    const qint64 peakMb = hwm.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong() / 1024;
    pause.release();
    const BargeLauncher::Result done = BargeLauncher::finish(run.get());
    QVERIFY2(done.exitCode == 0, qPrintable(done.output));

    // The bound, in MB. 67: barge's highest peak in bench/RESULTS-servers.md (1,000,000 ordinary
    // rows into PostgreSQL: libraries, connections and their buffers, ~16,000 small rows in flight).
    // Then the batches in flight: TableJob::queueChunks in the queue, one being read, one being
    // written, one handed back to be freed, each ending at RowReader::batchBytes of source text,
    // which is twice that in memory (QString holds UTF-16). Then what the writer gathers for one
    // statement: a COPY of one batch's bytes for PostgreSQL, INSERTs of 1 MB for MariaDB. Rows
    // are not a bound: 2,000 of these are 400 MB of text, and a commit's 100 rows 40 MB.
    const qint64 megabyte = 1 << 20;
    const qint64 batch = 2 * barge::RowReader::batchBytes / megabyte;
    const qint64 inFlight = (barge::TableJob::queueChunks + 3) * batch;
    const qint64 gathered = pg ? batch : 1;
    const qint64 bound = 67 + inFlight + gathered;
    qInfo("%s: barge's peak memory (VmHWM) %lld MB for a 100 MB table of %d columns; the bound is %lld MB",
          qPrintable(target), peakMb, wideColumns + 1, bound);
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer keeps freed memory in quarantine and adds shadow memory: the figure is not
    // barge's; the bound holds in the ordinary build (scripts/test.sh runs both).
    Q_UNUSED(bound)
    QVERIFY(peakMb > 0);
#else
    QVERIFY2(peakMb > 0 && peakMb <= bound, qPrintable(QStringLiteral("%1 MB > %2 MB").arg(peakMb).arg(bound)));
#endif

    QStringList columns;
    for (int c = 0; c < wideColumns; ++c)
        columns << QStringLiteral("c%1").arg(c, 3, 10, QLatin1Char('0'));
    const QList<QStringList> sums = pg
        ? pgFixture.rows(QStringLiteral("SELECT id, md5(%1) FROM S.wide ORDER BY id").arg(columns.join(QStringLiteral(" || "))))
        : SqlProbe::mariadb(QStringLiteral("127.0.0.1"), m_servers.mysqlPort, m_servers.password)
              .rows(QStringLiteral("SELECT id, MD5(CONCAT(%1)) FROM %2 ORDER BY id").arg(columns.join(QStringLiteral(", ")), myTable));
    QCOMPARE(sums.size(), wideRows);
    for (int r = 0; r < wideRows; ++r) {
        QCOMPARE(sums.at(r).value(0).toInt(), r + 1);
        QCOMPARE(sums.at(r).value(1).toLatin1(), m_wideMd5.at(r));
    }
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
