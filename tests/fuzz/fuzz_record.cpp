// libFuzzer target for record files: RecordFile (text, F, V and VB records) and RecordDecoder over
// arbitrary bytes, in a layout that has every field encoding. The input's first byte picks the code
// page, the second the record format. Beyond "no crash" it holds them to the data promises:
//  - a record the decoder reads, written again by RecordEncoder, reads back to the same row, so
//    nothing is guessed on the way in that the way out would not give back;
//  - a record it refuses says which field and why.

#include "fuzzcheck.h"

#include "io/fixed/recorddecoder.h"
#include "io/fixed/recordencoder.h"
#include "io/fixed/recordfile.h"

#include <QBuffer>

using namespace barge;

namespace {

RecordLayout layout()
{
    RecordLayout layout;
    const auto add = [&](const char *name, int offset, int length, RecordField::Encoding encoding, int digits, int scale,
                         RecordField::Sign sign, bool nullIfBlank) {
        RecordField field;
        field.name = QLatin1String(name);
        field.offset = offset;
        field.length = length;
        field.encoding = encoding;
        field.digits = digits;
        field.scale = scale;
        field.sign = sign;
        field.nullIfBlank = nullIfBlank;
        layout.fields << field;
    };
    using E = RecordField::Encoding;
    using S = RecordField::Sign;
    add("text", 0, 6, E::Text, 0, 0, S::None, false);
    add("note", 6, 4, E::Text, 0, 0, S::None, true);
    add("trailing", 10, 4, E::Zoned, 4, 2, S::TrailingOverpunch, false);
    add("leading", 14, 3, E::Zoned, 3, 0, S::LeadingOverpunch, true);
    add("separate", 17, 4, E::Zoned, 3, -1, S::LeadingSeparate, false);
    add("unsigned", 21, 2, E::Zoned, 2, 0, S::None, false);
    add("packed", 23, 3, E::Packed, 5, 3, S::TrailingOverpunch, false);
    add("packedEven", 26, 3, E::Packed, 4, 0, S::None, false);
    add("binary", 29, 2, E::Binary, 4, 1, S::TrailingOverpunch, false);
    add("ubinary", 31, 4, E::Binary, 9, 0, S::None, false);
    add("long", 35, 8, E::Binary, 18, 0, S::TrailingOverpunch, false);
    layout.recordLength = 43;
    return layout;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    static const RecordLayout fields = layout();
    static const char *pages[] = {nullptr, "IBM037", "IBM273", "windows-1252"};
    const char *pageName = pages[data[0] % 4];
    const std::optional<CodePage> page = pageName ? CodePage::find(QLatin1String(pageName)) : std::nullopt;
    const RecordFile::Format format = RecordFile::Format(data[1] % 4);
    if (format == RecordFile::Format::Text && page && !page->asciiCompatible())
        return 0; // refused by FixedSource: EBCDIC has no line ends to split on
    QByteArray bytes(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    RecordFile records(&device, format, fields.recordLength);
    const RecordDecoder decoder(fields, page);
    const RecordEncoder encoder(fields, page, LocalFormat());
    QList<int> fieldOfColumn;
    QList<DataType> types;
    for (int i = 0; i < fields.fields.size(); ++i) {
        fieldOfColumn << i;
        types << fields.fields.at(i).columnType();
    }
    QByteArray record;
    qint64 number = 0, offset = 0;
    QString problem;
    while (records.next(&record, &number, &offset, &problem)) {
        Row row;
        QString why;
        if (!problem.isEmpty() || !decoder.decode(record, &row, &why)) {
            FUZZ_CHECK(!problem.isEmpty() || why.startsWith(QLatin1String("field ")) || why.startsWith(QLatin1String("the record is")),
                       why);
            (void)decoder.show(record);
            continue;
        }
        QByteArray again;
        FUZZ_CHECK(encoder.encode(row, fieldOfColumn, types, &again, &why), QStringLiteral("record %1: %2").arg(number).arg(why));
        Row back;
        FUZZ_CHECK(decoder.decode(again, &back, &why), QStringLiteral("record %1 written again: %2").arg(number).arg(why));
        FUZZ_CHECK(back == row, QStringLiteral("record %1 read back otherwise").arg(number));
    }
    return 0;
}
