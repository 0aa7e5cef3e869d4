// Copybook (issue #14): COBOL copybooks into record layouts: fixed and free source format, groups,
// FILLER, OCCURS, USAGE and SIGN, P scaling, name qualification, and each refused construct
// named with its line.

#include "io/fixed/copybook.h"

#include <QFile>
#include <QTest>

using namespace barge;
using Encoding = RecordField::Encoding;
using Sign = RecordField::Sign;

Q_DECLARE_METATYPE(RecordField::Encoding)
Q_DECLARE_METATYPE(RecordField::Sign)

namespace {

// Fixed format: sequence numbers in columns 1-6, comments and a page eject in column 7, a change
// tag after column 72, a literal and a picture continued with '-' in column 7.
const char *const kCustomer =
    "000100* CUSTOMER MASTER RECORD, ONE PER ACCOUNT HOLDER\n"
    "000200 01  CUSTOMER-RECORD.\n"
    "000300     05  CUST-ID              PIC 9(8).                           CHG00001\n"
    "000400     05  CUST-NAME            PIC X(30).\n"
    "000500     05  FILLER               PIC X(2).\n"
    "000600     05  BILLING.\n"
    "000700         10  CITY             PIC X(20).\n"
    "000800         10  ZIP              PIC 9(5).\n"
    "000900     05  SHIPPING.\n"
    "001000         10  CITY             PIC X(20).\n"
    "001100     05  BALANCE              PIC S9(7)V99 COMP-3.\n"
    "001200     05  CREDIT-LIMIT         PIC S9(5)V9(2)\n"
    "001300                              USAGE IS PACKED-DECIMAL.\n"
    "001400     05  BRANCH-NO            PIC 9(4) COMP.\n"
    "001500     05  ACCOUNT-COUNT        PIC S9(9) BINARY.\n"
    "001600     05  ADJUSTMENT           PIC S9(5)V99\n"
    "001700             SIGN IS LEADING SEPARATE CHARACTER.\n"
    "001800     05  POPULATION           PIC 9(3)PP.\n"
    "001900     05  RATE                 PIC SVPP9(3).\n"
    "002000     05  MONTHLY-TOTALS OCCURS 3 TIMES.\n"
    "002100         10  MONTH-AMOUNT     PIC S9(5)V99 COMP-3.\n"
    "002200         10  MONTH-FLAG       PIC X.\n"
    "002300             88  MONTH-CLOSED VALUE 'C'.\n"
    "002400     05  STATUS-CODE          PIC X(40) VALUE 'A LONG LITERAL, WITH. A PERIOD\n"
    "002500-    'AND THE REST'.\n"
    "002600/\n"
    "002700     05  SEGMENTS OCCURS 2.\n"
    "002800         10  SEG-CODE         PIC X(2) OCCURS 2.\n"
    "002900     05  REMARKS              PIC X(1\n"
    "003000-    0).\n"
    "003100     05  COUNTER              PIC S9(4) COMP-5.\n"
    "003200     05  TOTALS USAGE COMP-3.\n"
    "003300         10  TOTAL-DEBIT      PIC S9(9)V99.\n"
    "003400         10  TOTAL-CREDIT     PIC S9(9)V99 VALUE ZERO.\n"
    "003500     05  FILLER               PIC X(11).\n";

RecordLayout parsed(const QString &text)
{
    QString error;
    const std::optional<RecordLayout> layout = Copybook::parse(text, &error);
    if (!layout)
        qFatal("%s", qPrintable(error));
    return *layout;
}

} // namespace

class TestCopybook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void customerRecord_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("length");
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<int>("digits");
        QTest::addColumn<int>("scale");
        QTest::addColumn<Sign>("sign");
        QTest::addColumn<int>("line");
        const auto row = [](const char *name, int offset, int length, Encoding encoding, int digits, int scale,
                            Sign sign, int line) {
            QTest::newRow(name) << QString::fromLatin1(name) << offset << length << encoding << digits << scale
                                << sign << line;
        };
        const auto text = [&](const char *name, int offset, int length, int line) {
            row(name, offset, length, Encoding::Text, 0, 0, Sign::None, line);
        };
        row("CUST-ID", 0, 8, Encoding::Zoned, 8, 0, Sign::None, 3);
        text("CUST-NAME", 8, 30, 4);
        text("BILLING.CITY", 40, 20, 7);
        row("ZIP", 60, 5, Encoding::Zoned, 5, 0, Sign::None, 8);
        text("SHIPPING.CITY", 65, 20, 10);
        row("BALANCE", 85, 5, Encoding::Packed, 9, 2, Sign::TrailingOverpunch, 11);
        row("CREDIT-LIMIT", 90, 4, Encoding::Packed, 7, 2, Sign::TrailingOverpunch, 12);
        row("BRANCH-NO", 94, 2, Encoding::Binary, 4, 0, Sign::None, 14);
        row("ACCOUNT-COUNT", 96, 4, Encoding::Binary, 9, 0, Sign::TrailingOverpunch, 15);
        row("ADJUSTMENT", 100, 8, Encoding::Zoned, 7, 2, Sign::LeadingSeparate, 16);
        row("POPULATION", 108, 3, Encoding::Zoned, 3, -2, Sign::None, 18);
        row("RATE", 111, 3, Encoding::Zoned, 3, 5, Sign::TrailingOverpunch, 19);
        for (int month = 0; month < 3; ++month) {
            const QByteArray amount = "MONTH-AMOUNT_" + QByteArray::number(month + 1);
            const QByteArray flag = "MONTH-FLAG_" + QByteArray::number(month + 1);
            row(amount.constData(), 114 + 5 * month, 4, Encoding::Packed, 7, 2, Sign::TrailingOverpunch, 21);
            text(flag.constData(), 118 + 5 * month, 1, 22);
        }
        text("STATUS-CODE", 129, 40, 24);
        text("SEG-CODE_1_1", 169, 2, 28);
        text("SEG-CODE_1_2", 171, 2, 28);
        text("SEG-CODE_2_1", 173, 2, 28);
        text("SEG-CODE_2_2", 175, 2, 28);
        text("REMARKS", 177, 10, 29);
        row("COUNTER", 187, 2, Encoding::Binary, 5, 0, Sign::TrailingOverpunch, 31);
        row("TOTAL-DEBIT", 189, 6, Encoding::Packed, 11, 2, Sign::TrailingOverpunch, 33);
        row("TOTAL-CREDIT", 195, 6, Encoding::Packed, 11, 2, Sign::TrailingOverpunch, 34);
    }
    void customerRecord()
    {
        QFETCH(QString, name);
        const RecordLayout layout = parsed(QString::fromLatin1(kCustomer));
        QCOMPARE(layout.recordLength, 212);
        QCOMPARE(layout.fields.size(), 27);
        const auto found = std::find_if(layout.fields.cbegin(), layout.fields.cend(),
                                        [&](const RecordField &field) { return field.name == name; });
        QVERIFY2(found != layout.fields.cend(), qPrintable(name));
        QTEST(found->offset, "offset");
        QTEST(found->length, "length");
        QTEST(found->encoding, "encoding");
        QTEST(found->digits, "digits");
        QTEST(found->scale, "scale");
        QTEST(found->sign, "sign");
        QTEST(found->sourceLine, "line");
    }

    void fieldOrder()
    {
        const RecordLayout layout = parsed(QString::fromLatin1(kCustomer));
        for (qsizetype i = 1; i < layout.fields.size(); ++i)
            QVERIFY(layout.fields.at(i - 1).offset < layout.fields.at(i).offset);
    }

    // A copybook's layout written as a layout file reads back as the same fields: what the wizard's
    // layout editor saves when it starts from a copybook.
    void asLayoutFile()
    {
        const RecordLayout layout = parsed(QString::fromLatin1(kCustomer));
        const QByteArray json = layout.toJson();
        QString error;
        const std::optional<RecordLayout> again = RecordLayout::fromJson(json, &error);
        QVERIFY2(again, qPrintable(error + u'\n' + QString::fromUtf8(json)));
        QCOMPARE(again->recordLength, layout.recordLength);
        QCOMPARE(again->fields.size(), layout.fields.size());
        for (qsizetype i = 0; i < layout.fields.size(); ++i) {
            const RecordField &a = layout.fields.at(i);
            const RecordField &b = again->fields.at(i);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.offset, a.offset);
            QCOMPARE(b.length, a.length);
            QCOMPARE(b.encoding, a.encoding);
            QCOMPARE(b.digits, a.digits);
            QCOMPARE(b.scale, a.scale);
            QCOMPARE(b.sign, a.sign);
            QCOMPARE(b.trim, a.trim);
            QCOMPARE(b.nullIfBlank, a.nullIfBlank);
            QCOMPARE(b.columnType(), a.columnType());
        }
    }

    void freeFormat()
    {
        const RecordLayout layout = parsed(QStringLiteral("* free-format copybook\n"
                                                          "01 ORDER-LINE.\n"
                                                          "  05 ORDER-NO PIC 9(6). *> the key\n"
                                                          "  05 QTY PIC S9(3) SIGN TRAILING SEPARATE.\n"
                                                          "  05 ITEMS OCCURS 2 TIMES INDEXED BY IX.\n"
                                                          "     10 SKU PIC X(4).\n"));
        QCOMPARE(layout.recordLength, 18);
        QCOMPARE(layout.fields.size(), 4);
        QCOMPARE(layout.fields.at(1).name, QStringLiteral("QTY"));
        QCOMPARE(layout.fields.at(1).offset, 6);
        QCOMPARE(layout.fields.at(1).length, 4);
        QCOMPARE(layout.fields.at(1).sign, Sign::TrailingSeparate);
        QCOMPARE(layout.fields.at(3).name, QStringLiteral("SKU_2"));
        QCOMPARE(layout.fields.at(3).offset, 14);
    }

    void withoutRecordLevel()
    {
        // Copybooks often hold only the items a program nests under its own 01.
        const RecordLayout layout = parsed(QStringLiteral("       05  A  PIC X(3).\n       05  B  PIC 9(2).\n"));
        QCOMPARE(layout.recordLength, 5);
        QCOMPARE(layout.fields.size(), 2);
        QCOMPARE(layout.fields.at(1).offset, 3);
    }

    void deeperQualification()
    {
        const RecordLayout layout = parsed(QStringLiteral("01 R.\n"
                                                          " 05 HOME.\n  10 ADDR.\n   15 CITY PIC X.\n"
                                                          " 05 WORK.\n  10 ADDR.\n   15 CITY PIC X.\n"));
        QCOMPARE(layout.fields.at(0).name, QStringLiteral("HOME.ADDR.CITY"));
        QCOMPARE(layout.fields.at(1).name, QStringLiteral("WORK.ADDR.CITY"));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("REDEFINES") << "01 R.\n 05 CUST-ID PIC X(6).\n 05 CUST-ALT REDEFINES CUST-ID PIC 9(6).\n"
                                   << "copybook line 3: REDEFINES is not supported (CUST-ALT redefines CUST-ID)";
        QTest::newRow("OCCURS DEPENDING ON")
            << "01 R.\n 05 N PIC 99.\n 05 T OCCURS 1 TO 9 TIMES\n   DEPENDING ON N PIC X.\n"
            << "copybook line 3: OCCURS DEPENDING ON is not supported (on T)";
        QTest::newRow("RENAMES") << "01 R.\n 05 A PIC X.\n66 B RENAMES A.\n"
                                 << "copybook line 3: RENAMES (level 66) is not supported";
        QTest::newRow("COMP-1") << "01 R.\n 05 A COMP-1.\n" << "copybook line 2: USAGE COMP-1 is not supported (on A)";
        QTest::newRow("COMP-2") << "01 R.\n 05 A USAGE IS COMP-2.\n"
                                << "copybook line 2: USAGE COMP-2 is not supported (on A)";
        QTest::newRow("POINTER") << "01 R.\n 05 A POINTER.\n" << "copybook line 2: USAGE POINTER is not supported (on A)";
        QTest::newRow("INDEX") << "01 R.\n 05 A INDEX.\n" << "copybook line 2: USAGE INDEX is not supported (on A)";
        QTest::newRow("JUSTIFIED") << "01 R.\n 05 A PIC X(3)\n   JUSTIFIED RIGHT.\n"
                                   << "copybook line 3: JUSTIFIED is not supported (on A)";
        QTest::newRow("SYNC") << "01 R.\n 05 A PIC S9(4) COMP SYNC.\n" << "copybook line 2: SYNC is not supported (on A)";
        QTest::newRow("edited") << "01 R.\n 05 A PIC ZZ,ZZ9.99.\n"
                                << "copybook line 2: edited PICTURE ZZ,ZZ9.99 is not supported (only X, A, 9, S, V and P)";
        QTest::newRow("39 digits") << "01 R.\n 05 A PIC 9(20)V9(19).\n"
                                   << "copybook line 2: PICTURE 9(20)V9(19) has more than 38 digits";
        QTest::newRow("second record") << "01 R.\n 05 A PIC X.\n01 S.\n 05 B PIC X.\n"
                                       << "copybook line 3: a second record (S) follows R; a copybook may describe one";
        QTest::newRow("binary of 19 digits") << "01 R.\n 05 A PIC 9(19) COMP.\n"
                                             << "copybook line 2: A is binary with more than 18 digits";
        QTest::newRow("no picture") << "01 R.\n 05 A.\n" << "copybook line 2: A has no PICTURE";
        QTest::newRow("level 50") << "01 R.\n 50 A PIC X.\n"
                                  << "copybook line 2: level 50 is not supported (01-49, 77 and 88 are)";
        QTest::newRow("text as COMP-3") << "01 R.\n 05 A PIC X(4) COMP-3.\n"
                                        << "copybook line 2: A is text, which can only be DISPLAY";
        QTest::newRow("SIGN on binary") << "01 R.\n 05 A PIC S9(4) COMP SIGN LEADING.\n"
                                        << "copybook line 2: SIGN applies to DISPLAY numbers only (on A)";
        QTest::newRow("unknown clause") << "01 R.\n 05 A PIC X FROBNICATE.\n"
                                        << "copybook line 2: 'FROBNICATE' is not understood (in the entry of A)";
        QTest::newRow("same name, same groups") << "01 R.\n 05 G.\n  10 A PIC X.\n 05 G.\n  10 A PIC X.\n"
                                                << "copybook line 5: the column R.G.A is also described on line 3";
        QTest::newRow("empty") << "      * nothing but a comment\n" << "the copybook describes no data item";
    }
    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!Copybook::parse(text, &why));
        QCOMPARE(why, error);
    }
};

QTEST_GUILESS_MAIN(TestCopybook)
#include "tst_copybook.moc"
