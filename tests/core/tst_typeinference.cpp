// TypeInference: a CSV column gets a type only when every value's text is reproduced by it.
#include "schema/typeinference.h"
#include "schema/numbertext.h"
#include "schema/valueconverter.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <charconv>
#include <cmath>

using namespace barge;

Q_DECLARE_METATYPE(barge::DataType)

namespace {

// A null QString in the list stands for a NULL field.
DataType infer(const QStringList &values)
{
    TypeInference inference;
    for (const QString &value : values) {
        if (value.isNull())
            inference.addNull();
        else
            inference.add(value);
    }
    return inference.result();
}

// What "reproduces as a real" means, done the slow, obvious way.
bool reproducesAsRealSlowly(const QString &text)
{
    const QByteArray latin1 = text.toLatin1();
    double value = 0;
    const auto [end, error] = std::from_chars(latin1.constData(), latin1.constData() + latin1.size(), value);
    if (error != std::errc() || end != latin1.constData() + latin1.size() || !std::isfinite(value))
        return false;
    char buffer[32];
    return QByteArray(buffer, NumberText::formatReal(value, buffer)) == latin1;
}

// Numbers written every which way: plain, with exponents, leading and trailing zeros, signs.
QString randomNumberText(QRandomGenerator &random)
{
    QString text;
    const int shape = random.bounded(6);
    if (random.bounded(3) == 0)
        text += u'-';
    const int integerDigits = 1 + random.bounded(shape == 0 ? 23 : 4);
    for (int i = 0; i < integerDigits; ++i)
        text += QChar(u'0' + random.bounded(i == 0 && random.bounded(8) != 0 ? 1 : 0, 10));
    if (shape >= 2) {
        text += u'.';
        const int fractionDigits = 1 + random.bounded(shape == 2 ? 20 : 8);
        for (int i = 0; i < fractionDigits; ++i)
            text += QChar(u'0' + random.bounded(10));
    }
    if (shape == 5) {
        text += u'e';
        const int exponent = random.bounded(-330, 330);
        text += (exponent < 0 ? u'-' : u'+') + QString::number(qAbs(exponent));
    }
    if (shape == 1) { // a double's own canonical text, the case that must come out as real
        char buffer[32];
        const double value = std::ldexp(random.generateDouble() + 0.5, random.bounded(-80, 80));
        text = QString::fromLatin1(buffer, NumberText::formatReal(value, buffer));
    }
    return text;
}

} // namespace

class tst_TypeInference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void inferredTypesReproduceTheirValues_data();
    void inferredTypesReproduceTheirValues();
    void realMatchesTheSlowDefinition();
    void countsValuesAndNulls();
    void sixMillionValuesAreQuick();
};

void tst_TypeInference::rules_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<DataType>("type");
    const QString null;
    const DataType text = DataType::text();
    const DataType int64 = DataType::of(TypeKind::Int64);
    const DataType real = DataType::of(TypeKind::Real);

    QTest::newRow("empty-column-is-text") << QStringList{} << text;
    QTest::newRow("all-null-is-text") << QStringList{null, null} << text;
    QTest::newRow("nulls-are-ignored") << QStringList{null, "7", null} << int64;
    QTest::newRow("empty-string-is-text") << QStringList{"1", ""} << text;
    QTest::newRow("words-are-text") << QStringList{"1", "abc"} << text;

    QTest::newRow("int64") << QStringList{"1", "-42", "0", "123456789"} << int64;
    QTest::newRow("int64-limits") << QStringList{"9223372036854775807", "-9223372036854775808"} << int64;
    QTest::newRow("zero-and-one-are-int") << QStringList{"0", "1"} << int64;
    QTest::newRow("leading-zero-stays-text") << QStringList{"08123"} << text;
    QTest::newRow("double-zero-stays-text") << QStringList{"00"} << text;
    QTest::newRow("plus-sign-stays-text") << QStringList{"+1"} << text;
    QTest::newRow("leading-space-stays-text") << QStringList{" 1"} << text;
    QTest::newRow("trailing-space-stays-text") << QStringList{"1 "} << text;
    QTest::newRow("negative-zero-stays-text") << QStringList{"-0"} << text;
    QTest::newRow("lone-minus-stays-text") << QStringList{"-"} << text;
    QTest::newRow("thousands-separator-stays-text") << QStringList{"1,000"} << text;
    QTest::newRow("arabic-indic-digits-stay-text") << QStringList{QString::fromUtf8("\u0661\u0662")} << text;
    QTest::newRow("int64-overflow-is-decimal") << QStringList{"9223372036854775808", "1"} << DataType::decimal(19, 0);
    QTest::newRow("int64-negative-overflow-is-decimal") << QStringList{"-9223372036854775809"} << DataType::decimal(19, 0);
    QTest::newRow("integer-beyond-38-digits-is-text") << QStringList{QString(39, u'9')} << text;

    QTest::newRow("real") << QStringList{"1.5", "-0.25", "100.125"} << real;
    QTest::newRow("mixed-int-real") << QStringList{"3", "1.5"} << real;
    QTest::newRow("real-plain-up-to-1e21") << QStringList{"100000000000000000000", "0.5"} << real;
    QTest::newRow("real-exponent-from-1e21") << QStringList{"1e+21", "-2.5e+300"} << real;
    QTest::newRow("real-small-exponent") << QStringList{"1.5e-7"} << real;
    QTest::newRow("real-small-plain") << QStringList{"0.000001"} << real;
    QTest::newRow("real-shortest-17-digits") << QStringList{"0.30000000000000004"} << real;
    QTest::newRow("real-exponent-below-1e21-stays-text") << QStringList{"1e+20"} << text;
    QTest::newRow("real-exponent-without-sign-stays-text") << QStringList{"1e21"} << text;
    QTest::newRow("real-upper-case-e-stays-text") << QStringList{"1E+21"} << text;
    QTest::newRow("real-overflow-stays-text") << QStringList{"1e+999"} << text;
    QTest::newRow("nan-stays-text") << QStringList{"NaN"} << text;
    QTest::newRow("infinity-stays-text") << QStringList{"Infinity"} << text;
    QTest::newRow("dot-five-stays-text") << QStringList{".5"} << text;
    QTest::newRow("five-dot-stays-text") << QStringList{"5."} << text;

    QTest::newRow("trailing-zero-decimal") << QStringList{"1.50"} << DataType::decimal(3, 2);
    QTest::newRow("one-point-zero-is-decimal") << QStringList{"1.0"} << DataType::decimal(2, 1);
    QTest::newRow("decimal-precision-and-scale") << QStringList{"12.50", "-3.125", "100"} << DataType::decimal(6, 3);
    QTest::newRow("decimal-tiny-below-1e-7") << QStringList{"0.0000001"} << DataType::decimal(8, 7);
    QTest::newRow("decimal-more-digits-than-a-real") << QStringList{"0.1234567890123456789"} << DataType::decimal(20, 19);
    QTest::newRow("decimal-negative-zero-stays-text") << QStringList{"-0.00"} << text;
    QTest::newRow("decimal-leading-zero-stays-text") << QStringList{"01.50"} << text;
    QTest::newRow("decimal-beyond-38-digits-is-text") << QStringList{QString(37, u'1') + ".50"} << text;
    QTest::newRow("decimal-38-digits") << QStringList{QString(36, u'1') + ".50"} << DataType::decimal(38, 2);

    QTest::newRow("bool") << QStringList{"true", "false", "true"} << DataType::of(TypeKind::Boolean);
    QTest::newRow("bool-upper-case") << QStringList{"TRUE", "FALSE"} << DataType::of(TypeKind::Boolean);
    QTest::newRow("bool-mixed-case-columns-stay-text") << QStringList{"true", "FALSE"} << text;
    QTest::newRow("bool-capitalised-stays-text") << QStringList{"True"} << text;
    QTest::newRow("bool-yes-no-stays-text") << QStringList{"yes", "no"} << text;

    QTest::newRow("date") << QStringList{"2023-01-05", "2024-02-29", "0001-01-01", "9999-12-31"} << DataType::of(TypeKind::Date);
    QTest::newRow("date-invalid-feb-30") << QStringList{"2023-02-30"} << text;
    QTest::newRow("date-feb-29-not-leap") << QStringList{"2023-02-29"} << text;
    QTest::newRow("date-month-13") << QStringList{"2023-13-01"} << text;
    QTest::newRow("date-year-zero") << QStringList{"0000-01-01"} << text;
    QTest::newRow("date-one-digit-month") << QStringList{"2023-1-05"} << text;
    QTest::newRow("date-slashes") << QStringList{"2023/01/05"} << text;

    QTest::newRow("time") << QStringList{"10:30:00", "23:59:59.123456", "00:00:00.5"} << DataType::of(TypeKind::Time);
    QTest::newRow("time-seven-fraction-digits") << QStringList{"10:30:00.1234567"} << text;
    QTest::newRow("time-without-seconds") << QStringList{"10:30"} << text;
    QTest::newRow("time-hour-24") << QStringList{"24:00:00"} << text;
    QTest::newRow("time-leap-second") << QStringList{"23:59:60"} << text;
    QTest::newRow("time-dangling-dot") << QStringList{"10:30:00."} << text;

    QTest::newRow("datetime") << QStringList{"2023-01-05 10:30:00", "2023-01-05 10:30:00.5"} << DataType::of(TypeKind::DateTime);
    QTest::newRow("datetime-t-separator-stays-text") << QStringList{"2023-01-05T10:30:00"} << text;
    QTest::newRow("datetime-invalid-date") << QStringList{"2023-02-30 10:30:00"} << text;
    QTest::newRow("datetime-without-seconds") << QStringList{"2023-01-05 10:30"} << text;
    QTest::newRow("date-and-datetime-mixed-is-text") << QStringList{"2023-01-05", "2023-01-05 10:30:00"} << text;

    QTest::newRow("datetimetz") << QStringList{"2023-01-05 10:30:00+02:00", "2023-01-05 10:30:00.123-05:30",
                                               "2023-01-05 10:30:00+00:00"}
                                << DataType::of(TypeKind::DateTimeTz);
    QTest::newRow("datetimetz-z-stays-text") << QStringList{"2023-01-05 10:30:00Z"} << text;
    QTest::newRow("datetimetz-minus-zero-stays-text") << QStringList{"2023-01-05 10:30:00-00:00"} << text;
    QTest::newRow("datetimetz-short-offset-stays-text") << QStringList{"2023-01-05 10:30:00+02"} << text;
    QTest::newRow("datetimetz-offset-16-hours-stays-text") << QStringList{"2023-01-05 10:30:00+16:00"} << text;
    QTest::newRow("datetime-and-datetimetz-mixed-is-text") << QStringList{"2023-01-05 10:30:00", "2023-01-05 10:30:00+02:00"} << text;
}

void tst_TypeInference::rules()
{
    QFETCH(QStringList, values);
    QFETCH(DataType, type);
    QCOMPARE(infer(values).toString(), type.toString());
}

void tst_TypeInference::inferredTypesReproduceTheirValues_data()
{
    rules_data();
}

// The promise behind the rules: converting each value to the inferred type and writing it back as
// text gives the value again (upper-case booleans and shorter decimal fractions are the documented
// exceptions).
void tst_TypeInference::inferredTypesReproduceTheirValues()
{
    QFETCH(QStringList, values);
    QFETCH(DataType, type);
    if (type.kind == TypeKind::Boolean || type.kind == TypeKind::Decimal)
        return; // checked below value by value
    for (const QString &value : values) {
        if (value.isNull())
            continue;
        QVariant converted;
        QString why;
        QVERIFY2(ValueConverter::convert(value, type, &converted, &why), qPrintable(why));
        QCOMPARE(ValueConverter::toText(converted), value);
        // Inferred temporal values are canonical, so the converter hands back the very same string.
        if (type.isTemporal())
            QVERIFY(converted.toString().isSharedWith(value));
    }
}

void tst_TypeInference::realMatchesTheSlowDefinition()
{
    QRandomGenerator random(20240601);
    int reals = 0;
    for (int i = 0; i < 200000; ++i) {
        const QString text = randomNumberText(random);
        // "0.5" rules out int64, so the column is real exactly when `text` reproduces as one.
        const DataType type = infer({text, QStringLiteral("0.5")});
        const bool expected = reproducesAsRealSlowly(text);
        if ((type.kind == TypeKind::Real) != expected)
            QFAIL(qPrintable(QStringLiteral("'%1' inferred %2").arg(text, type.toString())));
        if (type.kind == TypeKind::Decimal) {
            QVariant converted;
            QVERIFY(ValueConverter::convert(text, DataType::decimal(0, 0), &converted, nullptr));
            QCOMPARE(converted.toString(), text);
        }
        reals += expected;
    }
    QVERIFY(reals > 20000); // the generator does produce reals
}

void tst_TypeInference::countsValuesAndNulls()
{
    TypeInference inference;
    inference.add(u"1");
    inference.addNull();
    inference.add(u"x");
    inference.add(u"2");
    QCOMPARE(inference.values(), qint64(3));
    QCOMPARE(inference.nulls(), qint64(1));
    QCOMPARE(inference.result(), DataType::text());
}

// A 1M-row, 6-column file: the inference must not be what the user waits for.
void tst_TypeInference::sixMillionValuesAreQuick()
{
    const QStringList samples[] = {
        {"1", "42", "123456", "-7"},
        {"19.99", "0.5", "1234.25", "3"},
        {"12.50", "0.10", "3.00", "99.99"},
        {"2023-01-05", "1999-12-31", "2024-02-29", "2000-01-01"},
        {"2023-01-05 10:30:00", "2023-01-05 10:30:00.5", "1999-12-31 23:59:59", "2000-01-01 00:00:00"},
        {"alpha", "beta", "gamma", "delta"},
    };
    QElapsedTimer timer;
    timer.start();
    for (const QStringList &column : samples) {
        TypeInference inference;
        for (int row = 0; row < 1000000; ++row)
            inference.add(column[row % 4]);
        QVERIFY(inference.result().kind != TypeKind::Binary);
    }
    qInfo("6M values inferred in %lld ms", timer.elapsed());
}

QTEST_GUILESS_MAIN(tst_TypeInference)
#include "tst_typeinference.moc"
