#include "io/jsonl/jsonlspill.h"

namespace barge {

void JsonlSpill::Writer::addParsed(qint64 number, const QList<JsonlValue> &values, const QList<int> &columns)
{
    SpillFile &file = *m_file;
    if (file.failed())
        return;
    file.put<qint64>(number);
    file.put<qint8>(1);
    file.put<qint32>(qint32(values.size()));
    for (qsizetype i = 0; i < values.size(); ++i) {
        file.put<qint32>(columns.at(i));
        file.put<qint8>(qint8(values.at(i).kind));
        file.putText(values.at(i).text);
    }
    file.endRecord();
}

void JsonlSpill::Writer::addUnparsed(qint64 number, QByteArrayView bytes, const QString &problem)
{
    SpillFile &file = *m_file;
    if (file.failed())
        return;
    file.put<qint64>(number);
    file.put<qint8>(0);
    file.putBytes(bytes);
    file.putText(problem);
    file.endRecord();
}

void JsonlSpill::addPart(const Writer &writer, const QList<int> &columns, qint64 firstNumber)
{
    m_parts.append(Part{writer.file(), columns, firstNumber});
}

JsonlSpillReader::JsonlSpillReader(std::shared_ptr<const JsonlSpill> spill) : m_spill(std::move(spill))
{
    for (const JsonlSpill::Part &part : m_spill->m_parts)
        m_total += part.file->size();
}

bool JsonlSpillReader::next(JsonlSpilledRecord *record)
{
    while (!m_reader || m_reader->atEnd()) {
        if (m_reader) {
            if (!m_reader->error().isEmpty()) {
                m_error = m_reader->error();
                return false;
            }
            m_before += m_reader->totalBytes();
        }
        if (++m_part >= m_spill->m_parts.size()) {
            m_reader.reset();
            return false;
        }
        const JsonlSpill::Part &part = m_spill->m_parts.at(m_part);
        m_reader = std::make_unique<SpillFileReader>(part.file, 0, part.file->size());
    }
    const JsonlSpill::Part &part = m_spill->m_parts.at(m_part);
    SpillFileReader &reader = *m_reader;
    qint8 parsed = 0;
    bool ok = reader.take(&record->number) && reader.take(&parsed);
    record->number += part.firstNumber;
    record->parsed = parsed != 0;
    if (ok && record->parsed) {
        qint32 count = 0;
        ok = reader.take(&count);
        record->values.resize(ok ? count : 0);
        record->columns.resize(ok ? count : 0);
        for (qsizetype i = 0; ok && i < count; ++i) {
            qint32 column = 0;
            qint8 kind = 0;
            JsonlValue &value = record->values[i];
            ok = reader.take(&column) && reader.take(&kind) && reader.takeText(&value.text);
            record->columns[i] = part.columns.isEmpty() ? column : part.columns.value(column, -1);
            value.kind = JsonlValue::Kind(kind);
            value.boolean = value.kind == JsonlValue::Kind::Boolean && value.text == QLatin1String("true");
        }
    } else if (ok) {
        ok = reader.takeBytes(&record->bytes) && reader.takeText(&record->problem);
    }
    if (!ok)
        m_error = reader.error();
    return ok;
}

} // namespace barge
