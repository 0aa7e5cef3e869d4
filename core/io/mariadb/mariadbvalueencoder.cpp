#include "io/mariadb/mariadbvalueencoder.h"

#include "schema/ddlbuilder.h"
#include "schema/geometrytext.h"
#include "schema/intervaltext.h"
#include "schema/jsontext.h"
#include "schema/tableschema.h"
#include "schema/temporaltext.h"
#include "schema/valueconverter.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <cstring>

namespace barge {

namespace {

enum class Form { Literal, Field };

// One byte, escaped for its form. A literal escapes what ends or corrupts a quoted string (and
// Ctrl-Z, which Windows clients read as end of file); a field what ends a field or a line.
inline char *putByte(char *p, unsigned char b, Form form)
{
    char escaped = 0;
    switch (b) {
    case '\\': escaped = '\\'; break;
    case '\n': escaped = 'n'; break;
    case '\r': escaped = 'r'; break;
    case 0: escaped = '0'; break;
    case '\'': escaped = form == Form::Literal ? '\'' : 0; break;
    case 0x1a: escaped = form == Form::Literal ? 'Z' : 0; break;
    case '\t': escaped = form == Form::Field ? 't' : 0; break;
    default: break;
    }
    if (escaped) {
        *p++ = '\\';
        *p++ = escaped;
    } else {
        *p++ = char(b);
    }
    return p;
}

// UTF-16 straight to escaped UTF-8 in one pass (a lone surrogate, which no UTF-8 text can hold,
// becomes U+FFFD).
void putText(QByteArray *out, QStringView text, Form form)
{
    const qsizetype start = out->size();
    out->resize(start + 3 * text.size() + 2);
    char *p = out->data() + start;
    const char16_t *s = text.utf16();
    const char16_t *end = s + text.size();
    if (form == Form::Literal)
        *p++ = '\'';
    while (s < end) {
        char32_t c = *s++;
        if (c < 0x80) {
            p = putByte(p, uchar(c), form);
            continue;
        }
        if (c < 0x800) {
            *p++ = char(0xc0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3f));
            continue;
        }
        if (QChar::isHighSurrogate(c) && s < end && QChar::isLowSurrogate(*s)) {
            c = QChar::surrogateToUcs4(char16_t(c), *s++);
            *p++ = char(0xf0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3f));
        } else {
            if (QChar::isSurrogate(c))
                c = 0xfffd;
            *p++ = char(0xe0 | (c >> 12));
        }
        *p++ = char(0x80 | ((c >> 6) & 0x3f));
        *p++ = char(0x80 | (c & 0x3f));
    }
    if (form == Form::Literal)
        *p++ = '\'';
    out->resize(p - out->constData());
}

void putBytes(QByteArray *out, const QByteArray &bytes, Form form)
{
    const qsizetype start = out->size();
    if (form == Form::Literal) {
        static const char hex[] = "0123456789ABCDEF";
        out->resize(start + 2 * bytes.size() + 3);
        char *p = out->data() + start;
        *p++ = 'X';
        *p++ = '\'';
        for (const char byte : bytes) {
            *p++ = hex[uchar(byte) >> 4];
            *p++ = hex[uchar(byte) & 0xf];
        }
        *p = '\'';
        return;
    }
    out->resize(start + 2 * bytes.size());
    char *p = out->data() + start;
    for (const char byte : bytes)
        p = putByte(p, uchar(byte), form);
    out->resize(p - out->constData());
}

template<typename Number>
void putNumber(QByteArray *out, Number value)
{
    char buffer[32];
    const char *end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    out->append(buffer, end - buffer);
}

bool putReal(QByteArray *out, double value, Form form, QString *why)
{
    if (!std::isfinite(value)) {
        *why = QCoreApplication::translate("barge::MariaDbValueEncoder",
                                           "%1 cannot be stored: MariaDB/MySQL DOUBLE holds only finite numbers")
                   .arg(ValueConverter::toText(value));
        return false;
    }
    char buffer[40];
    char *end = std::to_chars(buffer, buffer + sizeof buffer - 2, value).ptr; // shortest round trip
    // "0.1" alone is an exact DECIMAL literal in SQL; with an exponent it is read as a double.
    if (form == Form::Literal && !std::memchr(buffer, 'e', size_t(end - buffer))) {
        *end++ = 'e';
        *end++ = '0';
    }
    out->append(buffer, end - buffer);
    return true;
}

// A text value for a column that translates it (MariaDbValueEncoder::Column).
bool putTranslated(QByteArray *out, const QString &text, MariaDbValueEncoder::Column column, Form form, QString *why)
{
    using Column = MariaDbValueEncoder::Column;
    switch (column) {
    case Column::Zoned: {
        TemporalText::Parts parts;
        if (!TemporalText::parse(text, &parts) || !TemporalText::shiftToUtc(&parts)) {
            *why = QCoreApplication::translate("barge::MariaDbValueEncoder",
                                               "'%1' is not a datetime with a zone that fits 0001-9999 in UTC")
                .arg(text);
            return false;
        }
        putText(out, TemporalText::format(parts, TypeKind::DateTime), form);
        return true;
    }
    case Column::Time: {
        IntervalText::Parts parts;
        QString time;
        QString problem; // said only for a value that fails: this runs for every TIME value
        if (!IntervalText::parse(text, &parts) || !IntervalText::toTime(parts, true, &time, &problem)) {
            if (problem.isEmpty())
                problem = QCoreApplication::translate("barge::MariaDbValueEncoder", "is not an interval");
            *why = ValueConverter::quoted(text) + u' ' + problem;
            return false;
        }
        putText(out, time, form);
        return true;
    }
    case Column::Set: {
        QStringList members;
        QString problem;
        if (!JsonText::members(text, &members, &problem)) {
            *why = ValueConverter::quoted(text) + u' ' + problem;
            return false;
        }
        putText(out, members.join(u','), form);
        return true;
    }
    case Column::Bits: {
        QByteArray bytes((text.size() + 7) / 8, '\0');
        const qsizetype pad = bytes.size() * 8 - text.size();
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == u'1')
                bytes[(pad + i) / 8] = char(uchar(bytes.at((pad + i) / 8)) | (0x80 >> ((pad + i) % 8)));
        }
        putBytes(out, bytes, form);
        return true;
    }
    case Column::Geometry: {
        QByteArray stored;
        QString problem;
        if (!GeometryText::toMySql(text, &stored, &problem)) {
            *why = ValueConverter::quoted(text) + u' ' + problem;
            return false;
        }
        putBytes(out, stored, form);
        return true;
    }
    case Column::Plain:
        break;
    }
    putText(out, text, form);
    return true;
}

bool put(QByteArray *out, const QVariant &value, MariaDbValueEncoder::Column column, Form form, QString *why)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        out->append(form == Form::Literal ? "NULL" : "\\N");
        return true;
    case QMetaType::LongLong:
    case QMetaType::Int:
        putNumber(out, value.toLongLong());
        return true;
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        putNumber(out, value.toULongLong());
        return true;
    case QMetaType::Double:
        return putReal(out, value.toDouble(), form, why);
    case QMetaType::Bool:
        out->append(value.toBool() ? '1' : '0');
        return true;
    case QMetaType::QByteArray:
        putBytes(out, *static_cast<const QByteArray *>(value.constData()), form);
        return true;
    case QMetaType::QString:
        return putTranslated(out, *static_cast<const QString *>(value.constData()), column, form, why);
    default:
        if (value.isNull()) {
            out->append(form == Form::Literal ? "NULL" : "\\N");
            return true;
        }
        putText(out, ValueConverter::toText(value), form);
        return true;
    }
}

} // namespace

MariaDbValueEncoder::Column MariaDbValueEncoder::columnFor(const ColumnSchema &column)
{
    const QString declared = DdlBuilder::declaredType(Dialect::MySql, column).toLower();
    switch (column.type.kind) {
    case TypeKind::DateTimeTz: return Column::Zoned;
    case TypeKind::Interval: return declared.startsWith(QLatin1String("time")) ? Column::Time : Column::Plain;
    case TypeKind::Array: return declared.startsWith(QLatin1String("set")) ? Column::Set : Column::Plain;
    case TypeKind::Bits: return declared.startsWith(QLatin1String("bit")) ? Column::Bits : Column::Plain;
    case TypeKind::Geometry:
        return declared.contains(QLatin1String("text")) || declared.contains(QLatin1String("char")) ? Column::Plain
                                                                                                     : Column::Geometry;
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
    case TypeKind::Binary:
    case TypeKind::Json:
    case TypeKind::Uuid:
    case TypeKind::Enum: return Column::Plain;
    }
    return Column::Plain; // not reached: every kind is a case above
}

bool MariaDbValueEncoder::appendLiteral(QByteArray *out, const QVariant &value, Column column, QString *why)
{
    return put(out, value, column, Form::Literal, why);
}

bool MariaDbValueEncoder::appendField(QByteArray *out, const QVariant &value, Column column, QString *why)
{
    return put(out, value, column, Form::Field, why);
}

} // namespace barge
