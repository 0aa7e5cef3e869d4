// CsvParser and CsvDialect::fromEndpoint: line ends, quoting, encodings, malformed input, chunking.
#include "endpoint/endpoint.h"
#include "io/csv/csvdialect.h"
#include "io/csv/csvparser.h"
#include "io/csv/csvscanner.h"
#include "shortreaddevice.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace barge;

Q_DECLARE_METATYPE(barge::CsvDialect)

namespace {

const QString kNull = QStringLiteral("<NULL>");
using CsvOptions = QMap<QString, QString>;

// Keeps embedded NUL bytes, which a plain QByteArray(const char *) would cut at.
template<size_t N>
QByteArray bytes(const char (&text)[N])
{
    return QByteArray(text, qsizetype(N - 1));
}

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

CsvDialect makeDialect(const QString &delimiter = QString(), const QString &encoding = QStringLiteral("UTF-8"),
                   const QString &nullMarker = QString(), QChar quote = QChar(u'"'))
{
    CsvDialect d;
    if (!delimiter.isEmpty()) {
        d.delimiter = delimiter.at(0);
        d.detectDelimiter = false;
    }
    d.encoding = encoding;
    d.nullMarker = nullMarker;
    d.quote = quote;
    return d;
}

struct Parsed
{
    QList<QStringList> records; // NULL shown as kNull
    QStringList problems;
    QList<qint64> lines;
    QChar delimiter;
    qint64 bytesRead = 0;
    bool nullString = false; // a string field holding a null QString: would read as NULL downstream
};

// Parses everything, failing the test on a null empty string (NULL must be QVariant()).
Parsed parseAll(QIODevice *device, const CsvDialect &d)
{
    CsvParser parser(device, d);
    Parsed out;
    if (!parser.start()) {
        out.problems << parser.error();
        return out;
    }
    out.delimiter = parser.delimiter();
    QList<QVariant> fields;
    QString problem;
    while (parser.readRecord(fields, &problem)) {
        QStringList record;
        for (const QVariant &field : fields) {
            out.nullString = out.nullString || (field.isValid() && field.toString().isNull());
            record << (field.isValid() ? field.toString() : kNull);
        }
        out.records << record;
        out.problems << problem;
        out.lines << parser.recordLine();
    }
    out.bytesRead = parser.bytesRead();
    return out;
}

Parsed parseAll(const QByteArray &input, const CsvDialect &d)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    return parseAll(&buffer, d);
}

} // namespace

class TestCsvParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void sniff_data();
    void sniff();
    void chunkBoundary_data();
    void chunkBoundary();
    void hugeMultilineField();
    void problemsInLaterChunks();
    void shortReads_data();
    void shortReads();
    void unknownEncoding();
    void fromEndpoint_data();
    void fromEndpoint();
};

void TestCsvParser::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvDialect>("dialect");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QStringList>("problems"); // per record; "" = none, else a substring of it
    QTest::addColumn<QList<qint64>>("lines");  // empty = not checked

    const CsvDialect comma = makeDialect(QStringLiteral(","));
    const QStringList none2 = {QString(), QString()};

    QTest::newRow("lf") << bytes("a,b\n1,2\n") << comma
                        << QList<QStringList>{{"a", "b"}, {"1", "2"}} << none2 << QList<qint64>{1, 2};
    QTest::newRow("crlf") << bytes("a,b\r\n1,2\r\n") << comma
                          << QList<QStringList>{{"a", "b"}, {"1", "2"}} << none2 << QList<qint64>{1, 2};
    QTest::newRow("cr-only") << bytes("a,b\r1,2\r") << comma
                             << QList<QStringList>{{"a", "b"}, {"1", "2"}} << none2 << QList<qint64>{1, 2};
    QTest::newRow("mixed-line-ends") << bytes("a\r\nb\nc\rd") << comma
                                     << QList<QStringList>{{"a"}, {"b"}, {"c"}, {"d"}}
                                     << QStringList(4, QString()) << QList<qint64>{1, 2, 3, 4};
    QTest::newRow("quoted-delimiter") << bytes("\"a,b\",c\n") << comma << QList<QStringList>{{"a,b", "c"}}
                                      << QStringList{QString()} << QList<qint64>{1};
    QTest::newRow("quoted-newline") << bytes("\"line1\nline2\",x\ny,z\n") << comma
                                    << QList<QStringList>{{"line1\nline2", "x"}, {"y", "z"}} << none2
                                    << QList<qint64>{1, 3};
    QTest::newRow("quoted-crlf-kept") << bytes("\"a\r\nb\r\nc\",d\r\ne,f\r\n") << comma
                                      << QList<QStringList>{{"a\r\nb\r\nc", "d"}, {"e", "f"}} << none2
                                      << QList<qint64>{1, 4};
    QTest::newRow("doubled-quote") << bytes("\"say \"\"hi\"\"\",2\n") << comma
                                   << QList<QStringList>{{"say \"hi\"", "2"}} << QStringList{QString()}
                                   << QList<qint64>{};
    QTest::newRow("only-a-quote") << bytes("\"\"\"\"\n") << comma << QList<QStringList>{{"\""}}
                                  << QStringList{QString()} << QList<qint64>{};
    QTest::newRow("quote-inside-unquoted") << bytes("ab\"c,d\n") << comma
                                           << QList<QStringList>{{"ab\"c", "d"}} << QStringList{QString()}
                                           << QList<qint64>{};
    QTest::newRow("text-after-closing-quote") << bytes("\"ab\"c,d\n") << comma
                                              << QList<QStringList>{{"abc", "d"}} << QStringList{QString()}
                                              << QList<qint64>{};
    QTest::newRow("whitespace-kept") << bytes(" a , b \n") << comma << QList<QStringList>{{" a ", " b "}}
                                     << QStringList{QString()} << QList<qint64>{};
    QTest::newRow("empty-unquoted-is-null") << bytes("a,,b,\n") << comma
                                            << QList<QStringList>{{"a", kNull, "b", kNull}}
                                            << QStringList{QString()} << QList<qint64>{};
    QTest::newRow("empty-quoted-is-empty-string") << bytes("\"\",x\n") << comma
                                                  << QList<QStringList>{{"", "x"}} << QStringList{QString()}
                                                  << QList<qint64>{};
    QTest::newRow("null-marker") << bytes("NULL,\"NULL\",null\n") << makeDialect(",", "UTF-8", "NULL")
                                 << QList<QStringList>{{kNull, "NULL", "null"}} << QStringList{QString()}
                                 << QList<qint64>{};
    QTest::newRow("quote-none") << bytes("\"a\",b\n") << makeDialect(",", "UTF-8", QString(), QChar())
                                << QList<QStringList>{{"\"a\"", "b"}} << QStringList{QString()}
                                << QList<qint64>{};
    QTest::newRow("bom") << bytes("\xEF\xBB\xBFid,name\n1,x\n") << comma
                         << QList<QStringList>{{"id", "name"}, {"1", "x"}} << none2 << QList<qint64>{1, 2};
    QTest::newRow("bom-only") << bytes("\xEF\xBB\xBF") << comma << QList<QStringList>{} << QStringList{}
                              << QList<qint64>{};
    QTest::newRow("empty-input") << QByteArray() << makeDialect() << QList<QStringList>{} << QStringList{}
                                 << QList<qint64>{};
    QTest::newRow("latin1") << bytes("caf\xE9,\xFF\n") << makeDialect(",", "latin1")
                            << QList<QStringList>{{QString::fromUtf8("café"), QString::fromUtf8("ÿ")}}
                            << QStringList{QString()} << QList<qint64>{};
    QTest::newRow("windows1252-euro") << bytes("\x80 5,\x93q\x94,\xE9\n") << makeDialect(",", "cp1252")
                                      << QList<QStringList>{{QString::fromUtf8("€ 5"), QString::fromUtf8("“q”"),
                                                             QString::fromUtf8("é")}}
                                      << QStringList{QString()} << QList<qint64>{};
    const QString wide = QString::fromUtf8("a,é\n€,😀\n");
    const QList<QStringList> wideRecords{{"a", QString::fromUtf8("é")}, {QString::fromUtf8("€"), QString::fromUtf8("😀")}};
    QTest::newRow("utf16le-bom") << utf16(wide, QStringConverter::Utf16LE) << makeDialect() << wideRecords << none2
                                 << QList<qint64>{1, 2};
    QTest::newRow("utf16be-bom") << utf16(wide, QStringConverter::Utf16BE) << makeDialect() << wideRecords << none2
                                 << QList<qint64>{1, 2};
    QTest::newRow("semicolon-sniffed") << bytes("a;b;c\n1,5;2;3\n4;5,5;6\n") << makeDialect()
                                       << QList<QStringList>{{"a", "b", "c"}, {"1,5", "2", "3"}, {"4", "5,5", "6"}}
                                       << QStringList(3, QString()) << QList<qint64>{};
    QTest::newRow("tab-sniffed") << bytes("a\tb\n1\t2\n") << makeDialect()
                                 << QList<QStringList>{{"a", "b"}, {"1", "2"}} << none2 << QList<qint64>{};
    QTest::newRow("pipe") << bytes("a|b,c\n1|2\n") << makeDialect("|")
                          << QList<QStringList>{{"a", "b,c"}, {"1", "2"}} << none2 << QList<qint64>{};
    QTest::newRow("unterminated-quote") << bytes("a,b\n\"open,c\nd\n") << comma
                                        << QList<QStringList>{{"a", "b"}, {"open,c\nd\n"}}
                                        << QStringList{QString(), "unterminated quoted field starting at line 2"}
                                        << QList<qint64>{1, 2};
    QTest::newRow("invalid-utf8") << bytes("a,b\nok,x\xFFy\nc,d\n") << comma
                                  << QList<QStringList>{{"a", "b"}, {"ok", QString::fromUtf8("x\uFFFDy")}, {"c", "d"}}
                                  << QStringList{QString(), "invalid UTF-8 in field 2 at line 2, byte 5 of the line",
                                                 QString()}
                                  << QList<qint64>{1, 2, 3};
    QTest::newRow("invalid-utf8-after-multibyte") << bytes("\"\xC3\xA9\n\xE2\x82\xAC\xC3(\",x\n") << comma
                                                  << QList<QStringList>{{QString::fromUtf8("é\n€\uFFFD("), "x"}}
                                                  << QStringList{"invalid UTF-8 in field 1 at line 2, byte 4 of the line"}
                                                  << QList<qint64>{1};
    QTest::newRow("genuine-replacement-char") << bytes("\xEF\xBF\xBD,x\n") << comma
                                              << QList<QStringList>{{QString(QChar::ReplacementCharacter), "x"}}
                                              << QStringList{QString()} << QList<qint64>{};
    // The record with a genuine U+FFFD is fine, though it shares the decoder's chunk with bad bytes.
    QTest::newRow("genuine-replacement-beside-invalid") << bytes("\xEF\xBF\xBD,x\ny,\xFF\xEF\xBF\xBD\n") << comma
        << QList<QStringList>{{QStringLiteral("\uFFFD"), "x"}, {"y", QStringLiteral("\uFFFD\uFFFD")}}
        << QStringList{QString(), "invalid UTF-8 in field 2 at line 2, byte 3 of the line"} << QList<qint64>{1, 2};
    QTest::newRow("truncated-utf8-at-eof") << bytes("a,\xE2") << comma
                                           << QList<QStringList>{{"a", QString(QChar::ReplacementCharacter)}}
                                           << QStringList{"invalid UTF-8 in field 2 at line 1, byte 3 of the line"}
                                           << QList<qint64>{};
    QTest::newRow("nul-byte") << bytes("a,b\0c\nd,e\n") << comma
                              << QList<QStringList>{{"a", QString::fromLatin1("b\0c", 3)}, {"d", "e"}}
                              << QStringList{"NUL byte in field 2 at line 1", QString()} << QList<qint64>{1, 2};
    QTest::newRow("no-final-newline") << bytes("a,b\n1,2") << comma << QList<QStringList>{{"a", "b"}, {"1", "2"}}
                                      << none2 << QList<qint64>{1, 2};
    QTest::newRow("trailing-delimiter-at-eof") << bytes("a,") << comma << QList<QStringList>{{"a", kNull}}
                                               << QStringList{QString()} << QList<qint64>{};
    QTest::newRow("blank-lines") << bytes("\n\na,b\n\n\r\n1,2\n\n") << comma
                                 << QList<QStringList>{{"a", "b"}, {"1", "2"}} << none2 << QList<qint64>{3, 6};
}

void TestCsvParser::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvDialect, dialect);
    QFETCH(QList<QStringList>, records);
    QFETCH(QStringList, problems);
    QFETCH(QList<qint64>, lines);

    const Parsed parsed = parseAll(input, dialect);
    QVERIFY(!parsed.nullString);
    QCOMPARE(parsed.records, records);
    QCOMPARE(parsed.problems.size(), problems.size());
    for (qsizetype i = 0; i < problems.size(); ++i) {
        if (problems.at(i).isEmpty())
            QVERIFY2(parsed.problems.at(i).isEmpty(), qPrintable(parsed.problems.at(i)));
        else
            QVERIFY2(parsed.problems.at(i).contains(problems.at(i)), qPrintable(parsed.problems.at(i)));
    }
    if (!lines.isEmpty())
        QCOMPARE(parsed.lines, lines);
    QCOMPARE(parsed.bytesRead, input.size());
}

void TestCsvParser::sniff_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QChar>("expected");

    QTest::newRow("comma") << "a,b,c\n1,2,3\n" << QChar(u',');
    QTest::newRow("semicolon") << "a;b\n1;2\n" << QChar(u';');
    QTest::newRow("tab") << "a\tb\tc\n1\t2\t3\n" << QChar(u'\t');
    QTest::newRow("pipe") << "a|b\n1|2\n" << QChar(u'|');
    QTest::newRow("single-column") << "name\nalice\nbob\n" << QChar(u',');
    QTest::newRow("empty") << "" << QChar(u',');
    QTest::newRow("commas-only-inside-quotes") << "\"a,b\";\"c,d\"\n\"e,f\";g\n" << QChar(u';');
    QTest::newRow("decimal-commas") << "id;price;qty\n1;2,50;3\n2;3,75;1\n" << QChar(u';');
    QTest::newRow("one-line-no-newline") << "a;b;c" << QChar(u';');
    QTest::newRow("cut-off-last-line") << "a|b\n1|2\n3|4,5,6,7,8" << QChar(u'|');
    QTest::newRow("quoted-newline") << "\"x\ny,z\";1\n2;3\n" << QChar(u';');
}

void TestCsvParser::sniff()
{
    QFETCH(QString, sample);
    QFETCH(QChar, expected);
    QCOMPARE(CsvParser::sniffDelimiter(sample, QChar(u'"')), expected);
}

// The first read is exactly one chunk (256 KiB), so a record built around byte 262144 puts a
// multi-byte character, a doubled quote or a CRLF across the chunk boundary.
void TestCsvParser::chunkBoundary_data()
{
    QTest::addColumn<QByteArray>("straddler"); // starts `before` bytes ahead of the boundary
    QTest::addColumn<int>("before");
    QTest::addColumn<QString>("decoded");

    QTest::newRow("utf8-2-byte") << QByteArray("\xC3\xA9") << 1 << QString::fromUtf8("é");
    QTest::newRow("utf8-3-byte-1") << QByteArray("\xE2\x82\xAC") << 1 << QString::fromUtf8("€");
    QTest::newRow("utf8-3-byte-2") << QByteArray("\xE2\x82\xAC") << 2 << QString::fromUtf8("€");
    QTest::newRow("utf8-4-byte") << QByteArray("\xF0\x9F\x98\x80") << 2 << QString::fromUtf8("😀");
    QTest::newRow("doubled-quote") << QByteArray("\"\"") << 1 << QStringLiteral("\"");
    QTest::newRow("quoted-crlf") << QByteArray("\r\n") << 1 << QStringLiteral("\r\n");
}

void TestCsvParser::chunkBoundary()
{
    QFETCH(QByteArray, straddler);
    QFETCH(int, before);
    QFETCH(QString, decoded);

    const qsizetype boundary = 256 * 1024;
    const QByteArray head = "h1,h2\n1,\"";
    const QByteArray filler(boundary - head.size() - before, 'x');
    const QByteArray tail(300 * 1024, 'y'); // the field also spans the second chunk
    const QByteArray input = head + filler + straddler + tail + "\",z\r\n2,w\r\n";

    const Parsed parsed = parseAll(input, makeDialect(QStringLiteral(",")));
    QCOMPARE(parsed.records.size(), 3);
    QCOMPARE(parsed.records.at(1).size(), 3);
    QVERIFY(parsed.records.at(1).at(1) == QString::fromLatin1(filler) + decoded + QString::fromLatin1(tail));
    QCOMPARE(parsed.records.at(1).at(2), QStringLiteral("z"));
    QCOMPARE(parsed.records.at(2), (QStringList{"2", "w"}));
    QCOMPARE(parsed.problems, QStringList(3, QString()));
    const qint64 extraLines = decoded == QLatin1String("\r\n") ? 1 : 0;
    QCOMPARE(parsed.lines, (QList<qint64>{1, 2, 3 + extraLines}));
}

// A CRLF split by the chunk boundary ends one record; it is not a line end plus a blank line.
void TestCsvParser::hugeMultilineField()
{
    QByteArray field;
    QString expected;
    for (int i = 0; i < 60000; ++i) {
        field += "line \"\"" + QByteArray::number(i) + "\"\" \xC3\xA9\r\n";
        expected += QStringLiteral("line \"%1\" é\r\n").arg(i);
    }
    const QByteArray input = "a,b\n\"" + field + "\",end\n" + "x,y\n";
    QVERIFY(input.size() > 3 * 256 * 1024);
    const Parsed parsed = parseAll(input, makeDialect());
    QCOMPARE(parsed.delimiter, QChar(u','));
    QCOMPARE(parsed.records.size(), 3);
    QVERIFY(parsed.records.at(1).at(0) == expected);
    QCOMPARE(parsed.records.at(1).at(1), QStringLiteral("end"));
    QCOMPARE(parsed.lines, (QList<qint64>{1, 2, 3 + 60000}));
}

// Bad bytes far into the file are blamed on their own records, with lines counted across chunks.
void TestCsvParser::problemsInLaterChunks()
{
    QByteArray input = "id,text\n";
    for (int i = 1; i <= 30000; ++i) {
        const QByteArray text = i == 15000 ? QByteArray("nul\0here", 8)
                              : i == 25000 ? QByteArray("\xC3\xA9-\xC3(")
                                           : QByteArray("row text");
        input += QByteArray::number(i) + ",\"" + text + "\"\r\n";
    }
    QVERIFY(input.size() > 2 * 256 * 1024);
    const Parsed parsed = parseAll(input, makeDialect());
    QCOMPARE(parsed.records.size(), 30001);
    QCOMPARE(parsed.lines.last(), 30001);
    for (qsizetype i = 0; i < parsed.problems.size(); ++i) {
        const QString &problem = parsed.problems.at(i);
        if (i == 15000)
            QCOMPARE(problem, QStringLiteral("NUL byte in field 2 at line 15001"));
        else if (i == 25000)
            QCOMPARE(problem, QStringLiteral("invalid UTF-8 in field 2 at line 25001, byte 11 of the line"));
        else
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("record %1: %2").arg(i).arg(problem)));
    }
    QCOMPARE(parsed.records.at(25000).at(1), QString::fromUtf8("é-\uFFFD("));
}

// A pipe or a FIFO may return a few bytes per read: the records must be the ones read in one piece,
// a BOM split over two reads included (it used to become part of the first column's name), and a
// long record must not cost a parse per read.
void TestCsvParser::shortReads_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvDialect>("dialect");
    QTest::addColumn<int>("step");

    const QString wide = QStringLiteral("id\tname\n1\t\u00e4\U0001F600\n");
    QTest::newRow("utf8-bom-1") << bytes("\xEF\xBB\xBFid,name\n1,x\n") << makeDialect() << 1;
    QTest::newRow("utf8-bom-2") << bytes("\xEF\xBB\xBFid,name\n1,x\n") << makeDialect() << 2;
    QTest::newRow("utf16le-bom-1") << utf16(wide, QStringConverter::Utf16LE) << makeDialect() << 1;
    QTest::newRow("utf16be-bom-3") << utf16(wide, QStringConverter::Utf16BE) << makeDialect() << 3;
    QTest::newRow("quoted-crlf-1") << bytes("a,\"x\r\ny\"\r\n\"\"\"\",2\r\n") << makeDialect(",") << 1;
    QTest::newRow("invalid-utf8-2") << bytes("a,\xEF\xBF\xBD\xE2\x82\n\xC3\xA9,\xFF\n") << makeDialect(",") << 2;
    QByteArray longRecord = "k,v\n1,\"";
    longRecord += QByteArray(200000, 'x') + "\"\n2,y\n";
    QTest::newRow("long-record-7") << longRecord << makeDialect(",") << 7;
}

void TestCsvParser::shortReads()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvDialect, dialect);
    QFETCH(int, step);

    const Parsed whole = parseAll(input, dialect);
    ShortReadDevice device(input, step);
    const Parsed pieces = parseAll(&device, dialect);
    QCOMPARE(pieces.records, whole.records);
    QCOMPARE(pieces.problems, whole.problems);
    QCOMPARE(pieces.lines, whole.lines);
    QCOMPARE(pieces.delimiter, whole.delimiter);
    QVERIFY2(!pieces.records.isEmpty() && !pieces.records.first().first().startsWith(QChar(0xFEFF)),
             "the BOM is read as text");
    // The device is read through once. (The long record is parsed again only after reads that at
    // least double it: parsed again after every read, it would take minutes.)
    QVERIFY(device.reads() <= input.size() / step + 3);

    // CsvScanner reads the same records from the same short reads.
    const std::optional<CsvScanner::Encoding> encoding =
        CsvScanner::encodingFor(makeDialect(QString(whole.delimiter), dialect.encoding), input.left(3));
    if (!encoding)
        return;
    ShortReadDevice again(input, step);
    CsvScanner scanner(&again, makeDialect(QString(whole.delimiter), dialect.encoding), *encoding);
    for (const QStringList &record : whole.records) {
        QVERIFY(scanner.readRecord());
        QStringList scanned;
        for (const QVariant &field : scanner.decodedRecord())
            scanned << (field.isValid() ? field.toString() : kNull);
        QCOMPARE(scanned, record);
    }
    QVERIFY(!scanner.readRecord());
}

void TestCsvParser::unknownEncoding()
{
    QBuffer buffer;
    buffer.setData("a,b\n");
    buffer.open(QIODevice::ReadOnly);
    CsvParser parser(&buffer, makeDialect(QStringLiteral(","), QStringLiteral("EBCDIC")));
    QVERIFY(!parser.start());
    QVERIFY2(parser.error().contains(QLatin1String("EBCDIC")), qPrintable(parser.error()));
    QList<QVariant> fields;
    QVERIFY(!parser.readRecord(fields, nullptr));
}

void TestCsvParser::fromEndpoint_data()
{
    QTest::addColumn<CsvOptions>("options");
    QTest::addColumn<CsvDialect>("expected");
    QTest::addColumn<QString>("error"); // substring; empty = must succeed

    CsvDialect defaults;
    QTest::newRow("defaults") << CsvOptions{} << defaults << QString();

    CsvDialect semicolon = defaults;
    semicolon.delimiter = QChar(u';');
    semicolon.detectDelimiter = false;
    QTest::newRow("delimiter-char") << CsvOptions{{"delimiter", ";"}} << semicolon << QString();
    QTest::newRow("delimiter-word") << CsvOptions{{"delimiter", "Semicolon"}} << semicolon << QString();
    CsvDialect tab = defaults;
    tab.delimiter = QChar(u'\t');
    tab.detectDelimiter = false;
    QTest::newRow("delimiter-tab") << CsvOptions{{"delimiter", "tab"}} << tab << QString();
    QTest::newRow("delimiter-backslash-t") << CsvOptions{{"delimiter", "\\t"}} << tab << QString();
    CsvDialect pipe = defaults;
    pipe.delimiter = QChar(u'|');
    pipe.detectDelimiter = false;
    QTest::newRow("delimiter-pipe") << CsvOptions{{"delimiter", "pipe"}} << pipe << QString();

    CsvDialect full = defaults;
    full.quote = QChar();
    full.header = false;
    full.encoding = QStringLiteral("ISO-8859-1");
    full.nullMarker = QStringLiteral("\\N");
    QTest::newRow("all-options") << CsvOptions{{"quote", "none"}, {"header", "no"}, {"encoding", "latin1"},
                                            {"null", "\\N"}}
                                 << full << QString();
    CsvDialect unquoted = defaults;
    unquoted.quote = QChar();
    QTest::newRow("quote-empty-is-none") << CsvOptions{{"quote", ""}} << unquoted << QString();
    CsvDialect cp = defaults;
    cp.encoding = QStringLiteral("windows-1252");
    cp.quote = QChar(u'\'');
    QTest::newRow("cp1252-single-quote") << CsvOptions{{"encoding", "CP1252"}, {"quote", "'"}} << cp << QString();
    CsvDialect utf = defaults;
    utf.encoding = QStringLiteral("UTF-8");
    utf.header = true;
    QTest::newRow("utf8-header-1") << CsvOptions{{"encoding", "utf8"}, {"header", "1"}} << utf << QString();

    QTest::newRow("unknown-option") << CsvOptions{{"delimeter", ";"}} << defaults
                                    << "unknown CSV option 'delimeter' (known: delimiter, quote, header, encoding, null, locale, decimal, thousands, minus, currency, percent, date, time, pivot, bool)";
    QTest::newRow("bad-delimiter") << CsvOptions{{"delimiter", ";;"}} << defaults << "'delimiter'";
    QTest::newRow("bad-header") << CsvOptions{{"header", "maybe"}} << defaults << "'maybe' for CSV option 'header'";
    QTest::newRow("bad-encoding") << CsvOptions{{"encoding", "klingon"}} << defaults << "'klingon'";
    QTest::newRow("bad-quote") << CsvOptions{{"quote", "<<"}} << defaults << "'quote'";
    QTest::newRow("quote-equals-delimiter") << CsvOptions{{"quote", ";"}, {"delimiter", ";"}} << defaults
                                            << "cannot both be ';'";
}

void TestCsvParser::fromEndpoint()
{
    QFETCH(CsvOptions, options);
    QFETCH(CsvDialect, expected);
    QFETCH(QString, error);

    Endpoint endpoint;
    endpoint.kind = EndpointKind::Csv;
    endpoint.scheme = QStringLiteral("csv");
    endpoint.path = QStringLiteral("/tmp/x.csv");
    endpoint.options = options;
    QString why;
    const std::optional<CsvDialect> dialect = CsvDialect::fromEndpoint(endpoint, &why);
    if (error.isEmpty()) {
        QVERIFY2(dialect.has_value(), qPrintable(why));
        QVERIFY(*dialect == expected);
    } else {
        QVERIFY(!dialect.has_value());
        QVERIFY2(why.contains(error), qPrintable(why));
    }
}

QTEST_GUILESS_MAIN(TestCsvParser)
#include "tst_csvparser.moc"
