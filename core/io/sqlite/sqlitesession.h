#pragma once
// SqliteSession: a SqliteWriter's connection as a SqlSession (for its MarkTable). Values are
// quoted as standard SQL literals, which SQLite reads back exactly. Owned by the writer.

#include "io/sqlsession.h"

namespace barge {

class RowWriter;
class SqliteHandle;

class SqliteSession : public SqlSession
{
public:
    // `db` and `owner` (whose describe() names the session in messages) outlive this.
    SqliteSession(SqliteHandle *db, const RowWriter *owner);

    Dialect dialect() const override { return Dialect::Sqlite; }
    QString quote(const QString &text) const override;
    bool exec(const QString &sql, QString *error) override;
    bool queryIntegers(const QString &sql, QList<QList<qint64>> *rows, QString *error) override;
    bool queryTexts(const QString &sql, QList<QStringList> *rows, QString *error) override;
    bool tableExists(const QString &table, bool *exists, QString *error) override;
    QString describe() const override;

private:
    SqliteHandle *m_db;
    const RowWriter *m_owner;
};

} // namespace barge
