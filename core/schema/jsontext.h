#pragma once
// JsonText: the JSON texts that Json and Array values travel as (see ValueConverter), and their
// translations into the forms engines load: PostgreSQL's array literal, MySQL's SET text.
// Numbers are never parsed into doubles: a value's digits are copied as they are. Stateless.

#include <QString>
#include <QStringList>
#include <QStringView>

namespace barge {

class JsonText
{
public:
    // True when `text` is one JSON value (RFC 8259), surrounded by nothing but white space.
    static bool isValid(QStringView text);
    // True when `text` is a JSON array.
    static bool isArray(QStringView text);
    // "a\"b" -> "\"a\\\"b\"": a JSON string literal.
    static QString quote(const QString &text);

    // A JSON array -> PostgreSQL's array literal: [[1,2],[3,null]] -> {{1,2},{3,NULL}},
    // ["a b","x\"y"] -> {"a b","x\"y"}; objects inside become quoted JSON text. False when `json`
    // is not an array.
    static bool toPgArray(QStringView json, QString *literal);

    // One spelling per JSON value, for comparing: no white space, object keys sorted (the last of
    // a repeated key kept, as jsonb does). Numbers keep their digits. The text itself when invalid.
    static QString canonical(QStringView json);

    // MySQL SET text -> a JSON array of its members: "a,b" -> ["a","b"], "" -> [].
    static QString fromSetText(const QString &text);
    // A JSON array of strings -> its members; false (and *why) when an element is not a string.
    static bool members(QStringView json, QStringList *members, QString *why);
};

} // namespace barge
