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
    {TypeKind::Json, "json"},       {TypeKind::Uuid, "uuid"},         {TypeKind::Interval, "interval"},
    {TypeKind::Enum, "enum"},       {TypeKind::Array, "array"},       {TypeKind::Bits, "bits"},
    {TypeKind::Geometry, "geometry"},
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

int DataType::longestLabel() const
{
    int longest = 0;
    for (const QString &label : labels)
        longest = qMax(longest, int(label.size()));
    return longest;
}

bool DataType::parseLabels(QStringView text, QStringList *labels)
{
    labels->clear();
    qsizetype i = 0;
    const auto skipSpaces = [&] {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
    };
    skipSpaces();
    while (i < text.size()) {
        if (text.at(i) != u'\'')
            return false;
        QString label;
        for (++i;; ++i) {
            if (i >= text.size())
                return false;
            const QChar c = text.at(i);
            if (c == u'\'' && i + 1 < text.size() && text.at(i + 1) == u'\'') {
                label += c;
                ++i;
            } else if (c == u'\'') {
                ++i;
                break;
            } else if (c == u'\\' && i + 1 < text.size()) { // MySQL also escapes with a backslash
                label += text.at(++i);
            } else {
                label += c;
            }
        }
        *labels << label;
        skipSpaces();
        if (i < text.size()) {
            if (text.at(i) != u',')
                return false;
            ++i;
            skipSpaces();
            if (i >= text.size())
                return false;
        }
    }
    return !labels->isEmpty();
}

QString DataType::quoteLabels(const QStringList &labels)
{
    QStringList quoted;
    for (QString label : labels)
        quoted << u'\'' + label.replace(u'\\', QLatin1String("\\\\")).replace(u'\'', QLatin1String("''")) + u'\'';
    return quoted.join(u',');
}

QString DataType::toString() const
{
    const QString name = kindName(kind);
    switch (kind) {
    case TypeKind::Enum:
        return name + u'(' + quoteLabels(labels) + u')';
    case TypeKind::Array:
        return labels.isEmpty() ? name : QStringLiteral("set(") + quoteLabels(labels) + u')';
    case TypeKind::Bits:
        return (precision == 1 ? QStringLiteral("varbits") : name) + u'(' + QString::number(length) + u')';
    case TypeKind::Decimal:
        if (precision <= 0)
            return name;
        if (scale <= 0)
            return name + u'(' + QString::number(precision) + u')';
        return name + u'(' + QString::number(precision) + u',' + QString::number(scale) + u')';
    case TypeKind::Text:
    case TypeKind::Binary:
        return length > 0 ? name + u'(' + QString::number(length) + u')' : name;
    case TypeKind::Boolean:
    case TypeKind::Int16:
    case TypeKind::Int32:
    case TypeKind::Int64:
    case TypeKind::Real:
    case TypeKind::Date:
    case TypeKind::Time:
    case TypeKind::DateTime:
    case TypeKind::DateTimeTz:
    case TypeKind::Json:
    case TypeKind::Uuid:
    case TypeKind::Interval:
    case TypeKind::Geometry:
        return name;
    }
    return name; // not reached: every kind is a case above
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
    if (open >= 0 && (rest.compare(QLatin1String("enum"), Qt::CaseInsensitive) == 0
                      || rest.compare(QLatin1String("set"), Qt::CaseInsensitive) == 0)) {
        QStringList labels;
        if (!parseLabels(args, &labels))
            return std::nullopt;
        return rest.size() == 4 ? enumOf(labels) : setOf(labels);
    }
    const bool varying = rest.compare(QLatin1String("varbits"), Qt::CaseInsensitive) == 0;
    const std::optional<TypeKind> kind = varying ? std::optional(TypeKind::Bits) : kindFromName(rest);
    if (!kind || *kind == TypeKind::Enum || (*kind == TypeKind::Bits && open < 0))
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
    if ((*kind == TypeKind::Text || *kind == TypeKind::Binary || *kind == TypeKind::Bits) && parts.size() == 1) {
        type.length = parseParameter(parts[0], maxLength);
        if (type.length < 1)
            return std::nullopt;
        type.precision = varying ? 1 : 0;
        return type;
    }
    return std::nullopt; // parameters on a kind that takes none, or too many
}

} // namespace barge
