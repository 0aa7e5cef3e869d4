#pragma once
// Test helpers: make and query small SQLite files through Qt's QSQLITE driver (independent of the
// engine's native path, so a test checks the engine with a second opinion).

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>

namespace barge::test {

class SqliteFixture
{
public:
    explicit SqliteFixture(const QString &path)
        : m_name(QStringLiteral("fixture-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~SqliteFixture()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

    // Runs statements separated by ";\n"; returns the first error or an empty string.
    QString exec(const QString &script)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        const QStringList statements = script.split(QStringLiteral(";\n"), Qt::SkipEmptyParts);
        for (const QString &sql : statements) {
            if (sql.trimmed().isEmpty())
                continue;
            if (!query.exec(sql))
                return query.lastError().text() + QStringLiteral(" in: ") + sql;
        }
        return QString();
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql) || !query.next())
            return QVariant(QStringLiteral("ERROR: ") + query.lastError().text());
        return query.value(0);
    }

    QList<QVariantList> rows(const QString &sql)
    {
        QList<QVariantList> result;
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql))
            return result;
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i)
                row << query.value(i);
            result << row;
        }
        return result;
    }

private:
    QString m_name;
};

} // namespace barge::test
