#pragma once
// Test helper: a connection to the throwaway MariaDB (testservers.h) through Qt's own QMYSQL
// driver, to set tables up and check them independently of Barge's native path. Tables made with
// table() get unique names and are dropped when the fixture goes.
//   MySqlFixture db;
//   if (!db.isOpen()) QFAIL(qPrintable(db.error()));

#include "endpoint/endpoint.h"
#include "io/rowreader.h"
#include "testservers.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>

namespace barge::test {

class MySqlFixture
{
public:
    MySqlFixture() : m_name(QStringLiteral("mysqlfixture-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        const auto servers = testServers(&m_error);
        if (!servers)
            return;
        m_socket = servers->mysqlSocket;
        const auto endpoint = Endpoint::parse(servers->mysqlUrl, &m_error);
        if (!endpoint)
            return;
        m_endpoint = *endpoint;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), m_name);
        db.setHostName(m_endpoint.host);
        db.setPort(m_endpoint.port);
        db.setUserName(m_endpoint.user);
        db.setPassword(m_endpoint.password);
        db.setDatabaseName(m_endpoint.database);
        if (!db.open()) {
            m_error = db.lastError().text();
            return;
        }
        // UTC like Barge's sessions; recursive CTEs make the test rows.
        m_error = exec(QStringLiteral("SET time_zone = '+00:00', sql_mode = 'STRICT_ALL_TABLES', "
                                      "foreign_key_checks = 0, max_recursive_iterations = 1000000"));
        m_open = m_error.isEmpty();
    }
    ~MySqlFixture()
    {
        for (const QString &table : std::as_const(m_tables))
            exec(QStringLiteral("DROP TABLE IF EXISTS `%1`").arg(table));
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    MySqlFixture(const MySqlFixture &) = delete;
    MySqlFixture &operator=(const MySqlFixture &) = delete;

    bool isOpen() const { return m_open; }
    const QString &error() const { return m_error; }
    const Endpoint &endpoint() const { return m_endpoint; } // with the password
    const QString &socket() const { return m_socket; }

    // A unique table name (prefix_...), dropped with the fixture.
    QString table(const QString &prefix)
    {
        m_tables << uniqueName(prefix);
        return m_tables.last();
    }

    // Runs one statement; returns the server's error or an empty string.
    QString exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(sql) ? QString() : query.lastError().text() + QStringLiteral(" in: ") + sql;
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next())
            return QVariant(QStringLiteral("ERROR: ") + query.lastError().text());
        return query.value(0);
    }

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
    QString m_socket;
    Endpoint m_endpoint;
    QStringList m_tables;
    bool m_open = false;
};

// Opens `reader` and reads it to the end into *all (rows, positions, rejects).
inline bool readAll(RowReader *reader, RowBatch *all, QString *error)
{
    if (!reader->open(error))
        return false;
    RowBatch batch;
    while (reader->read(batch, 2000)) {
        all->rows << batch.rows;
        all->positions << batch.positions;
        all->rejected << batch.rejected;
        batch.clear();
    }
    *error = reader->error();
    return error->isEmpty();
}

} // namespace barge::test
