#pragma once
// Test helper: a schema of one's own on the throwaway PostgreSQL server (testservers.h), dropped
// again on destruction, with statements and queries through Qt's QPSQL driver (independent of
// Barge's PgConnection, so a test checks the backend with a second opinion). Create one per test
// function (init/cleanup); use it from the thread that created it.
//   barge::test::PgFixture pg;
//   if (!pg.isValid()) QFAIL(qPrintable(pg.error()));
//   QCOMPARE(pg.exec("CREATE TABLE S.t (id int)"), QString()); // S. is the fixture's schema

#include "endpoint/endpoint.h"
#include "testservers.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace barge::test {

class PgFixture
{
public:
    PgFixture() : m_name(uniqueName(QStringLiteral("pgfixture"))), m_schema(uniqueName(QStringLiteral("tst_pg")))
    {
        const std::optional<TestServers> servers = testServers(&m_error);
        if (!servers)
            return;
        m_servers = *servers;
        const std::optional<Endpoint> parsed = Endpoint::parse(servers->pgUrl, &m_error);
        if (!parsed)
            return;
        m_server = *parsed;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(m_server.host);
        db.setPort(m_server.port);
        db.setUserName(m_server.user);
        db.setPassword(m_server.password);
        db.setDatabaseName(m_server.database);
        if (!db.open()) {
            m_error = QStringLiteral("cannot connect to the test PostgreSQL: ") + db.lastError().text();
            return;
        }
        m_error = exec(QStringLiteral("SET TimeZone = 'UTC';\nSET client_min_messages = 'warning';\nCREATE SCHEMA ")
                       + m_schema);
        m_valid = m_error.isEmpty();
    }
    ~PgFixture()
    {
        if (m_valid)
            exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_schema));
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    PgFixture(const PgFixture &) = delete;
    PgFixture &operator=(const PgFixture &) = delete;

    bool isValid() const { return m_valid; }
    const QString &error() const { return m_error; }
    const TestServers &servers() const { return m_servers; }
    const Endpoint &server() const { return m_server; }  // the server's URL as an Endpoint
    const QString &schema() const { return m_schema; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    // The server with ?schema= this fixture's schema.
    Endpoint endpoint() const
    {
        Endpoint e = m_server;
        e.options.insert(QStringLiteral("schema"), m_schema);
        return e;
    }

    // Runs statements separated by ";\n", "S." standing for the schema; the first error or "".
    QString exec(const QString &script)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        const QStringList statements = withSchema(script).split(QStringLiteral(";\n"), Qt::SkipEmptyParts);
        for (const QString &sql : statements) {
            if (!sql.trimmed().isEmpty() && !query.exec(sql))
                return query.lastError().text() + QStringLiteral(" in: ") + sql;
        }
        return QString();
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(withSchema(sql)) || !query.next())
            return QVariant(QStringLiteral("ERROR: ") + query.lastError().text());
        return query.value(0);
    }

    // Every row of a query, each value as PostgreSQL's text ("NULL" for NULL).
    QList<QStringList> rows(const QString &sql)
    {
        QList<QStringList> result;
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(withSchema(sql)))
            return {{QStringLiteral("ERROR: ") + query.lastError().text()}};
        while (query.next()) {
            QStringList values;
            for (int c = 0; c < query.record().count(); ++c)
                values << (query.isNull(c) ? QStringLiteral("NULL") : query.value(c).toString());
            result << values;
        }
        return result;
    }

    // The declared type of table.column as format_type() spells it.
    QString typeOf(const QString &table, const QString &column)
    {
        return scalar(QStringLiteral("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = "
                                     "'S.%1'::regclass AND attname = '%2'").arg(table, column)).toString();
    }

private:
    QString withSchema(QString text) const
    {
        static const QRegularExpression placeholder(QStringLiteral("\\bS\\."));
        return text.replace(placeholder, m_schema + QLatin1Char('.'));
    }

    QString m_name;
    QString m_schema;
    QString m_error;
    TestServers m_servers;
    Endpoint m_server;
    bool m_valid = false;
};

} // namespace barge::test
