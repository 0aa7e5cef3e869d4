#pragma once
// XlsxSpill: the rows of a table's sheets as the scan read them (XlsxIntrospector::layoutOf), kept in
// a temporary file so that the copy reads them back instead of inflating and parsing the sheet XML a
// second time, which took half of a workbook's read. Rows are stored as they came from
// XlsxSheetReader (row number, each cell's column, kind and text), in this process's byte order. The
// file is unlinked as soon as it is made and lives as long as its descriptor, so nothing is left
// behind however the process ends (the command line ends with _Exit). A spill that cannot be written
// (disk full) or grows past a limit is dropped, and the copy parses the XML again as before: memory
// stays flat either way. Written by one thread, then read by any number (XlsxSpillReader, with
// pread, which keeps no shared offset). POSIX only: elsewhere there is no spill.

#include "io/xlsx/xlsxsheetreader.h"

#include <QByteArray>
#include <QList>

#include <memory>

namespace barge {

class XlsxSpill
{
public:
    // Largest spill kept: past it the copy reads the XML again, rather than fill the temporary folder.
    static constexpr qint64 limit = qint64(4) << 30;

    XlsxSpill() = default;
    XlsxSpill(const XlsxSpill &) = delete;
    XlsxSpill &operator=(const XlsxSpill &) = delete;
    ~XlsxSpill();

    // Creates the file in the temporary folder; false when it cannot (then nothing is spilt).
    bool open();
    // Rows from here on are of the next sheet of the table.
    void beginSheet();
    void add(const XlsxRow &row);
    // Writes what is buffered; false when the spill is unusable (a write failed, or past `limit`).
    bool finish();

    int descriptor() const { return m_fd; }
    int sheetCount() const { return int(m_starts.size()); }
    qint64 start(int sheet) const { return m_starts.at(sheet); }
    qint64 end(int sheet) const { return sheet + 1 < m_starts.size() ? m_starts.at(sheet + 1) : m_size; }

private:
    void flush();

    int m_fd = -1;
    QByteArray m_buffer;
    QList<qint64> m_starts; // each sheet's first byte
    qint64 m_size = 0;      // written and buffered
    bool m_failed = false;
};

// Reads one sheet's rows back from a spill.
class XlsxSpillReader
{
public:
    XlsxSpillReader(std::shared_ptr<const XlsxSpill> spill, int sheet);

    // The next row; false at the sheet's end or on a read failure (error() says which).
    bool next(XlsxRow *row);
    QString error() const { return m_error; }
    // Bytes of the sheet's part of the spill read so far, and in all.
    qint64 bytesRead() const { return m_consumed; }
    qint64 totalBytes() const { return m_end - m_start; }

private:
    bool ensure(qint64 bytes);
    template <typename T>
    T take();

    std::shared_ptr<const XlsxSpill> m_spill;
    qint64 m_start = 0;
    qint64 m_end = 0;
    qint64 m_consumed = 0; // from m_start
    QByteArray m_buffer;
    qsizetype m_at = 0; // in m_buffer
    QString m_error;
};

} // namespace barge
