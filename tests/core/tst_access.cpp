// Microsoft Access: real .mdb files other programs wrote (Jet 3 from Free Pascal's examples, Jet 4
// from mrtg's contrib and the npm packages node-adodb and mdb; tests/data/README.md), read through
// mdbtools: tables, columns and types, keys, indexes and relationships, Unicode text, exact numbers,
// and a copy into SQLite through the command line with its foreign key.
#include "endpoint/endpoint.h"
#include "io/access/accesstablereader.h"
#include "io/backend.h"
#include "io/introspector.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace barge;

namespace {

QString dataFile(const QString &name)
{
    return qEnvironmentVariable("BARGE_SOURCE_DIR") + QStringLiteral("/tests/data/access/") + name;
}

Endpoint endpointFor(const QString &path, const QString &query = QString())
{
    QString error;
    const std::optional<Endpoint> endpoint = Endpoint::parse(QStringLiteral("access://") + path + query, &error);
    if (!endpoint)
        qFatal("%s", qPrintable(error));
    return *endpoint;
}

QList<Row> readRows(const Endpoint &endpoint, const QString &table, QString *error)
{
    AccessTableReader reader(endpoint, table);
    if (!reader.open(error))
        return {};
    RowBatch batch;
    while (reader.read(batch, 2)) {
    }
    *error = reader.error();
    return batch.rows;
}

QStringList texts(const Row &row)
{
    QStringList out;
    for (const QVariant &value : row)
        out << (value.isNull() ? QStringLiteral("NULL") : value.toString());
    return out;
}

QStringList typesOf(const TableSchema &schema)
{
    QStringList types;
    for (const ColumnSchema &column : schema.columns)
        types << column.name + u' ' + column.type.toString() + (column.nullable ? QString() : QStringLiteral(" NOT NULL"));
    return types;
}

} // namespace

class TestAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jet4TablesKeysAndRelationships();
    void unicodeTextAndDates();
    void jet3File();
    void exactNumbers();
    void notAnAccessFile();
    void copiedIntoSqlite();
};

void TestAccess::jet4TablesKeysAndRelationships()
{
    const Endpoint endpoint = endpointFor(dataFile(QStringLiteral("fruit.mdb")));
    std::unique_ptr<Introspector> introspector = Backend::introspector(endpoint, false);
    QString error;
    QVERIFY2(introspector->open(&error), qPrintable(error));
    QCOMPARE(introspector->tableNames(&error), (QStringList{"Fruit", "Fruit Salad", "Veggie Salad", "Muffin/Bread", "Dried"}));
    const std::optional<TableSchema> fruit = introspector->table(QStringLiteral("Fruit"), &error);
    QVERIFY2(fruit, qPrintable(error));
    QCOMPARE(fruit->rowCount, 37);
    QCOMPARE(fruit->columns.first().name, QStringLiteral("Fruit"));
    QCOMPARE(fruit->columns.first().type.toString(), QStringLiteral("text(50)"));
    QCOMPARE(fruit->primaryKey(), QStringList{QStringLiteral("Fruit")});
    QCOMPARE(fruit->columns.at(5).name, QStringLiteral("Vit A"));
    const std::optional<TableSchema> salad = introspector->table(QStringLiteral("Fruit Salad"), &error);
    QVERIFY2(salad, qPrintable(error));
    QCOMPARE(salad->foreignKeys.size(), 1);
    QCOMPARE(salad->foreignKeys.first().columns, QStringList{QStringLiteral("Fruit")});
    QCOMPARE(salad->foreignKeys.first().referencedTable, QStringLiteral("Fruit"));
    QCOMPARE(salad->foreignKeys.first().onDelete, QStringLiteral("CASCADE"));
    QCOMPARE(salad->foreignKeys.first().onUpdate, QStringLiteral("CASCADE"));
    // A table named with a slash reads like any other.
    const QList<Row> muffins = readRows(endpoint, QStringLiteral("Muffin/Bread"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(muffins.size(), 13);
    QCOMPARE(texts(muffins.first()), QStringList{QStringLiteral("Banana")});
}

void TestAccess::unicodeTextAndDates()
{
    const Endpoint endpoint = endpointFor(dataFile(QStringLiteral("node-adodb.mdb")));
    std::unique_ptr<Introspector> introspector = Backend::introspector(endpoint, false);
    QString error;
    QVERIFY2(introspector->open(&error), qPrintable(error));
    const std::optional<TableSchema> users = introspector->table(QStringLiteral("Users"), &error);
    QVERIFY2(users, qPrintable(error));
    QCOMPARE(typesOf(*users), (QStringList{"UserId int32 NOT NULL", "UserName text(255) NOT NULL", "UserSex text(255)",
                                           "UserBirthday datetime", "UserMarried boolean NOT NULL"}));
    QVERIFY(users->columns.first().autoIncrement);
    const QList<Row> rows = readRows(endpoint, QStringLiteral("Users"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(texts(rows.at(0)), (QStringList{"1", "Nuintun", "Male", "1989-01-25 00:00:00", "true"}));
    QCOMPARE(texts(rows.at(2)), (QStringList{"3", "张三", "男", "1986-12-18 00:00:00", "true"}));
}

void TestAccess::jet3File()
{
    const Endpoint endpoint = endpointFor(dataFile(QStringLiteral("testodbc.mdb")));
    std::unique_ptr<Introspector> introspector = Backend::introspector(endpoint, false);
    QString error;
    QVERIFY2(introspector->open(&error), qPrintable(error));
    const std::optional<TableSchema> developers = introspector->table(QStringLiteral("FPdev"), &error);
    QVERIFY2(developers, qPrintable(error));
    QCOMPARE(typesOf(*developers), (QStringList{"id int32 NOT NULL", "UserName text(255)", "InstEmail text(255)"}));
    QCOMPARE(developers->primaryKey(), QStringList{QStringLiteral("id")});
    const QList<Row> rows = readRows(endpoint, QStringLiteral("FPdev"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 8);
    QCOMPARE(texts(rows.first()), (QStringList{"1", "Michael Van Canneyt", "Michael@tfdec1.fys.kuleuven.ac.be"}));
}

void TestAccess::exactNumbers()
{
    const Endpoint endpoint = endpointFor(dataFile(QStringLiteral("Monitor.mdb")));
    std::unique_ptr<Introspector> introspector = Backend::introspector(endpoint, false);
    QString error;
    QVERIFY2(introspector->open(&error), qPrintable(error));
    const std::optional<TableSchema> monitor = introspector->table(QStringLiteral("Monitor_Authenticate"), &error);
    QVERIFY2(monitor, qPrintable(error));
    QCOMPARE(monitor->columns.at(1).type.toString(), QStringLiteral("decimal(18)"));
    QCOMPARE(monitor->columns.at(5).type.kind, TypeKind::Boolean);
    const QList<Row> rows = readRows(endpoint, QStringLiteral("Monitor_Authenticate"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(texts(rows.first()).mid(0, 5), (QStringList{"1", "1234567890", "12345678", "33600", "nobody@sunnyline.co.za"}));
    QCOMPARE(texts(rows.first()).mid(9, 2), (QStringList{"false", "2000-06-17 20:36:24"}));
}

void TestAccess::notAnAccessFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.mdb"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    std::unique_ptr<Introspector> introspector = Backend::introspector(endpointFor(path), false);
    QString error;
    QVERIFY(!introspector->open(&error));
    QCOMPARE(error, QStringLiteral("orders.mdb: not an Access database, or a damaged one"));
    introspector = Backend::introspector(endpointFor(dir.filePath(QStringLiteral("missing.mdb"))), false);
    QVERIFY(!introspector->open(&error));
    QVERIFY2(error.endsWith(QStringLiteral("missing.mdb: no such Access database")), qPrintable(error));
}

void TestAccess::copiedIntoSqlite()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("fruit.db"));
    QProcess barge;
    barge.start(qEnvironmentVariable("BARGE_EXE"),
                {QStringLiteral("copy"), QStringLiteral("access://") + dataFile(QStringLiteral("fruit.mdb")),
                 QStringLiteral("sqlite://") + target, QStringLiteral("--quiet")});
    QVERIFY(barge.waitForFinished(120000));
    QVERIFY2(barge.exitCode() == 0, barge.readAllStandardError().constData());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fruit"));
        db.setDatabaseName(target);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*), sum(\"Vit C\") FROM \"Fruit\"")) && query.next());
        QCOMPARE(query.value(0).toInt(), 37);
        QVERIFY(query.exec(QStringLiteral("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list('Fruit Salad')"))
                && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Fruit"));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM \"Muffin/Bread\"")) && query.next());
        QCOMPARE(query.value(0).toInt(), 13);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fruit"));
}

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
