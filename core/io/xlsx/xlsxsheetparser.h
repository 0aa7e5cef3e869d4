#pragma once
// XlsxSheetParser: a sheet part's XML (SpreadsheetML, under any prefix) streamed through expat and
// handed out a row at a time as each cell's column, t= and s= attributes and value text, still
// untyped (XlsxSheetReader types them). expat pushes; it is suspended at the end of every row with a
// value, which makes it a pull parser that holds one row and one chunk of the part. Rows and cells
// without a reference follow the one before; a row out of order, or a reference to no column Excel
// has, stops the parse. One parser belongs to one thread, and its device must outlive it.

#include <QString>

#include <string>
#include <string_view>
#include <vector>

class QIODevice;
struct XML_ParserStruct;

namespace barge {

struct XlsxRawCell
{
    // t=: s, inlineStr, str, b, e, d; anything else (n, or none) is a number.
    enum class Type { Number, Shared, Inline, String, Boolean, Error, Date };
    int column = 0; // 0 = A
    Type type = Type::Number;
    int style = 0; // s=, the index of the cell's format
    // The last <v>'s text, or an inline string's (its <t>, or its runs' <t>s, without phonetic
    // readings), as UTF-8 with the entities resolved.
    std::string value;
    // The value is an inline string's, whose _xHHHH_ escapes are still to be resolved.
    bool inlineText = false;
};

class XlsxSheetParser
{
public:
    explicit XlsxSheetParser(QIODevice *device);
    ~XlsxSheetParser();
    XlsxSheetParser(const XlsxSheetParser &) = delete;
    XlsxSheetParser &operator=(const XlsxSheetParser &) = delete;

    // The next row with at least one cell holding a value; false at the end or on a failure.
    bool next();
    qint64 rowNumber() const { return m_rowNumber; } // 1-based
    int cellCount() const { return m_cellCount; }
    const XlsxRawCell &cell(int index) const { return m_cells[size_t(index)]; }

    // Why the parse stopped (bad XML, the device's reason, a row out of order), and on which line.
    QString error() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }

    // The integer in an attribute or a value as QString::toLongLong reads it; 0 when it holds none.
    static qint64 integerOf(std::string_view text);

private:
    struct Callbacks; // expat's handlers, which forward to the members below

    void startElement(const char *name, const char **attributes);
    void endElement(const char *name);
    void characters(const char *text, int length);
    void startRow(const char **attributes);
    void startCell(const char **attributes);
    int feed();
    void fail();
    void stop(const QString &message);

    QIODevice *m_device;
    XML_ParserStruct *m_parser; // owned
    bool m_suspended = false;
    bool m_lastChunk = false;
    bool m_done = false;

    // Where the parse is: element depths, 0 when not inside one.
    int m_depth = 0;
    int m_skipDepth = 0; // an element whose content does not matter (a formula, a foreign one)
    bool m_inData = false; // inside <sheetData>
    int m_rowDepth = 0;
    int m_cellDepth = 0;
    int m_inlineDepth = 0; // <is>
    int m_runDepth = 0;    // <r>, a rich-text run of an inline string
    int m_textDepth = 0;   // <v> or <t>, whose characters are the value
    bool m_hasValue = false;

    qint64 m_rowNumber = 0;
    qint64 m_lastRow = 0;
    int m_nextColumn = 0;
    std::vector<XlsxRawCell> m_cells; // reused from row to row; the first m_cellCount hold this row
    int m_cellCount = 0;

    QString m_error;
    qint64 m_errorLine = 0;
};

} // namespace barge
