// The JSON Lines kind: jsonl:///abs/file.jsonl, or a folder of them (jsonl:///abs/folder/, one
// table per .jsonl or .ndjson file); and the JSON kind, the same for files that hold one array of
// objects (json:, .json). Sources and targets, without keys or resume marks.
// Registered by registerBuiltinKinds (BARGE_BACKENDS in core/CMakeLists.txt).

#include "io/backendregistry.h"
#include "io/jsonl/jsonlintrospector.h"
#include "io/jsonl/jsonlkind.h"
#include "io/jsonl/jsonltablereader.h"
#include "io/jsonl/jsonltablewriter.h"
#include "schema/localformat.h"

namespace barge {

namespace {

void registerKind(EndpointKind which)
{
    const bool lines = which == JsonLinesKind;
    KindInfo kind;
    kind.kind = which;
    kind.label = lines ? QStringLiteral("JSON Lines") : QStringLiteral("JSON");
    kind.schemes = {which.id()};
    kind.dialect = Dialect::Plain;
    kind.shape = KindInfo::Shape::File;
    // JSON is UTF-8 (RFC 8259) and its types are in its values; the local format options
    // (LocalFormat) say how strings that hold numbers, dates or yes/no words are written.
    for (const QString &name : FormatOption::all())
        kind.options.append({name, ValueRule::NonEmpty, {}});
    // Nested objects kept whole, as one json column each, instead of flattened (JsonlLineParser).
    kind.wholeObjectsOption = QStringLiteral("json");
    kind.options.append({kind.wholeObjectsOption, ValueRule::NonEmpty, {}});
    kind.folders = true;
    if (lines) {
        kind.example = QString::fromUtf8(QT_TRANSLATE_NOOP("barge::Endpoint", "jsonl:///abs/file.jsonl or jsonl:relative/folder/"));
        kind.fileNoun = QString::fromUtf8(QT_TRANSLATE_NOOP("barge::Endpoint", "a JSON Lines file"));
        kind.extensions = {QStringLiteral("jsonl"), QStringLiteral("ndjson")};
    } else {
        kind.example = QString::fromUtf8(QT_TRANSLATE_NOOP("barge::Endpoint", "json:///abs/file.json or json:relative/folder/"));
        kind.fileNoun = QString::fromUtf8(QT_TRANSLATE_NOOP("barge::Endpoint", "a JSON file (one array of objects)"));
        kind.extensions = {QStringLiteral("json")};
    }

    BackendInfo backend;
    backend.kind = which;
    backend.introspector = [](const Endpoint &endpoint, bool asTarget) {
        return std::make_unique<JsonlIntrospector>(endpoint, asTarget);
    };
    backend.reader = [](const Endpoint &endpoint, const QString &table) {
        return std::make_unique<JsonlTableReader>(endpoint, table);
    };
    backend.writer = [](const Endpoint &endpoint, const QString &table) {
        return std::make_unique<JsonlTableWriter>(endpoint, table);
    };
    BackendRegistry::add(kind, backend);
}

} // namespace

void registerJsonlBackend()
{
    registerKind(JsonLinesKind);
    registerKind(JsonKind);
}

} // namespace barge
