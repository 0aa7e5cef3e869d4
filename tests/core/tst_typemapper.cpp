// TypeMapper: every dialect's declared types to DataType and back, round trips, and lossy pairs.
#include "schema/typemapper.h"

#include <QTest>

using namespace barge;

Q_DECLARE_METATYPE(barge::DataType)
Q_DECLARE_METATYPE(barge::Dialect)

namespace {

DataType of(TypeKind kind) { return DataType::of(kind); }
DataType binary(int length) { return DataType{TypeKind::Binary, length, 0, 0}; }

// One of each kind, bounded and unbounded where the kind has a length or precision.
QList<DataType> representativeTypes()
{
    return {of(TypeKind::Boolean), of(TypeKind::Int16), of(TypeKind::Int32), of(TypeKind::Int64),
            DataType::decimal(0, 0), DataType::decimal(12, 2), DataType::decimal(9, 0), DataType::decimal(5, 5),
            of(TypeKind::Real), DataType::text(), DataType::text(1), DataType::text(40),
            of(TypeKind::Date), of(TypeKind::Time), of(TypeKind::DateTime), of(TypeKind::DateTimeTz),
            of(TypeKind::Binary), binary(16)};
}

QString dialectTag(Dialect dialect)
{
    switch (dialect) {
    case Dialect::Sqlite: return QStringLiteral("sqlite");
    case Dialect::Postgres: return QStringLiteral("postgres");
    case Dialect::MySql: return QStringLiteral("mysql");
    case Dialect::Plain: return QStringLiteral("csv");
    }
    return QString();
}

} // namespace

class tst_TypeMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromDeclared_data();
    void fromDeclared();
    void toDeclared_data();
    void toDeclared();
    void roundTrip_data();
    void roundTrip();
    void isLossy_data();
    void isLossy();
    void everyLossyPairSaysWhy();
    void isLossyIn_data();
    void isLossyIn();

private:
    static void addFrom(Dialect dialect, const char *declared, const DataType &type);
};

void tst_TypeMapper::addFrom(Dialect dialect, const char *declared, const DataType &type)
{
    const QString tag = dialectTag(dialect) + u'-' + (*declared ? QString::fromLatin1(declared) : QStringLiteral("empty"));
    QTest::newRow(qPrintable(tag)) << dialect << QString::fromLatin1(declared) << type;
}

void tst_TypeMapper::fromDeclared_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("declared");
    QTest::addColumn<DataType>("type");
    const Dialect s = Dialect::Sqlite;
    addFrom(s, "INTEGER", of(TypeKind::Int64));
    addFrom(s, "INT", of(TypeKind::Int64));
    addFrom(s, "BIGINT", of(TypeKind::Int64));
    addFrom(s, "integer(11)", of(TypeKind::Int64));
    addFrom(s, "SMALLINT", of(TypeKind::Int16));
    addFrom(s, "TINYINT", of(TypeKind::Int16));
    addFrom(s, "MEDIUMINT", of(TypeKind::Int32));
    addFrom(s, "INT4", of(TypeKind::Int32));
    addFrom(s, "UNSIGNED BIG INT", of(TypeKind::Int64));
    addFrom(s, "REAL", of(TypeKind::Real));
    addFrom(s, "DOUBLE", of(TypeKind::Real));
    addFrom(s, "double precision", of(TypeKind::Real));
    addFrom(s, "FLOAT", of(TypeKind::Real));
    addFrom(s, "NUMERIC", DataType::decimal(0, 0));
    addFrom(s, "NUMERIC(12,2)", DataType::decimal(12, 2));
    addFrom(s, "DECIMAL(10, 3)", DataType::decimal(10, 3));
    addFrom(s, "decimal(7)", DataType::decimal(7, 0));
    addFrom(s, "BOOLEAN", of(TypeKind::Boolean));
    addFrom(s, "BOOL", of(TypeKind::Boolean));
    addFrom(s, "DATE", of(TypeKind::Date));
    addFrom(s, "TIME", of(TypeKind::Time));
    addFrom(s, "DATETIME", of(TypeKind::DateTime));
    addFrom(s, "TIMESTAMP", of(TypeKind::DateTime));
    addFrom(s, "TIMESTAMPTZ", of(TypeKind::DateTimeTz));
    addFrom(s, "TIMESTAMP WITH TIME ZONE", of(TypeKind::DateTimeTz));
    addFrom(s, "BLOB", of(TypeKind::Binary));
    addFrom(s, "BLOB(16)", binary(16));
    addFrom(s, "VARCHAR(40)", DataType::text(40));
    addFrom(s, "CHAR(2)", DataType::text(2));
    addFrom(s, "NVARCHAR(10)", DataType::text(10));
    addFrom(s, "TEXT", DataType::text());
    addFrom(s, "CLOB", DataType::text());
    addFrom(s, "", DataType::text());
    addFrom(s, "STRING", DataType::text());
    // SQLite's affinity rules for names it does not know exactly.
    addFrom(s, "FLOATING POINT", of(TypeKind::Int64)); // contains INT, as in SQLite
    addFrom(s, "BIGSERIAL", DataType::decimal(0, 0)); // no INT in it: numeric affinity
    addFrom(s, "VARYING CHARACTER(255)", DataType::text(255));
    addFrom(s, "LONGTEXT", DataType::text());
    addFrom(s, "MEDIUMBLOB", of(TypeKind::Binary));
    addFrom(s, "DOUB", of(TypeKind::Real));
    addFrom(s, "MONEY", DataType::decimal(0, 0));
    addFrom(s, "NUMBER(8,2)", DataType::decimal(8, 2));

    const Dialect p = Dialect::Postgres;
    addFrom(p, "smallint", of(TypeKind::Int16));
    addFrom(p, "int2", of(TypeKind::Int16));
    addFrom(p, "smallserial", of(TypeKind::Int16));
    addFrom(p, "integer", of(TypeKind::Int32));
    addFrom(p, "int", of(TypeKind::Int32));
    addFrom(p, "int4", of(TypeKind::Int32));
    addFrom(p, "serial", of(TypeKind::Int32));
    addFrom(p, "bigint", of(TypeKind::Int64));
    addFrom(p, "int8", of(TypeKind::Int64));
    addFrom(p, "bigserial", of(TypeKind::Int64));
    addFrom(p, "numeric", DataType::decimal(0, 0));
    addFrom(p, "numeric(12,2)", DataType::decimal(12, 2));
    addFrom(p, "decimal(5)", DataType::decimal(5, 0));
    addFrom(p, "real", of(TypeKind::Real));
    addFrom(p, "float4", of(TypeKind::Real));
    addFrom(p, "double precision", of(TypeKind::Real));
    addFrom(p, "float8", of(TypeKind::Real));
    addFrom(p, "boolean", of(TypeKind::Boolean));
    addFrom(p, "bool", of(TypeKind::Boolean));
    addFrom(p, "text", DataType::text());
    addFrom(p, "varchar(40)", DataType::text(40));
    addFrom(p, "character varying(40)", DataType::text(40));
    addFrom(p, "character varying", DataType::text());
    addFrom(p, "char(3)", DataType::text(3));
    addFrom(p, "character(3)", DataType::text(3));
    addFrom(p, "character", DataType::text(1));
    addFrom(p, "bpchar", DataType::text());
    addFrom(p, "date", of(TypeKind::Date));
    addFrom(p, "time", of(TypeKind::Time));
    addFrom(p, "time without time zone", of(TypeKind::Time));
    addFrom(p, "time(3) without time zone", of(TypeKind::Time));
    addFrom(p, "timestamp", of(TypeKind::DateTime));
    addFrom(p, "timestamp without time zone", of(TypeKind::DateTime));
    addFrom(p, "timestamp(6) without time zone", of(TypeKind::DateTime));
    addFrom(p, "timestamptz", of(TypeKind::DateTimeTz));
    addFrom(p, "timestamp with time zone", of(TypeKind::DateTimeTz));
    addFrom(p, "TIMESTAMP(3) WITH TIME ZONE", of(TypeKind::DateTimeTz));
    addFrom(p, "bytea", of(TypeKind::Binary));
    addFrom(p, "uuid", of(TypeKind::Uuid));
    addFrom(p, "json", of(TypeKind::Json));
    addFrom(p, "jsonb", of(TypeKind::Json));
    addFrom(p, "interval", of(TypeKind::Interval));
    addFrom(p, "bit(8)", DataType::bits(8, false));
    addFrom(p, "bit varying(12)", DataType::bits(12, true));
    addFrom(p, "time with time zone", DataType::text());
    addFrom(p, "integer[]", of(TypeKind::Array));
    addFrom(p, "character varying(20)[]", of(TypeKind::Array));

    const Dialect m = Dialect::MySql;
    addFrom(m, "tinyint(1)", of(TypeKind::Boolean));
    addFrom(m, "bool", of(TypeKind::Boolean));
    addFrom(m, "boolean", of(TypeKind::Boolean));
    addFrom(m, "bit(1)", of(TypeKind::Boolean));
    addFrom(m, "tinyint(4)", of(TypeKind::Int16));
    addFrom(m, "tinyint", of(TypeKind::Int16));
    addFrom(m, "tinyint(1) unsigned", of(TypeKind::Int16));
    addFrom(m, "tinyint unsigned", of(TypeKind::Int16));
    addFrom(m, "smallint(6)", of(TypeKind::Int16));
    addFrom(m, "smallint unsigned", of(TypeKind::Int32));
    addFrom(m, "mediumint(9)", of(TypeKind::Int32));
    addFrom(m, "mediumint unsigned", of(TypeKind::Int32));
    addFrom(m, "int(11)", of(TypeKind::Int32));
    addFrom(m, "INTEGER", of(TypeKind::Int32));
    addFrom(m, "int(10) unsigned", of(TypeKind::Int64));
    addFrom(m, "int unsigned zerofill", of(TypeKind::Int64));
    addFrom(m, "bigint(20)", of(TypeKind::Int64));
    addFrom(m, "bigint(20) unsigned", DataType::decimal(20, 0));
    addFrom(m, "decimal(10,2)", DataType::decimal(10, 2));
    addFrom(m, "decimal(10,2) unsigned", DataType::decimal(10, 2));
    addFrom(m, "decimal", DataType::decimal(10, 0));
    addFrom(m, "numeric(8)", DataType::decimal(8, 0));
    addFrom(m, "float", of(TypeKind::Real));
    addFrom(m, "float(7,4)", of(TypeKind::Real));
    addFrom(m, "double", of(TypeKind::Real));
    addFrom(m, "double precision", of(TypeKind::Real));
    addFrom(m, "real", of(TypeKind::Real));
    addFrom(m, "varchar(255)", DataType::text(255));
    addFrom(m, "char(2)", DataType::text(2));
    addFrom(m, "char", DataType::text(1));
    addFrom(m, "varchar(40) character set utf8mb4 collate utf8mb4_bin", DataType::text(40));
    addFrom(m, "tinytext", DataType::text());
    addFrom(m, "text", DataType::text());
    addFrom(m, "mediumtext", DataType::text());
    addFrom(m, "longtext", DataType::text());
    addFrom(m, "date", of(TypeKind::Date));
    addFrom(m, "time", of(TypeKind::Interval)); // -838:59:59 to 838:59:59
    addFrom(m, "time(6)", of(TypeKind::Interval));
    addFrom(m, "datetime", of(TypeKind::DateTime));
    addFrom(m, "datetime(6)", of(TypeKind::DateTime));
    addFrom(m, "timestamp", of(TypeKind::DateTime));
    addFrom(m, "year(4)", of(TypeKind::Int16));
    addFrom(m, "binary(16)", binary(16));
    addFrom(m, "varbinary(255)", binary(255));
    addFrom(m, "tinyblob", of(TypeKind::Binary));
    addFrom(m, "blob", of(TypeKind::Binary));
    addFrom(m, "mediumblob", of(TypeKind::Binary));
    addFrom(m, "longblob", of(TypeKind::Binary));
    addFrom(m, "bit(8)", DataType::bits(8, false));
    addFrom(m, "json", of(TypeKind::Json));
    addFrom(m, "uuid", of(TypeKind::Uuid));
    addFrom(m, "enum('a','b')", DataType::enumOf({"a", "b"}));
    addFrom(m, "enum('it''s','a\\\\b')", DataType::enumOf({"it's", "a\\b"}));
    addFrom(m, "set('x','y,z')", DataType::setOf({"x", "y,z"}));
    addFrom(m, "geometry", of(TypeKind::Geometry));
    addFrom(m, "something_new", DataType::text());

    const Dialect c = Dialect::Plain;
    addFrom(c, "", DataType::text());
    addFrom(c, "int64", of(TypeKind::Int64));
    addFrom(c, "decimal(12,2)", DataType::decimal(12, 2));
    addFrom(c, "INTEGER", DataType::text());
}

void tst_TypeMapper::fromDeclared()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, declared);
    QFETCH(DataType, type);
    QCOMPARE(TypeMapper::fromDeclared(dialect, declared).toString(), type.toString());
    QCOMPARE(TypeMapper::fromDeclared(dialect, declared), type);
}

void tst_TypeMapper::toDeclared_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<DataType>("type");
    QTest::addColumn<QString>("declared");
    struct Row
    {
        DataType type;
        const char *sqlite;
        const char *postgres;
        const char *mysql;
    };
    const Row rows[] = {
        {of(TypeKind::Boolean), "BOOLEAN", "boolean", "BOOLEAN"},
        {of(TypeKind::Int16), "SMALLINT", "smallint", "SMALLINT"},
        {of(TypeKind::Int32), "INT4", "integer", "INT"},
        {of(TypeKind::Int64), "INTEGER", "bigint", "BIGINT"},
        {DataType::decimal(12, 2), "NUMERIC(12,2)", "numeric(12,2)", "DECIMAL(12,2)"},
        {DataType::decimal(9, 0), "NUMERIC(9,0)", "numeric(9,0)", "DECIMAL(9,0)"},
        {DataType::decimal(0, 0), "NUMERIC", "numeric", "DECIMAL(65,30)"},
        {DataType::decimal(80, 40), "NUMERIC(80,40)", "numeric(80,40)", "DECIMAL(65,30)"},
        {of(TypeKind::Real), "REAL", "double precision", "DOUBLE"},
        {DataType::text(), "TEXT", "text", "LONGTEXT"},
        {DataType::text(40), "VARCHAR(40)", "varchar(40)", "VARCHAR(40)"},
        {DataType::text(20000), "VARCHAR(20000)", "varchar(20000)", "LONGTEXT"},
        {of(TypeKind::Date), "DATE", "date", "DATE"},
        {of(TypeKind::Time), "TIME", "time", "TIME(6)"},
        {of(TypeKind::DateTime), "DATETIME", "timestamp", "DATETIME(6)"},
        {of(TypeKind::DateTimeTz), "TIMESTAMPTZ", "timestamptz", "DATETIME(6)"},
        {of(TypeKind::Binary), "BLOB", "bytea", "LONGBLOB"},
        {binary(16), "BLOB(16)", "bytea", "VARBINARY(16)"},
        {of(TypeKind::Json), "TEXT", "jsonb", "JSON"},
        {of(TypeKind::Uuid), "UUID", "uuid", "UUID"},
        {of(TypeKind::Interval), "TEXT", "interval", "TIME(6)"},
        {DataType::enumOf({"G", "PG-13"}), "TEXT", "varchar(5)", "ENUM('G','PG-13')"},
        {DataType::setOf({"a", "b"}), "TEXT", "text[]", "SET('a','b')"},
        {of(TypeKind::Array), "TEXT", "text[]", "JSON"},
        {DataType::bits(8, false), "TEXT", "bit(8)", "BIT(8)"},
        {DataType::bits(12, true), "TEXT", "bit varying(12)", "VARCHAR(12)"},
    };
    for (const Row &row : rows) {
        const QString name = row.type.toString();
        QTest::newRow(qPrintable(u"sqlite-" + name)) << Dialect::Sqlite << row.type << QString::fromLatin1(row.sqlite);
        QTest::newRow(qPrintable(u"postgres-" + name)) << Dialect::Postgres << row.type << QString::fromLatin1(row.postgres);
        QTest::newRow(qPrintable(u"mysql-" + name)) << Dialect::MySql << row.type << QString::fromLatin1(row.mysql);
        QTest::newRow(qPrintable(u"csv-" + name)) << Dialect::Plain << row.type << name;
    }
}

void tst_TypeMapper::toDeclared()
{
    QFETCH(Dialect, dialect);
    QFETCH(DataType, type);
    QFETCH(QString, declared);
    QCOMPARE(TypeMapper::toDeclared(dialect, type), declared);
}

void tst_TypeMapper::roundTrip_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<DataType>("type");
    QTest::addColumn<DataType>("expected");
    for (Dialect dialect : {Dialect::Sqlite, Dialect::Postgres, Dialect::MySql, Dialect::Plain}) {
        for (const DataType &type : representativeTypes()) {
            DataType expected = type;
            // The documented exceptions: what the dialect cannot declare comes back wider or zoneless.
            if (dialect == Dialect::Postgres && type.kind == TypeKind::Binary)
                expected = of(TypeKind::Binary); // bytea has no length
            if (dialect == Dialect::MySql && type.kind == TypeKind::DateTimeTz)
                expected = of(TypeKind::DateTime); // no zone type
            if (dialect == Dialect::MySql && type.kind == TypeKind::Time)
                expected = of(TypeKind::Interval); // TIME holds durations up to 838:59:59
            if (dialect == Dialect::MySql && type == DataType::decimal(0, 0))
                expected = DataType::decimal(65, 30); // the widest MySQL decimal
            const QString tag = dialectTag(dialect) + u'-' + type.toString();
            QTest::newRow(qPrintable(tag)) << dialect << type << expected;
        }
    }
}

// toDeclared -> fromDeclared gives the type back in every dialect, but for the documented exceptions.
void tst_TypeMapper::roundTrip()
{
    QFETCH(Dialect, dialect);
    QFETCH(DataType, type);
    QFETCH(DataType, expected);
    const QString declared = TypeMapper::toDeclared(dialect, type);
    const DataType back = TypeMapper::fromDeclared(dialect, declared);
    QCOMPARE(back.toString(), expected.toString());
    QCOMPARE(back, expected);
    QString why;
    const bool lossy = TypeMapper::isLossy(type, back, &why);
    // A wider bytea loses nothing; a dropped zone or MySQL's bounded stand-in for numeric does.
    // MySQL's TIME holds every time of day and more: an interval.
    const bool wider = expected.kind == TypeKind::Binary || (type.kind == TypeKind::Time && expected.kind == TypeKind::Interval);
    QCOMPARE(lossy, type != expected && !wider);
    QCOMPARE(why.isEmpty(), !lossy);
}

void tst_TypeMapper::isLossy_data()
{
    QTest::addColumn<DataType>("from");
    QTest::addColumn<DataType>("to");
    QTest::addColumn<bool>("lossy");
    QTest::addColumn<QString>("whyContains");
    const DataType i16 = of(TypeKind::Int16), i32 = of(TypeKind::Int32), i64 = of(TypeKind::Int64);
    const DataType real = of(TypeKind::Real), boolean = of(TypeKind::Boolean);
    const DataType date = of(TypeKind::Date), time = of(TypeKind::Time);
    const DataType dateTime = of(TypeKind::DateTime), dateTimeTz = of(TypeKind::DateTimeTz);
    QTest::newRow("same-type") << i32 << i32 << false << "";
    QTest::newRow("int16-to-int64-widens") << i16 << i64 << false << "";
    QTest::newRow("int64-to-int32-narrows") << i64 << i32 << true << "range";
    QTest::newRow("int32-to-int16-narrows") << i32 << i16 << true << "int16";
    QTest::newRow("boolean-to-int16") << boolean << i16 << false << "";
    QTest::newRow("int-to-boolean") << i32 << boolean << true << "true and false";
    QTest::newRow("text-to-boolean") << DataType::text() << boolean << true << "boolean";
    QTest::newRow("decimal-9-0-to-int32") << DataType::decimal(9, 0) << i32 << false << "";
    QTest::newRow("decimal-10-0-to-int32") << DataType::decimal(10, 0) << i32 << true << "range";
    QTest::newRow("decimal-with-scale-to-int64") << DataType::decimal(10, 2) << i64 << true << "fraction";
    QTest::newRow("real-to-int64") << real << i64 << true << "whole numbers";
    QTest::newRow("real-to-decimal") << real << DataType::decimal(12, 2) << true << "digits";
    QTest::newRow("real-to-unconstrained-decimal") << real << DataType::decimal(0, 0) << true << "NaN";
    QTest::newRow("int32-to-decimal-10-0") << i32 << DataType::decimal(10, 0) << false << "";
    QTest::newRow("int32-to-decimal-9-0") << i32 << DataType::decimal(9, 0) << true << "integer digits";
    QTest::newRow("int64-to-unconstrained-decimal") << i64 << DataType::decimal(0, 0) << false << "";
    QTest::newRow("decimal-smaller-scale") << DataType::decimal(12, 4) << DataType::decimal(12, 2) << true << "decimal places";
    QTest::newRow("decimal-smaller-precision") << DataType::decimal(12, 2) << DataType::decimal(8, 2) << true << "integer digits";
    QTest::newRow("decimal-wider") << DataType::decimal(8, 2) << DataType::decimal(12, 4) << false << "";
    QTest::newRow("decimal-unconstrained-to-bounded") << DataType::decimal(0, 0) << DataType::decimal(38, 10) << true << "unconstrained";
    QTest::newRow("decimal-to-unconstrained") << DataType::decimal(38, 10) << DataType::decimal(0, 0) << false << "";
    QTest::newRow("decimal-15-to-real") << DataType::decimal(15, 2) << real << false << "";
    QTest::newRow("decimal-16-to-real") << DataType::decimal(16, 2) << real << true << "15 significant";
    QTest::newRow("decimal-unconstrained-to-real") << DataType::decimal(0, 0) << real << true << "rounded";
    QTest::newRow("int32-to-real") << i32 << real << false << "";
    QTest::newRow("int64-to-real") << i64 << real << true << "2^53";
    QTest::newRow("text-to-real") << DataType::text() << real << true << "not a number";
    QTest::newRow("text-longer-than-target") << DataType::text(80) << DataType::text(40) << true << "40 characters";
    QTest::newRow("text-unbounded-into-bounded") << DataType::text() << DataType::text(40) << true << "40 characters";
    QTest::newRow("text-shorter-than-target") << DataType::text(20) << DataType::text(40) << false << "";
    QTest::newRow("text-bounded-into-unbounded") << DataType::text(20) << DataType::text() << false << "";
    QTest::newRow("int64-into-text-20") << i64 << DataType::text(20) << false << "";
    QTest::newRow("int64-into-text-10") << i64 << DataType::text(10) << true << "10 characters";
    QTest::newRow("real-into-text") << real << DataType::text() << false << "";
    QTest::newRow("datetimetz-into-text-32") << dateTimeTz << DataType::text(32) << false << "";
    QTest::newRow("binary-to-text") << of(TypeKind::Binary) << DataType::text() << true << "hex";
    QTest::newRow("text-to-binary") << DataType::text() << of(TypeKind::Binary) << true << "hex";
    QTest::newRow("binary-longer") << binary(32) << binary(16) << true << "16 bytes";
    QTest::newRow("binary-unbounded-into-bounded") << of(TypeKind::Binary) << binary(16) << true << "16 bytes";
    QTest::newRow("binary-into-unbounded") << binary(32) << of(TypeKind::Binary) << false << "";
    QTest::newRow("datetimetz-to-datetime") << dateTimeTz << dateTime << true << "zone";
    QTest::newRow("datetime-to-datetimetz") << dateTime << dateTimeTz << true << "UTC";
    QTest::newRow("datetime-to-date") << dateTime << date << true << "time of day";
    QTest::newRow("date-to-datetime") << date << dateTime << false << "";
    QTest::newRow("datetime-to-time") << dateTime << time << true << "time";
    QTest::newRow("text-to-date") << DataType::text() << date << true << "valid date";
    QTest::newRow("int64-to-date") << i64 << date << true << "do not convert";
}

void tst_TypeMapper::isLossy()
{
    QFETCH(DataType, from);
    QFETCH(DataType, to);
    QFETCH(bool, lossy);
    QFETCH(QString, whyContains);
    QString why = QStringLiteral("stale");
    QCOMPARE(TypeMapper::isLossy(from, to, &why), lossy);
    if (lossy)
        QVERIFY2(why.contains(whyContains), qPrintable(why));
    else
        QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(TypeMapper::isLossy(from, to, nullptr), lossy);
}

// Every lossy pair explains itself in one sentence; no pair of identical types is lossy.
void tst_TypeMapper::everyLossyPairSaysWhy()
{
    const QList<DataType> types = representativeTypes();
    for (const DataType &from : types) {
        for (const DataType &to : types) {
            QString why;
            const bool lossy = TypeMapper::isLossy(from, to, &why);
            const QByteArray pair = (from.toString() + u" -> " + to.toString() + u": " + why).toUtf8();
            if (from == to)
                QVERIFY2(!lossy, pair.constData());
            QVERIFY2(lossy == !why.isEmpty(), pair.constData());
            if (lossy)
                QVERIFY2(why.endsWith(u'.') && !why.contains(u'\n'), pair.constData());
        }
    }
}

void tst_TypeMapper::isLossyIn_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<DataType>("type");
    QTest::addColumn<QString>("whyContains"); // empty: the dialect keeps every value

    QTest::newRow("mysql-datetimetz") << Dialect::MySql << DataType::of(TypeKind::DateTimeTz) << "offset";
    QTest::newRow("mysql-decimal-unconstrained") << Dialect::MySql << DataType::of(TypeKind::Decimal) << "DECIMAL(65,30)";
    QTest::newRow("mysql-decimal-12-2") << Dialect::MySql << DataType::decimal(12, 2) << "";
    QTest::newRow("mysql-datetime") << Dialect::MySql << DataType::of(TypeKind::DateTime) << "";
    QTest::newRow("sqlite-decimal-30-2") << Dialect::Sqlite << DataType::decimal(30, 2) << "15th";
    QTest::newRow("sqlite-decimal-unconstrained") << Dialect::Sqlite << DataType::of(TypeKind::Decimal) << "15th";
    QTest::newRow("sqlite-decimal-15-2") << Dialect::Sqlite << DataType::decimal(15, 2) << "";
    QTest::newRow("postgres-datetimetz") << Dialect::Postgres << DataType::of(TypeKind::DateTimeTz) << "";
    QTest::newRow("postgres-decimal") << Dialect::Postgres << DataType::of(TypeKind::Decimal) << "";
    QTest::newRow("csv-decimal") << Dialect::Plain << DataType::of(TypeKind::Decimal) << "";
}

void tst_TypeMapper::isLossyIn()
{
    QFETCH(Dialect, dialect);
    QFETCH(DataType, type);
    QFETCH(QString, whyContains);
    QString why = QStringLiteral("stale");
    QCOMPARE(TypeMapper::isLossyIn(dialect, type, &why), !whyContains.isEmpty());
    if (whyContains.isEmpty())
        QVERIFY2(why.isEmpty(), qPrintable(why));
    else
        QVERIFY2(why.contains(whyContains) && why.endsWith(u'.'), qPrintable(why));
}

QTEST_GUILESS_MAIN(tst_TypeMapper)
#include "tst_typemapper.moc"
