// DdlBuilder::prepareTable, the one place a table mode becomes statements, and MarkTable, the one
// implementation of the resume-mark protocol, over a SqlSession of the test's own on a real
// SQLite file (QSQLITE): what every SQL writer relies on, checked without a writer around it.

#include "io/keyrange.h"
#include "io/loadmark.h"
#include "io/marktable.h"
#include "io/sqlsession.h"
#include "schema/ddlbuilder.h"
#include "schema/tablemode.h"
#include "schema/tableschema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace barge;

Q_DECLARE_METATYPE(barge::Dialect)
Q_DECLARE_METATYPE(barge::TableMode)

namespace {

TableSchema ordersTable()
{
    TableSchema table;
    table.name = QStringLiteral("orders");
    ColumnSchema id;
    id.name = QStringLiteral("id");
    id.type = DataType::of(TypeKind::Int64);
    id.nullable = false;
    id.primaryKeyPosition = 1;
    ColumnSchema note;
    note.name = QStringLiteral("note");
    note.type = DataType::text();
    table.columns << id << note;
    return table;
}

// The first word or two of each statement: what it does, whatever the dialect's spelling.
QStringList verbs(const QStringList &statements)
{
    QStringList out;
    for (const QString &sql : statements) {
        const QStringList words = sql.split(QLatin1Char(' '));
        out << (words.value(0) == QLatin1String("--") ? sql : words.mid(0, 2).join(QLatin1Char(' ')));
    }
    return out;
}

// SqlSession over a QSQLITE connection: MarkTable needs nothing more.
class QtSqliteSession : public SqlSession
{
public:
    explicit QtSqliteSession(const QString &connection) : m_connection(connection) {}

    Dialect dialect() const override { return Dialect::Sqlite; }
    QString quote(const QString &text) const override
    {
        return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    }
    bool exec(const QString &sql, QString *error) override
    {
        QSqlQuery query(QSqlDatabase::database(m_connection));
        if (query.exec(sql))
            return true;
        *error = query.lastError().text();
        return false;
    }
    bool queryIntegers(const QString &sql, QList<QList<qint64>> *rows, QString *error) override
    {
        QSqlQuery query(QSqlDatabase::database(m_connection));
        if (!query.exec(sql)) {
            *error = query.lastError().text();
            return false;
        }
        rows->clear();
        while (query.next()) {
            QList<qint64> row;
            for (int i = 0; i < query.record().count(); ++i)
                row << query.value(i).toLongLong();
            *rows << row;
        }
        return true;
    }
    bool queryTexts(const QString &sql, QList<QStringList> *rows, QString *error) override
    {
        QSqlQuery query(QSqlDatabase::database(m_connection));
        if (!query.exec(sql)) {
            *error = query.lastError().text();
            return false;
        }
        rows->clear();
        while (query.next()) {
            QStringList row;
            for (int i = 0; i < query.record().count(); ++i)
                row << (query.isNull(i) ? QString() : query.value(i).toString());
            *rows << row;
        }
        return true;
    }
    bool tableExists(const QString &table, bool *exists, QString *error) override
    {
        QList<QList<qint64>> rows;
        if (!queryIntegers(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ")
                               + quote(table), &rows, error))
            return false;
        *exists = rows.value(0).value(0) > 0;
        return true;
    }
    QString describe() const override { return QStringLiteral("test.db"); }

private:
    QString m_connection;
};

} // namespace

class TestDdlBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prepareTable_data();
    void prepareTable();
    void markTableKeepsOneMarkPerRunAndTable();
    void markTableIsDroppedWhenItsLastMarkGoes();
    void markCommitsWithTheRows();
};

void TestDdlBuilder::prepareTable_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<TableMode>("mode");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QStringList>("expected");
    const QStringList create{QStringLiteral("BEFORE CREATE"), QStringLiteral("CREATE TABLE")};
    const QStringList drop{QStringLiteral("DROP TABLE")};
    for (const Dialect dialect : {Dialect::Sqlite, Dialect::Postgres, Dialect::MySql}) {
        const QString name = dialectName(dialect);
        const QStringList empty{dialect == Dialect::Sqlite ? QStringLiteral("DELETE FROM") : QStringLiteral("TRUNCATE TABLE")};
        const auto row = [&](TableMode mode, bool exists, const QStringList &expected) {
            QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3").arg(name, tableModeName(mode),
                                                                      exists ? QStringLiteral("existing")
                                                                             : QStringLiteral("new"))))
                << dialect << mode << exists << expected;
        };
        // A missing table is created whatever the mode; replace drops first (IF EXISTS) either way.
        row(TableMode::Append, false, create);
        row(TableMode::Append, true, QStringList());
        row(TableMode::Truncate, false, create);
        row(TableMode::Truncate, true, empty);
        row(TableMode::Replace, false, drop + create);
        row(TableMode::Replace, true, drop + create);
    }
}

void TestDdlBuilder::prepareTable()
{
    QFETCH(Dialect, dialect);
    QFETCH(TableMode, mode);
    QFETCH(bool, exists);
    QFETCH(QStringList, expected);
    const QStringList statements = DdlBuilder::prepareTable(dialect, ordersTable(), mode, exists, QString(),
                                                            {QStringLiteral("BEFORE CREATE")});
    QCOMPARE(verbs(statements), expected);
    QCOMPARE(DdlBuilder::createsTable(mode, exists), expected.contains(QStringLiteral("CREATE TABLE")));
    for (const QString &sql : statements) {
        if (sql != QLatin1String("BEFORE CREATE"))
            QVERIFY2(sql.contains(QLatin1String("orders")), qPrintable(sql));
    }
}

void TestDdlBuilder::markTableKeepsOneMarkPerRunAndTable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(dir.filePath(QStringLiteral("test.db")));
        QVERIFY(db.open());
        QtSqliteSession session(connection);
        MarkTable orders(&session, QStringLiteral("orders"));
        MarkTable items(&session, QStringLiteral("items"));
        QString error;
        LoadMark mark;
        bool found = true;
        // No mark table yet: nothing found, and that is no error.
        QVERIFY2(orders.load(QStringLiteral("run-1"), &mark, &found, &error), qPrintable(error));
        QVERIFY(!found);
        QVERIFY2(orders.prepare(&error) && items.prepare(&error), qPrintable(error));
        QVERIFY2(orders.prepare(&error), qPrintable(error)); // a second prepare finds it there
        const LoadMark first{100, 98, 2, 512};
        const LoadMark later{200, 197, 3, 700};
        QVERIFY2(orders.save(QStringLiteral("run-1"), first, &error), qPrintable(error));
        QVERIFY2(orders.save(QStringLiteral("run-1"), later, &error), qPrintable(error)); // replaces
        QVERIFY2(items.save(QStringLiteral("run-1"), first, &error), qPrintable(error));
        QVERIFY2(orders.save(QStringLiteral("run-2"), first, &error), qPrintable(error));
        QVERIFY2(orders.load(QStringLiteral("run-1"), &mark, &found, &error), qPrintable(error));
        QVERIFY(found);
        QCOMPARE(mark, later);
        QVERIFY2(items.load(QStringLiteral("run-1"), &mark, &found, &error), qPrintable(error));
        QVERIFY(found);
        QCOMPARE(mark, first);
        QVERIFY2(items.load(QStringLiteral("run-3"), &mark, &found, &error), qPrintable(error));
        QVERIFY(!found);
        QSqlQuery count(db);
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM ") + DdlBuilder::markTable()) && count.next());
        QCOMPARE(count.value(0).toInt(), 3);
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestDdlBuilder::markTableIsDroppedWhenItsLastMarkGoes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(dir.filePath(QStringLiteral("test.db")));
        QVERIFY(db.open());
        QtSqliteSession session(connection);
        MarkTable orders(&session, QStringLiteral("orders"));
        MarkTable items(&session, QStringLiteral("items"));
        QString error;
        QVERIFY2(orders.prepare(&error), qPrintable(error));
        QVERIFY2(orders.save(QStringLiteral("run"), LoadMark{1, 1, 0, 0}, &error), qPrintable(error));
        QVERIFY2(items.save(QStringLiteral("run"), LoadMark{2, 2, 0, 0}, &error), qPrintable(error));
        // Marks of orders' key ranges (RangeSplit), and of a table whose name only starts like it.
        KeyRange range;
        range.first = 1;
        range.last = 10;
        orders.setKey(range.markKey(QStringLiteral("orders")));
        QVERIFY2(orders.save(QStringLiteral("run"), LoadMark{3, 3, 0, 0}, &error), qPrintable(error));
        orders.setKey(QStringLiteral("orders"));
        MarkTable emoji(&session, QStringLiteral("orders😀"));
        emoji.setKey(range.markKey(QStringLiteral("orders😀")));
        QVERIFY2(emoji.save(QStringLiteral("run"), LoadMark{4, 4, 0, 0}, &error), qPrintable(error));
        MarkTable longer(&session, QStringLiteral("orders2"));
        QVERIFY2(longer.save(QStringLiteral("run"), LoadMark{5, 5, 0, 0}, &error), qPrintable(error));
        bool exists = false;
        QVERIFY2(orders.clear(QStringLiteral("run"), true, &error), qPrintable(error));
        QSqlQuery left(db);
        QVERIFY(left.exec(QStringLiteral("SELECT group_concat(source_rows) FROM (SELECT source_rows FROM %1 ORDER BY 1)")
                              .arg(DdlBuilder::markTable()))
                && left.next());
        QCOMPARE(left.value(0).toString(), QStringLiteral("2,4,5")); // orders' own and its range's mark went
        left.finish(); // a statement still open would keep the table from being dropped
        QVERIFY2(emoji.clear(QStringLiteral("run"), true, &error), qPrintable(error)); // a name past the BMP
        QVERIFY2(longer.clear(QStringLiteral("run"), true, &error), qPrintable(error));
        // Not at the end of a run: the table stays even when empty (another job may be about to save).
        QVERIFY2(items.clear(QStringLiteral("run"), false, &error), qPrintable(error));
        QVERIFY2(session.tableExists(DdlBuilder::markTable(), &exists, &error), qPrintable(error));
        QVERIFY2(exists, "kept while a run may still save marks");
        QVERIFY2(items.clear(QStringLiteral("run"), true, &error), qPrintable(error));
        QVERIFY2(session.tableExists(DdlBuilder::markTable(), &exists, &error), qPrintable(error));
        QVERIFY2(!exists, "the last mark is gone: so is the table, leaving the target as the user had it");
        QVERIFY2(items.clear(QStringLiteral("run"), true, &error), qPrintable(error)); // nothing left to clear
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestDdlBuilder::markCommitsWithTheRows()
{
    // A mark saved inside a transaction that is rolled back is gone with the rows it counted.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(dir.filePath(QStringLiteral("test.db")));
        QVERIFY(db.open());
        QtSqliteSession session(connection);
        MarkTable orders(&session, QStringLiteral("orders"));
        QString error;
        QVERIFY2(session.exec(DdlBuilder::createTable(Dialect::Sqlite, ordersTable()), &error), qPrintable(error));
        QVERIFY2(orders.prepare(&error), qPrintable(error));
        QVERIFY2(orders.save(QStringLiteral("run"), LoadMark{1, 1, 0, 0}, &error), qPrintable(error));
        QVERIFY(db.transaction());
        QVERIFY2(session.exec(QStringLiteral("INSERT INTO orders VALUES (2, 'two')"), &error), qPrintable(error));
        QVERIFY2(orders.save(QStringLiteral("run"), LoadMark{2, 2, 0, 0}, &error), qPrintable(error));
        QVERIFY(db.rollback());
        LoadMark mark;
        bool found = false;
        QVERIFY2(orders.load(QStringLiteral("run"), &mark, &found, &error), qPrintable(error));
        QVERIFY(found);
        QCOMPARE(mark, (LoadMark{1, 1, 0, 0}));
    }
    QSqlDatabase::removeDatabase(connection);
}

QTEST_GUILESS_MAIN(TestDdlBuilder)
#include "tst_ddlbuilder.moc"
