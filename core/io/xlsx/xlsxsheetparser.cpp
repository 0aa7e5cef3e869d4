#include "io/xlsx/xlsxsheetparser.h"

#include <QCoreApplication>
#include <QIODevice>

#include <expat.h>

#include <charconv>
#include <climits>
#include <cstring>
#include <string_view>

namespace barge {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("barge::XlsxSheetParser", text);
}

constexpr int maxColumns = 16384; // XFD, Excel's last column
constexpr qint64 maxRows = 1048576;
constexpr int chunkSize = 64 * 1024;

// expat names an element of a namespace "URI<separator>local". No URI holds this character (XML
// forbids it), so it cannot be mistaken for part of one.
constexpr char namespaceSeparator = '\x01';

// The local name of a SpreadsheetML element, transitional or strict OOXML, under whatever prefix;
// null for an element of another namespace (Excel 2010's x14 extensions, markup compatibility's
// AlternateContent) or of none.
const char *localName(const char *name)
{
    // Nearly every element is of the transitional namespace: one comparison.
    static constexpr std::string_view transitional = "http://schemas.openxmlformats.org/spreadsheetml/2006/main\x01";
    if (std::strncmp(name, transitional.data(), transitional.size()) == 0)
        return name + transitional.size();
    const char *separator = std::strchr(name, namespaceSeparator);
    if (!separator)
        return nullptr;
    const std::string_view uri(name, size_t(separator - name));
    return uri == "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
            || uri == "http://purl.oclc.org/ooxml/spreadsheetml/main"
        ? separator + 1
        : nullptr;
}

bool named(const char *local, const char *name)
{
    return local && std::strcmp(local, name) == 0;
}

// An attribute without a prefix (r=, t=, s=); empty when the element has none.
std::string_view attribute(const char **attributes, const char *name)
{
    for (const char **a = attributes; *a; a += 2) {
        if (std::strcmp(a[0], name) == 0)
            return a[1];
    }
    return {};
}

// The column of a cell reference ("AB12" -> 27); -1 when it has no letters or names no column Excel has.
int columnOf(std::string_view reference)
{
    int column = 0;
    size_t i = 0;
    for (; i < reference.size() && i < 4; ++i) {
        const char c = reference[i];
        if (c >= 'A' && c <= 'Z')
            column = column * 26 + (c - 'A' + 1);
        else if (c >= 'a' && c <= 'z')
            column = column * 26 + (c - 'a' + 1);
        else
            break;
    }
    if (i == 0 || column > maxColumns)
        return -1;
    return column - 1;
}

XlsxRawCell::Type typeOf(std::string_view t)
{
    if (t == "s")
        return XlsxRawCell::Type::Shared;
    if (t == "inlineStr")
        return XlsxRawCell::Type::Inline;
    if (t == "str")
        return XlsxRawCell::Type::String;
    if (t == "b")
        return XlsxRawCell::Type::Boolean;
    if (t == "e")
        return XlsxRawCell::Type::Error;
    if (t == "d")
        return XlsxRawCell::Type::Date;
    return XlsxRawCell::Type::Number;
}

} // namespace

struct XlsxSheetParser::Callbacks
{
    static void XMLCALL start(void *parser, const XML_Char *name, const XML_Char **attributes)
    {
        static_cast<XlsxSheetParser *>(parser)->startElement(name, attributes);
    }
    static void XMLCALL end(void *parser, const XML_Char *name)
    {
        static_cast<XlsxSheetParser *>(parser)->endElement(name);
    }
    static void XMLCALL characters(void *parser, const XML_Char *text, int length)
    {
        static_cast<XlsxSheetParser *>(parser)->characters(text, length);
    }
};

XlsxSheetParser::XlsxSheetParser(QIODevice *device)
    : m_device(device), m_parser(XML_ParserCreateNS(nullptr, namespaceSeparator))
{
    XML_SetUserData(m_parser, this);
    XML_SetElementHandler(m_parser, &Callbacks::start, &Callbacks::end);
    XML_SetCharacterDataHandler(m_parser, &Callbacks::characters);
}

XlsxSheetParser::~XlsxSheetParser()
{
    XML_ParserFree(m_parser);
}

qint64 XlsxSheetParser::integerOf(std::string_view text)
{
    // Plain digits, nearly every r=, s= and shared string index, without a QString; any other text
    // as QString::toLongLong reads it (spaces, a sign), 0 when it holds no number.
    if (text.empty())
        return 0;
    qint64 value = 0;
    if (text.size() <= 18 && text.front() != '+' && text.front() != '-') {
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error == std::errc() && end == text.data() + text.size())
            return value;
    }
    return QString::fromUtf8(text.data(), qsizetype(text.size())).toLongLong();
}

bool XlsxSheetParser::next()
{
    m_cellCount = 0;
    if (m_done || !m_error.isEmpty())
        return false;
    int status = XML_STATUS_OK;
    if (m_suspended) {
        m_suspended = false;
        status = XML_ResumeParser(m_parser);
    } else {
        status = feed();
    }
    for (;;) {
        if (status == XML_STATUS_SUSPENDED) {
            m_suspended = true; // at the end of a row with a value
            return true;
        }
        if (status == XML_STATUS_ERROR) {
            fail();
            return false;
        }
        if (m_lastChunk) {
            m_done = true;
            return false;
        }
        status = feed();
    }
}

// Parses the member's next chunk, read straight into expat's buffer; the last call, at the end of
// the member, tells expat that the document is complete.
int XlsxSheetParser::feed()
{
    void *buffer = XML_GetBuffer(m_parser, chunkSize);
    if (!buffer) {
        stop(QString::fromUtf8(XML_ErrorString(XML_ERROR_NO_MEMORY)));
        return XML_STATUS_ERROR;
    }
    const qint64 read = m_device->read(static_cast<char *>(buffer), chunkSize);
    if (read < 0) {
        stop(m_device->errorString()); // libzip's reason: a bad CRC, a damaged stream
        return XML_STATUS_ERROR;
    }
    m_lastChunk = read == 0;
    return XML_ParseBuffer(m_parser, int(read), m_lastChunk);
}

void XlsxSheetParser::fail()
{
    if (!m_error.isEmpty())
        return; // a handler or the device stopped it, and said why
    m_errorLine = qint64(XML_GetCurrentLineNumber(m_parser));
    m_error = QString::fromUtf8(XML_ErrorString(XML_GetErrorCode(m_parser)));
    // Damaged compressed data can inflate to bytes that break the XML before libzip notices (a CRC
    // is checked only at the member's end): read on, and the member's own failure is the reason.
    char rest[chunkSize];
    qint64 read = 0;
    while ((read = m_device->read(rest, sizeof rest)) > 0) {
    }
    if (read < 0)
        m_error = m_device->errorString();
}

// Stops the parse for good from within it (or beside it), at the line expat is on.
void XlsxSheetParser::stop(const QString &message)
{
    m_error = message;
    m_errorLine = qint64(XML_GetCurrentLineNumber(m_parser));
    XML_StopParser(m_parser, XML_FALSE);
}

void XlsxSheetParser::startElement(const char *name, const char **attributes)
{
    ++m_depth;
    if (m_skipDepth)
        return;
    const char *local = localName(name);
    if (!m_rowDepth) {
        if (named(local, "sheetData"))
            m_inData = true;
        else if (m_inData && named(local, "row"))
            startRow(attributes);
        return;
    }
    if (!m_cellDepth) {
        if (m_depth == m_rowDepth + 1 && named(local, "c"))
            startCell(attributes);
        else
            m_skipDepth = m_depth;
        return;
    }
    XlsxRawCell &cell = m_cells[size_t(m_cellCount)];
    if (m_depth == m_cellDepth + 1 && named(local, "v")) {
        cell.value.clear();
        cell.inlineText = false;
        m_hasValue = true;
        m_textDepth = m_depth;
    } else if (m_depth == m_cellDepth + 1 && named(local, "is")) {
        // An inline string: its text, or its rich-text runs' texts.
        cell.inlineText = true;
        m_hasValue = true;
        m_inlineDepth = m_depth;
    } else if (m_inlineDepth && m_depth == m_inlineDepth + 1 && named(local, "r")) {
        m_runDepth = m_depth;
    } else if (((m_inlineDepth && m_depth == m_inlineDepth + 1) || (m_runDepth && m_depth == m_runDepth + 1))
               && named(local, "t")) {
        m_textDepth = m_depth;
    } else {
        m_skipDepth = m_depth; // a formula (its cached result is in <v>), a phonetic reading (<rPh>)
    }
}

void XlsxSheetParser::startRow(const char **attributes)
{
    m_rowDepth = m_depth;
    m_cellCount = 0;
    m_nextColumn = 0;
    const std::string_view number = attribute(attributes, "r");
    m_rowNumber = number.empty() ? m_lastRow + 1 : integerOf(number);
    if (m_rowNumber <= m_lastRow || m_rowNumber > maxRows) {
        stop(tr("row %1 is out of order or out of range").arg(QString::fromUtf8(number.data(), qsizetype(number.size()))));
        return;
    }
    m_lastRow = m_rowNumber;
}

void XlsxSheetParser::startCell(const char **attributes)
{
    const std::string_view reference = attribute(attributes, "r");
    const int column = reference.empty() ? m_nextColumn : columnOf(reference);
    if (column < 0 || column >= maxColumns) {
        stop(tr("cell reference %1 names no column Excel has")
                 .arg(QString::fromUtf8(reference.data(), qsizetype(reference.size()))));
        return;
    }
    m_nextColumn = column + 1;
    if (m_cells.size() <= size_t(m_cellCount))
        m_cells.resize(size_t(m_cellCount) + 1);
    XlsxRawCell &cell = m_cells[size_t(m_cellCount)];
    cell.column = column;
    cell.type = typeOf(attribute(attributes, "t"));
    const qint64 style = integerOf(attribute(attributes, "s"));
    cell.style = style >= INT_MIN && style <= INT_MAX ? int(style) : 0; // as QString::toInt reads it
    cell.value.clear();
    cell.inlineText = false;
    m_hasValue = false;
    m_cellDepth = m_depth;
}

void XlsxSheetParser::endElement(const char *name)
{
    const int depth = m_depth--;
    if (m_skipDepth) {
        if (depth == m_skipDepth)
            m_skipDepth = 0;
        return;
    }
    if (depth == m_textDepth) {
        m_textDepth = 0;
    } else if (depth == m_runDepth) {
        m_runDepth = 0;
    } else if (depth == m_inlineDepth) {
        m_inlineDepth = 0;
    } else if (depth == m_cellDepth) {
        m_cellDepth = 0;
        if (m_hasValue)
            ++m_cellCount; // a cell without <v> or <is> is empty, though it may carry a style
    } else if (depth == m_rowDepth) {
        m_rowDepth = 0;
        if (m_cellCount > 0)
            XML_StopParser(m_parser, XML_TRUE); // next() hands the row out, and resumes after it
    } else if (!m_rowDepth && named(localName(name), "sheetData")) {
        m_inData = false;
    }
}

void XlsxSheetParser::characters(const char *text, int length)
{
    if (m_textDepth && m_depth == m_textDepth && !m_skipDepth)
        m_cells[size_t(m_cellCount)].value.append(text, size_t(length));
}

} // namespace barge
