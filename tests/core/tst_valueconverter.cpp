// ValueConverter: every kind's in-memory form, from text and from the forms drivers hand us.
#include "schema/numbertext.h"
#include "schema/valueconverter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <charconv>
#include <cmath>
#include <iterator>
#include <limits>

using namespace barge;

Q_DECLARE_METATYPE(barge::DataType)

namespace {

const DataType boolean = DataType::of(TypeKind::Boolean);
const DataType int16 = DataType::of(TypeKind::Int16);
const DataType int32 = DataType::of(TypeKind::Int32);
const DataType int64 = DataType::of(TypeKind::Int64);
const DataType real = DataType::of(TypeKind::Real);
const DataType date = DataType::of(TypeKind::Date);
const DataType timeType = DataType::of(TypeKind::Time);
const DataType dateTime = DataType::of(TypeKind::DateTime);
const DataType dateTimeTz = DataType::of(TypeKind::DateTimeTz);
const DataType binary = DataType::of(TypeKind::Binary);

QVariant text(const char *utf8) { return QVariant(QString::fromUtf8(utf8)); }
QVariant number(qlonglong value) { return QVariant(value); }

QDateTime dateTimeAt(Qt::TimeSpec spec, int offsetSeconds = 0)
{
    return QDateTime(QDate(2023, 1, 5), QTime(10, 30), spec, offsetSeconds);
}

} // namespace

class tst_ValueConverter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convert_data();
    void convert();
    void rejects_data();
    void rejects();
    void realsIntoDecimals_data();
    void realsIntoDecimals();
    void canonicalTextIsShared_data();
    void canonicalTextIsShared();
    void nullStaysNull();
    void nanStaysNan();
    void toText_data();
    void toText();
    void realTextRoundTrips();
    void millionsOfFieldsAreQuick();
};

void tst_ValueConverter::convert_data()
{
    QTest::addColumn<QVariant>("in");
    QTest::addColumn<DataType>("type");
    QTest::addColumn<QVariant>("out");

    QTest::newRow("bool-from-true") << text("true") << boolean << QVariant(true);
    QTest::newRow("bool-from-T") << text("T") << boolean << QVariant(true);
    QTest::newRow("bool-from-Yes") << text("Yes") << boolean << QVariant(true);
    QTest::newRow("bool-from-1") << text("1") << boolean << QVariant(true);
    QTest::newRow("bool-from-FALSE") << text("FALSE") << boolean << QVariant(false);
    QTest::newRow("bool-from-no") << text("no") << boolean << QVariant(false);
    QTest::newRow("bool-from-f") << text("f") << boolean << QVariant(false);
    QTest::newRow("bool-from-int-1") << number(1) << boolean << QVariant(true);
    QTest::newRow("bool-from-int-0") << QVariant(0) << boolean << QVariant(false);
    QTest::newRow("bool-from-double-1") << QVariant(1.0) << boolean << QVariant(true);
    QTest::newRow("bool-from-bool") << QVariant(true) << boolean << QVariant(true);

    QTest::newRow("int64-from-text") << text("12345") << int64 << number(12345);
    QTest::newRow("int64-from-negative-text") << text("-42") << int64 << number(-42);
    QTest::newRow("int64-from-plus-text") << text("+7") << int64 << number(7);
    QTest::newRow("int64-from-leading-zeros") << text("007") << int64 << number(7);
    QTest::newRow("int64-max") << text("9223372036854775807") << int64 << number(std::numeric_limits<qint64>::max());
    QTest::newRow("int64-min") << text("-9223372036854775808") << int64 << number(std::numeric_limits<qint64>::min());
    QTest::newRow("int64-from-int") << QVariant(5) << int64 << number(5);
    QTest::newRow("int64-from-uint") << QVariant(5u) << int64 << number(5);
    QTest::newRow("int64-from-bool") << QVariant(true) << int64 << number(1);
    QTest::newRow("int64-from-integral-double") << QVariant(3.0) << int64 << number(3);
    QTest::newRow("int16-max") << text("32767") << int16 << number(32767);
    QTest::newRow("int16-min") << text("-32768") << int16 << number(-32768);
    QTest::newRow("int32-max") << text("2147483647") << int32 << number(2147483647);

    QTest::newRow("real-from-text") << text("1.5") << real << QVariant(1.5);
    QTest::newRow("real-from-exponent") << text("1e+21") << real << QVariant(1e21);
    QTest::newRow("real-from-plus") << text("+2.5") << real << QVariant(2.5);
    QTest::newRow("real-from-decimal-text") << text("12.50") << real << QVariant(12.5);
    QTest::newRow("real-from-infinity") << text("-Infinity") << real << QVariant(-std::numeric_limits<double>::infinity());
    QTest::newRow("real-from-int") << number(3) << real << QVariant(3.0);
    QTest::newRow("real-from-bool") << QVariant(true) << real << QVariant(1.0);
    QTest::newRow("real-from-float") << QVariant(0.5f) << real << QVariant(0.5);

    const DataType money = DataType::decimal(12, 2);
    const DataType anyDecimal = DataType::decimal(0, 0);
    QTest::newRow("decimal-canonical-passes-through") << text("-12.50") << money << text("-12.50");
    QTest::newRow("decimal-canonical-zero") << text("0.00") << DataType::decimal(2, 2) << text("0.00");
    QTest::newRow("decimal-pads-scale") << text("12.5") << money << text("12.50");
    QTest::newRow("decimal-plus-sign") << text("+12.5") << money << text("12.50");
    QTest::newRow("decimal-leading-zeros") << text("007.5") << money << text("7.50");
    QTest::newRow("decimal-integer-text") << text("3") << money << text("3.00");
    QTest::newRow("decimal-point-five") << text(".5") << money << text("0.50");
    QTest::newRow("decimal-trailing-zeros-beyond-scale") << text("1.500") << money << text("1.50");
    QTest::newRow("decimal-precision-boundary") << text("-999.99") << DataType::decimal(5, 2) << text("-999.99");
    QTest::newRow("decimal-negative-zero") << text("-0.00") << DataType::decimal(5, 2) << text("0.00");
    QTest::newRow("decimal-scale-zero") << text("5") << DataType::decimal(5, 0) << text("5");
    QTest::newRow("decimal-unconstrained-keeps-fraction") << text("1.50") << anyDecimal << text("1.50");
    QTest::newRow("decimal-exponent") << text("1.5e2") << anyDecimal << text("150");
    QTest::newRow("decimal-negative-exponent") << text("15e-3") << anyDecimal << text("0.015");
    QTest::newRow("decimal-from-int") << number(42) << money << text("42.00");
    QTest::newRow("decimal-from-double-exact") << QVariant(12.5) << money << text("12.50");
    QTest::newRow("decimal-from-double-point-one") << QVariant(0.1) << money << text("0.10");
    QTest::newRow("decimal-from-double-huge") << QVariant(1e21) << anyDecimal << text("1000000000000000000000");
    QTest::newRow("decimal-from-bool") << QVariant(true) << DataType::decimal(1, 0) << text("1");

    QTest::newRow("text-from-text") << text("héllo") << DataType::text() << text("héllo");
    QTest::newRow("text-at-length") << text("abcd") << DataType::text(4) << text("abcd");
    QTest::newRow("text-surrogate-pair-counts-once") << text("😀😀") << DataType::text(2) << text("😀😀");
    QTest::newRow("text-from-int") << number(-42) << DataType::text() << text("-42");
    QTest::newRow("text-from-double") << QVariant(0.1) << DataType::text() << text("0.1");
    QTest::newRow("text-from-bool") << QVariant(false) << DataType::text() << text("false");
    QTest::newRow("text-from-bytes") << QVariant(QByteArray("AB")) << DataType::text() << text("\\x4142");
    QTest::newRow("text-from-date") << QVariant(QDate(2023, 1, 5)) << DataType::text(10) << text("2023-01-05");

    QTest::newRow("date-valid") << text("2023-01-05") << date << text("2023-01-05");
    QTest::newRow("date-leap-day") << text("2024-02-29") << date << text("2024-02-29");
    QTest::newRow("date-from-qdate") << QVariant(QDate(2023, 1, 5)) << date << text("2023-01-05");
    QTest::newRow("date-from-midnight") << text("2023-01-05 00:00:00") << date << text("2023-01-05");
    QTest::newRow("date-from-midnight-qdatetime")
        << QVariant(QDateTime(QDate(2023, 1, 5), QTime(0, 0))) << date << text("2023-01-05");

    QTest::newRow("time-valid") << text("10:30:00") << timeType << text("10:30:00");
    QTest::newRow("time-fraction-kept") << text("10:30:00.5") << timeType << text("10:30:00.5");
    QTest::newRow("time-microseconds") << text("23:59:59.999999") << timeType << text("23:59:59.999999");
    QTest::newRow("time-without-seconds") << text("10:30") << timeType << text("10:30:00");
    QTest::newRow("time-zero-nanoseconds-dropped") << text("10:30:00.123456000") << timeType << text("10:30:00.123456");
    QTest::newRow("time-from-qtime") << QVariant(QTime(10, 30, 0, 250)) << timeType << text("10:30:00.250");

    QTest::newRow("datetime-space") << text("2023-01-05 10:30:00") << dateTime << text("2023-01-05 10:30:00");
    QTest::newRow("datetime-t-separator") << text("2023-01-05T10:30:00.5") << dateTime << text("2023-01-05 10:30:00.5");
    QTest::newRow("datetime-from-date") << text("2023-01-05") << dateTime << text("2023-01-05 00:00:00");
    QTest::newRow("datetime-zone-converted-to-utc") << text("2023-01-05 01:30:00+02:00") << dateTime << text("2023-01-04 23:30:00");
    QTest::newRow("datetime-z") << text("2023-01-05T10:30:00Z") << dateTime << text("2023-01-05 10:30:00");
    QTest::newRow("datetime-from-local-qdatetime") << QVariant(dateTimeAt(Qt::LocalTime)) << dateTime << text("2023-01-05 10:30:00");
    QTest::newRow("datetime-from-utc-qdatetime") << QVariant(dateTimeAt(Qt::UTC)) << dateTime << text("2023-01-05 10:30:00");
    QTest::newRow("datetime-from-offset-qdatetime") << QVariant(dateTimeAt(Qt::OffsetFromUTC, 3600)) << dateTime << text("2023-01-05 09:30:00");

    QTest::newRow("datetimetz-offset") << text("2023-01-05 10:30:00+02:00") << dateTimeTz << text("2023-01-05 10:30:00+02:00");
    QTest::newRow("datetimetz-z") << text("2023-01-05T10:30:00Z") << dateTimeTz << text("2023-01-05 10:30:00+00:00");
    QTest::newRow("datetimetz-compact-offset") << text("2023-01-05 10:30:00.5-0530") << dateTimeTz << text("2023-01-05 10:30:00.5-05:30");
    QTest::newRow("datetimetz-hour-offset") << text("2023-01-05 10:30:00+02") << dateTimeTz << text("2023-01-05 10:30:00+02:00");
    QTest::newRow("datetimetz-without-zone-is-utc") << text("2023-01-05 10:30:00") << dateTimeTz << text("2023-01-05 10:30:00+00:00");
    QTest::newRow("datetimetz-from-offset-qdatetime") << QVariant(dateTimeAt(Qt::OffsetFromUTC, 3600)) << dateTimeTz << text("2023-01-05 10:30:00+01:00");
    QTest::newRow("datetimetz-from-utc-qdatetime") << QVariant(dateTimeAt(Qt::UTC)) << dateTimeTz << text("2023-01-05 10:30:00+00:00");

    QTest::newRow("binary-from-bytes") << QVariant(QByteArray("\0\1", 2)) << binary << QVariant(QByteArray("\0\1", 2));
    QTest::newRow("binary-from-hex") << text("\\x0aFF") << binary << QVariant(QByteArray("\x0a\xff"));
    QTest::newRow("binary-from-empty-hex") << text("\\x") << binary << QVariant(QByteArray(""));
    // Base64, as JSON targets write bytes, reads back as those bytes when the column is binary.
    QTest::newRow("binary-from-base64") << text("SGVsbG8=") << binary << QVariant(QByteArray("Hello"));
    QTest::newRow("binary-from-base64-high") << text("AAEC/w==") << binary << QVariant(QByteArray("\0\1\2\xff", 4));
    QTest::newRow("binary-at-length") << QVariant(QByteArray("ab")) << DataType{TypeKind::Binary, 2, 0, 0} << QVariant(QByteArray("ab"));
}

void tst_ValueConverter::convert()
{
    QFETCH(QVariant, in);
    QFETCH(DataType, type);
    QFETCH(QVariant, out);
    QVariant converted;
    QString why;
    QVERIFY2(ValueConverter::convert(in, type, &converted, &why), qPrintable(why));
    QCOMPARE(converted.typeId(), out.typeId());
    QCOMPARE(converted, out);
}

void tst_ValueConverter::rejects_data()
{
    QTest::addColumn<QVariant>("in");
    QTest::addColumn<DataType>("type");
    QTest::addColumn<QString>("why");

    QTest::newRow("bool-from-maybe") << text("maybe") << boolean << "'maybe' is not a boolean";
    QTest::newRow("bool-from-2") << number(2) << boolean << "'2' is not a boolean";

    QTest::newRow("int64-junk") << text("12x") << int64 << "'12x' is not an integer";
    QTest::newRow("int64-empty") << text("") << int64 << "'' is not an integer";
    QTest::newRow("int64-space") << text(" 1") << int64 << "' 1' is not an integer";
    QTest::newRow("int64-fraction") << text("1.0") << int64 << "'1.0' is not an integer";
    QTest::newRow("int64-sign-only") << text("-") << int64 << "'-' is not an integer";
    QTest::newRow("int64-overflow") << text("9223372036854775808") << int64 << "'9223372036854775808' is out of range for int64";
    QTest::newRow("int64-long-junk") << text("99999999999999999999x") << int64 << "'99999999999999999999x' is not an integer";
    QTest::newRow("int16-overflow") << text("32768") << int16 << "'32768' is out of range for int16";
    QTest::newRow("int16-from-int-overflow") << number(-32769) << int16 << "'-32769' is out of range for int16";
    QTest::newRow("int32-overflow") << text("2147483648") << int32 << "'2147483648' is out of range for int32";
    QTest::newRow("int64-from-fractional-double") << QVariant(3.5) << int64 << "'3.5' is not an integer";
    QTest::newRow("int64-from-huge-double") << QVariant(1e19) << int64 << "'10000000000000000000' is out of range for int64";
    QTest::newRow("int64-from-ulonglong") << QVariant(std::numeric_limits<quint64>::max()) << int64 << "'18446744073709551615' is out of range for int64";

    QTest::newRow("real-junk") << text("1.5.5") << real << "'1.5.5' is not a number";
    QTest::newRow("real-hex") << text("0x10") << real << "'0x10' is not a number";
    QTest::newRow("real-plus-minus") << text("+-1") << real << "'+-1' is not a number";
    QTest::newRow("real-overflow") << text("1e999") << real << "'1e999' is out of range for real";

    const DataType money = DataType::decimal(12, 2);
    QTest::newRow("decimal-too-many-places") << text("1.555") << money << "'1.555' has more than 2 decimal places";
    QTest::newRow("decimal-fraction-into-scale-zero") << text("5.5") << DataType::decimal(5, 0) << "'5.5' has more than 0 decimal places";
    QTest::newRow("decimal-precision-exceeded") << text("1000.5") << DataType::decimal(5, 2) << "'1000.5' is out of range for decimal(5,2)";
    QTest::newRow("decimal-canonical-form-too-wide") << text("1000.00") << DataType::decimal(5, 2) << "'1000.00' is out of range for decimal(5,2)";
    QTest::newRow("decimal-comma") << text("12,5") << money << "'12,5' is not a decimal number";
    QTest::newRow("decimal-dot-only") << text(".") << money << "'.' is not a decimal number";
    QTest::newRow("decimal-from-inexact-double") << QVariant(1.005) << money << "'1.005' has more than 2 decimal places";
    QTest::newRow("decimal-from-nan") << QVariant(std::nan("")) << money << "'NaN' is not a decimal number";

    QTest::newRow("text-too-long") << text("abcde") << DataType::text(4) << "'abcde' is longer than 4 characters";
    QTest::newRow("text-long-value-is-shortened-in-message")
        << QVariant(QString(50, u'x')) << DataType::text(10)
        << u'\'' + QString(37, u'x') + "...' is longer than 10 characters";

    QTest::newRow("date-invalid-feb-30") << text("2023-02-30") << date << "'2023-02-30' is not a valid date";
    QTest::newRow("date-year-zero") << text("0000-01-01") << date << "'0000-01-01' is not a valid date";
    QTest::newRow("date-words") << text("yesterday") << date << "'yesterday' is not a valid date";
    QTest::newRow("date-time-of-day") << text("2023-01-05 10:00:00") << date << "'2023-01-05 10:00:00' has a time of day, which a date cannot keep";
    QTest::newRow("date-from-int") << number(20230105) << date << "'20230105' is not a valid date";
    QTest::newRow("time-hour-25") << text("25:00:00") << timeType << "'25:00:00' is not a valid time";
    QTest::newRow("time-with-zone") << text("10:00:00+02:00") << timeType << "'10:00:00+02:00' is not a valid time";
    QTest::newRow("time-nanoseconds") << text("10:30:00.1234567") << timeType << "'10:30:00.1234567' is not a valid time";
    QTest::newRow("time-from-datetime") << text("2023-01-05 10:00:00") << timeType << "'2023-01-05 10:00:00' is not a valid time";
    QTest::newRow("datetime-minute-61") << text("2023-01-05 10:61:00") << dateTime << "'2023-01-05 10:61:00' is not a valid datetime";
    QTest::newRow("datetime-bad-separator") << text("2023-01-05_10:30:00") << dateTime << "'2023-01-05_10:30:00' is not a valid datetime";
    QTest::newRow("datetime-before-year-one") << text("0001-01-01 00:30:00+01:00") << dateTime << "'0001-01-01 00:30:00+01:00' is out of range for datetime";
    QTest::newRow("datetimetz-bad-offset") << text("2023-01-05 10:30:00+16:00") << dateTimeTz << "'2023-01-05 10:30:00+16:00' is not a valid datetime with time zone";

    QTest::newRow("binary-bad-hex") << text("\\x0g") << binary << "'\\x0g' is not binary (expected \\x and hex digits, or base64)";
    QTest::newRow("binary-odd-hex") << text("\\x0") << binary << "'\\x0' is not binary (expected \\x and hex digits, or base64)";
    QTest::newRow("binary-plain-text") << text("abc") << binary << "'abc' is not binary (expected \\x and hex digits, or base64)";
    // Base64 as a JSON target writes bytes: only its canonical, padded spelling.
    QTest::newRow("binary-base64-unpadded") << text("SGVsbG8") << binary << "'SGVsbG8' is not binary (expected \\x and hex digits, or base64)";
    QTest::newRow("binary-base64-stray-pad") << text("SGVsbG8=SGVs") << binary << "'SGVsbG8=SGVs' is not binary (expected \\x and hex digits, or base64)";
    QTest::newRow("binary-base64-url-alphabet") << text("AAEC_w==") << binary << "'AAEC_w==' is not binary (expected \\x and hex digits, or base64)";
    QTest::newRow("binary-too-long") << QVariant(QByteArray("abc")) << DataType{TypeKind::Binary, 2, 0, 0} << "'\\x616263' is longer than 2 bytes";
}

void tst_ValueConverter::rejects()
{
    QFETCH(QVariant, in);
    QFETCH(DataType, type);
    QFETCH(QString, why);
    QVariant converted = QStringLiteral("untouched");
    QString reason;
    QVERIFY(!ValueConverter::convert(in, type, &converted, &reason));
    QCOMPARE(reason, why);
    QVERIFY(!ValueConverter::convert(in, type, &converted, nullptr)); // why is optional
}

// A real goes into decimal(p,s) by its shortest text, or else by its text at 15 significant digits
// (as SQLite shows it), which undoes the noise SQLite's REAL storage of NUMERIC(p,s) leaves behind.
void tst_ValueConverter::realsIntoDecimals_data()
{
    QTest::addColumn<double>("in");
    QTest::addColumn<DataType>("type");
    QTest::addColumn<QString>("out"); // a null string: rejected, with `why`
    QTest::addColumn<QString>("why");

    const DataType numeric10_2 = DataType::decimal(10, 2);
    const DataType numeric13_2 = DataType::decimal(13, 2);
    const double noisyLarge = std::nextafter(12345678901.23, 1e300); // 12345678901.230001
    QTest::newRow("sqlite-real-noise-4.859999999999999") << 4.859999999999999 << numeric10_2 << "4.86" << "";
    QTest::newRow("sqlite-real-noise-negative") << -4.859999999999999 << numeric10_2 << "-4.86" << "";
    QTest::newRow("sqlite-real-noise-sum") << 0.1 + 0.2 << numeric10_2 << "0.30" << "";
    QTest::newRow("sqlite-real-noise-product") << 4.86 * 3 << numeric10_2 << "14.58" << "";
    QTest::newRow("sqlite-real-noise-large") << noisyLarge << numeric13_2 << "12345678901.23" << "";
    QTest::newRow("sqlite-real-noise-large-negative") << -noisyLarge << numeric13_2 << "-12345678901.23" << "";
    QTest::newRow("large-exact") << 12345678901.23 << numeric13_2 << "12345678901.23" << "";
    QTest::newRow("shortest-text-fits") << 19.99 << numeric10_2 << "19.99" << "";
    QTest::newRow("unconstrained-keeps-shortest-text") << 4.859999999999999 << DataType::decimal(0, 0) << "4.859999999999999" << "";

    QTest::newRow("exact-three-places-rejected") << 0.125 << numeric10_2 << QString()
                                                 << "'0.125' has more than 2 decimal places";
    QTest::newRow("exact-three-places-negative-rejected") << -0.125 << numeric10_2 << QString()
                                                          << "'-0.125' has more than 2 decimal places";
    QTest::newRow("fifteen-digits-still-too-many-places") << 1234567890.125 << numeric13_2 << QString()
                                                          << "'1234567890.125' has more than 2 decimal places";
    QTest::newRow("noise-rounds-out-of-range") << 99999999999.99998 << numeric13_2 << QString()
                                               << "'99999999999.99998' has more than 2 decimal places";
    QTest::newRow("large-out-of-range") << 12345678901.23 << DataType::decimal(12, 2) << QString()
                                        << "'12345678901.23' is out of range for decimal(12,2)";
}

void tst_ValueConverter::realsIntoDecimals()
{
    QFETCH(double, in);
    QFETCH(DataType, type);
    QFETCH(QString, out);
    QFETCH(QString, why);
    QVariant converted;
    QString reason;
    const bool ok = ValueConverter::convert(in, type, &converted, &reason);
    if (out.isNull()) {
        QVERIFY(!ok);
        QCOMPARE(reason, why);
    } else {
        QVERIFY2(ok, qPrintable(reason));
        QCOMPARE(converted.typeId(), int(QMetaType::QString));
        QCOMPARE(converted.toString(), out);
    }
}

// Text already in the target's canonical form comes out as the very same string, not a copy: callers
// moving millions of values rely on it to allocate nothing.
void tst_ValueConverter::canonicalTextIsShared_data()
{
    QTest::addColumn<QVariant>("in");
    QTest::addColumn<DataType>("type");
    QTest::addColumn<bool>("shared");

    QTest::newRow("date") << text("2023-01-05") << date << true;
    QTest::newRow("time") << text("10:30:00") << timeType << true;
    QTest::newRow("time-microseconds") << text("23:59:59.999999") << timeType << true;
    QTest::newRow("datetime") << text("2023-01-05 10:30:00") << dateTime << true;
    QTest::newRow("datetime-fraction") << text("2023-01-05 10:30:00.5") << dateTime << true;
    QTest::newRow("datetimetz") << text("2023-01-05 10:30:00+02:00") << dateTimeTz << true;
    QTest::newRow("datetimetz-negative-offset") << text("2023-01-05 10:30:00.123456-05:30") << dateTimeTz << true;
    QTest::newRow("decimal") << text("-12.50") << DataType::decimal(12, 2) << true;
    QTest::newRow("decimal-scale-zero") << text("12345") << DataType::decimal(5, 0) << true;
    QTest::newRow("decimal-unconstrained") << text("-3.125") << DataType::decimal(0, 0) << true;
    QTest::newRow("text-limited-fits") << text("some words") << DataType::text(40) << true;
    QTest::newRow("text-at-limit") << text("abcd") << DataType::text(4) << true;
    QTest::newRow("text-unlimited") << text("some words") << DataType::text() << true;

    // Not canonical: converted, so necessarily a new string.
    QTest::newRow("date-from-midnight") << text("2023-01-05 00:00:00") << date << false;
    QTest::newRow("time-without-seconds") << text("10:30") << timeType << false;
    QTest::newRow("datetime-t-separator") << text("2023-01-05T10:30:00") << dateTime << false;
    QTest::newRow("datetimetz-z") << text("2023-01-05 10:30:00Z") << dateTimeTz << false;
    QTest::newRow("datetimetz-minus-zero") << text("2023-01-05 10:30:00-00:00") << dateTimeTz << false;
    QTest::newRow("decimal-padded") << text("12.5") << DataType::decimal(12, 2) << false;
    QTest::newRow("decimal-unconstrained-dot") << text("5.") << DataType::decimal(0, 0) << false;
    QTest::newRow("decimal-point-without-scale") << text("5.") << DataType::decimal(5, 0) << false;
}

void tst_ValueConverter::canonicalTextIsShared()
{
    QFETCH(QVariant, in);
    QFETCH(DataType, type);
    QFETCH(bool, shared);
    QVariant out;
    QString why;
    QVERIFY2(ValueConverter::convert(in, type, &out, &why), qPrintable(why));
    QCOMPARE(out.typeId(), int(QMetaType::QString));
    const QString inText = in.toString();
    const QString outText = out.toString();
    QCOMPARE(outText.isSharedWith(inText), shared);
    if (shared)
        QCOMPARE(outText.constData(), inText.constData());
}

void tst_ValueConverter::nullStaysNull()
{
    const DataType types[] = {boolean, int64, real, DataType::decimal(5, 2), DataType::text(3), date, dateTimeTz, binary};
    for (const DataType &type : types) {
        for (const QVariant &null : {QVariant(), QVariant(QMetaType::fromType<qlonglong>()), QVariant(QMetaType::fromType<QString>())}) {
            QVariant out = QStringLiteral("untouched");
            QVERIFY(ValueConverter::convert(null, type, &out, nullptr));
            QVERIFY(!out.isValid());
        }
    }
    QVERIFY(ValueConverter::toText(QVariant()).isNull());
}

void tst_ValueConverter::nanStaysNan()
{
    QVariant out;
    QVERIFY(ValueConverter::convert(QStringLiteral("NaN"), real, &out, nullptr));
    QVERIFY(std::isnan(out.toDouble()));
    QCOMPARE(ValueConverter::toText(out), QStringLiteral("NaN"));
}

void tst_ValueConverter::toText_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("text") << text("plain") << "plain";
    QTest::newRow("empty-text") << text("") << "";
    QTest::newRow("true") << QVariant(true) << "true";
    QTest::newRow("false") << QVariant(false) << "false";
    QTest::newRow("int") << QVariant(-7) << "-7";
    QTest::newRow("longlong") << number(9007199254740993) << "9007199254740993";
    QTest::newRow("ulonglong") << QVariant(std::numeric_limits<quint64>::max()) << "18446744073709551615";
    QTest::newRow("real-integral") << QVariant(3.0) << "3";
    QTest::newRow("real-100000-plain") << QVariant(100000.0) << "100000";
    QTest::newRow("real-1e20-plain") << QVariant(1e20) << "100000000000000000000";
    QTest::newRow("real-1e21-exponent") << QVariant(1e21) << "1e+21";
    QTest::newRow("real-0.000001-plain") << QVariant(0.000001) << "0.000001";
    QTest::newRow("real-1e-7-exponent") << QVariant(1e-7) << "1e-7";
    QTest::newRow("real-1.5e-7") << QVariant(-1.5e-7) << "-1.5e-7";
    QTest::newRow("real-shortest") << QVariant(0.1 + 0.2) << "0.30000000000000004";
    QTest::newRow("real-17-digits") << QVariant(123456789012345678.0) << "123456789012345680";
    QTest::newRow("real-negative-zero") << QVariant(-0.0) << "0";
    QTest::newRow("real-smallest") << QVariant(5e-324) << "5e-324";
    QTest::newRow("real-largest") << QVariant(std::numeric_limits<double>::max()) << "1.7976931348623157e+308";
    QTest::newRow("real-infinity") << QVariant(std::numeric_limits<double>::infinity()) << "Infinity";
    QTest::newRow("real-minus-infinity") << QVariant(-std::numeric_limits<double>::infinity()) << "-Infinity";
    QTest::newRow("float") << QVariant(0.5f) << "0.5";
    QTest::newRow("bytes") << QVariant(QByteArray("\x00\xffz", 3)) << "\\x00ff7a";
    QTest::newRow("date") << QVariant(QDate(33, 2, 1)) << "0033-02-01";
    QTest::newRow("time") << QVariant(QTime(9, 5, 7)) << "09:05:07";
    QTest::newRow("time-msec") << QVariant(QTime(9, 5, 7, 20)) << "09:05:07.020";
    QTest::newRow("datetime-local") << QVariant(dateTimeAt(Qt::LocalTime)) << "2023-01-05 10:30:00";
    QTest::newRow("datetime-utc") << QVariant(dateTimeAt(Qt::UTC)) << "2023-01-05 10:30:00+00:00";
    QTest::newRow("datetime-offset") << QVariant(dateTimeAt(Qt::OffsetFromUTC, -9000)) << "2023-01-05 10:30:00-02:30";
}

void tst_ValueConverter::toText()
{
    QFETCH(QVariant, value);
    QFETCH(QString, text);
    QCOMPARE(ValueConverter::toText(value), text);
}

// formatReal's text reads back as the very same double, for doubles of every magnitude.
void tst_ValueConverter::realTextRoundTrips()
{
    QRandomGenerator random(7);
    for (int i = 0; i < 200000; ++i) {
        const double value = std::ldexp(random.generateDouble() * 2 - 1, random.bounded(-1074, 1024));
        char buffer[32];
        const int length = NumberText::formatReal(value, buffer);
        QVERIFY(length > 0 && length <= 25);
        double back = 0;
        std::from_chars(buffer, buffer + length, back);
        if (back != value)
            QFAIL(qPrintable(QString::fromLatin1(buffer, length)));
    }
}

// The common CSV cases run millions of times per migration.
void tst_ValueConverter::millionsOfFieldsAreQuick()
{
    const QVariant fields[] = {text("123456"), text("1234.25"), text("some words"), text("1234.25"),
                               QVariant(1234.25), text("2023-01-05 10:30:00")};
    const DataType types[] = {int64, real, DataType::text(40), DataType::decimal(12, 2), DataType::decimal(12, 2), dateTime};
    for (int i = 0; i < int(std::size(fields)); ++i) {
        QElapsedTimer timer;
        timer.start();
        QVariant out;
        for (int row = 0; row < 1000000; ++row)
            QVERIFY(ValueConverter::convert(fields[i], types[i], &out, nullptr));
        qInfo("1M %s fields to %s in %lld ms", fields[i].typeName(), qPrintable(types[i].toString()), timer.elapsed());
    }
}

QTEST_GUILESS_MAIN(tst_ValueConverter)
#include "tst_valueconverter.moc"
