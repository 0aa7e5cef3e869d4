// Options that must change what happens, proved in the target. --batch-size: with the engine held
// at its pause point after the Nth commit, every target holds exactly N batches; into PostgreSQL,
// the finished table's rows carry exactly rows/batch distinct transaction ids (xmin).

#include "bargelauncher.h"
#include "testservers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace barge::test;

class TestOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void batchSizeIsRowsPerCommit_data();
    void batchSizeIsRowsPerCommit();
    void batchSizeIsOneTransactionPerBatchInPostgres();

private:
    QString targetUrl(const QString &kind, const QString &name) const;
    qint64 targetRows(const QString &kind, const QString &name, const QString &sql);

    QString m_exe;
    QTemporaryDir m_dir;
    TestServers m_servers;
    std::optional<BargeLauncher> m_barge;
    static constexpr int rows = 12000;
};

void TestOptions::initTestCase()
{
    m_exe = qEnvironmentVariable("BARGE_EXE");
    QVERIFY2(QFile::exists(m_exe), "BARGE_EXE must name the built barge executable");
    QVERIFY(m_dir.isValid());
    QString error;
    const std::optional<TestServers> servers = testServers(&error);
    if (!servers)
        QFAIL(qPrintable(error));
    m_servers = *servers;
    m_barge.emplace(m_exe, m_dir.path(), m_servers.password);
    QFile csv(m_dir.filePath(QStringLiteral("items.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    QByteArray text = "id,name\n";
    for (int i = 1; i <= rows; ++i)
        text += QByteArray::number(i) + ",item " + QByteArray::number(i) + '\n';
    csv.write(text);
    csv.close();
    // The same rows as a SQLite file: SQLite -> SQLite takes the native shortcut, not the generic path.
    const BargeLauncher::Result converted = m_barge->run({QStringLiteral("copy"), QStringLiteral("csv:items.csv"),
                                                          QStringLiteral("sqlite:items.db"), QStringLiteral("--quiet")});
    QVERIFY2(converted.exitCode == 0, qPrintable(converted.output));
}

QString TestOptions::targetUrl(const QString &kind, const QString &name) const
{
    if (kind == QLatin1String("postgresql"))
        return QStringLiteral("postgresql://barge@127.0.0.1:%1/barge_test?schema=%2").arg(m_servers.pgPort).arg(name);
    if (kind == QLatin1String("mariadb"))
        return QStringLiteral("mysql://barge@127.0.0.1:%1/barge_test").arg(m_servers.mysqlPort);
    if (kind == QLatin1String("csv"))
        return QStringLiteral("csv:%1/").arg(name);
    return QStringLiteral("sqlite:%1.db").arg(name);
}

qint64 TestOptions::targetRows(const QString &kind, const QString &name, const QString &sql)
{
    if (kind == QLatin1String("csv")) {
        QFile file(m_dir.filePath(name + QStringLiteral("/items.csv")));
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        return file.readAll().count('\n') - 1; // less the header
    }
    const QString connection = uniqueName(QStringLiteral("probe"));
    qint64 value = -1;
    {
        QSqlDatabase db;
        if (kind == QLatin1String("sqlite")) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(m_dir.filePath(name + QStringLiteral(".db")));
        } else {
            const bool pg = kind == QLatin1String("postgresql");
            db = QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QMYSQL"), connection);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(pg ? m_servers.pgPort : m_servers.mysqlPort);
            db.setDatabaseName(QStringLiteral("barge_test"));
            db.setUserName(QStringLiteral("barge"));
            db.setPassword(m_servers.password);
        }
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

void TestOptions::batchSizeIsRowsPerCommit_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("batch");
    QTest::addColumn<int>("commits");
    for (const char *kind : {"sqlite", "postgresql", "mariadb", "csv"}) {
        QTest::addRow("csv to %s, 1000 a batch", kind) << QStringLiteral("csv:items.csv") << kind << 1000 << 3;
        // Not a multiple of the engine's 2,000-row chunks, nor of PostgreSQL's 50,000-row writes.
        QTest::addRow("csv to %s, 2500 a batch", kind) << QStringLiteral("csv:items.csv") << kind << 2500 << 2;
    }
    QTest::addRow("sqlite to sqlite (native), 700 a batch") << QStringLiteral("sqlite:items.db") << "sqlite" << 700 << 4;
    QTest::addRow("sqlite to sqlite (native), 1 a row") << QStringLiteral("sqlite:items.db") << "sqlite" << 1 << 5;
}

void TestOptions::batchSizeIsRowsPerCommit()
{
    QFETCH(QString, source);
    QFETCH(QString, kind);
    QFETCH(int, batch);
    QFETCH(int, commits);
    const QString name = uniqueName(QStringLiteral("batch"));
    const QString table = kind == QLatin1String("mariadb") ? name : QStringLiteral("items");
    const QString from = kind == QLatin1String("postgresql") ? name + QStringLiteral(".items") : table;
    const PauseControl pause(m_dir.filePath(QStringLiteral("pause-") + name), commits);
    const std::unique_ptr<QProcess> run =
        m_barge->start({QStringLiteral("copy"), source, targetUrl(kind, name), QStringLiteral("--table"),
                        QStringLiteral("items=") + table, QStringLiteral("--batch-size"), QString::number(batch),
                        QStringLiteral("--quiet")},
                       &pause);
    QVERIFY2(pause.waitUntilPaused(run.get()), run->readAll().constData());
    // Held after its Nth commit: exactly N batches are in the target, no more, no less.
    QCOMPARE(targetRows(kind, name, QStringLiteral("SELECT count(*) FROM %1").arg(from)), qint64(commits) * batch);
    pause.release();
    const BargeLauncher::Result done = BargeLauncher::finish(run.get());
    QVERIFY2(done.exitCode == 0, qPrintable(done.output));
    QCOMPARE(targetRows(kind, name, QStringLiteral("SELECT count(*) FROM %1").arg(from)), qint64(rows));
}

void TestOptions::batchSizeIsOneTransactionPerBatchInPostgres()
{
    const QString name = uniqueName(QStringLiteral("xmin"));
    const BargeLauncher::Result done = m_barge->run({QStringLiteral("copy"), QStringLiteral("csv:items.csv"),
                                                     targetUrl(QStringLiteral("postgresql"), name), QStringLiteral("--batch-size"),
                                                     QStringLiteral("1000"), QStringLiteral("--quiet")});
    QVERIFY2(done.exitCode == 0, qPrintable(done.output));
    QCOMPARE(targetRows(QStringLiteral("postgresql"), name,
                        QStringLiteral("SELECT count(DISTINCT xmin::text) FROM %1.items").arg(name)),
             qint64(rows / 1000));
}

QTEST_GUILESS_MAIN(TestOptions)
#include "tst_options.moc"
