#include "io/fixed/fixedintrospector.h"

#include "io/fixed/fixedsource.h"
#include "io/fixed/recorddecoder.h"
#include "schema/typeinference.h"

#include <QFile>
#include <QFileInfo>

#include <vector>

namespace barge {

FixedIntrospector::FixedIntrospector(const Endpoint &endpoint, bool asTarget) : m_endpoint(endpoint), m_asTarget(asTarget)
{
}

bool FixedIntrospector::open(Failure *failure)
{
    QString error;
    if (!FixedSource::fromEndpoint(m_endpoint, &error)) {
        *failure = Failure(Failure::Kind::Other, error, m_endpoint.path);
        return false;
    }
    if (!QFileInfo(m_endpoint.path).isFile() && !(m_asTarget && !QFileInfo::exists(m_endpoint.path))) {
        *failure = Failure(Failure::Kind::MissingObject, tr("%1: no such record file").arg(m_endpoint.path), m_endpoint.path);
        return false;
    }
    return true;
}

QStringList FixedIntrospector::tableNames(QString *error)
{
    Q_UNUSED(error)
    return {QFileInfo(m_endpoint.path).completeBaseName()};
}

bool FixedIntrospector::hasTable(const QString &name)
{
    return name == QFileInfo(m_endpoint.path).completeBaseName() && QFileInfo(m_endpoint.path).isFile()
        && QFileInfo(m_endpoint.path).size() > 0;
}

std::optional<TableSchema> FixedIntrospector::table(const QString &name, QString *error)
{
    if (m_cache && m_cache->name == name)
        return m_cache;
    const std::optional<FixedSource> source = FixedSource::fromEndpoint(m_endpoint, error);
    if (!source)
        return std::nullopt;
    QFile file(m_endpoint.path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(m_endpoint.path, file.errorString());
        return std::nullopt;
    }
    const QList<RecordField> &fields = source->layout.fields;
    const LocalFormat *local = source->local.isEmpty() ? nullptr : &source->local;
    QList<TypeInference> inferences;
    for (qsizetype i = 0; i < fields.size(); ++i)
        inferences << TypeInference(local);
    const bool infer = std::any_of(fields.cbegin(), fields.cend(), [](const RecordField &f) {
        return f.encoding == RecordField::Encoding::Text && !f.declared;
    });
    RecordFile records(&file, source->format, source->recordLength);
    const RecordDecoder decoder(source->layout, source->page);
    QByteArray record;
    qint64 number = 0, offset = 0, rows = 0;
    QString problem;
    QString text; // one buffer for every field's characters
    // Fixed-length records with nothing to infer: the count is in the file's size.
    if (!infer && source->format == RecordFile::Format::Fixed && source->recordLength > 0) {
        rows = (file.size() + source->recordLength - 1) / source->recordLength;
    } else {
        // Only the text fields without a type are looked at, and a field that is text by now stays
        // text whatever follows, so it is not looked at any more (checked every 1024 records). A record
        // cut short is left out: it is rejected at load time and must not steer the types.
        std::vector<bool> settled(size_t(fields.size()), false);
        for (qsizetype i = 0; i < fields.size(); ++i)
            settled[size_t(i)] = fields.at(i).encoding != RecordField::Encoding::Text || fields.at(i).declared;
        while (records.next(&record, &number, &offset, &problem)) {
            if (++rows % 1024 == 0) {
                for (qsizetype i = 0; i < fields.size(); ++i)
                    settled[size_t(i)] = settled[size_t(i)]
                        || (inferences.at(i).values() > 0 && inferences.at(i).result() == DataType::text());
            }
            if (!infer || !problem.isEmpty() || record.size() < source->layout.minimumLength())
                continue;
            for (qsizetype i = 0; i < fields.size(); ++i) {
                if (settled[size_t(i)])
                    continue;
                const RecordField &field = fields.at(i);
                const QByteArrayView bytes = QByteArrayView(record).sliced(field.offset, field.length);
                if (!decoder.textInto(field, bytes, true, &text, &problem) || text.isEmpty())
                    inferences[i].addNull(); // blank (NULL once typed), or rejected at load time
                else
                    inferences[i].add(text);
            }
        }
    }
    if (!records.error().isEmpty()) {
        *error = QStringLiteral("%1: %2").arg(m_endpoint.path, records.error());
        return std::nullopt;
    }
    TableSchema schema;
    schema.name = name;
    schema.rowCount = rows;
    schema.rowCountExact = true;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const RecordField &field = fields.at(i);
        ColumnSchema column;
        column.name = field.name;
        const bool inferred = field.encoding == RecordField::Encoding::Text && !field.declared;
        column.type = inferred ? inferences.at(i).result() : field.columnType();
        column.nullable = true;
        schema.columns << column;
        if (inferred) {
            const QString note = inferences.at(i).note(field.name);
            if (!note.isEmpty())
                schema.notes << note;
        }
    }
    m_cache = schema;
    return schema;
}

} // namespace barge
