#pragma once
// MariaDbSession: a MariaDbWriter's connection as a SqlSession (for its MarkTable). Values are quoted with
// MariaDbConnection::quoteString (the server's escapes, not only doubled quotes). Owned by the writer.

#include "io/sqlsession.h"

namespace barge {

class MariaDbConnection;
class RowWriter;

class MariaDbSession : public SqlSession
{
public:
    // `db` and `owner` (whose describe() names the session in messages) outlive this.
    MariaDbSession(MariaDbConnection *db, const RowWriter *owner);

    Dialect dialect() const override { return Dialect::MySql; }
    QString quote(const QString &text) const override;
    bool exec(const QString &sql, QString *error) override;
    bool queryIntegers(const QString &sql, QList<QList<qint64>> *rows, QString *error) override;
    bool queryTexts(const QString &sql, QList<QStringList> *rows, QString *error) override;
    bool tableExists(const QString &table, bool *exists, QString *error) override;
    QString describe() const override;

private:
    MariaDbConnection *m_db;
    const RowWriter *m_owner;
};

} // namespace barge
