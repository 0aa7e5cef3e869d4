#include "schema/jsontext.h"

#include <QCoreApplication>
#include <QMap>

namespace barge {

namespace {

// A strict scanner over one JSON text. Every method leaves `at` after what it read.
class Scanner
{
public:
    explicit Scanner(QStringView text) : s(text) {}

    QStringView s;
    qsizetype at = 0;

    bool atEnd() const { return at >= s.size(); }
    QChar peek() const { return at < s.size() ? s.at(at) : QChar(); }

    void skipSpaces()
    {
        while (at < s.size() && (s.at(at) == u' ' || s.at(at) == u'\t' || s.at(at) == u'\n' || s.at(at) == u'\r'))
            ++at;
    }

    bool literal(const char *word)
    {
        for (const char *c = word; *c; ++c, ++at) {
            if (at >= s.size() || s.at(at) != QLatin1Char(*c))
                return false;
        }
        return true;
    }

    bool digits()
    {
        const qsizetype from = at;
        while (at < s.size() && s.at(at) >= u'0' && s.at(at) <= u'9')
            ++at;
        return at > from;
    }

    bool number()
    {
        if (peek() == u'-')
            ++at;
        if (peek() == u'0')
            ++at;
        else if (!digits())
            return false;
        if (peek() == u'.') {
            ++at;
            if (!digits())
                return false;
        }
        if (peek() == u'e' || peek() == u'E') {
            ++at;
            if (peek() == u'+' || peek() == u'-')
                ++at;
            if (!digits())
                return false;
        }
        return true;
    }

    static int hexValue(QChar c)
    {
        if (c >= u'0' && c <= u'9')
            return c.unicode() - u'0';
        if (c >= u'a' && c <= u'f')
            return c.unicode() - u'a' + 10;
        if (c >= u'A' && c <= u'F')
            return c.unicode() - u'A' + 10;
        return -1;
    }

    // A string literal; its decoded text into *out when given.
    bool string(QString *out)
    {
        if (peek() != u'"')
            return false;
        ++at;
        while (at < s.size()) {
            const QChar c = s.at(at++);
            if (c == u'"')
                return true;
            if (c.unicode() < 0x20)
                return false;
            if (c != u'\\') {
                if (out)
                    *out += c;
                continue;
            }
            if (at >= s.size())
                return false;
            const QChar e = s.at(at++);
            QChar decoded;
            switch (e.unicode()) {
            case u'"': decoded = u'"'; break;
            case u'\\': decoded = u'\\'; break;
            case u'/': decoded = u'/'; break;
            case u'b': decoded = u'\b'; break;
            case u'f': decoded = u'\f'; break;
            case u'n': decoded = u'\n'; break;
            case u'r': decoded = u'\r'; break;
            case u't': decoded = u'\t'; break;
            case u'u': {
                if (at + 4 > s.size())
                    return false;
                int code = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = hexValue(s.at(at++));
                    if (h < 0)
                        return false;
                    code = code * 16 + h;
                }
                decoded = QChar(char16_t(code));
                break;
            }
            default:
                return false;
            }
            if (out)
                *out += decoded;
        }
        return false;
    }

    bool value(int depth = 0)
    {
        if (depth > 512)
            return false;
        skipSpaces();
        const QChar c = peek();
        bool ok = false;
        if (c == u'{') {
            ++at;
            skipSpaces();
            if (peek() == u'}') {
                ++at;
                ok = true;
            } else {
                for (;;) {
                    skipSpaces();
                    if (!string(nullptr))
                        return false;
                    skipSpaces();
                    if (peek() != u':')
                        return false;
                    ++at;
                    if (!value(depth + 1))
                        return false;
                    skipSpaces();
                    if (peek() == u',') {
                        ++at;
                        continue;
                    }
                    if (peek() != u'}')
                        return false;
                    ++at;
                    ok = true;
                    break;
                }
            }
        } else if (c == u'[') {
            ++at;
            skipSpaces();
            if (peek() == u']') {
                ++at;
                ok = true;
            } else {
                for (;;) {
                    if (!value(depth + 1))
                        return false;
                    skipSpaces();
                    if (peek() == u',') {
                        ++at;
                        continue;
                    }
                    if (peek() != u']')
                        return false;
                    ++at;
                    ok = true;
                    break;
                }
            }
        } else if (c == u'"') {
            ok = string(nullptr);
        } else if (c == u't') {
            ok = literal("true");
        } else if (c == u'f') {
            ok = literal("false");
        } else if (c == u'n') {
            ok = literal("null");
        } else {
            ok = number();
        }
        skipSpaces();
        return ok;
    }
};

// A PostgreSQL array element: quoted unless it is a plain token.
QString pgElement(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    out += u'"';
    return out;
}

bool pgArray(Scanner &scan, QString *out)
{
    scan.skipSpaces();
    if (scan.peek() != u'[')
        return false;
    ++scan.at;
    *out += u'{';
    scan.skipSpaces();
    if (scan.peek() == u']') {
        ++scan.at;
        *out += u'}';
        return true;
    }
    for (bool first = true;; first = false) {
        if (!first)
            *out += u',';
        scan.skipSpaces();
        const QChar c = scan.peek();
        if (c == u'[') {
            if (!pgArray(scan, out))
                return false;
        } else if (c == u'"') {
            QString text;
            if (!scan.string(&text))
                return false;
            *out += pgElement(text);
        } else {
            const qsizetype from = scan.at;
            if (!scan.value(1))
                return false;
            const QString token = scan.s.mid(from, scan.at - from).trimmed().toString();
            if (token == QLatin1String("null"))
                *out += QLatin1String("NULL");
            else if (c == u'{')
                *out += pgElement(token);
            else
                *out += token;
        }
        scan.skipSpaces();
        if (scan.peek() == u',') {
            ++scan.at;
            continue;
        }
        if (scan.peek() != u']')
            return false;
        ++scan.at;
        *out += u'}';
        return true;
    }
}

bool canonicalValue(Scanner &scan, QString *out)
{
    scan.skipSpaces();
    const QChar c = scan.peek();
    if (c == u'{') {
        ++scan.at;
        QMap<QString, QString> members;
        scan.skipSpaces();
        if (scan.peek() == u'}') {
            ++scan.at;
        } else {
            for (;;) {
                scan.skipSpaces();
                QString key;
                if (!scan.string(&key))
                    return false;
                scan.skipSpaces();
                if (scan.peek() != u':')
                    return false;
                ++scan.at;
                QString value;
                if (!canonicalValue(scan, &value))
                    return false;
                members.insert(key, value);
                scan.skipSpaces();
                if (scan.peek() == u',') {
                    ++scan.at;
                    continue;
                }
                if (scan.peek() != u'}')
                    return false;
                ++scan.at;
                break;
            }
        }
        *out += u'{';
        bool first = true;
        for (auto it = members.cbegin(); it != members.cend(); ++it, first = false)
            *out += (first ? QString() : QStringLiteral(",")) + JsonText::quote(it.key()) + u':' + it.value();
        *out += u'}';
    } else if (c == u'[') {
        ++scan.at;
        *out += u'[';
        scan.skipSpaces();
        if (scan.peek() == u']') {
            ++scan.at;
        } else {
            for (bool first = true;; first = false) {
                if (!first)
                    *out += u',';
                if (!canonicalValue(scan, out))
                    return false;
                scan.skipSpaces();
                if (scan.peek() == u',') {
                    ++scan.at;
                    continue;
                }
                if (scan.peek() != u']')
                    return false;
                ++scan.at;
                break;
            }
        }
        *out += u']';
    } else if (c == u'"') {
        QString text;
        if (!scan.string(&text))
            return false;
        *out += JsonText::quote(text);
    } else {
        const qsizetype from = scan.at;
        if (!scan.value(1))
            return false;
        *out += scan.s.mid(from, scan.at - from).trimmed();
    }
    scan.skipSpaces();
    return true;
}

} // namespace

QString JsonText::canonical(QStringView json)
{
    Scanner scan(json);
    QString out;
    if (!canonicalValue(scan, &out) || !scan.atEnd())
        return json.toString();
    return out;
}

bool JsonText::isValid(QStringView text)
{
    Scanner scan(text);
    return scan.value() && scan.atEnd();
}

bool JsonText::isArray(QStringView text)
{
    const QStringView t = text.trimmed();
    return t.startsWith(u'[') && isValid(t);
}

QString JsonText::quote(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"': out += QLatin1String("\\\""); break;
        case u'\\': out += QLatin1String("\\\\"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        case u'\b': out += QLatin1String("\\b"); break;
        case u'\f': out += QLatin1String("\\f"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

bool JsonText::toPgArray(QStringView json, QString *literal)
{
    if (!isArray(json))
        return false;
    literal->clear();
    Scanner scan(json);
    return pgArray(scan, literal);
}

QString JsonText::fromSetText(const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("[]");
    QStringList quoted;
    for (const QString &member : text.split(u','))
        quoted << quote(member);
    return u'[' + quoted.join(u',') + u']';
}

bool JsonText::members(QStringView json, QStringList *members, QString *why)
{
    members->clear();
    Scanner scan(json);
    scan.skipSpaces();
    if (scan.peek() != u'[') {
        *why = QCoreApplication::translate("barge::JsonText", "is not a JSON array");
        return false;
    }
    ++scan.at;
    scan.skipSpaces();
    if (scan.peek() == u']') {
        ++scan.at;
        scan.skipSpaces();
        return scan.atEnd();
    }
    for (;;) {
        scan.skipSpaces();
        QString member;
        if (!scan.string(&member)) {
            *why = QCoreApplication::translate("barge::JsonText", "has an element that is not a string");
            return false;
        }
        *members << member;
        scan.skipSpaces();
        if (scan.peek() == u',') {
            ++scan.at;
            continue;
        }
        if (scan.peek() != u']') {
            *why = QCoreApplication::translate("barge::JsonText", "is not a JSON array");
            return false;
        }
        ++scan.at;
        scan.skipSpaces();
        return scan.atEnd();
    }
}

} // namespace barge
