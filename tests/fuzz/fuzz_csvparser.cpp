// libFuzzer target for reading CSV: CsvParser over arbitrary bytes, in a dialect taken from the
// first four bytes of the input (see dialectOf), the rest being the file. Beyond "no crash, no
// sanitizer report" it holds the readers to each other and to the data promises:
//  - the parser reading the file in one piece and in short reads (a chunk boundary every few
//    bytes) gives the same records, lines and problems;
//  - a valid field is never a null QString (NULL and "" stay different);
//  - numbers parsed in place (type hints) are exactly what ValueConverter makes of the text;
//  - CsvScanner, where it can read the file, gives the parser's records and problem flags;
//  - CsvIntrospector::describe infers the same schema on either pass, and every value of a record
//    without a problem converts to its column's inferred type and back to the same text, but for
//    the exceptions docs/type-inference.md names (decimals pad their scale, TRUE becomes true).

#include "fuzzcheck.h"

#include "io/csv/csvdialect.h"
#include "io/csv/csvintrospector.h"
#include "io/csv/csvparser.h"
#include "io/csv/csvscanner.h"
#include "schema/valueconverter.h"
#include "shortreaddevice.h"

#include <QBuffer>
#include <QStringList>

#include <cmath>
#include <cstring>
#include <optional>

using namespace barge;

namespace {

struct Setup
{
    CsvDialect dialect;
    QList<DataType> hints; // for the parser's in-place numbers
    qint64 step = 0;       // short reads of this many bytes; 0 = none
};

QChar charOf(uchar byte)
{
    return QChar(char16_t(byte)); // latin1: lets the delimiter or quote be non-ASCII ('§', 0xA7)
}

// control[0]: delimiter (bits 0-2), header (bit 3), null marker (bits 4-7)
// control[1]: quote (bits 0-1), encoding (bits 2-4), short-read size (bits 5-7)
// control[2]: type hints for columns 1-4, two bits each
// control[3]: the character used when bits ask for "any" delimiter or quote
std::optional<Setup> setupOf(const uchar *control)
{
    static const char *const encodings[] = {"UTF-8", "utf8", "latin1", "windows-1252",
                                            "UTF-16", "UTF-16LE", "UTF-16BE", "ebcdic"};
    static const qint64 steps[] = {0, 1, 2, 3, 5, 7, 13, 64};
    Setup s;
    CsvDialect &d = s.dialect;
    const int delimiter = control[0] & 7;
    static const char fixed[] = {',', ';', '\t', '|', ':'};
    if (delimiter >= 1 && delimiter <= 5) {
        d.delimiter = QChar(fixed[delimiter - 1]);
        d.detectDelimiter = false;
    } else if (delimiter == 6) {
        d.delimiter = charOf(control[3]);
        d.detectDelimiter = false;
    }
    d.header = control[0] & 8;
    const int null = control[0] >> 4;
    d.nullMarker = null < 8 ? QString() : null < 12 ? QStringLiteral("NULL") : null < 14 ? QStringLiteral("\\N")
                                                                             : QStringLiteral("\u00e9");
    const int quote = control[1] & 3;
    d.quote = quote == 0 ? QChar('"') : quote == 1 ? QChar('\'') : quote == 2 ? QChar() : charOf(control[3]);
    d.encoding = QLatin1String(encodings[(control[1] >> 2) & 7]);
    s.step = steps[control[1] >> 5];
    for (int i = 0; i < 4; ++i) {
        const int hint = (control[2] >> (2 * i)) & 3;
        s.hints << (hint == 1 ? DataType::of(TypeKind::Int64) : hint == 2 ? DataType::of(TypeKind::Real)
                                                                         : DataType::text());
    }
    // What CsvDialect::fromEndpoint refuses never reaches a parser.
    auto lineEnd = [](QChar c) { return c == u'\r' || c == u'\n'; };
    if (lineEnd(d.delimiter) || lineEnd(d.quote) || (!d.detectDelimiter && !d.quote.isNull() && d.quote == d.delimiter))
        return std::nullopt;
    return s;
}

struct Records
{
    QList<QList<QVariant>> records;
    QStringList problems;
    QList<qint64> lines;
    QString error;
    QChar delimiter;
};

Records parseAll(QIODevice *device, const Setup &setup, bool hints)
{
    CsvParser parser(device, setup.dialect);
    Records out;
    if (parser.start() && hints)
        parser.setTypeHints(setup.hints);
    out.delimiter = parser.delimiter();
    QList<QVariant> fields;
    QString problem;
    while (parser.readRecord(fields, &problem)) {
        out.records << fields;
        out.problems << problem;
        out.lines << parser.recordLine();
    }
    out.error = parser.error();
    return out;
}

// Control characters (NULs above all) would cut the failure message short: shown as \xNN.
QString visible(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString show(const QList<QVariant> &record)
{
    QStringList shown;
    for (const QVariant &value : record) {
        if (!value.isValid())
            shown << QStringLiteral("<NULL>");
        else
            shown << QStringLiteral("%1[%2]").arg(QLatin1String(value.typeName()), visible(value.toString()));
    }
    return shown.join(u',');
}

bool hasReplacement(const QList<QVariant> &record)
{
    for (const QVariant &value : record) {
        if (value.typeId() == QMetaType::QString && value.toString().contains(QChar(QChar::ReplacementCharacter)))
            return true;
    }
    return false;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isValid() != b.isValid())
        return false;
    if (!a.isValid())
        return true;
    if (a.typeId() != b.typeId())
        return false;
    if (a.typeId() == QMetaType::Double) {
        const double x = a.toDouble(), y = b.toDouble();
        return (std::isnan(x) && std::isnan(y)) || std::memcmp(&x, &y, sizeof x) == 0;
    }
    return a == b;
}

bool sameRecord(const QList<QVariant> &a, const QList<QVariant> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!sameValue(a.at(i), b.at(i)))
            return false;
    }
    return true;
}

void checkEmptyIsNotNull(const Records &r)
{
    for (const QList<QVariant> &record : r.records) {
        for (const QVariant &value : record) {
            FUZZ_CHECK(!(value.typeId() == QMetaType::QString && value.toString().isNull()),
                       QStringLiteral("a valid field holds a null QString: ") + show(record));
        }
    }
}

// In-place numbers (hinted) against the text the unhinted parse gave for the same field.
bool sameOrConverted(const QVariant &text, const QVariant &hinted, const DataType &hint)
{
    if (hinted.typeId() != QMetaType::LongLong && hinted.typeId() != QMetaType::Double)
        return sameValue(text, hinted);
    QVariant converted;
    QString why;
    return text.typeId() == QMetaType::QString && ValueConverter::convert(text, hint, &converted, &why)
        && sameValue(converted, hinted);
}

void checkHinted(const Records &plain, const Records &hinted, const Setup &setup, const QString &what)
{
    FUZZ_CHECK(plain.records.size() == hinted.records.size(),
               QStringLiteral("%1: %2 records, then %3").arg(what).arg(plain.records.size()).arg(hinted.records.size()));
    FUZZ_CHECK(plain.error == hinted.error, what + QStringLiteral(": error '%1' vs '%2'").arg(plain.error, hinted.error));
    FUZZ_CHECK(plain.delimiter == hinted.delimiter, what + QStringLiteral(": sniffed another delimiter"));
    for (qsizetype r = 0; r < plain.records.size(); ++r) {
        const QList<QVariant> &a = plain.records.at(r);
        const QList<QVariant> &b = hinted.records.at(r);
        const QString detail = QStringLiteral("%1, record %2:\n  %3\n  %4").arg(what).arg(r).arg(show(a), show(b));
        FUZZ_CHECK(a.size() == b.size(), detail);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const DataType hint = i < setup.hints.size() ? setup.hints.at(i) : DataType::text();
            FUZZ_CHECK(sameOrConverted(a.at(i), b.at(i), hint), detail + QStringLiteral("\n  field %1").arg(i));
        }
        FUZZ_CHECK(plain.lines.at(r) == hinted.lines.at(r),
                   detail + QStringLiteral("\n  line %1 vs %2").arg(plain.lines.at(r)).arg(hinted.lines.at(r)));
        FUZZ_CHECK(plain.problems.at(r) == hinted.problems.at(r),
                   detail + QStringLiteral("\n  problem '%1' vs '%2'").arg(plain.problems.at(r), hinted.problems.at(r)));
    }
}

void checkScanner(const QByteArray &csv, const Records &parsed, const Setup &setup)
{
    CsvDialect resolved = setup.dialect;
    resolved.delimiter = parsed.delimiter;
    const std::optional<CsvScanner::Encoding> encoding = CsvScanner::encodingFor(resolved, csv.left(3));
    if (!encoding || !parsed.error.isEmpty())
        return;
    QBuffer whole;
    whole.setData(csv);
    whole.open(QIODevice::ReadOnly);
    ShortReadDevice shortReads(csv, setup.step);
    QIODevice *device = setup.step > 0 ? static_cast<QIODevice *>(&shortReads) : &whole;
    CsvScanner scanner(device, resolved, *encoding);
    qsizetype r = 0;
    for (; scanner.readRecord(); ++r) {
        FUZZ_CHECK(r < parsed.records.size(), QStringLiteral("the scanner finds more than %1 records").arg(r));
        const QList<QVariant> scanned = scanner.decodedRecord();
        const QString detail = QStringLiteral("scanner vs parser, record %1:\n  %2\n  %3")
                                   .arg(r)
                                   .arg(show(scanned), show(parsed.records.at(r)));
        FUZZ_CHECK(sameRecord(scanned, parsed.records.at(r)), detail);
        FUZZ_CHECK(scanner.problem() == !parsed.problems.at(r).isEmpty(),
                   detail + QStringLiteral("\n  problem %1 vs '%2'").arg(scanner.problem()).arg(parsed.problems.at(r)));
    }
    FUZZ_CHECK(r == parsed.records.size(),
               QStringLiteral("the scanner finds %1 records, the parser %2").arg(r).arg(parsed.records.size()));
    FUZZ_CHECK(scanner.error().isEmpty(), scanner.error());
}

QString showSchema(const std::optional<TableSchema> &schema, const QString &error)
{
    if (!schema)
        return QStringLiteral("error: ") + error;
    QStringList columns;
    for (const ColumnSchema &c : schema->columns)
        columns << c.name + QLatin1Char(' ') + c.type.toString();
    return QStringLiteral("%1 rows: %2").arg(schema->rowCount).arg(columns.join(QStringLiteral(", ")));
}

std::optional<TableSchema> describe(const QByteArray &csv, const CsvDialect &dialect, CsvIntrospector::Pass pass,
                                    QString *error)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return CsvIntrospector::describe(&buffer, dialect, pass, error);
}

void checkInference(const QByteArray &csv, const Records &parsed, const Setup &setup)
{
    QString parserError, autoError;
    const std::optional<TableSchema> byParser = describe(csv, setup.dialect, CsvIntrospector::Pass::Parser, &parserError);
    const std::optional<TableSchema> byAuto = describe(csv, setup.dialect, CsvIntrospector::Pass::Auto, &autoError);
    FUZZ_CHECK(byParser == byAuto && parserError == autoError,
               QStringLiteral("schemas differ:\n  parser: %1\n  auto:   %2")
                   .arg(showSchema(byParser, parserError), showSchema(byAuto, autoError)));
    if (!byParser)
        return;
    const qsizetype firstRow = setup.dialect.header ? 1 : 0;
    FUZZ_CHECK(byParser->rowCount == std::max<qsizetype>(0, parsed.records.size() - firstRow),
               QStringLiteral("row count %1 for %2 records").arg(byParser->rowCount).arg(parsed.records.size()));
    for (qsizetype r = firstRow; r < parsed.records.size(); ++r) {
        if (!parsed.problems.at(r).isEmpty())
            continue; // rejected when loading
        const QList<QVariant> &record = parsed.records.at(r);
        for (qsizetype i = 0; i < record.size() && i < byParser->columns.size(); ++i) {
            const QVariant &value = record.at(i);
            if (!value.isValid())
                continue;
            const DataType type = byParser->columns.at(i).type;
            QVariant converted;
            QString why;
            const QString detail = QStringLiteral("record %1 field %2 '%3' as %4: ")
                                       .arg(r)
                                       .arg(i)
                                       .arg(value.toString(), type.toString());
            FUZZ_CHECK(ValueConverter::convert(value, type, &converted, &why), detail + why);
            // The two documented exceptions: decimals pad their scale, TRUE / FALSE come back in
            // lower case.
            const Qt::CaseSensitivity cs = type.kind == TypeKind::Boolean ? Qt::CaseInsensitive : Qt::CaseSensitive;
            if (type.kind != TypeKind::Decimal) {
                FUZZ_CHECK(ValueConverter::toText(converted).compare(value.toString(), cs) == 0,
                           detail + QStringLiteral("comes back as '%1'").arg(ValueConverter::toText(converted)));
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    const std::optional<Setup> setup = setupOf(data);
    if (!setup)
        return 0;
    const QByteArray csv(reinterpret_cast<const char *>(data) + 4, qsizetype(size - 4));

    QBuffer whole;
    whole.setData(csv);
    whole.open(QIODevice::ReadOnly);
    const Records plain = parseAll(&whole, *setup, false);
    checkEmptyIsNotNull(plain);

    // Short reads and in-place numbers at once: the two change nothing, so compare with the plain parse.
    if (setup->step > 0) {
        ShortReadDevice shortReads(csv, setup->step);
        const Records hinted = parseAll(&shortReads, *setup, true);
        checkHinted(plain, hinted, *setup, QStringLiteral("short reads of %1 bytes").arg(setup->step));
    } else {
        QBuffer again;
        again.setData(csv);
        again.open(QIODevice::ReadOnly);
        checkHinted(plain, parseAll(&again, *setup, true), *setup, QStringLiteral("type hints"));
    }

    checkScanner(csv, plain, *setup);
    checkInference(csv, plain, *setup);
    return 0;
}
