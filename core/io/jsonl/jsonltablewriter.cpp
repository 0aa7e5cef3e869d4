#include "io/jsonl/jsonltablewriter.h"

#include "io/jsonl/jsonlintrospector.h"
#include "io/jsonl/jsonllinereader.h"
#include "schema/jsontext.h"
#include "schema/numbertext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cmath>

namespace barge {

namespace {

constexpr qsizetype flushBytes = 1 << 20;

void appendString(QByteArray *out, const QString &text)
{
    out->append(JsonText::quote(text).toUtf8());
}

bool appendValue(QByteArray *out, const DataType &type, const QVariant &value, QString *why)
{
    if (!value.isValid() || value.isNull()) {
        out->append("null");
        return true;
    }
    switch (type.kind) {
    case TypeKind::Boolean:
        out->append(value.toBool() ? "true" : "false");
        return true;
    case TypeKind::Int16:
    case TypeKind::Int32:
    case TypeKind::Int64:
        out->append(QByteArray::number(value.toLongLong()));
        return true;
    case TypeKind::Real: {
        const double real = value.toDouble();
        if (!std::isfinite(real)) {
            *why = QCoreApplication::translate("barge::JsonlTableWriter", "%1 is not a JSON number").arg(real);
            return false;
        }
        char digits[32];
        out->append(digits, NumberText::formatReal(real, digits));
        return true;
    }
    case TypeKind::Decimal:
        out->append(value.toString().toLatin1()); // canonical exact text, never rounded
        return true;
    case TypeKind::Json:
    case TypeKind::Array:
        out->append(value.toString().toUtf8()); // validated JSON text, embedded as it is
        return true;
    case TypeKind::Binary:
        out->append('"').append(value.toByteArray().toBase64()).append('"');
        return true;
    case TypeKind::Text:
    case TypeKind::Date:
    case TypeKind::Time:
    case TypeKind::DateTime:
    case TypeKind::DateTimeTz:
    case TypeKind::Uuid:
    case TypeKind::Interval:
    case TypeKind::Enum:
    case TypeKind::Bits:
    case TypeKind::Geometry:
        appendString(out, value.toString());
        return true;
    }
    return true;
}

} // namespace

JsonlTableWriter::JsonlTableWriter(const Endpoint &endpoint, const QString &table)
    : m_endpoint(endpoint), m_table(table)
{
}

QString JsonlTableWriter::describe() const
{
    return QFileInfo(m_file.fileName()).fileName();
}

bool JsonlTableWriter::open(QString *error)
{
    m_file.setFileName(JsonlIntrospector::fileForTable(m_endpoint, m_table));
    const QString folder = QFileInfo(m_file.fileName()).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("barge::JsonlTableWriter", "%1: cannot create the folder").arg(folder);
        return false;
    }
    return true;
}

bool JsonlTableWriter::prepare(const TableSchema &target, TableMode mode, QString *error)
{
    const bool append = mode == TableMode::Append && m_file.exists() && m_file.size() > 0;
    if (!m_file.open(append ? (QIODevice::WriteOnly | QIODevice::Append) : (QIODevice::WriteOnly | QIODevice::Truncate))) {
        *error = QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_keys.clear();
    m_types.clear();
    for (const ColumnSchema &column : target.columns) {
        m_keys << JsonText::quote(column.name).toUtf8();
        m_types << column.type;
    }
    return true;
}

bool JsonlTableWriter::encode(const QList<QByteArray> &keys, const QList<DataType> &types, const Row &row,
                              QByteArray *out, QString *why)
{
    const qsizetype start = out->size();
    out->append('{');
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i > 0)
            out->append(',');
        out->append(keys.at(i)).append(':');
        if (!appendValue(out, types.at(i), row.value(i), why)) {
            out->truncate(start);
            return false;
        }
    }
    out->append("}\n");
    return true;
}

bool JsonlTableWriter::write(const QList<Row> &rows, QList<RowError> *rowErrors, QString *error)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QString why;
        if (!encode(m_keys, m_types, rows.at(i), &m_buffer, &why)) {
            rowErrors->append(RowError{int(i), why});
            if (m_stopAtFirstError)
                break;
        }
        if (m_buffer.size() >= flushBytes && !commit(error))
            return false;
    }
    return true;
}

bool JsonlTableWriter::commit(QString *error)
{
    if (!m_buffer.isEmpty() && m_file.write(m_buffer) != m_buffer.size()) {
        *error = QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_buffer.resize(0);
    if (m_file.isOpen() && !m_file.flush()) {
        *error = QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

qint64 JsonlTableWriter::countRows(QString *error)
{
    if (!commit(error))
        return -1;
    QFile file(m_file.fileName());
    if (!file.exists())
        return 0;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        return -1;
    }
    JsonlLineReader lines(&file);
    QByteArray line;
    qint64 number = 0;
    QString problem;
    qint64 rows = 0;
    while (lines.next(&line, &number, &problem))
        ++rows;
    return rows;
}

bool JsonlTableWriter::finish(QString *error)
{
    const bool ok = commit(error);
    m_file.close();
    return ok;
}

} // namespace barge
