#pragma once
// JsonlLayout: the table a JSON Lines file makes. Its columns are the union of the lines' leaf
// paths in first-seen order; a path is an object or a value the first time it is seen, and a line
// that has it the other way round does not fit (it is rejected when read). Each column's type is
// inferred from every value it held, by the CSV rules (TypeInference): numbers become int64, real
// or decimal only when that reproduces their text, strings stay text unless they are dates or
// times, arrays and empty objects are json. With a local format (the URL's decimal=, date=, bool=...,
// LocalFormat) strings written that way become numbers, dates or booleans too, by the same rules as
// a CSV's. A plain value; not thread safe.

#include "io/jsonl/jsonllineparser.h"
#include "schema/tableschema.h"
#include "schema/typeinference.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace barge {

class JsonlLayout
{
public:
    explicit JsonlLayout(const LocalFormat &format = LocalFormat());

    // Empty when the line's values fit the paths seen so far; else why not.
    QString fit(const QList<JsonlValue> &values, const QStringList &objects) const;
    // Takes in a line that fits: new paths become columns, every value feeds its column's type.
    // *columns (when given) gets each value's column.
    void add(const QList<JsonlValue> &values, const QStringList &objects, QList<int> *columns = nullptr);
    void addRow() { ++m_rows; }
    // Takes in the layout of the records that follow this one's (the next part of a file read on
    // several threads), as if they had been added here. False, changing nothing, when the two
    // disagree on whether a path is an object or a value: then a record of `later` might not have
    // fitted here, and the file must be read as one. Both must use the same format.
    bool merge(const JsonlLayout &later);

    // The columns with their inferred types, and the rows added.
    TableSchema schema() const;
    // A note for the plan about the whole file (schema().notes).
    void addNote(const QString &note) { m_notes << note; }
    int columnCount() const { return int(m_columns.size()); }
    const QString &columnName(int column) const { return m_columns.at(column).name; }
    int indexOf(const QString &path) const { return m_index.value(path, -1); }
    // The same, trying column `hint` first: a record's i-th key is most often the i-th column, as
    // files tend to write their keys in one order, and a string compare is cheaper than a lookup.
    int indexOf(const QString &path, qsizetype hint) const
    {
        return hint < m_columns.size() && m_columns.at(hint).name == path ? int(hint) : indexOf(path);
    }
    DataType type(int column) const;
    // Why a value of that kind cannot go into the column; empty when it can. (After the file
    // changed since the scan, a value may not fit what the scan found.)
    QString misfit(int column, const JsonlValue &value) const { return misfit(column, value, type(column)); }
    // The same with the column's type at hand (a reader has the schema: type() infers it again).
    QString misfit(int column, const JsonlValue &value, const DataType &columnType) const;

    static QString kindName(JsonlValue::Kind kind);
    // The format strings are read in; the reader turns such strings into canonical text with it.
    const LocalFormat &format() const { return *m_format; }

private:
    struct Column
    {
        QString name;
        unsigned kinds = 0; // 1 << JsonlValue::Kind, NULL left out
        TypeInference numbers;
        TypeInference strings;
    };
    // On the heap: the columns' inferences point at it, and a layout is moved around.
    std::shared_ptr<const LocalFormat> m_format;
    QList<Column> m_columns;
    QHash<QString, int> m_index;
    QSet<QString> m_objects;
    QStringList m_notes;
    qint64 m_rows = 0;
};

} // namespace barge
