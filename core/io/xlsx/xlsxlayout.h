#pragma once
// XlsxLayout: the table a sheet makes. Its column names come from a header row, found or named:
// by default the first row with values is the header when each of its cells is distinct, non-empty
// text (as in nearly every export); `header=false` says there is none (columns are named by their
// letters, A, B, ...), `header=N` that row N holds the names and the rows above it are titles to
// skip. Columns run from the leftmost used column to the rightmost. Each column's type is decided
// from every row, never a sample: a column with any text cell is text; otherwise numbers, booleans
// and dates go through the CSV rules (TypeInference) on their ISO or as-written text, so a number
// column becomes int64, decimal or real only when that reproduces every value. A row with an error
// cell (#N/A) steers nothing: it is rejected when read. A plain value; not thread safe.

#include "io/xlsx/xlsxsheetreader.h"
#include "schema/tableschema.h"
#include "schema/typeinference.h"

namespace barge {

class XlsxLayout
{
public:
    static constexpr qint64 detectHeader = 0;
    static constexpr qint64 noHeader = -1;

    // `header`: detectHeader, noHeader, or the 1-based row that holds the names.
    explicit XlsxLayout(qint64 header = detectHeader);
    // The header option's value ("true"/absent: detect, "false": none, "3": row 3); false when it is
    // none of these.
    static bool headerFromOption(const QString &value, qint64 *header);

    // Feeds the sheet's rows in order (XlsxSheetReader::next).
    void add(const XlsxRow &row);

    // Whether `row` is a data row: not the header and not above it.
    bool isData(const XlsxRow &row) const { return row.number > m_headerRow && m_headerRow >= 0; }
    qint64 headerRow() const { return m_headerRow; } // 0: none
    // The table column of a sheet column; -1 when it lies outside the columns found.
    int columnOf(int sheetColumn) const
    {
        const int column = sheetColumn - m_first;
        return column >= 0 && column < m_types.size() ? column : -1;
    }
    int columnCount() const { return int(m_types.size()); }
    int firstColumn() const { return m_first; }
    bool isText(int column) const { return m_types.at(column).texts > 0; }
    TableSchema schema() const;

private:
    struct Column
    {
        qint64 texts = 0;
        TypeInference inference;
    };
    void widen(int sheetColumn);
    bool looksLikeHeader(const XlsxRow &row) const;

    qint64 m_option = detectHeader;
    qint64 m_headerRow = -1; // -1 until the first row is seen (detection) or row N passes
    QHash<int, QString> m_names; // by sheet column
    int m_first = -1;
    QList<Column> m_types;
    qint64 m_rows = 0;
};

} // namespace barge
