// The MariaDB/MySQL backend's connection, introspection and paged reading against a real server
// (scripts/servers.sh). Setup and checks go through Qt's own QMYSQL driver (MySqlFixture), a
// second opinion on Barge's native path. Writing: tst_mysqlwriter; the whole engine: tst_mysqlmigration.

#include "io/mariadb/mariadbintrospector.h"
#include "io/mariadb/mariadbreader.h"
#include "mysqlfixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <limits>

using namespace barge;
using barge::test::MySqlFixture;
using barge::test::uniqueName;

class TestMySql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void introspectsTypesKeysDefaultsIndexesAndForeignKeys();
    void readsEveryValueExactly();
    void pagesByKeyInKeyOrder();
    void pagesByCompositeKey();
    void readsKeyBoundsAndRanges();
    void readsATableWithoutKey();
    void widePagesHoldFewerRows();
    void connectionErrorsAreTold();
    void connectsThroughTheSocketWithPasswordFromEnvironment();

private:
    std::unique_ptr<MySqlFixture> m_db;
};

void TestMySql::initTestCase()
{
    m_db = std::make_unique<MySqlFixture>();
    if (!m_db->isOpen())
        QFAIL(qPrintable(m_db->error()));
}

void TestMySql::cleanupTestCase()
{
    m_db.reset();
}

void TestMySql::introspectsTypesKeysDefaultsIndexesAndForeignKeys()
{
    const QString parent = m_db->table("parent");
    const QString t = m_db->table("shape");
    QCOMPARE(m_db->exec(QStringLiteral("CREATE TABLE `%1` (a int, b varchar(10), PRIMARY KEY (a, b))").arg(parent)), QString());
    QCOMPARE(m_db->exec(QStringLiteral(
                 "CREATE TABLE `%1` (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, price decimal(12,2) NOT NULL DEFAULT 0,"
                 " name varchar(40) DEFAULT 'open', at datetime(6), stamp timestamp NULL DEFAULT CURRENT_TIMESTAMP,"
                 " born date, data blob, flag tinyint(1) NOT NULL DEFAULT 0, big bigint, ubig bigint unsigned,"
                 " ratio double, note text, doc json, mood enum('happy','sad') DEFAULT 'sad', pa int, pb varchar(10),"
                 " UNIQUE KEY uq_name (name), KEY ix_born_at (born, at), KEY ix_note (note(20)),"
                 " CONSTRAINT fk_parent FOREIGN KEY (pa, pb) REFERENCES `%2` (a, b) ON DELETE CASCADE)")
                      .arg(t, parent)),
             QString());
    MariaDbIntrospector introspector(m_db->endpoint());
    QString error;
    QVERIFY2(introspector.open(&error), qPrintable(error));
    const QStringList names = introspector.tableNames(&error);
    QVERIFY(names.contains(t) && names.contains(parent));
    QVERIFY(std::is_sorted(names.begin(), names.end()));
    QVERIFY(introspector.hasTable(t));
    QVERIFY(!introspector.hasTable(t.toUpper()));
    const auto schema = introspector.table(t, &error);
    QVERIFY2(schema, qPrintable(error));
    QCOMPARE(schema->rowCount, 0);
    QVERIFY(schema->rowCountExact);
    const auto column = [&](const char *name) { return schema->columns.value(schema->indexOf(QLatin1String(name))); };
    QCOMPARE(column("id").type, DataType::of(TypeKind::Int32));
    QCOMPARE(column("id").primaryKeyPosition, 1);
    QVERIFY(column("id").autoIncrement);
    QVERIFY(!column("id").nullable);
    QCOMPARE(column("price").type, DataType::decimal(12, 2));
    QCOMPARE(column("price").declaredType, QStringLiteral("decimal(12,2)"));
    QCOMPARE(column("price").defaultValue, QStringLiteral("0.00"));
    QVERIFY(!column("price").nullable);
    QCOMPARE(column("name").type, DataType::text(40));
    QCOMPARE(column("name").defaultValue, QStringLiteral("'open'"));
    QVERIFY(column("name").nullable);
    QCOMPARE(column("at").type, DataType::of(TypeKind::DateTime));
    QCOMPARE(column("stamp").type, DataType::of(TypeKind::DateTime));
    QCOMPARE(column("stamp").defaultValue, QStringLiteral("CURRENT_TIMESTAMP"));
    QCOMPARE(column("born").type, DataType::of(TypeKind::Date));
    QCOMPARE(column("data").type.kind, TypeKind::Binary);
    QCOMPARE(column("flag").type, DataType::of(TypeKind::Boolean));
    QCOMPARE(column("flag").defaultValue, QStringLiteral("FALSE"));
    QCOMPARE(column("big").type, DataType::of(TypeKind::Int64));
    QCOMPARE(column("ubig").type, DataType::decimal(20, 0));
    QCOMPARE(column("ratio").type, DataType::of(TypeKind::Real));
    QCOMPARE(column("note").type.kind, TypeKind::Text);
    QCOMPARE(column("doc").type.kind, TypeKind::Json); // LONGTEXT with a json_valid() check
    QCOMPARE(column("mood").type, DataType::enumOf({"happy", "sad"}));
    QCOMPARE(column("mood").defaultValue, QStringLiteral("'sad'"));
    QVERIFY(column("big").defaultValue.isEmpty());

    const auto index = [&](const char *name) {
        for (const IndexSchema &i : schema->indexes) {
            if (i.name == QLatin1String(name))
                return i;
        }
        return IndexSchema();
    };
    QCOMPARE(index("uq_name").columns, QStringList{"name"});
    QVERIFY(index("uq_name").unique);
    QCOMPARE(index("ix_born_at").columns, (QStringList{"born", "at"}));
    QVERIFY(!index("ix_born_at").unique);
    QCOMPARE(index("ix_note").columns, QStringList{"note"}); // the prefix length is dropped, the index kept
    QVERIFY(index("PRIMARY").columns.isEmpty());
    QCOMPARE(schema->foreignKeys.size(), 1);
    const ForeignKeySchema key = schema->foreignKeys.first();
    QCOMPARE(key.name, QStringLiteral("fk_parent"));
    QCOMPARE(key.columns, (QStringList{"pa", "pb"}));
    QCOMPARE(key.referencedTable, parent);
    QCOMPARE(key.referencedColumns, (QStringList{"a", "b"}));
    QCOMPARE(key.onDelete, QStringLiteral("CASCADE"));
    QVERIFY(key.onUpdate.isEmpty() || key.onUpdate == QLatin1String("RESTRICT"));
}

void TestMySql::readsEveryValueExactly()
{
    const QString t = m_db->table("vals");
    QCOMPARE(m_db->exec(QStringLiteral(
                 "CREATE TABLE `%1` (id int PRIMARY KEY, price decimal(12,2), name varchar(40), at datetime(6),"
                 " stamp timestamp NULL, born date, data blob, flag tinyint(1), big bigint, ubig bigint unsigned,"
                 " ratio double, doc json, mood enum('happy','sad'))").arg(t)),
             QString());
    QByteArray bytes;
    for (int b = 0; b < 256; ++b)
        bytes.append(char(b));
    const QString text = QStringLiteral("😀 O'Brien \"q\" back\\slash\nline") + QChar(0) + QStringLiteral("end");
    QSqlQuery insert(m_db->database());
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO `%1` VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(t)));
    const QVariantList first = {1, "-1234567890.12", text, "2024-02-29 23:59:59.123456", "2024-01-01 12:00:00",
                                "1969-07-20", bytes, 1, std::numeric_limits<qint64>::max(),
                                QStringLiteral("18446744073709551615"), 0.1, "{\"a\": [1, 2]}", "sad"};
    const QVariantList second = {2, "0.05", "", "1000-01-01 00:00:00", QVariant(), "0001-01-01", QByteArray(""), 0,
                                 std::numeric_limits<qint64>::min(), "0", 1e-300, QVariant(), QVariant()};
    for (const QVariantList &values : {first, second}) {
        for (const QVariant &value : values)
            insert.addBindValue(value);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QCOMPARE(m_db->exec("SET sql_mode = ''"), QString());
    QCOMPARE(m_db->exec(QStringLiteral("INSERT INTO `%1` (id, born) VALUES (3, '0000-00-00')").arg(t)), QString());
    QCOMPARE(m_db->exec("SET sql_mode = 'STRICT_ALL_TABLES'"), QString());

    MariaDbReader reader(m_db->endpoint(), t);
    RowBatch all;
    QString error;
    QVERIFY2(barge::test::readAll(&reader, &all, &error), qPrintable(error));
    QCOMPARE(all.rows.size(), 2);
    QCOMPARE(all.positions, (QList<qint64>{1, 2}));
    const Row &a = all.rows[0];
    QCOMPARE(a[0], QVariant(qlonglong(1)));
    QCOMPARE(a[1], QVariant(QStringLiteral("-1234567890.12")));
    QCOMPARE(a[2].toString(), text);
    QCOMPARE(a[3], QVariant(QStringLiteral("2024-02-29 23:59:59.123456")));
    QCOMPARE(a[4], QVariant(QStringLiteral("2024-01-01 12:00:00")));
    QCOMPARE(a[5], QVariant(QStringLiteral("1969-07-20")));
    QCOMPARE(a[6], QVariant(bytes));
    QCOMPARE(a[7], QVariant(true));
    QCOMPARE(a[8], QVariant(std::numeric_limits<qlonglong>::max()));
    QCOMPARE(a[9], QVariant(QStringLiteral("18446744073709551615")));
    QCOMPARE(a[10].typeId(), QMetaType::Double);
    QCOMPARE(a[10].toDouble(), 0.1);
    QCOMPARE(a[11], QVariant(QStringLiteral("{\"a\": [1, 2]}")));
    QCOMPARE(a[12], QVariant(QStringLiteral("sad")));
    const Row &b = all.rows[1];
    QCOMPARE(b[1], QVariant(QStringLiteral("0.05")));
    QCOMPARE(b[3], QVariant(QStringLiteral("1000-01-01 00:00:00"))); // no ".000000" for whole seconds
    QCOMPARE(b[2], QVariant(QString(QLatin1String(""))));
    QVERIFY(!b[2].isNull());
    QVERIFY(b[4].isNull());
    QCOMPARE(b[5], QVariant(QStringLiteral("0001-01-01")));
    QCOMPARE(b[6], QVariant(QByteArray("")));
    QVERIFY(!b[6].isNull());
    QCOMPARE(b[7], QVariant(false));
    QCOMPARE(b[8], QVariant(std::numeric_limits<qlonglong>::min()));
    QCOMPARE(b[10].toDouble(), 1e-300);
    QVERIFY(b[11].isNull());
    QCOMPARE(all.rejected.size(), 1);
    QCOMPARE(all.rejected[0].position, 3);
    QVERIFY2(all.rejected[0].reason.contains("zero date"), qPrintable(all.rejected[0].reason));
    QVERIFY2(all.rejected[0].origin.contains(t + " row 3"), qPrintable(all.rejected[0].origin));
}

void TestMySql::pagesByKeyInKeyOrder()
{
    const QString t = m_db->table("paged");
    QCOMPARE(m_db->exec(QStringLiteral("CREATE TABLE `%1` (id bigint PRIMARY KEY, v varchar(20))").arg(t)), QString());
    // Inserted out of key order, with gaps: pages must follow the key, not the insertion.
    QCOMPARE(m_db->exec(QStringLiteral("INSERT INTO `%1` WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                 "WHERE i < 50000) SELECT (i * 7919) %% 50000 * 3 - 75000, concat('v', i) FROM n")
                      .arg(t)
                      .replace("%%", "%")),
             QString());
    MariaDbReader reader(m_db->endpoint(), t);
    reader.setPageRows(5000);
    RowBatch all;
    QString error;
    QVERIFY2(barge::test::readAll(&reader, &all, &error), qPrintable(error));
    QCOMPARE(reader.pagingKey(), QStringList{"id"});
    QCOMPARE(all.rows.size(), 50000);
    for (int i = 1; i < all.rows.size(); ++i)
        QVERIFY(all.rows[i - 1][0].toLongLong() < all.rows[i][0].toLongLong());
    QCOMPARE(all.rows.first()[0].toLongLong(), -75000);
    QCOMPARE(all.positions.last(), 50000);
    // The client never held more than a page of 5000 rows.
    QCOMPARE(reader.largestPage(), 5000);
    QVERIFY(reader.pagesRead() >= 10);
}

// A table split by its key (issue #19): the key's bounds, then each range read alone in pages of
// its own (keyset paging ANDed with the range), every row once.
void TestMySql::readsKeyBoundsAndRanges()
{
    const QString t = m_db->table("ranged");
    const QString vacant = m_db->table("vacant");
    QCOMPARE(m_db->exec(QStringLiteral("CREATE TABLE `%1` (id bigint PRIMARY KEY, v varchar(20))").arg(t)), QString());
    QCOMPARE(m_db->exec(QStringLiteral("INSERT INTO `%1` WITH RECURSIVE n(i) AS (SELECT -50 UNION ALL SELECT i + 7 FROM n "
                                       "WHERE i + 7 <= 250) SELECT i, concat('v', i) FROM n").arg(t)),
             QString());
    QCOMPARE(m_db->exec(QStringLiteral("CREATE TABLE `%1` (id bigint PRIMARY KEY)").arg(vacant)), QString());
    MariaDbIntrospector introspector(m_db->endpoint());
    QString error;
    QVERIFY2(introspector.open(&error), qPrintable(error));
    const std::optional<KeyBounds> bounds = introspector.keyBounds(t, QStringLiteral("id"), &error);
    QVERIFY2(bounds.has_value(), qPrintable(error));
    QCOMPARE(bounds->min, qint64(-50));
    QCOMPARE(bounds->max, qint64(244));
    const std::optional<KeyBounds> none = introspector.keyBounds(vacant, QStringLiteral("id"), &error);
    QVERIFY2(none.has_value() && none->empty, qPrintable(error));

    QList<qint64> seen;
    for (const KeyRange &range : splitKeyRange(0, 200, 40, 9)) { // keys below 0 and above 200 came "later"
        MariaDbReader reader(m_db->endpoint(), t);
        reader.setPageRows(2);
        QVERIFY(reader.restrictToRange(QStringLiteral("id"), range));
        RowBatch all;
        QVERIFY2(barge::test::readAll(&reader, &all, &error), qPrintable(error));
        for (const Row &row : std::as_const(all.rows)) {
            QVERIFY2(range.contains(row.at(0).toLongLong()), qPrintable(range.label(QStringLiteral("id"))));
            seen << row.at(0).toLongLong();
        }
    }
    QList<qint64> expected;
    for (qint64 id = -50; id <= 250; id += 7)
        expected << id;
    QCOMPARE(seen, expected);
}

void TestMySql::pagesByCompositeKey()
{
    const QString t = m_db->table("paged2");
    QCOMPARE(m_db->exec(QStringLiteral("CREATE TABLE `%1` (g int, s varchar(10), v int, PRIMARY KEY (g, s))").arg(t)), QString());
    QCOMPARE(m_db->exec(QStringLiteral("INSERT INTO `%1` WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                 "WHERE i < 20000) SELECT i DIV 1000, concat(char(65 + i %% 26), i), i FROM n")
                      .arg(t)
                      .replace("%%", "%")),
             QString());
    MariaDbReader reader(m_db->endpoint(), t);
    reader.setPageRows(3000);
    RowBatch all;
    QString error;
    QVERIFY2(barge::test::readAll(&reader, &all, &error), qPrintable(error));
    QCOMPARE(reader.pagingKey(), (QStringList{"g", "s"}));
    QCOMPARE(all.rows.size(), 20000);
    QSet<qlonglong> seen;
    for (int i = 0; i < all.rows.size(); ++i) {
        seen.insert(all.rows[i][2].toLongLong());
        if (i > 0) {
            const Row &p = all.rows[i - 1];
            const Row &r = all.rows[i];
            QVERIFY(p[0].toInt() < r[0].toInt() || (p[0].toInt() == r[0].toInt() && p[1].toString() < r[1].toString()));
        }
    }
    QCOMPARE(seen.size(), 20000);
}

void TestMySql::readsATableWithoutKey()
{
    const QString t = m_db->table("nokey");
    QCOMPARE(m_db->exec(QStringLiteral("CREATE TABLE `%1` (v int, w varchar(5))").arg(t)), QString());
    QCOMPARE(m_db->exec(QStringLiteral("INSERT INTO `%1` WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                 "WHERE i < 12345) SELECT i %% 100, 'same' FROM n")
                      .arg(t)
                      .replace("%%", "%")),
             QString());
    MariaDbReader reader(m_db->endpoint(), t);
    reader.setPageRows(1000);
    RowBatch all;
    QString error;
    QVERIFY2(barge::test::readAll(&reader, &all, &error), qPrintable(error));
    QVERIFY(reader.pagingKey().isEmpty());
    QCOMPARE(all.rows.size(), 12345);
    qlonglong sum = 0;
    for (const Row &row : all.rows)
        sum += row[0].toLongLong();
    QCOMPARE(sum, m_db->scalar(QStringLiteral("SELECT sum(v) FROM `%1`").arg(t)).toLongLong());
    QCOMPARE(reader.largestPage(), 1000);
    QVERIFY(reader.pagesRead() >= 13);
}

void TestMySql::widePagesHoldFewerRows()
{
    const QString t = m_db->table("wide");
    QCOMPARE(m_db->exec(QStringLiteral("CREATE TABLE `%1` (id int PRIMARY KEY, data longblob)").arg(t)), QString());
    QCOMPARE(m_db->exec(QStringLiteral("INSERT INTO `%1` WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                 "WHERE i < 60) SELECT i, repeat(char(i), 512 * 1024) FROM n").arg(t)),
             QString());
    MariaDbReader reader(m_db->endpoint(), t);
    RowBatch all;
    QString error;
    QVERIFY2(barge::test::readAll(&reader, &all, &error), qPrintable(error));
    QCOMPARE(all.rows.size(), 60);
    QCOMPARE(all.rows[59][1].toByteArray(), QByteArray(512 * 1024, char(60)));
    // Pages of about MariaDbReader::pageBytes: 16 rows of 512 KB, not thousands.
    QVERIFY2(reader.largestPage() <= 16, qPrintable(QString::number(reader.largestPage())));
}

void TestMySql::connectionErrorsAreTold()
{
    const auto failure = [](Endpoint endpoint) {
        MariaDbConnection connection(endpoint);
        QString error;
        return connection.open(&error) ? QStringLiteral("opened") : error;
    };
    const auto kind = [](Endpoint endpoint) {
        MariaDbConnection connection(endpoint);
        Failure failure;
        return connection.open(&failure) ? QStringLiteral("opened") : Failure::kindName(failure.kind);
    };
    Endpoint unreachable = m_db->endpoint();
    unreachable.port = 1;
    Endpoint wrongPassword = m_db->endpoint();
    wrongPassword.password = QStringLiteral("not-the-password");
    Endpoint noDatabase = m_db->endpoint();
    noDatabase.database = uniqueName("nodb");
    const QString a = failure(unreachable);
    const QString b = failure(wrongPassword);
    const QString c = failure(noDatabase);
    QVERIFY2(a.startsWith("cannot reach the MySQL/MariaDB server at 127.0.0.1:1"), qPrintable(a));
    QVERIFY2(b.contains("refused user barge: wrong password or no access"), qPrintable(b));
    QVERIFY2(c.contains("has no database '" + noDatabase.database + "'"), qPrintable(c));
    QVERIFY(!b.contains(wrongPassword.password));
    // What the front ends act on is the kind, not the words.
    QCOMPARE(kind(unreachable), QStringLiteral("unreachable"));
    QCOMPARE(kind(wrongPassword), QStringLiteral("authentication"));
    QCOMPARE(kind(noDatabase), QStringLiteral("missing object"));

    Endpoint tls = m_db->endpoint(); // the test server speaks TLS: tst_tls checks it in every mode
    tls.options.insert(QStringLiteral("ssl-mode"), QStringLiteral("REQUIRED"));
    QCOMPARE(failure(tls), QStringLiteral("opened"));
    tls.options.insert(QStringLiteral("ssl-mode"), QStringLiteral("VERIFY_IDENTITY"));
    QVERIFY2(failure(tls).contains("ssl-mode=VERIFY_IDENTITY needs ssl-ca=FILE"), qPrintable(failure(tls)));
    tls.options.insert(QStringLiteral("ssl-mode"), QStringLiteral("DISABLED"));
    QCOMPARE(failure(tls), QStringLiteral("opened"));
}

void TestMySql::connectsThroughTheSocketWithPasswordFromEnvironment()
{
    QString error;
    auto endpoint = Endpoint::parse(QStringLiteral("mariadb://%1@localhost/%2?socket=%3")
                                        .arg(m_db->endpoint().user, m_db->endpoint().database, m_db->socket()),
                                    &error);
    QVERIFY2(endpoint, qPrintable(error));
    QVERIFY(endpoint->password.isEmpty());
    const QByteArray saved = qgetenv("MYSQL_PWD");
    qputenv("MYSQL_PWD", m_db->endpoint().password.toUtf8());
    MariaDbConnection connection(*endpoint);
    const bool opened = connection.open(&error);
    qputenv("MYSQL_PWD", saved);
    QVERIFY2(opened, qPrintable(error));
    QCOMPARE(connection.server(), m_db->socket());
    MariaDbResult result;
    QVERIFY2(connection.query(QStringLiteral("SELECT @@time_zone, @@sql_mode, @@character_set_client"), &result, &error),
             qPrintable(error));
    QVERIFY(result.next());
    QCOMPARE(result.text(0), QStringLiteral("+00:00"));
    QVERIFY2(result.text(1).contains("STRICT_ALL_TABLES") && result.text(1).contains("NO_AUTO_VALUE_ON_ZERO")
                 && !result.text(1).contains("NO_BACKSLASH_ESCAPES"),
             qPrintable(result.text(1)));
    QCOMPARE(result.text(2), QStringLiteral("utf8mb4"));
    // A server asking for a local file it was not offered gets nothing.
    const QString t = m_db->table("infile");
    QCOMPARE(m_db->exec(QStringLiteral("CREATE TABLE `%1` (line text)").arg(t)), QString());
    const bool loaded = connection.run(QStringLiteral("LOAD DATA LOCAL INFILE '/etc/passwd' INTO TABLE `%1`").arg(t), &error);
    QVERIFY2(!loaded && error.contains("Barge sends no local files"), qPrintable(error));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM `%1`").arg(t)).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestMySql)
#include "tst_mysql.moc"
