#include "io/jsonl/jsonlintrospector.h"

#include "endpoint/nestedobjects.h"
#include "io/jsonl/jsonllinereader.h"
#include "io/jsonl/jsonrecords.h"
#include "io/tablefiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QThread>

#include <atomic>

#include <algorithm>
#include <thread>
#include <vector>

namespace barge {

namespace {

struct CachedLayout
{
    qint64 size = -1;
    QDateTime modified;
    std::shared_ptr<const JsonlLayout> layout;
    std::shared_ptr<const JsonlSpill> spill; // null when none could be kept
};

std::atomic<bool> spilling{true};
std::atomic<int> forcedParts{0};

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
                                                                QString *error, std::shared_ptr<const JsonlSpill> *spill)
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
        if (found != cache.constEnd() && found->size == info.size() && found->modified == info.lastModified()) {
            if (spill)
                *spill = found->spill;
            return found->layout;
        }
    }
    const QDateTime modified = info.lastModified();
    const qint64 size = info.size();
    QString problem;
    std::shared_ptr<const JsonlSpill> kept;
    std::optional<JsonlLayout> layout = describeFile(path, &problem, *format, JsonRecords::framingOf(endpoint),
                                                     NestedObjects::kept(endpoint), forcedParts, spilling ? &kept : nullptr);
    if (!layout) {
        *error = QStringLiteral("%1: %2").arg(path, problem);
        return nullptr;
    }
    auto shared = std::make_shared<const JsonlLayout>(std::move(*layout));
    const QMutexLocker locker(&cacheMutex);
    if (cache.size() > 64)
        cache.clear();
    // One layout a file: the same file read with other options (the wizard keeping an object whole,
    // then flattening it) would otherwise keep a spill each in the temporary folder.
    const QString file = endpoint.kind.id() + u'\n' + info.absoluteFilePath();
    cache.removeIf([&file](const auto &entry) { return entry.key() == file || entry.key().startsWith(file + u'\n'); });
    cache.insert(key, CachedLayout{size, modified, shared, kept});
    if (spill)
        *spill = kept;
    return shared;
}

namespace {

// Feeds every record of `records` that parses and fits to `layout`, and every record to `spill`
// when given; false with *error when the file cannot be read further.
bool scan(JsonRecords &records, JsonlLayout *layout, const QSet<QString> &wholeObjects, QString *error,
          JsonlSpill::Writer *spill = nullptr)
{
    JsonlLineParser parser;
    parser.setWholeObjects(wholeObjects);
    QByteArray record;
    qint64 number = 0;
    QString problem;
    QList<JsonlValue> values;
    QStringList objects;
    QList<int> columns;
    while (records.next(&record, &number, &problem)) {
        layout->addRow(); // rejected records count too: they are rows of the source
        if (!problem.isEmpty()) {
            if (spill)
                spill->addUnparsed(number, record, problem);
            continue;
        }
        // A record rejected at load time must not steer the columns or their types.
        if (parser.parse(record, &values, &objects, &problem) && layout->fit(values, objects).isEmpty()) {
            layout->add(values, objects, spill ? &columns : nullptr);
            if (spill)
                spill->addParsed(number, values, columns);
        } else if (spill) {
            spill->addUnparsed(number, record, QString()); // parsed again when copied, for its reason
        }
        problem.clear();
    }
    if (!records.error().isEmpty()) {
        *error = records.error();
        return false;
    }
    return true;
}

// A kept object that no record has (a misspelt json= path) changes nothing: said, not silent.
void noteAbsentObjects(JsonlLayout *layout, const QSet<QString> &wholeObjects)
{
    QStringList absent;
    for (const QString &path : wholeObjects) {
        if (layout->indexOf(path) < 0 || layout->type(layout->indexOf(path)).kind != TypeKind::Json)
            absent << path;
    }
    if (!absent.isEmpty()) {
        std::sort(absent.begin(), absent.end());
        layout->addNote(QCoreApplication::translate("barge::JsonlIntrospector",
                                                    "json=%1: no record has a nested object of that name, so nothing is kept whole")
                            .arg(absent.join(u',')));
    }
}

// Where a JSON Lines file of `size` bytes splits into `parts` runs of whole lines: each part's first
// byte, the first after a line break at or past its share. Fewer parts when lines are longer than a
// share.
QList<qint64> partStarts(QFile *file, qint64 size, int parts)
{
    QList<qint64> starts{0};
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (int part = 1; part < parts; ++part) {
        qint64 at = std::max(size / parts * part, starts.last());
        if (!file->seek(at))
            break;
        qint64 found = -1;
        while (found < 0 && at < size) {
            const qint64 got = file->read(chunk.data(), chunk.size());
            if (got <= 0)
                break;
            const qsizetype newline = QByteArrayView(chunk.constData(), qsizetype(got)).indexOf('\n');
            if (newline >= 0)
                found = at + newline + 1;
            at += got;
        }
        if (found < 0 || found >= size)
            break;
        if (found > starts.last())
            starts << found;
    }
    return starts;
}

} // namespace

std::optional<JsonlLayout> JsonlIntrospector::describe(QIODevice *device, QString *error, const LocalFormat &format,
                                                       JsonRecords::Framing framing, const QSet<QString> &wholeObjects)
{
    JsonlLayout layout(format);
    const std::unique_ptr<JsonRecords> records = JsonRecords::open(device, framing);
    if (!scan(*records, &layout, wholeObjects, error))
        return std::nullopt;
    noteAbsentObjects(&layout, wholeObjects);
    return layout;
}

std::optional<JsonlLayout> JsonlIntrospector::describeFile(const QString &path, QString *error, const LocalFormat &format,
                                                           JsonRecords::Framing framing,
                                                           const QSet<QString> &wholeObjects, int parts,
                                                           std::shared_ptr<const JsonlSpill> *spill)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    const qint64 size = file.size();
    if (parts <= 0)
        parts = int(std::clamp<qint64>(std::min<qint64>(QThread::idealThreadCount(), size / partBytes), 1, 8));
    // A JSON array's elements cannot be told apart from the middle of the file: it is read as one.
    if (framing == JsonRecords::Framing::Lines && parts > 1 && size > 0) {
        const QList<qint64> starts = partStarts(&file, size, parts);
        const qsizetype count = starts.size();
        struct Part
        {
            std::optional<JsonlLayout> layout;
            JsonlSpill::Writer spill;
            bool spilt = false;
            qint64 lines = 0;
        };
        std::vector<Part> partsRead(static_cast<size_t>(count));
        const auto readPart = [&](qsizetype index) {
            Part &part = partsRead[size_t(index)];
            QFile own(path);
            const qint64 end = index + 1 < count ? starts.at(index + 1) : size;
            if (!own.open(QIODevice::ReadOnly) || !own.seek(starts.at(index)))
                return;
            JsonlLineReader lines(&own);
            lines.setPart(end - starts.at(index), index == 0);
            part.spilt = spill && part.spill.open();
            JsonlLayout layout(format);
            QString ignored; // a part that fails is read again as part of the whole, for the message
            if (scan(lines, &layout, wholeObjects, &ignored, part.spilt ? &part.spill : nullptr))
                part.layout = std::move(layout);
            part.spilt = part.spilt && part.spill.finish();
            part.lines = lines.lineCount();
        };
        std::vector<std::thread> threads;
        for (qsizetype index = 1; index < count; ++index)
            threads.emplace_back(readPart, index);
        readPart(0);
        for (std::thread &thread : threads)
            thread.join();
        JsonlLayout *whole = partsRead.front().layout ? &*partsRead.front().layout : nullptr;
        for (size_t index = 1; whole && index < partsRead.size(); ++index) {
            if (!partsRead[index].layout || !whole->merge(*partsRead[index].layout))
                whole = nullptr;
        }
        if (whole) {
            noteAbsentObjects(whole, wholeObjects);
            if (spill && std::all_of(partsRead.begin(), partsRead.end(), [](const Part &part) { return part.spilt; })) {
                auto kept = std::make_shared<JsonlSpill>();
                qint64 firstNumber = 0;
                for (const Part &part : partsRead) {
                    QList<int> columns(part.layout->columnCount());
                    for (int column = 0; column < columns.size(); ++column)
                        columns[column] = whole->indexOf(part.layout->columnName(column));
                    kept->addPart(part.spill, columns, firstNumber);
                    firstNumber += part.lines;
                }
                *spill = std::move(kept);
            }
            return std::move(*whole);
        }
        // Parts that disagree on a path's shape, or a read failure: read as one, as a single thread does.
        file.seek(0);
    }
    JsonlLayout layout(format);
    JsonlSpill::Writer writer;
    const bool spilt = spill && writer.open();
    const std::unique_ptr<JsonRecords> records = JsonRecords::open(&file, framing);
    if (!scan(*records, &layout, wholeObjects, error, spilt ? &writer : nullptr))
        return std::nullopt;
    noteAbsentObjects(&layout, wholeObjects);
    if (spilt && writer.finish()) {
        auto kept = std::make_shared<JsonlSpill>();
        kept->addPart(writer, {}, 0);
        *spill = std::move(kept);
    }
    return layout;
}

void JsonlIntrospector::setParts(int parts)
{
    forcedParts = parts;
    const QMutexLocker locker(&cacheMutex);
    cache.clear();
}

void JsonlIntrospector::setSpilling(bool on)
{
    spilling = on;
    const QMutexLocker locker(&cacheMutex);
    cache.clear(); // layouts kept with or without their records
}

} // namespace barge
