#include "io/tabledigest.h"

#include "schema/temporaltext.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <array>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <zlib.h>

namespace barge {

bool DigestSpec::integerKey() const
{
    return key.size() == 1 && types.at(key.first()).isInteger();
}

namespace {

// CRC-32C (Castagnoli), as MariaDB's CRC32C() computes it. zlib has only CRC-32; a table of 256
// entries is all it takes, so it is written here rather than pulling in a library for it.
std::array<quint32, 256> crc32cTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? (c >> 1) ^ 0x82F63B78u : c >> 1;
        table[i] = c;
    }
    return table;
}

quint32 crc32c(const QByteArray &bytes)
{
    static const std::array<quint32, 256> table = crc32cTable();
    quint32 c = 0xFFFFFFFFu;
    for (const char byte : bytes)
        c = table[(c ^ uchar(byte)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

} // namespace

namespace Digest {

QByteArray canonical(const QVariant &value, const DataType &type)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QByteArray::number(value.toLongLong());
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QByteArray::number(value.toULongLong());
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
    case QMetaType::Double:
        return canonicalReal(value.toDouble());
    case QMetaType::QByteArray:
        return value.toByteArray().toHex();
    default:
        return canonicalText(value.toString(), type);
    }
}

QByteArray canonicalReal(double number)
{
    if (number == 0.0)
        number = 0.0; // -0 and 0 are one value
    char buffer[40];
    const char *end = std::to_chars(buffer, buffer + sizeof buffer, number).ptr;
    return QByteArray(buffer, int(end - buffer));
}

QByteArray canonicalText(QString text, const DataType &type)
{
    if (type.isTemporal()) {
        TemporalText::Parts parts;
        if (TemporalText::parse(text, &parts)) {
            while (parts.fractionDigits > 0 && parts.fraction[parts.fractionDigits - 1] == '0')
                --parts.fractionDigits;
            if (type.kind != TypeKind::DateTimeTz)
                return TemporalText::format(parts, type.kind).toUtf8();
            if (TemporalText::shiftToUtc(&parts))
                return TemporalText::format(parts, TypeKind::DateTime).toUtf8();
        }
    } else if (type.kind == TypeKind::Decimal && text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        if (text == QLatin1String("-0"))
            text = QStringLiteral("0");
    } else if (type.kind == TypeKind::Boolean) {
        const QString lower = text.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("t"))
            return QByteArrayLiteral("1");
        if (lower == QLatin1String("false") || lower == QLatin1String("f"))
            return QByteArrayLiteral("0");
    }
    return text.toUtf8();
}

// Bob Jenkins' lookup3 (public domain) as PostgreSQL's src/common/hashfn.c computes it on a
// little-endian machine, which is what its hash functions return. No library exposes PostgreSQL's
// variant, and the functions are short.
namespace {

inline quint32 rotl(quint32 x, int k)
{
    return (x << k) | (x >> (32 - k));
}

inline void mix(quint32 &a, quint32 &b, quint32 &c)
{
    a -= c; a ^= rotl(c, 4); c += b;
    b -= a; b ^= rotl(a, 6); a += c;
    c -= b; c ^= rotl(b, 8); b += a;
    a -= c; a ^= rotl(c, 16); c += b;
    b -= a; b ^= rotl(a, 19); a += c;
    c -= b; c ^= rotl(b, 4); b += a;
}

inline void finalMix(quint32 &a, quint32 &b, quint32 &c)
{
    c ^= b; c -= rotl(b, 14);
    a ^= c; a -= rotl(c, 11);
    b ^= a; b -= rotl(a, 25);
    c ^= b; c -= rotl(b, 16);
    a ^= c; a -= rotl(c, 4);
    b ^= a; b -= rotl(a, 14);
    c ^= b; c -= rotl(b, 24);
}

inline quint32 word(const uchar *k)
{
    return quint32(k[0]) | (quint32(k[1]) << 8) | (quint32(k[2]) << 16) | (quint32(k[3]) << 24);
}

inline void seedWith(quint64 seed, quint32 &a, quint32 &b, quint32 &c)
{
    if (seed != 0) {
        a += quint32(seed >> 32);
        b += quint32(seed);
        mix(a, b, c);
    }
}

quint64 pgHashUint32(quint32 k, quint64 seed)
{
    quint32 a = 0x9e3779b9u + quint32(sizeof(quint32)) + 3923095u;
    quint32 b = a;
    quint32 c = a;
    seedWith(seed, a, b, c);
    a += k;
    finalMix(a, b, c);
    return (quint64(b) << 32) | c;
}

quint64 pgHashFloat8(double value, quint64 seed)
{
    if (value == 0.0)
        return seed; // 0 and -0 alike, as PostgreSQL does
    if (std::isnan(value))
        value = std::numeric_limits<double>::quiet_NaN();
    return pgHashBytes(reinterpret_cast<const char *>(&value), sizeof value, seed);
}

// Microseconds since 2000-01-01 00:00 of a canonical "YYYY-MM-DD HH:MM:SS[.ffffff]": a PostgreSQL
// timestamp's own value.
bool timestampMicros(const char *text, qsizetype length, qint64 *micros)
{
    if (length < 19 || length > 26 || text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':'
        || text[16] != ':')
        return false;
    if (length > 19 && text[length - 1] == '0')
        return false; // not canonical: a fraction ends without zeros
    const auto number = [&](int from, int size, int *out) {
        return std::from_chars(text + from, text + from + size, *out).ptr == text + from + size;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!number(0, 4, &year) || !number(5, 2, &month) || !number(8, 2, &day) || !number(11, 2, &hour)
        || !number(14, 2, &minute) || !number(17, 2, &second))
        return false;
    qint64 fraction = 0;
    if (length > 19) {
        if (text[19] != '.')
            return false;
        int digits = int(length) - 20;
        int value = 0;
        if (!number(20, digits, &value))
            return false;
        fraction = value;
        for (; digits < 6; ++digits)
            fraction *= 10;
    }
    // Days from 2000-01-01 by the civil-from-days inverse (proleptic Gregorian).
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const qint64 days = qint64(era) * 146097 + doe - 719468 - 10957; // 1970-01-01, then 2000-01-01
    *micros = ((days * 24 + hour) * 60 + minute) * 60000000LL + qint64(second) * 1000000 + fraction;
    return true;
}

} // namespace

quint64 pgHashBytes(const char *data, qsizetype size, quint64 seed)
{
    const auto *k = reinterpret_cast<const uchar *>(data);
    quint32 len = quint32(size);
    quint32 a = 0x9e3779b9u + len + 3923095u;
    quint32 b = a;
    quint32 c = a;
    seedWith(seed, a, b, c);
    while (len >= 12) {
        a += word(k);
        b += word(k + 4);
        c += word(k + 8);
        mix(a, b, c);
        k += 12;
        len -= 12;
    }
    switch (len) { // the last bytes; c's lowest byte is left to the length, as lookup3 does
    case 11: c += quint32(k[10]) << 24; [[fallthrough]];
    case 10: c += quint32(k[9]) << 16; [[fallthrough]];
    case 9: c += quint32(k[8]) << 8; [[fallthrough]];
    case 8: b += quint32(k[7]) << 24; [[fallthrough]];
    case 7: b += quint32(k[6]) << 16; [[fallthrough]];
    case 6: b += quint32(k[5]) << 8; [[fallthrough]];
    case 5: b += k[4]; [[fallthrough]];
    case 4: a += quint32(k[3]) << 24; [[fallthrough]];
    case 3: a += quint32(k[2]) << 16; [[fallthrough]];
    case 2: a += quint32(k[1]) << 8; [[fallthrough]];
    case 1: a += k[0]; break;
    default: break;
    }
    finalMix(a, b, c);
    return (quint64(b) << 32) | c;
}

quint64 pgHashInt8(qint64 value, quint64 seed)
{
    quint32 low = quint32(value);
    const quint32 high = quint32(quint64(value) >> 32);
    low ^= value >= 0 ? high : ~high;
    return pgHashUint32(low, seed);
}

std::pair<qint64, qint64> groupRange(qint64 group, qint64 width)
{
    const __int128 base = __int128(group) * width;
    const __int128 low = group > 0 ? base : base - (width - 1);
    const __int128 high = group < 0 ? base : base + (width - 1);
    const auto clamp = [](__int128 v) {
        return qint64(std::clamp<__int128>(v, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()));
    };
    return {clamp(low), clamp(high)};
}

QStringList splitKey(const QByteArray &key, int columns)
{
    if (columns <= 1)
        return {QString::fromUtf8(key)};
    QStringList texts;
    for (const QByteArray &part : key.split(separator))
        texts << QString::fromUtf8(part);
    return texts;
}

qint64 keyGroup(const QByteArray &keyText, qint64 groups)
{
    const QByteArray md5 = QCryptographicHash::hash(keyText, QCryptographicHash::Md5);
    return qint64(qFromBigEndian<quint32>(md5.constData()) % quint64(groups));
}

} // namespace Digest

RowHasher::RowHasher(DigestHash hash, const QList<DataType> &types) : m_hash(hash), m_types(types)
{
}

void RowHasher::start()
{
    m_text.resize(0);
    m_xor = 0;
}

void RowHasher::addNull(int column)
{
    if (m_hash == DigestHash::Pg) {
        m_xor ^= Digest::pgNull(column);
        return;
    }
    if (column > 0)
        m_text.append(Digest::separator);
    m_text.append(Digest::nullMark);
}

void RowHasher::addText(int column, const char *begin, qsizetype size)
{
    if (m_hash != DigestHash::Pg) {
        if (column > 0)
            m_text.append(Digest::separator);
        m_text.append(begin, size);
        return;
    }
    // The value as PostgreSQL's hash function for its type sees it; text where it is not one of these.
    const quint64 seed = Digest::pgSeed(column);
    const DataType &type = m_types.at(column);
    const char *end = begin + size;
    if (size > 0 && (type.isInteger() || type.kind == TypeKind::Boolean)) {
        qint64 value = 0;
        if (std::from_chars(begin, end, value).ptr == end) {
            m_xor ^= Digest::pgHashInt8(value, seed);
            return;
        }
    } else if (size > 0 && type.kind == TypeKind::Real) {
        double value = 0;
        if (std::from_chars(begin, end, value).ptr == end) {
            m_xor ^= Digest::pgHashFloat8(value, seed);
            return;
        }
    } else if (type.kind == TypeKind::DateTime || type.kind == TypeKind::DateTimeTz) {
        qint64 micros = 0;
        if (Digest::timestampMicros(begin, size, &micros)) {
            m_xor ^= Digest::pgHashInt8(micros, seed);
            return;
        }
    }
    m_xor ^= Digest::pgHashBytes(begin, size, seed);
}

void RowHasher::addInteger(int column, qint64 value)
{
    const DataType &type = m_types.at(column);
    if (m_hash == DigestHash::Pg && (type.isInteger() || type.kind == TypeKind::Boolean)) {
        m_xor ^= Digest::pgHashInt8(value, Digest::pgSeed(column));
        return;
    }
    if (type.kind == TypeKind::Real) {
        addReal(column, double(value));
        return;
    }
    char buffer[24];
    const char *end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    addText(column, buffer, end - buffer);
}

void RowHasher::addReal(int column, double value)
{
    const DataType &type = m_types.at(column);
    if (m_hash == DigestHash::Pg && type.kind == TypeKind::Real) {
        m_xor ^= Digest::pgHashFloat8(value, Digest::pgSeed(column));
        return;
    }
    if (type.isInteger() && std::trunc(value) == value && std::fabs(value) < 9.0e18) {
        addInteger(column, qint64(value));
        return;
    }
    add(column, Digest::canonicalReal(value));
}

void RowHasher::finish(quint64 *a, quint64 *b)
{
    *b = 0;
    switch (m_hash) {
    case DigestHash::Pg:
        *a = m_xor;
        return;
    case DigestHash::Crc:
        *a = ::crc32(0L, reinterpret_cast<const Bytef *>(m_text.constData()), uInt(m_text.size()));
        *b = crc32c(m_text);
        return;
    case DigestHash::Md5: {
        const QByteArray md5 = QCryptographicHash::hash(m_text, QCryptographicHash::Md5);
        *a = qFromBigEndian<quint64>(md5.constData()) >> 4; // the first 15 hex digits
        return;
    }
    }
}

} // namespace barge
