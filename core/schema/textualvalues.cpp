#include "schema/textualvalues.h"

#include "schema/geometrytext.h"
#include "schema/intervaltext.h"
#include "schema/jsontext.h"
#include "schema/valueconverter.h"

#include <QCoreApplication>

#include <cmath>

namespace barge {

namespace {

bool fail(QString *why, const QString &value, const QString &problem)
{
    if (why)
        *why = ValueConverter::quoted(value) + u' ' + problem;
    return false;
}

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool toJson(const QVariant &in, QVariant *out, QString *why)
{
    const int typeId = in.typeId();
    if (typeId == QMetaType::QByteArray)
        return fail(why, ValueConverter::toText(in), QCoreApplication::translate("barge::TextualValues",
                                                                                 "is binary, not JSON"));
    if ((typeId == QMetaType::Double || typeId == QMetaType::Float) && !std::isfinite(in.toDouble()))
        return fail(why, ValueConverter::toText(in), QCoreApplication::translate("barge::TextualValues",
                                                                                 "has no JSON form"));
    const QString text = ValueConverter::toText(in);
    if (typeId != QMetaType::QString) { // numbers and booleans are JSON as their text
        *out = QVariant(text);
        return true;
    }
    if (!JsonText::isValid(text))
        return fail(why, text, QCoreApplication::translate("barge::TextualValues", "is not valid JSON"));
    *out = in;
    return true;
}

bool toUuid(const QVariant &in, QVariant *out, QString *why)
{
    if (in.typeId() == QMetaType::QByteArray && in.toByteArray().size() == 16) {
        const QString hex = QString::fromLatin1(in.toByteArray().toHex());
        *out = QVariant(hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-'
                        + hex.mid(20));
        return true;
    }
    const QString text = ValueConverter::toText(in);
    QStringView s(text);
    if (s.startsWith(u'{') && s.endsWith(u'}'))
        s = s.mid(1, s.size() - 2);
    QString hex;
    hex.reserve(32);
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u'-' && (i == 8 || i == 13 || i == 18 || i == 23) && s.size() == 36)
            continue;
        if (!isHex(c))
            return fail(why, text, QCoreApplication::translate("barge::TextualValues", "is not a UUID"));
        hex += c.toLower();
    }
    if (hex.size() != 32)
        return fail(why, text, QCoreApplication::translate("barge::TextualValues", "is not a UUID"));
    *out = QVariant(hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-'
                    + hex.mid(20));
    return true;
}

bool toInterval(const QVariant &in, QVariant *out, QString *why)
{
    const QString text = ValueConverter::toText(in).trimmed();
    IntervalText::Parts parts;
    if (!IntervalText::parse(text, &parts))
        return fail(why, text, QCoreApplication::translate("barge::TextualValues",
                                                           "is not an interval (expected H:MM:SS or '1 day 02:00:00')"));
    *out = QVariant(text);
    return true;
}

bool toEnum(const QVariant &in, const DataType &type, QVariant *out, QString *why)
{
    const QString text = ValueConverter::toText(in);
    if (!type.labels.isEmpty() && !type.labels.contains(text))
        return fail(why, text, QCoreApplication::translate("barge::TextualValues",
                                                           "is not one of %1").arg(type.toString()));
    *out = QVariant(text);
    return true;
}

bool toArray(const QVariant &in, const DataType &type, QVariant *out, QString *why)
{
    const QString text = ValueConverter::toText(in);
    const bool isJson = text.trimmed().startsWith(u'[');
    if (!type.isSet()) {
        if (!isJson || !JsonText::isArray(text))
            return fail(why, text, QCoreApplication::translate("barge::TextualValues", "is not a JSON array"));
        *out = QVariant(text);
        return true;
    }
    // A set: a JSON array of strings, or MySQL's "a,b".
    QStringList members;
    QString problem;
    if (isJson) {
        if (!JsonText::members(text, &members, &problem))
            return fail(why, text, problem);
    } else if (!text.isEmpty()) {
        members = text.split(u',');
    }
    for (const QString &member : std::as_const(members)) {
        if (!type.labels.contains(member))
            return fail(why, text, QCoreApplication::translate("barge::TextualValues",
                                                               "has %1, which is not one of %2")
                .arg(ValueConverter::quoted(member), type.toString()));
    }
    if (members.removeDuplicates() > 0)
        return fail(why, text, QCoreApplication::translate("barge::TextualValues", "names a member twice"));
    *out = QVariant(JsonText::fromSetText(members.join(u',')));
    return true;
}

bool toBits(const QVariant &in, const DataType &type, QVariant *out, QString *why)
{
    QString bits;
    const int typeId = in.typeId();
    if (typeId == QMetaType::QByteArray) { // MySQL's BIT(n) arrives as big-endian bytes
        for (const char byte : in.toByteArray()) {
            for (int b = 7; b >= 0; --b)
                bits += (uchar(byte) >> b & 1) ? u'1' : u'0';
        }
    } else if (typeId == QMetaType::Bool) {
        bits = in.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    } else if (typeId == QMetaType::LongLong || typeId == QMetaType::Int || typeId == QMetaType::ULongLong) {
        if (in.toLongLong() < 0)
            return fail(why, ValueConverter::toText(in), QCoreApplication::translate("barge::TextualValues",
                                                                                     "is negative, not a bit string"));
        bits = QString::number(in.toULongLong(), 2);
    } else {
        bits = ValueConverter::toText(in);
        for (const QChar c : std::as_const(bits)) {
            if (c != u'0' && c != u'1')
                return fail(why, bits, QCoreApplication::translate("barge::TextualValues",
                                                                   "is not a bit string (only 0 and 1)"));
        }
    }
    const QString original = bits;
    if (type.length > 0 && bits.size() > type.length && typeId == QMetaType::QByteArray) {
        const qsizetype extra = bits.size() - type.length; // padding of the bytes' first one
        if (bits.left(extra).contains(u'1'))
            return fail(why, original, QCoreApplication::translate("barge::TextualValues",
                                                                   "has more than %1 bits").arg(type.length));
        bits = bits.mid(extra);
    }
    if (type.length > 0 && bits.size() > type.length)
        return fail(why, original, QCoreApplication::translate("barge::TextualValues",
                                                               "has more than %1 bits").arg(type.length));
    if (type.length > 0 && !type.isVaryingBits() && bits.size() < type.length)
        bits = QString(type.length - bits.size(), u'0') + bits; // as a number, like MariaDB's BIT
    *out = QVariant(bits);
    return true;
}

// MariaDB's stored form (or plain WKB) as bytes; PostGIS's hex EWKB or (E)WKT as text.
bool toGeometry(const QVariant &in, QVariant *out, QString *why)
{
    QString ewkt;
    QString problem;
    if (in.typeId() == QMetaType::QByteArray) {
        const QByteArray bytes = in.toByteArray();
        if (!GeometryText::fromMySql(bytes, &ewkt, &problem)) {
            QString plain;
            if (!GeometryText::fromWkb(bytes, 0, &ewkt, &plain))
                return fail(why, ValueConverter::toText(in), QCoreApplication::translate("barge::TextualValues",
                                                                                         "is not a geometry: it %1")
                    .arg(problem));
        }
        *out = QVariant(ewkt);
        return true;
    }
    const QString text = ValueConverter::toText(in);
    if (!GeometryText::canonical(text, &ewkt, &problem))
        return fail(why, text, QCoreApplication::translate("barge::TextualValues",
                                                           "is not a geometry: it %1").arg(problem));
    *out = QVariant(ewkt);
    return true;
}

} // namespace

bool TextualValues::convert(const QVariant &in, const DataType &type, QVariant *out, QString *why)
{
    switch (type.kind) {
    case TypeKind::Json: return toJson(in, out, why);
    case TypeKind::Uuid: return toUuid(in, out, why);
    case TypeKind::Interval: return toInterval(in, out, why);
    case TypeKind::Enum: return toEnum(in, type, out, why);
    case TypeKind::Array: return toArray(in, type, out, why);
    case TypeKind::Bits: return toBits(in, type, out, why);
    case TypeKind::Geometry: return toGeometry(in, out, why);
    case TypeKind::Boolean:
    case TypeKind::Int16:
    case TypeKind::Int32:
    case TypeKind::Int64:
    case TypeKind::Decimal:
    case TypeKind::Real:
    case TypeKind::Text:
    case TypeKind::Date:
    case TypeKind::Time:
    case TypeKind::DateTime:
    case TypeKind::DateTimeTz:
    case TypeKind::Binary:
        break; // ValueConverter's own kinds
    }
    if (why)
        *why = QCoreApplication::translate("barge::TextualValues", "%1 is not a textual kind").arg(type.toString());
    return false;
}

} // namespace barge
