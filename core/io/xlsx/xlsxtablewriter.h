#pragma once
// XlsxTableWriter: writes one table as an Excel workbook through libxlsxwriter in its constant-memory
// mode (a row is flushed to a temporary file once the next begins, so memory stays flat): the
// workbook file of a file endpoint, or <table>.xlsx in a folder endpoint. The first row holds the
// column names in bold; the cells are typed: numbers as numbers (an integer past 2^53, or a decimal
// a double cannot hold exactly, as text so no digit is lost), booleans as TRUE/FALSE, dates, times
// and datetimes as Excel dates with an ISO number format (a value before 1900 or finer than a
// millisecond as ISO text), bytes as \x hex text, and everything else as text. A table longer than
// a sheet (1,048,575 rows under the header) continues on sheets "orders (2)", "orders (3)", ...,
// which XlsxIntrospector reads back as one table. A cell holds at most 32,767 characters: a longer
// value is a refused row. The workbook is written beside the target and takes its place when the
// table is finished, so a failed run leaves the old file as it was. Excel files are written whole:
// appending to an existing workbook is refused, and so is replacing one that holds other sheets.

#include "endpoint/endpoint.h"
#include "io/rowwriter.h"

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace barge {

class XlsxTableWriter : public RowWriter
{
public:
    static constexpr qint64 sheetRows = 1048576; // Excel's rows per sheet, the header's included
    static constexpr int cellCharacters = 32767;

    XlsxTableWriter(const Endpoint &endpoint, const QString &table);
    ~XlsxTableWriter() override;

    void setStopAtFirstError(bool stop) override { m_stopAtFirstError = stop; }
    bool open(QString *error) override;
    bool prepare(const TableSchema &target, TableMode mode, QString *error) override;
    bool begin(QString *) override { return true; }
    bool write(const QList<Row> &rows, QList<RowError> *rowErrors, QString *error) override;
    bool commit(QString *) override { return true; }
    void rollback() override;
    bool finish(QString *error) override;
    QString describe() const override;
    qint64 countRows(QString *error) override;

    // The sheet names of a table: Excel's rules (31 characters, none of []:*?/\, no leading or
    // trailing apostrophe), and " (N)" for the N-th sheet of it. XlsxIntrospector groups sheets by
    // the same names.
    static QString sheetName(const QString &table, int part = 1);

private:
    bool addSheet(QString *error);
    // Why the row cannot be written (a cell too long); empty when it can.
    QString misfit(const Row &row) const;
    bool writeCell(int column, const QVariant &value, QString *error);

    Endpoint m_endpoint;
    QString m_table;
    QString m_file;      // the target workbook
    QString m_partial;   // what is being written, renamed to m_file by finish()
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    QList<lxw_format *> m_formats; // per column: its number format, or null
    TableSchema m_schema;
    int m_sheets = 0;
    qint64 m_row = 0;     // next row of the current sheet, 0-based
    qint64 m_written = 0; // data rows written
    bool m_stopAtFirstError = false;
    bool m_failed = false;
};

} // namespace barge
