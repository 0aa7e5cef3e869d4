#include "io/mariadb/mariadbsession.h"

#include "io/mariadb/mariadbconnection.h"
#include "io/mariadb/mariadbresult.h"
#include "io/rowwriter.h"

namespace barge {

MariaDbSession::MariaDbSession(MariaDbConnection *db, const RowWriter *owner) : m_db(db), m_owner(owner)
{
}

QString MariaDbSession::describe() const
{
    return m_owner->describe();
}

QString MariaDbSession::quote(const QString &text) const
{
    return MariaDbConnection::quoteString(text);
}

bool MariaDbSession::exec(const QString &sql, QString *error)
{
    return m_db->run(sql, error);
}

bool MariaDbSession::queryIntegers(const QString &sql, QList<QList<qint64>> *rows, QString *error)
{
    rows->clear();
    MariaDbResult result;
    if (!m_db->query(sql, &result, error))
        return false;
    while (result.next()) {
        QList<qint64> row;
        for (int c = 0; c < result.columns(); ++c)
            row << result.integer(c);
        rows->append(row);
    }
    return true;
}

bool MariaDbSession::queryTexts(const QString &sql, QList<QStringList> *rows, QString *error)
{
    rows->clear();
    MariaDbResult result;
    if (!m_db->query(sql, &result, error))
        return false;
    while (result.next()) {
        QStringList row;
        for (int c = 0; c < result.columns(); ++c)
            row << result.text(c);
        rows->append(row);
    }
    return true;
}

bool MariaDbSession::tableExists(const QString &table, bool *exists, QString *error)
{
    MariaDbResult result;
    if (!m_db->query(QStringLiteral("SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                                    "AND TABLE_NAME = ")
                         + MariaDbConnection::quoteString(table),
                     &result, error))
        return false;
    *exists = result.next();
    return true;
}

} // namespace barge
