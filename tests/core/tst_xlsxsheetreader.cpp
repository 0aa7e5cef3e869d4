// A sheet's XML as rows of typed cells (XlsxSheetReader over XlsxSheetParser), from workbooks the
// test spells out part by part: SpreadsheetML under a prefix and in strict OOXML, entities and
// character references, rich-text runs without their phonetic readings, OOXML's _xHHHH_ escapes,
// every t= kind, dates and fixed places from the styles, rows and cells without r=, and the
// failures said with sheet, part and line: bad XML, a row out of order, a column Excel has not,
// a member whose CRC is wrong. A long sheet checks that rows come out whole across expat's chunks.
#include "io/xlsx/xlsxsheetreader.h"
#include "storedzip.h"

#include <QTemporaryDir>
#include <QTest>

using namespace barge;

namespace {

const QByteArray spreadsheetMl = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

// A workbook of one sheet, S, with two shared strings and four cell styles: General, a date (14),
// two places (0.00) and a time (21).
bool writeWorkbook(const QString &path, const QByteArray &sheet, bool wrongCrc = false)
{
    const QByteArray relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    StoredZip zip;
    zip.add(QStringLiteral("xl/workbook.xml"),
            "<workbook xmlns=\"" + spreadsheetMl + "\" xmlns:r=\"" + relationships
                + "\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    zip.add(QStringLiteral("xl/_rels/workbook.xml.rels"),
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"" + relationships + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            "<Relationship Id=\"rId2\" Type=\"" + relationships + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            "<Relationship Id=\"rId3\" Type=\"" + relationships + "/styles\" Target=\"styles.xml\"/></Relationships>");
    zip.add(QStringLiteral("xl/sharedStrings.xml"),
            "<sst xmlns=\"" + spreadsheetMl + "\"><si><t>first</t></si><si><t>second</t></si></sst>");
    zip.add(QStringLiteral("xl/styles.xml"),
            "<styleSheet xmlns=\"" + spreadsheetMl + "\"><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"
            "<xf numFmtId=\"2\"/><xf numFmtId=\"21\"/></cellXfs></styleSheet>");
    zip.add(QStringLiteral("xl/worksheets/sheet1.xml"), sheet, wrongCrc);
    return zip.write(path);
}

// A sheet whose <sheetData> holds `data`, starting on line 3.
QByteArray sheetOf(const QByteArray &data)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + spreadsheetMl
        + "\"><dimension ref=\"A1\"/>\n<sheetData>" + data + "</sheetData><mergeCells count=\"0\"/></worksheet>";
}

QString kindName(XlsxCell::Kind kind)
{
    switch (kind) {
    case XlsxCell::Kind::Number: return QStringLiteral("number");
    case XlsxCell::Kind::Text: return QStringLiteral("text");
    case XlsxCell::Kind::Boolean: return QStringLiteral("boolean");
    case XlsxCell::Kind::Date: return QStringLiteral("date");
    case XlsxCell::Kind::Time: return QStringLiteral("time");
    case XlsxCell::Kind::DateTime: return QStringLiteral("datetime");
    case XlsxCell::Kind::Error: return QStringLiteral("error");
    }
    return QString();
}

// "3|B:number:2|C:text:x"
QString describe(const XlsxRow &row)
{
    QStringList parts{QString::number(row.number)};
    for (const XlsxCell &cell : row.cells)
        parts << XlsxSheetReader::columnName(cell.column) + u':' + kindName(cell.kind) + u':' + cell.text;
    return parts.join(u'|');
}

struct SheetRead
{
    QStringList rows;
    QString error;
};

SheetRead readSheet(const QByteArray &sheet, bool wrongCrc = false)
{
    SheetRead read;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("book.xlsx"));
    XlsxWorkbook workbook;
    if (!writeWorkbook(path, sheet, wrongCrc) || !workbook.open(path, &read.error))
        return read;
    XlsxSheetReader reader(workbook, 0);
    if (!reader.open(&read.error))
        return read;
    XlsxRow row;
    while (reader.next(&row))
        read.rows << describe(row);
    read.error = reader.error();
    return read;
}

} // namespace

class TestXlsxSheetReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_data();
    void rows();
    void failures_data();
    void failures();
    void longSheet();
};

void TestXlsxSheetReader::rows_data()
{
    QTest::addColumn<QByteArray>("sheet");
    QTest::addColumn<QStringList>("rows");

    QTest::newRow("inline string and number")
        << sheetOf("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c><c r=\"B1\" t=\"n\"><v>1.50</v></c></row>")
        << QStringList{"1|A:text:id|B:number:1.5"};
    QTest::newRow("namespace prefix")
        << QByteArray("<x:worksheet xmlns:x=\"" + spreadsheetMl + "\"><x:sheetData><x:row r=\"2\"><x:c r=\"B2\" t=\"inlineStr\">"
                      "<x:is><x:t>a</x:t></x:is></x:c><x:c r=\"C2\"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>")
        << QStringList{"2|B:text:a|C:number:7"};
    QTest::newRow("strict OOXML")
        << QByteArray("<worksheet xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\"><sheetData><row r=\"1\"><c r=\"A1\">"
                      "<v>3</v></c></row></sheetData></worksheet>")
        << QStringList{"1|A:number:3"};
    QTest::newRow("another namespace is no sheet")
        << QByteArray("<worksheet xmlns=\"urn:not-excel\"><sheetData><row r=\"1\"><c r=\"A1\"><v>3</v></c></row></sheetData></worksheet>")
        << QStringList{};
    QTest::newRow("entities, references and CDATA")
        << sheetOf("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a &amp; b &lt;&#228;&#x20AC;&gt;</t></is></c>"
                   "<c r=\"B1\" t=\"inlineStr\"><is><t><![CDATA[<x> & y]]></t></is></c></row>")
        << QStringList{"1|A:text:a & b <ä€>|B:text:<x> & y"};
    QTest::newRow("rich runs without the phonetic reading")
        << sheetOf("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>Tok</t></r><r><t xml:space=\"preserve\">yo "
                   "</t></r><rPh sb=\"0\" eb=\"1\"><t>トウ</t></rPh></is></c></row>")
        << QStringList{"1|A:text:Tokyo "};
    QTest::newRow("OOXML escapes")
        << sheetOf("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a_x000D_b_x005F_x0041_</t></is></c>"
                   "<c r=\"B1\" t=\"str\"><f>A1</f><v>c_x0009_d</v></c></row>")
        << QStringList{"1|A:text:a\rb_x0041_|B:text:c\td"};
    QTest::newRow("every kind")
        << sheetOf("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"B1\" t=\"b\"><v>1</v></c><c r=\"C1\" t=\"b\"><v>0</v></c>"
                   "<c r=\"D1\" t=\"e\"><v>#N/A</v></c><c r=\"E1\" t=\"d\"><v>2023-12-31</v></c>"
                   "<c r=\"F1\" t=\"d\"><v>31.12.2023</v></c><c r=\"G1\" t=\"s\"><v>7</v></c></row>")
        << QStringList{"1|A:text:second|B:boolean:true|C:boolean:false|D:error:#N/A|E:date:2023-12-31"
                       "|F:error:'31.12.2023' is not an ISO 8601 date|G:error:shared string 7 is missing from the workbook"};
    QTest::newRow("numbers as Excel reads them")
        << sheetOf("<row r=\"1\"><c r=\"A1\"><v> 41 </v></c><c r=\"B1\"><v>1E+300</v></c><c r=\"C1\"><v>754.8099999999999</v></c>"
                   "<c r=\"D1\"><v>+5</v></c><c r=\"E1\"><v>.5</v></c><c r=\"F1\"><v>-0</v></c><c r=\"G1\"><v>1e-7</v></c>"
                   "<c r=\"H1\"><v>abc</v></c><c r=\"I1\"><v>  </v></c><c r=\"J1\"><v>&#160;2&#160;</v></c></row>")
        << QStringList{"1|A:number:41|B:number:1e+300|C:number:754.81|D:number:5|E:number:0.5|F:number:0|G:number:1e-7"
                       "|H:error:'abc' is not a number|J:number:2"};
    QTest::newRow("dates, times and places from the styles")
        << sheetOf("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45291</v></c><c r=\"B1\" s=\"1\"><v>45291.75</v></c>"
                   "<c r=\"C1\" s=\"3\"><v>0.5</v></c><c r=\"D1\" s=\"2\"><v>12.5</v></c><c r=\"E1\" s=\"2\"><v>12.125</v></c>"
                   "<c r=\"F1\" s=\"1\"><v>60</v></c><c r=\"G1\" s=\"99\"><v>2</v></c></row>")
        << QStringList{"1|A:date:2023-12-31|B:datetime:2023-12-31 18:00:00|C:time:12:00:00|D:number:12.50|E:number:12.125"
                       "|F:error:serial 60 is 1900-02-29, a day Excel counts but the calendar never had|G:number:2"};
    QTest::newRow("rows and cells without r")
        << sheetOf("<row><c><v>1</v></c><c><v>2</v></c></row><row><c r=\"C2\"><v>3</v></c><c><v>4</v></c></row>"
                   "<row r=\"5\"><c><v>5</v></c></row><row><c r=\"B6\"/><c><v>6</v></c></row>")
        << QStringList{"1|A:number:1|B:number:2", "2|C:number:3|D:number:4", "5|A:number:5", "6|C:number:6"};
    QTest::newRow("empty cells and rows, formulas, extensions")
        << sheetOf("<row r=\"1\" spans=\"1:2\"><c r=\"A1\" s=\"1\"/><c r=\"B1\"><f>1/0</f></c></row>"
                   "<row r=\"3\" xmlns:x14ac=\"urn:x14ac\" x14ac:dyDescent=\"0.25\"><c r=\"B3\"><f>1+1</f><v>2</v>"
                   "<extLst><ext><v>9</v></ext></extLst></c><x14ac:c r=\"C3\"><v>9</v></x14ac:c></row>"
                   "<row r=\"4\"><c r=\"A4\"><v>  </v></c></row>")
        << QStringList{"3|B:number:2"};
}

void TestXlsxSheetReader::rows()
{
    QFETCH(QByteArray, sheet);
    QFETCH(QStringList, rows);
    const SheetRead read = readSheet(sheet);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.rows, rows);
}

void TestXlsxSheetReader::failures_data()
{
    QTest::addColumn<QByteArray>("sheet");
    QTest::addColumn<bool>("wrongCrc");
    QTest::addColumn<int>("rowsRead");
    QTest::addColumn<QString>("error");

    const QString at = QStringLiteral("sheet S (xl/worksheets/sheet1.xml line %1): %2");
    QTest::newRow("row out of order")
        << sheetOf("<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>\n<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>") << false << 1
        << at.arg(4).arg("row 1 is out of order or out of range");
    QTest::newRow("row past Excel's last")
        << sheetOf("<row r=\"1048577\"><c><v>1</v></c></row>") << false << 0
        << at.arg(3).arg("row 1048577 is out of order or out of range");
    QTest::newRow("column past XFD")
        << sheetOf("<row r=\"1\"><c r=\"A1\"><v>1</v></c>\n<c r=\"XFE1\"><v>1</v></c></row>") << false << 0
        << at.arg(4).arg("cell reference XFE1 names no column Excel has");
    QTest::newRow("mismatched tag")
        << sheetOf("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>\n<row r=\"2\"><c r=\"A2\"><v>1</v></row>") << false << 1
        << at.arg(4).arg("mismatched tag");
    QTest::newRow("cut short")
        << sheetOf("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>").chopped(60) << false << 0
        << at.arg(3).arg("unclosed token");
    QTest::newRow("CRC wrong") << sheetOf("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>") << true << 1
                               << at.arg(3).arg("CRC error");
}

void TestXlsxSheetReader::failures()
{
    QFETCH(QByteArray, sheet);
    QFETCH(bool, wrongCrc);
    QFETCH(int, rowsRead);
    QFETCH(QString, error);
    const SheetRead read = readSheet(sheet, wrongCrc);
    QCOMPARE(read.error, error);
    QCOMPARE(read.rows.size(), rowsRead);
}

void TestXlsxSheetReader::longSheet()
{
    // Far more than one chunk: every row comes out whole and in order, however the chunks cut it.
    QByteArray data;
    QStringList expected;
    for (int n = 1; n <= 20000; ++n) {
        const QByteArray number = QByteArray::number(n);
        if (n % 8 == 0) {
            data += "<row r=\"" + number + "\"/>"; // an empty row
            continue;
        }
        data += "<row r=\"" + number + "\"><c r=\"A" + number + "\"><v>" + number + "</v></c><c t=\"inlineStr\"><is><t>row &amp; "
            + number + "</t></is></c></row>";
        expected << QStringLiteral("%1|A:number:%1|B:text:row & %1").arg(n);
    }
    const SheetRead read = readSheet(sheetOf(data));
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.rows, expected);
}

QTEST_GUILESS_MAIN(TestXlsxSheetReader)
#include "tst_xlsxsheetreader.moc"
