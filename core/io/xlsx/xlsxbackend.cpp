// The Excel workbook kind: xlsx:///abs/book.xlsx, whose sheets are tables, or a folder of workbooks
// (xlsx:///abs/folder/, one table per workbook). Read by streaming each sheet's XML out of the zip
// (libzip, QXmlStreamReader); written with libxlsxwriter, a table to a workbook. Sources and
// targets, without keys or resume marks. Registered by registerBuiltinKinds (BARGE_BACKENDS in
// core/CMakeLists.txt).

#include "io/backendregistry.h"
#include "io/xlsx/xlsxintrospector.h"
#include "io/xlsx/xlsxkind.h"
#include "io/xlsx/xlsxtablereader.h"
#include "io/xlsx/xlsxtablewriter.h"

namespace barge {

void registerXlsxBackend()
{
    KindInfo kind;
    kind.kind = XlsxKind;
    kind.label = QStringLiteral("Excel");
    kind.schemes = {XlsxKind.id()};
    kind.dialect = Dialect::Plain;
    kind.shape = KindInfo::Shape::File;
    // header: true (find it, the default), false (none), or the row that holds the column names.
    kind.options = {{QStringLiteral("header"), ValueRule::NonEmpty, {}}};
    kind.folders = true;
    kind.example = QString::fromUtf8(QT_TRANSLATE_NOOP("barge::Endpoint", "xlsx:///abs/book.xlsx or xlsx:relative/folder/"));
    kind.fileNoun = QString::fromUtf8(QT_TRANSLATE_NOOP("barge::Endpoint", "an Excel workbook (.xlsx)"));
    kind.extensions = {QStringLiteral("xlsx")};

    BackendInfo backend;
    backend.kind = XlsxKind;
    backend.introspector = [](const Endpoint &endpoint, bool asTarget) {
        return std::make_unique<XlsxIntrospector>(endpoint, asTarget);
    };
    backend.reader = [](const Endpoint &endpoint, const QString &table) {
        return std::make_unique<XlsxTableReader>(endpoint, table);
    };
    backend.writer = [](const Endpoint &endpoint, const QString &table) {
        return std::make_unique<XlsxTableWriter>(endpoint, table);
    };
    BackendRegistry::add(kind, backend);
}

} // namespace barge
