// libFuzzer target for reading JSON Lines: JsonlLineReader, JsonlLineParser and JsonlLayout over
// arbitrary bytes. Beyond "no crash, no sanitizer report" it holds them to the data promises:
//  - a number's text is a JSON number exactly as written (never reformatted);
//  - a line the scan took in (parsed and fitted) fits the finished layout too, so the reader never
//    rejects a line the scan used to infer the types;
//  - every value of such a line converts to its column's inferred type (ValueConverter), so a type
//    is only inferred when every value has it.

#include "fuzzcheck.h"

#include "io/jsonl/jsonlintrospector.h"
#include "io/jsonl/jsonllayout.h"
#include "io/jsonl/jsonllineparser.h"
#include "io/jsonl/jsonllinereader.h"
#include "schema/valueconverter.h"

#include <QBuffer>

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
    return 0;
}
