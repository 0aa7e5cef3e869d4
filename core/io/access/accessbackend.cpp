// The Microsoft Access kind: access:///abs/file.mdb (Jet 3 and 4) or .accdb, read through mdbtools'
// libmdb. A source only: libmdb's writing is experimental, and nobody migrates into Access.
// Registered by registerBuiltinKinds (BARGE_BACKENDS in core/CMakeLists.txt).

#include "io/access/accessintrospector.h"
#include "io/access/accesskind.h"
#include "io/access/accesstablereader.h"
#include "io/backendregistry.h"

namespace barge {

void registerAccessBackend()
{
    KindInfo kind;
    kind.kind = AccessKind;
    kind.label = QStringLiteral("Microsoft Access");
    kind.schemes = {AccessKind.id()};
    kind.dialect = Dialect::Plain;
    kind.shape = KindInfo::Shape::File;
    // encoding: the code page of a Jet 3 (Access 97) file's text; windows-1252 when not given.
    kind.options = {{QStringLiteral("encoding"), ValueRule::NonEmpty, {}}};
    kind.example = QString::fromUtf8(QT_TRANSLATE_NOOP("barge::Endpoint", "access:///abs/file.mdb or access:relative/file.accdb"));
    kind.fileNoun = QString::fromUtf8(QT_TRANSLATE_NOOP("barge::Endpoint", "an Access database (.mdb, .accdb)"));
    kind.extensions = {QStringLiteral("mdb"), QStringLiteral("accdb")};

    BackendInfo backend;
    backend.kind = AccessKind;
    backend.writes = false;
    backend.hasKeys = true;
    backend.introspector = [](const Endpoint &endpoint, bool) { return std::make_unique<AccessIntrospector>(endpoint); };
    backend.reader = [](const Endpoint &endpoint, const QString &table) {
        return std::make_unique<AccessTableReader>(endpoint, table);
    };
    BackendRegistry::add(kind, backend);
}

} // namespace barge
