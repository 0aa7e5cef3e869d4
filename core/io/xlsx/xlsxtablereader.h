#pragma once
// XlsxTableReader: reads one sheet as a table, a row at a time. Its columns and their types are the
// sheet's layout (XlsxIntrospector::layoutOf; the scan the plan already made when the file is
// unchanged). Values arrive as the plan's field mappings expect them: numbers and dates as text
// (never through a double), booleans as bool, and every value of a text column as the text its cell
// holds. A row with an error cell (#N/A, #DIV/0!), or with a value its column cannot take, is passed
// on as rejected with the sheet, the cell and the reason.

#include "endpoint/endpoint.h"
#include "io/rowreader.h"
#include "io/xlsx/xlsxintrospector.h"

namespace barge {

class XlsxTableReader : public RowReader
{
public:
    XlsxTableReader(const Endpoint &endpoint, const QString &table);

    bool open(QString *error) override;
    TableSchema schema() const override { return m_schema; }
    bool read(RowBatch &batch, int maxRows) override;
    QString error() const override { return m_error; }
    SourceSnapshot snapshot() const override { return m_snapshot; }
    qint64 totalBytes() const override { return m_totalBytes; }

private:
    bool openSheet(QString *error);
    // The row of a sheet row, or the reason it cannot be one.
    QString rowOf(const XlsxRow &cells, Row *row) const;

    Endpoint m_endpoint;
    QString m_table;
    XlsxWorkbook m_workbook;
    QList<int> m_sheets; // the table's sheet and those continuing it
    int m_current = 0;   // in m_sheets
    // The sheet's rows: from the scan's spill when it kept one, else from the sheet's XML.
    bool nextRow(XlsxRow *row);
    qint64 bytesRead() const;
    QString sheetError() const;
    std::unique_ptr<XlsxSheetReader> m_sheet;
    std::shared_ptr<const XlsxSpill> m_spill;
    std::unique_ptr<XlsxSpillReader> m_spillRows;
    std::shared_ptr<const XlsxLayout> m_layout;
    TableSchema m_schema;
    QString m_positionFormat;
    XlsxRow m_row;
    qint64 m_lastBytes = 0; // of the current sheet
    qint64 m_sheetBytes = 0; // the current sheet's XML, for progress from a spill
    qint64 m_totalBytes = -1; // the sheets' XML
    bool m_done = false;
    SourceSnapshot m_snapshot;
    QString m_error;
};

} // namespace barge
