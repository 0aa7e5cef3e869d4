// CsvScanner against CsvParser, the reference: the same records, problems and inferred schema
// (CsvIntrospector::describe with each pass) for tricky inputs, chunk boundaries included.
#include "io/csv/csvdialect.h"
#include "io/csv/csvintrospector.h"
#include "io/csv/csvparser.h"
#include "io/csv/csvscanner.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace barge;

Q_DECLARE_METATYPE(barge::CsvDialect)

namespace {

// Keeps embedded NUL bytes, which a plain QByteArray(const char *) would cut at.
template<size_t N>
QByteArray bytes(const char (&text)[N])
{
    return QByteArray(text, qsizetype(N - 1));
}

CsvDialect makeDialect(const QString &delimiter = QString(), const QString &encoding = QStringLiteral("UTF-8"),
                       const QString &nullMarker = QString(), QChar quote = QChar(u'"'), bool header = true)
{
    CsvDialect d;
    if (!delimiter.isEmpty()) {
        d.delimiter = delimiter.at(0);
        d.detectDelimiter = false;
    }
    d.encoding = encoding;
    d.nullMarker = nullMarker;
    d.quote = quote;
    d.header = header;
    return d;
}

// Header, then padding rows ("7,ppp...") up to exactly `offset` bytes, then `tail`: puts a chosen
// byte of `tail` on the scanner's first chunk boundary.
QByteArray placedAt(qsizetype offset, const QByteArray &tail)
{
    QByteArray out = "a,b\n";
    constexpr qsizetype row = 1000;
    while (offset - out.size() > 2 * row)
        out += "7," + QByteArray(row - 3, 'p') + '\n';
    out += "7," + QByteArray(offset - out.size() - 3, 'p') + '\n';
    return out += tail;
}

// A record as text for comparison: NULL shows as <NULL>, values in brackets so "" is visible.
QString show(const QList<QVariant> &record)
{
    QStringList shown;
    for (const QVariant &value : record)
        shown << (value.isValid() ? QString(u'[' + value.toString() + u']') : QStringLiteral("<NULL>"));
    return shown.join(u',');
}

struct Records
{
    QStringList records;
    QList<bool> problems;
    QList<qint64> lines;   // where each record begins, as the parser counts lines
    QList<qint64> offsets; // the scanner's: the byte where each record begins
};

Records parseAll(const QByteArray &input, const CsvDialect &dialect)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvParser parser(&buffer, dialect);
    Records out;
    QList<QVariant> fields;
    QString problem;
    while (parser.readRecord(fields, &problem)) {
        out.records << show(fields);
        out.problems << !problem.isEmpty();
        out.lines << parser.recordLine();
    }
    return out;
}

// Sets the scanner up as CsvIntrospector::describe() does: the parser sniffs the delimiter.
std::optional<Records> scanAll(const QByteArray &input, const CsvDialect &dialect)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvParser parser(&buffer, dialect);
    parser.start();
    CsvDialect resolved = dialect;
    resolved.delimiter = parser.delimiter();
    const auto encoding = CsvScanner::encodingFor(resolved, input.left(3));
    if (!encoding)
        return std::nullopt;
    buffer.seek(0);
    CsvScanner scanner(&buffer, resolved, *encoding);
    Records out;
    while (scanner.readRecord()) {
        out.records << show(scanner.decodedRecord());
        out.problems << scanner.problem();
        out.lines << scanner.recordLine();
        out.offsets << scanner.recordOffset();
    }
    return out;
}

std::optional<TableSchema> describe(const QByteArray &input, const CsvDialect &dialect,
                                    CsvIntrospector::Pass pass, QString *error)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    return CsvIntrospector::describe(&buffer, dialect, pass, error);
}

} // namespace

class TestCsvScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameRecordsAsParser_data() { addCases(); }
    void sameRecordsAsParser();
    void sameSchemaAsParser_data() { addCases(); }
    void sameSchemaAsParser();
    void inferredTypes();
    void fallsBackToParser_data();
    void fallsBackToParser();

private:
    static void addCases();
    static void addChunkBoundaryCases();
};

void TestCsvScanner::addCases()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvDialect>("dialect");

    const CsvDialect d = makeDialect();
    QTest::newRow("lf") << bytes("id,name\n1,a\n2,b\n") << d;
    QTest::newRow("crlf") << bytes("id,amount\r\n1,2.5\r\n2,3\r\n") << d;
    QTest::newRow("cr-only") << bytes("id,amount\r1,2.5\r2,3\r") << d;
    QTest::newRow("mixed-line-ends") << bytes("a,b\n1,2\r\n3,4\r5,6\n") << d;
    QTest::newRow("quoted-delimiter") << bytes("a,b\n\"1,5\",2\n\"x,y\",3\n") << d;
    QTest::newRow("doubled-quotes") << bytes("a,b\n\"say \"\"hi\"\"\",1\n\"\"\"\",2\n") << d;
    QTest::newRow("newline-in-quotes") << bytes("a,b\n\"line\nbreak\",1\n\"cr\rcrlf\r\n\",2\n") << d;
    QTest::newRow("numbers-in-quotes") << bytes("a,b\n\"1\",\"2.5\"\n\"3\",\"4\"\n") << d;
    QTest::newRow("empty-vs-quoted-empty") << bytes("a,b,c\n,\"\",1\n,\"\",2\n") << d;
    QTest::newRow("quoted-empty-in-numbers") << bytes("a\n1\n\"\"\n2\n") << d;
    QTest::newRow("null-marker") << bytes("a,b\nNULL,1\n5,NULL\n6,\"NULL\"\n") << makeDialect(",", "UTF-8", "NULL");
    QTest::newRow("null-marker-only-exact") << bytes("a\nNULL\nnull\n") << makeDialect(",", "UTF-8", "NULL");
    QTest::newRow("null-marker-non-ascii") << QByteArray("a\n\xE2\x88\x85\n5\n")
                                           << makeDialect(",", "UTF-8", QString::fromUtf8("∅"));
    QTest::newRow("blank-lines") << bytes("\n\na,b\n\n1,2\r\n\r\n\r3,4\n\n") << d;
    QTest::newRow("only-blank-lines") << bytes("\n\r\n\r\r\n") << d;
    QTest::newRow("bom") << bytes("\xEF\xBB\xBFid,name\n1,x\n") << d;
    QTest::newRow("bom-only") << bytes("\xEF\xBB\xBF") << d;
    QTest::newRow("double-bom") << bytes("\xEF\xBB\xBF\xEF\xBB\xBFid\n1\n") << d;
    QTest::newRow("non-ascii-text") << QByteArray("name,n\nJosé,1\n東京,2\nemoji 😀,3\n") << d;
    QTest::newRow("non-ascii-header") << QByteArray("größe,名前, größe \n1,2,3\n") << d;
    QTest::newRow("non-ascii-digit") << QByteArray("n\n1\n٣\n") << d;
    QTest::newRow("no-final-newline") << bytes("a,b\n1,2\n3,4") << d;
    QTest::newRow("no-final-newline-quoted") << bytes("a,b\n1,\"2\"") << d;
    QTest::newRow("ragged-rows") << bytes("a,b\n1\n2,3,4\n5,x\n") << d;
    QTest::newRow("ragged-no-header") << bytes("1\n2,3,4\n5,x\n") << makeDialect(",", "UTF-8", {}, u'"', false);
    QTest::newRow("header-only") << bytes("a,b\n") << d;
    QTest::newRow("empty-file") << QByteArray() << d;
    QTest::newRow("unterminated-quote-at-eof") << bytes("a,b\n1,2\n3,\"abc") << d;
    QTest::newRow("unterminated-after-doubled") << bytes("a\n1\n\"x\"\"") << d;
    QTest::newRow("unterminated-with-text-in-numbers") << bytes("a,b\n1,2\n\"x\n3,4\n") << d;
    QTest::newRow("nul-byte") << bytes("a,b\n1,2\nx\0y,z\n3,4\n") << d;
    QTest::newRow("nul-in-quotes") << bytes("a\n1\n\"x\0\"\n") << d;
    QTest::newRow("nul-after-closing-quote") << bytes("a,b\n1,2\n\"x\"\0,q\n") << d;
    QTest::newRow("nul-in-header") << bytes("a\0b,c\n1,2\n") << d;
    QTest::newRow("unterminated-header") << bytes("\"a,b\n1,2") << d;
    QTest::newRow("invalid-utf8-in-header") << bytes("a\xFF,b\n1,2\n") << d;
    QTest::newRow("invalid-utf8") << bytes("a,b\n1,2\nx\xFF,zz\n3,4\n") << d;
    QTest::newRow("truncated-utf8-before-delimiter") << bytes("a,b\n1,2\n\xC3,5\n6,7\n") << d;
    QTest::newRow("truncated-utf8-at-eof") << bytes("a\n1\n\xE2\x82") << d;
    // ../shared/findings/fuzz_csvparser-crash-34d2b0da.bin: the closing quote cuts a character in
    // two; the bytes either side of it are two invalid characters, not one "§".
    QTest::newRow("utf8-cut-by-closing-quote") << bytes("a,b\n\"\xC2\xA7\xC2\"\xA7" "1,2\n3,4\n") << d;
    QTest::newRow("utf8-cut-by-doubled-quote") << bytes("a\n\"x\xC2\"\"\xA7\"\n") << d;
    QTest::newRow("utf8-surrogate") << bytes("a,b\n1,2\n\xED\xA0\x80,x\n") << d;
    QTest::newRow("genuine-replacement-char") << bytes("a,b\n1,\xEF\xBF\xBD\n2,3\n") << d;
    QTest::newRow("text-after-closing-quote") << bytes("a,b\n\"1\"2,3\n\"ab\"c\"d,4\n") << d;
    QTest::newRow("quote-inside-unquoted") << bytes("a,b\n1\"2,3\n") << d;
    QTest::newRow("whitespace-kept") << bytes("a,b\n 1,2 \n") << d;
    QTest::newRow("trailing-delimiter") << bytes("a,b,\n1,2,\n") << d;
    QTest::newRow("trailing-delimiter-at-eof") << bytes("a,b\n1,") << d;
    QTest::newRow("types") << bytes("b,d,t,dt,dec,r\ntrue,2023-01-05,10:00:00,2023-01-05 10:00:00,1.50,1e5\n"
                                    "false,2024-02-29,23:59:59,2024-02-29 00:00:01,-2.25,2.5\n") << d;
    QTest::newRow("semicolon-sniffed") << bytes("a;b\n1,5;2\n3,5;4\n") << d;
    QTest::newRow("tab-sniffed") << bytes("a\tb\n1\t2\n") << d;
    QTest::newRow("pipe") << bytes("a|b,c\n1|2\n") << makeDialect("|");
    QTest::newRow("no-quoting") << bytes("a,b\n\"1\",2\n\"x,3\n") << makeDialect(",", "UTF-8", {}, QChar());
    QTest::newRow("single-quote-char") << bytes("a,b\n'1,5',2\n'it''s',3\n") << makeDialect(",", "UTF-8", {}, u'\'');
    QTest::newRow("no-header") << bytes("1,x\n2,y\n") << makeDialect(",", "UTF-8", {}, u'"', false);
    QTest::newRow("latin1") << bytes("gr\xF6\xDF" "e,n\nJos\xE9,1\n\xFF,2\n") << makeDialect(",", "latin1");
    QTest::newRow("windows-1252") << bytes("\x80uro,n\n\x80 5,\x93q\x94\n") << makeDialect(",", "cp1252", "NULL");
    QTest::newRow("utf16-named-utf8-bom") << bytes("\xEF\xBB\xBF" "a\n1\n") << makeDialect(",", "UTF-16");
    QTest::newRow("field-over-a-chunk-quoted")
        << QByteArray("a,b\n1,\"" + QByteArray(1536 * 1024, 'x') + "\"\"y\r\nz\"\n2,3\n") << d;
    QTest::newRow("field-over-chunks-unquoted") << QByteArray("a,b\n1," + QByteArray(3 * 1024 * 1024, '9') + "\n2,3\n") << d;
    QTest::newRow("huge-number") << QByteArray("a\n1" + QByteArray(CsvScanner::chunkBytes + 10, '0') + "\n") << d;
    addChunkBoundaryCases();
}

// Every byte of each tricky record, in turn, on the first chunk boundary; rows after it show
// whether the scanner resynchronised.
void TestCsvScanner::addChunkBoundaryCases()
{
    const QList<std::pair<const char *, QByteArray>> records = {
        {"quoted-number", "\"12\",x\r\n"},
        {"doubled-quote", "\"1\"\"\",y\r\n"},
        {"crlf-in-quotes", "\"a\r\nb\",z\r\n"},
        {"multibyte", "\xC3\xA9,\xE2\x82\xAC\xF0\x9F\x98\x80\r\n"},
        {"blank-lines", "\r\n\r\n8,9\r\n"},
        {"closing-quote-then-text", "\"x\"tail,q\r\n"},
        {"null-marker", "NULL,NULL\r\n"},
    };
    const CsvDialect d = makeDialect(",", "UTF-8", "NULL");
    for (const auto &[name, record] : records) {
        for (qsizetype k = 0; k <= record.size(); ++k) {
            const QByteArray input = placedAt(CsvScanner::chunkBytes - k, record + "5,6\r\n7,8\r\n");
            QTest::addRow("chunk-boundary-%s-byte-%d", name, int(k)) << input << d;
        }
    }
}

void TestCsvScanner::sameRecordsAsParser()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvDialect, dialect);
    const Records parsed = parseAll(input, dialect);
    const std::optional<Records> scanned = scanAll(input, dialect);
    QVERIFY(scanned);
    QCOMPARE(scanned->records.size(), parsed.records.size());
    for (qsizetype i = 0; i < parsed.records.size(); ++i) {
        QVERIFY2(scanned->records.at(i) == parsed.records.at(i),
                 qPrintable(QStringLiteral("record %1: scanner %2, parser %3")
                                .arg(i).arg(scanned->records.at(i).left(200), parsed.records.at(i).left(200))));
        QVERIFY2(scanned->problems.at(i) == parsed.problems.at(i), qPrintable(QStringLiteral("record %1").arg(i)));
    }
    // Where each record begins: the same line, and a parser restarted at the scanner's offset, bounded
    // by the next record's, reads exactly that record (a file in parts: KeyRange::records()).
    QCOMPARE(scanned->lines, parsed.lines);
    const qsizetype count = parsed.records.size();
    const qsizetype step = std::max<qsizetype>(1, count / 200);
    QList<qsizetype> picked; // about 200 records, the last one included
    for (qsizetype i = 0; i < count; i += step)
        picked << i;
    if (count > 0 && picked.last() != count - 1)
        picked << count - 1;
    for (const qsizetype i : std::as_const(picked)) {
        QBuffer buffer;
        buffer.setData(input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvParser parser(&buffer, dialect);
        QVERIFY(parser.restartAt(scanned->offsets.at(i), scanned->lines.at(i), i + 1 < count ? scanned->offsets.at(i + 1) : -1));
        QList<QVariant> fields;
        QString problem;
        QVERIFY2(parser.readRecord(fields, &problem), qPrintable(QStringLiteral("record %1").arg(i)));
        QCOMPARE(show(fields), parsed.records.at(i));
        QCOMPARE(parser.recordLine(), parsed.lines.at(i));
        QVERIFY2(!parser.readRecord(fields, &problem), qPrintable(QStringLiteral("record %1 ran on").arg(i)));
    }
}

void TestCsvScanner::sameSchemaAsParser()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvDialect, dialect);
    QString error;
    const std::optional<TableSchema> parsed = describe(input, dialect, CsvIntrospector::Pass::Parser, &error);
    QVERIFY2(parsed, qPrintable(error));
    const std::optional<TableSchema> scanned = describe(input, dialect, CsvIntrospector::Pass::Scanner, &error);
    QVERIFY2(scanned, qPrintable(error));
    QCOMPARE(scanned->rowCount, parsed->rowCount);
    QCOMPARE(scanned->columnNames(), parsed->columnNames());
    for (qsizetype i = 0; i < parsed->columns.size(); ++i) {
        QVERIFY2(scanned->columns.at(i).type == parsed->columns.at(i).type,
                 qPrintable(QStringLiteral("column %1: scanner %2, parser %3")
                                .arg(parsed->columns.at(i).name, scanned->columns.at(i).type.toString(),
                                     parsed->columns.at(i).type.toString())));
    }
    QCOMPARE(*scanned, *parsed);
}

// The equality tests above would pass if both paths were wrong in the same way; pin a few results.
void TestCsvScanner::inferredTypes()
{
    const QByteArray input = bytes("\xEF\xBB\xBFid,name,amount,qty,created,flag\r\n"
                                   "1,\"line\nbreak\",58665.75,\"643\",2012-12-03 22:41:10,true\r\n"
                                   "2,Jos\xC3\xA9,18229.71,,2023-06-28 23:31:07,false\r\n"
                                   "x\0,bad,row,with,a,nul\r\n"
                                   "3,\"say \"\"hi\"\"\",4437.7,942,2017-02-08 23:51:27,\"true\"\r\n");
    QString error;
    const std::optional<TableSchema> schema =
        describe(input, makeDialect(), CsvIntrospector::Pass::Scanner, &error);
    QVERIFY2(schema, qPrintable(error));
    QCOMPARE(schema->rowCount, 4);
    QCOMPARE(schema->columnNames(), QStringList({"id", "name", "amount", "qty", "created", "flag"}));
    QStringList types;
    for (const ColumnSchema &column : schema->columns)
        types << column.type.toString();
    QCOMPARE(types, QStringList({"int64", "text", "real", "int64", "datetime", "boolean"}));
}

void TestCsvScanner::fallsBackToParser_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvDialect>("dialect");

    QStringEncoder le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QStringEncoder be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
    const QString text = QStringLiteral("a,b\n1,2\n3,x\n");
    QTest::newRow("utf16le-bom") << QByteArray(le.encode(text)) << makeDialect();
    QTest::newRow("utf16be-bom") << QByteArray(be.encode(text)) << makeDialect();
    QTest::newRow("utf16-named-no-bom") << QByteArray(QStringEncoder(QStringConverter::Utf16LE).encode(text))
                                        << makeDialect(",", "UTF-16");
    QTest::newRow("non-ascii-delimiter") << QByteArray("a§b\n1§2\n") << makeDialect(QString::fromUtf8("§"));
    QTest::newRow("latin1-non-ascii-null-marker") << bytes("a\n\xE9\n1\n")
                                                  << makeDialect(",", "latin1", QString::fromUtf8("é"));
}

void TestCsvScanner::fallsBackToParser()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvDialect, dialect);
    QString error;
    QVERIFY(!describe(input, dialect, CsvIntrospector::Pass::Scanner, &error));
    const std::optional<TableSchema> automatic = describe(input, dialect, CsvIntrospector::Pass::Auto, &error);
    QVERIFY2(automatic, qPrintable(error));
    const std::optional<TableSchema> parsed = describe(input, dialect, CsvIntrospector::Pass::Parser, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(*automatic, *parsed);
    QVERIFY(automatic->rowCount > 0);
}

QTEST_GUILESS_MAIN(TestCsvScanner)
#include "tst_csvscanner.moc"
