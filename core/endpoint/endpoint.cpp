#include "endpoint/endpoint.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringDecoder>
#include <QStringList>

#include <cstring>
#include <utility>

namespace barge {

namespace {

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Encodes every character in `unsafe`, '%', spaces and control characters, and white space beyond
// ASCII (parse() trims the URL, so a trailing U+00A0 would be lost); other non-ASCII stays as UTF-8
// text so URLs with accented file names remain readable.
QString percentEncode(const QString &text, const char *unsafe)
{
    QString out;
    out.reserve(text.size());
    const auto encode = [&out](QChar c) {
        for (const char byte : QString(c).toUtf8()) {
            out += QLatin1Char('%');
            out += QString::number(static_cast<unsigned char>(byte), 16).toUpper().rightJustified(2, QLatin1Char('0'));
        }
    };
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool encoded = u >= 0x80 ? c.isSpace()
                                       : u <= 0x20 || u == 0x7f || u == u'%' || std::strchr(unsafe, char(u)) != nullptr;
        if (encoded)
            encode(c);
        else
            out += c;
    }
    return out;
}

bool isDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool isIpv6Literal(const QString &text)
{
    if (!text.contains(QLatin1Char(':')))
        return false;
    for (QChar c : text) {
        if (!(c.isDigit() || c == QLatin1Char(':') || c == QLatin1Char('.')
              || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

// Reads one URL after its scheme. Every message starts "<scheme> URL: " so the user knows which of
// the two URLs of a migration is wrong, then names the part.
class UrlParser
{
    Q_DECLARE_TR_FUNCTIONS(barge::Endpoint)

public:
    UrlParser(const QString &scheme, const KindInfo &kind, QString *error)
        : m_scheme(scheme), m_kind(kind), m_error(error)
    {
    }

    bool parseFile(const QString &rest, Endpoint *endpoint);
    bool parseServer(const QString &rest, Endpoint *endpoint);

private:
    bool fail(const QString &message)
    {
        if (m_error)
            *m_error = tr("%1 URL: %2").arg(m_scheme, message);
        return false;
    }
    bool decode(const QString &text, const QString &what, QString *out, bool secret = false);
    bool parseQuery(const QString &query, QMap<QString, QString> *options);
    bool checkOption(const QString &name, QString *value);
    bool parseUserInfo(const QString &userInfo, Endpoint *endpoint);
    bool parseHostPort(const QString &hostPort, Endpoint *endpoint);
    bool parsePort(const QString &text, Endpoint *endpoint);
    bool checkSocket(const Endpoint &endpoint);

    QString m_scheme;
    const KindInfo &m_kind;
    QString *m_error;
};

bool UrlParser::decode(const QString &text, const QString &what, QString *out, bool secret)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray bytes;
    bytes.reserve(utf8.size());
    for (int i = 0; i < utf8.size(); ++i) {
        if (utf8.at(i) != '%') {
            bytes += utf8.at(i);
            continue;
        }
        if (i + 2 >= utf8.size() || !isHex(utf8.at(i + 1)) || !isHex(utf8.at(i + 2))) {
            // Not even three characters of a password go into a message that may end up in a log.
            const QString shown =
                secret ? QString() : QStringLiteral("'%1' ").arg(QString::fromUtf8(utf8.mid(i, 3)));
            return fail(tr("bad percent-encoding %1in %2 (write %25 for a literal %)").arg(shown, what));
        }
        bytes += static_cast<char>(utf8.mid(i + 1, 2).toInt(nullptr, 16));
        i += 2;
    }
    // Stateless: a sequence cut short at the end ("caf%C3") is an error, not state kept for more
    // input that never comes (which silently dropped it). ConvertInitialBom: a leading U+FEFF is
    // part of the name, not a byte order mark to drop.
    QStringDecoder toUtf16(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    *out = toUtf16.decode(bytes);
    if (toUtf16.hasError())
        return fail(tr("%1 is not valid UTF-8 after percent-decoding").arg(what));
    return true;
}

bool UrlParser::parseQuery(const QString &query, QMap<QString, QString> *options)
{
    const QStringList pairs = query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        QString name;
        if (!decode(eq < 0 ? pair : pair.left(eq), tr("an option name"), &name))
            return false;
        if (eq < 0)
            return fail(tr("option '%1' has no value (write %1=...)").arg(name));
        QString value;
        if (!decode(pair.mid(eq + 1), tr("option '%1'").arg(name), &value))
            return false;
        if (options->contains(name))
            return fail(tr("option '%1' is given twice").arg(name));
        if (!checkOption(name, &value))
            return false;
        options->insert(name, value);
    }
    return true;
}

bool UrlParser::checkOption(const QString &name, QString *value)
{
    const QList<OptionSpec> &specs = m_kind.options;
    QStringList known;
    for (const OptionSpec &spec : specs) {
        known << spec.name;
        if (spec.name != name)
            continue;
        switch (spec.rule) {
        case ValueRule::Any:
            return true;
        case ValueRule::NonEmpty:
            return !value->isEmpty() || fail(tr("option '%1' needs a value").arg(name));
        case ValueRule::WholeNumber:
            return (isDigits(*value) && value->size() <= 6)
                || fail(tr("%1 '%2' is not a whole number of seconds").arg(name, *value));
        case ValueRule::AbsolutePath:
            return value->startsWith(QLatin1Char('/'))
                || fail(tr("%1 '%2' is not an absolute path").arg(name, *value));
        case ValueRule::OneOf:
            for (const QString &choice : spec.choices) {
                if (choice.compare(*value, Qt::CaseInsensitive) == 0) {
                    *value = choice; // canonical spelling, so toUrl() output compares equal
                    return true;
                }
            }
            return fail(tr("%1 '%2' is not one of %3")
                            .arg(name, *value, spec.choices.join(QStringLiteral(", "))));
        }
    }
    if (known.isEmpty())
        return fail(tr("unknown option '%1' (%2 URLs take no options)").arg(name, m_scheme));
    return fail(tr("unknown option '%1' (known: %2)").arg(name, known.join(QStringLiteral(", "))));
}

bool UrlParser::parseFile(const QString &rest, Endpoint *endpoint)
{
    const qsizetype question = rest.indexOf(QLatin1Char('?'));
    QString pathText = question < 0 ? rest : rest.left(question);
    if (pathText.startsWith(QLatin1String("//"))) {
        // sqlite:///abs: an empty authority. Anything between the second and third slash is a host,
        // almost always a missing slash (sqlite://data/shop.db meant relative or absolute?).
        const QString afterSlashes = pathText.mid(2);
        const qsizetype slash = afterSlashes.indexOf(QLatin1Char('/'));
        const QString host = slash < 0 ? afterSlashes : afterSlashes.left(slash);
        if (!host.isEmpty())
            return fail(tr("unexpected host '%1' after '%2://'; use three slashes for an absolute "
                           "path (%2:///abs/path) or none for a relative one (%2:relative/path)")
                            .arg(host, m_scheme));
        pathText = afterSlashes.mid(slash);
    }
    QString path;
    if (!decode(pathText, tr("the file path"), &path))
        return false;
    // The kind's words are registered untranslated (QT_TRANSLATE_NOOP) and said in the current language here.
    const QString example = QCoreApplication::translate("barge::Endpoint", m_kind.example.toUtf8().constData());
    const QString noun = QCoreApplication::translate("barge::Endpoint", m_kind.fileNoun.toUtf8().constData());
    if (path.isEmpty())
        return fail(tr("missing file path (%1)").arg(example));
    const bool endsWithSlash = path.endsWith(QLatin1Char('/'));
    // "data/", "data/." and "data/.." all name folders (and clean to one).
    const QString last = path.section(QLatin1Char('/'), -1);
    if (!m_kind.folders && (last.isEmpty() || last == QLatin1String(".") || last == QLatin1String("..")))
        return fail(tr("path '%1' names a folder; expected %2").arg(path, noun));
    // Qt reads a path that starts with ':' as one of the program's own resources (QFile, QFileInfo,
    // QDir): a file named ":x.csv" is reached as "./:x.csv".
    if (path.startsWith(QLatin1Char(':')))
        path.prepend(QLatin1String("./"));
    if (m_kind.folders) {
        // A relative path is looked at once it is resolved (resolvedAgainst): in a profile it is
        // relative to the profile's folder, not to the current one.
        endpoint->folder = endsWithSlash || (!QDir::isRelativePath(path) && QFileInfo(path).isDir());
        // The folder flag carries the trailing slash, so "dir" and "dir/" compare equal.
        while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
            path.chop(1);
    }
    endpoint->path = path;
    return question < 0 || parseQuery(rest.mid(question + 1), &endpoint->options);
}

bool UrlParser::parseUserInfo(const QString &userInfo, Endpoint *endpoint)
{
    const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
    if (!decode(colon < 0 ? userInfo : userInfo.left(colon), tr("the user name"), &endpoint->user))
        return false;
    return colon < 0 || decode(userInfo.mid(colon + 1), tr("the password"), &endpoint->password, true);
}

bool UrlParser::parsePort(const QString &text, Endpoint *endpoint)
{
    bool ok = isDigits(text) && text.size() <= 5;
    const int port = ok ? text.toInt() : 0;
    if (!ok || port < 1 || port > 65535)
        return fail(tr("port '%1' is not a number from 1 to 65535").arg(text));
    endpoint->port = port;
    return true;
}

bool UrlParser::parseHostPort(const QString &hostPort, Endpoint *endpoint)
{
    QString portText;
    bool hasPort = false;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(tr("IPv6 address '%1' is missing its closing ']'").arg(hostPort));
        endpoint->host = hostPort.mid(1, close - 1);
        if (!isIpv6Literal(endpoint->host))
            return fail(tr("'%1' is not an IPv6 address").arg(hostPort.left(close + 1)));
        const QString after = hostPort.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return fail(tr("unexpected '%1' after the IPv6 address (expected :port)").arg(after));
        hasPort = !after.isEmpty();
        portText = after.mid(1);
    } else {
        if (hostPort.count(QLatin1Char(':')) > 1)
            return fail(tr("host '%1' has more than one ':'; write an IPv6 address in brackets, "
                           "e.g. [::1]:5432")
                            .arg(hostPort));
        const qsizetype colon = hostPort.indexOf(QLatin1Char(':'));
        endpoint->host = colon < 0 ? hostPort : hostPort.left(colon);
        hasPort = colon >= 0;
        portText = hostPort.mid(colon + 1);
        for (QChar c : std::as_const(endpoint->host)) {
            const bool fine = c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-')
                || c == QLatin1Char('_');
            if (!fine)
                return fail(tr("host '%1' contains '%2'").arg(endpoint->host, c));
        }
    }
    return !hasPort || parsePort(portText, endpoint);
}

// A socket directory (PostgreSQL ?host=) or socket file (MySQL ?socket=) replaces a TCP host; both at once
// would leave the user guessing which one Barge used.
bool UrlParser::checkSocket(const Endpoint &endpoint)
{
    const QString &option = m_kind.socketOption;
    if (option.isEmpty() || !endpoint.options.contains(option) || endpoint.host.isEmpty())
        return true;
    if (!m_kind.socketOnlyWithLocalhost)
        return fail(tr("host is given both as '%1' and as ?%2=%3; give one")
                        .arg(endpoint.host, option, endpoint.options.value(option)));
    if (endpoint.host != QLatin1String("localhost"))
        return fail(tr("?%1= is only used with host localhost or no host, not '%2'").arg(option, endpoint.host));
    return true;
}

bool UrlParser::parseServer(const QString &rest, Endpoint *endpoint)
{
    if (!rest.startsWith(QLatin1String("//")))
        return fail(tr("expected '//' after '%1:' (%1://user@host/database)").arg(m_scheme));
    QString text = rest.mid(2);
    const qsizetype question = text.indexOf(QLatin1Char('?'));
    const QString query = question < 0 ? QString() : text.mid(question + 1);
    if (question >= 0)
        text.truncate(question);

    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const QString authority = slash < 0 ? text : text.left(slash);
    // The last '@' ends the user info, so an unencoded '@' inside a password still works.
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at >= 0 && !parseUserInfo(authority.left(at), endpoint))
        return false;
    if (!parseHostPort(authority.mid(at + 1), endpoint))
        return false;

    const QString databaseText = slash < 0 ? QString() : text.mid(slash + 1);
    if (databaseText.isEmpty())
        return fail(tr("missing database name (%1://user@host/DATABASE)").arg(m_scheme));
    if (databaseText.contains(QLatin1Char('/')))
        return fail(tr("database name '%1' contains '/' (write %2F if it is part of the name)")
                        .arg(databaseText));
    if (!decode(databaseText, tr("the database name"), &endpoint->database))
        return false;
    if (!parseQuery(query, &endpoint->options))
        return false;
    return checkSocket(*endpoint);
}

QString encodedQuery(const QMap<QString, QString> &options)
{
    QStringList pairs;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        pairs << percentEncode(it.key(), "&=#") + QLatin1Char('=') + percentEncode(it.value(), "&#");
    return pairs.isEmpty() ? QString() : QString(QLatin1Char('?') + pairs.join(QLatin1Char('&')));
}

} // namespace

std::optional<Endpoint> Endpoint::parse(const QString &url, QString *error)
{
    const QString text = url.trimmed();
    if (text.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("barge::Endpoint", "empty URL");
        return std::nullopt;
    }
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString scheme = colon < 0 ? QString() : text.left(colon).toLower();
    if (colon <= 0 || scheme.contains(QLatin1Char('/'))) {
        // Echo the text only when it cannot hold a password (user:password@host).
        const QString shown = text.contains(QLatin1Char('@')) ? QString() : QCoreApplication::translate("barge::Endpoint",
                                                                                                        " in '%1'")
            .arg(text);
        if (error)
            *error = QCoreApplication::translate("barge::Endpoint",
                                                 "missing URL scheme%1 (write e.g. sqlite:shop.db, csv:data.csv or "
                                                 "postgresql://user@host/db)")
                         .arg(shown);
        return std::nullopt;
    }
    const KindInfo *kind = EndpointKinds::findScheme(scheme);
    if (!kind) {
        if (error)
            *error = QCoreApplication::translate("barge::Endpoint", "unknown URL scheme '%1' (known: %2)")
                         .arg(scheme, EndpointKinds::schemes().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    Endpoint endpoint;
    endpoint.kind = kind->kind;
    endpoint.scheme = scheme;
    UrlParser parser(scheme, *kind, error);
    const QString rest = text.mid(colon + 1);
    const bool ok = endpoint.isFileBased() ? parser.parseFile(rest, &endpoint) : parser.parseServer(rest, &endpoint);
    if (!ok)
        return std::nullopt;
    return endpoint;
}

QString Endpoint::toUrl(bool includePassword) const
{
    // Keep the user's spelling (postgres, mariadb) unless the scheme does not match the kind,
    // e.g. an Endpoint built in code with no scheme at all.
    const QString name = info().schemes.contains(scheme) ? scheme : info().canonicalScheme();

    if (isFileBased()) {
        QString encodedPath = percentEncode(path, "?#");
        if (folder && !encodedPath.endsWith(QLatin1Char('/')))
            encodedPath += QLatin1Char('/');
        const QString separator = path.startsWith(QLatin1Char('/')) ? QStringLiteral("://") : QStringLiteral(":");
        return name + separator + encodedPath + encodedQuery(options);
    }

    QString url = name + QStringLiteral("://");
    const bool withPassword = includePassword && !password.isEmpty();
    if (!user.isEmpty() || withPassword) {
        url += percentEncode(user, "@:/?#[]");
        if (withPassword)
            url += QLatin1Char(':') + percentEncode(password, "@:/?#[]");
        url += QLatin1Char('@');
    }
    url += host.contains(QLatin1Char(':')) ? QString(QLatin1Char('[') + host + QLatin1Char(']')) : host;
    if (port > 0)
        url += QLatin1Char(':') + QString::number(port);
    url += QLatin1Char('/') + percentEncode(database, "/?#");
    return url + encodedQuery(options);
}

QString Endpoint::displayName() const
{
    if (isFileBased()) {
        QString name = QFileInfo(QDir::cleanPath(path)).fileName();
        if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
            name = QDir(QFileInfo(path).absoluteFilePath()).dirName(); // "csv:./" shows the folder's name
        if (name.isEmpty() && path.startsWith(QLatin1Char('/')))
            return QStringLiteral("/");
        return folder ? QString(name + QLatin1Char('/')) : name;
    }
    const QString shownHost = host.isEmpty() ? QStringLiteral("localhost") : host;
    const QString who = user.isEmpty() ? QString() : user + QLatin1Char('@');
    // The port only when it is not the engine's default: two servers on one host differ by it.
    const QString shownPort = port > 0 && port != info().defaultPort ? QStringLiteral(":%1").arg(port) : QString();
    return who + shownHost + shownPort + QLatin1Char('/') + database;
}

const KindInfo &Endpoint::info() const
{
    const KindInfo *found = EndpointKinds::find(kind);
    Q_ASSERT(found); // every EndpointKind is registered by its backend's folder
    static const KindInfo none;
    return found ? *found : none;
}

bool Endpoint::isRelative() const
{
    return isFileBased() && !path.isEmpty() && QDir::isRelativePath(path);
}

Endpoint Endpoint::resolvedAgainst(const QString &baseDir) const
{
    Endpoint copy = *this;
    if (!isFileBased() || path.isEmpty() || (isRelative() && baseDir.isEmpty()))
        return copy;
    // Absolute paths are cleaned too: relativeTo() cleans, so a profile saved from a plan with
    // "/p/x/../a.db" must load as that plan, and does only when both say "/p/a.db".
    copy.path = QDir::cleanPath(isRelative() ? QDir(baseDir).absoluteFilePath(path) : path);
    // A relative csv path is checked for being a folder only now that its base is known, and one
    // like "/p/gone/.." only once it is cleaned.
    if (info().folders && copy.path != path && QFileInfo(copy.path).isDir())
        copy.folder = true;
    return copy;
}

Endpoint Endpoint::relativeTo(const QString &baseDir) const
{
    Endpoint copy = *this;
    if (!isFileBased() || path.isEmpty() || isRelative() || baseDir.isEmpty())
        return copy;
    const QString base = QDir::cleanPath(QDir(baseDir).absolutePath());
    const QString relative = QDir(base).relativeFilePath(QDir::cleanPath(path));
    const bool same = relative.isEmpty() || relative == QLatin1String(".");
    const bool below = !same && relative != QLatin1String("..") && !relative.startsWith(QLatin1String("../"))
        && QDir::isRelativePath(relative);
    if (below)
        copy.path = relative;
    else if (same && folder)
        copy.path = QStringLiteral("."); // a file cannot be the base folder itself: it stays absolute
    return copy;
}

} // namespace barge
