#include "io/xlsx/xlsxintrospector.h"

#include "io/tablefiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMutex>

#include <atomic>

namespace barge {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("barge::XlsxIntrospector", text);
}

struct CachedLayout
{
    qint64 size = -1;
    QDateTime modified;
    std::shared_ptr<const XlsxLayout> layout;
    std::shared_ptr<const XlsxSpill> spill; // null when none could be kept
};

std::atomic<bool> spilling{true};
QMutex cacheMutex;
QHash<QString, CachedLayout> cache; // by file, sheet and header option; a handful per run

bool headerOption(const Endpoint &endpoint, qint64 *header, QString *error)
{
    const QString value = endpoint.options.value(QStringLiteral("header"));
    if (XlsxLayout::headerFromOption(value, header))
        return true;
    *error = QCoreApplication::translate("barge::XlsxIntrospector",
                                         "header=%1: say true (find the header row), false (no header) or the number "
                                         "of the row that holds the column names")
                 .arg(value);
    return false;
}

} // namespace

XlsxIntrospector::XlsxIntrospector(const Endpoint &endpoint, bool asTarget)
    : m_endpoint(endpoint), m_asTarget(asTarget)
{
}

bool XlsxIntrospector::open(Failure *failure)
{
    QString error;
    qint64 header = 0;
    if (!headerOption(m_endpoint, &header, &error)) {
        *failure = Failure(Failure::Kind::Other, error, m_endpoint.path);
        return false;
    }
    const QFileInfo info(m_endpoint.path);
    if (m_endpoint.folder ? info.isDir() : info.isFile())
        return true;
    if (m_asTarget && !info.exists())
        return true;
    *failure = Failure(Failure::Kind::MissingObject,
                       (m_endpoint.folder ? tr("%1: no such folder") : tr("%1: no such Excel workbook")).arg(m_endpoint.path),
                       m_endpoint.path);
    return false;
}

XlsxIntrospector::Place XlsxIntrospector::placeOf(const Endpoint &endpoint, const QString &table)
{
    if (endpoint.folder)
        return {QDir(endpoint.path).filePath(TableFiles::stem(table) + QStringLiteral(".xlsx")), QString()};
    return {endpoint.path, table};
}

QList<QStringList> XlsxIntrospector::tablesOf(const QStringList &sheets)
{
    QList<QStringList> tables;
    for (const QString &sheet : sheets) {
        if (!tables.isEmpty()) {
            QStringList &last = tables.last();
            if (sheet == QStringLiteral("%1 (%2)").arg(last.first()).arg(last.size() + 1)) {
                last << sheet;
                continue;
            }
        }
        tables.append(QStringList{sheet});
    }
    return tables;
}

QList<int> XlsxIntrospector::sheetsOf(const XlsxWorkbook &workbook, const Place &place, QString *error)
{
    const QList<QStringList> tables = tablesOf(workbook.sheetNames());
    for (const QStringList &table : tables) {
        if (place.sheet.isEmpty() || table.first() == place.sheet) {
            QList<int> indexes;
            for (const QString &sheet : table)
                indexes << workbook.sheetIndex(sheet);
            return indexes;
        }
    }
    *error = tr("%1 has no sheet '%2' (it has: %3)")
                 .arg(QFileInfo(place.file).fileName(), place.sheet, workbook.sheetNames().join(QStringLiteral(", ")));
    return {};
}

QStringList XlsxIntrospector::tableNames(QString *error)
{
    if (!m_endpoint.folder) {
        if (m_asTarget && !QFileInfo(m_endpoint.path).isFile())
            return {};
        XlsxWorkbook workbook;
        if (!workbook.open(m_endpoint.path, error))
            return {};
        // An empty sheet (Excel's Sheet2 and Sheet3 of old) has no columns to make a table of.
        QStringList names;
        for (const QStringList &table : tablesOf(workbook.sheetNames())) {
            XlsxSheetReader reader(workbook, workbook.sheetIndex(table.first()));
            XlsxRow row;
            if (reader.open(error) && reader.next(&row))
                names << table.first();
            else if (!reader.error().isEmpty())
                *error = QStringLiteral("%1: %2").arg(QFileInfo(m_endpoint.path).fileName(), reader.error());
            if (!error->isEmpty())
                return {};
        }
        return names;
    }
    QStringList names;
    const QFileInfoList files = QDir(m_endpoint.path).entryInfoList({QStringLiteral("*.xlsx"), QStringLiteral("*.XLSX")},
                                                                     QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        // Excel's lock files (~$book.xlsx) are not workbooks.
        if (!file.fileName().startsWith(QLatin1String("~$")))
            names << file.completeBaseName();
    }
    names.removeDuplicates();
    return names;
}

bool XlsxIntrospector::hasTable(const QString &name)
{
    const Place place = placeOf(m_endpoint, name);
    if (!QFileInfo(place.file).isFile())
        return false;
    if (m_endpoint.folder)
        return true;
    XlsxWorkbook workbook;
    QString error;
    return workbook.open(place.file, &error) && !sheetsOf(workbook, place, &error).isEmpty();
}

std::optional<TableSchema> XlsxIntrospector::table(const QString &name, QString *error)
{
    const std::shared_ptr<const XlsxLayout> layout = layoutOf(m_endpoint, placeOf(m_endpoint, name), error);
    if (!layout)
        return std::nullopt;
    TableSchema schema = layout->schema();
    schema.name = name;
    return schema;
}

std::shared_ptr<const XlsxLayout> XlsxIntrospector::layoutOf(const Endpoint &endpoint, const Place &place, QString *error,
                                                             std::shared_ptr<const XlsxSpill> *spill)
{
    qint64 header = 0;
    if (!headerOption(endpoint, &header, error))
        return nullptr;
    const QFileInfo info(place.file);
    const QString key = info.absoluteFilePath() + u'\n' + place.sheet + u'\n' + QString::number(header);
    {
        const QMutexLocker locker(&cacheMutex);
        const auto found = cache.constFind(key);
        if (found != cache.constEnd() && found->size == info.size() && found->modified == info.lastModified()) {
            if (spill)
                *spill = found->spill;
            return found->layout;
        }
    }
    const QDateTime modified = info.lastModified();
    const qint64 size = info.size();
    XlsxWorkbook workbook;
    if (!workbook.open(place.file, error))
        return nullptr;
    const QList<int> sheets = sheetsOf(workbook, place, error);
    if (sheets.isEmpty())
        return nullptr;
    auto rows = std::make_shared<XlsxSpill>();
    const bool spilt = spilling && rows->open();
    std::optional<XlsxLayout> layout = describe(workbook, sheets, header, error, spilt ? rows.get() : nullptr);
    if (!layout)
        return nullptr;
    std::shared_ptr<const XlsxSpill> kept;
    if (spilt && rows->finish())
        kept = std::move(rows);
    auto shared = std::make_shared<const XlsxLayout>(std::move(*layout));
    if (spill)
        *spill = kept;
    const QMutexLocker locker(&cacheMutex);
    if (cache.size() > 64)
        cache.clear();
    cache.insert(key, CachedLayout{size, modified, shared, kept});
    return shared;
}

void XlsxIntrospector::setSpilling(bool on)
{
    spilling = on;
    const QMutexLocker locker(&cacheMutex);
    cache.clear(); // layouts kept with or without their rows
}

std::optional<XlsxLayout> XlsxIntrospector::describe(const XlsxWorkbook &workbook, const QList<int> &sheets,
                                                     qint64 header, QString *error, XlsxSpill *spill)
{
    XlsxLayout layout(header);
    for (const int sheet : sheets) {
        if (spill)
            spill->beginSheet();
        // A continuation sheet repeats the header in the same row: isData() skips it there too.
        XlsxSheetReader reader(workbook, sheet);
        QString problem;
        if (!reader.open(&problem)) {
            *error = QStringLiteral("%1: %2").arg(QFileInfo(workbook.path()).fileName(), problem);
            return std::nullopt;
        }
        XlsxRow row;
        while (reader.next(&row)) {
            layout.add(row);
            if (spill)
                spill->add(row);
        }
        if (!reader.error().isEmpty()) {
            *error = QStringLiteral("%1: %2").arg(QFileInfo(workbook.path()).fileName(), reader.error());
            return std::nullopt;
        }
    }
    return layout;
}

} // namespace barge
