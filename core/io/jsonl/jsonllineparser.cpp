#include "io/jsonl/jsonllineparser.h"

#include "schema/jsontext.h"

#include <QCoreApplication>
#include <QSet>

#include <simdjson.h>

#include <cstring>
#include <string>

namespace barge {

namespace {

using namespace simdjson;

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// simdjson's raw tokens may carry the white space that follows them.
std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

QString reason(error_code code)
{
    if (code == UTF8_ERROR)
        return QCoreApplication::translate("barge::JsonlLineParser", "invalid UTF-8");
    return QCoreApplication::translate("barge::JsonlLineParser", "invalid JSON (%1)").arg(QString::fromLatin1(error_message(code)));
}

} // namespace

struct JsonlLineParser::Impl
{
    ondemand::parser parser;
    std::string buffer; // the line plus simdjson's padding
    QList<JsonlValue> *values = nullptr;
    QStringList *objects = nullptr;
    QSet<QString> seen;
    QSet<QString> whole; // objects kept as one value
    QString why;

    bool fail(const QString &message)
    {
        why = message;
        return false;
    }
    bool fail(error_code code) { return fail(reason(code)); }

    // Whether the line has a value at `path` already: a scan while it has few (cheaper than
    // hashing each key), a set once it has many.
    bool taken(const QString &path)
    {
        if (values->size() <= smallLine) {
            for (const JsonlValue &value : std::as_const(*values)) {
                if (value.path == path)
                    return true;
            }
            return false;
        }
        if (seen.isEmpty()) {
            for (const JsonlValue &value : std::as_const(*values))
                seen.insert(value.path);
        }
        return seen.contains(path);
    }

    bool add(JsonlValue value)
    {
        if (taken(value.path))
            return fail(QCoreApplication::translate("barge::JsonlLineParser", "key '%1' appears twice").arg(value.path));
        if (!seen.isEmpty())
            seen.insert(value.path);
        values->append(std::move(value));
        return true;
    }

    static constexpr qsizetype smallLine = 32;

    // The paths of the last line's keys in the order met: a file's lines mostly repeat their keys
    // in one order, so a key is looked up here by its place before it is decoded and joined again.
    struct KnownKey
    {
        std::string key;
        QString prefix;
        QString path;
    };
    std::vector<KnownKey> knownKeys;
    size_t keyNumber = 0;
    QString pathOf(std::string_view key, const QString &prefix)
    {
        const size_t at = keyNumber++;
        if (at < knownKeys.size() && knownKeys[at].key == key && knownKeys[at].prefix == prefix)
            return knownKeys[at].path;
        const QString name = fromUtf8(key);
        QString path = prefix.isEmpty() ? name : prefix + QLatin1Char('.') + name;
        if (at < knownKeys.size())
            knownKeys[at] = KnownKey{std::string(key), prefix, path};
        else if (at == knownKeys.size() && at < 4096)
            knownKeys.push_back(KnownKey{std::string(key), prefix, path});
        return path;
    }

    bool walkObject(ondemand::object object, const QString &prefix);
    bool walkValue(ondemand::value value, const QString &path);
};

bool JsonlLineParser::Impl::walkObject(ondemand::object object, const QString &prefix)
{
    bool empty = true;
    for (auto field : object) {
        std::string_view key;
        if (const error_code code = field.unescaped_key().get(key))
            return fail(code);
        empty = false;
        const QString path = pathOf(key, prefix);
        ondemand::value value;
        if (const error_code code = field.value().get(value))
            return fail(code);
        if (!walkValue(value, path))
            return false;
    }
    if (empty && !prefix.isEmpty()) {
        JsonlValue value{prefix, JsonlValue::Kind::EmptyObject, QStringLiteral("{}"), false};
        return add(std::move(value));
    }
    if (!prefix.isEmpty()) {
        if (taken(prefix))
            return fail(QCoreApplication::translate("barge::JsonlLineParser", "key '%1' appears twice").arg(prefix));
        objects->append(prefix);
    }
    return true;
}

bool JsonlLineParser::Impl::walkValue(ondemand::value value, const QString &path)
{
    ondemand::json_type type;
    if (const error_code code = value.type().get(type))
        return fail(code);
    JsonlValue out;
    out.path = path;
    switch (type) {
    case ondemand::json_type::object: {
        ondemand::object object;
        if (const error_code code = value.get_object().get(object))
            return fail(code);
        if (whole.isEmpty() || !whole.contains(path))
            return walkObject(object, path);
        std::string_view raw;
        if (const error_code code = object.raw_json().get(raw))
            return fail(code);
        out.kind = JsonlValue::Kind::Object;
        out.text = fromUtf8(trimmed(raw));
        // As for an array: On-Demand did not look inside, so the text is checked here.
        if (!JsonText::isValid(out.text))
            return fail(QCoreApplication::translate("barge::JsonlLineParser", "key '%1': invalid JSON object").arg(path));
        break;
    }
    case ondemand::json_type::array: {
        ondemand::array array;
        std::string_view raw;
        if (const error_code code = value.get_array().get(array))
            return fail(code);
        if (const error_code code = array.raw_json().get(raw))
            return fail(code);
        out.kind = JsonlValue::Kind::Array;
        out.text = fromUtf8(trimmed(raw));
        // On-Demand skips what it is not asked for: the array's text is checked here.
        if (!JsonText::isValid(out.text))
            return fail(QCoreApplication::translate("barge::JsonlLineParser", "key '%1': invalid JSON array").arg(path));
        break;
    }
    case ondemand::json_type::number: {
        std::string_view raw = trimmed(value.raw_json_token());
        out.kind = JsonlValue::Kind::Number;
        out.text = fromUtf8(raw);
        if (!isJsonNumber(out.text))
            return fail(QCoreApplication::translate("barge::JsonlLineParser", "key '%1': '%2' is not a JSON number").arg(path, out.text.left(40)));
        break;
    }
    case ondemand::json_type::string: {
        std::string_view text;
        if (const error_code code = value.get_string().get(text))
            return fail(code);
        out.kind = JsonlValue::Kind::String;
        out.text = fromUtf8(text);
        break;
    }
    case ondemand::json_type::boolean: {
        bool flag = false;
        if (const error_code code = value.get_bool().get(flag))
            return fail(code);
        out.kind = JsonlValue::Kind::Boolean;
        out.boolean = flag;
        out.text = flag ? QStringLiteral("true") : QStringLiteral("false");
        break;
    }
    case ondemand::json_type::null: {
        bool isNull = false;
        if (value.is_null().get(isNull) || !isNull)
            return fail(QCoreApplication::translate("barge::JsonlLineParser", "key '%1': invalid JSON value").arg(path));
        out.kind = JsonlValue::Kind::Null;
        break;
    }
    }
    return add(std::move(out));
}

QString JsonlValue::json() const
{
    switch (kind) {
    case Kind::Null:
        return QStringLiteral("null");
    case Kind::String:
        return JsonText::quote(text);
    case Kind::Boolean:
    case Kind::Number:
    case Kind::Array:
    case Kind::EmptyObject:
    case Kind::Object:
        return text;
    }
    return text;
}

void JsonlLineParser::setWholeObjects(const QSet<QString> &paths)
{
    d->whole = paths;
}

JsonlLineParser::JsonlLineParser() : d(std::make_unique<Impl>())
{
}

JsonlLineParser::~JsonlLineParser() = default;

bool JsonlLineParser::parse(QByteArrayView line, QList<JsonlValue> *values, QStringList *objects, QString *why)
{
    values->clear();
    objects->clear();
    d->seen.clear();
    d->keyNumber = 0;
    d->values = values;
    d->objects = objects;
    const size_t size = size_t(line.size());
    if (d->buffer.size() < size + SIMDJSON_PADDING)
        d->buffer.resize(size + SIMDJSON_PADDING);
    if (size > 0)
        std::memcpy(d->buffer.data(), line.data(), size);
    std::memset(d->buffer.data() + size, ' ', SIMDJSON_PADDING);

    ondemand::document document;
    ondemand::object object;
    ondemand::json_type type;
    bool ok = false;
    if (const error_code code = d->parser.iterate(d->buffer.data(), size, d->buffer.size()).get(document)) {
        d->fail(code);
    } else if (const error_code code = document.type().get(type)) {
        d->fail(code);
    } else if (type != ondemand::json_type::object) {
        d->fail(QCoreApplication::translate("barge::JsonlLineParser", "not a JSON object"));
    } else if (const error_code code = document.get_object().get(object)) {
        d->fail(code);
    } else if (d->walkObject(object, QString())) {
        // Once the object is read, anything the document still has is a second value.
        const char *rest = nullptr;
        ok = document.current_location().get(rest) != SUCCESS || d->fail(QCoreApplication::translate("barge::JsonlLineParser", "text after the object"));
    }
    if (!ok) {
        *why = d->why;
        values->clear();
        objects->clear();
    }
    return ok;
}

bool JsonlLineParser::isJsonNumber(QStringView s)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    const auto digit = [&](qsizetype at) { return at < n && s[at] >= u'0' && s[at] <= u'9'; };
    if (i < n && s[i] == u'-')
        ++i;
    if (!digit(i))
        return false;
    if (s[i] == u'0')
        ++i;
    else
        while (digit(i))
            ++i;
    if (i < n && s[i] == u'.') {
        ++i;
        if (!digit(i))
            return false;
        while (digit(i))
            ++i;
    }
    if (i < n && (s[i] == u'e' || s[i] == u'E')) {
        ++i;
        if (i < n && (s[i] == u'+' || s[i] == u'-'))
            ++i;
        if (!digit(i))
            return false;
        while (digit(i))
            ++i;
    }
    return i == n;
}

} // namespace barge
