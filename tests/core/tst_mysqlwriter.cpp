// MariaDbWriter against a real MariaDB (scripts/servers.sh): both bulk paths (LOAD DATA from memory,
// multi-row INSERT) round-trip every kind of value, refused rows are found and reported while the
// others are written, stop-at-first-error, and a failing target fails the write.

#include "io/mariadb/mariadbreader.h"
#include "io/mariadb/mariadbwriter.h"
#include "mysqlfixture.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using namespace barge;
using barge::test::MySqlFixture;

Q_DECLARE_METATYPE(MariaDbWriter::BulkPath)

class TestMySqlWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void roundTripThroughTheWriter_data();
    void roundTripThroughTheWriter();
    void doublesRoundTripExactly();
    void refusedRowsAreReportedAndTheRestWritten_data();
    void refusedRowsAreReportedAndTheRestWritten();
    void stopAtFirstErrorKeepsEarlierRows_data();
    void stopAtFirstErrorKeepsEarlierRows();
    void aTargetFailureFailsTheWrite();
    void valuesMariaDbCannotHoldAreRefused_data();
    void valuesMariaDbCannotHoldAreRefused();
    void aMyIsamTableGetsEveryGoodRowOnce();
    void checkConstraintsAreRefusedRows_data();
    void checkConstraintsAreRefusedRows();
    void existingForeignKeysAreChecked_data();
    void existingForeignKeysAreChecked();

private:
    std::unique_ptr<MariaDbWriter> writer(const QString &name, const TableSchema &schema, TableMode mode);
    std::unique_ptr<MySqlFixture> m_db;
};

void TestMySqlWriter::initTestCase()
{
    m_db = std::make_unique<MySqlFixture>();
    if (!m_db->isOpen())
        QFAIL(qPrintable(m_db->error()));
}

void TestMySqlWriter::cleanupTestCase()
{
    m_db.reset();
}

std::unique_ptr<MariaDbWriter> TestMySqlWriter::writer(const QString &name, const TableSchema &schema, TableMode mode)
{
    auto w = std::make_unique<MariaDbWriter>(m_db->endpoint(), name);
    QString error;
    TableSchema target = schema;
    target.name = name;
    target.indexes.clear();
    target.foreignKeys.clear();
    if (!w->open(&error) || !w->prepare(target, mode, &error) || !w->begin(&error)) {
        qWarning() << error;
        return nullptr;
    }
    return w;
}

void TestMySqlWriter::roundTripThroughTheWriter_data()
{
    QTest::addColumn<MariaDbWriter::BulkPath>("path");
    QTest::newRow("load data") << MariaDbWriter::BulkPath::LoadData;
    QTest::newRow("insert") << MariaDbWriter::BulkPath::Insert;
}

void TestMySqlWriter::roundTripThroughTheWriter()
{
    QFETCH(MariaDbWriter::BulkPath, path);
    const QString source = m_db->table("src");
    const QString target = m_db->table("dst");
    QCOMPARE(m_db->exec(QStringLiteral(
                 "CREATE TABLE `%1` (id int PRIMARY KEY, price decimal(12,2), name varchar(40), at datetime(6),"
                 " stamp timestamp NULL, born date, data blob, flag tinyint(1), big bigint, ubig bigint unsigned,"
                 " ratio double, doc json, mood enum('happy','sad'), t time)").arg(source)),
             QString());
    QCOMPARE(m_db->exec(QStringLiteral(
                 "INSERT INTO `%1` WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                 "SELECT i, i * 100.01 - 150000, concat('😀 \\'q\\' \\\\ \\t\\n\\0 ', i), "
                 "'2024-02-29 23:59:59.123456' - INTERVAL i MINUTE, FROM_UNIXTIME(i * 86400), "
                 "'1969-07-20' + INTERVAL i DAY, unhex(concat(lpad(hex(i %% 256), 2, '0'), '005C270A0D1A09')), i %% 2, "
                 "IF(i = 1, 9223372036854775807, IF(i = 2, -9223372036854775807 - 1, i * -1000003)), 18446744073709551615 - i, "
                 "IF(i %% 5 = 0, NULL, 1 / (i * 3e0)), '{\"k\": [1, \"x\"]}', IF(i %% 2, 'happy', 'sad'), "
                 "SEC_TO_TIME(i * 17) FROM n").arg(source).replace("%%", "%")),
             QString());
    MariaDbReader reader(m_db->endpoint(), source);
    RowBatch all;
    QString error;
    QVERIFY2(barge::test::readAll(&reader, &all, &error), qPrintable(error));
    QCOMPARE(all.rows.size(), 3000);
    std::unique_ptr<MariaDbWriter> w = writer(target, reader.schema(), TableMode::Replace);
    QVERIFY(w);
    w->setBulkPath(path);
    for (qsizetype i = 0; i < all.rows.size(); i += 2000) {
        QList<RowError> rowErrors;
        QVERIFY2(w->write(all.rows.mid(i, 2000), &rowErrors, &error), qPrintable(error));
        QVERIFY(rowErrors.isEmpty());
    }
    QVERIFY2(w->commit(&error), qPrintable(error));
    QCOMPARE(w->countRows(&error), 3000);
    QVERIFY(w->finish(&error));
    QStringList same;
    for (const char *c : {"id", "price", "name", "at", "stamp", "born", "data", "flag", "big", "ubig", "ratio", "doc",
                          "mood", "t"})
        same << QStringLiteral("s.%1 <=> d.%1").arg(QLatin1String(c));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM `%1` s JOIN `%2` d ON %3").arg(source, target, same.join(" AND ")))
                 .toInt(),
             3000);
}

void TestMySqlWriter::doublesRoundTripExactly()
{
    const QString t = m_db->table("dbl");
    TableSchema schema;
    schema.columns << ColumnSchema{QStringLiteral("id"), QString(), DataType::of(TypeKind::Int64), false, 1};
    schema.columns << ColumnSchema{QStringLiteral("x"), QString(), DataType::of(TypeKind::Real)};
    std::mt19937_64 random(42);
    QList<Row> rows;
    for (int i = 0; i < 20000; ++i) {
        double x = 0;
        do {
            const quint64 bits = random();
            std::memcpy(&x, &bits, sizeof x);
        } while (!std::isfinite(x));
        rows << Row{qlonglong(i), x};
    }
    rows << Row{qlonglong(-1), 0.1} << Row{qlonglong(-2), -0.0} << Row{qlonglong(-3), 5e-324};
    for (const MariaDbWriter::BulkPath path : {MariaDbWriter::BulkPath::LoadData, MariaDbWriter::BulkPath::Insert}) {
        std::unique_ptr<MariaDbWriter> w = writer(t, schema, TableMode::Replace);
        QVERIFY(w);
        w->setBulkPath(path);
        QList<RowError> rowErrors;
        QString error;
        QVERIFY2(w->write(rows, &rowErrors, &error) && w->commit(&error), qPrintable(error));
        QVERIFY(rowErrors.isEmpty());
        w->finish(&error);
        MariaDbReader reader(m_db->endpoint(), t);
        RowBatch all;
        QVERIFY2(barge::test::readAll(&reader, &all, &error), qPrintable(error));
        QCOMPARE(all.rows.size(), rows.size());
        QHash<qlonglong, double> byId;
        for (const Row &row : all.rows)
            byId.insert(row[0].toLongLong(), row[1].toDouble());
        for (const Row &row : rows) {
            const double written = row[1].toDouble();
            const double read = byId.value(row[0].toLongLong());
            QVERIFY2(std::memcmp(&written, &read, sizeof read) == 0 || (written == 0 && read == 0),
                     qPrintable(QStringLiteral("%1 came back as %2").arg(written, 0, 'g', 17).arg(read, 0, 'g', 17)));
        }
    }
}

namespace {

TableSchema keyedSchema()
{
    TableSchema schema;
    schema.columns << ColumnSchema{QStringLiteral("id"), QString(), DataType::of(TypeKind::Int32), false, 1};
    schema.columns << ColumnSchema{QStringLiteral("v"), QString(), DataType::text(10), false};
    return schema;
}

// 5000 rows; row 1234 has a NULL in a NOT NULL column, row 3456 repeats row 10's key.
QList<Row> rowsWithTwoBad()
{
    QList<Row> rows;
    for (int i = 0; i < 5000; ++i)
        rows << Row{qlonglong(i), QStringLiteral("v%1").arg(i)};
    rows[1234][1] = QVariant();
    rows[3456][0] = qlonglong(10);
    return rows;
}

} // namespace

void TestMySqlWriter::refusedRowsAreReportedAndTheRestWritten_data()
{
    roundTripThroughTheWriter_data();
}

void TestMySqlWriter::refusedRowsAreReportedAndTheRestWritten()
{
    QFETCH(MariaDbWriter::BulkPath, path);
    const QString t = m_db->table("bad");
    std::unique_ptr<MariaDbWriter> w = writer(t, keyedSchema(), TableMode::Replace);
    QVERIFY(w);
    w->setBulkPath(path);
    w->setStatementBytes(4096); // many statements, so the halving works across several
    // In writes of 2000 rows like the engine's, in one transaction: a refused statement must undo
    // only itself, not the rows of earlier writes (which InnoDB's bulk insert into an empty table
    // would, with unique_checks off).
    const QList<Row> rows = rowsWithTwoBad();
    QList<RowError> rowErrors;
    QString error;
    for (int first = 0; first < rows.size(); first += 2000) {
        QList<RowError> errors;
        QVERIFY2(w->write(rows.mid(first, 2000), &errors, &error), qPrintable(error));
        for (RowError e : errors) {
            e.index += first;
            rowErrors << e;
        }
    }
    QVERIFY2(w->commit(&error), qPrintable(error));
    QCOMPARE(rowErrors.size(), 2);
    QCOMPARE(rowErrors[0].index, 1234);
    QVERIFY2(rowErrors[0].message.contains("cannot be null"), qPrintable(rowErrors[0].message));
    QCOMPARE(rowErrors[1].index, 3456);
    QVERIFY2(rowErrors[1].message.contains("Duplicate entry '10'"), qPrintable(rowErrors[1].message));
    QVERIFY2(!rowErrors[1].message.contains("at row"), qPrintable(rowErrors[1].message));
    QCOMPARE(w->countRows(&error), 4998);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT v FROM `%1` WHERE id = 10").arg(t)).toString(), QStringLiteral("v10"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM `%1` WHERE id = 4999").arg(t)).toInt(), 1);
    QVERIFY(w->describe().contains(t));
    w->finish(&error);
}

void TestMySqlWriter::stopAtFirstErrorKeepsEarlierRows_data()
{
    roundTripThroughTheWriter_data();
}

void TestMySqlWriter::stopAtFirstErrorKeepsEarlierRows()
{
    QFETCH(MariaDbWriter::BulkPath, path);
    const QString t = m_db->table("stop");
    std::unique_ptr<MariaDbWriter> w = writer(t, keyedSchema(), TableMode::Replace);
    QVERIFY(w);
    w->setBulkPath(path);
    w->setStopAtFirstError(true);
    QList<RowError> rowErrors;
    QString error;
    QVERIFY2(w->write(rowsWithTwoBad(), &rowErrors, &error), qPrintable(error));
    QVERIFY2(w->commit(&error), qPrintable(error));
    QCOMPARE(rowErrors.size(), 1);
    QCOMPARE(rowErrors[0].index, 1234);
    QCOMPARE(w->countRows(&error), 1234);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT max(id) FROM `%1`").arg(t)).toInt(), 1233);
    w->finish(&error);
}

void TestMySqlWriter::aTargetFailureFailsTheWrite()
{
    const QString t = m_db->table("gone");
    std::unique_ptr<MariaDbWriter> w = writer(t, keyedSchema(), TableMode::Replace);
    QVERIFY(w);
    QCOMPARE(m_db->exec(QStringLiteral("DROP TABLE `%1`").arg(t)), QString());
    for (const MariaDbWriter::BulkPath path : {MariaDbWriter::BulkPath::LoadData, MariaDbWriter::BulkPath::Insert}) {
        w->setBulkPath(path);
        QList<RowError> rowErrors;
        QString error;
        QVERIFY(!w->write(rowsWithTwoBad().mid(0, 10), &rowErrors, &error));
        QVERIFY(rowErrors.isEmpty());
        QVERIFY2(error.contains(t) && error.contains("doesn't exist"), qPrintable(error));
    }
}

void TestMySqlWriter::valuesMariaDbCannotHoldAreRefused_data()
{
    roundTripThroughTheWriter_data();
}

void TestMySqlWriter::valuesMariaDbCannotHoldAreRefused()
{
    QFETCH(MariaDbWriter::BulkPath, path);
    const QString t = m_db->table("nan");
    TableSchema schema;
    schema.columns << ColumnSchema{QStringLiteral("id"), QString(), DataType::of(TypeKind::Int64), false, 1};
    schema.columns << ColumnSchema{QStringLiteral("x"), QString(), DataType::of(TypeKind::Real)};
    QList<Row> rows;
    for (int i = 0; i < 3000; ++i)
        rows << Row{qlonglong(i), i / 7.0};
    // Refused while LOAD DATA is already streaming the rows before it: that statement is undone.
    rows[1500][1] = std::numeric_limits<double>::quiet_NaN();
    rows[2500][1] = std::numeric_limits<double>::infinity();
    std::unique_ptr<MariaDbWriter> w = writer(t, schema, TableMode::Replace);
    QVERIFY(w);
    w->setBulkPath(path);
    QList<RowError> rowErrors;
    QString error;
    QVERIFY2(w->write(rows, &rowErrors, &error) && w->commit(&error), qPrintable(error));
    QCOMPARE(rowErrors.size(), 2);
    QCOMPARE(rowErrors[0].index, 1500);
    QCOMPARE(rowErrors[1].index, 2500);
    QVERIFY2(rowErrors[0].message.contains("column x") && rowErrors[0].message.contains("finite"),
             qPrintable(rowErrors[0].message));
    QCOMPARE(w->countRows(&error), 2998);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(DISTINCT id) FROM `%1`").arg(t)).toInt(), 2998);
    w->finish(&error);
}

void TestMySqlWriter::aMyIsamTableGetsEveryGoodRowOnce()
{
    // MyISAM keeps the rows of a refused statement before the refused one: halving would write
    // them twice. Here every statement holds one row.
    const QString t = m_db->table("myisam");
    QCOMPARE(m_db->exec(QStringLiteral("CREATE TABLE `%1` (id int PRIMARY KEY, v varchar(10) NOT NULL) ENGINE=MyISAM")
                            .arg(t)),
             QString());
    std::unique_ptr<MariaDbWriter> w = writer(t, keyedSchema(), TableMode::Append);
    QVERIFY(w);
    QList<RowError> rowErrors;
    QString error;
    QVERIFY2(w->write(rowsWithTwoBad(), &rowErrors, &error), qPrintable(error));
    QVERIFY2(w->commit(&error), qPrintable(error));
    QCOMPARE(rowErrors.size(), 2);
    QCOMPARE(rowErrors[0].index, 1234);
    QCOMPARE(rowErrors[1].index, 3456);
    QCOMPARE(w->countRows(&error), 4998);
    w->finish(&error);
}

void TestMySqlWriter::checkConstraintsAreRefusedRows_data()
{
    roundTripThroughTheWriter_data();
}

// An existing table's CHECK constraint (enforced since MariaDB 10.2): the refused rows come back
// with the server's reason, on both bulk paths, and every other row is written.
void TestMySqlWriter::checkConstraintsAreRefusedRows()
{
    QFETCH(MariaDbWriter::BulkPath, path);
    const QString t = m_db->table("stock");
    QCOMPARE(m_db->exec(QStringLiteral("CREATE TABLE `%1` (id INT PRIMARY KEY, qty INT CHECK (qty >= 0)) ENGINE=InnoDB").arg(t)),
             QString());
    TableSchema schema;
    schema.columns << ColumnSchema{QStringLiteral("id"), QString(), DataType::of(TypeKind::Int32), false, 1};
    schema.columns << ColumnSchema{QStringLiteral("qty"), QString(), DataType::of(TypeKind::Int32), true};
    std::unique_ptr<MariaDbWriter> w = writer(t, schema, TableMode::Append);
    QVERIFY(w);
    w->setBulkPath(path);
    QList<Row> rows;
    for (int i = 0; i < 3000; ++i)
        rows << Row{qlonglong(i), qlonglong(i % 40)};
    rows[7][1] = qlonglong(-1);
    rows[2500][1] = qlonglong(-2);
    QList<RowError> errors;
    QString error;
    QVERIFY2(w->write(rows, &errors, &error), qPrintable(error));
    QVERIFY2(w->commit(&error), qPrintable(error));
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors[0].index, 7);
    QCOMPARE(errors[1].index, 2500);
    QVERIFY2(errors[0].message.contains("CONSTRAINT"), qPrintable(errors[0].message));
    QCOMPARE(w->countRows(&error), 2998);
    w->finish(&error);
}

void TestMySqlWriter::existingForeignKeysAreChecked_data()
{
    roundTripThroughTheWriter_data();
}

// Appending to a table that has foreign keys of its own: a row whose parent is missing is refused
// with the server's reason (tables Barge creates get their keys after the load instead).
void TestMySqlWriter::existingForeignKeysAreChecked()
{
    QFETCH(MariaDbWriter::BulkPath, path);
    const QString parent = m_db->table("parent");
    const QString child = m_db->table("child");
    QCOMPARE(m_db->exec(QStringLiteral("CREATE TABLE `%1` (id INT PRIMARY KEY) ENGINE=InnoDB").arg(parent)), QString());
    QCOMPARE(m_db->exec(QStringLiteral("INSERT INTO `%1` VALUES (1), (2), (3)").arg(parent)), QString());
    QCOMPARE(m_db->exec(QStringLiteral("CREATE TABLE `%1` (id INT PRIMARY KEY, p INT NOT NULL, FOREIGN KEY (p) "
                                       "REFERENCES `%2` (id)) ENGINE=InnoDB").arg(child, parent)),
             QString());
    TableSchema schema;
    schema.columns << ColumnSchema{QStringLiteral("id"), QString(), DataType::of(TypeKind::Int32), false, 1};
    schema.columns << ColumnSchema{QStringLiteral("p"), QString(), DataType::of(TypeKind::Int32), false};
    std::unique_ptr<MariaDbWriter> w = writer(child, schema, TableMode::Append);
    QVERIFY(w);
    w->setBulkPath(path);
    QList<Row> rows;
    for (int i = 0; i < 1000; ++i)
        rows << Row{qlonglong(i), qlonglong(1 + i % 3)};
    rows[600][1] = qlonglong(99);
    QList<RowError> errors;
    QString error;
    QVERIFY2(w->write(rows, &errors, &error), qPrintable(error));
    QVERIFY2(w->commit(&error), qPrintable(error));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].index, 600);
    QVERIFY2(errors[0].message.contains("foreign key constraint fails"), qPrintable(errors[0].message));
    QCOMPARE(w->countRows(&error), 999);
    w->finish(&error);
    m_db->exec(QStringLiteral("DROP TABLE `%1`").arg(child)); // before its parent
}

QTEST_GUILESS_MAIN(TestMySqlWriter)
#include "tst_mysqlwriter.moc"
