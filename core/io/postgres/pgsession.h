#pragma once
// PgSession: a PgWriter's connection as a SqlSession (for its MarkTable), in the endpoint's
// schema. Serialized DDL runs in one transaction under an advisory lock. Owned by the writer.

#include "io/sqlsession.h"

namespace barge {

class PgConnection;
class RowWriter;

class PgSession : public SqlSession
{
public:
    // `conn` and `owner` (whose describe() names the session in messages) outlive this.
    PgSession(PgConnection *conn, const RowWriter *owner);

    Dialect dialect() const override { return Dialect::Postgres; }
    QString schema() const override;
    QString quote(const QString &text) const override;
    bool exec(const QString &sql, QString *error) override;
    bool execSerialized(const QString &lock, const QStringList &statements, QString *error) override;
    bool queryIntegers(const QString &sql, QList<QList<qint64>> *rows, QString *error) override;
    bool queryTexts(const QString &sql, QList<QStringList> *rows, QString *error) override;
    bool tableExists(const QString &table, bool *exists, QString *error) override;
    QString describe() const override;

private:
    PgConnection *m_conn;
    const RowWriter *m_owner;
};

} // namespace barge
