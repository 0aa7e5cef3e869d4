// CsvWriter: quoting, NULL vs empty, encodings, line ends, write errors, round trip through CsvParser.
#include "io/csv/csvdialect.h"
#include "io/csv/csvparser.h"
#include "io/csv/csvwriter.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace barge;

Q_DECLARE_METATYPE(barge::CsvDialect)

namespace {

template<size_t N>
QByteArray bytes(const char (&text)[N])
{
    return QByteArray(text, qsizetype(N - 1));
}

CsvDialect makeDialect(QChar delimiter = QChar(u','), const QString &encoding = QStringLiteral("UTF-8"),
                       const QString &nullMarker = QString())
{
    CsvDialect d;
    d.delimiter = delimiter;
    d.detectDelimiter = false;
    d.encoding = encoding;
    d.nullMarker = nullMarker;
    return d;
}

QByteArray write(const CsvDialect &dialect, const QList<QList<QVariant>> &records, bool crlf = false)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, dialect, crlf);
    for (const QList<QVariant> &record : records)
        writer.writeRecord(record);
    if (!writer.flush())
        qWarning() << writer.error();
    return buffer.data();
}

QList<QList<QVariant>> parse(const QByteArray &data, const CsvDialect &dialect, QStringList *problems)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvParser parser(&buffer, dialect);
    QList<QList<QVariant>> records;
    QList<QVariant> fields;
    QString problem;
    while (parser.readRecord(fields, &problem)) {
        records << fields;
        if (!problem.isEmpty())
            *problems << problem;
    }
    if (!parser.error().isEmpty())
        *problems << parser.error();
    return records;
}

// Values that break naive writers: every one must come back exactly, NULL and "" kept apart.
QList<QList<QVariant>> awkwardRecords(bool latin1Only)
{
    QList<QList<QVariant>> records = {
        {QStringLiteral("plain"), QVariant(), QString(QLatin1String(""))},
        {QStringLiteral(" lead"), QStringLiteral("trail "), QStringLiteral("\tboth\t")},
        {QStringLiteral("a,b"), QStringLiteral("a;b"), QStringLiteral("a\tb|c")},
        {QStringLiteral("say \"hi\""), QStringLiteral("\""), QStringLiteral("\"\"")},
        {QStringLiteral("line1\nline2"), QStringLiteral("cr\rhere"), QStringLiteral("crlf\r\nhere\r\n")},
        {QStringLiteral("NULL"), QStringLiteral("\\N"), QStringLiteral("null")},
        {QVariant(), QVariant(), QVariant()},
        {QString(QLatin1String("")), QString(QLatin1String("")), QStringLiteral("x")},
        {QString(QString(5000, u'z') + QStringLiteral(",\"\n")), QStringLiteral("\xE9t\xE9"), QStringLiteral("end")},
    };
    if (!latin1Only)
        records.append({QString::fromUtf8("€ “quoted” 😀"), QString::fromUtf8("日本語"), QStringLiteral("x")});
    return records;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void write_data();
    void write();
    void header();
    void largeOutputIsComplete();
    void writeErrorIsReported();
    void roundTrip_data();
    void roundTrip();
};

void TestCsvWriter::write_data()
{
    QTest::addColumn<CsvDialect>("dialect");
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<QList<QVariant>>("record");
    QTest::addColumn<QByteArray>("expected");

    const CsvDialect comma = makeDialect();
    const QString empty = QString(QLatin1String(""));
    QTest::newRow("plain") << comma << false << QList<QVariant>{"a", "b"} << bytes("a,b\n");
    QTest::newRow("null-is-empty-unquoted") << comma << false << QList<QVariant>{QVariant(), "x", QVariant()}
                                            << bytes(",x,\n");
    QTest::newRow("empty-string-quoted") << comma << false << QList<QVariant>{empty, "x"} << bytes("\"\",x\n");
    QTest::newRow("null-marker") << makeDialect(u',', "UTF-8", "NULL") << false
                                 << QList<QVariant>{QVariant(), "NULL", "nul"} << bytes("NULL,\"NULL\",nul\n");
    QTest::newRow("delimiter-quoted") << comma << false << QList<QVariant>{"a,b", "a;b"} << bytes("\"a,b\",a;b\n");
    QTest::newRow("semicolon") << makeDialect(u';') << false << QList<QVariant>{"a,b", "a;b"}
                               << bytes("a,b;\"a;b\"\n");
    QTest::newRow("quote-doubled") << comma << false << QList<QVariant>{"say \"hi\""}
                                   << bytes("\"say \"\"hi\"\"\"\n");
    QTest::newRow("newlines") << comma << false << QList<QVariant>{"a\nb", "c\rd"} << bytes("\"a\nb\",\"c\rd\"\n");
    QTest::newRow("outer-spaces") << comma << false << QList<QVariant>{" a", "b ", "c d"}
                                  << bytes("\" a\",\"b \",c d\n");
    QTest::newRow("crlf") << comma << true << QList<QVariant>{"a", "b"} << bytes("a,b\r\n");
    QTest::newRow("latin1") << makeDialect(u',', "latin1") << false << QList<QVariant>{QStringLiteral("caf\xE9")}
                            << bytes("caf\xE9\n");
    QTest::newRow("windows1252") << makeDialect(u',', "windows-1252") << false
                                 << QList<QVariant>{QString::fromUtf8("€“”é")} << bytes("\x80\x93\x94\xE9\n");
    QTest::newRow("utf16-bom") << makeDialect(u',', "UTF-16") << false << QList<QVariant>{"a"}
                               << bytes("\xFF\xFE" "a\0\n\0");
    QTest::newRow("non-string-values") << comma << false
                                       << QList<QVariant>{qlonglong(-42), true, 1.5, QByteArray("\x01\xff")}
                                       << bytes("-42,true,1.5,\\x01ff\n");
    QTest::newRow("utf8-multibyte") << comma << false << QList<QVariant>{QString::fromUtf8("é€")}
                                    << bytes("\xC3\xA9\xE2\x82\xAC\n");
}

void TestCsvWriter::write()
{
    QFETCH(CsvDialect, dialect);
    QFETCH(bool, crlf);
    QFETCH(QList<QVariant>, record);
    QFETCH(QByteArray, expected);
    QCOMPARE(::write(dialect, {record}, crlf), expected);
}

void TestCsvWriter::header()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer, makeDialect());
        writer.writeHeader({QStringLiteral("id"), QStringLiteral("full, name"), QStringLiteral("")});
        // no flush(): the destructor must flush
    }
    QCOMPARE(buffer.data(), QByteArray("id,\"full, name\",\"\"\n"));
}

// Output crosses the internal flush size many times; nothing may be lost or reordered.
void TestCsvWriter::largeOutputIsComplete()
{
    QList<QList<QVariant>> records;
    QByteArray expected;
    for (int i = 0; i < 50000; ++i) {
        const QString text = QStringLiteral("row %1, \"quoted\"").arg(i);
        records.append({QString::number(i), text});
        expected += QByteArray::number(i) + ",\"row " + QByteArray::number(i) + ", \"\"quoted\"\"\"\n";
    }
    QCOMPARE(::write(makeDialect(), records), expected);
}

void TestCsvWriter::writeErrorIsReported()
{
    QFile full(QStringLiteral("/dev/full"));
    if (!full.open(QIODevice::WriteOnly))
        QSKIP("/dev/full is not available");
    CsvWriter writer(&full, makeDialect());
    for (int i = 0; i < 100000 && writer.ok(); ++i)
        writer.writeRecord({QStringLiteral("some text"), QString::number(i)});
    QVERIFY(!writer.flush());
    QVERIFY(!writer.ok());
    QVERIFY2(writer.error().startsWith(QLatin1String("could not write to /dev/full: ")), qPrintable(writer.error()));
}

void TestCsvWriter::roundTrip_data()
{
    QTest::addColumn<CsvDialect>("dialect");
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<bool>("latin1Only");

    QTest::newRow("comma") << makeDialect() << false << false;
    QTest::newRow("comma-crlf") << makeDialect() << true << false;
    QTest::newRow("semicolon") << makeDialect(u';') << false << false;
    QTest::newRow("tab") << makeDialect(u'\t') << false << false;
    QTest::newRow("pipe") << makeDialect(u'|') << true << false;
    QTest::newRow("null-marker") << makeDialect(u',', "UTF-8", "NULL") << false << false;
    QTest::newRow("backslash-n-marker") << makeDialect(u'\t', "UTF-8", "\\N") << false << false;
    QTest::newRow("utf16") << makeDialect(u',', "UTF-16") << true << false;
    QTest::newRow("latin1") << makeDialect(u',', "latin1") << false << true;
    QTest::newRow("windows1252") << makeDialect(u';', "windows-1252") << false << true;
    CsvDialect singleQuote = makeDialect();
    singleQuote.quote = QChar(u'\'');
    QTest::newRow("single-quote") << singleQuote << false << false;
}

void TestCsvWriter::roundTrip()
{
    QFETCH(CsvDialect, dialect);
    QFETCH(bool, crlf);
    QFETCH(bool, latin1Only);

    const QList<QList<QVariant>> records = awkwardRecords(latin1Only);
    QStringList problems;
    const QList<QList<QVariant>> back = parse(::write(dialect, records, crlf), dialect, &problems);
    QCOMPARE(problems, QStringList());
    QCOMPARE(back.size(), records.size());
    for (qsizetype r = 0; r < records.size(); ++r) {
        QCOMPARE(back.at(r).size(), records.at(r).size());
        for (qsizetype f = 0; f < records.at(r).size(); ++f) {
            const QVariant &want = records.at(r).at(f);
            const QVariant &got = back.at(r).at(f);
            QCOMPARE(got.isValid(), want.isValid());
            QCOMPARE(got.toString(), want.toString());
        }
    }
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
