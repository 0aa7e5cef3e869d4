#include "io/access/accessdatabase.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <mdbtools.h>

#include <memory>

namespace barge {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("barge::AccessDatabase", text);
}

MdbHandle *mdbOf(void *handle)
{
    return static_cast<MdbHandle *>(handle);
}

// libmdb picks a Jet 3 file's code page from the environment when it sets up its converters.
QMutex environmentMutex;

struct TableDeleter
{
    void operator()(MdbTableDef *table) const { mdb_free_tabledef(table); }
};
using TablePointer = std::unique_ptr<MdbTableDef, TableDeleter>;

TablePointer readTable(MdbHandle *mdb, const QString &name, int type)
{
    QByteArray utf8 = name.toUtf8();
    MdbTableDef *table = mdb_read_table_by_name(mdb, utf8.data(), type);
    if (table) {
        mdb_read_columns(table);
        mdb_read_indices(table);
        mdb_rewind_table(table);
    }
    return TablePointer(table);
}

// Every row of a (small) table as text, by column name: the relationships.
QList<QHash<QString, QString>> allRows(MdbTableDef *table)
{
    const int count = int(table->num_cols);
    QList<QByteArray> buffers(count, QByteArray(MDB_BIND_SIZE, '\0'));
    QList<int> lengths(count, 0);
    QStringList names;
    for (int i = 0; i < count; ++i) {
        auto *column = static_cast<MdbColumn *>(g_ptr_array_index(table->columns, i));
        names << QString::fromUtf8(column->name);
        mdb_bind_column(table, i + 1, buffers[i].data(), &lengths[i]);
    }
    QList<QHash<QString, QString>> rows;
    while (mdb_fetch_row(table)) {
        QHash<QString, QString> row;
        for (int i = 0; i < count; ++i)
            row.insert(names.at(i), QString::fromUtf8(buffers.at(i).constData(), lengths.at(i)));
        rows << row;
    }
    return rows;
}

// Access's own name of a column type, as its table designer shows it.
QString typeName(int mdbType)
{
    switch (mdbType) {
    case MDB_BOOL: return QStringLiteral("Yes/No");
    case MDB_BYTE: return QStringLiteral("Byte");
    case MDB_INT: return QStringLiteral("Integer");
    case MDB_LONGINT: return QStringLiteral("Long Integer");
    case MDB_MONEY: return QStringLiteral("Currency");
    case MDB_FLOAT: return QStringLiteral("Single");
    case MDB_DOUBLE: return QStringLiteral("Double");
    case MDB_DATETIME: return QStringLiteral("Date/Time");
    case MDB_BINARY: return QStringLiteral("Binary");
    case MDB_TEXT: return QStringLiteral("Text");
    case MDB_OLE: return QStringLiteral("OLE Object");
    case MDB_MEMO: return QStringLiteral("Memo");
    case MDB_REPID: return QStringLiteral("Replication ID");
    case MDB_NUMERIC: return QStringLiteral("Decimal");
    case MDB_COMPLEX: return QStringLiteral("Attachment");
    default: return QStringLiteral("type %1").arg(mdbType);
    }
}

} // namespace

AccessDatabase::~AccessDatabase()
{
    if (m_mdb)
        mdb_close(mdbOf(m_mdb));
}

bool AccessDatabase::open(const QString &path, const QString &encoding, QString *error)
{
    m_path = path;
    const QString file = QFileInfo(path).fileName();
    if (!QFileInfo(path).isFile()) {
        *error = tr("%1: no such Access database").arg(path);
        return false;
    }
    MdbHandle *mdb = nullptr;
    {
        const QMutexLocker locker(&environmentMutex);
        const QByteArray saved = qgetenv("MDB_JET3_CHARSET");
        qputenv("MDB_JET3_CHARSET", encoding.isEmpty() ? QByteArray("CP1252") : encoding.toLatin1());
        mdb = mdb_open(QFile::encodeName(path).constData(), MDB_NOFLAGS);
        if (saved.isNull())
            qunsetenv("MDB_JET3_CHARSET");
        else
            qputenv("MDB_JET3_CHARSET", saved);
    }
    if (!mdb || !mdb_read_catalog(mdb, MDB_TABLE)) {
        if (mdb)
            mdb_close(mdb);
        *error = tr("%1: not an Access database, or a damaged one").arg(file);
        return false;
    }
    mdb_set_date_fmt(mdb, "%Y-%m-%d %H:%M:%S");
    mdb_set_shortdate_fmt(mdb, "%Y-%m-%d");
    mdb_set_boolean_fmt_numbers(mdb);
    mdb_set_bind_size(mdb, 1 << 20);
    m_mdb = mdb;
    return true;
}

QString AccessDatabase::version() const
{
    switch (mdbOf(m_mdb)->f->jet_version) {
    case MDB_VER_JET3:
        return QStringLiteral("Jet 3 (Access 97)");
    case MDB_VER_JET4:
        return QStringLiteral("Jet 4 (Access 2000-2003)");
    default:
        return QStringLiteral("ACE (Access 2007 or later)");
    }
}

QStringList AccessDatabase::tableNames() const
{
    MdbHandle *mdb = mdbOf(m_mdb);
    QStringList names;
    for (guint i = 0; i < mdb->num_catalog; ++i) {
        auto *entry = static_cast<MdbCatalogEntry *>(g_ptr_array_index(mdb->catalog, i));
        if (entry->object_type == MDB_TABLE && mdb_is_user_table(entry))
            names << QString::fromUtf8(entry->object_name);
    }
    return names;
}

DataType AccessDatabase::typeOf(int mdbType, int size, int precision, int scale, bool jet3)
{
    switch (mdbType) {
    case MDB_BOOL:
        return DataType::of(TypeKind::Boolean);
    case MDB_BYTE: // 0 to 255
    case MDB_INT:
        return DataType::of(TypeKind::Int16);
    case MDB_LONGINT:
    case MDB_COMPLEX: // an attachment's or a multi-valued field's id
        return DataType::of(TypeKind::Int32);
    case MDB_MONEY: // a 64-bit integer of ten-thousandths
        return DataType{TypeKind::Decimal, 0, 19, 4, {}};
    case MDB_NUMERIC:
        return DataType{TypeKind::Decimal, 0, precision, scale, {}};
    case MDB_FLOAT:
    case MDB_DOUBLE:
        return DataType::of(TypeKind::Real);
    case MDB_DATETIME:
        return DataType::of(TypeKind::DateTime);
    case MDB_TEXT: // bytes: Jet 4 keeps two a character
        return DataType{TypeKind::Text, jet3 ? size : size / 2, 0, 0, {}};
    case MDB_MEMO:
        return DataType::of(TypeKind::Text);
    case MDB_BINARY:
        return DataType{TypeKind::Binary, size, 0, 0, {}};
    case MDB_OLE:
        return DataType::of(TypeKind::Binary);
    case MDB_REPID:
        return DataType::of(TypeKind::Uuid);
    default:
        return DataType::of(TypeKind::Text);
    }
}

std::optional<TableSchema> AccessDatabase::table(const QString &name, QString *error) const
{
    MdbHandle *mdb = mdbOf(m_mdb);
    const TablePointer table = readTable(mdb, name, MDB_TABLE);
    if (!table) {
        *error = tr("%1 has no table '%2' (it has: %3)")
                     .arg(QFileInfo(m_path).fileName(), name, tableNames().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    const bool jet3 = mdb->f->jet_version == MDB_VER_JET3;
    TableSchema schema;
    schema.name = name;
    schema.rowCount = table->num_rows;
    schema.rowCountExact = true;
    for (guint i = 0; i < table->num_cols; ++i) {
        auto *mdbColumn = static_cast<MdbColumn *>(g_ptr_array_index(table->columns, i));
        ColumnSchema column;
        column.name = QString::fromUtf8(mdbColumn->name);
        // libmdb 1.0 reads a Decimal's precision into col_scale and its scale into col_prec (its
        // mdb-schema prints them the other way round too, and so says NUMERIC(18, 0) right).
        const int precision = qMax(mdbColumn->col_scale, mdbColumn->col_prec);
        const int scale = qMin(mdbColumn->col_scale, mdbColumn->col_prec);
        column.type = typeOf(mdbColumn->col_type, mdbColumn->col_size, precision, scale, jet3);
        column.declaredType = typeName(mdbColumn->col_type);
        // Access keeps booleans as bits with no NULL; Required is a property.
        const gchar *required = mdbColumn->props ? mdb_col_get_prop(mdbColumn, "Required") : nullptr;
        column.nullable = mdbColumn->col_type != MDB_BOOL && !(required && QByteArray(required) == "yes");
        column.autoIncrement = mdbColumn->is_long_auto;
        schema.columns << column;
    }
    for (guint i = 0; i < table->num_idxs; ++i) {
        auto *index = static_cast<MdbIndex *>(g_ptr_array_index(table->indices, i));
        QStringList columns;
        for (guint k = 0; k < index->num_keys; ++k) {
            const int number = index->key_col_num[k] - 1;
            if (number >= 0 && number < schema.columns.size())
                columns << schema.columns.at(number).name;
        }
        if (columns.isEmpty())
            continue;
        if (index->index_type == 1) { // the primary key
            for (int k = 0; k < columns.size(); ++k) {
                for (ColumnSchema &column : schema.columns) {
                    if (column.name == columns.at(k)) {
                        column.primaryKeyPosition = k + 1;
                        column.nullable = false;
                    }
                }
            }
        } else if (index->index_type != 2) { // 2: the index behind a foreign key
            schema.indexes << IndexSchema{QString::fromUtf8(index->name), columns, bool(index->flags & 0x01), {}, {}, false};
        }
    }
    schema.foreignKeys = foreignKeys(name);
    return schema;
}

QList<ForeignKeySchema> AccessDatabase::foreignKeys(const QString &table) const
{
    MdbHandle *mdb = mdbOf(m_mdb);
    const TablePointer relationships = readTable(mdb, QStringLiteral("MSysRelationships"), MDB_TABLE);
    if (!relationships)
        return {};
    // One row per column of a relationship, numbered by icolumn; grbit says what it enforces.
    QMap<QString, QMap<int, QHash<QString, QString>>> byName;
    for (const QHash<QString, QString> &row : allRows(relationships.get())) {
        if (row.value(QStringLiteral("szObject")).compare(table, Qt::CaseInsensitive) == 0)
            byName[row.value(QStringLiteral("szRelationship"))].insert(row.value(QStringLiteral("icolumn")).toInt(), row);
    }
    QList<ForeignKeySchema> keys;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        const QHash<QString, QString> first = it.value().first();
        const uint flags = first.value(QStringLiteral("grbit")).toUInt();
        if (flags & 0x2)
            continue; // referential integrity not enforced: the rows may not keep it
        ForeignKeySchema key;
        key.name = it.key();
        key.referencedTable = first.value(QStringLiteral("szReferencedObject"));
        for (const QHash<QString, QString> &column : it.value()) {
            key.columns << column.value(QStringLiteral("szColumn"));
            key.referencedColumns << column.value(QStringLiteral("szReferencedColumn"));
        }
        if (flags & 0x100)
            key.onUpdate = QStringLiteral("CASCADE");
        if (flags & 0x1000)
            key.onDelete = QStringLiteral("CASCADE");
        keys << key;
    }
    return keys;
}

} // namespace barge
