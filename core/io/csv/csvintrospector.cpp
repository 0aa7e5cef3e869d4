#include "io/csv/csvintrospector.h"

#include "io/csv/csvparser.h"
#include "io/csv/csvscanner.h"
#include "io/tablefiles.h"
#include "schema/localformatguess.h"
#include "schema/typeinference.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QtEndian>

#include <utility>
#include <vector>

namespace barge {

namespace {

// What the inference pass gathers, whichever reader ran it.
struct Inferred
{
    const LocalFormat *format = nullptr; // the dialect's, when it has one
    QList<QVariant> header;
    QList<TypeInference> columns; // one per field of the widest record that was fed
    qint64 rows = 0;              // records after the header, problem records included
    QList<CsvIntrospector::RecordStart> *starts = nullptr; // the scanner's, when asked for
    // Without a local format: the first records' values per column, for LocalFormatGuess.
    QList<QStringList> samples;

    void sample(const QList<QVariant> &record)
    {
        if (format || rows > LocalFormatGuess::sampleSize)
            return;
        if (record.size() > samples.size())
            samples.resize(record.size());
        for (qsizetype i = 0; i < record.size(); ++i) {
            if (record.at(i).isValid())
                samples[i] << record.at(i).toString();
        }
    }
};

bool inferWithParser(CsvParser &parser, bool hasHeader, Inferred &out, QString *error)
{
    QList<QVariant> record;
    QString problem;
    bool first = true;
    while (parser.readRecord(record, &problem)) {
        if (std::exchange(first, false) && hasHeader) {
            out.header = record;
            continue;
        }
        ++out.rows;
        if (!problem.isEmpty())
            continue; // rejected at load time; it must not steer the column types
        while (record.size() > out.columns.size())
            out.columns.append(TypeInference(out.format));
        out.sample(record);
        for (qsizetype i = 0; i < record.size(); ++i) {
            const QVariant &value = record.at(i);
            if (!value.isValid())
                out.columns[i].addNull();
            else
                out.columns[i].add(*static_cast<const QString *>(value.constData()));
        }
    }
    if (!parser.error().isEmpty()) {
        *error = parser.error();
        return false;
    }
    return true;
}

// Canonical numbers, dates, times and booleans are all ASCII, so a field with any other byte can
// only be text: one non-ASCII character tells TypeInference so without decoding the field. Local
// formats are not (1 234,56 with a no-break space, 31. März 2023, 12 €): with one, such a field is
// decoded, from the record decoded once.
void feed(TypeInference &column, CsvScanner &scanner, size_t index, const LocalFormat *format,
          std::optional<QList<QVariant>> &decoded)
{
    const CsvScanner::Field &field = scanner.fields()[index];
    QStringView text;
    if (field.kind == CsvScanner::Field::Null) {
        column.addNull();
    } else if (scanner.asciiText(field, &text)) {
        column.add(text);
    } else if (format) {
        if (!decoded)
            decoded = scanner.decodedRecord();
        column.add(decoded->at(qsizetype(index)).toString());
    } else {
        column.add(QStringView(u"\u00e9"));
    }
}

// A column inferred as text stays text whatever comes next (it holds a value no other type can
// reproduce), so its fields need not be fed any more. Only result() is read from the inference, so
// its counts going stale does not matter.
void markSettled(const QList<TypeInference> &columns, std::vector<bool> &settled)
{
    settled.resize(size_t(columns.size()));
    for (qsizetype i = 0; i < columns.size(); ++i)
        settled[size_t(i)] = columns.at(i).values() > 0 && columns.at(i).result() == DataType::text();
}

bool inferWithScanner(CsvScanner &scanner, bool hasHeader, Inferred &out, QString *error)
{
    constexpr qint64 settleEvery = 1024; // records; result() is cheap but not free
    std::vector<bool> settled;
    bool first = true;
    while (scanner.readRecord()) {
        if (std::exchange(first, false) && hasHeader) {
            out.header = scanner.decodedRecord();
            continue;
        }
        if (out.starts && out.rows % CsvIntrospector::recordStartEvery == 0)
            out.starts->append({scanner.recordOffset(), scanner.recordLine(), out.rows});
        if (++out.rows % settleEvery == 0)
            markSettled(out.columns, settled);
        // The records CsvParser reports (NUL, unterminated quote, invalid UTF-8) are rejected at
        // load time, so they must not steer the column types either.
        if (scanner.problem())
            continue;
        const std::vector<CsvScanner::Field> &fields = scanner.fields();
        while (qsizetype(fields.size()) > out.columns.size())
            out.columns.append(TypeInference(out.format));
        TypeInference *columns = out.columns.data();
        std::optional<QList<QVariant>> decoded;
        if (!out.format && out.rows <= LocalFormatGuess::sampleSize) {
            decoded = scanner.decodedRecord();
            out.sample(*decoded);
        }
        for (size_t i = 0; i < fields.size(); ++i) {
            if (i >= settled.size() || !settled[i])
                feed(columns[i], scanner, i, out.format, decoded);
        }
    }
    if (!scanner.error().isEmpty()) {
        *error = scanner.error();
        return false;
    }
    return true;
}

TableSchema schemaOf(const Inferred &inferred, bool hasHeader)
{
    // With a header, the header decides the columns; extra fields in ragged rows are rejected later.
    const int columnCount = hasHeader ? int(inferred.header.size()) : int(inferred.columns.size());
    TableSchema schema;
    schema.rowCount = inferred.rows;
    schema.rowCountExact = true;
    const QStringList names = CsvIntrospector::columnNames(inferred.header, columnCount, hasHeader);
    for (int i = 0; i < columnCount; ++i) {
        ColumnSchema column;
        column.name = names.at(i);
        column.type = i < inferred.columns.size() ? inferred.columns.at(i).result() : DataType::text();
        if (i < inferred.columns.size()) {
            const QString note = inferred.columns.at(i).note(column.name);
            if (!note.isEmpty())
                schema.notes << note;
        }
        // A file says nothing about future rows: CSV columns stay nullable.
        column.nullable = true;
        schema.columns << column;
    }
    // Text columns that look written the local way: the plan says how to read them.
    if (!inferred.format) {
        QList<QStringList> samples = inferred.samples;
        samples.resize(columnCount);
        for (int i = 0; i < columnCount; ++i) {
            if (schema.columns.at(i).type.kind != TypeKind::Text)
                samples[i].clear();
        }
        const QString note = LocalFormatGuess::note(LocalFormatGuess::propose(names, samples));
        if (!note.isEmpty())
            schema.notes << note;
    }
    return schema;
}

} // namespace

CsvIntrospector::CsvIntrospector(const Endpoint &endpoint) : m_endpoint(endpoint)
{
}

bool CsvIntrospector::open(Failure *failure)
{
    QString error;
    const std::optional<CsvDialect> dialect = CsvDialect::fromEndpoint(m_endpoint, &error);
    if (!dialect) {
        *failure = Failure(Failure::Kind::Other, error, m_endpoint.path);
        return false;
    }
    m_dialect = *dialect;
    const QFileInfo info(m_endpoint.path);
    if (m_endpoint.folder ? !info.isDir() : !info.isFile()) {
        failure->kind = Failure::Kind::MissingObject;
        failure->subject = m_endpoint.path;
        failure->message = (m_endpoint.folder ? tr("%1: no such CSV folder") : tr("%1: no such CSV file")).arg(m_endpoint.path);
        return false;
    }
    return true;
}

QString CsvIntrospector::fileForTable(const Endpoint &endpoint, const QString &table)
{
    if (!endpoint.folder)
        return endpoint.path;
    return QDir(endpoint.path).filePath(TableFiles::stem(table) + QStringLiteral(".csv"));
}

QStringList CsvIntrospector::tableNames(QString *error)
{
    Q_UNUSED(error)
    if (!m_endpoint.folder)
        return {QFileInfo(m_endpoint.path).completeBaseName()};
    QStringList names;
    const QFileInfoList files = QDir(m_endpoint.path).entryInfoList({QStringLiteral("*.csv"), QStringLiteral("*.CSV")},
                                                                    QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        if (!file.fileName().endsWith(QLatin1String(".rejects.csv")))
            names << file.completeBaseName();
    }
    names.removeDuplicates();
    return names;
}

bool CsvIntrospector::hasTable(const QString &name)
{
    if (!m_endpoint.folder)
        return QFileInfo(m_endpoint.path).isFile() && QFileInfo(m_endpoint.path).size() > 0;
    return QFileInfo::exists(fileForTable(m_endpoint, name));
}

QStringList CsvIntrospector::columnNames(const QList<QVariant> &header, int count, bool hasHeader)
{
    QStringList names;
    QSet<QString> seen;
    for (int i = 0; i < count; ++i) {
        QString name = hasHeader && i < header.size() ? header.at(i).toString().trimmed() : QString();
        if (name.isEmpty())
            name = QStringLiteral("column%1").arg(i + 1);
        QString unique = name;
        for (int n = 2; seen.contains(unique.toLower()); ++n)
            unique = QStringLiteral("%1_%2").arg(name).arg(n);
        seen.insert(unique.toLower());
        names << unique;
    }
    return names;
}

namespace {

// What reading a whole file told, kept for the process: planning, a table's split into parts and
// the wizard's pages each make an introspector of their own, and a big file is read once.
struct Described
{
    TableSchema schema;
    QList<CsvIntrospector::RecordStart> starts;
};

QMutex describedLock;
QHash<QString, Described> &describedFiles()
{
    static QHash<QString, Described> files;
    return files;
}

// The file as it is now, read the endpoint's way: another size or time of change is another file.
// The time of the last metadata change catches a copy that kept the time of change (cp -p, rsync -t).
QString describedKey(const Endpoint &endpoint, const QFileInfo &file)
{
    return endpoint.toUrl() + u'\n' + file.absoluteFilePath() + u'\n' + QString::number(file.size()) + u'\n'
        + QString::number(file.lastModified().toMSecsSinceEpoch()) + u'\n'
        + QString::number(file.metadataChangeTime().toMSecsSinceEpoch());
}

} // namespace

std::optional<TableSchema> CsvIntrospector::table(const QString &name, QString *error)
{
    const auto cached = m_cache.constFind(name);
    if (cached != m_cache.constEnd())
        return *cached;
    const QString path = fileForTable(m_endpoint, name);
    // Taken before the file is opened and again after it was read: a file replaced meanwhile is not
    // kept under either.
    const QString key = describedKey(m_endpoint, QFileInfo(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    Described described;
    {
        QMutexLocker locker(&describedLock);
        described = describedFiles().value(key);
    }
    if (described.schema.columns.isEmpty()) {
        QString problem;
        std::optional<TableSchema> schema = describe(&file, m_dialect, Pass::Auto, &problem, &described.starts);
        if (!schema) {
            *error = QStringLiteral("%1: %2").arg(path, problem);
            return std::nullopt;
        }
        described.schema = *schema;
        if (key == describedKey(m_endpoint, QFileInfo(path))) { // not written to while it was read
            QMutexLocker locker(&describedLock);
            describedFiles().insert(key, described);
        }
    }
    described.schema.name = name;
    m_cache.insert(name, described.schema);
    m_starts.insert(name, described.starts);
    return described.schema;
}

std::optional<QList<KeyRange>> CsvIntrospector::recordRanges(const QString &name, qint64 rowsPerRange, QString *error)
{
    const std::optional<TableSchema> schema = table(name, error);
    if (!schema)
        return std::nullopt;
    const QList<RecordStart> starts = m_starts.value(name);
    if (starts.isEmpty() && schema->rowCount > 0) {
        *error = tr("only the full parser reads this file's encoding or quoting, so no record start can be proven "
                    "without reading it from the start");
        return std::nullopt;
    }
    QList<KeyRange> ranges = splitRecords(starts, schema->rowCount, rowsPerRange);
    if (ranges.size() < 2)
        return ranges;
    QFile file(fileForTable(m_endpoint, name));
    bool ok = file.open(QIODevice::ReadOnly);
    for (qsizetype i = 0; ok && i < ranges.size(); ++i)
        ok = partCheck(&file, ranges.at(i), &ranges[i].check);
    if (!ok) {
        *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    return ranges;
}

bool CsvIntrospector::partCheck(QIODevice *file, const KeyRange &part, quint32 *check)
{
    // 128 bytes either side of each edge: records moved across it, a header of another length or a
    // line end gone change them.
    constexpr qint64 around = 128;
    QByteArray bytes;
    for (const qint64 edge : {part.first, part.last == LLONG_MAX ? qint64(-1) : part.last + 1}) {
        if (edge < 0)
            continue;
        const qint64 from = std::max<qint64>(0, edge - around);
        if (!file->seek(from))
            return false;
        const QByteArray window = file->read(edge + around - from);
        if (window.isEmpty() && edge + around - from > 0 && file->size() > from)
            return false;
        bytes += QByteArray::number(from) + ':' + window + '\n';
    }
    const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
    *check = std::max(qFromBigEndian<quint32>(digest.constData()), quint32(1)); // 0 is "none"
    return true;
}

QList<KeyRange> CsvIntrospector::splitRecords(const QList<RecordStart> &starts, qint64 rows, qint64 rowsPerRange,
                                              int maxRanges)
{
    if (rows <= 0 || rowsPerRange <= 0 || starts.isEmpty())
        return {KeyRange()};
    // Equal numbers of records, each part starting at the noted start nearest its share.
    const qint64 wanted = std::min<qint64>((rows + rowsPerRange - 1) / rowsPerRange, maxRanges);
    QList<qsizetype> at{0};
    for (qint64 i = 1; i < wanted; ++i) {
        const qint64 share = qint64(__int128(rows) * i / wanted);
        const qsizetype nearest = std::min<qsizetype>((share + recordStartEvery / 2) / recordStartEvery, starts.size() - 1);
        if (nearest > at.last())
            at << nearest;
    }
    if (at.size() < 2)
        return {KeyRange()};
    QList<KeyRange> ranges;
    for (qsizetype i = 0; i < at.size(); ++i) {
        const RecordStart &start = starts.at(at.at(i));
        const bool last = i + 1 == at.size();
        KeyRange range;
        range.first = start.offset; // the first part's too: it starts after the header
        range.last = last ? LLONG_MAX : starts.at(at.at(i + 1)).offset - 1;
        range.firstLine = start.line;
        range.lastLine = last ? 0 : starts.at(at.at(i + 1)).line - 1;
        range.index = int(i);
        range.count = int(at.size());
        ranges << range;
    }
    return ranges;
}

std::optional<TableSchema> CsvIntrospector::describe(QIODevice *device, const CsvDialect &dialect, Pass pass,
                                                     QString *error, QList<RecordStart> *starts)
{
    const QByteArray head = device->peek(3);
    // start() also sniffs the delimiter, which the scanner then uses as it is.
    CsvParser parser(device, dialect);
    if (!parser.start()) {
        *error = parser.error();
        return std::nullopt;
    }
    CsvDialect resolved = dialect;
    resolved.delimiter = parser.delimiter();
    const std::optional<CsvScanner::Encoding> encoding =
        pass == Pass::Parser ? std::nullopt : CsvScanner::encodingFor(resolved, head);
    Inferred inferred;
    inferred.format = dialect.format.isEmpty() ? nullptr : &dialect.format;
    bool ok = false;
    if (encoding && device->seek(0)) { // start() has read ahead
        CsvScanner scanner(device, resolved, *encoding);
        inferred.starts = starts;
        ok = inferWithScanner(scanner, dialect.header, inferred, error);
    } else if (pass == Pass::Scanner) {
        *error = tr("CsvScanner cannot read this input");
    } else {
        ok = inferWithParser(parser, dialect.header, inferred, error);
    }
    if (!ok)
        return std::nullopt;
    return schemaOf(inferred, dialect.header);
}

} // namespace barge
