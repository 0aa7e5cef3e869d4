// Excel workbooks: sheets as tables in workbooks other programs wrote (Excel's own, kept in R's readxl
// package; LibreOffice; openpyxl), types from every row, dates under the 1900 and 1904 systems, error
// cells and broken files with the cell or part and the reason, the typed writer read back, a table
// longer than a sheet, and what a workbook target refuses.
#include "endpoint/endpoint.h"
#include "engine/planner.h"
#include "io/backend.h"
#include "io/introspector.h"
#include "io/xlsx/xlsxintrospector.h"
#include "io/xlsx/xlsxsheetreader.h"
#include "io/xlsx/xlsxtablereader.h"
#include "io/xlsx/xlsxtablewriter.h"
#include "io/xlsx/xlsxworkbook.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace barge;

namespace {

QString dataFile(const QString &name)
{
    return qEnvironmentVariable("BARGE_SOURCE_DIR") + QStringLiteral("/tests/data/xlsx/") + name;
}

Endpoint endpointFor(const QString &path, const QString &query = QString())
{
    QString error;
    const std::optional<Endpoint> endpoint = Endpoint::parse(QStringLiteral("xlsx://") + path + query, &error);
    if (!endpoint)
        qFatal("%s", qPrintable(error));
    return *endpoint;
}

struct ReadResult
{
    TableSchema schema;
    QList<Row> rows;
    QList<RejectedRow> rejected;
    QString error;
};

ReadResult readTable(const Endpoint &endpoint, const QString &table)
{
    ReadResult result;
    std::unique_ptr<Introspector> introspector = Backend::introspector(endpoint, false);
    if (!introspector->open(&result.error))
        return result;
    const std::optional<TableSchema> schema = introspector->table(table, &result.error);
    if (!schema)
        return result;
    result.schema = *schema;
    XlsxTableReader reader(endpoint, table);
    if (!reader.open(&result.error))
        return result;
    RowBatch batch;
    while (reader.read(batch, 1000)) {
    }
    result.error = reader.error();
    result.rows = batch.rows;
    result.rejected = batch.rejected;
    return result;
}

QStringList typesOf(const TableSchema &schema)
{
    QStringList types;
    for (const ColumnSchema &column : schema.columns)
        types << column.name + u' ' + column.type.toString();
    return types;
}

QStringList texts(const Row &row)
{
    QStringList out;
    for (const QVariant &value : row)
        out << (value.isNull() ? QStringLiteral("NULL") : value.toString());
    return out;
}

} // namespace

class TestXlsx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serialToText_data();
    void serialToText();
    void formatKind_data();
    void formatKind();
    void formatScale_data();
    void formatScale();
    void excelWorkbookFromReadxl();
    void headerRowNamed();
    void dates1904FromExcel();
    void openpyxlTypesAndErrorCells();
    void openpyxl1904RejectsADateBefore1904();
    void libreOfficeTypes();
    void brokenFiles();
    void writeAndReadBack();
    void tableLongerThanASheet();
    void spillReadsAsTheXml();
    void targetRefusals();
};

void TestXlsx::serialToText_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("uses1904");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text"); // empty: refused

    const int date = int(TypeKind::Date), time = int(TypeKind::Time), dateTime = int(TypeKind::DateTime);
    QTest::newRow("first day") << 1.0 << false << date << "1900-01-01";
    QTest::newRow("before the leap bug") << 59.0 << false << date << "1900-02-28";
    QTest::newRow("1900-02-29 never was") << 60.0 << false << date << "";
    QTest::newRow("after the leap bug") << 61.0 << false << date << "1900-03-01";
    QTest::newRow("2023-12-31") << 45291.0 << false << date << "2023-12-31";
    QTest::newRow("last day") << 2958465.0 << false << date << "9999-12-31";
    QTest::newRow("past the last day") << 2958466.0 << false << date << "";
    QTest::newRow("negative") << -1.0 << false << date << "";
    QTest::newRow("noon") << 0.5 << false << time << "12:00:00";
    QTest::newRow("milliseconds") << (45291.0 + 0.25 / 86400.0) << false << dateTime << "2023-12-31 00:00:00.250";
    QTest::newRow("date format hiding a time") << 45291.75 << false << date << "2023-12-31 18:00:00";
    QTest::newRow("time format hiding days") << 1.5 << false << time << "1900-01-01 12:00:00";
    QTest::newRow("1904 day zero") << 0.0 << true << date << "1904-01-01";
    QTest::newRow("1904 2023-12-31") << 43829.0 << true << date << "2023-12-31";
    QTest::newRow("rounds to the next day") << (45291.0 + 86399.9999 / 86400.0) << false << dateTime << "2024-01-01 00:00:00";
}

void TestXlsx::serialToText()
{
    QFETCH(double, serial);
    QFETCH(bool, uses1904);
    QFETCH(int, kind);
    QFETCH(QString, text);
    QString out;
    QString why;
    const bool ok = XlsxSheetReader::serialToText(serial, uses1904, TypeKind(kind), &out, &why);
    QCOMPARE(ok, !text.isEmpty());
    if (ok)
        QCOMPARE(out, text);
    else
        QVERIFY(!why.isEmpty());
}

void TestXlsx::formatKind_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");

    QTest::newRow("general") << 0 << "" << int(TypeKind::Real);
    QTest::newRow("built-in date") << 14 << "" << int(TypeKind::Date);
    QTest::newRow("built-in time") << 21 << "" << int(TypeKind::Time);
    QTest::newRow("built-in datetime") << 22 << "" << int(TypeKind::DateTime);
    QTest::newRow("built-in elapsed") << 46 << "" << int(TypeKind::Real);
    QTest::newRow("iso date") << 164 << "yyyy-mm-dd" << int(TypeKind::Date);
    QTest::newRow("LibreOffice date") << 164 << "YYYY\\-MM\\-DD" << int(TypeKind::Date);
    QTest::newRow("am/pm time") << 165 << "h:mm AM/PM" << int(TypeKind::Time);
    QTest::newRow("escaped datetime") << 166 << "mm\\/dd\\/yyyy\\ hh:mm:ss\\ AM/PM" << int(TypeKind::DateTime);
    QTest::newRow("month name") << 167 << "mmmm" << int(TypeKind::Date);
    QTest::newRow("two decimals") << 168 << "0.00" << int(TypeKind::Real);
    QTest::newRow("currency with locale") << 169 << "[$€-407]\\ #,##0.00;[RED]\\-[$€-407]\\ #,##0.00" << int(TypeKind::Real);
    QTest::newRow("quoted words") << 170 << "0 \"days\"" << int(TypeKind::Real);
    QTest::newRow("elapsed hours") << 171 << "[h]:mm:ss" << int(TypeKind::Real);
    QTest::newRow("scientific") << 172 << "0.00E+00" << int(TypeKind::Real);
    QTest::newRow("german date") << 173 << "[$-407]DD.MM.YYYY" << int(TypeKind::Date);
}

void TestXlsx::formatKind()
{
    QFETCH(int, id);
    QFETCH(QString, code);
    QFETCH(int, kind);
    QCOMPARE(int(XlsxWorkbook::formatKind(id, code)), kind);
}

void TestXlsx::formatScale_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("scale");

    QTest::newRow("general") << 0 << "" << 0;
    QTest::newRow("built-in 0.00") << 2 << "" << 2;
    QTest::newRow("built-in #,##0.00") << 4 << "" << 2;
    QTest::newRow("built-in percent") << 10 << "" << 0;
    QTest::newRow("three places") << 164 << "#,##0.000" << 3;
    QTest::newRow("euro") << 165 << "#,##0.00\\ [$€-407];[RED]\\-#,##0.00\\ [$€-407]" << 2;
    QTest::newRow("quoted unit") << 166 << "0.0\" kg\"" << 1;
    QTest::newRow("integer") << 167 << "0" << 0;
    QTest::newRow("percent") << 168 << "0.00%" << 0;
    QTest::newRow("scientific") << 169 << "0.00E+00" << 0;
    QTest::newRow("date") << 170 << "yyyy-mm-dd" << 0;
}

void TestXlsx::formatScale()
{
    QFETCH(int, id);
    QFETCH(QString, code);
    QFETCH(int, scale);
    QCOMPARE(XlsxWorkbook::formatScale(id, code), scale);
}

void TestXlsx::excelWorkbookFromReadxl()
{
    const Endpoint endpoint = endpointFor(dataFile(QStringLiteral("datasets.xlsx")));
    std::unique_ptr<Introspector> introspector = Backend::introspector(endpoint, false);
    QString error;
    QVERIFY2(introspector->open(&error), qPrintable(error));
    QCOMPARE(introspector->tableNames(&error),
             (QStringList{QStringLiteral("iris"), QStringLiteral("mtcars"), QStringLiteral("chickwts"), QStringLiteral("quakes")}));
    // The sheets' <dimension> says A1: rows are counted by reading them, not from it.
    const ReadResult iris = readTable(endpoint, QStringLiteral("iris"));
    QVERIFY2(iris.error.isEmpty(), qPrintable(iris.error));
    QCOMPARE(iris.rows.size(), 150);
    QCOMPARE(typesOf(iris.schema),
             (QStringList{"Sepal.Length real", "Sepal.Width real", "Petal.Length real", "Petal.Width real", "Species text"}));
    QCOMPARE(texts(iris.rows.first()), (QStringList{"5.1", "3.5", "1.4", "0.2", "setosa"}));
    // quakes pads some numbers (<v> 41</v>): Excel reads them as numbers, so does Barge.
    const ReadResult quakes = readTable(endpoint, QStringLiteral("quakes"));
    QCOMPARE(quakes.rows.size(), 1000);
    QCOMPARE(typesOf(quakes.schema), (QStringList{"lat real", "long real", "depth int64", "mag real", "stations int64"}));
    QCOMPARE(texts(quakes.rows.first()), (QStringList{"-20.42", "181.62", "562", "4.8", "41"}));
}

void TestXlsx::headerRowNamed()
{
    // deaths.xlsx has four rows of title above its header and notes below its data.
    const ReadResult found = readTable(endpointFor(dataFile(QStringLiteral("deaths.xlsx"))), QStringLiteral("arts"));
    QCOMPARE(found.schema.columns.first().name, QStringLiteral("Lots of people"));
    const ReadResult named = readTable(endpointFor(dataFile(QStringLiteral("deaths.xlsx")), QStringLiteral("?header=5")),
                                       QStringLiteral("other"));
    QVERIFY2(named.error.isEmpty(), qPrintable(named.error));
    QCOMPARE(named.schema.columns.size(), 6);
    QCOMPARE(named.schema.columns.at(0).name, QStringLiteral("Name"));
    QCOMPARE(named.schema.columns.at(3).type.kind, TypeKind::Boolean);
    QCOMPARE(named.schema.columns.at(5).type.kind, TypeKind::Date);
    // Vera Rubin's age is a formula (DATEDIF): its cached result is the value.
    QCOMPARE(texts(named.rows.first()), (QStringList{"Vera Rubin", "scientist", "88", "true", "1928-07-23", "2016-12-25"}));
    const ReadResult none = readTable(endpointFor(dataFile(QStringLiteral("deaths.xlsx")), QStringLiteral("?header=false")),
                                      QStringLiteral("arts"));
    QCOMPARE(none.schema.columns.first().name, QStringLiteral("A"));
}

void TestXlsx::dates1904FromExcel()
{
    // type-me.xlsx uses the 1904 date system; its columns mix kinds, so they are text, each value as
    // Excel shows it (a date as ISO text).
    const ReadResult dates = readTable(endpointFor(dataFile(QStringLiteral("type-me.xlsx"))), QStringLiteral("date_coercion"));
    QVERIFY2(dates.error.isEmpty(), qPrintable(dates.error));
    QCOMPARE(dates.schema.columns.first().type.kind, TypeKind::Text);
    QStringList values;
    for (const Row &row : dates.rows)
        values << texts(row).first();
    QCOMPARE(values, (QStringList{"NULL", "2016-05-23", "2016-04-28 11:30:00", "true", "cabbage", "4.3", "39448"}));
}

void TestXlsx::openpyxlTypesAndErrorCells()
{
    const ReadResult orders = readTable(endpointFor(dataFile(QStringLiteral("openpyxl-types.xlsx"))), QStringLiteral("Orders 2023"));
    QVERIFY2(orders.error.isEmpty(), qPrintable(orders.error));
    QCOMPARE(typesOf(orders.schema), (QStringList{"id int64", "code text", "amount real", "when date", "at datetime",
                                                  "time time", "paid boolean", "note text"}));
    QCOMPARE(orders.rows.size(), 3);
    QCOMPARE(texts(orders.rows.at(0)), (QStringList{"1", "08123", "1234.56", "2023-12-31", "2023-12-31 14:30:05", "09:15:00",
                                                    "true", "line1\nline2"}));
    QCOMPARE(texts(orders.rows.at(1)).mid(3, 2), (QStringList{"1900-01-15", "2024-02-29 00:00:00.250"}));
    QCOMPARE(orders.rejected.size(), 1);
    QCOMPARE(orders.rejected.first().reason, QStringLiteral("cell C5 holds the error value #DIV/0!"));
    QCOMPARE(orders.rejected.first().origin, QStringLiteral("openpyxl-types.xlsx sheet Orders 2023 row 5"));
    // The empty sheet is no table.
    std::unique_ptr<Introspector> introspector = Backend::introspector(endpointFor(dataFile(QStringLiteral("openpyxl-types.xlsx"))), false);
    QString error;
    QVERIFY(introspector->open(&error));
    QCOMPARE(introspector->tableNames(&error), (QStringList{QStringLiteral("Orders 2023"), QStringLiteral("nohdr")}));
}

void TestXlsx::openpyxl1904RejectsADateBefore1904()
{
    const ReadResult orders = readTable(endpointFor(dataFile(QStringLiteral("openpyxl-1904.xlsx"))), QStringLiteral("Orders 2023"));
    QCOMPARE(orders.rows.size(), 2);
    QCOMPARE(orders.rejected.size(), 2);
    QCOMPARE(orders.rejected.first().reason, QStringLiteral("cell D3: -1446 is no date Excel can show"));
}

void TestXlsx::libreOfficeTypes()
{
    // LibreOffice's own number formats (YYYY\-MM\-DD, ...) from a CSV it imported.
    const ReadResult lo = readTable(endpointFor(dataFile(QStringLiteral("libreoffice-types.xlsx"))), QStringLiteral("lo"));
    QVERIFY2(lo.error.isEmpty(), qPrintable(lo.error));
    QCOMPARE(typesOf(lo.schema), (QStringList{"id int64", "name text", "price real", "day date", "at datetime", "clock time",
                                              "flag boolean"}));
    QCOMPARE(texts(lo.rows.at(1)), (QStringList{"2", "Ω café", "-0.25", "1900-03-01", "2024-02-29 23:59:59", "23:59:59", "false"}));
    QCOMPARE(texts(lo.rows.at(2)), (QStringList{"3", "NULL", "7", "NULL", "NULL", "NULL", "NULL"}));
}

void TestXlsx::brokenFiles()
{
    QTemporaryDir dir;
    QFile good(dataFile(QStringLiteral("openpyxl-types.xlsx")));
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray bytes = good.readAll();

    // Cut short: the zip's directory is gone.
    const QString truncated = dir.filePath(QStringLiteral("truncated.xlsx"));
    QFile cut(truncated);
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(bytes.left(bytes.size() / 2));
    cut.close();
    std::unique_ptr<Introspector> introspector = Backend::introspector(endpointFor(truncated), false);
    QString error;
    QVERIFY(introspector->open(&error));
    QVERIFY(introspector->tableNames(&error).isEmpty());
    QCOMPARE(error, QStringLiteral("truncated.xlsx: not a zip archive, or a damaged one"));

    // Not a zip at all.
    const QString text = dir.filePath(QStringLiteral("text.xlsx"));
    QFile plain(text);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write("id,name\n1,a\n");
    plain.close();
    introspector = Backend::introspector(endpointFor(text), false);
    error.clear();
    QVERIFY(introspector->tableNames(&error).isEmpty());
    QCOMPARE(error, QStringLiteral("text.xlsx: not a zip archive, or a damaged one"));

    // A sheet's compressed bytes damaged: the sheet fails with zlib's or the CRC's reason.
    QByteArray damaged = bytes;
    const qsizetype sheet = damaged.indexOf("xl/worksheets/sheet1.xml");
    QVERIFY(sheet > 0);
    for (qsizetype i = sheet + 60; i < sheet + 90; ++i)
        damaged[i] = char(damaged.at(i) ^ 0x5a);
    const QString broken = dir.filePath(QStringLiteral("broken.xlsx"));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(damaged);
    out.close();
    const ReadResult result = readTable(endpointFor(broken), QStringLiteral("Orders 2023"));
    QVERIFY(!result.error.isEmpty());
    QVERIFY2(result.error.startsWith(QStringLiteral("broken.xlsx: sheet Orders 2023 (xl/worksheets/sheet1.xml line ")),
             qPrintable(result.error));
}

void TestXlsx::writeAndReadBack()
{
    QTemporaryDir dir;
    const Endpoint target = endpointFor(dir.path() + QStringLiteral("/out/"));
    TableSchema schema;
    schema.name = QStringLiteral("things");
    const QList<QPair<QString, DataType>> columns = {
        {QStringLiteral("id"), DataType::of(TypeKind::Int64)},     {QStringLiteral("price"), DataType{TypeKind::Decimal, 0, 10, 2, {}}},
        {QStringLiteral("exact"), DataType{TypeKind::Decimal, 0, 30, 20, {}}}, {QStringLiteral("ratio"), DataType::of(TypeKind::Real)},
        {QStringLiteral("ok"), DataType::of(TypeKind::Boolean)},   {QStringLiteral("day"), DataType::of(TypeKind::Date)},
        {QStringLiteral("at"), DataType::of(TypeKind::DateTime)},  {QStringLiteral("clock"), DataType::of(TypeKind::Time)},
        {QStringLiteral("name"), DataType::of(TypeKind::Text)},    {QStringLiteral("bytes"), DataType::of(TypeKind::Binary)},
    };
    for (const auto &[name, type] : columns) {
        ColumnSchema column;
        column.name = name;
        column.type = type;
        schema.columns << column;
    }
    const QList<Row> rows = {
        {1LL, "12.50", "0.10000000000000000001", 0.30000000000000004, true, "2023-12-31", "2024-02-29 10:30:00.250", "23:59:59", "Müller\r\n\x01", QByteArray("\x00\xff", 2)},
        {9007199254740993LL, "-0.01", "1.5", -1e300, false, "1899-12-31", "2024-02-29 10:30:00.123456", "00:00:00.5", "=1+1", QVariant()},
        {QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QString(40000, u'x'), QVariant()},
    };
    std::unique_ptr<RowWriter> writer = Backend::writer(target, schema.name);
    QString error;
    QList<RowError> refused;
    QVERIFY2(writer->open(&error) && writer->prepare(schema, TableMode::Replace, &error) && writer->begin(&error)
                 && writer->write(rows, &refused, &error) && writer->commit(&error),
             qPrintable(error));
    QCOMPARE(writer->countRows(&error), 2);
    QVERIFY2(writer->finish(&error), qPrintable(error));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().index, 2);
    QCOMPARE(refused.first().message, QStringLiteral("column name: an Excel cell holds at most 32,767 characters; this value has 40,000"));
    QCOMPARE(Backend::writer(target, schema.name)->countRows(&error), 2);

    const ReadResult back = readTable(target, schema.name);
    QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
    // Values Excel cannot hold as they are (an int64 past 2^53, a decimal a double rounds, a date
    // before 1900, microseconds) are text, so the columns holding them read back as text.
    QCOMPARE(typesOf(back.schema), (QStringList{"id text", "price decimal(4,2)", "exact text", "ratio text", "ok boolean",
                                                "day text", "at text", "clock time", "name text", "bytes text"}));
    // 0.30000000000000004 needs 17 digits, more than libxlsxwriter writes: it is text, so its column is.
    QCOMPARE(texts(back.rows.at(0)), (QStringList{"1", "12.50", "0.10000000000000000001", "0.30000000000000004", "true", "2023-12-31",
                                                  "2024-02-29 10:30:00.250", "23:59:59", "Müller\r\n\x01", "\\x00ff"}));
    QCOMPARE(texts(back.rows.at(1)), (QStringList{"9007199254740993", "-0.01", "1.50000000000000000000", "-1e+300", "false", "1899-12-31",
                                                  "2024-02-29 10:30:00.123456", "00:00:00.500", "=1+1", "NULL"}));
}

// The copy reads the rows the scan kept (XlsxSpill) instead of the sheet's XML: the same rows, the
// same rejects with the same places, the same schema, for every sheet of every workbook here.
void TestXlsx::spillReadsAsTheXml()
{
    int tables = 0;
    qint64 rows = 0;
    for (const QString &name : QDir(dataFile(QString())).entryList({QStringLiteral("*.xlsx")}, QDir::Files)) {
        const Endpoint endpoint = endpointFor(dataFile(name));
        std::unique_ptr<Introspector> introspector = Backend::introspector(endpoint, false);
        QString error;
        QVERIFY2(introspector->open(&error), qPrintable(error));
        for (const QString &table : introspector->tableNames(&error)) {
            XlsxIntrospector::setSpilling(true);
            const ReadResult spilt = readTable(endpoint, table);
            XlsxIntrospector::setSpilling(false);
            const ReadResult parsed = readTable(endpoint, table);
            XlsxIntrospector::setSpilling(true);
            const QString where = name + u' ' + table;
            QVERIFY2(spilt.error.isEmpty() && parsed.error.isEmpty(), qPrintable(where + spilt.error + parsed.error));
            QCOMPARE(typesOf(spilt.schema), typesOf(parsed.schema));
            QCOMPARE(spilt.rows.size(), parsed.rows.size());
            for (int i = 0; i < spilt.rows.size(); ++i)
                QCOMPARE(texts(spilt.rows.at(i)), texts(parsed.rows.at(i)));
            QCOMPARE(spilt.rejected.size(), parsed.rejected.size());
            for (int i = 0; i < spilt.rejected.size(); ++i) {
                QCOMPARE(spilt.rejected.at(i).origin, parsed.rejected.at(i).origin);
                QCOMPARE(spilt.rejected.at(i).reason, parsed.rejected.at(i).reason);
            }
            ++tables;
            rows += spilt.rows.size() + spilt.rejected.size();
        }
    }
    QVERIFY2(tables >= 10 && rows >= 1000, qPrintable(QStringLiteral("%1 tables, %2 rows").arg(tables).arg(rows)));
}

void TestXlsx::tableLongerThanASheet()
{
    QTemporaryDir dir;
    const Endpoint target = endpointFor(dir.filePath(QStringLiteral("long.xlsx")));
    TableSchema schema;
    schema.name = QStringLiteral("long");
    ColumnSchema column;
    column.name = QStringLiteral("n");
    column.type = DataType::of(TypeKind::Int64);
    schema.columns << column;
    const qint64 total = XlsxTableWriter::sheetRows + 9; // the header takes a row of each sheet
    std::unique_ptr<RowWriter> writer = Backend::writer(target, schema.name);
    QString error;
    QVERIFY2(writer->open(&error) && writer->prepare(schema, TableMode::Replace, &error), qPrintable(error));
    QList<RowError> refused;
    QList<Row> rows;
    for (qint64 n = 1; n <= total; ++n) {
        rows.append(Row{n});
        if (rows.size() == 10000 || n == total) {
            QVERIFY2(writer->write(rows, &refused, &error), qPrintable(error));
            rows.clear();
        }
    }
    QVERIFY2(writer->finish(&error), qPrintable(error));
    XlsxWorkbook workbook;
    QVERIFY2(workbook.open(target.path, &error), qPrintable(error));
    QCOMPARE(workbook.sheetNames(), (QStringList{QStringLiteral("long"), QStringLiteral("long (2)")}));
    std::unique_ptr<Introspector> introspector = Backend::introspector(target, false);
    QVERIFY(introspector->open(&error));
    QCOMPARE(introspector->tableNames(&error), QStringList{QStringLiteral("long")});
    const ReadResult back = readTable(target, QStringLiteral("long"));
    QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
    QCOMPARE(back.rows.size(), total);
    QCOMPARE(back.rows.last().first().toString(), QString::number(total));
    QCOMPARE(back.rows.at(int(XlsxTableWriter::sheetRows) - 1).first().toString(), QString::number(XlsxTableWriter::sheetRows));
    QCOMPARE(Backend::writer(target, schema.name)->countRows(&error), total);
}

void TestXlsx::targetRefusals()
{
    QTemporaryDir dir;
    const QString book = dir.filePath(QStringLiteral("book.xlsx"));
    QVERIFY(QFile::copy(dataFile(QStringLiteral("openpyxl-types.xlsx")), book));
    TableSchema schema;
    ColumnSchema column;
    column.name = QStringLiteral("n");
    column.type = DataType::of(TypeKind::Int64);
    schema.columns << column;
    QString error;
    std::unique_ptr<RowWriter> writer = Backend::writer(endpointFor(book), QStringLiteral("nohdr"));
    QVERIFY(writer->open(&error));
    QVERIFY(!writer->prepare(schema, TableMode::Append, &error));
    QCOMPARE(error, QStringLiteral("book.xlsx exists, and rows cannot be added to an Excel workbook: replace it (mode replace or "
                                   "truncate) or write to a new file"));
    QVERIFY(!writer->prepare(schema, TableMode::Replace, &error));
    QCOMPARE(error, QStringLiteral("book.xlsx holds other sheets (Orders 2023, empty) that writing table nohdr would remove: "
                                   "write to a new file or a folder"));
    writer.reset();
    QVERIFY(QFile::exists(book));
    QVERIFY(!QFile::exists(book + QStringLiteral(".partial")));

    // Several tables into one workbook file: refused while planning, with the folder form named.
    PlanRequest request;
    request.source = endpointFor(dataFile(QStringLiteral("datasets.xlsx")));
    request.target = endpointFor(dir.filePath(QStringLiteral("all.xlsx")));
    Plan plan;
    QVERIFY(!Planner::build(request, &plan, &error));
    QCOMPARE(error, QStringLiteral("all.xlsx is one file, and Excel targets take one table a file, but 4 tables would go "
                                   "into it (iris, mtcars, chickwts, quakes). Name a folder for one file per table (a path "
                                   "ending in '/'), or copy one table."));
}

QTEST_GUILESS_MAIN(TestXlsx)
#include "tst_xlsx.moc"
