// The record-file kind: fixed:///abs/file.dat?layout=layout.json or ?copybook=cust.cpy, with the
// code page, the record format and the local format as options: fixed-width text and mainframe
// files (EBCDIC, zoned and packed decimals). A source and a target; registered by registerBuiltinKinds.

#include "io/backendregistry.h"
#include "io/fixed/fixedintrospector.h"
#include "io/fixed/fixedkind.h"
#include "io/fixed/fixedsource.h"
#include "io/fixed/fixedtablereader.h"
#include "io/fixed/fixedtablewriter.h"

namespace barge {

void registerFixedBackend()
{
    KindInfo kind;
    kind.kind = FixedKind;
    // Names of products stay as they are; this one is words, translated where it is shown.
    kind.label = QString::fromLatin1(QT_TRANSLATE_NOOP("barge::EndpointKinds", "Fixed-width/mainframe"));
    kind.schemes = {QStringLiteral("fixed")};
    kind.dialect = Dialect::Plain;
    kind.shape = KindInfo::Shape::File;
    kind.options = {{FixedOption::layout, ValueRule::NonEmpty, {}},
                    {FixedOption::copybook, ValueRule::NonEmpty, {}},
                    {FixedOption::encoding, ValueRule::NonEmpty, {}},
                    {FixedOption::recfm, ValueRule::NonEmpty, {}},
                    {FixedOption::lrecl, ValueRule::NonEmpty, {}}};
    for (const QString &name : FormatOption::all())
        kind.options.append({name, ValueRule::NonEmpty, {}});
    kind.folders = false;
    kind.example = QString::fromUtf8(QT_TRANSLATE_NOOP("barge::Endpoint", "fixed:///abs/file.dat?layout=layout.json"));
    kind.fileNoun = QString::fromUtf8(QT_TRANSLATE_NOOP("barge::Endpoint", "a fixed-width or mainframe file"));
    kind.extensions = {QStringLiteral("dat"), QStringLiteral("fwf")};

    BackendInfo backend;
    backend.kind = FixedKind;
    backend.introspector = [](const Endpoint &endpoint, bool asTarget) {
        return std::make_unique<FixedIntrospector>(endpoint, asTarget);
    };
    backend.reader = [](const Endpoint &endpoint, const QString &table) {
        return std::make_unique<FixedTableReader>(endpoint, table);
    };
    backend.writer = [](const Endpoint &endpoint, const QString &table) {
        return std::make_unique<FixedTableWriter>(endpoint, table);
    };
    BackendRegistry::add(kind, backend);
}

} // namespace barge
