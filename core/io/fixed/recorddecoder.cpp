#include "io/fixed/recorddecoder.h"

#include "base/plural.h"
#include <QStringDecoder>

#include <limits>

namespace barge {

namespace {

QString hexByte(uchar byte)
{
    return QStringLiteral("0x%1").arg(byte, 2, 16, QLatin1Char('0')).toUpper().replace(QLatin1String("0X"), QLatin1String("0x"));
}

// Overpunched last (or first) digits as ASCII systems write them: {, A-I for +0..+9; }, J-R for
// -0..-9 (IBM's convention, which EBCDIC's zones decode to), and p-y for -0..-9 (Micro Focus).
// -1: not an overpunch.
int overpunch(char16_t c, bool *negative)
{
    *negative = false;
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c == u'{')
        return 0;
    if (c >= u'A' && c <= u'I')
        return c - u'A' + 1;
    *negative = true;
    if (c == u'}')
        return 0;
    if (c >= u'J' && c <= u'R')
        return c - u'J' + 1;
    if (c >= u'p' && c <= u'y')
        return c - u'p';
    return -1;
}

} // namespace

RecordDecoder::RecordDecoder(const RecordLayout &layout, std::optional<CodePage> page)
    : m_layout(layout), m_page(std::move(page)), m_ebcdic(m_page && !m_page->asciiCompatible())
{
}

char16_t RecordDecoder::character(uchar byte) const
{
    if (m_page)
        return m_page->isMapped(byte) ? m_page->toUnicode(byte) : char16_t(0xFFFD);
    return byte < 0x80 ? char16_t(byte) : char16_t(0xFFFD);
}

// A whole number of up to 18 digits travels as qlonglong (what an int64 column holds); the rest as
// canonical decimal text.
QVariant RecordDecoder::number(bool negative, QByteArrayView digits, int scale)
{
    if (scale == 0 && digits.size() <= 18) {
        qlonglong value = 0;
        for (const char digit : digits)
            value = value * 10 + (digit - '0');
        return negative ? -value : value;
    }
    return canonical(negative, digits, scale);
}

QString RecordDecoder::canonical(bool negative, QByteArrayView digits, int scale)
{
    qsizetype first = 0;
    while (first < digits.size() - 1 && digits[first] == '0')
        ++first;
    QString whole = QString::fromLatin1(digits.sliced(first));
    bool zero = true;
    for (const QChar c : whole)
        zero = zero && c == u'0';
    if (scale < 0) {
        if (!zero)
            whole += QString(-scale, u'0');
    } else if (scale > 0) {
        if (whole.size() <= scale)
            whole = QString(scale + 1 - whole.size(), u'0') + whole;
        whole.insert(whole.size() - scale, u'.');
    }
    return negative && !zero ? u'-' + whole : whole;
}

bool RecordDecoder::blank(QByteArrayView bytes) const
{
    for (const char byte : bytes) {
        const char16_t c = character(uchar(byte));
        if (c != u' ' && byte != 0)
            return false;
    }
    return true;
}

void RecordDecoder::setAligned(const QList<bool> &bothSides)
{
    m_aligned = bothSides;
}

bool RecordDecoder::decode(QByteArrayView record, Row *row, QString *why) const
{
    row->resize(m_layout.fields.size());
    for (qsizetype i = 0; i < m_layout.fields.size(); ++i) {
        const RecordField &field = m_layout.fields.at(i);
        if (field.offset + field.length > record.size()) {
            *why = pluralText(tr("the record is %1 byte(s); field %2 needs bytes %3 to %4", nullptr,
                                 pluralCount(record.size())),
                              record.size())
                       .arg(record.size()).arg(field.name).arg(field.offset + 1).arg(field.offset + field.length);
            return false;
        }
        const QByteArrayView bytes = record.sliced(field.offset, field.length);
        QVariant &value = (*row)[i];
        value = QVariant();
        if (field.nullIfBlank && blank(bytes))
            continue;
        QString problem;
        bool ok = false;
        switch (field.encoding) {
        case RecordField::Encoding::Text:
            if (m_aligned.value(i)) {
                QString text;
                ok = textInto(field, bytes, true, &text, &problem);
                if (ok && !text.isEmpty())
                    value = text; // a blank aligned field is NULL
            } else {
                ok = text(field, bytes, &value, &problem);
            }
            break;
        case RecordField::Encoding::Zoned:
            ok = zoned(field, bytes, &value, &problem);
            break;
        case RecordField::Encoding::Packed:
            ok = packed(field, bytes, &value, &problem);
            break;
        case RecordField::Encoding::Binary:
            ok = binary(field, bytes, &value, &problem);
            break;
        }
        if (!ok) {
            *why = tr("field %1 (bytes %2 to %3): %4")
                       .arg(field.name).arg(field.offset + 1).arg(field.offset + field.length).arg(problem);
            return false;
        }
    }
    return true;
}

bool RecordDecoder::text(const RecordField &field, QByteArrayView bytes, QVariant *value, QString *why) const
{
    QString out;
    if (!textInto(field, bytes, false, &out, why))
        return false;
    *value = out;
    return true;
}

// The field's characters into *out (its buffer reused), without trailing blanks when the field trims,
// and without leading ones too when `bothSides` (a right-aligned number).
bool RecordDecoder::textInto(const RecordField &field, QByteArrayView bytes, bool bothSides, QString *out,
                             QString *why) const
{
    // Blanks are cut on the bytes, before decoding: a space is one byte in every page read here.
    const char space = m_page ? char(m_page->fromUnicode(u' ')) : ' ';
    qsizetype begin = 0, end = bytes.size();
    if (field.trim || bothSides) {
        while (end > 0 && (bytes[end - 1] == space || bytes[end - 1] == 0))
            --end;
    }
    if (bothSides) {
        while (begin < end && bytes[begin] == space)
            ++begin;
    }
    bytes = bytes.sliced(begin, end - begin);
    if (m_page) {
        out->resize(bytes.size());
        QChar *chars = out->data();
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const uchar byte = uchar(bytes[i]);
            if (!m_page->isMapped(byte)) {
                *why = tr("byte %1 (the field's byte %2) has no character in %3").arg(hexByte(byte)).arg(begin + i + 1).arg(m_page->name());
                return false;
            }
            chars[i] = QChar(m_page->toUnicode(byte));
        }
        return true;
    }
    bool ascii = true;
    for (const char byte : bytes)
        ascii = ascii && uchar(byte) < 0x80;
    if (ascii) {
        out->resize(bytes.size());
        QChar *chars = out->data();
        for (qsizetype i = 0; i < bytes.size(); ++i)
            chars[i] = QChar(uchar(bytes[i]));
        return true;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *out = decoder.decode(bytes);
    if (decoder.hasError()) {
        *why = tr("the text is not UTF-8 (a character cut at the field's end, or bytes of another encoding)");
        return false;
    }
    return true;
}

bool RecordDecoder::zoned(const RecordField &field, QByteArrayView bytes, QVariant *value, QString *why) const
{
    QByteArrayView body = bytes;
    bool negative = false;
    const bool leadingSeparate = field.sign == RecordField::Sign::LeadingSeparate;
    if (leadingSeparate || field.sign == RecordField::Sign::TrailingSeparate) {
        const uchar signByte = uchar(leadingSeparate ? bytes.front() : bytes.back());
        const char16_t sign = character(signByte);
        if (sign != u'+' && sign != u'-') {
            *why = tr("the sign byte %1 is neither '+' nor '-'").arg(hexByte(signByte));
            return false;
        }
        negative = sign == u'-';
        body = leadingSeparate ? bytes.sliced(1) : bytes.first(bytes.size() - 1);
    }
    const qsizetype signAt = field.sign == RecordField::Sign::TrailingOverpunch ? body.size() - 1
                           : field.sign == RecordField::Sign::LeadingOverpunch ? 0
                                                                               : -1;
    QByteArray digits(body.size(), '0');
    for (qsizetype i = 0; i < body.size(); ++i) {
        const uchar byte = uchar(body[i]);
        int digit = -1;
        bool minus = false;
        if (m_ebcdic) {
            // Zone nibble F for a digit; at the sign's place C, A, E or F for plus, D or B for minus.
            const int zone = byte >> 4, low = byte & 0x0F;
            const bool plainZone = zone == 0xF;
            const bool signZone = i == signAt && (zone == 0xC || zone == 0xA || zone == 0xE || zone == 0xD || zone == 0xB);
            if (low <= 9 && (plainZone || signZone)) {
                digit = low;
                minus = zone == 0xD || zone == 0xB;
            }
        } else {
            const char16_t c = character(byte);
            digit = i == signAt ? overpunch(c, &minus) : (c >= u'0' && c <= u'9' ? c - u'0' : -1);
        }
        if (digit < 0) {
            *why = tr("byte %1 at the field's byte %2 is not a digit%3")
                       .arg(hexByte(byte)).arg(i + 1 + (leadingSeparate ? 1 : 0))
                       .arg(i == signAt ? tr(" or a signed digit") : QString());
            return false;
        }
        digits[i] = char('0' + digit);
        negative = negative || minus;
    }
    if (negative && !field.isSigned()) {
        *why = tr("a negative value in an unsigned field");
        return false;
    }
    *value = number(negative, digits, field.scale);
    return true;
}

bool RecordDecoder::packed(const RecordField &field, QByteArrayView bytes, QVariant *value, QString *why) const
{
    QByteArray digits;
    digits.reserve(bytes.size() * 2);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar byte = uchar(bytes[i]);
        const int high = byte >> 4, low = byte & 0x0F;
        const bool last = i == bytes.size() - 1;
        if (high > 9 || (!last && low > 9)) {
            *why = tr("byte %1 at the field's byte %2 holds a nibble over 9").arg(hexByte(byte)).arg(i + 1);
            return false;
        }
        digits += char('0' + high);
        if (!last)
            digits += char('0' + low);
    }
    const int sign = uchar(bytes.back()) & 0x0F;
    if (sign <= 9) {
        *why = tr("the last byte %1 has no sign nibble (A to F)").arg(hexByte(uchar(bytes.back())));
        return false;
    }
    const bool negative = sign == 0xD || sign == 0xB;
    if (negative && !field.isSigned()) {
        *why = tr("a negative value in an unsigned field");
        return false;
    }
    // An even number of digits leaves the first nibble as padding: it must be 0.
    const qsizetype extra = digits.size() - field.digits;
    for (qsizetype i = 0; i < extra; ++i) {
        if (digits[i] != '0') {
            *why = tr("more digits than the field's %1").arg(field.digits);
            return false;
        }
    }
    *value = number(negative, QByteArrayView(digits).sliced(std::max<qsizetype>(extra, 0)), field.scale);
    return true;
}

bool RecordDecoder::binary(const RecordField &field, QByteArrayView bytes, QVariant *value, QString *why) const
{
    quint64 raw = 0;
    for (const char byte : bytes)
        raw = (raw << 8) | uchar(byte);
    bool negative = false;
    quint64 magnitude = raw;
    if (field.isSigned() && (uchar(bytes.front()) & 0x80)) {
        negative = true;
        const int bits = int(bytes.size()) * 8;
        const quint64 full = bits == 64 ? raw : raw | (~quint64(0) << bits); // sign-extend
        magnitude = ~full + 1;
    }
    Q_UNUSED(why)
    if (field.scale == 0 && magnitude <= quint64(std::numeric_limits<qint64>::max())) {
        *value = negative ? -qlonglong(magnitude) : qlonglong(magnitude);
        return true;
    }
    const QByteArray digits = QByteArray::number(magnitude);
    *value = canonical(negative, digits, field.scale);
    return true;
}

QString RecordDecoder::show(QByteArrayView record) const
{
    QString out;
    for (const char byte : record) {
        const char16_t c = character(uchar(byte));
        if (c == 0xFFFD || c < 0x20)
            out += QStringLiteral("\\x%1").arg(uchar(byte), 2, 16, QLatin1Char('0'));
        else
            out += QChar(c);
    }
    return out;
}

} // namespace barge
