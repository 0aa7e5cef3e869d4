#include "io/xlsx/xlsxspill.h"

namespace barge {

void XlsxSpill::beginSheet()
{
    m_starts.append(m_file->size());
}

void XlsxSpill::add(const XlsxRow &row)
{
    SpillFile &file = *m_file;
    if (file.failed())
        return;
    file.put<qint64>(row.number);
    file.put<qint32>(qint32(row.cells.size()));
    for (const XlsxCell &cell : row.cells) {
        file.put<qint32>(cell.column);
        file.put<qint32>(qint32(cell.kind));
        file.putText(cell.text);
    }
    file.endRecord();
}

bool XlsxSpillReader::next(XlsxRow *row)
{
    if (m_reader.atEnd())
        return false;
    qint32 count = 0;
    if (!m_reader.take(&row->number) || !m_reader.take(&count))
        return false;
    row->cells.resize(count);
    for (XlsxCell &cell : row->cells) {
        qint32 kind = 0;
        if (!m_reader.take(&cell.column) || !m_reader.take(&kind) || !m_reader.takeText(&cell.text))
            return false;
        cell.kind = XlsxCell::Kind(kind);
    }
    return true;
}

} // namespace barge
