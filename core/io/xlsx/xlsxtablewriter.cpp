#include "io/xlsx/xlsxtablewriter.h"

#include "io/xlsx/xlsxintrospector.h"
#include "schema/numbertext.h"
#include "schema/temporaltext.h"
#include "schema/valueconverter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace barge {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("barge::XlsxTableWriter", text);
}

constexpr qlonglong exactInDouble = 1LL << 53;

// libxlsxwriter writes a number with 16 significant digits ("%.16G"): a double that needs 17 to
// read back the same (0.30000000000000004) is written as text instead, so that nothing changes.
bool survivesSixteenDigits(double value)
{
    char text[40];
    std::snprintf(text, sizeof text, "%.16G", value);
    return std::strtod(text, nullptr) == value;
}

// A decimal's text without a fraction's trailing zeros ("12.50" -> "12.5", "3.00" -> "3").
QString trimmedDecimal(QString text)
{
    if (!text.contains(u'.'))
        return text;
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

// The number format that shows a decimal column's scale ("0.00"), or null for none.
const char *decimalFormat(int scale)
{
    static const QList<QByteArray> formats = [] {
        QList<QByteArray> list;
        for (int i = 0; i <= 30; ++i)
            list << (i == 0 ? QByteArray("0") : "0." + QByteArray(i, '0'));
        return list;
    }();
    return scale > 0 && scale <= 30 ? formats.at(scale).constData() : nullptr;
}

} // namespace

XlsxTableWriter::XlsxTableWriter(const Endpoint &endpoint, const QString &table)
    : m_endpoint(endpoint), m_table(table), m_file(XlsxIntrospector::placeOf(endpoint, table).file)
{
}

XlsxTableWriter::~XlsxTableWriter()
{
    rollback();
}

QString XlsxTableWriter::sheetName(const QString &table, int part)
{
    QString name = table;
    for (QChar &c : name) {
        if (QStringLiteral("[]:*?/\\").contains(c))
            c = u'_';
    }
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    const QString suffix = part > 1 ? QStringLiteral(" (%1)").arg(part) : QString();
    name = name.left(31 - suffix.size());
    while (name.endsWith(u'\''))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    return name + suffix;
}

QString XlsxTableWriter::describe() const
{
    return tableLabel().arg(QFileInfo(m_file).fileName(), m_table);
}

bool XlsxTableWriter::open(QString *error)
{
    const QString folder = QFileInfo(m_file).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = tr("cannot create the folder %1").arg(folder);
        return false;
    }
    return true;
}

bool XlsxTableWriter::prepare(const TableSchema &target, TableMode mode, QString *error)
{
    if (QFileInfo(m_file).isFile() && QFileInfo(m_file).size() > 0) {
        if (mode == TableMode::Append) {
            *error = tr("%1 exists, and rows cannot be added to an Excel workbook: replace it (mode replace or "
                        "truncate) or write to a new file")
                         .arg(QFileInfo(m_file).fileName());
            return false;
        }
        // Writing the table writes the whole file: other sheets in it would be lost.
        XlsxWorkbook existing;
        QString problem;
        if (existing.open(m_file, &problem)) {
            QStringList others;
            for (const QStringList &table : XlsxIntrospector::tablesOf(existing.sheetNames())) {
                if (table.first() != sheetName(m_table))
                    others << table;
            }
            if (!others.isEmpty()) {
                *error = tr("%1 holds other sheets (%2) that writing table %3 would remove: write to a new file or "
                            "a folder")
                             .arg(QFileInfo(m_file).fileName(), others.join(QStringLiteral(", ")), m_table);
                return false;
            }
        }
    }
    m_schema = target;
    m_partial = m_file + QStringLiteral(".partial");
    QFile::remove(m_partial);
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE;
    const QByteArray tmpdir = QFile::encodeName(QDir::tempPath());
    options.tmpdir = const_cast<char *>(tmpdir.constData()); // copied by workbook_new_opt
    m_workbook = workbook_new_opt(QFile::encodeName(m_partial).constData(), &options);
    if (!m_workbook) {
        *error = tr("cannot write %1").arg(m_partial);
        return false;
    }
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
    for (const ColumnSchema &column : std::as_const(m_schema.columns)) {
        const char *code = nullptr;
        switch (column.type.kind) {
        case TypeKind::Date:
            code = "yyyy-mm-dd";
            break;
        case TypeKind::Time:
            code = "hh:mm:ss";
            break;
        case TypeKind::DateTime:
            code = "yyyy-mm-dd hh:mm:ss";
            break;
        case TypeKind::Decimal:
            code = decimalFormat(column.type.scale);
            break;
        default:
            break;
        }
        lxw_format *format = nullptr;
        if (code) {
            format = workbook_add_format(m_workbook);
            format_set_num_format(format, code);
        }
        m_formats << format;
    }
    return addSheet(error);
}

bool XlsxTableWriter::addSheet(QString *error)
{
    ++m_sheets;
    const QString name = sheetName(m_table, m_sheets);
    m_sheet = workbook_add_worksheet(m_workbook, name.toUtf8().constData());
    if (!m_sheet) {
        *error = tr("cannot add the sheet %1 to %2").arg(name, QFileInfo(m_file).fileName());
        m_failed = true;
        return false;
    }
    for (int i = 0; i < m_schema.columns.size(); ++i) {
        const lxw_error result =
            worksheet_write_string(m_sheet, 0, lxw_col_t(i), m_schema.columns.at(i).name.toUtf8().constData(), m_bold);
        if (result != LXW_NO_ERROR) {
            *error = QStringLiteral("%1: %2").arg(describe(), QString::fromUtf8(lxw_strerror(result)));
            m_failed = true;
            return false;
        }
    }
    m_row = 1;
    return true;
}

QString XlsxTableWriter::misfit(const Row &row) const
{
    for (int i = 0; i < row.size(); ++i) {
        const QVariant &value = row.at(i);
        if (value.typeId() != QMetaType::QString && value.typeId() != QMetaType::QByteArray)
            continue;
        const qsizetype length = value.typeId() == QMetaType::QByteArray ? 2 + 2 * value.toByteArray().size()
                                                                          : value.toString().size();
        if (length > cellCharacters)
            return tr("column %1: an Excel cell holds at most %L2 characters; this value has %L3")
                .arg(m_schema.columns.value(i).name)
                .arg(cellCharacters)
                .arg(length);
    }
    return QString();
}

bool XlsxTableWriter::writeCell(int column, const QVariant &value, QString *error)
{
    if (value.isNull())
        return true;
    const lxw_col_t col = lxw_col_t(column);
    const lxw_row_t row = lxw_row_t(m_row);
    const DataType type = m_schema.columns.value(column).type;
    lxw_format *format = m_formats.value(column);
    lxw_error result = LXW_NO_ERROR;
    auto asText = [&](const QString &text) { return worksheet_write_string(m_sheet, row, col, text.toUtf8().constData(), nullptr); };
    switch (type.kind) {
    case TypeKind::Boolean:
        result = worksheet_write_boolean(m_sheet, row, col, value.toBool(), nullptr);
        break;
    case TypeKind::Int16:
    case TypeKind::Int32:
    case TypeKind::Int64: {
        const qlonglong n = value.toLongLong();
        result = std::llabs(n) <= exactInDouble ? worksheet_write_number(m_sheet, row, col, double(n), nullptr)
                                               : asText(QString::number(n));
        break;
    }
    case TypeKind::Real: {
        const double d = value.toDouble();
        result = std::isfinite(d) && survivesSixteenDigits(d) ? worksheet_write_number(m_sheet, row, col, d, nullptr)
                                                             : asText(ValueConverter::toText(value));
        break;
    }
    case TypeKind::Decimal: {
        // A number when a double holds it exactly: its shortest text is the decimal's value.
        const QString text = value.toString();
        bool ok = false;
        const double d = text.toDouble(&ok);
        char buffer[32];
        const bool exact = ok && std::isfinite(d) && survivesSixteenDigits(d)
            && QLatin1String(buffer, NumberText::formatReal(d, buffer)) == trimmedDecimal(text);
        result = exact ? worksheet_write_number(m_sheet, row, col, d, format) : asText(text);
        break;
    }
    case TypeKind::Date:
    case TypeKind::Time:
    case TypeKind::DateTime: {
        TemporalText::Parts parts;
        const QString text = value.toString();
        // Excel's dates start in 1900 and count milliseconds at best: others stay ISO text.
        const bool fits = TemporalText::parse(text, &parts) && (!parts.hasDate || parts.year >= 1900)
            && QByteArray(parts.fraction, parts.fractionDigits).mid(3).count('0') == qMax(0, parts.fractionDigits - 3);
        if (!fits) {
            result = asText(text);
            break;
        }
        const double fraction = parts.fractionDigits ? QByteArray("0." + QByteArray(parts.fraction, parts.fractionDigits)).toDouble() : 0.0;
        lxw_datetime when = {parts.hasDate ? parts.year : 0, parts.hasDate ? parts.month : 0, parts.hasDate ? parts.day : 0,
                             parts.hour, parts.minute, parts.second + fraction};
        result = worksheet_write_datetime(m_sheet, row, col, &when, format);
        break;
    }
    case TypeKind::Text:
        result = asText(value.toString());
        break;
    default:
        result = asText(ValueConverter::toText(value));
        break;
    }
    if (result != LXW_NO_ERROR) {
        *error = QStringLiteral("%1: %2").arg(describe(), QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    return true;
}

bool XlsxTableWriter::write(const QList<Row> &rows, QList<RowError> *rowErrors, QString *error)
{
    if (!m_workbook || m_failed) {
        *error = tr("%1: the workbook is not open").arg(describe());
        return false;
    }
    for (int i = 0; i < rows.size(); ++i) {
        const QString why = misfit(rows.at(i));
        if (!why.isEmpty()) {
            rowErrors->append(RowError{i, why});
            if (m_stopAtFirstError)
                return true;
            continue;
        }
        if (m_row >= sheetRows && !addSheet(error))
            return false;
        const Row &row = rows.at(i);
        for (int column = 0; column < row.size(); ++column) {
            if (!writeCell(column, row.at(column), error)) {
                m_failed = true;
                return false;
            }
        }
        ++m_row;
        ++m_written;
    }
    return true;
}

void XlsxTableWriter::rollback()
{
    // The workbook is written whole or not at all: what a failed table wrote is dropped, and the
    // target stays as it was.
    if (!m_workbook)
        return;
    m_failed = true;
    QString ignored;
    finish(&ignored);
}

bool XlsxTableWriter::finish(QString *error)
{
    if (!m_workbook)
        return true;
    const lxw_error result = workbook_close(m_workbook);
    m_workbook = nullptr;
    m_sheet = nullptr;
    if (m_failed) {
        QFile::remove(m_partial);
        return true;
    }
    if (result != LXW_NO_ERROR) {
        QFile::remove(m_partial);
        *error = QStringLiteral("%1: %2").arg(describe(), QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    QFile::remove(m_file);
    if (!QFile::rename(m_partial, m_file)) {
        *error = tr("cannot move %1 to %2").arg(m_partial, m_file);
        return false;
    }
    return true;
}

qint64 XlsxTableWriter::countRows(QString *error)
{
    // Before finish() the workbook is still being written: its rows are the ones written to it.
    if (m_workbook)
        return m_written;
    XlsxWorkbook workbook;
    if (!workbook.open(m_file, error))
        return -1;
    const QList<int> sheets = XlsxIntrospector::sheetsOf(workbook, {m_file, sheetName(m_table)}, error);
    if (sheets.isEmpty())
        return -1;
    const std::optional<XlsxLayout> layout = XlsxIntrospector::describe(workbook, sheets, 1, error);
    return layout ? layout->schema().rowCount : -1;
}

} // namespace barge
