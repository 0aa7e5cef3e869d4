#pragma once
// XlsxIntrospector: a workbook (xlsx:///abs/book.xlsx) is a source whose tables are its sheets, as a
// database's are its tables; a folder (xlsx:///abs/folder/) holds one table per workbook, which is
// how Barge writes them (XlsxTableWriter), and reads each back from its first sheet. A table longer
// than a sheet continues on sheets named after it, "orders (2)", "orders (3)", ... (as the writer
// makes them): those are read as part of it, not as tables of their own. Describing a
// table reads the whole sheet once (XlsxLayout); the layout is kept per sheet (file, size,
// modification time, header option) so that the reader opening the same unchanged file does not
// scan it again; with it the rows that scan read (XlsxSpill), which the reader takes instead of the
// sheet's XML. That cache is thread safe.

#include "endpoint/endpoint.h"
#include "io/introspector.h"
#include "io/xlsx/xlsxlayout.h"
#include "io/xlsx/xlsxspill.h"

#include <memory>

namespace barge {

class XlsxIntrospector : public Introspector
{
public:
    XlsxIntrospector(const Endpoint &endpoint, bool asTarget);

    using Introspector::open;
    bool open(Failure *failure) override;
    QStringList tableNames(QString *error) override;
    std::optional<TableSchema> table(const QString &name, QString *error) override;
    bool hasTable(const QString &name) override;

    // Where a table lives: the workbook file, and the sheet's name in it (empty: its first sheet).
    struct Place
    {
        QString file;
        QString sheet;
    };
    // The tables of a workbook's sheets: each sheet that does not continue the one before it, with
    // the sheets that continue it ("orders", "orders (2)", "orders (3)").
    static QList<QStringList> tablesOf(const QStringList &sheets);
    static Place placeOf(const Endpoint &endpoint, const QString &table);
    // The layout of a sheet read with the endpoint's header option, from the cache when the file has
    // not changed since.
    // *spill (when asked): the rows that scan read, kept for the copy (XlsxSpill); null when none
    // could be kept.
    static std::shared_ptr<const XlsxLayout> layoutOf(const Endpoint &endpoint, const Place &place, QString *error,
                                                      std::shared_ptr<const XlsxSpill> *spill = nullptr);
    // Reads a whole sheet into a layout. Public for tests and the wizard's preview.
    // Whether layoutOf keeps the rows it read (on by default); tests compare both ways.
    static void setSpilling(bool on);
    // `spill`: where the rows go too, sheet by sheet, when given.
    static std::optional<XlsxLayout> describe(const XlsxWorkbook &workbook, const QList<int> &sheets, qint64 header,
                                              QString *error, XlsxSpill *spill = nullptr);
    // The workbook's sheets of a place (its sheet and those continuing it), by index; empty with
    // *error naming the sheets it has when there is no such sheet.
    static QList<int> sheetsOf(const XlsxWorkbook &workbook, const Place &place, QString *error);

private:
    Endpoint m_endpoint;
    bool m_asTarget = false;
};

} // namespace barge
