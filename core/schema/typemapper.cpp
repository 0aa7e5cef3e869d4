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
    // Spatial values are read as their binary (WKB) form.
    {"geometry", TypeKind::Binary}, {"point", TypeKind::Binary}, {"linestring", TypeKind::Binary},
    {"polygon", TypeKind::Binary}, {"multipoint", TypeKind::Binary},
    {"multilinestring", TypeKind::Binary}, {"multipolygon", TypeKind::Binary},
    {"geometrycollection", TypeKind::Binary},
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
    }
    return QStringLiteral("LONGTEXT");
}

// ---- isLossy --------------------------------------------------------------------------------------

bool lossy(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return true;
}

// Longest canonical text of a value (ValueConverter::toText); 0 = unbounded.
int maxTextLength(const DataType &t)
{
    switch (t.kind) {
    case TypeKind::Boolean: return 5;   // false
    case TypeKind::Int16: return 6;     // -32768
    case TypeKind::Int32: return 11;
    case TypeKind::Int64: return 20;
    case TypeKind::Decimal: return t.precision > 0 ? t.precision + (t.scale > 0 ? 2 : 1) : 0;
    case TypeKind::Real: return 24;     // -2.2250738585072014e-308
    case TypeKind::Text: return t.length;
    case TypeKind::Date: return 10;
    case TypeKind::Time: return 15;
    case TypeKind::DateTime: return 26;
    case TypeKind::DateTimeTz: return 32;
    case TypeKind::Binary: return t.length > 0 ? 2 + 2 * t.length : 0;
    case TypeKind::Uuid: return 36;
    case TypeKind::Enum: return t.labels.isEmpty() ? 0 : t.longestLabel();
    case TypeKind::Bits: return t.length;
    case TypeKind::Json:
    case TypeKind::Interval:
    case TypeKind::Array: return 0;
    }
    return 0;
}

// Decimal digits an integer kind can need (5 for int16's 32767); boolean needs one.
int integerDigits(TypeKind kind)
{
    switch (kind) {
    case TypeKind::Boolean: return 1;
    case TypeKind::Int16: return 5;
    case TypeKind::Int32: return 10;
    default: return 19;
    }
}

// Digits every value of the width holds: int16 holds every 4-digit number, not every 5-digit one.
int safeDigits(TypeKind kind) { return integerDigits(kind) - 1; }

QString cannot(const DataType &from, const DataType &to)
{
    return QStringLiteral("%1 values do not convert to %2.").arg(from.toString(), to.toString());
}

bool intoInteger(const DataType &from, const DataType &to, QString *why)
{
    if (from.kind == TypeKind::Boolean)
        return false;
    if (from.isInteger()) {
        if (integerDigits(from.kind) <= integerDigits(to.kind))
            return false;
        return lossy(why, QStringLiteral("%1 values outside the %2 range are rejected.")
                              .arg(from.toString(), to.toString()));
    }
    if (from.kind == TypeKind::Decimal) {
        if (from.precision > 0 && from.scale == 0 && from.precision <= safeDigits(to.kind))
            return false;
        return lossy(why, QStringLiteral("%1 values with a fraction or outside the %2 range are rejected.")
                              .arg(from.toString(), to.toString()));
    }
    if (from.kind == TypeKind::Real)
        return lossy(why, QStringLiteral("real values that are not whole numbers in the %1 range are rejected.")
                              .arg(to.toString()));
    if (from.kind == TypeKind::Text)
        return lossy(why, QStringLiteral("text that is not an integer is rejected."));
    return lossy(why, cannot(from, to));
}

bool intoDecimal(const DataType &from, const DataType &to, QString *why)
{
    const bool unconstrained = to.precision <= 0;
    const int toDigits = to.precision - to.scale;
    if (from.isInteger() || from.kind == TypeKind::Boolean) {
        if (unconstrained || toDigits >= integerDigits(from.kind))
            return false;
        return lossy(why, QStringLiteral("%1 values with more than %2 integer digits do not fit %3.")
                              .arg(from.toString()).arg(toDigits).arg(to.toString()));
    }
    if (from.kind == TypeKind::Decimal) {
        if (unconstrained)
            return false;
        if (from.precision <= 0)
            return lossy(why, QStringLiteral("unconstrained decimal values may have more digits than %1 holds.")
                                  .arg(to.toString()));
        if (from.scale > to.scale)
            return lossy(why, QStringLiteral("values with more than %1 decimal places do not fit %2.")
                                  .arg(to.scale).arg(to.toString()));
        if (from.precision - from.scale > toDigits)
            return lossy(why, QStringLiteral("values with more than %1 integer digits do not fit %2.")
                                  .arg(toDigits).arg(to.toString()));
        return false;
    }
    if (from.kind == TypeKind::Real)
        return lossy(why, unconstrained ? QStringLiteral("NaN and infinite real values have no decimal form.")
                                        : QStringLiteral("real values with more digits than %1 holds are rejected.")
                                              .arg(to.toString()));
    if (from.kind == TypeKind::Text)
        return lossy(why, QStringLiteral("text that is not a number is rejected."));
    return lossy(why, cannot(from, to));
}

bool intoReal(const DataType &from, const DataType &to, QString *why)
{
    switch (from.kind) {
    case TypeKind::Boolean:
    case TypeKind::Int16:
    case TypeKind::Int32:
        return false;
    case TypeKind::Int64:
        return lossy(why, QStringLiteral("int64 values beyond 2^53 are rounded as real."));
    case TypeKind::Decimal:
        // Any decimal of up to 15 significant digits survives a double exactly (DBL_DIG).
        if (from.precision > 0 && from.precision <= 15)
            return false;
        return lossy(why, QStringLiteral("decimal values with more than 15 significant digits are rounded as real."));
    case TypeKind::Text:
        return lossy(why, QStringLiteral("text that is not a number is rejected."));
    default:
        return lossy(why, cannot(from, to));
    }
}

bool intoText(const DataType &from, const DataType &to, QString *why)
{
    if (from.kind == TypeKind::Binary)
        return lossy(why, QStringLiteral("binary values become \\x hex text, not bytes."));
    if (to.length <= 0)
        return false;
    const int longest = maxTextLength(from);
    if (longest > 0 && longest <= to.length)
        return false;
    return lossy(why, QStringLiteral("%1 values longer than %2 characters are rejected.")
                          .arg(from.toString()).arg(to.length));
}

bool intoBinary(const DataType &from, const DataType &to, QString *why)
{
    if (from.kind == TypeKind::Binary) {
        if (to.length <= 0 || (from.length > 0 && from.length <= to.length))
            return false;
        return lossy(why, QStringLiteral("%1 values longer than %2 bytes are rejected.")
                              .arg(from.toString()).arg(to.length));
    }
    if (from.kind == TypeKind::Text)
        return lossy(why, QStringLiteral("only text in \\x hex form converts to binary; other text is rejected."));
    return lossy(why, cannot(from, to));
}

bool intoTemporal(const DataType &from, const DataType &to, QString *why)
{
    if (from.kind == TypeKind::Text)
        return lossy(why, QStringLiteral("text that is not a valid %1 is rejected.").arg(to.toString()));
    if (from.kind == TypeKind::Interval && to.kind == TypeKind::Time)
        return lossy(why, QStringLiteral("intervals that are negative or of 24 hours or more are rejected."));
    const bool hasDate = from.kind == TypeKind::Date || from.kind == TypeKind::DateTime
        || from.kind == TypeKind::DateTimeTz;
    switch (to.kind) {
    case TypeKind::Date:
        if (from.kind == TypeKind::DateTime || from.kind == TypeKind::DateTimeTz)
            return lossy(why, QStringLiteral("%1 values with a time of day other than midnight are rejected.")
                                  .arg(from.toString()));
        break;
    case TypeKind::DateTime:
        if (from.kind == TypeKind::Date)
            return false; // midnight
        if (from.kind == TypeKind::DateTimeTz)
            return lossy(why, QStringLiteral("the time zone is dropped: values are converted to UTC first."));
        break;
    case TypeKind::DateTimeTz:
        if (hasDate)
            return lossy(why, QStringLiteral("%1 values have no time zone and are taken as UTC.").arg(from.toString()));
        break;
    default:
        break;
    }
    return lossy(why, cannot(from, to));
}

bool containsAll(const QStringList &labels, const QStringList &members)
{
    for (const QString &member : members) {
        if (!labels.contains(member))
            return false;
    }
    return true;
}

// Into the kinds whose values are text with rules of their own (TextualValues).
bool intoTextual(const DataType &from, const DataType &to, QString *why)
{
    const bool fromText = from.kind == TypeKind::Text;
    switch (to.kind) {
    case TypeKind::Json:
        if (from.kind == TypeKind::Array || from.kind == TypeKind::Json || from.isInteger() || from.kind == TypeKind::Boolean
            || from.kind == TypeKind::Decimal)
            return false;
        if (from.kind == TypeKind::Real)
            return lossy(why, QStringLiteral("NaN and infinite real values have no JSON form."));
        if (fromText || from.kind == TypeKind::Enum)
            return lossy(why, QStringLiteral("text that is not valid JSON is rejected."));
        break;
    case TypeKind::Uuid:
        if (fromText)
            return lossy(why, QStringLiteral("text that is not a UUID is rejected."));
        if (from.kind == TypeKind::Binary)
            return lossy(why, QStringLiteral("binary values that are not 16 bytes are rejected."));
        break;
    case TypeKind::Interval:
        if (from.kind == TypeKind::Time)
            return false;
        if (fromText)
            return lossy(why, QStringLiteral("text that is not an interval is rejected."));
        break;
    case TypeKind::Enum:
        if (to.labels.isEmpty() || (from.kind == TypeKind::Enum && containsAll(to.labels, from.labels)))
            return false;
        return lossy(why, QStringLiteral("values that are not one of %1 are rejected.").arg(to.toString()));
    case TypeKind::Array:
        if (from.kind == TypeKind::Array && (!to.isSet() || (from.isSet() && containsAll(to.labels, from.labels))))
            return false;
        if (from.kind == TypeKind::Array)
            return lossy(why, QStringLiteral("arrays with an element that is not one of %1 are rejected.").arg(to.toString()));
        if (fromText || from.kind == TypeKind::Json)
            return lossy(why, QStringLiteral("text that is not a JSON array is rejected."));
        break;
    case TypeKind::Bits:
        if (from.kind == TypeKind::Bits && from.length > 0 && from.length <= to.length) {
            if (from.isVaryingBits() && !to.isVaryingBits())
                return lossy(why, QStringLiteral("shorter bit strings are padded with leading zeros to %1 bits.").arg(to.length));
            return false;
        }
        if (from.kind == TypeKind::Bits || from.kind == TypeKind::Binary || from.isInteger())
            return lossy(why, QStringLiteral("values of more than %1 bits are rejected.").arg(to.length));
        if (fromText)
            return lossy(why, QStringLiteral("text that is not a string of 0 and 1 is rejected."));
        break;
    default:
        break;
    }
    return lossy(why, cannot(from, to));
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
    case Dialect::Csv:
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
    case Dialect::Csv:
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
    case Dialect::Csv:
        return type.toString();
    }
    return type.toString();
}

bool TypeMapper::isLossy(const DataType &from, const DataType &to, QString *why)
{
    if (why)
        why->clear();
    if (from == to)
        return false;
    switch (to.kind) {
    case TypeKind::Boolean:
        return lossy(why, QStringLiteral("only true and false fit boolean; other %1 values are rejected.")
                              .arg(from.toString()));
    case TypeKind::Int16:
    case TypeKind::Int32:
    case TypeKind::Int64:
        return intoInteger(from, to, why);
    case TypeKind::Decimal:
        return intoDecimal(from, to, why);
    case TypeKind::Real:
        return intoReal(from, to, why);
    case TypeKind::Text:
        return intoText(from, to, why);
    case TypeKind::Binary:
        return intoBinary(from, to, why);
    case TypeKind::Json:
    case TypeKind::Uuid:
    case TypeKind::Interval:
    case TypeKind::Enum:
    case TypeKind::Array:
    case TypeKind::Bits:
        return intoTextual(from, to, why);
    default:
        return intoTemporal(from, to, why);
    }
}

bool TypeMapper::isLossyIn(Dialect dialect, const DataType &type, QString *why)
{
    if (why)
        why->clear();
    constexpr int sqliteDigits = 15; // a NUMERIC value is kept as an 8-byte real beyond int64
    if (dialect == Dialect::MySql && type.kind == TypeKind::DateTimeTz) {
        return lossy(why, QStringLiteral("MariaDB/MySQL has no type with a zone: each instant is stored as its "
                                         "UTC time in DATETIME(6) and the original offset is not kept."));
    }
    if (dialect == Dialect::MySql && type.kind == TypeKind::Decimal && type.precision <= 0) {
        return lossy(why, QStringLiteral("MariaDB/MySQL has no unconstrained DECIMAL: the column is DECIMAL(65,30), "
                                         "and values with more digits are rejected."));
    }
    if (dialect == Dialect::MySql && type.kind == TypeKind::Interval) {
        return lossy(why, QStringLiteral("MariaDB/MySQL's TIME holds -838:59:59 to 838:59:59 and no months: longer "
                                         "intervals and those with months or years are rejected."));
    }
    if (dialect == Dialect::MySql && type.kind == TypeKind::Array && type.isSet() && type.labels.size() > 64) {
        return lossy(why, QStringLiteral("MariaDB/MySQL's SET has at most 64 members: the column is JSON."));
    }
    if (dialect == Dialect::Sqlite && type.kind == TypeKind::Decimal
        && (type.precision <= 0 || type.precision > sqliteDigits)) {
        return lossy(why, QStringLiteral("SQLite keeps NUMERIC values as integers or 8-byte reals: digits beyond "
                                         "the 15th significant one are not kept."));
    }
    return false;
}

} // namespace barge
