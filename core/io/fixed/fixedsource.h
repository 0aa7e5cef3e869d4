#pragma once
// FixedSource: what a fixed: URL says about a record file (docs/urls.md, docs/fixed-width.md): its
// layout (a JSON layout file or a COBOL copybook, relative paths from the data file's folder), its
// code page (EBCDIC 037, 273, 1140... or an ASCII page; UTF-8 by default), its record format (text
// lines, F/FB, V/VB) and record length, and a local format for its text fields (decimal=, date=...).

#include "endpoint/endpoint.h"
#include "io/codepage.h"
#include "io/fixed/recordfile.h"
#include "io/fixed/recordlayout.h"
#include "schema/localformat.h"

#include <QCoreApplication>
#include <optional>

namespace barge {

namespace FixedOption {
inline const QString layout = QStringLiteral("layout");
inline const QString copybook = QStringLiteral("copybook");
inline const QString encoding = QStringLiteral("encoding");
inline const QString recfm = QStringLiteral("recfm");
inline const QString lrecl = QStringLiteral("lrecl");
} // namespace FixedOption

struct FixedSource
{
    Q_DECLARE_TR_FUNCTIONS(barge::FixedSource)

public:
    RecordLayout layout;
    std::optional<CodePage> page; // none: UTF-8
    RecordFile::Format format = RecordFile::Format::Text;
    int recordLength = 0;
    LocalFormat local;

    // Reads the options and the layout or copybook they name; nullopt with *error.
    static std::optional<FixedSource> fromEndpoint(const Endpoint &endpoint, QString *error);
    // The layout or copybook file an option names, resolved from the data file's folder.
    static QString resolve(const Endpoint &endpoint, const QString &path);
};

} // namespace barge
