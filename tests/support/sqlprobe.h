#pragma once
// SqlProbe: a test's own look into a database Barge read or wrote, through Qt's drivers (a second
// opinion, independent of Barge's native code). Each call opens a connection and closes it, so a
// probe outlives server restarts and network cuts. User barge, database barge_test on servers.
// Header only.
//   const SqlProbe pg = SqlProbe::postgres("127.0.0.1", servers.pgPort, servers.password);
//   QCOMPARE(pg.scalar("SELECT count(*) FROM s.items"), QStringLiteral("60000"));

#include "testservers.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

namespace barge::test {

struct SqlProbe
{
    QString driver;  // QPSQL, QMYSQL, QSQLITE
    QString host;    // a host, or PostgreSQL's socket directory; the file for QSQLITE
    int port = 0;
    QString options; // QSqlDatabase::setConnectOptions
    QString password;
    QString database; // servers: empty for barge_test

    static SqlProbe sqlite(const QString &file, const QString &options = QString())
    {
        return SqlProbe{QStringLiteral("QSQLITE"), file, 0, options, QString()};
    }
    static SqlProbe postgres(const QString &hostOrSocketDir, int port, const QString &password)
    {
        return SqlProbe{QStringLiteral("QPSQL"), hostOrSocketDir, port, QString(), password};
    }
    static SqlProbe mariadb(const QString &host, int port, const QString &password)
    {
        return SqlProbe{QStringLiteral("QMYSQL"), host, port, QString(), password};
    }
    static SqlProbe mariadbSocket(const QString &socket, const QString &password)
    {
        return SqlProbe{QStringLiteral("QMYSQL"), QString(), 0, QStringLiteral("UNIX_SOCKET=") + socket, password};
    }

    // Every row of `sql`, values as text; one row {"ERROR: ..."} when it fails.
    QList<QStringList> rows(const QString &sql) const
    {
        const QString name = uniqueName(QStringLiteral("probe"));
        QList<QStringList> result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
            db.setHostName(host);
            db.setPort(port);
            db.setDatabaseName(driver == QLatin1String("QSQLITE") ? host
                               : database.isEmpty()            ? QStringLiteral("barge_test")
                                                               : database);
            db.setUserName(QStringLiteral("barge"));
            db.setPassword(password);
            db.setConnectOptions(options);
            if (!db.open()) {
                result << QStringList{QStringLiteral("ERROR: ") + db.lastError().text()};
            } else {
                QSqlQuery query(db);
                if (!query.exec(sql))
                    result << QStringList{QStringLiteral("ERROR: ") + query.lastError().text()};
                while (query.next()) {
                    QStringList values;
                    for (int i = 0; i < query.record().count(); ++i)
                        values << query.value(i).toString();
                    result << values;
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }

    // The first value of `sql`'s first row ("ERROR: ..." when it fails).
    QString scalar(const QString &sql) const
    {
        const QList<QStringList> all = rows(sql);
        return all.isEmpty() ? QString() : all.first().value(0);
    }

    // Runs the statements in order; the first failure ("... in: STATEMENT"), or "" when all passed.
    QString exec(const QStringList &statements) const
    {
        for (const QString &sql : statements) {
            const QString first = scalar(sql);
            if (first.startsWith(QLatin1String("ERROR: ")))
                return first + QStringLiteral(" in: ") + sql;
        }
        return QString();
    }
};

} // namespace barge::test
