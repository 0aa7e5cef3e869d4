#include "io/csv/csvintrospector.h"

#include "io/csv/csvparser.h"
#include "schema/typeinference.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace barge {

CsvIntrospector::CsvIntrospector(const Endpoint &endpoint) : m_endpoint(endpoint)
{
}

bool CsvIntrospector::open(QString *error)
{
    const std::optional<CsvDialect> dialect = CsvDialect::fromEndpoint(m_endpoint, error);
    if (!dialect)
        return false;
    m_dialect = *dialect;
    const QFileInfo info(m_endpoint.path);
    if (m_endpoint.folder ? !info.isDir() : !info.isFile()) {
        *error = QStringLiteral("%1: no such CSV %2").arg(m_endpoint.path, m_endpoint.folder ? QStringLiteral("folder")
                                                                                             : QStringLiteral("file"));
        return false;
    }
    return true;
}

QString CsvIntrospector::fileForTable(const Endpoint &endpoint, const QString &table)
{
    if (!endpoint.folder)
        return endpoint.path;
    return QDir(endpoint.path).filePath(table + QStringLiteral(".csv"));
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

std::optional<TableSchema> CsvIntrospector::table(const QString &name, QString *error)
{
    const auto cached = m_cache.constFind(name);
    if (cached != m_cache.constEnd())
        return *cached;
    const QString path = fileForTable(m_endpoint, name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    CsvParser parser(&file, m_dialect);
    if (!parser.start()) {
        *error = QStringLiteral("%1: %2").arg(path, parser.error());
        return std::nullopt;
    }
    QList<QVariant> record;
    QList<QVariant> header;
    QString problem;
    bool haveFirst = parser.readRecord(record, &problem);
    if (haveFirst && m_dialect.header) {
        header = record;
        haveFirst = false;
    }
    QList<TypeInference> inference(header.size());
    qint64 rows = 0;
    auto feed = [&]() {
        ++rows;
        if (!problem.isEmpty())
            return; // rejected at load time; it must not steer the column types
        if (record.size() > inference.size())
            inference.resize(record.size());
        for (int i = 0; i < record.size(); ++i) {
            const QVariant &value = record.at(i);
            if (!value.isValid())
                inference[i].addNull();
            else
                inference[i].add(*static_cast<const QString *>(value.constData()));
        }
    };
    if (haveFirst)
        feed();
    while (parser.readRecord(record, &problem))
        feed();
    if (!parser.error().isEmpty()) {
        *error = QStringLiteral("%1: %2").arg(path, parser.error());
        return std::nullopt;
    }
    // With a header, the header decides the columns; extra fields in ragged rows are rejected later.
    const int columnCount = m_dialect.header ? int(header.size()) : int(inference.size());
    TableSchema schema;
    schema.name = name;
    schema.rowCount = rows;
    schema.rowCountExact = true;
    const QStringList names = columnNames(header, columnCount, m_dialect.header);
    for (int i = 0; i < columnCount; ++i) {
        ColumnSchema column;
        column.name = names.at(i);
        column.type = i < inference.size() ? inference.at(i).result() : DataType::text();
        // A file says nothing about future rows: CSV columns stay nullable.
        column.nullable = true;
        schema.columns << column;
    }
    m_cache.insert(name, schema);
    return schema;
}

} // namespace barge
