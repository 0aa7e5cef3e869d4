// libFuzzer target for the URL grammar (docs/urls.md): Endpoint::parse over arbitrary text. When a
// URL parses, its canonical form must parse back to an equal Endpoint (docs/urls.md, "Canonical
// form"), with the same scheme and password, and be a fixed point: writing the re-read endpoint
// gives the same text again. Without the password the rest stays equal too, and so do the copies
// a profile makes (resolvedAgainst, relativeTo). CSV endpoints' options go through
// CsvDialect::fromEndpoint, which must decide the same for both. A server URL's password, replaced
// by a token, never shows in an error message, the canonical form or the display name.

#include "fuzzcheck.h"

#include "endpoint/endpoint.h"
#include "io/csv/csvdialect.h"

#include <QString>

using namespace barge;

namespace {

QString show(const Endpoint &e)
{
    QStringList options;
    for (auto it = e.options.cbegin(); it != e.options.cend(); ++it)
        options << it.key() + QLatin1Char('=') + it.value();
    return QStringLiteral("scheme '%1' path '%2' folder %3 host '%4' port %5 user '%6' password '%7' database '%8' "
                          "options {%9}")
        .arg(e.scheme, e.path)
        .arg(e.folder)
        .arg(e.host)
        .arg(e.port)
        .arg(e.user, e.password, e.database, options.join(QStringLiteral(", ")));
}

// The canonical form of `endpoint` (with or without its password) reads back as `expected`.
void checkRoundTrip(const QString &input, const Endpoint &endpoint, bool withPassword)
{
    const QString url = endpoint.toUrl(withPassword);
    QString error;
    const std::optional<Endpoint> again = Endpoint::parse(url, &error);
    const QString context = QStringLiteral("input '%1'\n  parsed:    %2\n  canonical: '%3'")
                                .arg(input, show(endpoint), url);
    FUZZ_CHECK(again.has_value(), context + QStringLiteral("\n  does not parse: ") + error);
    const QString detail = context + QStringLiteral("\n  re-read:   ") + show(*again);
    FUZZ_CHECK(*again == endpoint, detail);
    FUZZ_CHECK(again->scheme == endpoint.scheme, detail);
    FUZZ_CHECK(again->password == (withPassword ? endpoint.password : QString()), detail);
    FUZZ_CHECK(again->toUrl(withPassword) == url, detail + QStringLiteral("\n  written again: '%1'")
                                                            .arg(again->toUrl(withPassword)));

    if (endpoint.kind == EndpointKind::Csv) {
        QString dialectError, againError;
        const std::optional<CsvDialect> dialect = CsvDialect::fromEndpoint(endpoint, &dialectError);
        const std::optional<CsvDialect> dialectAgain = CsvDialect::fromEndpoint(*again, &againError);
        FUZZ_CHECK(dialect == dialectAgain && dialectError == againError,
                   detail + QStringLiteral("\n  dialect: '%1' vs '%2'").arg(dialectError, againError));
    }
}

// Passwords never go into a message (docs/urls.md, "Passwords"): the input with its password, as
// the parser would find it, replaced by a token must not be refused with a message holding the token.
void checkPasswordNotEchoed(const QString &input)
{
    const QString text = input.trimmed();
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    static const QStringList servers = {QStringLiteral("postgresql"), QStringLiteral("postgres"),
                                        QStringLiteral("mysql"), QStringLiteral("mariadb")};
    if (colon < 0 || !servers.contains(text.left(colon).toLower()) || text.mid(colon + 1, 2) != QLatin1String("//"))
        return;
    const qsizetype start = colon + 3;
    qsizetype end = text.indexOf(QLatin1Char('?'), start);
    if (end < 0)
        end = text.size();
    const qsizetype slash = text.indexOf(QLatin1Char('/'), start);
    if (slash >= 0 && slash < end)
        end = slash;
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'), end - 1);
    if (at < start)
        return;
    const qsizetype passwordStart = text.indexOf(QLatin1Char(':'), start);
    if (passwordStart < 0 || passwordStart > at)
        return;
    const QString token = QStringLiteral("Pw7Secret");
    QString withToken = text;
    withToken.replace(passwordStart + 1, at - passwordStart - 1, token);
    if (withToken.count(token) != 1)
        return;
    QString error;
    const std::optional<Endpoint> endpoint = Endpoint::parse(withToken, &error);
    if (!endpoint) {
        FUZZ_CHECK(!error.contains(token), QStringLiteral("'%1' is refused with its password: %2").arg(withToken, error));
        return;
    }
    FUZZ_CHECK(endpoint->password == token, QStringLiteral("'%1' has the password '%2'").arg(withToken, endpoint->password));
    FUZZ_CHECK(!endpoint->toUrl(false).contains(token) && !endpoint->displayName().contains(token),
               QStringLiteral("'%1' shows its password").arg(withToken));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    checkPasswordNotEchoed(input);
    QString error;
    const std::optional<Endpoint> endpoint = Endpoint::parse(input, &error);
    if (!endpoint) {
        FUZZ_CHECK(!error.isEmpty(), QStringLiteral("'%1' is refused without a message").arg(input));
        return 0;
    }
    checkRoundTrip(input, *endpoint, true);
    checkRoundTrip(input, *endpoint, false);
    (void)endpoint->displayName();
    if (endpoint->isFileBased()) {
        // Profiles re-base file paths; the result must still be a URL that reads back as itself.
        checkRoundTrip(input, endpoint->resolvedAgainst(QStringLiteral("/fuzz/base")), false);
        checkRoundTrip(input, endpoint->relativeTo(QStringLiteral("/fuzz/base")), false);
    }
    return 0;
}
