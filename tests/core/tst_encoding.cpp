// Code pages (CodePage), encoding detection (EncodingDetector) and how a CSV source settles its
// encoding before planning (CsvEncodingChoice), with the parser, scanner and writer on code pages.
// The legacy-encoded samples are made here from UTF-8 text with CodePage (ICU's tables); the bytes
// CodePage gives are checked against iconv's in codePageBytes.
#include "io/codepage.h"
#include "io/csv/csvdialect.h"
#include "io/csv/csvencodingchoice.h"
#include "io/csv/csvintrospector.h"
#include "io/csv/csvparser.h"
#include "io/csv/csvscanner.h"
#include "io/csv/csvwriter.h"
#include "io/encodingdetector.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace barge;

namespace {

QByteArray encode(const QString &text, const QString &encoding)
{
    const std::optional<CodePage> page = CodePage::find(encoding);
    QByteArray out;
    for (QChar c : text) {
        const int byte = page->fromUnicode(c.unicode());
        Q_ASSERT(byte >= 0);
        out += char(byte);
    }
    return out;
}

// A few lines of a customer list, as people send them.
const char *const kGerman = "id;name;stadt;bemerkung\n1;Jürgen Müller;München;Größe und Gewicht überprüft\n"
                            "2;Käthe Schäfer;Köln;Bestellung für nächste Woche\n3;Günther Weiß;Düsseldorf;Rückfrage wegen Lieferung\n"
                            "4;Jörg Bäcker;Nürnberg;Straße gesperrt, später liefern\n5;Änne Höß;Lübeck;Bezahlung über Überweisung\n";
const char *const kFrench = "id,nom,ville,remarque\n1,Hélène Dupré,Besançon,Commande livrée à l'entrepôt\n"
                            "2,François Lefèvre,Orléans,Réclamation concernant la qualité\n3,Zoé Bérénice,Nîmes,Première commande de l'année\n"
                            "4,Jérôme Gâteau,Besançon,Façade à rénover très bientôt\n5,Cécile Noël,Évreux,Paiement reçu après échéance\n";
const char *const kPolish = "id,imię,miasto,uwagi\n1,Łukasz Wójcik,Łódź,Zamówienie złożone w środę\n"
                            "2,Małgorzata Żółtowska,Kraków,Proszę o szybką dostawę\n3,Grzegorz Dąbrowski,Gdańsk,Płatność przelewem już zaksięgowana\n"
                            "4,Zofia Kowalczyk,Wrocław,Dostawa będzie w przyszłym tygodniu\n5,Paweł Jabłoński,Poznań,Reklamacja została przyjęta\n";
const char *const kCzech = "id,jméno,město,poznámka\n1,Jiří Novák,Plzeň,Objednávka přijata ve středu\n"
                           "2,Kateřina Dvořáková,Brno,Zboží bude doručeno příští týden\n3,Tomáš Černý,České Budějovice,Platba převodem již připsána\n"
                           "4,Růžena Svobodová,Ústí nad Labem,Reklamace byla úspěšně vyřízena\n5,Lukáš Procházka,Olomouc,Děkujeme za spolupráci\n";
const char *const kRussian = "id,имя,город,примечание\n1,Иван Петров,Москва,Заказ получен в среду\n"
                             "2,Мария Смирнова,Санкт-Петербург,Доставка на следующей неделе\n3,Алексей Кузнецов,Новосибирск,Оплата банковским переводом\n"
                             "4,Ольга Соколова,Екатеринбург,Претензия принята к рассмотрению\n5,Дмитрий Попов,Казань,Спасибо за сотрудничество\n";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

Endpoint csvEndpoint(const QString &path, bool folder = false)
{
    Endpoint e;
    e.kind = EndpointKind::Csv;
    e.scheme = QStringLiteral("csv");
    e.path = path;
    e.folder = folder;
    return e;
}

CsvDialect dialectIn(const QString &encoding)
{
    CsvDialect d;
    d.encoding = encoding;
    return d;
}

} // namespace

class TestEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codePageNames_data();
    void codePageNames();
    void codePageBytes_data();
    void codePageBytes();
    void windows1252KeepsItsHoles();
    void ebcdicAndMultiByte();
    void detect_data();
    void detect();
    void detectUnicode();
    void settleSingleFile();
    void settleRefusesUnclear();
    void settleFolder();
    void parserAndScannerOnCodePage();
    void unmappedByteIsRejected();
    void writerOnCodePage();
};

void TestEncoding::codePageNames_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("cp1250") << "cp1250" << "windows-1250";
    QTest::newRow("latin2") << "latin2" << "ISO-8859-2";
    QTest::newRow("iso-8859-15") << "iso-8859-15" << "ISO-8859-15";
    QTest::newRow("koi8r") << "koi8r" << "KOI8-R";
    QTest::newRow("koi8-u") << "koi8-u" << "KOI8-U";
    QTest::newRow("cp437") << "cp437" << "IBM437";
    QTest::newRow("ibm850") << "IBM850" << "IBM850";
    QTest::newRow("latin1") << "latin1" << "ISO-8859-1";
    QTest::newRow("cp1252") << "cp1252" << "windows-1252";
    QTest::newRow("windows-1258") << "Windows-1258" << "windows-1258";
    QTest::newRow("utf8") << "utf8" << "UTF-8";
    QTest::newRow("utf-16le") << "utf-16le" << "UTF-16LE";
    QTest::newRow("shift-jis") << "Shift_JIS" << "";
    QTest::newRow("ebcdic") << "ibm037" << "";
    QTest::newRow("nonsense") << "no-such-encoding" << "";
}

void TestEncoding::codePageNames()
{
    QFETCH(QString, alias);
    QFETCH(QString, canonical);
    QCOMPARE(CsvDialect::canonicalEncoding(alias), canonical);
    if (!canonical.isEmpty() && !CsvDialect::isUnicode(canonical))
        QVERIFY(CodePage::asciiCompatibleNames().contains(canonical));
}

void TestEncoding::codePageBytes_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("character");
    QTest::addColumn<int>("byte");
    // As `printf 'Ł' | iconv -t CP1250 | xxd` says.
    QTest::newRow("windows-1250 L-stroke") << "windows-1250" << QString::fromUtf8("Ł") << 0xA3;
    QTest::newRow("windows-1250 s-acute") << "windows-1250" << QString::fromUtf8("ś") << 0x9C;
    QTest::newRow("windows-1251 zhe") << "windows-1251" << QString::fromUtf8("Ж") << 0xC6;
    QTest::newRow("koi8-r zhe") << "KOI8-R" << QString::fromUtf8("Ж") << 0xF6;
    QTest::newRow("iso-8859-2 l-stroke") << "ISO-8859-2" << QString::fromUtf8("ł") << 0xB3;
    QTest::newRow("ibm437 e-acute") << "IBM437" << QString::fromUtf8("é") << 0x82;
    QTest::newRow("ibm037 A") << "IBM037" << QStringLiteral("A") << 0xC1;
}

void TestEncoding::codePageBytes()
{
    QFETCH(QString, encoding);
    QFETCH(QString, character);
    QFETCH(int, byte);
    const std::optional<CodePage> page = CodePage::find(encoding);
    QVERIFY(page);
    QCOMPARE(page->fromUnicode(character.at(0).unicode()), byte);
    QVERIFY(page->isMapped(uchar(byte)));
    QCOMPARE(QChar(page->toUnicode(uchar(byte))), character.at(0));
}

void TestEncoding::windows1252KeepsItsHoles()
{
    const std::optional<CodePage> page = CodePage::find(QStringLiteral("windows-1252"));
    QVERIFY(page);
    QVERIFY(!page->hasHoles());
    QCOMPARE(int(page->toUnicode(0x80)), 0x20AC);
    for (uchar hole : {0x81, 0x8D, 0x8F, 0x90, 0x9D}) {
        QCOMPARE(int(page->toUnicode(hole)), int(hole)); // the C1 control of the same value
        QCOMPARE(page->fromUnicode(hole), int(hole));
    }
    QCOMPARE(int(CsvDialect::fromWindows1252(0x9F)), 0x0178);
}

void TestEncoding::ebcdicAndMultiByte()
{
    const std::optional<CodePage> ebcdic = CodePage::find(QStringLiteral("ibm037"));
    QVERIFY(ebcdic);
    QVERIFY(!ebcdic->asciiCompatible());
    QCOMPARE(ebcdic->decode("\xC8\x89"), QStringLiteral("Hi"));
    QVERIFY(CsvDialect::unsupportedEncoding(QStringLiteral("ibm037")).contains(QLatin1String("EBCDIC")));
    QString error;
    QVERIFY(!CodePage::find(QStringLiteral("Shift_JIS"), &error));
    QVERIFY(CodePage::isMultiByte(QStringLiteral("Shift_JIS")));
    QVERIFY(CsvDialect::unsupportedEncoding(QStringLiteral("GB18030")).contains(QLatin1String("multi-byte")));
    Endpoint e = csvEndpoint(QStringLiteral("/tmp/x.csv"));
    e.options.insert(CsvOption::encoding, QStringLiteral("Big5"));
    QVERIFY(!CsvDialect::fromEndpoint(e, &error));
    QVERIFY2(error.contains(QLatin1String("multi-byte")) && error.contains(QLatin1String("UTF-8")), qPrintable(error));
}

void TestEncoding::detect_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("confident");
    QTest::newRow("german windows-1252") << QString::fromUtf8(kGerman) << "windows-1252" << true;
    QTest::newRow("french windows-1252") << QString::fromUtf8(kFrench) << "windows-1252" << true;
    QTest::newRow("polish windows-1250") << QString::fromUtf8(kPolish) << "windows-1250" << true;
    QTest::newRow("polish ISO-8859-2") << QString::fromUtf8(kPolish) << "ISO-8859-2" << true;
    // Several pages fit Czech and Russian about as well: ICU is right but not sure.
    QTest::newRow("czech windows-1250") << QString::fromUtf8(kCzech) << "windows-1250" << false;
    QTest::newRow("russian windows-1251") << QString::fromUtf8(kRussian) << "windows-1251" << false;
    QTest::newRow("russian KOI8-R") << QString::fromUtf8(kRussian) << "KOI8-R" << false;
}

void TestEncoding::detect()
{
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(bool, confident);
    const EncodingDetector::Result result = EncodingDetector::detect(encode(text, encoding), true);
    QCOMPARE(result.basis, EncodingDetector::Result::Basis::Guess);
    QVERIFY(!result.candidates.isEmpty());
    QCOMPARE(result.candidates.first().encoding, encoding);
    QCOMPARE(result.decided(), confident);
    QCOMPARE(result.confidence() >= EncodingDetector::confidentAt, confident);
    for (const EncodingDetector::Candidate &candidate : result.candidates)
        QVERIFY2(!CsvDialect::canonicalEncoding(candidate.encoding).isEmpty(), qPrintable(candidate.encoding));
    if (confident)
        QCOMPARE(CodePage::find(result.encoding)->decode(encode(text, encoding)), text);
}

void TestEncoding::detectUnicode()
{
    using Basis = EncodingDetector::Result::Basis;
    const QByteArray utf8 = QByteArray(kGerman);
    EncodingDetector::Result result = EncodingDetector::detect(utf8, true);
    QCOMPARE(result.basis, Basis::Utf8);
    QVERIFY(!result.ascii);
    result = EncodingDetector::detect("a,b\n1,2\n", true);
    QCOMPARE(result.basis, Basis::Utf8);
    QVERIFY(result.ascii);
    result = EncodingDetector::detect("\xFF\xFE" "a\0", true);
    QCOMPARE(result.basis, Basis::Bom);
    QCOMPARE(result.encoding, QStringLiteral("UTF-16LE"));
    // A sample cut inside a character is judged by its whole lines.
    QByteArray big;
    while (big.size() < EncodingDetector::sampleBytes)
        big += utf8;
    result = EncodingDetector::detect(big.left(EncodingDetector::sampleBytes - 1 + 2), false);
    QCOMPARE(result.basis, Basis::Utf8);
}

void TestEncoding::settleSingleFile()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("orders.csv"), encode(QString::fromUtf8(kGerman), QStringLiteral("windows-1252")));
    Endpoint source = csvEndpoint(path);
    QStringList notes;
    QString error;
    QVERIFY2(CsvEncodingChoice::settle(&source, &notes, &error), qPrintable(error));
    QCOMPARE(source.option(CsvOption::encoding), QStringLiteral("windows-1252"));
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes.first().startsWith(QLatin1String("orders.csv is not UTF-8; reading it as windows-1252 (confidence "))
                 && notes.first().endsWith(QLatin1String("%); add ?encoding=windows-1252 to say so")),
             qPrintable(notes.first()));
    // Said once, it is not asked again; a UTF-8 file is left as it is.
    notes.clear();
    QVERIFY(CsvEncodingChoice::settle(&source, &notes, &error));
    QVERIFY(notes.isEmpty());
    Endpoint utf8 = csvEndpoint(writeFile(dir, QStringLiteral("utf8.csv"), QByteArray(kGerman)));
    QVERIFY(CsvEncodingChoice::settle(&utf8, &notes, &error));
    QVERIFY(!utf8.options.contains(CsvOption::encoding));
    QVERIFY(notes.isEmpty());
}

void TestEncoding::settleRefusesUnclear()
{
    QTemporaryDir dir;
    Endpoint source = csvEndpoint(writeFile(dir, QStringLiteral("kunden.csv"),
                                            encode(QString::fromUtf8(kRussian), QStringLiteral("windows-1251"))));
    QStringList notes;
    QString error;
    QVERIFY(!CsvEncodingChoice::settle(&source, &notes, &error));
    QVERIFY2(error.startsWith(QLatin1String("kunden.csv is not UTF-8, and its encoding is not clear: perhaps windows-1251 ("))
                 && error.endsWith(QLatin1String("name it with the encoding option, such as ?encoding=windows-1251")),
             qPrintable(error));
    QVERIFY(!source.options.contains(CsvOption::encoding));
}

void TestEncoding::settleFolder()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("same")));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("mixed")));
    const QByteArray german = encode(QString::fromUtf8(kGerman), QStringLiteral("windows-1252"));
    writeFile(dir, QStringLiteral("same/a.csv"), german);
    writeFile(dir, QStringLiteral("same/b.csv"), encode(QString::fromUtf8(kFrench), QStringLiteral("windows-1252")));
    writeFile(dir, QStringLiteral("same/c.csv"), "x,y\n1,2\n"); // ASCII reads the same in both
    Endpoint same = csvEndpoint(dir.filePath(QStringLiteral("same")), true);
    QStringList notes;
    QString error;
    QVERIFY2(CsvEncodingChoice::settle(&same, &notes, &error), qPrintable(error));
    QCOMPARE(same.option(CsvOption::encoding), QStringLiteral("windows-1252"));
    QCOMPARE(notes.size(), 2);

    writeFile(dir, QStringLiteral("mixed/a.csv"), german);
    writeFile(dir, QStringLiteral("mixed/p.csv"), encode(QString::fromUtf8(kPolish), QStringLiteral("windows-1250")));
    Endpoint mixed = csvEndpoint(dir.filePath(QStringLiteral("mixed")), true);
    QVERIFY(!CsvEncodingChoice::settle(&mixed, &notes, &error));
    QVERIFY2(error.contains(QLatin1String("different encodings")) && error.contains(QLatin1String("p.csv: windows-1250")),
             qPrintable(error));
}

void TestEncoding::parserAndScannerOnCodePage()
{
    QByteArray bytes = encode(QString::fromUtf8(kPolish), QStringLiteral("windows-1250"));
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const CsvDialect dialect = dialectIn(QStringLiteral("cp1250"));
    CsvParser parser(&buffer, dialect);
    QList<QVariant> record;
    QString problem;
    QVERIFY(parser.readRecord(record, &problem));
    QCOMPARE(record.at(1).toString(), QString::fromUtf8("imię"));
    QVERIFY(parser.readRecord(record, &problem));
    QCOMPARE(record.at(1).toString(), QString::fromUtf8("Łukasz Wójcik"));
    QCOMPARE(record.at(2).toString(), QString::fromUtf8("Łódź"));
    QVERIFY(problem.isEmpty());

    CsvDialect resolved = dialect;
    resolved.delimiter = u',';
    QCOMPARE(CsvScanner::encodingFor(resolved, bytes.left(3)), CsvScanner::Encoding::SingleByte);
    QString error;
    QVERIFY(buffer.seek(0));
    const std::optional<TableSchema> scanned = CsvIntrospector::describe(&buffer, dialect, CsvIntrospector::Pass::Scanner, &error);
    QVERIFY2(scanned, qPrintable(error));
    QCOMPARE(scanned->columns.at(1).name, QString::fromUtf8("imię"));
    QCOMPARE(scanned->rowCount, qint64(5));
}

void TestEncoding::unmappedByteIsRejected()
{
    const std::optional<CodePage> greek = CodePage::find(QStringLiteral("windows-1253"));
    QVERIFY(greek && greek->hasHoles() && !greek->isMapped(0xD2));
    QByteArray bytes = "id,name\n1,ok\n2,ab\xD2" "c\n3,fine\n";
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const CsvDialect dialect = dialectIn(QStringLiteral("windows-1253"));
    CsvParser parser(&buffer, dialect);
    QList<QVariant> record;
    QString problem;
    QStringList problems;
    while (parser.readRecord(record, &problem))
        problems << problem;
    QCOMPARE(problems, QStringList({QString(), QString(), QStringLiteral("invalid windows-1253 in field 2 at line 3, byte 5 of the line"), QString()}));
    // The scanner finds the same record bad, so the inference pass skips it too.
    QVERIFY(buffer.seek(0));
    CsvDialect resolved = dialect;
    resolved.delimiter = u',';
    resolved.detectDelimiter = false;
    CsvScanner scanner(&buffer, resolved, CsvScanner::Encoding::SingleByte);
    QList<bool> flagged;
    while (scanner.readRecord())
        flagged << scanner.problem();
    QCOMPARE(flagged, QList<bool>({false, false, true, false}));
}

void TestEncoding::writerOnCodePage()
{
    QByteArray out;
    QBuffer buffer(&out);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    {
        CsvWriter writer(&buffer, dialectIn(QStringLiteral("latin2")));
        QVERIFY(writer.unwritable({QString::fromUtf8("Łódź")}).isEmpty());
        writer.writeRecord({QString::fromUtf8("Łódź"), qlonglong(7)});
        QVERIFY(writer.flush());
    }
    QCOMPARE(out, QByteArray("\xA3\xF3" "d\xBC,7\n"));
    CsvWriter western(&buffer, dialectIn(QStringLiteral("windows-1252")));
    QCOMPARE(western.unwritable({QStringLiteral("ok"), QString::fromUtf8("Łódź")}),
             QStringLiteral("field 2: 'Ł' (U+0141) has no byte in windows-1252"));
    western.writeRecord({QString::fromUtf8("Ł")});
    QVERIFY(!western.flush());
    QVERIFY2(western.error().contains(QLatin1String("has no byte in windows-1252")), qPrintable(western.error()));
}

QTEST_GUILESS_MAIN(TestEncoding)
#include "tst_encoding.moc"
