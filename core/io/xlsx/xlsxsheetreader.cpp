#include "io/xlsx/xlsxsheetreader.h"

#include "io/xlsx/xlsxsheetparser.h"
#include "schema/numbertext.h"
#include "schema/temporaltext.h"

#include <QCoreApplication>
#include <QDate>

#include <charconv>
#include <cmath>
#include <string_view>

namespace barge {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("barge::XlsxSheetReader", text);
}

// Whether a number cell's text is one of the plain forms, -?digits[.digits][(e|E)[+-]digits], which
// std::from_chars and QString::toDouble read alike.
bool isPlainNumber(std::string_view text)
{
    size_t i = text.size() > 0 && text[0] == '-' ? 1 : 0;
    const auto digits = [&text, &i] {
        const size_t from = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9')
            ++i;
        return i > from;
    };
    if (!digits())
        return false;
    if (i < text.size() && text[i] == '.' && (++i, !digits()))
        return false;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == text.size();
}

std::string_view trimmedAscii(std::string_view text)
{
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; };
    while (!text.empty() && space(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && space(text.back()))
        text.remove_suffix(1);
    return text;
}

// Sets `text` to Latin-1 `chars`, in the buffer it has when it holds it alone: a pass that only
// looks at the cells (the type inference's) reuses each cell's buffer from row to row.
void assignLatin1(QString *text, const char *chars, qsizetype size)
{
    text->resize(size);
    QChar *out = text->data();
    for (qsizetype i = 0; i < size; ++i)
        out[i] = QLatin1Char(chars[i]);
}

// Sets `text` to UTF-8 `chars`, ASCII as assignLatin1 does.
void assignUtf8(QString *text, std::string_view chars)
{
    for (const char c : chars) {
        if (c & 0x80) {
            *text = QString::fromUtf8(chars.data(), qsizetype(chars.size()));
            return;
        }
    }
    assignLatin1(text, chars.data(), qsizetype(chars.size()));
}

// `value` as `width` digits, zero-padded, at `out`; returns the end.
char *writeDigits(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        out[i] = char('0' + value % 10);
    return out + width;
}

// A number shown with a fixed number of places ("0.00") as the decimal it shows: "12.5" is "12.50",
// so that a column of amounts reads as decimal(p,2) and back. A value with more places than shown,
// or in exponent form, stays as it is: nothing is rounded.
void padToScale(QString *text, int scale)
{
    if (scale <= 0 || text->contains(u'e') || text->contains(u'E'))
        return;
    const qsizetype point = text->indexOf(u'.');
    const qsizetype places = point < 0 ? 0 : text->size() - point - 1;
    if (places > scale)
        return;
    if (point < 0)
        *text += u'.';
    *text += QString(scale - places, u'0');
}

} // namespace

XlsxSheetReader::XlsxSheetReader(const XlsxWorkbook &workbook, int sheet) : m_workbook(workbook), m_sheet(sheet)
{
}

XlsxSheetReader::~XlsxSheetReader() = default;

QString XlsxSheetReader::columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

bool XlsxSheetReader::serialToText(double serial, bool uses1904, TypeKind kind, QString *text, QString *why)
{
    // 2958465 is 9999-12-31 in the 1900 system; the 1904 system ends 1462 days earlier.
    const double last = uses1904 ? 2957003.0 : 2958465.0;
    if (!std::isfinite(serial) || serial < 0 || serial >= last + 1) {
        *why = tr("%1 is no date Excel can show").arg(serial);
        return false;
    }
    qint64 days = qint64(std::floor(serial));
    qint64 ms = std::llround((serial - double(days)) * 86400000.0);
    if (ms >= 86400000) {
        ++days;
        ms -= 86400000;
    }
    QDate date;
    if (uses1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else {
        // Excel counts a 29 February 1900 (serial 60), as Lotus 1-2-3 did: the days before it are one
        // day later than a plain count from 1899-12-30 says.
        if (days == 60) {
            *why = tr("serial 60 is 1900-02-29, a day Excel counts but the calendar never had");
            return false;
        }
        date = QDate(1899, 12, 30).addDays(days < 60 ? days + 1 : days);
    }
    // A time format over a serial of a day or more, or a date format over one with a time of day,
    // would hide part of the value: it is kept as a datetime. Written digit by digit, as ISO 8601
    // (QDate::toString's, for the years 1900 to 9999): this runs for every date cell.
    const bool showsDate = kind != TypeKind::Time || days != 0;
    const bool showsTime = kind != TypeKind::Date || ms != 0;
    char buffer[32];
    char *out = buffer;
    if (showsDate) {
        int year = 0, month = 0, day = 0;
        date.getDate(&year, &month, &day);
        out = writeDigits(out, year, 4);
        *out++ = '-';
        out = writeDigits(out, month, 2);
        *out++ = '-';
        out = writeDigits(out, day, 2);
        if (showsTime)
            *out++ = ' ';
    }
    if (showsTime) {
        const int seconds = int(ms / 1000);
        const int millis = int(ms % 1000);
        out = writeDigits(out, seconds / 3600, 2);
        *out++ = ':';
        out = writeDigits(out, seconds / 60 % 60, 2);
        *out++ = ':';
        out = writeDigits(out, seconds % 60, 2);
        if (millis) {
            *out++ = '.';
            out = writeDigits(out, millis, 3);
        }
    }
    assignLatin1(text, buffer, out - buffer);
    return true;
}

bool XlsxSheetReader::open(QString *error)
{
    if (m_sheet < 0 || m_sheet >= m_workbook.sheets().size()) {
        *error = tr("no such sheet");
        return false;
    }
    const QString part = m_workbook.sheets().at(m_sheet).part;
    m_device = m_workbook.archive().member(part, error);
    if (!m_device)
        return false;
    m_total = m_workbook.archive().size(part);
    m_parser = std::make_unique<XlsxSheetParser>(m_device.get());
    return true;
}

bool XlsxSheetReader::next(XlsxRow *row)
{
    // The row's cells are typed over the ones it held, whose texts keep their buffers.
    while (m_parser && m_parser->next()) {
        row->number = m_parser->rowNumber();
        qsizetype used = 0;
        for (int i = 0; i < m_parser->cellCount(); ++i) {
            if (row->cells.size() <= used)
                row->cells.resize(used + 1);
            if (typeCell(m_parser->cell(i), &row->cells[used]))
                ++used;
        }
        if (used > 0) {
            row->cells.resize(used);
            return true;
        }
    }
    row->cells.clear();
    if (!m_parser)
        return false;
    if (!m_parser->error().isEmpty() && m_error.isEmpty()) {
        m_error = tr("sheet %1 (%2 line %3): %4")
                      .arg(m_workbook.sheets().at(m_sheet).name, m_workbook.sheets().at(m_sheet).part)
                      .arg(m_parser->errorLine())
                      .arg(m_parser->error());
    }
    return false;
}

// Types a cell with a value. False when it shows nothing after all (a number of only spaces).
bool XlsxSheetReader::typeCell(const XlsxRawCell &raw, XlsxCell *cell) const
{
    cell->column = raw.column;
    // The value as text; an inline string's with OOXML's escapes resolved.
    const bool escaped = raw.value.find("_x") != std::string::npos;
    const auto text = [&raw, escaped] {
        const QString value = QString::fromUtf8(raw.value.data(), qsizetype(raw.value.size()));
        return raw.inlineText && escaped ? XlsxWorkbook::unescape(value) : value;
    };
    switch (raw.type) {
    case XlsxRawCell::Type::Shared: {
        bool ok = false;
        const qint64 index = raw.inlineText ? text().toLongLong() : XlsxSheetParser::integerOf(raw.value);
        cell->text = m_workbook.sharedString(index, &ok);
        cell->kind = ok ? XlsxCell::Kind::Text : XlsxCell::Kind::Error;
        if (!ok)
            cell->text = tr("shared string %1 is missing from the workbook").arg(text());
        return true;
    }
    case XlsxRawCell::Type::Inline:
    case XlsxRawCell::Type::String:
        cell->kind = XlsxCell::Kind::Text;
        if (escaped)
            cell->text = raw.type == XlsxRawCell::Type::String ? XlsxWorkbook::unescape(text()) : text();
        else
            assignUtf8(&cell->text, raw.value);
        return true;
    case XlsxRawCell::Type::Boolean:
        cell->kind = XlsxCell::Kind::Boolean;
        cell->text = (raw.inlineText ? text() == QLatin1String("1") : raw.value == "1") ? QStringLiteral("true")
                                                                                         : QStringLiteral("false");
        return true;
    case XlsxRawCell::Type::Error:
        cell->kind = XlsxCell::Kind::Error;
        cell->text = text();
        return true;
    case XlsxRawCell::Type::Date: {
        // An ISO 8601 date cell (strict OOXML, and some writers).
        const QString value = text();
        TemporalText::Parts parts;
        if (TemporalText::parse(value, &parts) && !parts.hasOffset) {
            const TypeKind kind = parts.kind();
            cell->kind = kind == TypeKind::Date ? XlsxCell::Kind::Date
                : kind == TypeKind::Time        ? XlsxCell::Kind::Time
                                                : XlsxCell::Kind::DateTime;
            cell->text = TemporalText::format(parts, kind);
        } else {
            cell->kind = XlsxCell::Kind::Error;
            cell->text = tr("'%1' is not an ISO 8601 date").arg(value);
        }
        return true;
    }
    case XlsxRawCell::Type::Number:
        break;
    }
    // A number; some writers pad it (" 41"), which Excel reads as the number all the same. The plain
    // forms are read without a QString; any other text as QString::toDouble reads it.
    const std::string_view plain = trimmedAscii(raw.value);
    double number = 0;
    if (!raw.inlineText && isPlainNumber(plain)) {
        const auto [end, error] = std::from_chars(plain.data(), plain.data() + plain.size(), number);
        if (error == std::errc() && end == plain.data() + plain.size()) {
            typeNumber(number, raw.style, cell);
            return true;
        }
    }
    const QString value = text().trimmed();
    if (value.isEmpty())
        return false;
    bool ok = false;
    number = value.toDouble(&ok);
    if (ok) {
        typeNumber(number, raw.style, cell);
    } else {
        cell->kind = XlsxCell::Kind::Error;
        cell->text = tr("'%1' is not a number").arg(value);
    }
    return true;
}

// A number cell's value: a date, a time or both when its format shows one, otherwise the number.
void XlsxSheetReader::typeNumber(double number, int style, XlsxCell *cell) const
{
    const TypeKind shows = m_workbook.styleKind(style);
    if (shows == TypeKind::Real) {
        cell->kind = XlsxCell::Kind::Number;
        // A cell's number is a double: its shortest text, as Barge writes reals, whatever digits
        // the writer spent ("754.8099999999999" is 754.81, "1E+300" 1e+300).
        char buffer[32];
        assignLatin1(&cell->text, buffer, NumberText::formatReal(number, buffer));
        padToScale(&cell->text, m_workbook.styleScale(style));
        return;
    }
    QString why;
    if (serialToText(number, m_workbook.uses1904(), shows, &cell->text, &why)) {
        cell->kind = cell->text.size() == 10 ? XlsxCell::Kind::Date
            : cell->text.size() > 10         ? XlsxCell::Kind::DateTime
                                             : XlsxCell::Kind::Time;
    } else {
        cell->kind = XlsxCell::Kind::Error;
        cell->text = why;
    }
}

} // namespace barge
