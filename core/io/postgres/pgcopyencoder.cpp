#include "io/postgres/pgcopyencoder.h"

#include "schema/jsontext.h"

#include "schema/temporaltext.h"
#include "schema/valueconverter.h"

#include <QVarLengthArray>
#include <QtEndian>

#include <charconv>
#include <cmath>
#include <cstring>

namespace barge {

namespace {

// UTF-16 to UTF-8, with COPY text's escapes when asked. Needs room for 3 bytes per UTF-16 unit.
template<bool Escape>
char *writeUtf8(const QString &text, char *out)
{
    const char16_t *in = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *end = in + text.size();
    while (in < end) {
        const char16_t c = *in++;
        if (c < 0x80) {
            if (Escape && (c == u'\\' || c == u'\t' || c == u'\n' || c == u'\r')) {
                *out++ = '\\';
                *out++ = c == u'\\' ? '\\' : c == u'\t' ? 't' : c == u'\n' ? 'n' : 'r';
            } else {
                *out++ = char(c);
            }
        } else if (c < 0x800) {
            *out++ = char(0xC0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3F));
        } else if (c >= 0xD800 && c < 0xDC00 && in < end && *in >= 0xDC00 && *in < 0xE000) {
            const char32_t u = 0x10000 + ((char32_t(c) - 0xD800) << 10) + (char32_t(*in++) - 0xDC00);
            *out++ = char(0xF0 | (u >> 18));
            *out++ = char(0x80 | ((u >> 12) & 0x3F));
            *out++ = char(0x80 | ((u >> 6) & 0x3F));
            *out++ = char(0x80 | (u & 0x3F));
        } else {
            // A lone surrogate is no character at all: U+FFFD, as Qt's own UTF-8 encoder writes it.
            const char32_t u = (c >= 0xD800 && c < 0xE000) ? 0xFFFD : c;
            *out++ = char(0xE0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3F));
            *out++ = char(0x80 | (u & 0x3F));
        }
    }
    return out;
}

template<typename T>
char *put(char *out, T value)
{
    qToBigEndian(value, out);
    return out + sizeof(T);
}

// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = int(y - era * 400);
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

constexpr qint64 postgresEpochDays = 10957; // 2000-01-01, PostgreSQL's day zero, from 1970-01-01
constexpr qint64 microsPerDay = 86400LL * 1000000;

qint64 microsOfDay(const TemporalText::Parts &t)
{
    qint64 fraction = 0;
    for (int i = 0; i < 6; ++i)
        fraction = fraction * 10 + (i < t.fractionDigits ? t.fraction[i] - '0' : 0);
    return ((t.hour * 60LL + t.minute) * 60 + t.second) * 1000000 + fraction;
}

} // namespace

std::optional<PgCopyEncoder::Binary> PgCopyEncoder::binaryFor(const QString &typeName, const DataType &type)
{
    const auto is = [&](const char *name) { return typeName == QLatin1String(name); };
    switch (type.kind) {
    case TypeKind::Boolean:
        return is("bool") ? std::optional(Binary::Boolean) : std::nullopt;
    case TypeKind::Int16:
    case TypeKind::Int32:
    case TypeKind::Int64: {
        // A column at least as wide as the values: they are range-checked for their own width.
        const int width = type.kind == TypeKind::Int16 ? 2 : type.kind == TypeKind::Int32 ? 4 : 8;
        if (is("int8"))
            return Binary::Int8;
        if (is("int4") && width <= 4)
            return Binary::Int4;
        if (is("int2") && width <= 2)
            return Binary::Int2;
        return std::nullopt;
    }
    case TypeKind::Real: return is("float8") ? std::optional(Binary::Float8) : std::nullopt;
    case TypeKind::Decimal: return is("numeric") ? std::optional(Binary::Numeric) : std::nullopt;
    case TypeKind::Text:
        return is("text") || is("varchar") || is("bpchar") ? std::optional(Binary::Text) : std::nullopt;
    case TypeKind::Binary: return is("bytea") ? std::optional(Binary::Bytea) : std::nullopt;
    case TypeKind::Date: return is("date") ? std::optional(Binary::Date) : std::nullopt;
    case TypeKind::Time: return is("time") ? std::optional(Binary::Time) : std::nullopt;
    case TypeKind::DateTime: return is("timestamp") ? std::optional(Binary::Timestamp) : std::nullopt;
    case TypeKind::DateTimeTz: return is("timestamptz") ? std::optional(Binary::TimestampTz) : std::nullopt;
    case TypeKind::Json:
    case TypeKind::Uuid:
    case TypeKind::Interval:
    case TypeKind::Enum:
    case TypeKind::Array:
    case TypeKind::Bits:
    case TypeKind::Geometry: // extended WKT, which PostGIS reads exactly
        break; // their text is what the server parses
    }
    return std::nullopt;
}

char *PgCopyEncoder::reserve(qsizetype bytes)
{
    if (m_size + bytes > m_buffer.size())
        m_buffer.resize(std::max<qsizetype>(m_buffer.size() * 2, std::max<qsizetype>(m_size + bytes, 1 << 16)));
    return m_buffer.data() + m_size;
}

void PgCopyEncoder::begin()
{
    if (!isBinary())
        return;
    static const char header[] = "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0"; // signature, flags, extension
    char *out = reserve(19);
    std::memcpy(out, header, 19);
    commit(out + 19);
}

void PgCopyEncoder::end()
{
    if (isBinary())
        commit(put<qint16>(reserve(2), -1));
}

bool PgCopyEncoder::appendRow(const Row &row)
{
    if (isBinary()) {
        const qsizetype start = m_size;
        commit(put<qint16>(reserve(2), qint16(row.size())));
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QVariant &value = row.at(i);
            if (value.typeId() == QMetaType::UnknownType || value.isNull()) {
                commit(put<qint32>(reserve(4), -1));
            } else if (i >= m_binary.size() || !appendBinaryValue(m_binary.at(i), value)) {
                m_size = start;
                return false;
            }
        }
        return true;
    }
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0) {
            *reserve(1) = '\t';
            ++m_size;
        }
        const QVariant &value = row.at(i);
        QString literal;
        if (m_arrays.value(i) && value.typeId() == QMetaType::QString
            && JsonText::toPgArray(*static_cast<const QString *>(value.constData()), &literal))
            appendEscaped(literal);
        else
            appendTextValue(value);
    }
    *reserve(1) = '\n';
    ++m_size;
    return true;
}

// ---- text -----------------------------------------------------------------------------------------

void PgCopyEncoder::appendTextValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType: {
        char *out = reserve(2);
        out[0] = '\\';
        out[1] = 'N';
        commit(out + 2);
        return;
    }
    case QMetaType::QString:
        appendEscaped(*static_cast<const QString *>(value.constData()));
        return;
    case QMetaType::LongLong: {
        char *out = reserve(24);
        commit(std::to_chars(out, out + 24, *static_cast<const qlonglong *>(value.constData())).ptr);
        return;
    }
    case QMetaType::Int:
    case QMetaType::UInt: {
        char *out = reserve(24);
        commit(std::to_chars(out, out + 24, value.toLongLong()).ptr);
        return;
    }
    case QMetaType::Double:
        appendDouble(*static_cast<const double *>(value.constData()));
        return;
    case QMetaType::Bool:
        *reserve(1) = *static_cast<const bool *>(value.constData()) ? 't' : 'f';
        ++m_size;
        return;
    case QMetaType::QByteArray:
        appendBytesHex(*static_cast<const QByteArray *>(value.constData()));
        return;
    default:
        if (value.isNull()) // a typed null, QVariant(QMetaType::fromType<QString>())
            appendTextValue(QVariant());
        else
            appendEscaped(ValueConverter::toText(value)); // QDate and friends: rare, may allocate
        return;
    }
}

void PgCopyEncoder::appendEscaped(const QString &text)
{
    commit(writeUtf8<true>(text, reserve(3 * text.size())));
}

void PgCopyEncoder::appendBytesHex(const QByteArray &bytes)
{
    // bytea's hex form \x0aff, its backslash doubled for COPY.
    static const char hex[] = "0123456789abcdef";
    char *out = reserve(3 + 2 * bytes.size());
    *out++ = '\\';
    *out++ = '\\';
    *out++ = 'x';
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        *out++ = hex[b >> 4];
        *out++ = hex[b & 0x0F];
    }
    commit(out);
}

void PgCopyEncoder::appendDouble(double value)
{
    const char *special = std::isnan(value) ? "NaN" : !std::isinf(value) ? nullptr : value > 0 ? "Infinity" : "-Infinity";
    char *out = reserve(32);
    if (special) {
        const size_t length = std::strlen(special);
        std::memcpy(out, special, length);
        commit(out + length);
        return;
    }
    // The shortest text that reads back as the same double (float8in reads it exactly); -0 stays -0.
    commit(std::to_chars(out, out + 32, value).ptr);
}

// ---- binary ---------------------------------------------------------------------------------------

bool PgCopyEncoder::appendBinaryValue(Binary column, const QVariant &value)
{
    const int id = value.typeId();
    switch (column) {
    case Binary::Boolean:
        if (id != QMetaType::Bool)
            return false;
        commit(put<quint8>(put<qint32>(reserve(5), 1), *static_cast<const bool *>(value.constData()) ? 1 : 0));
        return true;
    case Binary::Int2:
    case Binary::Int4:
    case Binary::Int8: {
        if (id != QMetaType::LongLong && id != QMetaType::Int)
            return false;
        const qlonglong n = value.toLongLong();
        char *out = reserve(12);
        if (column == Binary::Int8)
            out = put<qint64>(put<qint32>(out, 8), n);
        else if (column == Binary::Int4 && n == qint32(n))
            out = put<qint32>(put<qint32>(out, 4), qint32(n));
        else if (column == Binary::Int2 && n == qint16(n))
            out = put<qint16>(put<qint32>(out, 2), qint16(n));
        else
            return false;
        commit(out);
        return true;
    }
    case Binary::Float8: {
        if (id != QMetaType::Double)
            return false;
        quint64 bits;
        std::memcpy(&bits, value.constData(), sizeof bits);
        commit(put<quint64>(put<qint32>(reserve(12), 8), bits));
        return true;
    }
    case Binary::Bytea: {
        if (id != QMetaType::QByteArray)
            return false;
        const QByteArray &bytes = *static_cast<const QByteArray *>(value.constData());
        char *out = put<qint32>(reserve(4 + bytes.size()), qint32(bytes.size()));
        std::memcpy(out, bytes.constData(), size_t(bytes.size()));
        commit(out + bytes.size());
        return true;
    }
    default:
        break;
    }
    if (id != QMetaType::QString)
        return false;
    const QString &text = *static_cast<const QString *>(value.constData());
    if (column == Binary::Text) {
        char *start = reserve(4 + 3 * text.size());
        char *end = writeUtf8<false>(text, start + 4);
        put<qint32>(start, qint32(end - start - 4));
        commit(end);
        return true;
    }
    return column == Binary::Numeric ? appendNumeric(text) : appendTemporal(column, text);
}

bool PgCopyEncoder::appendNumeric(const QString &text)
{
    // Canonical decimal text ("-12.50") into numeric's wire form: base-10000 digit groups aligned
    // on the decimal point, the weight of the first group, the sign and the display scale.
    qsizetype i = 0;
    const bool negative = text.startsWith(QLatin1Char('-'));
    if (negative)
        ++i;
    const qsizetype dot = text.indexOf(QLatin1Char('.'), i);
    const qsizetype intEnd = dot < 0 ? text.size() : dot;
    const qsizetype intLength = intEnd - i;
    const qsizetype fracLength = dot < 0 ? 0 : text.size() - dot - 1;
    if (intLength <= 0 || (dot >= 0 && fracLength == 0) || fracLength > 0x3FFF)
        return false;
    const qsizetype intGroups = (intLength + 3) / 4;
    const qsizetype fracGroups = (fracLength + 3) / 4;
    QVarLengthArray<quint16, 32> groups(intGroups + fracGroups, 0);
    const auto digit = [&](qsizetype at, int *value) {
        const char16_t c = text.at(at).unicode();
        if (c < u'0' || c > u'9')
            return false;
        *value = c - u'0';
        return true;
    };
    int d = 0;
    for (qsizetype k = 0; k < intLength; ++k) {
        if (!digit(i + k, &d))
            return false;
        const qsizetype fromRight = intLength - 1 - k; // position from the decimal point
        const qsizetype group = intGroups - 1 - fromRight / 4;
        static const int scale[] = {1, 10, 100, 1000};
        groups[group] += quint16(d * scale[fromRight % 4]);
    }
    for (qsizetype k = 0; k < fracLength; ++k) {
        if (!digit(dot + 1 + k, &d))
            return false;
        static const int scale[] = {1000, 100, 10, 1};
        groups[intGroups + k / 4] += quint16(d * scale[k % 4]);
    }
    qsizetype first = 0;
    qsizetype last = groups.size();
    while (first < last && groups[first] == 0)
        ++first;
    while (last > first && groups[last - 1] == 0)
        --last;
    const qsizetype count = last - first;
    const qint16 weight = count == 0 ? 0 : qint16(intGroups - 1 - first);
    const quint16 sign = negative && count > 0 ? 0x4000 : 0x0000;
    char *out = put<qint32>(reserve(12 + 2 * count), qint32(8 + 2 * count));
    out = put<qint16>(out, qint16(count));
    out = put<qint16>(out, weight);
    out = put<quint16>(out, sign);
    out = put<qint16>(out, qint16(fracLength));
    for (qsizetype k = first; k < last; ++k)
        out = put<quint16>(out, groups[k]);
    commit(out);
    return true;
}

bool PgCopyEncoder::appendTemporal(Binary column, const QString &text)
{
    // Dates count days and the others microseconds, both from 2000-01-01 00:00 (UTC for timestamptz).
    TemporalText::Parts t;
    if (!TemporalText::parse(text, &t))
        return false;
    const bool wantsDate = column != Binary::Time;
    const bool wantsTime = column != Binary::Date;
    if (t.hasDate != wantsDate || (wantsTime && !t.hasTime) || (column == Binary::TimestampTz) != t.hasOffset)
        return false;
    const qint64 days = wantsDate ? daysFromCivil(t.year, t.month, t.day) - postgresEpochDays : 0;
    char *out = reserve(12);
    if (column == Binary::Date) {
        if (t.hasTime && !t.isMidnight())
            return false;
        commit(put<qint32>(put<qint32>(out, 4), qint32(days)));
        return true;
    }
    qint64 micros = days * microsPerDay + microsOfDay(t);
    if (column == Binary::TimestampTz)
        micros -= qint64(t.offsetMinutes) * 60 * 1000000;
    commit(put<qint64>(put<qint32>(out, 8), micros));
    return true;
}

} // namespace barge
