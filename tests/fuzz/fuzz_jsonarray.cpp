// libFuzzer target for reading JSON files (one array of objects): JsonArrayReader over arbitrary
// bytes. Beyond "no crash, no sanitizer report":
//  - read a few bytes at a time, the file gives the same elements, numbers and error as read a MiB
//    at a time (the element scanner keeps its state across reads);
//  - the elements of a complete array, joined again as "[e1,e2,...]", read back as the same
//    elements: the scanner cuts where an element ends, never inside one;
//  - when no element spans lines, the file's layout (columns and types) is the layout of the same
//    elements as JSON Lines: JSON and JSON Lines are one reader with two framings.

#include "fuzzcheck.h"

#include "io/jsonl/jsonarrayreader.h"
#include "io/jsonl/jsonlintrospector.h"

#include <QBuffer>

using namespace barge;

namespace {

struct Read
{
    QList<QByteArray> elements;
    QList<qint64> numbers;
    QStringList problems;
    QString error;
    bool complete = false;
};

Read readAll(QByteArray bytes, qsizetype chunk)
{
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    JsonArrayReader reader(&device, chunk);
    Read read;
    QByteArray element;
    qint64 number = 0;
    QString problem;
    while (reader.next(&element, &number, &problem)) {
        read.elements << element;
        read.numbers << number;
        read.problems << problem;
    }
    read.error = reader.error();
    read.complete = reader.complete();
    FUZZ_CHECK(read.complete == read.error.isEmpty(), read.error);
    return read;
}

QString describe(const Read &read)
{
    return QStringLiteral("%1 elements, error '%2'").arg(read.elements.size()).arg(read.error);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Read whole = readAll(bytes, 1 << 20);
    for (const qsizetype chunk : {1, 3, 7}) {
        const Read pieces = readAll(bytes, chunk);
        FUZZ_CHECK(pieces.elements == whole.elements && pieces.numbers == whole.numbers
                       && pieces.error == whole.error && pieces.problems == whole.problems,
                   QStringLiteral("in chunks of %1: %2; whole: %3").arg(chunk).arg(describe(pieces), describe(whole)));
    }
    if (!whole.complete)
        return 0;
    for (qsizetype i = 0; i < whole.elements.size(); ++i)
        FUZZ_CHECK(whole.numbers.at(i) == i + 1, describe(whole));
    const QByteArray joined = '[' + whole.elements.join(',') + ']';
    const Read again = readAll(joined, 1 << 20);
    FUZZ_CHECK(again.complete && again.elements == whole.elements, describe(again) + QStringLiteral(" from ") + QString::fromUtf8(joined));

    // JSON Lines drops a byte order mark at the start of its first line, and takes a line at a time.
    if (std::any_of(whole.elements.cbegin(), whole.elements.cend(), [](const QByteArray &e) { return e.contains('\n') || e.contains('\r'); })
        || (!whole.elements.isEmpty() && whole.elements.first().startsWith("\xEF\xBB\xBF")))
        return 0;
    QByteArray asArray = bytes;
    QBuffer arrayDevice(&asArray);
    arrayDevice.open(QIODevice::ReadOnly);
    QByteArray asLines = whole.elements.join('\n');
    QBuffer linesDevice(&asLines);
    linesDevice.open(QIODevice::ReadOnly);
    QString arrayError;
    QString linesError;
    const std::optional<JsonlLayout> arrayLayout =
        JsonlIntrospector::describe(&arrayDevice, &arrayError, LocalFormat(), JsonRecords::Framing::Array);
    const std::optional<JsonlLayout> linesLayout =
        JsonlIntrospector::describe(&linesDevice, &linesError, LocalFormat(), JsonRecords::Framing::Lines);
    FUZZ_CHECK(arrayLayout && linesLayout, arrayError + linesError);
    const TableSchema a = arrayLayout->schema();
    const TableSchema b = linesLayout->schema();
    FUZZ_CHECK(a.columns.size() == b.columns.size(), QStringLiteral("%1 columns as JSON, %2 as JSON Lines").arg(a.columns.size()).arg(b.columns.size()));
    for (qsizetype i = 0; i < a.columns.size(); ++i)
        FUZZ_CHECK(a.columns.at(i).name == b.columns.at(i).name && a.columns.at(i).type == b.columns.at(i).type,
                   a.columns.at(i).name + u' ' + a.columns.at(i).type.toString() + QStringLiteral(" / ") + b.columns.at(i).name
                       + u' ' + b.columns.at(i).type.toString());
    return 0;
}
