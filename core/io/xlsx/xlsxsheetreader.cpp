#include "io/xlsx/xlsxsheetreader.h"

#include "schema/numbertext.h"
#include "schema/temporaltext.h"

#include <QCoreApplication>
#include <QDate>

#include <cmath>

namespace barge {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("barge::XlsxSheetReader", text);
}

constexpr int maxColumns = 16384; // XFD, Excel's last column
constexpr qint64 maxRows = 1048576;

// The column of a cell reference ("AB12" -> 27); -1 when it has no letters or names no column Excel has.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && i < 4; ++i) {
        const char16_t c = reference.at(i).unicode();
        if (c >= u'A' && c <= u'Z')
            column = column * 26 + (c - u'A' + 1);
        else if (c >= u'a' && c <= u'z')
            column = column * 26 + (c - u'a' + 1);
        else
            break;
    }
    if (i == 0 || column > maxColumns)
        return -1;
    return column - 1;
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
    const int seconds = int(ms / 1000);
    const int millis = int(ms % 1000);
    QString time = QStringLiteral("%1:%2:%3")
                       .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                       .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                       .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (millis)
        time += QStringLiteral(".%1").arg(millis, 3, 10, QLatin1Char('0'));
    // A time format over a serial of a day or more, or a date format over one with a time of day,
    // would hide part of the value: it is kept as a datetime.
    if (kind == TypeKind::Time && days == 0)
        *text = time;
    else if (kind == TypeKind::Date && ms == 0)
        *text = date.toString(Qt::ISODate);
    else
        *text = date.toString(Qt::ISODate) + u' ' + time;
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
    m_xml.setDevice(m_device.get());
    return true;
}

QString XlsxSheetReader::failAt(const QString &message) const
{
    return tr("sheet %1 (%2 line %3): %4")
        .arg(m_workbook.sheets().at(m_sheet).name, m_workbook.sheets().at(m_sheet).part)
        .arg(m_xml.lineNumber())
        .arg(message);
}

bool XlsxSheetReader::next(XlsxRow *row)
{
    row->cells.clear();
    while (m_error.isEmpty() && !m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement && m_xml.name() == QLatin1String("sheetData")) {
            m_inData = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (m_xml.name() == QLatin1String("sheetData")) {
            m_inData = true;
            continue;
        }
        if (!m_inData || m_xml.name() != QLatin1String("row"))
            continue;
        const QStringView number = m_xml.attributes().value(QLatin1String("r"));
        row->number = number.isEmpty() ? m_lastRow + 1 : number.toLongLong();
        if (row->number <= m_lastRow || row->number > maxRows) {
            m_error = failAt(tr("row %1 is out of order or out of range").arg(number));
            return false;
        }
        m_lastRow = row->number;
        int nextColumn = 0;
        while (m_error.isEmpty() && m_xml.readNextStartElement()) {
            if (m_xml.name() != QLatin1String("c")) {
                m_xml.skipCurrentElement();
                continue;
            }
            XlsxCell cell;
            if (readCell(&cell, &nextColumn))
                row->cells.append(cell);
        }
        if (!m_error.isEmpty() || m_xml.hasError())
            break;
        if (!row->cells.isEmpty())
            return true;
    }
    if (m_error.isEmpty() && m_xml.hasError()) {
        // A damaged member shows as the device's error (libzip's reason); bad XML as the parser's.
        const QString reason = m_device->errorString().isEmpty() || m_device->errorString() == QLatin1String("Unknown error")
            ? m_xml.errorString()
            : m_device->errorString();
        m_error = failAt(reason);
    }
    return false;
}

// Reads the <c> element the reader is at. True when the cell holds a value; false for an empty
// one, or when the sheet is broken (m_error).
bool XlsxSheetReader::readCell(XlsxCell *cell, int *nextColumn)
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QStringView reference = attributes.value(QLatin1String("r"));
    const QStringView type = attributes.value(QLatin1String("t"));
    const int style = attributes.value(QLatin1String("s")).toInt();
    cell->column = reference.isEmpty() ? *nextColumn : columnOf(reference);
    if (cell->column < 0 || cell->column >= maxColumns) {
        m_error = failAt(tr("cell reference %1 names no column Excel has").arg(reference));
        return false;
    }
    *nextColumn = cell->column + 1;

    QString value;
    bool hasValue = false;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == QLatin1String("v")) {
            value = m_xml.readElementText();
            hasValue = true;
        } else if (m_xml.name() == QLatin1String("is")) {
            // An inline string: its text, or its rich-text runs' texts, without phonetic readings.
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() == QLatin1String("t")) {
                    value += m_xml.readElementText();
                } else if (m_xml.name() == QLatin1String("r")) {
                    while (m_xml.readNextStartElement()) {
                        if (m_xml.name() == QLatin1String("t"))
                            value += m_xml.readElementText();
                        else
                            m_xml.skipCurrentElement();
                    }
                } else {
                    m_xml.skipCurrentElement();
                }
            }
            value = XlsxWorkbook::unescape(value);
            hasValue = true;
        } else {
            m_xml.skipCurrentElement(); // a formula: its cached result is in <v>
        }
    }
    if (!hasValue || m_xml.hasError())
        return false;

    if (type == QLatin1String("s")) {
        bool ok = false;
        cell->text = m_workbook.sharedString(value.toLongLong(), &ok);
        cell->kind = ok ? XlsxCell::Kind::Text : XlsxCell::Kind::Error;
        if (!ok)
            cell->text = tr("shared string %1 is missing from the workbook").arg(value);
    } else if (type == QLatin1String("inlineStr") || type == QLatin1String("str")) {
        cell->kind = XlsxCell::Kind::Text;
        cell->text = type == QLatin1String("str") ? XlsxWorkbook::unescape(value) : value;
    } else if (type == QLatin1String("b")) {
        cell->kind = XlsxCell::Kind::Boolean;
        cell->text = value == QLatin1String("1") ? QStringLiteral("true") : QStringLiteral("false");
    } else if (type == QLatin1String("e")) {
        cell->kind = XlsxCell::Kind::Error;
        cell->text = value;
    } else if (type == QLatin1String("d")) {
        // An ISO 8601 date cell (strict OOXML, and some writers).
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
    } else if (value = value.trimmed(); value.isEmpty()) {
        return false;
    } else {
        // A number; some writers pad it (" 41"), which Excel reads as the number all the same.
        const TypeKind shows = m_workbook.styleKind(style);
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok) {
            cell->kind = XlsxCell::Kind::Error;
            cell->text = tr("'%1' is not a number").arg(value);
        } else if (shows == TypeKind::Real) {
            cell->kind = XlsxCell::Kind::Number;
            // A cell's number is a double: its shortest text, as Barge writes reals, whatever digits
            // the writer spent ("754.8099999999999" is 754.81, "1E+300" 1e+300).
            char buffer[32];
            cell->text = QString::fromLatin1(buffer, NumberText::formatReal(number, buffer));
            padToScale(&cell->text, m_workbook.styleScale(style));
        } else {
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
    }
    return true;
}

} // namespace barge
