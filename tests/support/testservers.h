#pragma once
// Test helpers for the throwaway PostgreSQL and MariaDB servers that scripts/servers.sh starts (the
// db_servers CTest fixture; tests opt in with barge_add_test(... SERVERS)). A test that needs them
// QFAILs when they are missing: never QSKIP, a skipped integration test looks like a passing one.
//   const auto servers = barge::test::testServers(&error);
//   if (!servers) QFAIL(qPrintable(error));

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace barge::test {

struct TestServers
{
    QString pgUrl;       // postgresql://barge:...@127.0.0.1:PORT/barge_test
    QString pgSocket;    // directory holding .s.PGSQL.PORT
    QString mysqlUrl;    // mysql://barge:...@127.0.0.1:PORT/barge_test
    QString mysqlSocket; // path of mysqld.sock
    QString password;
    QString caFile;          // the CA that signed both servers' certificate (CN/SAN localhost, 127.0.0.1)
    QString otherCaFile;     // a CA that signed nothing: "wrong CA"
    QString uncertifiedHost; // an address both servers listen on that the certificate does not name
    int pgPort = 0;
    int mysqlPort = 0;
};

// Reads the KEY=VALUE file named by BARGE_TEST_SERVERS_ENV. Returns std::nullopt and sets *error
// when the variable is unset or the file is missing, unreadable or incomplete.
inline std::optional<TestServers> testServers(QString *error)
{
    auto failWith = [error](const QString &message) -> std::optional<TestServers> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString path = qEnvironmentVariable("BARGE_TEST_SERVERS_ENV");
    if (path.isEmpty())
        return failWith(QStringLiteral("BARGE_TEST_SERVERS_ENV is not set: run this test through CTest "
                                       "(fixture db_servers) or export it after scripts/servers.sh start DIR"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return failWith(QStringLiteral("cannot read %1 (%2): did servers_start run and succeed?")
                            .arg(path, file.errorString()));

    QHash<QString, QString> values;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            values.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    const QStringList keys = {QStringLiteral("BARGE_TEST_PG_URL"),       QStringLiteral("BARGE_TEST_PG_SOCKET"),
                              QStringLiteral("BARGE_TEST_PG_PORT"),      QStringLiteral("BARGE_TEST_MYSQL_URL"),
                              QStringLiteral("BARGE_TEST_MYSQL_SOCKET"), QStringLiteral("BARGE_TEST_MYSQL_PORT"),
                              QStringLiteral("BARGE_TEST_PASSWORD"),     QStringLiteral("BARGE_TEST_CA_FILE"),
                              QStringLiteral("BARGE_TEST_OTHER_CA_FILE"), QStringLiteral("BARGE_TEST_UNCERTIFIED_HOST")};
    for (const QString &key : keys) {
        if (values.value(key).isEmpty())
            return failWith(QStringLiteral("%1 has no %2").arg(path, key));
    }

    TestServers servers;
    servers.pgUrl = values.value(keys[0]);
    servers.pgSocket = values.value(keys[1]);
    servers.mysqlUrl = values.value(keys[3]);
    servers.mysqlSocket = values.value(keys[4]);
    servers.password = values.value(keys[6]);
    servers.caFile = values.value(keys[7]);
    servers.otherCaFile = values.value(keys[8]);
    servers.uncertifiedHost = values.value(keys[9]);
    bool pgOk = false;
    bool mysqlOk = false;
    servers.pgPort = values.value(keys[2]).toInt(&pgOk);
    servers.mysqlPort = values.value(keys[5]).toInt(&mysqlOk);
    if (!pgOk || !mysqlOk || servers.pgPort <= 0 || servers.mysqlPort <= 0)
        return failWith(QStringLiteral("%1 has a bad port number").arg(path));
    return servers;
}

// prefix + "_" + a short lowercase suffix (process id, a per-process counter, random characters), so
// tests running in parallel, or again after a crash, do not collide on database or table names. The
// result is a valid unquoted identifier in PostgreSQL and MariaDB if the prefix is one.
inline QString uniqueName(const QString &prefix)
{
    static std::atomic<quint32> counter{0};
    const quint32 random = QRandomGenerator::global()->bounded(36u * 36u * 36u * 36u);
    return prefix + QLatin1Char('_') + QString::number(QCoreApplication::applicationPid(), 36) + QLatin1Char('_')
        + QString::number(counter.fetch_add(1), 36) + QStringLiteral("%1").arg(random, 4, 36, QLatin1Char('0'));
}

} // namespace barge::test
