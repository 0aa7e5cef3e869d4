#include "schema/datatype.h"

#include <QStringList>

namespace barge {

namespace {

// Upper bounds keep profile typos ("text(99999999999)") from turning into absurd DDL. PostgreSQL's
// numeric allows 1000 digits, and no engine allows a declared length beyond 2^30.
constexpr int maxPrecision = 1000;
constexpr int maxLength = 1 << 30;

struct KindName
{
    TypeKind kind;
    const char *name;
};

constexpr KindName kindNames[] = {
    {TypeKind::Boolean, "boolean"}, {TypeKind::Int16, "int16"},       {TypeKind::Int32, "int32"},
    {TypeKind::Int64, "int64"},     {TypeKind::Decimal, "decimal"},   {TypeKind::Real, "real"},
    {TypeKind::Text, "text"},       {TypeKind::Date, "date"},         {TypeKind::Time, "time"},
    {TypeKind::DateTime, "datetime"}, {TypeKind::DateTimeTz, "datetimetz"}, {TypeKind::Binary, "binary"},
};

QString kindName(TypeKind kind)
{
    for (const KindName &k : kindNames) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return QStringLiteral("text");
}

std::optional<TypeKind> kindFromName(QStringView name)
{
    for (const KindName &k : kindNames) {
        if (name.compare(QLatin1String(k.name), Qt::CaseInsensitive) == 0)
            return k.kind;
    }
    return std::nullopt;
}

// "12" -> 12; anything but plain digits (no sign, no spaces inside) -> -1.
int parseParameter(QStringView text, int maximum)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty() || t.size() > 10)
        return -1;
    qint64 value = 0;
    for (QChar c : t) {
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value <= maximum ? int(value) : -1;
}

} // namespace

QString DataType::toString() const
{
    const QString name = kindName(kind);
    switch (kind) {
    case TypeKind::Decimal:
        if (precision <= 0)
            return name;
        if (scale <= 0)
            return name + u'(' + QString::number(precision) + u')';
        return name + u'(' + QString::number(precision) + u',' + QString::number(scale) + u')';
    case TypeKind::Text:
    case TypeKind::Binary:
        return length > 0 ? name + u'(' + QString::number(length) + u')' : name;
    default:
        return name;
    }
}

std::optional<DataType> DataType::fromString(const QString &text)
{
    QStringView rest = QStringView(text).trimmed();
    QStringView args;
    const qsizetype open = rest.indexOf(u'(');
    if (open >= 0) {
        if (!rest.endsWith(u')'))
            return std::nullopt;
        args = rest.mid(open + 1, rest.size() - open - 2);
        rest = rest.left(open).trimmed();
    }
    const std::optional<TypeKind> kind = kindFromName(rest);
    if (!kind)
        return std::nullopt;
    DataType type = DataType::of(*kind);
    if (open < 0)
        return type;

    const QList<QStringView> parts = args.split(u',');
    if (*kind == TypeKind::Decimal && parts.size() <= 2) {
        type.precision = parseParameter(parts[0], maxPrecision);
        type.scale = parts.size() == 2 ? parseParameter(parts[1], maxPrecision) : 0;
        if (type.precision < 1 || type.scale < 0 || type.scale > type.precision)
            return std::nullopt;
        return type;
    }
    if ((*kind == TypeKind::Text || *kind == TypeKind::Binary) && parts.size() == 1) {
        type.length = parseParameter(parts[0], maxLength);
        if (type.length < 1)
            return std::nullopt;
        return type;
    }
    return std::nullopt; // parameters on a kind that takes none, or too many
}

} // namespace barge
