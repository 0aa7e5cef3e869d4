// LocalFormat (issue #18): local numbers, dates, times and yes/no words into canonical text and
// back, the options that set them, TypeInference's never-lose rules under a format, and what
// LocalFormatGuess proposes from a sample.

#include "schema/localformat.h"
#include "schema/localformatguess.h"
#include "schema/typeinference.h"

#include <QTest>

using namespace barge;

namespace {

LocalFormat formatOf(const QMap<QString, QString> &options)
{
    QString error;
    const std::optional<LocalFormat> format = LocalFormat::fromOptions(options, &error);
    if (!format)
        qFatal("%s", qPrintable(error));
    return *format;
}

DataType infer(const LocalFormat &format, const QStringList &values, QString *note = nullptr)
{
    TypeInference inference(&format);
    for (const QString &value : values)
        inference.add(value);
    if (note)
        *note = inference.note(QStringLiteral("c"));
    return inference.result();
}

} // namespace

class TestLocalFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbers_data()
    {
        QTest::addColumn<QString>("options"); // key=value&...
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical"); // empty: refused
        QTest::newRow("German") << "decimal=," << "1.234,56" << "1234.56";
        QTest::newRow("German, ungrouped") << "decimal=," << "1234,56" << "1234.56";
        QTest::newRow("German, millions") << "decimal=," << "-12.345.678,90" << "-12345678.90";
        QTest::newRow("German, bad group") << "decimal=," << "1.23,5" << "";
        QTest::newRow("German, US text") << "decimal=," << "1,234.56" << "";
        QTest::newRow("US") << "decimal=." << "1,234.56" << "1234.56";
        QTest::newRow("Swiss apostrophe") << "locale=de_CH" << "1'234.50" << "1234.50";
        QTest::newRow("Swiss right quote") << "locale=de_CH" << QStringLiteral(u"1\u2019234.50") << "1234.50";
        QTest::newRow("French no-break space") << "locale=fr_FR" << QStringLiteral(u"1\u00A0234,56") << "1234.56";
        QTest::newRow("French narrow space") << "locale=fr_FR" << QStringLiteral(u"1\u202F234,56") << "1234.56";
        QTest::newRow("French plain space") << "decimal=,&thousands=space" << "1 234,56" << "1234.56";
        QTest::newRow("thin space") << "decimal=,&thousands=space" << QStringLiteral(u"1\u2009234,56") << "1234.56";
        QTest::newRow("thin space, French locale") << "locale=fr_FR" << QStringLiteral(u"-12\u2009345\u2009678,9") << "-12345678.9";
        QTest::newRow("thin space as the option") << QStringLiteral(u"decimal=.&thousands=\u2009") << "1 234.5" << "1234.5";
        QTest::newRow("thin space, no thousands") << "decimal=,&thousands=none" << QStringLiteral(u"1\u2009234,56") << "";
        QTest::newRow("trailing minus") << "decimal=,&minus=trailing" << "17,50-" << "-17.50";
        QTest::newRow("trailing minus not asked") << "decimal=," << "17,50-" << "";
        QTest::newRow("currency after") << "decimal=,&currency=€" << QStringLiteral(u"1.234,56 €") << "1234.56";
        QTest::newRow("currency before, minus") << "decimal=.&currency=$" << "-$1,234.56" << "-1234.56";
        QTest::newRow("currency containing the point") << "decimal=.&thousands='&currency=Fr." << "Fr. 1'234.50" << "1234.50";
        QTest::newRow("currency not asked") << "decimal=," << QStringLiteral(u"1,50 €") << "";
        QTest::newRow("percent") << "decimal=,&percent=true" << "12,5 %" << "12.5";
        QTest::newRow("percent not asked") << "decimal=," << "12,5%" << "";
        QTest::newRow("no digits") << "decimal=," << "," << "";
        QTest::newRow("fraction missing") << "decimal=," << "1," << "";
    }

    void numbers()
    {
        QFETCH(QString, options);
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QMap<QString, QString> map;
        for (const QString &pair : options.split(u'&')) {
            const qsizetype eq = pair.indexOf(u'=');
            map.insert(pair.left(eq), pair.mid(eq + 1));
        }
        const LocalFormat format = formatOf(map);
        QString out;
        const bool ok = format.toCanonical(text, TypeKind::Decimal, &out);
        QCOMPARE(ok, !canonical.isEmpty());
        if (ok)
            QCOMPARE(out, canonical);
        else
            QVERIFY(format.refusal(text, TypeKind::Decimal).contains(text));
    }

    void temporal_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        const int date = int(TypeKind::Date), time = int(TypeKind::Time), datetime = int(TypeKind::DateTime);
        QTest::newRow("dd.MM.yyyy") << "dd.MM.yyyy" << "" << date << "31.12.2023" << "2023-12-31";
        QTest::newRow("dd reads one digit") << "dd.MM.yyyy" << "" << date << "5.1.2023" << "2023-01-05";
        QTest::newRow("not a day") << "dd.MM.yyyy" << "" << date << "30.02.2023" << "";
        QTest::newRow("ISO under a pattern") << "dd.MM.yyyy" << "" << date << "2023-12-31" << "";
        QTest::newRow("MM/dd/yyyy") << "MM/dd/yyyy" << "" << date << "12/31/2023" << "2023-12-31";
        QTest::newRow("yyyyMMdd") << "yyyyMMdd" << "" << date << "20231231" << "2023-12-31";
        QTest::newRow("yyyyMMdd, short") << "yyyyMMdd" << "" << date << "2023121" << "";
        QTest::newRow("pivot, 49") << "dd.MM.yy" << "" << date << "01.01.49" << "2049-01-01";
        QTest::newRow("pivot, 50") << "dd.MM.yy" << "" << date << "01.01.50" << "1950-01-01";
        QTest::newRow("German month") << "d. MMMM yyyy" << "de_DE" << date << QStringLiteral(u"9. März 2021") << "2021-03-09";
        QTest::newRow("French month") << "d MMMM yyyy" << "fr_FR" << date << QStringLiteral(u"31 décembre 2023") << "2023-12-31";
        QTest::newRow("second pattern") << "dd.MM.yyyy|d. MMMM yyyy" << "de_DE" << date << "1. Januar 2000" << "2000-01-01";
        QTest::newRow("time without seconds") << "dd.MM.yyyy" << "" << time << "14:30" << "14:30:00";
        QTest::newRow("time with seconds") << "dd.MM.yyyy" << "" << time << "14:30:05" << "14:30:05";
        QTest::newRow("time, PM") << "dd.MM.yyyy" << "" << time << "2:30 PM" << "14:30:00";
        QTest::newRow("time, midnight AM") << "dd.MM.yyyy" << "" << time << "12:00 AM" << "00:00:00";
        QTest::newRow("time, 24:00") << "dd.MM.yyyy" << "" << time << "24:00" << "";
        QTest::newRow("datetime") << "dd.MM.yyyy" << "" << datetime << "31.12.2023 23:59" << "2023-12-31 23:59:00";
        QTest::newRow("datetime, month name") << "d. MMMM yyyy" << "de_DE" << datetime << "9. Juli 2021 08:00:01" << "2021-07-09 08:00:01";
    }

    void temporal()
    {
        QFETCH(QString, date);
        QFETCH(QString, locale);
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QMap<QString, QString> options{{FormatOption::date, date}};
        if (!locale.isEmpty())
            options.insert(FormatOption::locale, locale);
        const LocalFormat format = formatOf(options);
        QString out;
        const bool ok = format.toCanonical(text, TypeKind(kind), &out);
        QCOMPARE(ok, !canonical.isEmpty());
        if (ok)
            QCOMPARE(out, canonical);
    }

    void booleans()
    {
        const LocalFormat format = formatOf({{FormatOption::boolean, QStringLiteral("ja/nein")}});
        QString out;
        QVERIFY(format.toCanonical(u"Ja", TypeKind::Boolean, &out));
        QCOMPARE(out, QStringLiteral("true"));
        QVERIFY(format.toCanonical(u"nein", TypeKind::Boolean, &out));
        QCOMPARE(out, QStringLiteral("false"));
        QVERIFY(!format.toCanonical(u"true", TypeKind::Boolean, &out));
        QCOMPARE(format.refusal(u"vielleicht", TypeKind::Boolean), QStringLiteral("'vielleicht' is neither 'ja' nor 'nein'"));
        QCOMPARE(format.fromBoolean(false), QStringLiteral("nein"));
        // 1/0 only when asked: the words are then 1 and 0.
        const LocalFormat digits = formatOf({{FormatOption::boolean, QStringLiteral("1/0")}});
        QCOMPARE(infer(digits, {QStringLiteral("1"), QStringLiteral("0")}), DataType::of(TypeKind::Boolean));
        QCOMPARE(infer(digits, {QStringLiteral("1"), QStringLiteral("2")}), DataType::of(TypeKind::Int64));
    }

    void badOptions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("decimal") << "decimal" << ";";
        QTest::newRow("thousands") << "thousands" << "x";
        QTest::newRow("same separators") << "thousands" << ".";
        QTest::newRow("date letters") << "date" << "dd.QQ.yyyy";
        QTest::newRow("date without letters") << "date" << "---";
        QTest::newRow("three-letter year") << "date" << "dd.MM.yyy";
        QTest::newRow("time") << "time" << "HH:mm:ss.zzzz";
        QTest::newRow("month twice") << "date" << "dd.M.Myyyy";
        QTest::newRow("fields touching") << "date" << "dMyyyy";
        QTest::newRow("no day") << "date" << "MM.yyyy";
        QTest::newRow("twelve hours without AM/PM") << "time" << "h:mm";
        QTest::newRow("AM/PM with 24 hours") << "time" << "HH:mm AP";
        QTest::newRow("bool one word") << "bool" << "ja";
        QTest::newRow("bool same words") << "bool" << "J/j";
        QTest::newRow("locale") << "locale" << "xx_YY";
        QTest::newRow("pivot") << "pivot" << "soon";
        QTest::newRow("minus") << "minus" << "sometimes";
        // A symbol that could be part of a number (fuzz finding: currency=0 read 1000 as 100).
        QTest::newRow("currency digit") << "currency" << "0";
        QTest::newRow("currency space") << "currency" << "US $";
        QTest::newRow("currency sign") << "currency" << "-";
    }

    void badOptions()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QMap<QString, QString> options{{name, value}};
        if (name == QLatin1String("thousands") && value == QLatin1String("."))
            options.insert(FormatOption::decimal, QStringLiteral("."));
        QString error;
        QVERIFY(!LocalFormat::fromOptions(options, &error));
        QVERIFY2(error.contains(value) && error.contains(name), qPrintable(error));
    }

    // Inference under a format: the same never-lose rules as without one.
    void inference()
    {
        const LocalFormat german = formatOf({{FormatOption::locale, QStringLiteral("de_DE")}});
        QString note;
        QCOMPARE(infer(german, {QStringLiteral("1.234,56"), QStringLiteral("-17,50"), QStringLiteral("0,99")}, &note),
                 DataType::decimal(6, 2));
        QCOMPARE(note, QStringLiteral("c: decimal(6,2) from values like 1.234,56 (German, Germany)"));
        QCOMPARE(infer(german, {QStringLiteral("12.345.678"), QStringLiteral("5")}), DataType::of(TypeKind::Int64));
        // 00123 keeps its zeros only as text; -0,00 has no sign in any engine.
        QCOMPARE(infer(german, {QStringLiteral("00123"), QStringLiteral("5")}), DataType::text());
        QCOMPARE(infer(german, {QStringLiteral("-0,00")}), DataType::text());
        // 1.234 alone could be 1234 or 1.234: text, with a note saying why.
        QCOMPARE(infer(german, {QStringLiteral("1.234"), QStringLiteral("2.500")}, &note), DataType::text());
        QVERIFY2(note.contains(QLatin1String("could be thousands or a decimal fraction")), qPrintable(note));
        // ... and decided by one value that shows the format.
        QCOMPARE(infer(german, {QStringLiteral("1.234"), QStringLiteral("2.500,5")}), DataType::decimal(5, 1));
        QCOMPARE(infer(german, {QStringLiteral("1.234"), QStringLiteral("1.234.567")}), DataType::of(TypeKind::Int64));
        // The Swiss apostrophe is never a decimal point: nothing to decide.
        const LocalFormat swiss = formatOf({{FormatOption::locale, QStringLiteral("de_CH")}});
        QCOMPARE(infer(swiss, {QStringLiteral("1'234")}), DataType::of(TypeKind::Int64));
        // Dates: every value must read in the pattern.
        QCOMPARE(infer(german, {QStringLiteral("31.12.2023"), QStringLiteral("1.2.2024")}), DataType::of(TypeKind::Date));
        QCOMPARE(infer(german, {QStringLiteral("31.12.2023"), QStringLiteral("2024-01-01")}), DataType::text());
        QCOMPARE(infer(german, {QStringLiteral("14:30"), QStringLiteral("08:00")}), DataType::of(TypeKind::Time));
        // Not covered by the format: canonical as before (true/false without bool=).
        QCOMPARE(infer(german, {QStringLiteral("true"), QStringLiteral("false")}), DataType::of(TypeKind::Boolean));
    }

    // Types a format decides, and the notes for the columns it leaves as text.
    void typedByTheFormat_data()
    {
        QTest::addColumn<QString>("options");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("note"); // the note's text; empty: no note
        const QString date = QStringLiteral("date");
        // A pattern of digits only reads what is also an integer: named by the user, it wins.
        QTest::newRow("yyyyMMdd")
            << "date=yyyyMMdd" << QStringList{"20231231", "20240229"} << date << "c: date from values like 20231231";
        QTest::newRow("yyyyMMdd, one is no day")
            << "date=yyyyMMdd" << QStringList{"20231231", "20231332"} << "int64" << "";
        QTest::newRow("yyyyMMdd, not a leap year")
            << "date=yyyyMMdd" << QStringList{"20230229"} << "int64" << "";
        QTest::newRow("yyyyMMdd, seven digits")
            << "date=yyyyMMdd" << QStringList{"20231231", "2023123"} << "int64" << "";
        QTest::newRow("yyyyMMdd, German numbers")
            << "locale=de_DE&date=yyyyMMdd" << QStringList{"20231231", "19990101"} << date
            << "c: date from values like 20231231 (German, Germany)";
        QTest::newRow("yyyyMMdd, German numbers, a fraction")
            << "locale=de_DE&date=yyyyMMdd" << QStringList{"20231231", "1,5"} << "decimal(9,1)"
            << "c: decimal(9,1) from values like 1,5 (German, Germany)";
        QTest::newRow("yyMMdd") << "date=yyMMdd" << QStringList{"231231", "000101"} << date
                                << "c: date from values like 231231";
        QTest::newRow("ddMMyyyy beside dd.MM.yyyy")
            << "date=dd.MM.yyyy|ddMMyyyy" << QStringList{"31122023", "01.02.2024"} << date
            << "c: date from values like 31122023";
        // A minus after the number without minus=trailing: text, and the note says what reads it.
        const QString trailingNote = QStringLiteral("c: values like 17,50- end in a minus sign; left as text "
                                                    "(add minus=trailing to the source URL to read them as negative numbers)");
        QTest::newRow("trailing minus not asked")
            << "locale=de_DE" << QStringList{"1.234,56", "17,50-"} << "text" << trailingNote;
        QTest::newRow("trailing minus not asked, first")
            << "decimal=," << QStringList{"17,50-", "3"} << "text" << trailingNote;
        QTest::newRow("trailing minus not asked, integers")
            << "locale=de_DE" << QStringList{"5-", "12"} << "text"
            << "c: values like 5- end in a minus sign; left as text (add minus=trailing to the source URL to read "
               "them as negative numbers)";
        QTest::newRow("trailing minus asked")
            << "locale=de_DE&minus=trailing" << QStringList{"1.234,56", "17,50-"} << "decimal(6,2)"
            << "c: decimal(6,2) from values like 1.234,56 (German, Germany)";
        QTest::newRow("trailing minus beside words")
            << "locale=de_DE" << QStringList{"17,50-", "offen"} << "text" << "";
        QTest::newRow("trailing minus on a negative number")
            << "locale=de_DE" << QStringList{"-17,50-"} << "text" << "";
        QTest::newRow("trailing minus on a leading zero")
            << "locale=de_DE" << QStringList{"017,50-"} << "text" << "";
        QTest::newRow("trailing minus on zero")
            << "locale=de_DE" << QStringList{"0,00-"} << "text" << "";
        QTest::newRow("a lone minus") << "locale=de_DE" << QStringList{"-"} << "text" << "";
        QTest::newRow("thin space") << "decimal=,&thousands=space"
                                    << QStringList{QStringLiteral(u"1\u2009234,5"), QStringLiteral(u"2\u202F000,25")}
                                    << "decimal(6,2)" << QStringLiteral(u"c: decimal(6,2) from values like 1\u2009234,5");
    }

    void typedByTheFormat()
    {
        QFETCH(QString, options);
        QFETCH(QStringList, values);
        QFETCH(QString, type);
        QFETCH(QString, note);
        QMap<QString, QString> map;
        for (const QString &pair : options.split(u'&')) {
            const qsizetype eq = pair.indexOf(u'=');
            map.insert(pair.left(eq), pair.mid(eq + 1));
        }
        QString said;
        QCOMPARE(infer(formatOf(map), values, &said).toString(), type);
        QCOMPARE(said, note);
    }

    // What LocalFormatGuess proposes from a sample, and what it leaves alone.
    void guess_data()
    {
        QTest::addColumn<QList<QStringList>>("columns"); // named a, b, c...
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("evidence");
        QTest::addColumn<QStringList>("zeroOne");
        QTest::newRow("yyyyMMdd")
            << QList<QStringList>{{"20231231", "19000101", "21001231"}} << "date=yyyyMMdd" << QStringList{"a: 20231231"}
            << QStringList();
        QTest::newRow("eight digits, one no day")
            << QList<QStringList>{{"20231231", "20231332"}} << "" << QStringList() << QStringList();
        QTest::newRow("eight digits before 1900")
            << QList<QStringList>{{"20231231", "18991231"}} << "" << QStringList() << QStringList();
        QTest::newRow("eight digits after 2100")
            << QList<QStringList>{{"21010101"}} << "" << QStringList() << QStringList();
        QTest::newRow("eight digits and fewer")
            << QList<QStringList>{{"20231231", "2023123"}} << "" << QStringList() << QStringList();
        QTest::newRow("yyyyMMdd beside dd.MM.yyyy")
            << QList<QStringList>{{"20231231"}, {"31.12.2023", "01.02.2024"}} << "date=dd.MM.yyyy|yyyyMMdd"
            << QStringList{"b: 31.12.2023", "a: 20231231"} << QStringList();
        QTest::newRow("thin space")
            << QList<QStringList>{{QStringLiteral(u"1\u2009234,56"), QStringLiteral(u"12,5")}}
            << "decimal=,&thousands=space" << QStringList{QStringLiteral(u"a: 1\u2009234,56")} << QStringList();
        // 0/1 columns are named for the wizard to offer bool=1/0, never put in the options.
        QTest::newRow("zeros and ones")
            << QList<QStringList>{{"0", "1", "1"}, {"1", "2"}, {"1"}} << "" << QStringList() << QStringList{"a", "c"};
        QTest::newRow("zeros and ones beside ja/nein")
            << QList<QStringList>{{"0", "1"}, {"ja", "nein"}} << "bool=ja/nein" << QStringList{"b: ja"}
            << QStringList{"a"};
    }

    void guess()
    {
        QFETCH(QList<QStringList>, columns);
        QFETCH(QString, query);
        QFETCH(QStringList, evidence);
        QFETCH(QStringList, zeroOne);
        QStringList names;
        for (qsizetype i = 0; i < columns.size(); ++i)
            names << QString(QChar(char16_t(u'a' + i)));
        const FormatProposal proposal = LocalFormatGuess::propose(names, columns);
        QCOMPARE(proposal.query(), query);
        QCOMPARE(proposal.evidence, evidence);
        QCOMPARE(proposal.zeroOneColumns, zeroOne);
        QString error;
        QVERIFY2(LocalFormat::fromOptions(proposal.options, &error), qPrintable(error));
    }

    // Canonical back to local: writers.
    void writing()
    {
        const LocalFormat german = formatOf({{FormatOption::locale, QStringLiteral("de_DE")}, {FormatOption::minus, QStringLiteral("trailing")}});
        QCOMPARE(german.fromCanonicalNumber(u"-1234567.5", true), QStringLiteral("1.234.567,5-"));
        QCOMPARE(german.fromCanonicalNumber(u"123", true), QStringLiteral("123"));
        QCOMPARE(german.fromCanonicalNumber(u"1234", false), QStringLiteral("1234"));
        TemporalText::Parts parts;
        QVERIFY(TemporalText::parse(u"2023-01-05 07:08:09", &parts));
        QCOMPARE(german.fromParts(parts, TypeKind::Date), QStringLiteral("05.01.2023"));
        QCOMPARE(german.fromParts(parts, TypeKind::DateTime), QStringLiteral("05.01.2023 07:08:09"));
        const LocalFormat us = formatOf({{FormatOption::date, QStringLiteral("M/d/yyyy")}, {FormatOption::time, QStringLiteral("h:mm AP")}});
        QCOMPARE(us.fromParts(parts, TypeKind::DateTime), QStringLiteral("1/5/2023 7:08 AM"));
    }
};

QTEST_GUILESS_MAIN(TestLocalFormat)
#include "tst_localformat.moc"
