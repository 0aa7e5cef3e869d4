// The JSON Lines kind: jsonl:///abs/file.jsonl, or a folder of them (jsonl:///abs/folder/, one
// table per .jsonl or .ndjson file); a source and a target, without keys or resume marks.
// Registered by registerBuiltinKinds (BARGE_BACKENDS in core/CMakeLists.txt).

#include "io/backendregistry.h"
#include "io/jsonl/jsonlintrospector.h"
#include "io/jsonl/jsonlkind.h"
#include "io/jsonl/jsonltablereader.h"
#include "io/jsonl/jsonltablewriter.h"
#include "schema/localformat.h"

namespace barge {

void registerJsonlBackend()
{
    KindInfo kind;
    kind.kind = JsonLinesKind;
    kind.label = QStringLiteral("JSON Lines");
    kind.schemes = {QStringLiteral("jsonl")};
    kind.dialect = Dialect::Plain;
    kind.shape = KindInfo::Shape::File;
    // JSON Lines is UTF-8 (RFC 8259) and its types are in its values; the local format options
    // (LocalFormat) say how strings that hold numbers, dates or yes/no words are written.
    for (const QString &name : FormatOption::all())
        kind.options.append({name, ValueRule::NonEmpty, {}});
    kind.folders = true;
    kind.example = QString::fromUtf8(QT_TRANSLATE_NOOP("barge::Endpoint", "jsonl:///abs/file.jsonl or jsonl:relative/folder/"));
    kind.fileNoun = QString::fromUtf8(QT_TRANSLATE_NOOP("barge::Endpoint", "a JSON Lines file"));
    kind.extensions = {QStringLiteral("jsonl"), QStringLiteral("ndjson")};

    BackendInfo backend;
    backend.kind = JsonLinesKind;
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

} // namespace barge
