#include "io/access/accesstablereader.h"

#include "schema/numbertext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUuid>

#include <mdbtools.h>

#include <charconv>
#include <cstring>

namespace barge {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("barge::AccessTableReader", text);
}

MdbTableDef *tableOf(void *table)
{
    return static_cast<MdbTableDef *>(table);
}

MdbColumn *columnOf(MdbTableDef *table, int i)
{
    return static_cast<MdbColumn *>(g_ptr_array_index(table->columns, i));
}

} // namespace

AccessTableReader::AccessTableReader(const Endpoint &endpoint, const QString &table)
    : m_endpoint(endpoint), m_table(table)
{
}

AccessTableReader::~AccessTableReader()
{
    if (m_tableDef)
        mdb_free_tabledef(tableOf(m_tableDef));
}

bool AccessTableReader::open(QString *error)
{
    m_snapshot.asOf = QFileInfo(m_endpoint.path).lastModified().toUTC();
    if (!m_database.open(m_endpoint.path, m_endpoint.options.value(QStringLiteral("encoding")), error))
        return false;
    const std::optional<TableSchema> schema = m_database.table(m_table, error);
    if (!schema)
        return false;
    m_schema = *schema;
    m_snapshot.rows = m_schema.rowCount;
    QByteArray name = m_table.toUtf8();
    MdbTableDef *table = mdb_read_table_by_name(static_cast<MdbHandle *>(m_database.handle()), name.data(), MDB_TABLE);
    if (!table) {
        *error = tr("%1: cannot read table %2").arg(QFileInfo(m_endpoint.path).fileName(), m_table);
        return false;
    }
    m_tableDef = table;
    mdb_read_columns(table);
    mdb_rewind_table(table);
    const int count = int(table->num_cols);
    m_lengths = QList<int>(count, 0);
    m_buffers.reserve(count);
    for (int i = 0; i < count; ++i) {
        // Text arrives through a buffer of the handle's bind size; numbers are read from their bytes.
        m_buffers << QByteArray(1 << 20, '\0');
        mdb_bind_column(table, i + 1, m_buffers[i].data(), &m_lengths[i]);
    }
    m_positionFormat = tr("%1 table %2 row %3").arg(QFileInfo(m_endpoint.path).fileName(), m_table, QStringLiteral("%1"));
    return true;
}

QString AccessTableReader::valueOf(int i, QVariant *value)
{
    MdbTableDef *table = tableOf(m_tableDef);
    MdbColumn *column = columnOf(table, i);
    MdbHandle *mdb = static_cast<MdbHandle *>(m_database.handle());
    const int length = m_lengths.at(i);
    if (column->col_type == MDB_BOOL) { // a bit: never NULL
        *value = length > 0 && m_buffers.at(i).at(0) == '1';
        return QString();
    }
    if (column->cur_value_len == 0 && column->col_type != MDB_TEXT && column->col_type != MDB_MEMO) {
        *value = QVariant(); // NULL
        return QString();
    }
    switch (column->col_type) {
    case MDB_DOUBLE:
    case MDB_FLOAT: {
        // libmdb prints 15 digits: the value is taken from its own bytes instead (little endian).
        const unsigned char *bytes = mdb->pg_buf + column->cur_value_start;
        char text[32];
        int size = 0;
        if (column->col_type == MDB_DOUBLE && column->cur_value_len == 8) {
            double d;
            std::memcpy(&d, bytes, 8);
            size = NumberText::formatReal(d, text);
        } else if (column->col_type == MDB_FLOAT && column->cur_value_len == 4) {
            float f;
            std::memcpy(&f, bytes, 4);
            size = int(std::to_chars(text, text + sizeof text, f).ptr - text); // the single's shortest text
        } else {
            return tr("column %1: a number of %2 bytes").arg(QString::fromUtf8(column->name)).arg(column->cur_value_len);
        }
        *value = QString::fromLatin1(text, size);
        return QString();
    }
    case MDB_OLE: {
        size_t size = 0;
        void *data = mdb_ole_read_full(mdb, column, &size);
        *value = QByteArray(static_cast<const char *>(data), qsizetype(size));
        free(data);
        return QString();
    }
    case MDB_BINARY:
        *value = QByteArray(m_buffers.at(i).constData(), length);
        return QString();
    case MDB_REPID:
        *value = QString::fromLatin1(m_buffers.at(i).constData(), length).remove(u'{').remove(u'}').toLower();
        return QString();
    default:
        break;
    }
    if (length >= m_buffers.at(i).size() - 1)
        return tr("column %1: the value is longer than %L2 bytes, which is all libmdb hands over")
            .arg(QString::fromUtf8(column->name))
            .arg(m_buffers.at(i).size() - 1);
    if (length == 0 && column->cur_value_len == 0) {
        *value = QVariant(); // libmdb tells an empty text from NULL by the stored length only
        return QString();
    }
    *value = QString::fromUtf8(m_buffers.at(i).constData(), length);
    return QString();
}

bool AccessTableReader::read(RowBatch &batch, int maxRows)
{
    batch.positionFormat = m_positionFormat;
    MdbTableDef *table = tableOf(m_tableDef);
    qint64 bytes = 0;
    const qsizetype before = batch.rows.size() + batch.rejected.size();
    for (int n = 0; n < maxRows && !m_done && bytes < batchBytes; ++n) {
        if (!mdb_fetch_row(table)) {
            m_done = true;
            break;
        }
        ++m_row;
        Row row(int(table->num_cols));
        QString problem;
        for (int i = 0; i < row.size() && problem.isEmpty(); ++i) {
            problem = valueOf(i, &row[i]);
            bytes += m_lengths.at(i);
        }
        if (problem.isEmpty()) {
            batch.rows.append(row);
            batch.positions.append(m_row);
        } else {
            batch.rejected.append(RejectedRow{row, m_row, m_positionFormat.arg(m_row), problem});
        }
    }
    batch.bytes += bytes;
    return batch.rows.size() + batch.rejected.size() > before || !m_done;
}

} // namespace barge
