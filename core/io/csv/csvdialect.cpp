#include "io/csv/csvdialect.h"

#include "endpoint/endpoint.h"

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

// Bytes 0x80..0x9F of windows-1252. The five holes map to the C1 control of the same value,
// as browsers do, so every byte decodes and round-trips.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

} // namespace

QString CsvDialect::canonicalEncoding(const QString &name)
{
    QString key = name.toLower();
    key.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (key == QLatin1String("utf8"))
        return QStringLiteral("UTF-8");
    if (key == QLatin1String("latin1") || key == QLatin1String("iso88591") || key == QLatin1String("l1"))
        return QStringLiteral("ISO-8859-1");
    if (key == QLatin1String("windows1252") || key == QLatin1String("cp1252"))
        return QStringLiteral("windows-1252");
    if (key == QLatin1String("utf16"))
        return QStringLiteral("UTF-16");
    if (key == QLatin1String("utf16le"))
        return QStringLiteral("UTF-16LE");
    if (key == QLatin1String("utf16be"))
        return QStringLiteral("UTF-16BE");
    return QString();
}

char16_t CsvDialect::fromWindows1252(uchar byte)
{
    return byte >= 0x80 && byte < 0xA0 ? kWindows1252High[byte - 0x80] : char16_t(byte);
}

int CsvDialect::toWindows1252(char16_t ch)
{
    if (ch < 0x80 || (ch >= 0xA0 && ch <= 0xFF))
        return ch;
    for (int i = 0; i < 32; ++i) {
        if (kWindows1252High[i] == ch)
            return 0x80 + i;
    }
    return -1;
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
                return fail(badValue(name, value, QCoreApplication::translate("barge::CsvDialect",
                                                                              "UTF-8, UTF-16, latin1 or windows-1252")));
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
