#pragma once
// SqlSession: the few things shared target-side code (MarkTable) asks of a writer's connection:
// run a statement, read back a few integers or texts, look a table up, quote a text. Each SQL writer offers
// one over its native connection (SqliteSession, PgSession, MariaDbSession). Thread bound like the
// connection; the writer owns both.

#include "schema/dialect.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace barge {

class SqlSession
{
public:
    virtual ~SqlSession() = default;

    virtual Dialect dialect() const = 0;
    // The schema that names resolve in (a PostgreSQL schema); empty where there is none.
    virtual QString schema() const { return QString(); }
    // `text` as a string literal the server reads back exactly. Values only, never identifiers.
    virtual QString quote(const QString &text) const = 0;
    // Runs one statement; false with *error, the server's reason, when it fails.
    virtual bool exec(const QString &sql, QString *error) = 0;
    // Runs DDL that sessions of parallel tables may race on (CREATE TABLE IF NOT EXISTS): where the
    // server needs it, one session at a time under a lock named `lock`; else simply in order.
    virtual bool execSerialized(const QString &lock, const QStringList &statements, QString *error)
    {
        Q_UNUSED(lock)
        for (const QString &sql : statements) {
            if (!exec(sql, error))
                return false;
        }
        return true;
    }
    // Runs a query whose columns are all integers; *rows gets every row's values.
    virtual bool queryIntegers(const QString &sql, QList<QList<qint64>> *rows, QString *error) = 0;
    // Runs a query and reads every column as text (a null QString for NULL); *rows gets every row.
    virtual bool queryTexts(const QString &sql, QList<QStringList> *rows, QString *error) = 0;
    // Whether a table of this name is in the session's database (and schema).
    virtual bool tableExists(const QString &table, bool *exists, QString *error) = 0;
    // A location for messages, the owning writer's: "shop.db table orders".
    virtual QString describe() const = 0;
};

} // namespace barge
