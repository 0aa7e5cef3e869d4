#include "io/jsonl/jsonlintrospector.h"

#include "endpoint/nestedobjects.h"
#include "io/jsonl/jsonrecords.h"
#include "io/tablefiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <algorithm>

namespace barge {

namespace {

struct CachedLayout
{
    qint64 size = -1;
    QDateTime modified;
    std::shared_ptr<const JsonlLayout> layout;
};

QMutex cacheMutex;
QHash<QString, CachedLayout> cache; // by absolute path; a handful of files per run

QStringList nameFilters(JsonRecords::Framing framing)
{
    if (framing == JsonRecords::Framing::Array)
        return {QStringLiteral("*.json"), QStringLiteral("*.JSON")};
    return {QStringLiteral("*.jsonl"), QStringLiteral("*.ndjson"), QStringLiteral("*.JSONL"), QStringLiteral("*.NDJSON")};
}

} // namespace

JsonlIntrospector::JsonlIntrospector(const Endpoint &endpoint, bool asTarget)
    : m_endpoint(endpoint), m_asTarget(asTarget)
{
}

bool JsonlIntrospector::open(Failure *failure)
{
    QString error;
    if (!LocalFormat::fromOptions(m_endpoint.options, &error)) {
        *failure = Failure(Failure::Kind::Other, error, m_endpoint.path);
        return false;
    }
    const QFileInfo info(m_endpoint.path);
    if (m_endpoint.folder ? info.isDir() : info.isFile())
        return true;
    if (m_asTarget && !info.exists())
        return true;
    failure->kind = Failure::Kind::MissingObject;
    failure->subject = m_endpoint.path;
    failure->message = (m_endpoint.folder ? QCoreApplication::translate("barge::JsonlIntrospector", "%1: no such JSON Lines folder")
                                               : QCoreApplication::translate("barge::JsonlIntrospector", "%1: no such JSON Lines file"))
                              .arg(m_endpoint.path);
    return false;
}

QString JsonlIntrospector::fileForTable(const Endpoint &endpoint, const QString &table)
{
    if (!endpoint.folder)
        return endpoint.path;
    const QString name = TableFiles::stem(table);
    const QDir folder(endpoint.path);
    if (JsonRecords::framingOf(endpoint) == JsonRecords::Framing::Array)
        return folder.filePath(name + QStringLiteral(".json"));
    // An existing .ndjson file keeps its name; a new table is written as .jsonl.
    const QString ndjson = folder.filePath(name + QStringLiteral(".ndjson"));
    if (QFileInfo::exists(ndjson) && !QFileInfo::exists(folder.filePath(name + QStringLiteral(".jsonl"))))
        return ndjson;
    return folder.filePath(name + QStringLiteral(".jsonl"));
}

QStringList JsonlIntrospector::tableNames(QString *error)
{
    Q_UNUSED(error)
    if (!m_endpoint.folder) {
        if (m_asTarget && !QFileInfo(m_endpoint.path).isFile())
            return {};
        return {QFileInfo(m_endpoint.path).completeBaseName()};
    }
    QStringList names;
    const QFileInfoList files =
        QDir(m_endpoint.path).entryInfoList(nameFilters(JsonRecords::framingOf(m_endpoint)), QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        // Rejects files, and profiles saved beside the data, are not tables.
        if (!file.completeBaseName().endsWith(QLatin1String(".rejects"))
            && !file.completeBaseName().endsWith(QLatin1String(".barge")))
            names << file.completeBaseName();
    }
    names.removeDuplicates();
    return names;
}

bool JsonlIntrospector::hasTable(const QString &name)
{
    const QFileInfo file(fileForTable(m_endpoint, name));
    return file.isFile() && (m_endpoint.folder || file.size() > 0);
}

std::optional<TableSchema> JsonlIntrospector::table(const QString &name, QString *error)
{
    const std::shared_ptr<const JsonlLayout> layout = layoutOf(m_endpoint, fileForTable(m_endpoint, name), error);
    if (!layout)
        return std::nullopt;
    TableSchema schema = layout->schema();
    schema.name = name;
    return schema;
}

std::shared_ptr<const JsonlLayout> JsonlIntrospector::layoutOf(const Endpoint &endpoint, const QString &path,
                                                                QString *error)
{
    const std::optional<LocalFormat> format = LocalFormat::fromOptions(endpoint.options, error);
    if (!format)
        return nullptr;
    const QFileInfo info(path);
    QString key = endpoint.kind.id() + u'\n' + info.absoluteFilePath();
    for (const QString &name : FormatOption::all() + QStringList{endpoint.info().wholeObjectsOption}) {
        if (endpoint.options.contains(name))
            key += u'\n' + name + u'=' + endpoint.options.value(name);
    }
    {
        const QMutexLocker locker(&cacheMutex);
        const auto found = cache.constFind(key);
        if (found != cache.constEnd() && found->size == info.size() && found->modified == info.lastModified())
            return found->layout;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return nullptr;
    }
    const QDateTime modified = info.lastModified();
    const qint64 size = file.size();
    QString problem;
    std::optional<JsonlLayout> layout = describe(&file, &problem, *format, JsonRecords::framingOf(endpoint),
                                                NestedObjects::kept(endpoint));
    if (!layout) {
        *error = QStringLiteral("%1: %2").arg(path, problem);
        return nullptr;
    }
    auto shared = std::make_shared<const JsonlLayout>(std::move(*layout));
    const QMutexLocker locker(&cacheMutex);
    if (cache.size() > 64)
        cache.clear();
    cache.insert(key, CachedLayout{size, modified, shared});
    return shared;
}

std::optional<JsonlLayout> JsonlIntrospector::describe(QIODevice *device, QString *error, const LocalFormat &format,
                                                       JsonRecords::Framing framing, const QSet<QString> &wholeObjects)
{
    JsonlLayout layout(format);
    const std::unique_ptr<JsonRecords> records = JsonRecords::open(device, framing);
    JsonRecords &lines = *records;
    JsonlLineParser parser;
    parser.setWholeObjects(wholeObjects);
    QByteArray line;
    qint64 number = 0;
    QString problem;
    QList<JsonlValue> values;
    QStringList objects;
    while (lines.next(&line, &number, &problem)) {
        layout.addRow(); // rejected lines count too: they are rows of the source
        // A line rejected at load time must not steer the columns or their types.
        if (!problem.isEmpty() || !parser.parse(line, &values, &objects, &problem))
            continue;
        if (layout.fit(values, objects).isEmpty())
            layout.add(values, objects);
    }
    if (!lines.error().isEmpty()) {
        *error = lines.error();
        return std::nullopt;
    }
    // A kept object that no record has (a misspelt json= path) changes nothing: said, not silent.
    QStringList absent;
    for (const QString &path : wholeObjects) {
        if (layout.indexOf(path) < 0 || layout.type(layout.indexOf(path)).kind != TypeKind::Json)
            absent << path;
    }
    if (!absent.isEmpty()) {
        std::sort(absent.begin(), absent.end());
        layout.addNote(QCoreApplication::translate("barge::JsonlIntrospector",
                                                   "json=%1: no record has a nested object of that name, so nothing is kept whole")
                           .arg(absent.join(u',')));
    }
    return layout;
}

} // namespace barge
