#include "io/xlsx/xlsxtablereader.h"

#include "schema/valueconverter.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace barge {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("barge::XlsxTableReader", text);
}

} // namespace

XlsxTableReader::XlsxTableReader(const Endpoint &endpoint, const QString &table)
    : m_endpoint(endpoint), m_table(table)
{
}

bool XlsxTableReader::open(QString *error)
{
    const XlsxIntrospector::Place place = XlsxIntrospector::placeOf(m_endpoint, m_table);
    m_snapshot.asOf = QFileInfo(place.file).lastModified().toUTC();
    m_layout = XlsxIntrospector::layoutOf(m_endpoint, place, error, &m_spill);
    if (!m_layout || !m_workbook.open(place.file, error))
        return false;
    m_sheets = XlsxIntrospector::sheetsOf(m_workbook, place, error);
    if (m_sheets.isEmpty())
        return false;
    m_schema = m_layout->schema();
    m_schema.name = m_table;
    m_totalBytes = 0;
    for (const int sheet : std::as_const(m_sheets))
        m_totalBytes += qMax<qint64>(0, m_workbook.archive().size(m_workbook.sheets().at(sheet).part));
    return openSheet(error);
}

bool XlsxTableReader::openSheet(QString *error)
{
    const int sheet = m_sheets.at(m_current);
    m_lastBytes = 0;
    m_positionFormat = tr("%1 sheet %2 row %3")
                           .arg(QFileInfo(m_workbook.path()).fileName(), m_workbook.sheets().at(sheet).name, QStringLiteral("%1"));
    if (m_spill && m_spill->sheetCount() == m_sheets.size()) {
        m_spillRows = std::make_unique<XlsxSpillReader>(*m_spill, m_current);
        m_sheetBytes = qMax<qint64>(0, m_workbook.archive().size(m_workbook.sheets().at(sheet).part));
        return true;
    }
    m_sheet = std::make_unique<XlsxSheetReader>(m_workbook, sheet);
    return m_sheet->open(error);
}

bool XlsxTableReader::nextRow(XlsxRow *row)
{
    return m_spillRows ? m_spillRows->next(row) : m_sheet->next(row);
}

qint64 XlsxTableReader::bytesRead() const
{
    if (!m_spillRows)
        return m_sheet->bytesRead();
    // The sheet's XML bytes in the share of the spill read, so that progress counts the same bytes.
    const qint64 total = m_spillRows->totalBytes();
    return total > 0 ? qint64(double(m_sheetBytes) * double(m_spillRows->bytesRead()) / double(total)) : 0;
}

QString XlsxTableReader::sheetError() const
{
    return m_spillRows ? m_spillRows->error() : m_sheet->error();
}

QString XlsxTableReader::rowOf(const XlsxRow &cells, Row *row) const
{
    row->resize(m_layout->columnCount()); // an empty cell is NULL
    // An error cell is the reason first: the scan left its row out, so the row's other cells may
    // not fit the columns, which would hide the cause.
    for (const XlsxCell &cell : cells.cells) {
        if (cell.kind == XlsxCell::Kind::Error) {
            const QString where = XlsxSheetReader::cellName(cell.column, cells.number);
            return cell.text.startsWith(u'#') ? tr("cell %1 holds the error value %2").arg(where, cell.text)
                                              : tr("cell %1: %2").arg(where, cell.text);
        }
    }
    for (const XlsxCell &cell : cells.cells) {
        // The cell's name ("C7") only for a message: most rows need none.
        const auto where = [&cell, &cells] { return XlsxSheetReader::cellName(cell.column, cells.number); };
        const int column = m_layout->columnOf(cell.column);
        if (column < 0)
            return tr("cell %1 lies outside the columns the sheet had when it was scanned").arg(where());
        if (m_layout->isText(column)) {
            (*row)[column] = cell.text;
        } else if (cell.kind == XlsxCell::Kind::Text) {
            return tr("cell %1: text %2 in a column that held no text when the sheet was scanned")
                .arg(where(), ValueConverter::quoted(cell.text));
        } else if (cell.kind == XlsxCell::Kind::Boolean) {
            (*row)[column] = cell.text == QLatin1String("true");
        } else {
            (*row)[column] = cell.text;
        }
    }
    return QString();
}

bool XlsxTableReader::read(RowBatch &batch, int maxRows)
{
    batch.positionFormat = m_positionFormat;
    const qsizetype rowsBefore = batch.rows.size();
    const qsizetype rejectedBefore = batch.rejected.size();
    for (int n = 0; n < maxRows && !m_done && bytesRead() - m_lastBytes < batchBytes;) {
        if (!nextRow(&m_row)) {
            // The next sheet starts a batch of its own: a batch's positions name one sheet.
            m_done = !sheetError().isEmpty() || m_current + 1 >= m_sheets.size();
            if (!m_done) {
                batch.bytes += bytesRead() - m_lastBytes;
                ++m_current;
                if (!openSheet(&m_error))
                    return false;
                return true;
            }
            break;
        }
        if (!m_layout->isData(m_row))
            continue; // the header row, or a title above it
        ++n;
        Row row;
        const QString problem = rowOf(m_row, &row);
        if (problem.isEmpty()) {
            batch.rows.append(row);
            batch.positions.append(m_row.number);
        } else {
            // The row's cells as the sheet shows them, for the rejects file.
            Row asRead(m_layout->columnCount());
            for (const XlsxCell &cell : std::as_const(m_row.cells)) {
                const int column = m_layout->columnOf(cell.column);
                if (column >= 0)
                    asRead[column] = cell.text;
            }
            batch.rejected.append(RejectedRow{asRead, m_row.number, m_positionFormat.arg(m_row.number), problem});
        }
    }
    if (!sheetError().isEmpty()) {
        m_error = QStringLiteral("%1: %2").arg(QFileInfo(m_workbook.path()).fileName(), sheetError());
        return false;
    }
    const qint64 bytes = bytesRead();
    batch.bytes += bytes - m_lastBytes;
    m_lastBytes = bytes;
    return batch.rows.size() > rowsBefore || batch.rejected.size() > rejectedBefore || !m_done;
}

} // namespace barge
