#pragma once
// CsvDialect: how a CSV file is spelled. Built from an Endpoint's query options or the wizard.

#include "schema/localformat.h"

#include <QChar>
#include <QString>
#include <optional>

namespace barge {

struct Endpoint;

// The csv: URL's options, spelled once: the kind's description (csvbackend.cpp, which the URL
// parser and docs/urls.md follow), CsvDialect::fromEndpoint and the wizard's CSV form use these.
namespace CsvOption {
inline const QString delimiter = QStringLiteral("delimiter");
inline const QString quote = QStringLiteral("quote");
inline const QString header = QStringLiteral("header");
inline const QString encoding = QStringLiteral("encoding");
inline const QString null = QStringLiteral("null");
} // namespace CsvOption

struct CsvDialect
{
    QChar delimiter = QChar(',');
    bool detectDelimiter = true;   // sniff , ; \t | from the first lines unless the user named one
    QChar quote = QChar('"');      // QChar() = no quoting
    bool header = true;
    // UTF-8 (BOM skipped), UTF-16, or an ASCII-compatible single-byte code page (CodePage):
    // windows-1250..1258, ISO-8859-1..16, KOI8-R... A source endpoint that names none has it settled
    // by detection before planning (csvbackend.cpp, EncodingDetector).
    QString encoding = QStringLiteral("UTF-8");
    // An unquoted field equal to nullMarker is NULL. The empty unquoted field is always NULL;
    // a quoted empty field "" is an empty string.
    QString nullMarker;
    // How numbers, dates and yes/no words are written (decimal=, date=, bool=, ...); empty: canonically.
    LocalFormat format;

    // Reads delimiter, quote, header, encoding, null and the local format from the endpoint's options.
    static std::optional<CsvDialect> fromEndpoint(const Endpoint &endpoint, QString *error);

    // Canonical name of a supported encoding ("UTF-8", "UTF-16", "UTF-16LE", "UTF-16BE", or a code
    // page's: "ISO-8859-1", "windows-1252", "ISO-8859-2"...) for any accepted spelling ("utf8",
    // "latin1", "cp1250", "latin2"...); empty if unsupported.
    static QString canonicalEncoding(const QString &name);
    static bool isUnicode(const QString &canonical); // UTF-8 or one of the UTF-16s
    // Why `name` cannot be a CSV encoding (unknown, multi-byte, not ASCII-compatible), translated.
    static QString unsupportedEncoding(const QString &name);
    // Windows-1252 differs from latin1 only in 0x80..0x9F (the SQLite reader uses it for text that
    // is not UTF-8); the five holes decode to C1 controls.
    static char16_t fromWindows1252(uchar byte);

    friend bool operator==(const CsvDialect &a, const CsvDialect &b)
    {
        return a.delimiter == b.delimiter && a.detectDelimiter == b.detectDelimiter && a.quote == b.quote
            && a.header == b.header && a.encoding == b.encoding && a.nullMarker == b.nullMarker && a.format == b.format;
    }
};

} // namespace barge
