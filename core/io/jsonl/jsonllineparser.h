#pragma once
// JsonlLineParser: parses one line of a JSON Lines file (one JSON object) into its leaves, nested
// objects flattened to "parent.child" paths, except those the user keeps whole (the endpoint's
// json= option), which stay one value with their JSON text. Numbers keep their text exactly as
// written (never a double); arrays and empty objects keep their JSON text. Runs on simdjson's On-Demand parser,
// whose buffers it reuses from line to line. One instance per thread; not thread safe.

#include <QByteArrayView>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace barge {

struct JsonlValue
{
    enum class Kind { Null, Boolean, Number, String, Array, EmptyObject, Object };
    QString path;     // "address.city"
    Kind kind = Kind::Null;
    QString text;     // String: the decoded text; Number: the digits as written; Array/EmptyObject/Object: JSON;
                      // Boolean: "true" or "false"
    bool boolean = false;

    // The value as JSON: a String's quoted text, "null", else `text`. Made when asked (for a json
    // column), not for every value read.
    QString json() const;
};

class JsonlLineParser
{
public:
    JsonlLineParser();
    ~JsonlLineParser();

    // The paths of nested objects to keep whole ("address", "order.customer"): such an object is one
    // Object value with its JSON text, not flattened into "address.city", ... . None by default.
    // (NestedObjects::kept: the endpoint's json= option.)
    void setWholeObjects(const QSet<QString> &paths);

    // Parses `line` (without its line break). False with *why when it is not one JSON object in
    // valid UTF-8, or repeats a path. *objects gets the paths of the non-empty nested objects.
    bool parse(QByteArrayView line, QList<JsonlValue> *values, QStringList *objects, QString *why);

    // A JSON number exactly as RFC 8259 spells it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    static bool isJsonNumber(QStringView text);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace barge
