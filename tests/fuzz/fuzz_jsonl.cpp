// libFuzzer target for reading JSON Lines: JsonlLineReader, JsonlLineParser and JsonlLayout over
// arbitrary bytes. Beyond "no crash, no sanitizer report" it holds them to the data promises:
//  - a number's text is a JSON number exactly as written (never reformatted);
//  - a line the scan took in (parsed and fitted) fits the finished layout too, so the reader never
//    rejects a line the scan used to infer the types;
//  - every value of such a line converts to its column's inferred type (ValueConverter), so a type
//    is only inferred when every value has it;
//  - the file scanned in 2 or 3 parts on as many threads has the layout one scan gives, and the
//    records that scan keeps for the copy (JsonlSpill) are the file's, with the same numbers.

#include "fuzzcheck.h"

#include "io/jsonl/jsonlintrospector.h"
#include "io/jsonl/jsonllayout.h"
#include "io/jsonl/jsonllineparser.h"
#include "io/jsonl/jsonllinereader.h"
#include "schema/valueconverter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace barge;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    QString error;
    const std::optional<JsonlLayout> layout = JsonlIntrospector::describe(&device, &error);
    FUZZ_CHECK(layout.has_value(), error);
    const TableSchema schema = layout->schema();

    device.seek(0);
    JsonlLineReader lines(&device);
    JsonlLineParser parser;
    QByteArray line;
    qint64 number = 0;
    QString problem;
    QList<JsonlValue> values;
    QStringList objects;
    while (lines.next(&line, &number, &problem)) {
        if (!problem.isEmpty() || !parser.parse(line, &values, &objects, &problem))
            continue;
        const QString conflict = layout->fit(values, objects);
        if (!conflict.isEmpty())
            continue; // rejected at load time, as the scan left it out
        for (const JsonlValue &value : values) {
            if (value.kind == JsonlValue::Kind::Number)
                FUZZ_CHECK(JsonlLineParser::isJsonNumber(value.text), value.text);
            const int column = layout->indexOf(value.path);
            FUZZ_CHECK(column >= 0, value.path);
            FUZZ_CHECK(layout->misfit(column, value).isEmpty(), layout->misfit(column, value));
            if (value.kind == JsonlValue::Kind::Null)
                continue;
            const DataType type = schema.columns.at(column).type;
            const QVariant in = type.kind == TypeKind::Json      ? QVariant(value.json())
                                : type.kind == TypeKind::Boolean ? QVariant(value.boolean)
                                                                 : QVariant(value.text);
            QVariant out;
            QString why;
            FUZZ_CHECK(ValueConverter::convert(in, type, &out, &why),
                       QStringLiteral("line %1, %2 as %3: %4").arg(number).arg(value.path, type.toString(), why));
        }
    }

    // The same bytes as a file, scanned in parts.
    static const QString path =
        QDir(QDir::tempPath()).filePath(QStringLiteral("barge-fuzz-jsonl-%1.jsonl").arg(QCoreApplication::applicationPid()));
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size() && file.flush(),
               file.errorString());
    file.close();
    QList<qint64> numbers; // of the records, as one scan reads them
    device.seek(0);
    JsonlLineReader again(&device);
    while (again.next(&line, &number, &problem))
        numbers << number;
    for (const int parts : {2, 3}) {
        std::shared_ptr<const JsonlSpill> spill;
        const std::optional<JsonlLayout> inParts = JsonlIntrospector::describeFile(
            path, &error, LocalFormat(), JsonRecords::Framing::Lines, {}, parts, &spill);
        FUZZ_CHECK(inParts.has_value(), error);
        const TableSchema partsSchema = inParts->schema();
        FUZZ_CHECK(partsSchema.rowCount == schema.rowCount, QStringLiteral("rows in %1 parts").arg(parts));
        FUZZ_CHECK(partsSchema.notes == schema.notes, QStringLiteral("notes in %1 parts").arg(parts));
        FUZZ_CHECK(partsSchema.columns.size() == schema.columns.size(), QStringLiteral("columns in %1 parts").arg(parts));
        for (qsizetype i = 0; i < schema.columns.size(); ++i) {
            FUZZ_CHECK(partsSchema.columns.at(i).name == schema.columns.at(i).name
                           && partsSchema.columns.at(i).type == schema.columns.at(i).type,
                       QStringLiteral("column %1 in %2 parts: %3 %4").arg(i).arg(parts).arg(partsSchema.columns.at(i).name,
                                                                                        partsSchema.columns.at(i).type.toString()));
        }
        FUZZ_CHECK(spill != nullptr, QStringLiteral("no spill"));
        JsonlSpillReader records(spill);
        JsonlSpilledRecord record;
        QList<qint64> spilt;
        while (records.next(&record)) {
            spilt << record.number;
            for (const int column : std::as_const(record.columns))
                FUZZ_CHECK(column >= 0 && column < schema.columns.size(), QStringLiteral("spilt column %1").arg(column));
        }
        FUZZ_CHECK(records.error().isEmpty(), records.error());
        FUZZ_CHECK(spilt == numbers, QStringLiteral("record numbers in %1 parts").arg(parts));
    }
    QFile::remove(path); // kept only when a check failed above (it aborts), to look at
    return 0;
}
