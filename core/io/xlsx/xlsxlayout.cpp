#include "io/xlsx/xlsxlayout.h"

#include <QCoreApplication>
#include <QSet>

namespace barge {

XlsxLayout::XlsxLayout(qint64 header) : m_option(header)
{
    if (header == noHeader)
        m_headerRow = 0;
}

bool XlsxLayout::headerFromOption(const QString &value, qint64 *header)
{
    if (value.isEmpty() || value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
        *header = detectHeader;
        return true;
    }
    if (value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
        *header = noHeader;
        return true;
    }
    bool ok = false;
    const qint64 row = value.toLongLong(&ok);
    if (!ok || row < 1 || row > 1048576)
        return false;
    *header = row;
    return true;
}

bool XlsxLayout::looksLikeHeader(const XlsxRow &row) const
{
    QSet<QString> seen;
    for (const XlsxCell &cell : row.cells) {
        const QString name = cell.text.trimmed();
        if (cell.kind != XlsxCell::Kind::Text || name.isEmpty() || seen.contains(name.toLower()))
            return false;
        seen.insert(name.toLower());
    }
    return true;
}

void XlsxLayout::widen(int sheetColumn)
{
    if (m_first < 0)
        m_first = sheetColumn;
    while (sheetColumn < m_first) {
        m_types.prepend(Column());
        --m_first;
    }
    while (sheetColumn - m_first >= m_types.size())
        m_types.append(Column());
}

void XlsxLayout::add(const XlsxRow &row)
{
    if (m_headerRow < 0) {
        // Still before the names: a named row, or the first row when detecting.
        if (m_option > 0 && row.number < m_option)
            return; // a title above the named header row
        m_headerRow = (m_option > 0 && row.number == m_option) || (m_option == detectHeader && looksLikeHeader(row))
            ? row.number
            : (m_option > 0 ? m_option : 0);
        if (m_headerRow == row.number) {
            for (const XlsxCell &cell : row.cells) {
                widen(cell.column);
                if (cell.kind == XlsxCell::Kind::Text)
                    m_names.insert(cell.column, cell.text.trimmed());
            }
            return;
        }
    }
    if (!isData(row))
        return;
    ++m_rows; // a row rejected later counts too: it is a row of the source
    for (const XlsxCell &cell : row.cells) {
        if (cell.kind == XlsxCell::Kind::Error)
            return;
    }
    for (const XlsxCell &cell : row.cells) {
        widen(cell.column);
        Column &column = m_types[cell.column - m_first];
        if (cell.kind == XlsxCell::Kind::Text)
            ++column.texts;
        else
            column.inference.add(cell.text);
    }
}

TableSchema XlsxLayout::schema() const
{
    TableSchema schema;
    schema.rowCount = m_rows;
    schema.rowCountExact = true;
    QSet<QString> seen;
    for (int i = 0; i < m_types.size(); ++i) {
        const int sheetColumn = m_first + i;
        QString name = m_names.value(sheetColumn);
        if (name.isEmpty())
            name = XlsxSheetReader::columnName(sheetColumn);
        QString unique = name;
        for (int n = 2; seen.contains(unique.toLower()); ++n)
            unique = QStringLiteral("%1_%2").arg(name).arg(n);
        seen.insert(unique.toLower());
        ColumnSchema column;
        column.name = unique;
        column.type = m_types.at(i).texts > 0 ? DataType::of(TypeKind::Text) : m_types.at(i).inference.result();
        column.nullable = true; // a sheet says nothing about future rows
        schema.columns << column;
    }
    if (m_headerRow > 0)
        schema.notes << QCoreApplication::translate("barge::XlsxLayout", "column names from row %1 (header=%1)").arg(m_headerRow);
    else
        schema.notes << QCoreApplication::translate("barge::XlsxLayout", "no header row: columns named by their letters (header=N names the row that holds the names)");
    return schema;
}

} // namespace barge
