#pragma once
// AccessDatabase: a Microsoft Access file (.mdb of Jet 3 and 4, .accdb) opened read-only through
// mdbtools' libmdb: its user tables (system tables and linked tables left out), each with its
// columns and Barge's types, NOT NULL, the primary key, unique and plain indexes, and the foreign
// keys of its relationships (MSysRelationships). Text is UTF-8: Jet 4 and later store UTF-16, which
// libmdb converts; Jet 3 files store a code page, windows-1252 unless `encoding` names another.
// One database belongs to one thread; libmdb keeps no state between handles.

#include "schema/tableschema.h"

#include <QString>
#include <QStringList>

#include <optional>


namespace barge {

class AccessDatabase
{
public:
    AccessDatabase() = default;
    ~AccessDatabase();
    AccessDatabase(const AccessDatabase &) = delete;
    AccessDatabase &operator=(const AccessDatabase &) = delete;

    // False with *error ("orders.mdb: not an Access database") when the file cannot be opened.
    bool open(const QString &path, const QString &encoding, QString *error);
    // "Jet 3", "Jet 4", "Access 2007", ...
    QString version() const;
    QStringList tableNames() const;
    std::optional<TableSchema> table(const QString &name, QString *error) const;
    // Barge's type for a libmdb column type (MDB_TEXT, ...), with its size, precision and scale.
    static DataType typeOf(int mdbType, int size, int precision, int scale, bool jet3);

    void *handle() const { return m_mdb; } // the MdbHandle, for AccessTableReader

private:
    QList<ForeignKeySchema> foreignKeys(const QString &table) const;

    void *m_mdb = nullptr; // MdbHandle
    QString m_path;
};

} // namespace barge
