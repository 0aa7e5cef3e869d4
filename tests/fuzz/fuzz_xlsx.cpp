// libFuzzer target for reading Excel workbooks: XlsxWorkbook (workbook, shared strings, styles),
// XlsxSheetParser and XlsxSheetReader (a sheet's XML), XlsxLayout (header and types) and
// XlsxTableReader over arbitrary XML. The input is up to four parts separated by the line
// "<!--part-->": a sheet, the shared strings, the styles and the workbook part, in that order; a part
// left out is a plain one (three shared strings; a date, a time, a date-time and a 0.00 format; one
// sheet). They are stored in a zip with the relationships that tie them together, as a workbook
// file, so the whole read path runs. Beyond "no crash, no sanitizer report" it holds them to the
// data promises:
//  - a workbook or sheet that cannot be read says why;
//  - when the scan read a sheet to its end, the reader reads it to its end too, without a failure;
//  - the reader rejects a data row only for a cell with an error value (#N/A, or a serial that is no
//    date), so each other row arrives: types come from every row;
//  - every value of an arriving row converts to its column's inferred type (ValueConverter);
//  - the rows the scan kept for the copy (XlsxSpill) read as the sheet's XML does.

#include "fuzzcheck.h"
#include "storedzip.h"

#include "endpoint/endpoint.h"
#include "io/xlsx/xlsxintrospector.h"
#include "io/xlsx/xlsxlayout.h"
#include "io/xlsx/xlsxsheetreader.h"
#include "io/xlsx/xlsxtablereader.h"
#include "io/xlsx/xlsxworkbook.h"
#include "schema/valueconverter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace barge;

namespace {

const QByteArray defaultStrings =
    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"3\" uniqueCount=\"3\">"
    "<si><t>id</t></si><si><t>name</t></si><si><r><t>rich</t></r><r><t xml:space=\"preserve\"> text</t></r></si></sst>";
const QByteArray defaultStyles =
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd hh:mm:ss\"/></numFmts>"
    "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"21\"/><xf numFmtId=\"164\"/>"
    "<xf numFmtId=\"2\"/></cellXfs></styleSheet>";
const QByteArray defaultWorkbook =
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<sheets><sheet name=\"data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
const QByteArray packageRelationships =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"xl/workbook.xml\"/></Relationships>";
const QByteArray workbookRelationships =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
    "Target=\"sharedStrings.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
    "Target=\"styles.xml\"/></Relationships>";

// Where the workbooks go: one folder for the process, one file per input.
QString workbookPath()
{
    static QTemporaryDir folder;
    static qint64 count = 0;
    return QDir(folder.path()).filePath(QStringLiteral("book%1.xlsx").arg(++count));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QByteArray> parts;
    const QByteArray separator = "\n<!--part-->\n";
    qsizetype from = 0;
    for (qsizetype at; parts.size() < 3 && (at = input.indexOf(separator, from)) >= 0; from = at + separator.size())
        parts.append(input.mid(from, at - from));
    parts.append(input.mid(from));
    StoredZip zip;
    zip.add(QStringLiteral("_rels/.rels"), packageRelationships);
    zip.add(QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRelationships);
    zip.add(QStringLiteral("xl/worksheets/sheet1.xml"), parts.value(0));
    zip.add(QStringLiteral("xl/sharedStrings.xml"), parts.size() > 1 ? parts.at(1) : defaultStrings);
    zip.add(QStringLiteral("xl/styles.xml"), parts.size() > 2 ? parts.at(2) : defaultStyles);
    zip.add(QStringLiteral("xl/workbook.xml"), parts.size() > 3 ? parts.at(3) : defaultWorkbook);
    const QString path = workbookPath();
    FUZZ_CHECK(zip.write(path), path);
    struct Remove
    {
        QString path;
        ~Remove() { QFile::remove(path); }
    } remove{path};

    XlsxWorkbook workbook;
    QString error;
    if (!workbook.open(path, &error)) {
        FUZZ_CHECK(!error.isEmpty(), QStringLiteral("a workbook that did not open, with no reason"));
        return 0;
    }
    if (workbook.sheets().isEmpty())
        return 0;
    const std::optional<XlsxLayout> layout = XlsxIntrospector::describe(workbook, {0}, XlsxLayout::detectHeader, &error);
    if (!layout) {
        FUZZ_CHECK(!error.isEmpty(), QStringLiteral("a sheet that could not be scanned, with no reason"));
        return 0;
    }
    const TableSchema schema = layout->schema();

    // The rows the reader must reject: data rows with an error cell.
    qint64 errorRows = 0;
    {
        XlsxSheetReader sheet(workbook, 0);
        FUZZ_CHECK(sheet.open(&error), error);
        XlsxRow row;
        while (sheet.next(&row)) {
            if (!layout->isData(row))
                continue;
            for (const XlsxCell &cell : std::as_const(row.cells)) {
                if (cell.kind == XlsxCell::Kind::Error) {
                    ++errorRows;
                    break;
                }
            }
        }
        FUZZ_CHECK(sheet.error().isEmpty(), sheet.error());
    }

    const std::optional<Endpoint> endpoint = Endpoint::parse(QStringLiteral("xlsx://") + path, &error);
    FUZZ_CHECK(endpoint.has_value(), error);
    // Read twice: from the rows the scan kept (XlsxSpill), then from the XML; both the same.
    QList<Row> rowsRead[2];
    QStringList rejectsRead[2];
    qint64 rejected = 0;
    for (int pass = 0; pass < 2; ++pass) {
        XlsxIntrospector::setSpilling(pass == 0);
        XlsxTableReader reader(*endpoint, workbook.sheets().first().name);
        FUZZ_CHECK(reader.open(&error), error);
        FUZZ_CHECK(reader.schema().columns.size() == schema.columns.size(), QStringLiteral("the reader's columns"));
        RowBatch batch;
        while (true) {
            batch.clear();
            const bool more = reader.read(batch, 1000);
            FUZZ_CHECK(reader.error().isEmpty(), reader.error());
            for (const RejectedRow &row : std::as_const(batch.rejected)) {
                // An error cell's reason, never one of a column's type or extent on an unchanged sheet.
                FUZZ_CHECK(!row.reason.contains(QLatin1String("outside the columns"))
                               && !row.reason.contains(QLatin1String("held no text")),
                           row.origin + QStringLiteral(": ") + row.reason);
                rejectsRead[pass] << row.origin + QStringLiteral(": ") + row.reason;
            }
            rowsRead[pass] << batch.rows;
            for (int r = 0; pass == 0 && r < batch.rows.size(); ++r) {
                const Row &row = batch.rows.at(r);
                FUZZ_CHECK(row.size() == schema.columns.size(), batch.origin(r));
                for (int c = 0; c < row.size(); ++c) {
                    if (row.at(c).isNull())
                        continue;
                    QVariant out;
                    QString why;
                    FUZZ_CHECK(ValueConverter::convert(row.at(c), schema.columns.at(c).type, &out, &why),
                               QStringLiteral("%1, %2 as %3: %4")
                                   .arg(batch.origin(r), schema.columns.at(c).name, schema.columns.at(c).type.toString(), why));
                }
            }
            if (!more)
                break;
        }
    }
    XlsxIntrospector::setSpilling(true);
    rejected = rejectsRead[0].size();
    FUZZ_CHECK(rejectsRead[0] == rejectsRead[1], rejectsRead[0].join(u'\n') + QStringLiteral("\n<>\n") + rejectsRead[1].join(u'\n'));
    FUZZ_CHECK(rowsRead[0] == rowsRead[1], QStringLiteral("the rows kept by the scan differ from the sheet's"));
    FUZZ_CHECK(rejected == errorRows, QStringLiteral("%1 rows rejected, %2 with an error cell").arg(rejected).arg(errorRows));
    return 0;
}
