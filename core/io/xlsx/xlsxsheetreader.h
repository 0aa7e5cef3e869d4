#pragma once
// XlsxSheetReader: streams one sheet of a workbook row by row, with each cell's value typed the way
// Excel shows it: shared and inline strings are text, TRUE/FALSE booleans, error cells (#N/A) errors,
// and a number is a date, a time or both when its cell's number format shows one (converted from the
// workbook's 1900 or 1904 date system to ISO text), otherwise a number kept as the text the file
// holds. Rows and cells without a reference (some writers leave r= out) follow the one before.
// The XML is parsed by XlsxSheetParser (expat); this class types what it hands out.
// One reader belongs to one thread; it holds the current row only.

#include "io/xlsx/xlsxworkbook.h"

#include <memory>

namespace barge {

class XlsxSheetParser;
struct XlsxRawCell;

struct XlsxCell
{
    enum class Kind { Number, Text, Boolean, Date, Time, DateTime, Error };
    int column = 0; // 0 = A
    Kind kind = Kind::Text;
    // Number: the double's shortest text ("1234.5", "1e-7"), with the places its format shows
    // ("12.50" under 0.00); Boolean "true"/"false"; Date "2023-12-31", Time
    // "14:30:00[.250]", DateTime "2023-12-31 14:30:00"; Error: what the cell shows ("#N/A") or why
    // its value is no date.
    QString text;
};

struct XlsxRow
{
    qint64 number = 0; // 1-based, as Excel numbers rows
    QList<XlsxCell> cells; // non-empty cells, left to right
};

class XlsxSheetReader
{
public:
    // The workbook must outlive the reader.
    XlsxSheetReader(const XlsxWorkbook &workbook, int sheet);
    ~XlsxSheetReader();

    bool open(QString *error);
    // The next row with at least one value; false at the end or on a failure (error() says which).
    bool next(XlsxRow *row);
    QString error() const { return m_error; }
    // Sheet XML read so far, and in all (for progress); -1 when not known.
    qint64 bytesRead() const { return m_device ? m_device->inflated() : 0; }
    qint64 totalBytes() const { return m_total; }

    // "A", "Z", "AA", ... for column 0, 25, 26, ...
    static QString columnName(int column);
    // "C7"
    static QString cellName(int column, qint64 row) { return columnName(column) + QString::number(row); }
    // A date serial in the workbook's date system as ISO text of `kind` (Date, Time, DateTime; a
    // Date or Time with a part the format hides becomes a DateTime). False with *why when the serial
    // is no date (negative, past 9999-12-31, or 1900-02-29, which Excel counts but never was).
    static bool serialToText(double serial, bool uses1904, TypeKind kind, QString *text, QString *why);

private:
    bool typeCell(const XlsxRawCell &raw, XlsxCell *cell) const;
    void typeNumber(double number, int style, XlsxCell *cell) const;

    const XlsxWorkbook &m_workbook;
    int m_sheet = 0;
    std::unique_ptr<ZipMember> m_device;
    std::unique_ptr<XlsxSheetParser> m_parser;
    qint64 m_total = -1;
    QString m_error;
};

} // namespace barge
