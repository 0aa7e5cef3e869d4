// DataType's neutral spelling: the names profiles and messages use.
#include "schema/datatype.h"
#include "schema/dialect.h"

#include <QTest>

using namespace barge;

Q_DECLARE_METATYPE(barge::DataType)

class tst_DataType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toString_data();
    void toString();
    void fromStringTolerant_data();
    void fromStringTolerant();
    void fromStringRejects_data();
    void fromStringRejects();
    void dialectNames();
};

void tst_DataType::toString_data()
{
    QTest::addColumn<DataType>("type");
    QTest::addColumn<QString>("text");
    QTest::newRow("boolean") << DataType::of(TypeKind::Boolean) << "boolean";
    QTest::newRow("int16") << DataType::of(TypeKind::Int16) << "int16";
    QTest::newRow("int32") << DataType::of(TypeKind::Int32) << "int32";
    QTest::newRow("int64") << DataType::of(TypeKind::Int64) << "int64";
    QTest::newRow("decimal-unconstrained") << DataType::decimal(0, 0) << "decimal";
    QTest::newRow("decimal-precision-only") << DataType::decimal(12, 0) << "decimal(12)";
    QTest::newRow("decimal-precision-scale") << DataType::decimal(12, 2) << "decimal(12,2)";
    QTest::newRow("real") << DataType::of(TypeKind::Real) << "real";
    QTest::newRow("text") << DataType::text() << "text";
    QTest::newRow("text-bounded") << DataType::text(40) << "text(40)";
    QTest::newRow("date") << DataType::of(TypeKind::Date) << "date";
    QTest::newRow("time") << DataType::of(TypeKind::Time) << "time";
    QTest::newRow("datetime") << DataType::of(TypeKind::DateTime) << "datetime";
    QTest::newRow("datetimetz") << DataType::of(TypeKind::DateTimeTz) << "datetimetz";
    QTest::newRow("binary") << DataType::of(TypeKind::Binary) << "binary";
    QTest::newRow("binary-bounded") << DataType{TypeKind::Binary, 16, 0, 0} << "binary(16)";
}

// Every spelling reads back as the type that wrote it.
void tst_DataType::toString()
{
    QFETCH(DataType, type);
    QFETCH(QString, text);
    QCOMPARE(type.toString(), text);
    const std::optional<DataType> back = DataType::fromString(text);
    QVERIFY(back.has_value());
    QCOMPARE(*back, type);
}

void tst_DataType::fromStringTolerant_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DataType>("type");
    QTest::newRow("upper-case") << "INT64" << DataType::of(TypeKind::Int64);
    QTest::newRow("mixed-case") << "DateTimeTz" << DataType::of(TypeKind::DateTimeTz);
    QTest::newRow("outer-spaces") << "  text  " << DataType::text();
    QTest::newRow("spaces-in-parentheses") << "decimal ( 12 , 2 )" << DataType::decimal(12, 2);
    QTest::newRow("text-length-spaces") << "TEXT( 40 )" << DataType::text(40);
    QTest::newRow("decimal-explicit-zero-scale") << "decimal(5,0)" << DataType::decimal(5, 0);
    QTest::newRow("decimal-scale-equals-precision") << "decimal(3,3)" << DataType::decimal(3, 3);
}

void tst_DataType::fromStringTolerant()
{
    QFETCH(QString, text);
    QFETCH(DataType, type);
    const std::optional<DataType> parsed = DataType::fromString(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, type);
}

void tst_DataType::fromStringRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("unknown-name") << "varchar";
    QTest::newRow("sql-name") << "integer";
    QTest::newRow("space-inside-name") << "date time";
    QTest::newRow("parameters-on-int") << "int64(8)";
    QTest::newRow("two-parameters-on-text") << "text(4,2)";
    QTest::newRow("three-parameters") << "decimal(1,2,3)";
    QTest::newRow("empty-parameters") << "decimal()";
    QTest::newRow("zero-length") << "text(0)";
    QTest::newRow("negative-length") << "text(-1)";
    QTest::newRow("zero-precision") << "decimal(0)";
    QTest::newRow("scale-beyond-precision") << "decimal(2,3)";
    QTest::newRow("unclosed") << "decimal(12,2";
    QTest::newRow("trailing-junk") << "text(4)x";
    QTest::newRow("not-a-number") << "text(abc)";
    QTest::newRow("huge-length") << "text(99999999999)";
}

void tst_DataType::fromStringRejects()
{
    QFETCH(QString, text);
    QVERIFY(!DataType::fromString(text).has_value());
}

void tst_DataType::dialectNames()
{
    QCOMPARE(dialectName(Dialect::Sqlite), QStringLiteral("SQLite"));
    QCOMPARE(dialectName(Dialect::Postgres), QStringLiteral("PostgreSQL"));
    QCOMPARE(dialectName(Dialect::MySql), QStringLiteral("MariaDB/MySQL"));
    QCOMPARE(dialectName(Dialect::Plain), QStringLiteral("a file"));
}

QTEST_GUILESS_MAIN(tst_DataType)
#include "tst_datatype.moc"
