#pragma once
// Introspector: lists an endpoint's tables and describes their columns. Owned and used by one
// thread (it may hold a connection). Backend::introspector() makes the right one for an Endpoint.

#include "base/failure.h"
#include "io/keyrange.h"
#include "schema/tableschema.h"

#include <QCoreApplication>
#include <QString>
#include <QHash>
#include <QStringList>
#include <optional>

namespace barge {

class Introspector
{
public:
    virtual ~Introspector() = default;

    // Connects or opens the file. The failure's kind tells a refused login (the command line then
    // asks for a password), a server out of reach and a missing database or file apart.
    virtual bool open(Failure *failure) = 0;
    bool open(QString *error); // the same, for callers that only pass the message on
    virtual QStringList tableNames(QString *error) = 0;
    // Columns with types, nullability and key; the row count (exact where cheap, else an estimate).
    virtual std::optional<TableSchema> table(const QString &name, QString *error) = 0;
    // A hint that table() is about to be asked for each of these: an introspector that can read
    // many tables at once does so now (PostgreSQL: a few statements instead of seven per table).
    // Errors are left for table() to report.
    virtual void prefetch(const QStringList &names) { Q_UNUSED(names) }
    // True when the endpoint has a table of this name (targets: decides create versus use).
    virtual bool hasTable(const QString &name);
    // The length of the column's longest value: characters for text, bytes for binary; 0 when the
    // table is empty or holds only NULLs. One query over the table (planning sizes keys with it).
    virtual std::optional<qint64> longestValue(const QString &table, const QString &column, bool binary, QString *error)
    {
        Q_UNUSED(table)
        Q_UNUSED(column)
        Q_UNUSED(binary)
        *error = QCoreApplication::translate("barge::Introspector", "this kind of source cannot measure its values");
        return std::nullopt;
    }
    // The smallest and largest value of an integer key column (splitting a table into ranges:
    // io/keyrange.h). One index-backed query; std::nullopt with *error when the column holds a value
    // that is no 64-bit integer, or the kind cannot say.
    virtual std::optional<KeyBounds> keyBounds(const QString &table, const QString &column, QString *error)
    {
        Q_UNUSED(table)
        Q_UNUSED(column)
        *error = QCoreApplication::translate("barge::Introspector", "this kind of source cannot be split by key");
        return std::nullopt;
    }
    // A file source that splits at record boundaries (BackendInfo::splitsRecords, CSV): the table's
    // parts of about rowsPerRange records each, as ranges of byte offsets under KeyRange::records(),
    // each starting where a record provably starts; one range open both ways when the file is too
    // small to split. std::nullopt with *error when the file cannot be split: it loads as one stream.
    virtual std::optional<QList<KeyRange>> recordRanges(const QString &table, qint64 rowsPerRange, QString *error)
    {
        Q_UNUSED(table)
        Q_UNUSED(rowsPerRange)
        *error = QCoreApplication::translate("barge::Introspector", "this kind of source cannot be split by records");
        return std::nullopt;
    }
    // The other tables whose foreign keys point at this one (schema-qualified when in another
    // schema); std::nullopt with *error when they cannot be read. Engines that do not refuse to
    // empty a referenced table answer an empty list.
    virtual std::optional<QStringList> referencedBy(const QString &name, QString *error)
    {
        Q_UNUSED(name)
        Q_UNUSED(error)
        return QStringList();
    }
    // The names the target already uses where a new index or key name must not repeat one, by the
    // table that owns each ("" for a relation of its own): PostgreSQL's indexes, sequences and views
    // of the schema, SQLite's indexes, MariaDB's foreign-key names (per database).
    virtual std::optional<QHash<QString, QStringList>> keyNames(QString *error)
    {
        Q_UNUSED(error)
        return QHash<QString, QStringList>();
    }
    // Whether a CREATE TABLE here can name the type: one an extension adds, such as PostGIS's
    // geometry in PostgreSQL (found through the connection's search path). False when unsure.
    virtual bool hasType(const QString &name)
    {
        Q_UNUSED(name)
        return false;
    }
};

} // namespace barge
