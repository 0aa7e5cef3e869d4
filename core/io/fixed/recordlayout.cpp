#include "io/fixed/recordlayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace barge {

namespace {

// The digits a big-endian binary of `bytes` can hold at most (2: 65535, 4: 4294967295, 8: 2^64-1).
int binaryDigits(int bytes)
{
    return bytes <= 2 ? 5 : bytes <= 4 ? 10 : 20;
}

} // namespace

DataType RecordField::columnType() const
{
    if (encoding == Encoding::Text)
        return declared.value_or(DataType::text());
    // The digits the value can have, P scaling included: 9(3)PP holds 99900 (5 digits, scale 0),
    // PP9(3) holds .00999 (5 digits, scale 5).
    int precision = digits;
    int valueScale = scale;
    if (encoding == Encoding::Binary)
        precision = std::max(precision, binaryDigits(length));
    if (valueScale < 0) {
        precision -= valueScale;
        valueScale = 0;
    } else if (valueScale > precision) {
        precision = valueScale;
    }
    if (valueScale == 0 && precision <= 18)
        return DataType::of(TypeKind::Int64);
    return DataType::decimal(precision, valueScale);
}

int RecordLayout::minimumLength() const
{
    int end = 0;
    for (const RecordField &field : fields)
        end = std::max(end, field.offset + field.length);
    return end;
}

std::optional<RecordLayout> RecordLayout::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
            ? tr("the layout is not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)
            : tr("the layout is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    RecordLayout layout;
    const QJsonArray fields = root.value(QLatin1String("fields")).toArray();
    if (fields.isEmpty()) {
        *error = tr("the layout has no \"fields\"");
        return std::nullopt;
    }
    QSet<QString> names;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QJsonObject object = fields.at(i).toObject();
        RecordField field;
        field.name = object.value(QLatin1String("name")).toString();
        const QString where = field.name.isEmpty() ? tr("field %1").arg(i + 1) : tr("field '%1'").arg(field.name);
        auto fail = [&](const QString &why) {
            *error = tr("layout %1: %2").arg(where, why);
            return std::nullopt;
        };
        static const QSet<QString> known = {QStringLiteral("name"), QStringLiteral("start"), QStringLiteral("length"),
                                            QStringLiteral("type"), QStringLiteral("digits"), QStringLiteral("scale"),
                                            QStringLiteral("sign"), QStringLiteral("trim"), QStringLiteral("nullIfBlank")};
        for (const QString &key : object.keys()) {
            if (!known.contains(key))
                return fail(tr("unknown key \"%1\"").arg(key));
        }
        if (field.name.isEmpty())
            return fail(tr("a field needs a \"name\""));
        if (names.contains(field.name.toLower()))
            return fail(tr("the name is used twice"));
        names.insert(field.name.toLower());
        const int start = object.value(QLatin1String("start")).toInt(0);
        field.length = object.value(QLatin1String("length")).toInt(0);
        if (start < 1)
            return fail(tr("\"start\" must be a byte position from 1"));
        if (field.length < 1)
            return fail(tr("\"length\" must be at least 1"));
        field.offset = start - 1;
        field.sourceLine = int(i + 1);
        const QString type = object.value(QLatin1String("type")).toString(QStringLiteral("text"));
        field.trim = object.value(QLatin1String("trim")).toBool(true);
        field.nullIfBlank = object.value(QLatin1String("nullIfBlank")).toBool(false);
        const QString sign = object.value(QLatin1String("sign")).toString();
        if (type == QLatin1String("zoned") || type == QLatin1String("packed") || type == QLatin1String("binary")) {
            field.encoding = type == QLatin1String("zoned")  ? RecordField::Encoding::Zoned
                           : type == QLatin1String("packed") ? RecordField::Encoding::Packed
                                                             : RecordField::Encoding::Binary;
            field.scale = object.value(QLatin1String("scale")).toInt(0);
            static const QHash<QString, RecordField::Sign> signs = {
                {QString(), RecordField::Sign::None},
                {QStringLiteral("none"), RecordField::Sign::None},
                {QStringLiteral("trailing"), RecordField::Sign::TrailingOverpunch},
                {QStringLiteral("leading"), RecordField::Sign::LeadingOverpunch},
                {QStringLiteral("trailing-separate"), RecordField::Sign::TrailingSeparate},
                {QStringLiteral("leading-separate"), RecordField::Sign::LeadingSeparate}};
            if (!signs.contains(sign))
                return fail(tr("\"sign\" is none, trailing, leading, trailing-separate or leading-separate"));
            field.sign = signs.value(sign);
            const bool separate = field.sign == RecordField::Sign::TrailingSeparate
                || field.sign == RecordField::Sign::LeadingSeparate;
            if (separate && field.encoding != RecordField::Encoding::Zoned)
                return fail(tr("a separate sign is for zoned fields"));
            if (field.encoding == RecordField::Encoding::Zoned)
                field.digits = field.length - (separate ? 1 : 0);
            else if (field.encoding == RecordField::Encoding::Packed)
                field.digits = object.value(QLatin1String("digits")).toInt(field.length * 2 - 1);
            else
                field.digits = object.value(QLatin1String("digits")).toInt(0);
            if (field.encoding == RecordField::Encoding::Packed && field.digits / 2 + 1 != field.length)
                return fail(tr("a packed field of %1 digits takes %2 bytes").arg(field.digits).arg(field.digits / 2 + 1));
            if (field.encoding == RecordField::Encoding::Binary && field.length != 2 && field.length != 4 && field.length != 8)
                return fail(tr("a binary field takes 2, 4 or 8 bytes"));
            if (field.digits < 1 && field.encoding != RecordField::Encoding::Binary)
                return fail(tr("a zoned field needs a digit"));
            if (field.digits > 38 || std::abs(field.scale) > 38)
                return fail(tr("more than 38 digits"));
        } else if (type != QLatin1String("text")) {
            const std::optional<DataType> declared = DataType::fromString(type);
            if (!declared)
                return fail(tr("unknown \"type\" '%1' (text, zoned, packed, binary, or a Barge type such as int64, "
                               "decimal(10,2), date)").arg(type));
            field.declared = *declared;
        } else if (!sign.isEmpty() || object.contains(QLatin1String("scale"))) {
            return fail(tr("\"sign\" and \"scale\" are for zoned, packed and binary fields"));
        }
        layout.fields << field;
    }
    layout.recordLength = root.value(QLatin1String("recordLength")).toInt(0);
    if (layout.recordLength == 0)
        layout.recordLength = layout.minimumLength();
    if (layout.recordLength < layout.minimumLength()) {
        *error = tr("layout: \"recordLength\" %1 is shorter than its fields (%2 bytes)")
                     .arg(layout.recordLength).arg(layout.minimumLength());
        return std::nullopt;
    }
    return layout;
}

QByteArray RecordLayout::toJson() const
{
    QJsonArray array;
    for (const RecordField &field : fields) {
        QJsonObject object{{QStringLiteral("name"), field.name},
                           {QStringLiteral("start"), field.offset + 1},
                           {QStringLiteral("length"), field.length}};
        switch (field.encoding) {
        case RecordField::Encoding::Text:
            if (field.declared)
                object.insert(QStringLiteral("type"), field.declared->toString());
            if (!field.trim)
                object.insert(QStringLiteral("trim"), false);
            break;
        case RecordField::Encoding::Zoned:
        case RecordField::Encoding::Packed:
        case RecordField::Encoding::Binary: {
            const bool zoned = field.encoding == RecordField::Encoding::Zoned;
            const bool packed = field.encoding == RecordField::Encoding::Packed;
            object.insert(QStringLiteral("type"), zoned ? QStringLiteral("zoned") : packed ? QStringLiteral("packed")
                                                                                          : QStringLiteral("binary"));
            // Zoned digits follow from the length; packed and binary ones are said when not the most.
            if ((packed && field.digits != field.length * 2 - 1) || (field.encoding == RecordField::Encoding::Binary && field.digits != 0))
                object.insert(QStringLiteral("digits"), field.digits);
            if (field.scale != 0)
                object.insert(QStringLiteral("scale"), field.scale);
            switch (field.sign) {
            case RecordField::Sign::None:
                break;
            case RecordField::Sign::TrailingOverpunch:
                object.insert(QStringLiteral("sign"), QStringLiteral("trailing"));
                break;
            case RecordField::Sign::LeadingOverpunch:
                object.insert(QStringLiteral("sign"), QStringLiteral("leading"));
                break;
            case RecordField::Sign::TrailingSeparate:
                object.insert(QStringLiteral("sign"), QStringLiteral("trailing-separate"));
                break;
            case RecordField::Sign::LeadingSeparate:
                object.insert(QStringLiteral("sign"), QStringLiteral("leading-separate"));
                break;
            }
            break;
        }
        }
        if (field.nullIfBlank)
            object.insert(QStringLiteral("nullIfBlank"), true);
        array.append(object);
    }
    QJsonObject root{{QStringLiteral("fields"), array}};
    if (recordLength != minimumLength())
        root.insert(QStringLiteral("recordLength"), recordLength);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace barge
