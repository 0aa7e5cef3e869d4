#include "io/csv/csvdialect.h"

#include "endpoint/endpoint.h"
#include "io/codepage.h"

#include <QCoreApplication>
#include <QStringList>

namespace barge {

namespace {

const QStringList &knownOptions()
{
    static const QStringList names = QStringList{CsvOption::delimiter, CsvOption::quote, CsvOption::header,
                                                 CsvOption::encoding, CsvOption::null}
                                     + FormatOption::all();
    return names;
}

QString badValue(const QString &option, const QString &value, const QString &hint)
{
    return QCoreApplication::translate("barge::CsvDialect",
                                       "invalid value '%1' for CSV option '%2' (%3)").arg(value, option, hint);
}

// Words are accepted because a literal tab or '|' is awkward to type in a URL or a shell.
std::optional<QChar> parseDelimiter(const QString &value)
{
    const QString word = value.toLower();
    if (word == QLatin1String("tab") || value == QLatin1String("\\t"))
        return QChar('\t');
    if (word == QLatin1String("comma"))
        return QChar(',');
    if (word == QLatin1String("semicolon"))
        return QChar(';');
    if (word == QLatin1String("pipe"))
        return QChar('|');
    if (value.size() == 1 && value != QLatin1String("\r") && value != QLatin1String("\n"))
        return value.at(0);
    return std::nullopt;
}

std::optional<bool> parseBool(const QString &value)
{
    const QString word = value.toLower();
    if (word == QLatin1String("true") || word == QLatin1String("yes") || word == QLatin1String("1"))
        return true;
    if (word == QLatin1String("false") || word == QLatin1String("no") || word == QLatin1String("0"))
        return false;
    return std::nullopt;
}

} // namespace

QString CsvDialect::canonicalEncoding(const QString &name)
{
    QString key = name.toLower();
    key.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (key == QLatin1String("utf8"))
        return QStringLiteral("UTF-8");
    if (key == QLatin1String("utf16"))
        return QStringLiteral("UTF-16");
    if (key == QLatin1String("utf16le"))
        return QStringLiteral("UTF-16LE");
    if (key == QLatin1String("utf16be"))
        return QStringLiteral("UTF-16BE");
    if (key == QLatin1String("l1"))
        return QStringLiteral("ISO-8859-1");
    // A CSV's delimiter, quote and line ends must be the ASCII bytes: EBCDIC pages are left out.
    const std::optional<CodePage> page = CodePage::find(name);
    return page && page->asciiCompatible() ? page->name() : QString();
}

bool CsvDialect::isUnicode(const QString &canonical)
{
    return canonical == QLatin1String("UTF-8") || canonical.startsWith(QLatin1String("UTF-16"));
}

QString CsvDialect::unsupportedEncoding(const QString &name)
{
    if (CodePage::isMultiByte(name))
        return QCoreApplication::translate("barge::CsvDialect",
                                           "%1 is a multi-byte encoding, which Barge does not read; use UTF-8, "
                                           "UTF-16 or a single-byte code page such as windows-1252 or ISO-8859-2")
            .arg(name);
    const std::optional<CodePage> page = CodePage::find(name);
    if (page && !page->asciiCompatible())
        return QCoreApplication::translate("barge::CsvDialect",
                                           "%1 is not ASCII-compatible (EBCDIC); a CSV file needs UTF-8, UTF-16 "
                                           "or an ASCII-compatible single-byte code page")
            .arg(page->name());
    return QCoreApplication::translate("barge::CsvDialect",
                                       "unknown encoding '%1' (use UTF-8, UTF-16 or a single-byte code page such "
                                       "as latin1, windows-1250..1258, ISO-8859-2..16, KOI8-R, IBM437)")
        .arg(name);
}

char16_t CsvDialect::fromWindows1252(uchar byte)
{
    static const CodePage page = *CodePage::find(QStringLiteral("windows-1252"));
    return page.toUnicode(byte);
}

std::optional<CsvDialect> CsvDialect::fromEndpoint(const Endpoint &endpoint, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<CsvDialect> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    CsvDialect dialect;
    for (auto it = endpoint.options.cbegin(); it != endpoint.options.cend(); ++it) {
        const QString &name = it.key();
        const QString &value = it.value();
        if (name == CsvOption::delimiter) {
            const std::optional<QChar> delimiter = parseDelimiter(value);
            if (!delimiter)
                return fail(badValue(name, value, QCoreApplication::translate(
                                                      "barge::CsvDialect", "one character, or tab, comma, semicolon, pipe")));
            dialect.delimiter = *delimiter;
            dialect.detectDelimiter = false;
        } else if (name == CsvOption::quote) {
            // Empty too: the URL grammar lets `quote=` say "no quoting".
            if (value.isEmpty() || value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
                dialect.quote = QChar();
            else if (value.size() == 1 && value != QLatin1String("\r") && value != QLatin1String("\n"))
                dialect.quote = value.at(0);
            else
                return fail(badValue(name, value, QCoreApplication::translate("barge::CsvDialect",
                                                                              "one character, or none")));
        } else if (name == CsvOption::header) {
            const std::optional<bool> header = parseBool(value);
            if (!header)
                return fail(badValue(name, value, QCoreApplication::translate("barge::CsvDialect", "true or false")));
            dialect.header = *header;
        } else if (name == CsvOption::encoding) {
            dialect.encoding = canonicalEncoding(value);
            if (dialect.encoding.isEmpty())
                return fail(badValue(name, value, unsupportedEncoding(value)));
        } else if (name == CsvOption::null) {
            dialect.nullMarker = value;
        } else if (FormatOption::all().contains(name)) {
            continue; // LocalFormat::fromOptions, below
        } else {
            return fail(QCoreApplication::translate("barge::CsvDialect", "unknown CSV option '%1' (known: %2)")
                            .arg(name, knownOptions().join(QLatin1String(", "))));
        }
    }
    const std::optional<LocalFormat> format = LocalFormat::fromOptions(endpoint.options, error);
    if (!format)
        return std::nullopt;
    dialect.format = *format;
    if (!dialect.format.decimalSeparator().isNull() && dialect.format.decimalSeparator() == dialect.delimiter
        && !dialect.detectDelimiter)
        return fail(QCoreApplication::translate("barge::CsvDialect",
                                                "CSV options 'delimiter' and 'decimal' cannot both be '%1'")
                        .arg(dialect.delimiter));
    if (!dialect.quote.isNull() && dialect.quote == dialect.delimiter && !dialect.detectDelimiter)
        return fail(QCoreApplication::translate("barge::CsvDialect",
                                                "CSV options 'delimiter' and 'quote' cannot both be '%1'")
                        .arg(dialect.delimiter));
    return dialect;
}

} // namespace barge
