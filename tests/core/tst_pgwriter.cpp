// PgWriter against the throwaway PostgreSQL server: rows the target refuses are found and reported
// with the server's reasons while every other row is written (in binary and text COPY), stop at
// the first refused row, exact binary forms of numbers and times, the fall back to text, and
// append / truncate / replace.

#include "io/postgres/pgwriter.h"
#include "pgfixture.h"

#include <QTest>

using namespace barge;
using barge::test::PgFixture;

class TestPgWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void writerReportsExactlyTheRefusedRows_data();
    void writerReportsExactlyTheRefusedRows();
    void writerFindsRowsRefusedAtTheEndOfTheStatement();
    void checkConstraintsAndTooLongValuesAreRefusedRows();
    void stopAtFirstErrorKeepsOnlyEarlierRows();
    void binaryCopyWritesNumbersAndTimesExactly();
    void binaryCopyFallsBackToText();
    void prepareAppendsTruncatesAndReplaces();

private:
    // Writes rows through a PgWriter into an existing table; returns the row errors (a failure of
    // the whole write comes back as one with index -1).
    QList<RowError> writeRows(const QString &table, const TableSchema &schema, const QList<Row> &rows, bool stop,
                              bool binary = true);

    std::unique_ptr<PgFixture> m_pg;
};

void TestPgWriter::init()
{
    m_pg = std::make_unique<PgFixture>();
    if (!m_pg->isValid())
        QFAIL(qPrintable(m_pg->error()));
}

void TestPgWriter::cleanup()
{
    m_pg.reset();
}

static TableSchema keyValueSchema(const QString &name)
{
    TableSchema schema;
    schema.name = name;
    schema.columns << ColumnSchema{"id", "", DataType::of(TypeKind::Int64), false, 1, {}, false}
                   << ColumnSchema{"v", "", DataType::text(), false, 0, {}, false};
    return schema;
}

static QList<Row> keyValueRows(int count, int nullAt, int duplicateAt)
{
    QList<Row> rows;
    for (int i = 0; i < count; ++i)
        rows << Row{qlonglong(i + 1), QStringLiteral("value\t%1\\").arg(i)};
    rows[nullAt][1] = QVariant();
    rows[duplicateAt][0] = qlonglong(11);
    return rows;
}

QList<RowError> TestPgWriter::writeRows(const QString &table, const TableSchema &schema, const QList<Row> &rows, bool stop,
                                        bool binary)
{
    PgWriter writer(m_pg->endpoint(), table);
    QString error;
    QList<RowError> rowErrors;
    writer.setStopAtFirstError(stop);
    writer.setBinaryCopy(binary);
    if (!writer.open(&error) || !writer.prepare(schema, TableMode::Append, &error) || !writer.begin(&error)
        || !writer.write(rows, &rowErrors, &error) || !writer.commit(&error)) {
        qWarning() << "write failed:" << error;
        rowErrors << RowError{-1, error};
    }
    writer.finish(&error);
    return rowErrors;
}

void TestPgWriter::writerReportsExactlyTheRefusedRows_data()
{
    QTest::addColumn<bool>("binary");
    QTest::newRow("binary copy") << true;
    QTest::newRow("text copy") << false;
}

void TestPgWriter::writerReportsExactlyTheRefusedRows()
{
    QFETCH(bool, binary);
    QCOMPARE(m_pg->exec(QStringLiteral("CREATE TABLE S.kv (id bigint PRIMARY KEY, v text NOT NULL)")), QString());
    const QList<RowError> errors = writeRows(QStringLiteral("kv"), keyValueSchema(QStringLiteral("kv")),
                                             keyValueRows(5000, 1234, 3210), false, binary);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors[0].index, 1234);
    QVERIFY2(errors[0].message.contains("null value in column \"v\""), qPrintable(errors[0].message));
    QVERIFY2(errors[0].message.contains("DETAIL: Failing row contains (1235, null)"), qPrintable(errors[0].message));
    QCOMPARE(errors[1].index, 3210);
    QVERIFY2(errors[1].message.contains("duplicate key value"), qPrintable(errors[1].message));
    QVERIFY2(errors[1].message.contains("DETAIL: Key (id)=(11) already exists."), qPrintable(errors[1].message));
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT count(*) FROM S.kv")).toInt(), 4998);
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT v FROM S.kv WHERE id = 5000")).toString(),
             QStringLiteral("value\t4999\\"));
}

void TestPgWriter::writerFindsRowsRefusedAtTheEndOfTheStatement()
{
    // Foreign keys are checked after the last row of a COPY, so the server names no line: the
    // writer halves its way to the refused rows.
    QCOMPARE(m_pg->exec(QStringLiteral("CREATE TABLE S.p (id bigint PRIMARY KEY);\n"
                                       "INSERT INTO S.p SELECT generate_series(1, 1000);\n"
                                       "CREATE TABLE S.c (id bigint PRIMARY KEY, p bigint NOT NULL REFERENCES S.p)")),
             QString());
    TableSchema schema;
    schema.name = QStringLiteral("c");
    schema.columns << ColumnSchema{"id", "", DataType::of(TypeKind::Int64), false, 1, {}, false}
                   << ColumnSchema{"p", "", DataType::of(TypeKind::Int64), false, 0, {}, false};
    QList<Row> rows;
    for (int i = 0; i < 1000; ++i)
        rows << Row{qlonglong(i), qlonglong(i % 7 == 3 && i % 100 == 3 ? 5000 + i : i + 1)};
    const QList<RowError> errors = writeRows(QStringLiteral("c"), schema, rows, false);
    QList<int> indexes;
    for (const RowError &e : errors) {
        indexes << e.index;
        QVERIFY2(e.message.contains("violates foreign key constraint"), qPrintable(e.message));
    }
    QCOMPARE(indexes, QList<int>({3, 703}));
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT count(*) FROM S.c")).toInt(), 998);
}

// An existing table's CHECK constraint and a value too long for its varchar: refused rows with the
// server's reason, the others written.
void TestPgWriter::checkConstraintsAndTooLongValuesAreRefusedRows()
{
    QCOMPARE(m_pg->exec(QStringLiteral("CREATE TABLE S.stock (id bigint PRIMARY KEY, qty bigint CHECK (qty >= 0), "
                                       "code varchar(3))")),
             QString());
    TableSchema schema;
    schema.name = QStringLiteral("stock");
    schema.columns << ColumnSchema{"id", "", DataType::of(TypeKind::Int64), false, 1, {}, false}
                   << ColumnSchema{"qty", "", DataType::of(TypeKind::Int64), true, 0, {}, false}
                   << ColumnSchema{"code", "", DataType::text(), true, 0, {}, false};
    QList<Row> rows;
    for (int i = 0; i < 3000; ++i)
        rows << Row{qlonglong(i), qlonglong(i % 50), QStringLiteral("c%1").arg(i % 10)};
    rows[100][1] = qlonglong(-5);
    rows[2000][2] = QStringLiteral("TOOLONG");
    const QList<RowError> errors = writeRows(QStringLiteral("stock"), schema, rows, false);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors[0].index, 100);
    QVERIFY2(errors[0].message.contains("violates check constraint"), qPrintable(errors[0].message));
    QCOMPARE(errors[1].index, 2000);
    QVERIFY2(errors[1].message.contains("value too long"), qPrintable(errors[1].message));
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT count(*) FROM S.stock")).toInt(), 2998);
}

void TestPgWriter::stopAtFirstErrorKeepsOnlyEarlierRows()
{
    QCOMPARE(m_pg->exec(QStringLiteral("CREATE TABLE S.kv (id bigint PRIMARY KEY, v text NOT NULL)")), QString());
    const QList<RowError> errors = writeRows(QStringLiteral("kv"), keyValueSchema(QStringLiteral("kv")),
                                             keyValueRows(5000, 1234, 3210), true);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].index, 1234);
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT count(*) FROM S.kv")).toInt(), 1234);
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT max(id) FROM S.kv")).toInt(), 1234);
}

void TestPgWriter::binaryCopyWritesNumbersAndTimesExactly()
{
    QCOMPARE(m_pg->exec(QStringLiteral("CREATE TABLE S.exact (n numeric, m numeric(20,6), d date, t time, ts timestamp, "
                                       "tz timestamptz, i smallint, j integer, f double precision)")),
             QString());
    TableSchema schema;
    schema.name = QStringLiteral("exact");
    const QList<DataType> types = {DataType::decimal(0, 0), DataType::decimal(20, 6), DataType::of(TypeKind::Date),
                                   DataType::of(TypeKind::Time), DataType::of(TypeKind::DateTime),
                                   DataType::of(TypeKind::DateTimeTz), DataType::of(TypeKind::Int16),
                                   DataType::of(TypeKind::Int32), DataType::of(TypeKind::Real)};
    const QStringList names = {"n", "m", "d", "t", "ts", "tz", "i", "j", "f"};
    for (int c = 0; c < names.size(); ++c)
        schema.columns << ColumnSchema{names[c], "", types[c], true, 0, {}, false};
    // Each row: the values written and the text PostgreSQL gives back (UTC session).
    const QList<QStringList> cases = {
        {"0", "0.000000", "2000-01-01", "00:00:00", "2000-01-01 00:00:00", "2000-01-01 00:00:00+00:00", "0", "0", "0"},
        {"-0.5", "-12345678901234.123456", "0001-01-01", "23:59:59.999999", "1969-12-31 23:59:59.5",
         "2024-01-02 03:04:05.123456+02:00", "-32768", "-2147483648", "-1e-300"},
        {"10000", "0.000001", "9999-12-31", "12:00:00.5", "9999-12-31 23:59:59.999999", "0001-01-01 00:00:00-05:30",
         "32767", "2147483647", "1.7976931348623157e+308"},
        {"123456789012345678901234567890.000100", "99999999999999.999999", "1582-10-04", "00:00:00.000001",
         "1900-02-28 12:34:56", "1970-01-01 00:00:00+00:00", "1", "-1", "0.1"},
    };
    const QList<QStringList> expected = {
        {"0", "0.000000", "2000-01-01", "00:00:00", "2000-01-01 00:00:00", "2000-01-01 00:00:00+00", "0", "0", "0"},
        {"-0.5", "-12345678901234.123456", "0001-01-01", "23:59:59.999999", "1969-12-31 23:59:59.5",
         "2024-01-02 01:04:05.123456+00", "-32768", "-2147483648", "-1e-300"},
        {"10000", "0.000001", "9999-12-31", "12:00:00.5", "9999-12-31 23:59:59.999999", "0001-01-01 05:30:00+00",
         "32767", "2147483647", "1.7976931348623157e+308"},
        {"123456789012345678901234567890.000100", "99999999999999.999999", "1582-10-04", "00:00:00.000001",
         "1900-02-28 12:34:56", "1970-01-01 00:00:00+00", "1", "-1", "0.1"},
    };
    QList<Row> rows;
    for (const QStringList &values : cases) {
        Row row;
        for (int c = 0; c < values.size(); ++c) {
            if (c == 6 || c == 7)
                row << QVariant(values[c].toLongLong());
            else if (c == 8)
                row << QVariant(values[c].toDouble());
            else
                row << QVariant(values[c]);
        }
        rows << row;
    }
    rows << Row(names.size()); // all NULL
    PgWriter writer(m_pg->endpoint(), QStringLiteral("exact"));
    QString error;
    QList<RowError> rowErrors;
    QVERIFY2(writer.open(&error) && writer.prepare(schema, TableMode::Append, &error), qPrintable(error));
    QVERIFY(writer.usesBinaryCopy());
    QVERIFY2(writer.begin(&error) && writer.write(rows, &rowErrors, &error) && writer.commit(&error), qPrintable(error));
    QVERIFY(rowErrors.isEmpty());
    QVERIFY(writer.usesBinaryCopy()); // no value needed the text fallback
    writer.finish(&error);
    const QList<QStringList> actual = m_pg->rows(
        QStringLiteral("SELECT n::text, m::text, d::text, t::text, ts::text, tz::text, i::text, j::text, f::text "
                       "FROM S.exact ORDER BY n NULLS LAST"));
    const QList<QStringList> sorted = {expected[1], expected[0], expected[2], expected[3],
                                       QStringList(names.size(), QStringLiteral("NULL"))};
    QCOMPARE(actual, sorted);
}

void TestPgWriter::binaryCopyFallsBackToText()
{
    // A json column has no binary path: text COPY. An integer column given text: the binary
    // attempt is abandoned and the rows go again as text, which PostgreSQL parses.
    QCOMPARE(m_pg->exec(QStringLiteral("CREATE TABLE S.j (id bigint, doc json);\n"
                                       "CREATE TABLE S.k (id bigint, v text)")),
             QString());
    TableSchema json;
    json.name = QStringLiteral("j");
    json.columns << ColumnSchema{"id", "", DataType::of(TypeKind::Int64), true, 0, {}, false}
                 << ColumnSchema{"doc", "", DataType::text(), true, 0, {}, false};
    PgWriter writer(m_pg->endpoint(), QStringLiteral("j"));
    QString error;
    QList<RowError> rowErrors;
    QVERIFY2(writer.open(&error) && writer.prepare(json, TableMode::Append, &error), qPrintable(error));
    QVERIFY(!writer.usesBinaryCopy());
    QVERIFY2(writer.begin(&error) && writer.write({Row{qlonglong(1), QStringLiteral("{\"a\": 1}")}}, &rowErrors, &error)
                 && writer.commit(&error),
             qPrintable(error));
    writer.finish(&error);
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT doc->>'a' FROM S.j")).toString(), QStringLiteral("1"));

    TableSchema kv = keyValueSchema(QStringLiteral("k"));
    PgWriter fallback(m_pg->endpoint(), QStringLiteral("k"));
    QVERIFY2(fallback.open(&error) && fallback.prepare(kv, TableMode::Append, &error), qPrintable(error));
    QVERIFY(fallback.usesBinaryCopy());
    QList<Row> rows;
    for (int i = 0; i < 3000; ++i)
        rows << Row{qlonglong(i), QStringLiteral("v%1").arg(i)};
    rows[2500][0] = QStringLiteral("2500"); // not in the int64 form
    QVERIFY2(fallback.begin(&error) && fallback.write(rows, &rowErrors, &error) && fallback.commit(&error),
             qPrintable(error));
    QVERIFY(rowErrors.isEmpty());
    QVERIFY(!fallback.usesBinaryCopy());
    fallback.finish(&error);
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT count(*) FROM S.k")).toInt(), 3000);
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT v FROM S.k WHERE id = 2500")).toString(), QStringLiteral("v2500"));
}

void TestPgWriter::prepareAppendsTruncatesAndReplaces()
{
    QCOMPARE(m_pg->exec(QStringLiteral("CREATE TABLE S.kv (id bigint PRIMARY KEY, v text NOT NULL);\n"
                                       "INSERT INTO S.kv VALUES (1, 'old');\n"
                                       "CREATE TABLE S.ref (k bigint REFERENCES S.kv)")),
             QString());
    const TableSchema schema = keyValueSchema(QStringLiteral("kv"));
    const auto prepared = [&](TableMode mode) {
        PgWriter writer(m_pg->endpoint(), QStringLiteral("kv"));
        QString error;
        const bool ok = writer.open(&error) && writer.prepare(schema, mode, &error);
        writer.finish(&error);
        return ok ? QString() : error;
    };
    QCOMPARE(prepared(TableMode::Append), QString());
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT count(*) FROM S.kv")).toInt(), 1);
    // TRUNCATE refuses a table another table's foreign key points at, and says so.
    const QString truncate = prepared(TableMode::Truncate);
    QVERIFY2(truncate.startsWith(QStringLiteral("%1/%2 table %3.kv: cannot truncate")
                                     .arg(m_pg->server().host, m_pg->server().database, m_pg->schema())),
             qPrintable(truncate));
    QCOMPARE(m_pg->exec(QStringLiteral("DROP TABLE S.ref")), QString());
    QCOMPARE(prepared(TableMode::Truncate), QString());
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT count(*) FROM S.kv")).toInt(), 0);
    QCOMPARE(m_pg->exec(QStringLiteral("INSERT INTO S.kv VALUES (1, 'old');\n"
                                       "CREATE TABLE S.ref (k bigint REFERENCES S.kv)")),
             QString());
    QCOMPARE(prepared(TableMode::Replace), QString()); // the referencing key goes with the old table
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT count(*) FROM S.kv")).toInt(), 0);
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conrelid = 'S.ref'::regclass "
                                         "AND contype = 'f'")).toInt(), 0);
    // A schema that does not exist yet is created with the table.
    Endpoint elsewhere = m_pg->endpoint();
    const QString fresh = m_pg->schema() + QStringLiteral("_new");
    elsewhere.options.insert(QStringLiteral("schema"), fresh);
    PgWriter writer(elsewhere, QStringLiteral("kv"));
    QString error;
    QVERIFY2(writer.open(&error) && writer.prepare(schema, TableMode::Append, &error), qPrintable(error));
    writer.finish(&error);
    QCOMPARE(m_pg->scalar(QStringLiteral("SELECT count(*) FROM %1.kv").arg(fresh)).toInt(), 0);
    QCOMPARE(m_pg->exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(fresh)), QString());
}

QTEST_GUILESS_MAIN(TestPgWriter)
#include "tst_pgwriter.moc"
