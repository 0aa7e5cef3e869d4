// The CSV kind: csv:///abs/file.csv, or a folder of them (csv:///abs/folder/, one table per file);
// a source and a target, without keys or resume marks; big files load in parts split at records.
// Registered by registerBuiltinKinds.

#include "io/backendregistry.h"
#include "io/csv/csvdialect.h"
#include "io/csv/csvencodingchoice.h"
#include "io/csv/csvintrospector.h"
#include "io/csv/csvtablereader.h"
#include "io/csv/csvtablewriter.h"

namespace barge {

void registerCsvBackend()
{
    KindInfo kind;
    kind.kind = EndpointKind::Csv;
    kind.label = QStringLiteral("CSV");
    kind.schemes = {QStringLiteral("csv")};
    kind.dialect = Dialect::Plain;
    kind.shape = KindInfo::Shape::File;
    // Only the names are checked when parsing: what the values mean is CsvDialect::fromEndpoint's
    // business. quote and null may be empty (no quoting; an empty field is NULL).
    kind.options = {{CsvOption::delimiter, ValueRule::NonEmpty, {}},
                    {CsvOption::quote, ValueRule::Any, {}},
                    {CsvOption::header, ValueRule::NonEmpty, {}},
                    {CsvOption::encoding, ValueRule::NonEmpty, {}},
                    {CsvOption::null, ValueRule::Any, {}}};
    for (const QString &name : FormatOption::all())
        kind.options.append({name, ValueRule::NonEmpty, {}});
    kind.folders = true;
    // Said in messages (Endpoint), in the current language there.
    kind.example = QString::fromUtf8(QT_TRANSLATE_NOOP("barge::Endpoint", "csv:///abs/file.csv or csv:relative/folder/"));
    kind.fileNoun = QString::fromUtf8(QT_TRANSLATE_NOOP("barge::Endpoint", "a CSV file"));
    kind.extensions = {QStringLiteral("csv")};

    BackendInfo backend;
    backend.kind = EndpointKind::Csv;
    backend.introspector = [](const Endpoint &endpoint, bool) { return std::make_unique<CsvIntrospector>(endpoint); };
    backend.reader = [](const Endpoint &endpoint, const QString &table) {
        return std::make_unique<CsvTableReader>(endpoint, table);
    };
    backend.writer = [](const Endpoint &endpoint, const QString &table) {
        return std::make_unique<CsvTableWriter>(endpoint, table);
    };
    backend.settleSource = &CsvEncodingChoice::settle;
    backend.splitsRecords = true; // CsvIntrospector::recordRanges
    BackendRegistry::add(kind, backend);
}

} // namespace barge
