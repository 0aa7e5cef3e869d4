#pragma once
// XlsxWorkbook: what an .xlsx file says about itself before any cell is read: its sheets (in the
// workbook's order, chart sheets left out), the date system (1900 or 1904), the shared strings
// and, per cell style, whether its number format shows a date, a time or both. Cells are then read
// sheet by sheet (XlsxSheetReader). Reads the parts with QXmlStreamReader over ZipArchive.
// One workbook belongs to one thread; the shared strings are held in memory (as openpyxl and Excel
// do), the sheets never are.

#include "io/xlsx/ziparchive.h"
#include "schema/datatype.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace barge {

class XlsxWorkbook
{
public:
    struct Sheet
    {
        QString name; // as the workbook names it: "Orders 2023"
        QString part; // its XML member: "xl/worksheets/sheet1.xml"
    };

    // Reads the workbook's parts. False with *error ("book.xlsx: not a zip archive, or a damaged
    // one", "... has no workbook part") when the file is not a readable workbook.
    bool open(const QString &path, QString *error);

    QString path() const { return m_path; }
    const QList<Sheet> &sheets() const { return m_sheets; }
    QStringList sheetNames() const;
    int sheetIndex(const QString &name) const; // -1 when there is none of that name
    bool uses1904() const { return m_1904; }
    const ZipArchive &archive() const { return m_zip; }

    // Shared string `index` (t="s" cells); *ok false when there is none.
    QString sharedString(qsizetype index, bool *ok) const;
    // What a numeric cell of style `style` (its s= index) shows: Date, DateTime, Time, or Real for
    // a number that is not a date.
    TypeKind styleKind(int style) const { return style >= 0 && style < m_styleKinds.size() ? m_styleKinds.at(style) : TypeKind::Real; }
    // The decimal places a number of style `style` is shown with when its format is a plain fixed
    // one ("0.00", "#,##0.00", a currency with two places); 0 otherwise.
    int styleScale(int style) const { return style >= 0 && style < m_styleScales.size() ? m_styleScales.at(style) : 0; }
    // The places of a fixed number format ("#,##0.000" 3); 0 for any other (General, "0", "0.0%",
    // scientific, dates). Public for tests.
    static int formatScale(int id, const QString &code);
    // What a number format shows, from its code: "yyyy-mm-dd" Date, "h:mm" Time, "m/d/yy h:mm"
    // DateTime, "0.00" or "[h]:mm" (elapsed time) Real. Public for tests.
    static TypeKind formatKind(int id, const QString &code);

    // OOXML's escapes for characters XML cannot hold in a string: "_x000D_" is a carriage return,
    // "_x005F_" an underscore.
    static QString unescape(const QString &text);

private:
    bool readRelationships(const QString &part, QHash<QString, QString> *targets, QHash<QString, QString> *types,
                           QString *error);
    bool readWorkbook(const QString &part, QString *error);
    bool readSharedStrings(const QString &part, QString *error);
    bool readStyles(const QString &part, QString *error);

    QString m_path;
    ZipArchive m_zip;
    QList<Sheet> m_sheets;
    QStringList m_strings;
    QList<TypeKind> m_styleKinds;
    QList<int> m_styleScales;
    bool m_1904 = false;
};

} // namespace barge
