// The kinds whose values travel as text with rules of their own (issue #11): JSON, UUID, interval,
// enum, array/set, bit strings and geometry; and the texts engines load them as (JsonText,
// IntervalText, GeometryText).

#include "schema/geometrytext.h"
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
    void geometryIntoMariaDb();
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
    // Geometry: MariaDB's stored form (SRID little-endian, then WKB), PostGIS's hex EWKB, (E)WKT.
    QTest::newRow("geometry mariadb point") << QVariant(QByteArray::fromHex("e6100000010100000000000000000000000000000000000040"))
                                            << "geometry" << QVariant("SRID=4326;POINT(0 2)") << "";
    QTest::newRow("geometry big-endian wkb") << QVariant(QByteArray::fromHex("00000000013ff00000000000004000000000000000"))
                                             << "geometry" << QVariant("POINT(1 2)") << "";
    QTest::newRow("geometry postgis hex ewkb z") << QVariant("01010000A0E6100000000000000000F03F00000000000000400000000000000840")
                                                 << "geometry" << QVariant("SRID=4326;POINT Z (1 2 3)") << "";
    QTest::newRow("geometry wkt spelled loosely") << QVariant("  srid=3857; multipoint ( 1 2 , (3 4) ) ") << "geometry"
                                                  << QVariant("SRID=3857;MULTIPOINT((1 2),(3 4))") << "";
    QTest::newRow("geometry shortest digits") << QVariant("POINT(0.1 -73.98765432109876)") << "geometry"
                                              << QVariant("POINT(0.1 -73.98765432109876)") << "";
    QTest::newRow("geometry dimensions counted") << QVariant("LINESTRING(1 2 3 4, 5 6 7 8)") << "geometry"
                                                 << QVariant("LINESTRING ZM (1 2 3 4,5 6 7 8)") << "";
    QTest::newRow("geometry empties") << QVariant("GEOMETRYCOLLECTION(POINT EMPTY, POLYGON((0 0,1 0,0 1,0 0)), MULTILINESTRING EMPTY)")
                                      << "geometry"
                                      << QVariant("GEOMETRYCOLLECTION(POINT EMPTY,POLYGON((0 0,1 0,0 1,0 0)),MULTILINESTRING EMPTY)") << "";
    QTest::newRow("geometry bad tag") << QVariant("CIRCLE(1 2)") << "geometry" << QVariant()
                                      << "'CIRCLE(1 2)' is not a geometry: it has 'CIRCLE', which is no geometry type";
    QTest::newRow("geometry cut short") << QVariant("LINESTRING(1 2, 3")  << "geometry" << QVariant()
                                        << "'LINESTRING(1 2, 3' is not a geometry: it has its end where a coordinate belongs";
    QTest::newRow("geometry bytes cut") << QVariant(QByteArray::fromHex("e61000000101000000000000000000")) << "geometry"
                                        << QVariant() << "'\\xe61000000101000000000000000000' is not a geometry: it ends at byte";
    QTest::newRow("geometry count too big") << QVariant(QByteArray::fromHex("0000000001020000000fffffff00")) << "geometry"
                                            << QVariant() << "'\\x0000000001020000000fffffff00' is not a geometry: it claims";
}

void TestTextualValues::geometryIntoMariaDb()
{
    QByteArray stored;
    QString why;
    QVERIFY(GeometryText::toMySql(u"SRID=4326;POINT(0 2)", &stored, &why));
    QCOMPARE(stored.toHex(), QByteArray("e6100000010100000000000000000000000000000000000040"));
    QString back;
    QVERIFY(GeometryText::fromMySql(stored, &back, &why));
    QCOMPARE(back, QStringLiteral("SRID=4326;POINT(0 2)"));
    // Every coordinate's bits survive text and back (shortest round-trip digits).
    const QString odd = QStringLiteral("POLYGON((0.30000000000000004 -1e-300,2.5e+300 1,5e-324 1.7976931348623157e+308,"
                                       "0.30000000000000004 -1e-300))");
    QVERIFY(GeometryText::toMySql(odd, &stored, &why));
    QVERIFY(GeometryText::fromMySql(stored, &back, &why));
    QCOMPARE(back, odd);
    QVERIFY(!GeometryText::toMySql(u"POINT Z (1 2 3)", &stored, &why));
    QCOMPARE(why, QStringLiteral("has Z or M coordinates, which MariaDB's geometry cannot hold"));
    // A count takes its English plural form with no translator installed (the command line): "1 byte", "2 bytes".
    const QByteArray point = QByteArray::fromHex("010100000000000000000000000000000000000040");
    QVERIFY(GeometryText::fromWkb(point, 0, &back, &why));
    why.clear();
    QVERIFY(!GeometryText::fromWkb(QByteArray(point + QByteArray(1, '\0')), 0, &back, &why));
    QVERIFY2(why.contains(QLatin1String("has 1 byte after its geometry")), qPrintable(why));
    why.clear();
    QVERIFY(!GeometryText::fromWkb(QByteArray(point + QByteArray(2, '\0')), 0, &back, &why));
    QVERIFY2(why.contains(QLatin1String("has 2 bytes after its geometry")), qPrintable(why));
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
