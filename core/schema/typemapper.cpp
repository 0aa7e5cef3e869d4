#include "schema/typemapper.h"

#include <QStringList>

// The mapping table itself is documented in docs/type-mapping.md; keep the two in step.

namespace barge {

namespace {

// How a parenthesised number after a name is read.
enum class Length {
    None,       // ignored: INTEGER(11), TIMESTAMP(3), MySQL TEXT(1000)
    Param,      // VARCHAR(40) -> text(40); absent -> unbounded
    ParamOrOne, // SQL's CHAR and BINARY without a length mean a length of 1
};

struct NameRule
{
    const char *name;
    TypeKind kind;
    Length length = Length::None;
};

// A declared type taken apart: "NUMERIC(12, 2)" -> name "numeric", params {12, 2};
// "int(10) unsigned" -> "int unsigned"; "timestamp(3) with time zone" -> "timestamp with time zone".
struct Declared
{
    QString name;      // lower case, single spaces, without the parenthesised part
    QList<int> params; // empty when absent or not numbers (MySQL enum('a','b'))
    bool isArray = false;
};

Declared parseDeclared(const QString &text)
{
    const QString s = text.simplified().toLower();
    Declared d;
    d.isArray = s.endsWith(QLatin1String("[]")) || s == QLatin1String("array");
    const qsizetype open = s.indexOf(u'(');
    const qsizetype close = s.lastIndexOf(u')');
    if (open < 0 || close < open) {
        d.name = s;
        return d;
    }
    d.name = QString(s.left(open) + u' ' + s.mid(close + 1)).simplified();
    const QStringList parts = s.mid(open + 1, close - open - 1).split(u',');
    for (const QString &part : parts) {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        if (!ok || value < 0) {
            d.params.clear();
            break;
        }
        d.params << value;
    }
    return d;
}

int param(const Declared &d, int index) { return index < d.params.size() ? d.params[index] : 0; }

// decimal(p,s) from the parameters; without them MySQL means decimal(10,0), the others unconstrained.
DataType decimalFrom(const Declared &d, int defaultPrecision)
{
    const int precision = d.params.isEmpty() ? defaultPrecision : param(d, 0);
    const int scale = param(d, 1);
    if (precision <= 0 || scale > precision)
        return DataType::decimal(0, 0);
    return DataType::decimal(precision, scale);
}

template<size_t N>
const NameRule *findRule(const NameRule (&rules)[N], const QString &name)
{
    for (const NameRule &rule : rules) {
        if (name == QLatin1String(rule.name))
            return &rule;
    }
    return nullptr;
}

DataType applyRule(const NameRule &rule, const Declared &d, int defaultDecimalPrecision)
{
    if (rule.kind == TypeKind::Decimal)
        return decimalFrom(d, defaultDecimalPrecision);
    DataType type = DataType::of(rule.kind);
    if (rule.length == Length::Param || rule.length == Length::ParamOrOne)
        type.length = param(d, 0);
    if (rule.length == Length::ParamOrOne && d.params.isEmpty())
        type.length = 1;
    return type;
}

// ---- SQLite ---------------------------------------------------------------------------------------
// SQLite stores every integer in up to 8 bytes and does not enforce declared types or lengths, so
// INT/INTEGER/BIGINT are int64. Narrower names (SMALLINT, INT4) state the writer's intent and are
// kept so a round trip through SQLite gives the same type back; values that overflow them are
// rejected with a reason rather than truncated.
constexpr NameRule sqliteRules[] = {
    {"", TypeKind::Text}, // no declared type: the column holds anything; text keeps it readable
    {"boolean", TypeKind::Boolean}, {"bool", TypeKind::Boolean},
    {"smallint", TypeKind::Int16}, {"int2", TypeKind::Int16}, {"tinyint", TypeKind::Int16},
    {"mediumint", TypeKind::Int32}, {"int4", TypeKind::Int32},
    {"integer", TypeKind::Int64}, {"int", TypeKind::Int64}, {"bigint", TypeKind::Int64},
    {"int8", TypeKind::Int64},
    {"real", TypeKind::Real}, {"double", TypeKind::Real}, {"double precision", TypeKind::Real},
    {"float", TypeKind::Real}, {"float4", TypeKind::Real}, {"float8", TypeKind::Real},
    {"numeric", TypeKind::Decimal}, {"decimal", TypeKind::Decimal},
    {"date", TypeKind::Date}, {"time", TypeKind::Time},
    {"datetime", TypeKind::DateTime}, {"timestamp", TypeKind::DateTime},
    {"timestamp without time zone", TypeKind::DateTime},
    {"timestamptz", TypeKind::DateTimeTz}, {"timestamp with time zone", TypeKind::DateTimeTz},
    {"blob", TypeKind::Binary, Length::Param}, {"bytea", TypeKind::Binary},
    {"binary", TypeKind::Binary, Length::Param}, {"varbinary", TypeKind::Binary, Length::Param},
    {"text", TypeKind::Text, Length::Param}, {"clob", TypeKind::Text, Length::Param},
    {"varchar", TypeKind::Text, Length::Param}, {"char", TypeKind::Text, Length::Param},
    {"character", TypeKind::Text, Length::Param}, {"nvarchar", TypeKind::Text, Length::Param},
    {"nchar", TypeKind::Text, Length::Param}, {"varying character", TypeKind::Text, Length::Param},
    {"native character", TypeKind::Text, Length::Param},
    {"character varying", TypeKind::Text, Length::Param},
    // NUMERIC affinity by SQLite's rules, but what they hold is text: decimal would reject it.
    {"string", TypeKind::Text},
    // Names other engines write for these kinds (and that people use): JSON text, UUID text.
    {"json", TypeKind::Json}, {"jsonb", TypeKind::Json}, {"uuid", TypeKind::Uuid},
};

// SQLite's own affinity rules (https://sqlite.org/datatype3.html, 3.1), in its order, for names
// the table above does not know. "POINT" is integer by these rules, as it is inside SQLite.
DataType sqliteAffinity(const Declared &d)
{
    const QString &n = d.name;
    if (n.contains(QLatin1String("int")))
        return DataType::of(TypeKind::Int64);
    if (n.contains(QLatin1String("char")) || n.contains(QLatin1String("clob")) || n.contains(QLatin1String("text")))
        return DataType::text(param(d, 0));
    if (n.contains(QLatin1String("blob")))
        return DataType::of(TypeKind::Binary);
    if (n.contains(QLatin1String("real")) || n.contains(QLatin1String("floa")) || n.contains(QLatin1String("doub")))
        return DataType::of(TypeKind::Real);
    return decimalFrom(d, 0);
}

DataType sqliteFromDeclared(const Declared &d)
{
    if (const NameRule *rule = findRule(sqliteRules, d.name))
        return applyRule(*rule, d, 0);
    return sqliteAffinity(d);
}

QString sqliteToDeclared(const DataType &t)
{
    switch (t.kind) {
    case TypeKind::Boolean: return QStringLiteral("BOOLEAN");
    case TypeKind::Int16: return QStringLiteral("SMALLINT");
    case TypeKind::Int32: return QStringLiteral("INT4"); // INTEGER would read back as int64
    case TypeKind::Int64: return QStringLiteral("INTEGER"); // the rowid alias when it is the primary key
    case TypeKind::Decimal:
        return t.precision > 0 ? QStringLiteral("NUMERIC(%1,%2)").arg(t.precision).arg(t.scale)
                               : QStringLiteral("NUMERIC");
    case TypeKind::Real: return QStringLiteral("REAL");
    case TypeKind::Text: return t.length > 0 ? QStringLiteral("VARCHAR(%1)").arg(t.length) : QStringLiteral("TEXT");
    case TypeKind::Date: return QStringLiteral("DATE");
    case TypeKind::Time: return QStringLiteral("TIME");
    case TypeKind::DateTime: return QStringLiteral("DATETIME");
    case TypeKind::DateTimeTz: return QStringLiteral("TIMESTAMPTZ");
    case TypeKind::Binary: return t.length > 0 ? QStringLiteral("BLOB(%1)").arg(t.length) : QStringLiteral("BLOB");
    // JSON keeps TEXT affinity: a declared JSON would have NUMERIC affinity and turn "1.0" into 1.
    // UUID has NUMERIC affinity too, but no UUID text looks like a number, so the name is kept.
    case TypeKind::Json: return QStringLiteral("TEXT");
    case TypeKind::Uuid: return QStringLiteral("UUID");
    case TypeKind::Interval: return QStringLiteral("TEXT");
    case TypeKind::Enum: return QStringLiteral("TEXT"); // with a CHECK of its labels (DdlBuilder)
    case TypeKind::Array: return QStringLiteral("TEXT"); // JSON text
    case TypeKind::Bits: return QStringLiteral("TEXT");  // '0101': BIT(n) would have NUMERIC affinity
    case TypeKind::Geometry: return QStringLiteral("TEXT"); // extended WKT
    }
    return QStringLiteral("TEXT");
}

// ---- PostgreSQL -----------------------------------------------------------------------------------
// Names as format_type() and information_schema spell them; anything else (uuid, json, interval,
// arrays, timetz, money, ...) is carried as its text form.
constexpr NameRule postgresRules[] = {
    {"boolean", TypeKind::Boolean}, {"bool", TypeKind::Boolean},
    {"smallint", TypeKind::Int16}, {"int2", TypeKind::Int16}, {"smallserial", TypeKind::Int16},
    {"serial2", TypeKind::Int16},
    {"integer", TypeKind::Int32}, {"int", TypeKind::Int32}, {"int4", TypeKind::Int32},
    {"serial", TypeKind::Int32}, {"serial4", TypeKind::Int32},
    {"bigint", TypeKind::Int64}, {"int8", TypeKind::Int64}, {"bigserial", TypeKind::Int64},
    {"serial8", TypeKind::Int64},
    {"numeric", TypeKind::Decimal}, {"decimal", TypeKind::Decimal},
    // real/float4 hold 4 bytes, but every float4 is exactly a double, so reading them loses nothing.
    {"real", TypeKind::Real}, {"float4", TypeKind::Real}, {"double precision", TypeKind::Real},
    {"float8", TypeKind::Real}, {"float", TypeKind::Real},
    {"text", TypeKind::Text}, {"varchar", TypeKind::Text, Length::Param},
    {"character varying", TypeKind::Text, Length::Param}, {"bpchar", TypeKind::Text, Length::Param},
    {"char", TypeKind::Text, Length::ParamOrOne}, {"character", TypeKind::Text, Length::ParamOrOne},
    {"name", TypeKind::Text}, {"citext", TypeKind::Text},
    {"date", TypeKind::Date}, {"time", TypeKind::Time}, {"time without time zone", TypeKind::Time},
    {"timestamp", TypeKind::DateTime}, {"timestamp without time zone", TypeKind::DateTime},
    {"timestamptz", TypeKind::DateTimeTz}, {"timestamp with time zone", TypeKind::DateTimeTz},
    {"bytea", TypeKind::Binary},
    {"json", TypeKind::Json}, {"jsonb", TypeKind::Json}, {"uuid", TypeKind::Uuid},
    {"interval", TypeKind::Interval},
    // PostGIS: output as hex EWKB, read into extended WKT (geography too: its SRID says where).
    {"geometry", TypeKind::Geometry}, {"geography", TypeKind::Geometry},
};

DataType postgresFromDeclared(const Declared &d)
{
    if (d.isArray)
        return DataType::of(TypeKind::Array);
    if (d.name == QLatin1String("bit") || d.name == QLatin1String("bit varying") || d.name == QLatin1String("varbit"))
        return DataType::bits(d.params.isEmpty() ? (d.name == QLatin1String("bit") ? 1 : 0) : param(d, 0), d.name != QLatin1String("bit"));
    if (const NameRule *rule = findRule(postgresRules, d.name))
        return applyRule(*rule, d, 0);
    return DataType::text();
}

QString postgresToDeclared(const DataType &t)
{
    constexpr int maxPrecision = 1000;       // numeric's limit
    constexpr int maxVarchar = 10 * 1024 * 1024; // varchar(n)'s limit
    switch (t.kind) {
    case TypeKind::Boolean: return QStringLiteral("boolean");
    case TypeKind::Int16: return QStringLiteral("smallint");
    case TypeKind::Int32: return QStringLiteral("integer");
    case TypeKind::Int64: return QStringLiteral("bigint");
    case TypeKind::Decimal:
        if (t.precision <= 0 || t.precision > maxPrecision)
            return QStringLiteral("numeric");
        return QStringLiteral("numeric(%1,%2)").arg(t.precision).arg(t.scale);
    case TypeKind::Real: return QStringLiteral("double precision"); // never the 4-byte real
    case TypeKind::Text:
        return t.length > 0 && t.length <= maxVarchar ? QStringLiteral("varchar(%1)").arg(t.length)
                                                       : QStringLiteral("text");
    case TypeKind::Date: return QStringLiteral("date");
    case TypeKind::Time: return QStringLiteral("time");
    case TypeKind::DateTime: return QStringLiteral("timestamp");
    case TypeKind::DateTimeTz: return QStringLiteral("timestamptz");
    case TypeKind::Binary: return QStringLiteral("bytea"); // bytea has no length limit to declare
    case TypeKind::Json: return QStringLiteral("jsonb");
    case TypeKind::Uuid: return QStringLiteral("uuid");
    case TypeKind::Interval: return QStringLiteral("interval");
    case TypeKind::Enum: // with a CHECK of its labels (DdlBuilder)
        return t.labels.isEmpty() ? QStringLiteral("text") : QStringLiteral("varchar(%1)").arg(qMax(1, t.longestLabel()));
    case TypeKind::Array: return QStringLiteral("text[]"); // a set's members, or any array's text
    case TypeKind::Bits:
        if (t.isVaryingBits())
            return t.length > 0 ? QStringLiteral("bit varying(%1)").arg(t.length) : QStringLiteral("bit varying");
        return QStringLiteral("bit(%1)").arg(qMax(1, t.length));
    // PostGIS's; a target without it gets text (TargetCheck::fitGeometry).
    case TypeKind::Geometry: return QStringLiteral("geometry");
    }
    return QStringLiteral("text");
}

// ---- MariaDB / MySQL ------------------------------------------------------------------------------
constexpr NameRule mysqlRules[] = {
    {"bool", TypeKind::Boolean}, {"boolean", TypeKind::Boolean},
    {"smallint", TypeKind::Int16}, {"year", TypeKind::Int16},
    {"mediumint", TypeKind::Int32}, {"int", TypeKind::Int32}, {"integer", TypeKind::Int32},
    {"bigint", TypeKind::Int64},
    {"decimal", TypeKind::Decimal}, {"numeric", TypeKind::Decimal}, {"dec", TypeKind::Decimal},
    {"fixed", TypeKind::Decimal},
    // FLOAT holds 4 bytes; like PostgreSQL's real it widens to a double without loss.
    {"float", TypeKind::Real}, {"double", TypeKind::Real}, {"double precision", TypeKind::Real},
    {"real", TypeKind::Real},
    {"varchar", TypeKind::Text, Length::Param}, {"char", TypeKind::Text, Length::ParamOrOne},
    {"character", TypeKind::Text, Length::ParamOrOne}, {"nvarchar", TypeKind::Text, Length::Param},
    {"nchar", TypeKind::Text, Length::ParamOrOne}, {"national varchar", TypeKind::Text, Length::Param},
    {"national char", TypeKind::Text, Length::ParamOrOne},
    {"character varying", TypeKind::Text, Length::Param},
    {"tinytext", TypeKind::Text}, {"text", TypeKind::Text}, {"mediumtext", TypeKind::Text},
    {"longtext", TypeKind::Text}, {"json", TypeKind::Json},
    {"uuid", TypeKind::Uuid}, {"inet4", TypeKind::Text}, {"inet6", TypeKind::Text},
    // TIME runs from -838:59:59 to 838:59:59: a duration, of which a time of day is a special case.
    {"date", TypeKind::Date}, {"time", TypeKind::Interval},
    // TIMESTAMP is stored as UTC but read in the session's zone, without a zone: a datetime.
    {"datetime", TypeKind::DateTime}, {"timestamp", TypeKind::DateTime},
    {"binary", TypeKind::Binary, Length::ParamOrOne}, {"varbinary", TypeKind::Binary, Length::Param},
    {"tinyblob", TypeKind::Binary}, {"blob", TypeKind::Binary}, {"mediumblob", TypeKind::Binary},
    {"longblob", TypeKind::Binary},
    // Spatial values, stored as an SRID and WKB, are read into extended WKT.
    {"geometry", TypeKind::Geometry}, {"point", TypeKind::Geometry}, {"linestring", TypeKind::Geometry},
    {"polygon", TypeKind::Geometry}, {"multipoint", TypeKind::Geometry},
    {"multilinestring", TypeKind::Geometry}, {"multipolygon", TypeKind::Geometry},
    {"geometrycollection", TypeKind::Geometry},
};

// Removes the words that modify a MySQL type without naming it; returns whether it was unsigned.
bool stripMySqlModifiers(QString *name)
{
    for (const char *cut : {" character set ", " charset ", " collate "}) {
        const qsizetype at = name->indexOf(QLatin1String(cut));
        if (at >= 0)
            name->truncate(at);
    }
    QStringList words = name->split(u' ', Qt::SkipEmptyParts);
    const bool isUnsigned = words.removeAll(QStringLiteral("unsigned")) > 0;
    words.removeAll(QStringLiteral("signed"));
    words.removeAll(QStringLiteral("zerofill"));
    *name = words.join(u' ');
    return isUnsigned;
}

// The integer names whose meaning depends on a display width or UNSIGNED.
std::optional<DataType> mysqlInteger(const Declared &d, bool isUnsigned)
{
    const QString &n = d.name;
    if (n == QLatin1String("tinyint")) // tinyint(1) is how MySQL spells BOOLEAN
        return DataType::of(d.params == QList<int>{1} && !isUnsigned ? TypeKind::Boolean : TypeKind::Int16);
    if (n == QLatin1String("bit")) // BIT(1) is a flag, wider BITs are bit strings
        return param(d, 0) <= 1 ? DataType::of(TypeKind::Boolean) : DataType::bits(param(d, 0), false);
    if (!isUnsigned)
        return std::nullopt;
    if (n == QLatin1String("smallint"))
        return DataType::of(TypeKind::Int32);
    if (n == QLatin1String("int") || n == QLatin1String("integer"))
        return DataType::of(TypeKind::Int64);
    if (n == QLatin1String("bigint")) // up to 18446744073709551615: 20 digits
        return DataType::decimal(20, 0);
    return std::nullopt;
}

// ENUM('a','b') and SET('a','b'): their labels (parseDeclared keeps no parameters that are not numbers).
std::optional<DataType> mysqlLabelled(const QString &text)
{
    const QString s = text.trimmed();
    const qsizetype open = s.indexOf(u'(');
    const qsizetype close = s.lastIndexOf(u')');
    if (open < 0 || close < open)
        return std::nullopt;
    const QString name = s.left(open).trimmed().toLower();
    if (name != QLatin1String("enum") && name != QLatin1String("set"))
        return std::nullopt;
    QStringList labels;
    if (!DataType::parseLabels(QStringView(s).mid(open + 1, close - open - 1), &labels))
        return DataType::text();
    return name == QLatin1String("enum") ? DataType::enumOf(labels) : DataType::setOf(labels);
}

DataType mysqlFromDeclared(Declared d, const QString &text)
{
    if (std::optional<DataType> labelled = mysqlLabelled(text))
        return *labelled;
    const bool isUnsigned = stripMySqlModifiers(&d.name);
    if (std::optional<DataType> integer = mysqlInteger(d, isUnsigned))
        return *integer;
    if (const NameRule *rule = findRule(mysqlRules, d.name))
        return applyRule(*rule, d, 10); // DECIMAL alone means DECIMAL(10,0)
    return DataType::text();
}

QString mysqlToDeclared(const DataType &t)
{
    constexpr int maxPrecision = 65;
    constexpr int maxScale = 30;
    constexpr int maxVarchar = 16383;    // characters of utf8mb4 in 65,535 bytes
    constexpr int maxVarbinary = 65535;
    switch (t.kind) {
    case TypeKind::Boolean: return QStringLiteral("BOOLEAN");
    case TypeKind::Int16: return QStringLiteral("SMALLINT");
    case TypeKind::Int32: return QStringLiteral("INT");
    case TypeKind::Int64: return QStringLiteral("BIGINT");
    case TypeKind::Decimal: {
        // DECIMAL without (p,s) would mean (10,0); the widest MySQL allows is the nearest to unconstrained.
        if (t.precision <= 0)
            return QStringLiteral("DECIMAL(%1,%2)").arg(maxPrecision).arg(maxScale);
        const int scale = qMin(t.scale, maxScale);
        return QStringLiteral("DECIMAL(%1,%2)").arg(qMin(t.precision, maxPrecision)).arg(scale);
    }
    case TypeKind::Real: return QStringLiteral("DOUBLE");
    case TypeKind::Text:
        return t.length > 0 && t.length <= maxVarchar ? QStringLiteral("VARCHAR(%1)").arg(t.length)
                                                       : QStringLiteral("LONGTEXT");
    case TypeKind::Date: return QStringLiteral("DATE");
    case TypeKind::Time: return QStringLiteral("TIME(6)");
    case TypeKind::DateTime: return QStringLiteral("DATETIME(6)");
    case TypeKind::DateTimeTz: return QStringLiteral("DATETIME(6)"); // no zone type: stored as UTC
    case TypeKind::Binary:
        return t.length > 0 && t.length <= maxVarbinary ? QStringLiteral("VARBINARY(%1)").arg(t.length)
                                                         : QStringLiteral("LONGBLOB");
    case TypeKind::Json: return QStringLiteral("JSON"); // LONGTEXT with a json_valid check in MariaDB
    case TypeKind::Uuid: return QStringLiteral("UUID"); // MariaDB 10.7 and later
    case TypeKind::Interval: return QStringLiteral("TIME(6)");
    case TypeKind::Enum:
        return t.labels.isEmpty() ? QStringLiteral("LONGTEXT") : QStringLiteral("ENUM(%1)").arg(DataType::quoteLabels(t.labels));
    case TypeKind::Array:
        return t.isSet() && t.labels.size() <= 64 ? QStringLiteral("SET(%1)").arg(DataType::quoteLabels(t.labels))
                                                  : QStringLiteral("JSON");
    case TypeKind::Bits:
        if (t.isVaryingBits() || t.length > 64)
            return t.length > 0 && t.length <= maxVarchar ? QStringLiteral("VARCHAR(%1)").arg(t.length) : QStringLiteral("LONGTEXT");
        return QStringLiteral("BIT(%1)").arg(qMax(1, t.length));
    case TypeKind::Geometry: return QStringLiteral("GEOMETRY");
    }
    return QStringLiteral("LONGTEXT");
}

} // namespace

DataType TypeMapper::fromDeclared(Dialect dialect, const QString &declaredType)
{
    switch (dialect) {
    case Dialect::Sqlite:
        return sqliteFromDeclared(parseDeclared(declaredType));
    case Dialect::Postgres:
        return postgresFromDeclared(parseDeclared(declaredType));
    case Dialect::MySql:
        return mysqlFromDeclared(parseDeclared(declaredType), declaredType);
    case Dialect::Plain:
        // CSV has no declared types; a profile may pin a column with a neutral spelling.
        return DataType::fromString(declaredType).value_or(DataType::text());
    }
    return DataType::text();
}

bool TypeMapper::knowsDeclared(Dialect dialect, const QString &declaredType)
{
    Declared d = parseDeclared(declaredType);
    if (d.name.isEmpty() || d.isArray)
        return false;
    switch (dialect) {
    case Dialect::Sqlite:
        return findRule(sqliteRules, d.name) != nullptr;
    case Dialect::Postgres:
        return findRule(postgresRules, d.name) != nullptr || d.name == QLatin1String("bit")
            || d.name == QLatin1String("bit varying");
    case Dialect::MySql:
        if (mysqlLabelled(declaredType))
            return true;
        stripMySqlModifiers(&d.name);
        return findRule(mysqlRules, d.name) != nullptr || d.name == QLatin1String("tinyint")
            || d.name == QLatin1String("bit");
    case Dialect::Plain:
        return false; // no declared types of its own
    }
    return false;
}

QString TypeMapper::toDeclared(Dialect dialect, const DataType &type)
{
    switch (dialect) {
    case Dialect::Sqlite:
        return sqliteToDeclared(type);
    case Dialect::Postgres:
        return postgresToDeclared(type);
    case Dialect::MySql:
        return mysqlToDeclared(type);
    case Dialect::Plain:
        return type.toString();
    }
    return type.toString();
}

} // namespace barge
