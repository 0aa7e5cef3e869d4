#include "io/jsonl/jsonltablewriter.h"

#include "io/jsonl/jsonlintrospector.h"
#include "io/jsonl/jsonrecords.h"
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
    : m_endpoint(endpoint), m_framing(JsonRecords::framingOf(endpoint)), m_table(table)
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

bool JsonlTableWriter::reopenArray(QString *error)
{
    if (!m_file.open(QIODevice::ReadWrite)) {
        *error = QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    // The last bytes that are not blank: "]" (a finished array, taken off to go on), "[" (an empty
    // one), or the end of an element (a run cut off before the closing bracket).
    auto lastNonBlank = [this](qint64 before, qint64 *at) {
        constexpr qint64 step = 4096;
        for (qint64 end = before; end > 0; end -= step) {
            const qint64 start = std::max<qint64>(0, end - step);
            m_file.seek(start);
            const QByteArray bytes = m_file.read(end - start);
            for (qsizetype i = bytes.size() - 1; i >= 0; --i) {
                const char c = bytes.at(i);
                if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                    *at = start + i;
                    return c;
                }
            }
        }
        *at = -1;
        return '\0';
    };
    // It must be an array: its first character that is not blank is '['.
    m_file.seek(0);
    const QByteArray head = m_file.read(4096);
    const QByteArray start = (head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head).trimmed();
    qint64 at = -1;
    char last = start.startsWith('[') ? lastNonBlank(m_file.size(), &at) : '\0';
    if (last == ']') {
        qint64 before = -1;
        const char previous = lastNonBlank(at, &before);
        last = previous;
        at = before;
    }
    if ((last == '[' || (last == '}' && at > 0)) && !m_file.resize(at + 1)) { // no blanks before what follows
        *error = QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    if (last == '[') {
        m_firstElement = true;
        m_buffer.append('\n');
    } else if (last == '}' && at > 0) {
        m_firstElement = false;
    } else {
        *error = QCoreApplication::translate("barge::JsonlTableWriter",
                                             "%1 is not a JSON array of objects, so rows cannot be appended to it")
                     .arg(m_file.fileName());
        return false;
    }
    m_file.seek(m_file.size());
    return true;
}

bool JsonlTableWriter::prepare(const TableSchema &target, TableMode mode, QString *error)
{
    const bool append = mode == TableMode::Append && m_file.exists() && m_file.size() > 0;
    if (m_framing == JsonRecords::Framing::Array && append) {
        if (!reopenArray(error))
            return false;
    } else if (!m_file.open(append ? (QIODevice::WriteOnly | QIODevice::Append) : (QIODevice::WriteOnly | QIODevice::Truncate))) {
        *error = QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    } else if (m_framing == JsonRecords::Framing::Array) {
        m_buffer.append("[\n");
        m_firstElement = true;
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
    const bool array = m_framing == JsonRecords::Framing::Array;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QString why;
        m_one.resize(0);
        const bool encoded = encode(m_keys, m_types, rows.at(i), array ? &m_one : &m_buffer, &why);
        if (encoded && array) {
            if (!m_firstElement)
                m_buffer.append(",\n");
            m_buffer.append(m_one.constData(), m_one.size() - 1); // without its line break
            m_firstElement = false;
        }
        if (!encoded) {
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
    // The records there are; an array a cut-off run left without its closing bracket counts its
    // whole elements.
    const std::unique_ptr<JsonRecords> records = JsonRecords::open(&file, m_framing);
    QByteArray line;
    qint64 number = 0;
    QString problem;
    qint64 rows = 0;
    while (records->next(&line, &number, &problem))
        ++rows;
    return rows;
}

bool JsonlTableWriter::finish(QString *error)
{
    if (m_framing == JsonRecords::Framing::Array && m_file.isOpen())
        m_buffer.append(m_firstElement ? "]\n" : "\n]\n");
    const bool ok = commit(error);
    m_file.close();
    return ok;
}

} // namespace barge
