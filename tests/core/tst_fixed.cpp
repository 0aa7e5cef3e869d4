// Record files (issue #14): fixed-width text and mainframe records (EBCDIC text, zoned and packed
// decimals, big-endian binaries; RECFM F, V and VB) read by their layout. The files are written here
// by an encoder of the test's own, independent of the reader: text through glibc's iconv, packed and
// zoned bytes from the rules of the IBM manuals, so the reader is checked against another reading.

#include "io/backend.h"
#include "io/fixed/copybook.h"
#include "io/fixed/fixedtablereader.h"
#include "io/fixed/layoutguess.h"
#include "io/rowwriter.h"
#include "io/introspector.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace barge;

namespace {

struct ReadResult
{
    TableSchema schema;
    QList<Row> rows;
    QList<RejectedRow> rejected;
    QString error;
};

// glibc's iconv, the oracle for code pages.
QByteArray iconv(const QString &text, const char *page)
{
    QProcess process;
    process.start(QStringLiteral("iconv"), {QStringLiteral("-f"), QStringLiteral("UTF-8"), QStringLiteral("-t"), QLatin1String(page)});
    process.write(text.toUtf8());
    process.closeWriteChannel();
    process.waitForFinished();
    return process.readAllStandardOutput();
}

// COMP-3: two digits a byte, the sign in the last nibble (C plus, D minus, F unsigned).
QByteArray packed(const QByteArray &digits, int bytes, char sign)
{
    QByteArray nibbles = QByteArray(bytes * 2 - 1 - digits.size(), '0') + digits;
    QByteArray out;
    for (int i = 0; i < bytes; ++i) {
        const int high = nibbles.at(2 * i) - '0';
        const int low = i == bytes - 1 ? (sign == '+' ? 0xC : sign == '-' ? 0xD : 0xF) : nibbles.at(2 * i + 1) - '0';
        out += char((high << 4) | low);
    }
    return out;
}

// Zoned EBCDIC: F0-F9 a digit; the last byte's zone C or D for a signed value's sign.
QByteArray zonedEbcdic(const QByteArray &digits, char sign)
{
    QByteArray out;
    for (int i = 0; i < digits.size(); ++i) {
        const int zone = i == digits.size() - 1 && sign != ' ' ? (sign == '-' ? 0xD : 0xC) : 0xF;
        out += char((zone << 4) | (digits.at(i) - '0'));
    }
    return out;
}

QByteArray bigEndian(qint64 value, int bytes)
{
    QByteArray out;
    for (int i = bytes - 1; i >= 0; --i)
        out += char((quint64(value) >> (8 * i)) & 0xFF);
    return out;
}

QByteArray rdw(const QByteArray &record)
{
    return bigEndian(record.size() + 4, 2) + QByteArray(2, '\0') + record;
}

// Four accounts records (RECFM F, 30 bytes, IBM273): text, packed S9(7)V99, zoned S9(5), binary
// S9(9) COMP, zoned S99V9 with a leading separate sign, 4 bytes of FILLER. The third has a nibble
// over 9 in its balance; the fourth is cut short at 20 bytes.
QByteArray accountsFile()
{
    const auto record = [](const QString &name, const QByteArray &balance, char balanceSign, const QByteArray &count,
                           char countSign, qint64 id, char deltaSign, const QByteArray &delta) {
        QByteArray r = iconv(name.leftJustified(8), "IBM273");
        r += packed(balance, 5, balanceSign);
        r += zonedEbcdic(count, countSign);
        r += bigEndian(id, 4);
        r += iconv(QString(QChar(deltaSign)), "IBM273") + zonedEbcdic(delta, ' ');
        return QByteArray(r + QByteArray(4, '\x40')); // FILLER: EBCDIC spaces
    };
    QByteArray file = record(QStringLiteral("Müller"), "123456789", '+', "00042", '+', 7, '-', "123");
    file += record(QStringLiteral("Größe"), "000000001", '-', "00007", '-', -2, '+', "000");
    QByteArray bad = record(QStringLiteral("Bad"), "1", '+', "00001", '+', 1, '+', "001");
    bad[9] = char(0xA1); // a nibble over 9 in balance
    file += bad;
    file += record(QStringLiteral("Short"), "1", '+', "00001", '+', 1, '+', "001").left(20);
    return file;
}

} // namespace

class TestFixed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Fixed-width text: right-aligned numbers, blank NULLs, types inferred from every value.
    void textFile()
    {
        writeFile(QStringLiteral("people.layout.json"),
                  R"({"fields": [
                       {"name": "id", "start": 1, "length": 5},
                       {"name": "name", "start": 6, "length": 12},
                       {"name": "amount", "start": 18, "length": 10},
                       {"name": "born", "start": 28, "length": 11, "nullIfBlank": true}]})");
        // Bytes, not characters: a name's UTF-8 is padded to its 12 bytes.
        const auto line = [](const char *id, const QString &name, const char *amount, const char *born) -> QByteArray {
            QByteArray n = name.toUtf8();
            return QByteArray(id) + n + QByteArray(12 - n.size(), ' ') + QByteArray(amount).rightJustified(10)
                + QByteArray(born).rightJustified(11);
        };
        writeFile(QStringLiteral("people.txt"),
                  line("00001", QStringLiteral("Müller"), "12.50", "1970-01-02") + "\r\n"
                  + line("00002", QStringLiteral("Smith"), "-3.25", "") + "\n"
                  + line("00003", QStringLiteral("Lee"), "0", "2001-12-31") + "\n"
                  + "00004Short\n"
                  + line("00005", QStringLiteral("Over"), "1", "2001-12-31") + " extra\n"
                  + line("00006", QStringLiteral("Padded"), "7", "2001-12-31") + "      \n");
        const ReadResult result = readAll(QStringLiteral("fixed://%1/people.txt?layout=people.layout.json").arg(m_dir.path()));
        QCOMPARE(result.error, QString());
        QCOMPARE(typesOf(result.schema), QStringList({"id:text", "name:text", "amount:decimal(4,2)", "born:date"}));
        QCOMPARE(result.schema.rowCount, qint64(6));
        QCOMPARE(result.rows.size(), 5);
        QCOMPARE(result.rows.at(0), Row({QStringLiteral("00001"), QStringLiteral("Müller"), QStringLiteral("12.50"), QStringLiteral("1970-01-02")}));
        QVERIFY(!result.rows.at(1).at(3).isValid()); // blank, nullIfBlank
        // Ragged right: a line cut after its name reads as blank fields, not as a bad record.
        QCOMPARE(result.rows.at(3), Row({QStringLiteral("00004"), QStringLiteral("Short"), QVariant(), QVariant()}));
        QCOMPARE(result.rejected.size(), 1);
        QCOMPARE(result.rejected.at(0).position, qint64(5));
        QVERIFY2(result.rejected.at(0).reason.contains(QLatin1String("past the layout's last field")), qPrintable(result.rejected.at(0).reason));
        QVERIFY2(result.rejected.at(0).reason.contains(QLatin1String("extra")), qPrintable(result.rejected.at(0).reason));
    }

    // A German EBCDIC file (IBM273, RECFM F): text, packed S9(7)V99, zoned S9(5), binary S9(9)
    // COMP, zoned with a leading separate sign.
    void ebcdicFixed()
    {
        writeFile(QStringLiteral("acct.layout.json"),
                  R"({"recordLength": 30, "fields": [
                       {"name": "name", "start": 1, "length": 8},
                       {"name": "balance", "start": 9, "length": 5, "type": "packed", "scale": 2, "sign": "trailing"},
                       {"name": "count", "start": 14, "length": 5, "type": "zoned", "sign": "trailing"},
                       {"name": "id", "start": 19, "length": 4, "type": "binary", "sign": "trailing"},
                       {"name": "delta", "start": 23, "length": 4, "type": "zoned", "scale": 1, "sign": "leading-separate"}]})");
        writeFile(QStringLiteral("acct.dat"), accountsFile());

        const ReadResult result = readAll(QStringLiteral("fixed://%1/acct.dat?layout=acct.layout.json&encoding=IBM273&recfm=F")
                                              .arg(m_dir.path()));
        QCOMPARE(result.error, QString());
        QCOMPARE(typesOf(result.schema),
                 QStringList({"name:text", "balance:decimal(9,2)", "count:int64", "id:int64", "delta:decimal(3,1)"}));
        QCOMPARE(result.rows.size(), 2);
        QCOMPARE(result.rows.at(0), Row({QStringLiteral("Müller"), QStringLiteral("1234567.89"), QStringLiteral("42"),
                                         QStringLiteral("7"), QStringLiteral("-12.3")}));
        QCOMPARE(result.rows.at(1), Row({QStringLiteral("Größe"), QStringLiteral("-0.01"), QStringLiteral("-7"),
                                         QStringLiteral("-2"), QStringLiteral("0.0")}));
        QCOMPARE(result.rejected.size(), 2);
        QCOMPARE(result.rejected.at(0).position, qint64(3));
        QVERIFY2(result.rejected.at(0).reason.contains(QLatin1String("byte 60 of the file"))
                     && result.rejected.at(0).reason.contains(QLatin1String("field balance (bytes 9 to 13)"))
                     && result.rejected.at(0).reason.contains(QLatin1String("0xA1")),
                 qPrintable(result.rejected.at(0).reason));
        QVERIFY2(result.rejected.at(1).reason.contains(QLatin1String("the file ends 20 bytes into a record of 30")),
                 qPrintable(result.rejected.at(1).reason));
    }

    // The same file described by a COBOL copybook: the same columns, types and values.
    void ebcdicCopybook()
    {
        writeFile(QStringLiteral("ACCT.cpy"),
                  "000100* ACCOUNT RECORD, AS THE BANK'S EXPORT JOB WRITES IT                      ACCT0001\n"
                  "000200 01  ACCOUNT-REC.                                                        ACCT0002\n"
                  "000300     05  ACCT-NAME        PIC X(8).                                      ACCT0003\n"
                  "000400     05  ACCT-BALANCE     PIC S9(7)V99 COMP-3.                           ACCT0004\n"
                  "000500     05  ACCT-COUNT       PIC S9(5).                                     ACCT0005\n"
                  "000600     05  ACCT-ID          PIC S9(9) COMP.                                ACCT0006\n"
                  "000700     05  ACCT-DELTA       PIC S99V9                                      ACCT0007\n"
                  "000800                          SIGN LEADING SEPARATE.                         ACCT0008\n"
                  "000900     05  FILLER           PIC X(4).                                      ACCT0009\n");
        writeFile(QStringLiteral("ACCT.dat"), accountsFile());
        const ReadResult result = readAll(QStringLiteral("fixed://%1/ACCT.dat?copybook=ACCT.cpy&encoding=IBM273").arg(m_dir.path()));
        QCOMPARE(result.error, QString());
        QCOMPARE(typesOf(result.schema), QStringList({"ACCT-NAME:text", "ACCT-BALANCE:decimal(9,2)", "ACCT-COUNT:int64",
                                                      "ACCT-ID:int64", "ACCT-DELTA:decimal(3,1)"}));
        QCOMPARE(result.rows.size(), 2);
        QCOMPARE(result.rows.at(0), Row({QStringLiteral("Müller"), QStringLiteral("1234567.89"), QStringLiteral("42"),
                                         QStringLiteral("7"), QStringLiteral("-12.3")}));
        QCOMPARE(result.rejected.size(), 2);
        QVERIFY2(result.rejected.at(0).reason.contains(QLatin1String("field ACCT-BALANCE (bytes 9 to 13)")),
                 qPrintable(result.rejected.at(0).reason));
    }

    // A file written by a COBOL program, not by us: GnuCOBOL (Debian's gnucobol3) compiles a program
    // that COPYs the copybook as its record and WRITEs three records to a SEQUENTIAL file (fixed
    // length, no separators). Its packed, zoned (GnuCOBOL's ASCII overpunch: 'p'..'y' for minus),
    // leading separate and big-endian COMP fields read back as the MOVEs put them.
    void writtenByGnuCobol()
    {
        writeFile(QStringLiteral("acct.cpy"),
                  "       01  ACCT-REC.\n"
                  "           05  ACCT-NO        PIC 9(6).\n"
                  "           05  ACCT-NAME      PIC X(12).\n"
                  "           05  BALANCE        PIC S9(7)V99 COMP-3.\n"
                  "           05  CREDIT-LIMIT   PIC S9(5)V99.\n"
                  "           05  ADJUSTMENT     PIC S9(3)V9 SIGN LEADING SEPARATE.\n"
                  "           05  VISITS         PIC S9(4) COMP.\n"
                  "           05  BRANCH         PIC 9(3) COMP.\n");
        writeFile(QStringLiteral("writeacct.cob"),
                  "       IDENTIFICATION DIVISION.\n"
                  "       PROGRAM-ID. WRITEACCT.\n"
                  "       ENVIRONMENT DIVISION.\n"
                  "       INPUT-OUTPUT SECTION.\n"
                  "       FILE-CONTROL.\n"
                  "           SELECT OUT-FILE ASSIGN TO \"accounts.dat\"\n"
                  "               ORGANIZATION IS SEQUENTIAL.\n"
                  "       DATA DIVISION.\n"
                  "       FILE SECTION.\n"
                  "       FD  OUT-FILE.\n"
                  "       COPY \"acct.cpy\".\n"
                  "       PROCEDURE DIVISION.\n"
                  "           OPEN OUTPUT OUT-FILE.\n"
                  "           MOVE 1 TO ACCT-NO. MOVE \"MUELLER\" TO ACCT-NAME.\n"
                  "           MOVE 1234567.89 TO BALANCE.\n"
                  "           MOVE -12345.67 TO CREDIT-LIMIT.\n"
                  "           MOVE -12.5 TO ADJUSTMENT. MOVE -42 TO VISITS.\n"
                  "           MOVE 7 TO BRANCH. WRITE ACCT-REC.\n"
                  "           MOVE 2 TO ACCT-NO. MOVE \"O'BRIEN\" TO ACCT-NAME.\n"
                  "           MOVE -0.01 TO BALANCE. MOVE 0 TO CREDIT-LIMIT.\n"
                  "           MOVE 99.9 TO ADJUSTMENT. MOVE 9999 TO VISITS.\n"
                  "           MOVE 999 TO BRANCH. WRITE ACCT-REC.\n"
                  "           MOVE 3 TO ACCT-NO. MOVE \"SMITH\" TO ACCT-NAME.\n"
                  "           MOVE -9999999.99 TO BALANCE.\n"
                  "           MOVE -0.01 TO CREDIT-LIMIT.\n"
                  "           MOVE 0 TO ADJUSTMENT. MOVE -9999 TO VISITS.\n"
                  "           MOVE 0 TO BRANCH. WRITE ACCT-REC.\n"
                  "           CLOSE OUT-FILE.\n"
                  "           STOP RUN.\n");
        QProcess cobc;
        cobc.setWorkingDirectory(m_dir.path());
        cobc.start(QStringLiteral("cobc"), {QStringLiteral("-x"), QStringLiteral("-o"), QStringLiteral("writeacct"),
                                            QStringLiteral("writeacct.cob")});
        QVERIFY2(cobc.waitForFinished(-1) && cobc.exitCode() == 0,
                 qPrintable(QStringLiteral("cobc (scripts/install-deps.sh installs gnucobol3): ") + cobc.errorString()
                            + QString::fromLocal8Bit(cobc.readAllStandardError())));
        QProcess program;
        program.setWorkingDirectory(m_dir.path());
        program.start(m_dir.filePath(QStringLiteral("writeacct")), {});
        QVERIFY2(program.waitForFinished(-1) && program.exitCode() == 0, qPrintable(program.readAllStandardError()));

        const ReadResult result = readAll(
            QStringLiteral("fixed://%1/accounts.dat?copybook=acct.cpy&recfm=F&encoding=ISO-8859-1").arg(m_dir.path()));
        QCOMPARE(result.error, QString());
        QCOMPARE(typesOf(result.schema), QStringList({"ACCT-NO:int64", "ACCT-NAME:text", "BALANCE:decimal(9,2)",
                                                      "CREDIT-LIMIT:decimal(7,2)", "ADJUSTMENT:decimal(4,1)",
                                                      "VISITS:int64", "BRANCH:int64"}));
        QCOMPARE(result.rejected.size(), 0);
        QCOMPARE(result.rows.size(), 3);
        QCOMPARE(result.rows.at(0), Row({QStringLiteral("1"), QStringLiteral("MUELLER"), QStringLiteral("1234567.89"),
                                         QStringLiteral("-12345.67"), QStringLiteral("-12.5"), QStringLiteral("-42"),
                                         QStringLiteral("7")}));
        QCOMPARE(result.rows.at(1), Row({QStringLiteral("2"), QStringLiteral("O'BRIEN"), QStringLiteral("-0.01"),
                                         QStringLiteral("0.00"), QStringLiteral("99.9"), QStringLiteral("9999"),
                                         QStringLiteral("999")}));
        QCOMPARE(result.rows.at(2), Row({QStringLiteral("3"), QStringLiteral("SMITH"), QStringLiteral("-9999999.99"),
                                         QStringLiteral("-0.01"), QStringLiteral("0.0"), QStringLiteral("-9999"),
                                         QStringLiteral("0")}));
    }

    // A public copybook: GnuCOBOL's SQLCA (/usr/share/gnucobol/copy/sqlca.cpy). Its REDEFINES is
    // refused naming its line; without that line its fields end at byte 136, as its SQLCABC says
    // (BINARY-LONG and BINARY-SHORT included), and 21 bytes of FILLER follow.
    void publicSqlcaCopybook()
    {
        QFile file(QStringLiteral("/usr/share/gnucobol/copy/sqlca.cpy"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "scripts/install-deps.sh installs gnucobol3, which ships it");
        const QString text = QString::fromUtf8(file.readAll());
        QString error;
        QVERIFY(!Copybook::parse(text, &error));
        QVERIFY2(error.startsWith(QLatin1String("copybook line 22: REDEFINES")), qPrintable(error));
        QStringList lines = text.split(u'\n');
        QVERIFY(lines.value(21).contains(QLatin1String("REDEFINES")));
        lines.removeAt(21);
        const std::optional<RecordLayout> layout = Copybook::parse(lines.join(u'\n'), &error);
        QVERIFY2(layout, qPrintable(error));
        QCOMPARE(layout->recordLength, 157);
        QStringList fields;
        for (const RecordField &field : layout->fields)
            fields << QStringLiteral("%1@%2+%3").arg(field.name).arg(field.offset).arg(field.length);
        QCOMPARE(fields.mid(0, 7), QStringList({"SQLCAID@0+8", "SQLCABC@8+4", "SQLCODE@12+4", "SQLERRML@16+2",
                                                "SQLERRMC@18+70", "SQLERRP@88+8", "SQLERRD_1@96+4"}));
        QCOMPARE(fields.mid(11, 2), QStringList({"SQLERRD_6@116+4", "SQLWARN0@120+1"}));
        QCOMPARE(fields.last(), QStringLiteral("SQLSTATE@131+5"));
        QCOMPARE(layout->fields.at(2).columnType().toString(), QStringLiteral("int64"));
        QCOMPARE(layout->fields.at(2).sign, RecordField::Sign::TrailingOverpunch); // signed
    }

    // RECFM V (a record descriptor word each) and VB (block descriptor words around them).
    void variableRecords()
    {
        writeFile(QStringLiteral("v.layout.json"),
                  R"({"fields": [{"name": "code", "start": 1, "length": 3}, {"name": "n", "start": 4, "length": 3, "type": "packed", "sign": "trailing"}]})");
        const QByteArray a = iconv(QStringLiteral("ABC"), "IBM037") + packed("12345", 3, '-');
        const QByteArray b = iconv(QStringLiteral("XYZ"), "IBM037") + packed("7", 3, '+');
        writeFile(QStringLiteral("v.dat"), rdw(a) + rdw(b));
        ReadResult result = readAll(QStringLiteral("fixed://%1/v.dat?layout=v.layout.json&encoding=IBM037&recfm=V").arg(m_dir.path()));
        QCOMPARE(result.error, QString());
        QCOMPARE(result.rows, QList<Row>({Row{QStringLiteral("ABC"), QStringLiteral("-12345")}, Row{QStringLiteral("XYZ"), QStringLiteral("7")}}));
        const QByteArray block = rdw(a) + rdw(b);
        writeFile(QStringLiteral("vb.dat"), bigEndian(block.size() + 4, 2) + QByteArray(2, '\0') + block
                                                + bigEndian(rdw(a).size() + 4, 2) + QByteArray(2, '\0') + rdw(a));
        result = readAll(QStringLiteral("fixed://%1/vb.dat?layout=v.layout.json&encoding=IBM037&recfm=VB").arg(m_dir.path()));
        QCOMPARE(result.error, QString());
        QCOMPARE(result.rows.size(), 3);
        QCOMPARE(result.rows.at(2).at(0), QVariant(QStringLiteral("ABC")));
    }

    // Text fields in a local format (issue #18's options apply to every text reader).
    void localFormat()
    {
        writeFile(QStringLiteral("de.layout.json"),
                  R"({"fields": [{"name": "Betrag", "start": 1, "length": 12}, {"name": "Datum", "start": 14, "length": 10}]})");
        writeFile(QStringLiteral("de.txt"), "    1.234,56 31.12.2023\n      -17,50 01.02.2024\n");
        const ReadResult result = readAll(QStringLiteral("fixed://%1/de.txt?layout=de.layout.json&locale=de_DE").arg(m_dir.path()));
        QCOMPARE(result.error, QString());
        QCOMPARE(typesOf(result.schema), QStringList({"Betrag:decimal(6,2)", "Datum:date"}));
        QCOMPARE(result.rows.at(0), Row({QStringLiteral("1234.56"), QStringLiteral("2023-12-31")}));
        QCOMPARE(result.rows.at(1), Row({QStringLiteral("-17.50"), QStringLiteral("2024-02-01")}));
    }

    // Out to a legacy system: EBCDIC records with the bytes a mainframe expects, and a value that
    // does not fit refused rather than cut.
    void writer()
    {
        writeFile(QStringLiteral("out.layout.json"),
                  R"({"recordLength": 20, "fields": [
                       {"name": "name", "start": 1, "length": 6},
                       {"name": "balance", "start": 7, "length": 4, "type": "packed", "scale": 2, "sign": "trailing"},
                       {"name": "count", "start": 11, "length": 3, "type": "zoned", "sign": "trailing"},
                       {"name": "id", "start": 14, "length": 2, "type": "binary", "sign": "trailing"},
                       {"name": "note", "start": 16, "length": 5, "nullIfBlank": true}]})");
        const QString url = QStringLiteral("fixed://%1/out.dat?layout=out.layout.json&encoding=IBM037&recfm=F").arg(m_dir.path());
        QString error;
        const std::optional<Endpoint> endpoint = Endpoint::parse(url, &error);
        QVERIFY2(endpoint, qPrintable(error));
        TableSchema schema;
        for (const auto &[name, type] : QList<QPair<QString, DataType>>{
                 {QStringLiteral("NAME"), DataType::text()}, {QStringLiteral("balance"), DataType::decimal(7, 2)},
                 {QStringLiteral("count"), DataType::of(TypeKind::Int64)}, {QStringLiteral("id"), DataType::of(TypeKind::Int64)},
                 {QStringLiteral("note"), DataType::text()}}) {
            ColumnSchema column;
            column.name = name;
            column.type = type;
            schema.columns << column;
        }
        std::unique_ptr<RowWriter> writer = Backend::writer(*endpoint, QStringLiteral("out"));
        QVERIFY(writer->open(&error));
        QVERIFY2(writer->prepare(schema, TableMode::Replace, &error), qPrintable(error));
        const QList<Row> rows{
            {QStringLiteral("Smith"), QStringLiteral("-12.30"), QStringLiteral("42"), QStringLiteral("-2"), QVariant()},
            {QStringLiteral("Toolong"), QStringLiteral("1.00"), QStringLiteral("1"), QStringLiteral("1"), QVariant()},
            {QStringLiteral("Frac"), QStringLiteral("1.001"), QStringLiteral("1"), QStringLiteral("1"), QVariant()},
            {QStringLiteral("Big"), QStringLiteral("1.00"), QStringLiteral("1000"), QStringLiteral("1"), QVariant()},
            {QStringLiteral("Ok"), QStringLiteral("99999.99"), QStringLiteral("-999"), QStringLiteral("32767"), QStringLiteral("x")},
        };
        QList<RowError> rowErrors;
        QVERIFY(writer->write(rows, &rowErrors, &error));
        QVERIFY(writer->finish(&error));
        QCOMPARE(rowErrors.size(), 3);
        QCOMPARE(rowErrors.at(0).index, 1);
        QVERIFY2(rowErrors.at(0).message.contains(QLatin1String("field name (bytes 1 to 6): 'Toolong' takes 7 bytes")),
                 qPrintable(rowErrors.at(0).message));
        QVERIFY2(rowErrors.at(1).message.contains(QLatin1String("more fraction digits")), qPrintable(rowErrors.at(1).message));
        QVERIFY2(rowErrors.at(2).message.contains(QLatin1String("more digits than the field's 3")), qPrintable(rowErrors.at(2).message));

        QFile file(m_dir.filePath(QStringLiteral("out.dat")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray expected = iconv(QStringLiteral("Smith "), "IBM037") + packed("1230", 4, '-') + zonedEbcdic("042", '+')
            + bigEndian(-2, 2) + QByteArray(5, '\x40')
            + iconv(QStringLiteral("Ok    "), "IBM037") + packed("9999999", 4, '+') + zonedEbcdic("999", '-')
            + bigEndian(32767, 2) + iconv(QStringLiteral("x    "), "IBM037");
        QCOMPARE(file.readAll().toHex(' '), expected.toHex(' '));
        QCOMPARE(writer->countRows(&error), qint64(2));
        // And read back by the reader, to the same values.
        const ReadResult back = readAll(url);
        QCOMPARE(back.error, QString());
        QCOMPARE(back.rows.at(0), Row({QStringLiteral("Smith"), QStringLiteral("-12.30"), QStringLiteral("42"),
                                       QStringLiteral("-2"), QVariant()}));
    }

    // The layout editor's proposal: a column after each position blank in every record, and the
    // layout of a set of starts keeping what an earlier layout said of the fields that stayed.
    void layoutGuess()
    {
        const QStringList records{QStringLiteral("1    MARY      SMITH   12.50"), QStringLiteral("22   PATRICIA  JOHNSON  3.25"),
                                  QStringLiteral("3    LI        WU"), QString()};
        QCOMPARE(LayoutGuess::starts(records), QList<int>({5, 15, 23})); // right-aligned amounts: from the longest
        QCOMPARE(LayoutGuess::starts({QStringLiteral("   12"), QStringLiteral(" 1234")}), QList<int>()); // right-aligned, one column
        QCOMPARE(LayoutGuess::starts({}), QList<int>());

        RecordLayout named = LayoutGuess::fromStarts({5, 15, 24}, 28);
        QCOMPARE(named.recordLength, 28);
        QStringList names;
        for (const RecordField &field : std::as_const(named.fields))
            names << QStringLiteral("%1@%2+%3").arg(field.name).arg(field.offset).arg(field.length);
        QCOMPARE(names, QStringList({QStringLiteral("field_1@0+5"), QStringLiteral("field_2@5+10"),
                                     QStringLiteral("field_3@15+9"), QStringLiteral("field_4@24+4")}));
        named.fields[0].name = QStringLiteral("id");
        named.fields[1].name = QStringLiteral("first");
        named.fields[3].name = QStringLiteral("amount");
        named.fields[3].declared = DataType::decimal(5, 2);
        // 15 goes, 10 comes: "first" keeps its name at its new length, "amount" is untouched, the new
        // field in between gets a name no other has.
        named.fields[2].name = QStringLiteral("field_3_2");
        const RecordLayout moved = LayoutGuess::fromStarts({10, 5, 24, 40, 0}, 28, named);
        names.clear();
        for (const RecordField &field : std::as_const(moved.fields))
            names << QStringLiteral("%1@%2+%3").arg(field.name).arg(field.offset).arg(field.length);
        QCOMPARE(names, QStringList({QStringLiteral("id@0+5"), QStringLiteral("first@5+5"),
                                     QStringLiteral("field_3@10+14"), QStringLiteral("amount@24+4")}));
        QCOMPARE(moved.fields.at(3).declared, std::optional(DataType::decimal(5, 2)));
    }

    void badLayouts_data()
    {
        QTest::addColumn<QByteArray>("layout");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{") << "not JSON";
        QTest::newRow("no fields") << QByteArray("{}") << "no \"fields\"";
        QTest::newRow("start 0") << QByteArray(R"({"fields":[{"name":"a","start":0,"length":1}]})") << "field 'a': \"start\"";
        QTest::newRow("twice") << QByteArray(R"({"fields":[{"name":"a","start":1,"length":1},{"name":"A","start":2,"length":1}]})")
                               << "field 'A': the name is used twice";
        QTest::newRow("packed size") << QByteArray(R"({"fields":[{"name":"p","start":1,"length":3,"type":"packed","digits":7}]})")
                                     << "a packed field of 7 digits takes 4 bytes";
        QTest::newRow("unknown key") << QByteArray(R"({"fields":[{"name":"a","start":1,"length":1,"size":2}]})") << "unknown key \"size\"";
        QTest::newRow("unknown type") << QByteArray(R"({"fields":[{"name":"a","start":1,"length":1,"type":"money"}]})") << "unknown \"type\" 'money'";
    }

    void badLayouts()
    {
        QFETCH(QByteArray, layout);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!RecordLayout::fromJson(layout, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

private:
    void writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    static QStringList typesOf(const TableSchema &schema)
    {
        QStringList types;
        for (const ColumnSchema &column : schema.columns)
            types << column.name + u':' + column.type.toString();
        return types;
    }

    static ReadResult readAll(const QString &url)
    {
        ReadResult result;
        const std::optional<Endpoint> endpoint = Endpoint::parse(url, &result.error);
        if (!endpoint)
            return result;
        std::unique_ptr<Introspector> introspector = Backend::introspector(*endpoint, false);
        if (!introspector->open(&result.error))
            return result;
        const QString table = introspector->tableNames(&result.error).value(0);
        const std::optional<TableSchema> schema = introspector->table(table, &result.error);
        if (!schema)
            return result;
        result.schema = *schema;
        FixedTableReader reader(*endpoint, table);
        if (!reader.open(&result.error))
            return result;
        QList<DataType> types;
        for (const ColumnSchema &column : schema->columns)
            types << column.type;
        reader.setTypeHints(types);
        RowBatch batch;
        while (reader.read(batch, 2)) {
        }
        result.error = reader.error();
        result.rows = batch.rows;
        result.rejected = batch.rejected;
        return result;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestFixed)
#include "tst_fixed.moc"
