// The kinds whose values travel as text with rules of their own (issue #11): JSON, UUID, interval,
// enum, array/set and bit strings; and the texts engines load them as (JsonText, IntervalText).

#include "schema/intervaltext.h"
#include "schema/jsontext.h"
#include "schema/valueconverter.h"

#include <QTest>

using namespace barge;

class TestTextualValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convert_data();
    void convert();
    void jsonCanonicalAndArrays();
    void intervals();
};

void TestTextualValues::convert_data()
{
    QTest::addColumn<QVariant>("in");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QVariant>("expected"); // invalid: refused
    QTest::addColumn<QString>("why");       // the start of the reason when refused

    QTest::newRow("json object") << QVariant("{\"a\": [1, 2.50]}") << "json" << QVariant("{\"a\": [1, 2.50]}") << "";
    QTest::newRow("json scalar") << QVariant("\"x\"") << "json" << QVariant("\"x\"") << "";
    QTest::newRow("json number") << QVariant(qlonglong(7)) << "json" << QVariant("7") << "";
    QTest::newRow("json bad") << QVariant("{a: 1}") << "json" << QVariant() << "'{a: 1}' is not valid JSON";
    QTest::newRow("json trailing") << QVariant("[1] x") << "json" << QVariant() << "'[1] x' is not valid JSON";
    QTest::newRow("uuid upper braces") << QVariant("{A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11}") << "uuid"
                                       << QVariant("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11") << "";
    QTest::newRow("uuid no dashes") << QVariant("a0eebc999c0b4ef8bb6d6bb9bd380a11") << "uuid"
                                    << QVariant("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11") << "";
    QTest::newRow("uuid bytes") << QVariant(QByteArray::fromHex("a0eebc999c0b4ef8bb6d6bb9bd380a11")) << "uuid"
                                << QVariant("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11") << "";
    QTest::newRow("uuid bad") << QVariant("nope") << "uuid" << QVariant() << "'nope' is not a UUID";
    QTest::newRow("interval mysql") << QVariant("838:59:59") << "interval" << QVariant("838:59:59") << "";
    QTest::newRow("interval postgres") << QVariant("1 year 2 mons -3 days +04:05:06.5") << "interval"
                                       << QVariant("1 year 2 mons -3 days +04:05:06.5") << "";
    QTest::newRow("interval bad") << QVariant("soon") << "interval" << QVariant() << "'soon' is not an interval";
    QTest::newRow("enum label") << QVariant("PG") << "enum('G','PG')" << QVariant("PG") << "";
    QTest::newRow("enum other") << QVariant("X") << "enum('G','PG')" << QVariant() << "'X' is not one of enum('G','PG')";
    QTest::newRow("set mysql text") << QVariant("a,c") << "set('a','b','c')" << QVariant("[\"a\",\"c\"]") << "";
    QTest::newRow("set empty") << QVariant("") << "set('a','b')" << QVariant("[]") << "";
    QTest::newRow("set json") << QVariant("[\"b\"]") << "set('a','b')" << QVariant("[\"b\"]") << "";
    QTest::newRow("set other") << QVariant("a,z") << "set('a','b')" << QVariant() << "'a,z' has 'z', which is not one of set('a','b')";
    QTest::newRow("array") << QVariant("[[1,2],[3,null]]") << "array" << QVariant("[[1,2],[3,null]]") << "";
    QTest::newRow("array not") << QVariant("{1,2}") << "array" << QVariant() << "'{1,2}' is not a JSON array";
    QTest::newRow("bits padded") << QVariant("101") << "bits(8)" << QVariant("00000101") << "";
    QTest::newRow("bits varying") << QVariant("101") << "varbits(8)" << QVariant("101") << "";
    QTest::newRow("bits bytes") << QVariant(QByteArray("\x02\x01", 2)) << "bits(10)" << QVariant("1000000001") << "";
    QTest::newRow("bits too long") << QVariant("111111111") << "bits(8)" << QVariant() << "'111111111' has more than 8 bits";
    QTest::newRow("bits not") << QVariant("12") << "bits(8)" << QVariant() << "'12' is not a bit string";
}

void TestTextualValues::convert()
{
    QFETCH(QVariant, in);
    QFETCH(QString, type);
    QFETCH(QVariant, expected);
    QFETCH(QString, why);
    const std::optional<DataType> parsed = DataType::fromString(type);
    QVERIFY2(parsed, qPrintable(type));
    QCOMPARE(DataType::fromString(parsed->toString()), parsed); // the spelling round-trips
    QVariant out;
    QString reason;
    const bool ok = ValueConverter::convert(in, *parsed, &out, &reason);
    QCOMPARE(ok, expected.isValid());
    if (ok)
        QCOMPARE(out.toString(), expected.toString());
    else
        QVERIFY2(reason.startsWith(why), qPrintable(reason));
}

void TestTextualValues::jsonCanonicalAndArrays()
{
    // jsonb's spelling and the source's are one value: keys sorted, spaces gone, digits kept.
    QCOMPARE(JsonText::canonical(u"{\"b\": 1, \"a\": [1, 2.50, \"x\"]}"), QStringLiteral("{\"a\":[1,2.50,\"x\"],\"b\":1}"));
    QCOMPARE(JsonText::canonical(u"{\"a\": 1, \"a\": 2}"), QStringLiteral("{\"a\":2}")); // the last one, as jsonb
    QCOMPARE(JsonText::canonical(u"not json"), QStringLiteral("not json"));
    QString literal;
    QVERIFY(JsonText::toPgArray(u"[[1.50,2.25],[3,null]]", &literal));
    QCOMPARE(literal, QStringLiteral("{{1.50,2.25},{3,NULL}}"));
    QVERIFY(JsonText::toPgArray(u"[\"a b\",\"x\\\"y\",\"back\\\\slash\",{\"k\":1}]", &literal));
    QCOMPARE(literal, QStringLiteral("{\"a b\",\"x\\\"y\",\"back\\\\slash\",\"{\\\"k\\\":1}\"}"));
    QVERIFY(!JsonText::toPgArray(u"{\"k\":1}", &literal));
    QVERIFY(JsonText::isValid(u" [1, {\"a\": [true, false, null]}, -0.5e3] "));
    QVERIFY(!JsonText::isValid(u"[01]"));
    QVERIFY(!JsonText::isValid(u"\"unterminated"));
}

void TestTextualValues::intervals()
{
    IntervalText::Parts parts;
    QString time;
    QString why;
    QVERIFY(IntervalText::parse(u"3 days 04:05:06.5", &parts));
    QVERIFY(IntervalText::toTime(parts, true, &time, &why));
    QCOMPARE(time, QStringLiteral("76:05:06.5"));
    QVERIFY(IntervalText::parse(u"-01:30:00", &parts));
    QVERIFY(IntervalText::toTime(parts, true, &time, &why));
    QCOMPARE(time, QStringLiteral("-01:30:00"));
    QVERIFY(IntervalText::parse(u"1 year", &parts));
    QVERIFY(!IntervalText::toTime(parts, true, &time, &why));
    QVERIFY2(why.contains(QLatin1String("months or years")), qPrintable(why));
    QVERIFY(IntervalText::parse(u"40 days", &parts));
    QVERIFY(!IntervalText::toTime(parts, true, &time, &why)); // 960 hours: beyond MariaDB's TIME
    QVERIFY(IntervalText::toTime(parts, false, &time, &why));
    QCOMPARE(time, QStringLiteral("960:00:00"));
    // Beyond what 64-bit microseconds hold: refused, never overflowed.
    QVERIFY(!IntervalText::parse(u"99999999999:00:00", &parts));
    QVERIFY(IntervalText::parse(u"999999999999 days", &parts));
    QVERIFY(!IntervalText::toTime(parts, false, &time, &why));
    QVERIFY(!IntervalText::parse(u"1 fortnight", &parts));
    QVERIFY(!IntervalText::parse(u"", &parts));
}

QTEST_GUILESS_MAIN(TestTextualValues)
#include "tst_textualvalues.moc"
