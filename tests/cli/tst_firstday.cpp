// What a new user hit on the first day (issue #21), on the real servers: --mode truncate into tables
// linked by foreign keys, a truncate refused before any write when a table outside the run points at
// one it would empty.

#include "testservers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace barge::test;

class TestFirstDay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void truncateTablesLinkedByForeignKeys_data();
    void truncateTablesLinkedByForeignKeys();
    void truncateRefusedWhenAnotherTablePointsAtOne();

private:
    struct Result
    {
        int exitCode = -1;
        QString output;
    };
    Result barge(const QStringList &arguments);
    QString targetUrl(const QString &kind, const QString &name) const;
    // Runs statements on the target (kind: sqlite, postgresql, mariadb); the value of the last one's
    // first column, or an invalid QVariant with a warning when one fails.
    QVariant onTarget(const QString &kind, const QString &name, const QStringList &statements);

    QString m_exe;
    QTemporaryDir m_dir;
    TestServers m_servers;
};

void TestFirstDay::initTestCase()
{
    m_exe = qEnvironmentVariable("BARGE_EXE");
    QVERIFY2(QFile::exists(m_exe), "BARGE_EXE must name the built barge executable");
    QVERIFY(m_dir.isValid());
    QString error;
    const std::optional<TestServers> servers = testServers(&error);
    if (!servers)
        QFAIL(qPrintable(error));
    m_servers = *servers;
    // A parent with a TEXT key, a child pointing at it, a grandchild pointing at the child.
    const QString name = QStringLiteral("firstday");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dir.filePath(QStringLiteral("source.db")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        const QStringList statements = {
            QStringLiteral("CREATE TABLE customers (code TEXT PRIMARY KEY, name TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer TEXT NOT NULL REFERENCES customers(code))"),
            QStringLiteral("CREATE TABLE lines (id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(id), qty INTEGER)"),
        };
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        QVERIFY(db.transaction());
        for (int i = 1; i <= 50; ++i) {
            QVERIFY(q.exec(QStringLiteral("INSERT INTO customers VALUES ('C%1', 'customer %1')").arg(i)));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO orders VALUES (%1, 'C%2')").arg(i).arg((i % 7) + 1)));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO lines VALUES (%1, %2, %3)").arg(i).arg((i % 11) + 1).arg(i)));
        }
        QVERIFY(db.commit());
    }
    QSqlDatabase::removeDatabase(name);
}

TestFirstDay::Result TestFirstDay::barge(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), m_servers.password);
    env.insert(QStringLiteral("MYSQL_PWD"), m_servers.password);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_exe, arguments);
    Result result;
    if (process.waitForFinished(-1) && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

QString TestFirstDay::targetUrl(const QString &kind, const QString &name) const
{
    if (kind == QLatin1String("postgresql"))
        return QStringLiteral("postgresql://barge@127.0.0.1:%1/barge_test?schema=%2").arg(m_servers.pgPort).arg(name);
    if (kind == QLatin1String("mariadb"))
        return QStringLiteral("mysql://barge@127.0.0.1:%1/%2").arg(m_servers.mysqlPort).arg(name);
    return QStringLiteral("sqlite:%1.db").arg(name);
}

QVariant TestFirstDay::onTarget(const QString &kind, const QString &name, const QStringList &statements)
{
    const QString connection = uniqueName(QStringLiteral("probe"));
    QVariant value;
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
            db.setDatabaseName(pg ? QStringLiteral("barge_test") : name);
            db.setUserName(QStringLiteral("barge"));
            db.setPassword(m_servers.password);
        }
        if (!db.open()) {
            qWarning("cannot open the target: %s", qPrintable(db.lastError().text()));
        } else {
            QSqlQuery q(db);
            if (kind == QLatin1String("postgresql"))
                q.exec(QStringLiteral("SET search_path TO \"%1\"").arg(name));
            for (const QString &sql : statements) {
                if (!q.exec(sql)) {
                    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                    value = QVariant();
                    break;
                }
                value = q.next() ? q.value(0) : QVariant();
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

void TestFirstDay::truncateTablesLinkedByForeignKeys_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
    QTest::newRow("mariadb") << QStringLiteral("mariadb");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
}

// The README's example: the same copy again, emptying the tables first. The tables' own foreign
// keys (created by the first copy) link all three.
void TestFirstDay::truncateTablesLinkedByForeignKeys()
{
    QFETCH(QString, kind);
    const QString name = uniqueName(QStringLiteral("trunc"));
    if (kind == QLatin1String("mariadb"))
        QVERIFY(onTarget(kind, QStringLiteral("barge_test"), {QStringLiteral("CREATE DATABASE %1").arg(name)}).isNull());
    const QString url = targetUrl(kind, name);
    const Result first = barge({QStringLiteral("copy"), QStringLiteral("sqlite:source.db"), url, QStringLiteral("--quiet")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.output));
    const Result dry = barge({QStringLiteral("copy"), QStringLiteral("sqlite:source.db"), url, QStringLiteral("--mode"),
                              QStringLiteral("truncate"), QStringLiteral("--dry-run")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.output));
    if (kind == QLatin1String("postgresql")) { // one statement empties all three
        const QRegularExpression together(QStringLiteral("TRUNCATE TABLE (\"(customers|orders|lines)\"(, )?){3};"));
        QVERIFY2(together.match(dry.output).hasMatch(), qPrintable(dry.output));
    }
    const Result again = barge({QStringLiteral("copy"), QStringLiteral("sqlite:source.db"), url, QStringLiteral("--mode"),
                                QStringLiteral("truncate"), QStringLiteral("--quiet")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.output));
    const QChar quote = kind == QLatin1String("mariadb") ? QLatin1Char('`') : QLatin1Char('"'); // LINES is a keyword there
    for (const char *table : {"customers", "orders", "lines"})
        QCOMPARE(onTarget(kind, name, {QStringLiteral("SELECT count(*) FROM %2%1%2").arg(QLatin1String(table), quote)}).toInt(), 50);
    // The child's text column that points at the parent's text key has the key's type exactly
    // (MariaDB refused the foreign key when the key was VARCHAR(768) and the child LONGTEXT).
    if (kind == QLatin1String("mariadb")) {
        QCOMPARE(onTarget(kind, name, {QStringLiteral("SELECT count(*) FROM information_schema.REFERENTIAL_CONSTRAINTS "
                                                      "WHERE CONSTRAINT_SCHEMA = DATABASE()")}).toInt(), 2);
        QCOMPARE(onTarget(kind, name, {QStringLiteral("SELECT COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = "
                                                      "DATABASE() AND TABLE_NAME = 'orders' AND COLUMN_NAME = 'customer'")}).toString(),
                 onTarget(kind, name, {QStringLiteral("SELECT COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = "
                                                      "DATABASE() AND TABLE_NAME = 'customers' AND COLUMN_NAME = 'code'")}).toString());
    }
}

// A table outside the run points at one the run would empty: refused while planning, naming both,
// before anything is written.
void TestFirstDay::truncateRefusedWhenAnotherTablePointsAtOne()
{
    const QString kind = QStringLiteral("postgresql");
    const QString name = uniqueName(QStringLiteral("outsider"));
    const QString url = targetUrl(kind, name);
    const Result first = barge({QStringLiteral("copy"), QStringLiteral("sqlite:source.db"), url, QStringLiteral("--quiet")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.output));
    QVERIFY(onTarget(kind, name, {QStringLiteral("CREATE TABLE invoices (id int PRIMARY KEY, customer text REFERENCES customers(code))"),
                                  QStringLiteral("INSERT INTO invoices VALUES (1, 'C3')")})
                .isNull());
    const Result refused = barge({QStringLiteral("copy"), QStringLiteral("sqlite:source.db"), url, QStringLiteral("--mode"),
                                  QStringLiteral("truncate"), QStringLiteral("--quiet")});
    QVERIFY2(refused.exitCode == 1, qPrintable(refused.output));
    QVERIFY2(refused.output.contains(QStringLiteral("cannot empty customers")) && refused.output.contains(QStringLiteral("invoices")),
             qPrintable(refused.output));
    QCOMPARE(onTarget(kind, name, {QStringLiteral("SELECT count(*) FROM customers")}).toInt(), 50);
    QCOMPARE(onTarget(kind, name, {QStringLiteral("SELECT count(*) FROM invoices")}).toInt(), 1);
    // A table of the run that appends (not emptied) while its parent is emptied: refused too.
    const Result partly = barge({QStringLiteral("copy"), QStringLiteral("sqlite:source.db"), url, QStringLiteral("--mode"),
                                 QStringLiteral("truncate"), QStringLiteral("--table"), QStringLiteral("orders"),
                                 QStringLiteral("--dry-run")});
    QVERIFY2(partly.exitCode == 1 && partly.output.contains(QStringLiteral("cannot empty orders"))
                 && partly.output.contains(QStringLiteral("lines")),
             qPrintable(partly.output));
}

QTEST_GUILESS_MAIN(TestFirstDay)
#include "tst_firstday.moc"
