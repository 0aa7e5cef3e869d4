// libFuzzer target for Copybook::parse over arbitrary text. Beyond "no crash, no sanitizer report"
// it holds a parsed layout to what the record reader relies on:
//  - every field has a positive length and lies inside the record;
//  - fields do not overlap (REDEFINES, the one way COBOL overlays bytes, is refused);
//  - a number's length fits its encoding: packed digits/2+1, zoned its digits (one more with a
//    separate sign), binary 2, 4 or 8 bytes;
//  - column names are non-empty and unique (ignoring case);
//  - written as a layout file (what the wizard's layout editor saves) it reads back as the same
//    fields with the same column types.

#include "fuzzcheck.h"

#include "io/fixed/copybook.h"

#include <QSet>

#include <algorithm>

using namespace barge;

namespace {

QString describe(const RecordField &field)
{
    return QStringLiteral("%1 at %2, %3 bytes, %4 digits (line %5)")
        .arg(field.name)
        .arg(field.offset)
        .arg(field.length)
        .arg(field.digits)
        .arg(field.sourceLine);
}

void checkEncoding(const RecordField &field)
{
    using Sign = RecordField::Sign;
    switch (field.encoding) {
    case RecordField::Encoding::Text:
        FUZZ_CHECK(field.sign == Sign::None, describe(field));
        break;
    case RecordField::Encoding::Zoned: {
        const bool separate = field.sign == Sign::LeadingSeparate || field.sign == Sign::TrailingSeparate;
        FUZZ_CHECK(field.length == field.digits + (separate ? 1 : 0), describe(field));
        break;
    }
    case RecordField::Encoding::Packed:
        FUZZ_CHECK(field.length == field.digits / 2 + 1, describe(field));
        break;
    case RecordField::Encoding::Binary:
        FUZZ_CHECK(field.length == 2 || field.length == 4 || field.length == 8, describe(field));
        break;
    }
    if (field.isNumeric())
        FUZZ_CHECK(field.digits >= 1 && field.digits <= 38, describe(field));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<RecordLayout> layout = Copybook::parse(text, &error);
    if (!layout) {
        FUZZ_CHECK(!error.isEmpty(), text);
        return 0;
    }
    FUZZ_CHECK(!layout->fields.isEmpty(), text);
    QList<RecordField> byOffset = layout->fields;
    std::stable_sort(byOffset.begin(), byOffset.end(),
                     [](const RecordField &a, const RecordField &b) { return a.offset < b.offset; });
    QSet<QString> names;
    int end = 0;
    for (const RecordField &field : byOffset) {
        FUZZ_CHECK(field.length > 0 && field.offset >= 0, describe(field));
        FUZZ_CHECK(field.offset + qint64(field.length) <= layout->recordLength, describe(field));
        FUZZ_CHECK(field.offset >= end, describe(field));
        end = field.offset + field.length;
        FUZZ_CHECK(!field.name.isEmpty(), describe(field));
        FUZZ_CHECK(!names.contains(field.name.toUpper()), describe(field));
        names.insert(field.name.toUpper());
        checkEncoding(field);
    }
    const QByteArray json = layout->toJson();
    const std::optional<RecordLayout> again = RecordLayout::fromJson(json, &error);
    FUZZ_CHECK(again && again->recordLength == layout->recordLength && again->fields.size() == layout->fields.size(),
               error + u'\n' + QString::fromUtf8(json));
    for (qsizetype i = 0; i < layout->fields.size(); ++i) {
        const RecordField &a = layout->fields.at(i);
        const RecordField &b = again->fields.at(i);
        FUZZ_CHECK(a.name == b.name && a.offset == b.offset && a.length == b.length && a.encoding == b.encoding
                       && a.digits == b.digits && a.scale == b.scale && a.sign == b.sign && a.trim == b.trim
                       && a.nullIfBlank == b.nullIfBlank && a.columnType() == b.columnType(),
                   describe(a) + QStringLiteral(" came back as ") + describe(b));
    }
    return 0;
}
