#pragma once
// XlsxSpill: the rows of a table's sheets as the scan read them (XlsxIntrospector::layoutOf), kept in
// a temporary file (SpillFile) so that the copy reads them back instead of inflating and parsing the
// sheet XML a second time, which took half of a workbook's read. Rows are stored as they came from
// XlsxSheetReader: row number, each cell's column, kind and text. A spill that cannot be written
// (disk full) or grows past SpillFile::limit is dropped, and the copy parses the XML again as
// before. Written by one thread, then read by any number (XlsxSpillReader).

#include "io/spillfile.h"
#include "io/xlsx/xlsxsheetreader.h"

#include <QList>

#include <memory>

namespace barge {

class XlsxSpill
{
public:
    // Creates the file in the temporary folder; false when it cannot (then nothing is spilt).
    bool open() { return m_file->open("barge-xlsx"); }
    // Rows from here on are of the next sheet of the table.
    void beginSheet();
    void add(const XlsxRow &row);
    // Writes what is buffered; false when the spill is unusable (a write failed, or past the limit).
    bool finish() { return m_file->finish(); }

    int sheetCount() const { return int(m_starts.size()); }
    qint64 start(int sheet) const { return m_starts.at(sheet); }
    qint64 end(int sheet) const { return sheet + 1 < m_starts.size() ? m_starts.at(sheet + 1) : m_file->size(); }
    std::shared_ptr<const SpillFile> file() const { return m_file; }

private:
    std::shared_ptr<SpillFile> m_file = std::make_shared<SpillFile>();
    QList<qint64> m_starts; // each sheet's first byte
};

// Reads one sheet's rows back from a spill.
class XlsxSpillReader
{
public:
    XlsxSpillReader(const XlsxSpill &spill, int sheet) : m_reader(spill.file(), spill.start(sheet), spill.end(sheet)) {}

    // The next row; false at the sheet's end or on a read failure (error() says which).
    bool next(XlsxRow *row);
    QString error() const { return m_reader.error(); }
    // Bytes of the sheet's part of the spill read so far, and in all.
    qint64 bytesRead() const { return m_reader.bytesRead(); }
    qint64 totalBytes() const { return m_reader.totalBytes(); }

private:
    SpillFileReader m_reader;
};

} // namespace barge
