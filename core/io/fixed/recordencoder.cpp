#include "io/fixed/recordencoder.h"

#include "base/plural.h"
#include "schema/temporaltext.h"
#include "schema/valueconverter.h"

namespace barge {

RecordEncoder::RecordEncoder(const RecordLayout &layout, std::optional<CodePage> page, const LocalFormat &local)
    : m_layout(layout), m_page(std::move(page)), m_local(local), m_ebcdic(m_page && !m_page->asciiCompatible())
{
}

char RecordEncoder::space() const
{
    return m_page ? char(m_page->fromUnicode(u' ')) : ' ';
}

bool RecordEncoder::bytesOf(const QString &text, QByteArray *out, QString *why) const
{
    if (!m_page) {
        *out = text.toUtf8();
        return true;
    }
    out->resize(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int byte = m_page->fromUnicode(text.at(i).unicode());
        if (byte < 0) {
            *why = tr("'%1' (U+%2) has no byte in %3")
                       .arg(text.at(i)).arg(text.at(i).unicode(), 4, 16, QLatin1Char('0')).arg(m_page->name());
            return false;
        }
        (*out)[i] = char(byte);
    }
    return true;
}

bool RecordEncoder::encode(const Row &row, const QList<int> &fieldOfColumn, const QList<DataType> &types,
                           QByteArray *record, QString *why) const
{
    *record = QByteArray(m_layout.recordLength, space());
    for (qsizetype c = 0; c < fieldOfColumn.size(); ++c) {
        const int f = fieldOfColumn.at(c);
        if (f < 0)
            continue;
        const RecordField &field = m_layout.fields.at(f);
        const QVariant value = row.value(c);
        char *out = record->data() + field.offset;
        QString problem;
        bool ok = true;
        if (!value.isValid() || value.isNull()) {
            // NULL is a blank field; only text fields and those that read blanks as NULL have one.
            if (field.encoding != RecordField::Encoding::Text && !field.nullIfBlank) {
                problem = tr("NULL, and the field has no blank (set nullIfBlank in the layout)");
                ok = false;
            }
        } else if (field.encoding == RecordField::Encoding::Text) {
            ok = text(field, value, types.value(c), out, &problem);
        } else {
            ok = number(field, value, out, &problem);
        }
        if (!ok) {
            *why = tr("field %1 (bytes %2 to %3): %4").arg(field.name).arg(field.offset + 1).arg(field.offset + field.length).arg(problem);
            return false;
        }
    }
    return true;
}

bool RecordEncoder::text(const RecordField &field, const QVariant &value, const DataType &type, char *out, QString *why) const
{
    QString text = value.typeId() == QMetaType::QString ? value.toString() : ValueConverter::toText(value);
    const bool numeric = type.isInteger() || type.kind == TypeKind::Decimal || type.kind == TypeKind::Real;
    if (m_local.covers(type.kind)) {
        TemporalText::Parts parts;
        if (type.kind == TypeKind::Boolean)
            text = m_local.fromBoolean(value.toBool());
        else if (numeric)
            text = m_local.fromCanonicalNumber(text, false);
        else if (TemporalText::parse(text, &parts))
            text = m_local.fromParts(parts, type.kind);
    }
    QByteArray bytes;
    if (!bytesOf(text, &bytes, why))
        return false;
    if (bytes.size() > field.length) {
        *why = tr("'%1' takes %2 bytes, the field %3").arg(text, QString::number(bytes.size()), QString::number(field.length));
        return false;
    }
    // Numbers right-aligned, as fixed-width files write them; the rest left-aligned.
    const qsizetype at = numeric ? field.length - bytes.size() : 0;
    std::copy(bytes.cbegin(), bytes.cend(), out + at);
    return true;
}

bool RecordEncoder::number(const RecordField &field, const QVariant &value, char *out, QString *why) const
{
    // The value's exact digits with the implied point moved away: 12.3 into S9(3)V99 is 01230.
    QString text = value.typeId() == QMetaType::QString ? value.toString() : ValueConverter::toText(value);
    const bool negative = text.startsWith(u'-');
    if (negative)
        text.remove(0, 1);
    const qsizetype point = text.indexOf(u'.');
    QString whole = point < 0 ? text : text.left(point);
    QString fraction = point < 0 ? QString() : text.mid(point + 1);
    for (const QChar c : QString(whole + fraction)) {
        if (!c.isDigit() || c.unicode() > 127) {
            *why = tr("'%1' is not a number").arg(value.toString());
            return false;
        }
    }
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    QString digits;
    if (field.scale >= 0) {
        if (fraction.size() > field.scale) {
            *why = tr("%1 has more fraction digits than the field's %2").arg(value.toString()).arg(field.scale);
            return false;
        }
        digits = whole + fraction.leftJustified(field.scale, u'0');
    } else {
        // P scaling: the last -scale digits are implied zeros, and must be.
        const QString all = whole + fraction;
        if (!fraction.isEmpty() || !whole.endsWith(QString(-field.scale, u'0'))) {
            *why = tr("%1 is not a multiple of %2").arg(value.toString()).arg(QStringLiteral("1") + QString(-field.scale, u'0'));
            return false;
        }
        digits = all.left(all.size() + field.scale);
    }
    while (digits.size() > 1 && digits.startsWith(u'0'))
        digits.remove(0, 1);
    const bool zero = digits == QLatin1String("0");
    if (negative && !zero && !field.isSigned()) {
        *why = tr("%1 is negative, and the field is unsigned").arg(value.toString());
        return false;
    }
    const bool minus = negative && !zero;
    switch (field.encoding) {
    case RecordField::Encoding::Zoned: {
        if (digits.size() > field.digits) {
            *why = tr("%1 has more digits than the field's %2").arg(value.toString()).arg(field.digits);
            return false;
        }
        digits = digits.rightJustified(field.digits, u'0');
        const bool separate = field.sign == RecordField::Sign::LeadingSeparate || field.sign == RecordField::Sign::TrailingSeparate;
        const int start = field.sign == RecordField::Sign::LeadingSeparate ? 1 : 0;
        const int signAt = field.sign == RecordField::Sign::TrailingOverpunch ? field.digits - 1
                         : field.sign == RecordField::Sign::LeadingOverpunch ? 0 : -1;
        for (int i = 0; i < field.digits; ++i) {
            const int d = digits.at(i).unicode() - u'0';
            char byte = 0;
            if (m_ebcdic) {
                const int zone = i == signAt ? (minus ? 0xD : 0xC) : 0xF;
                byte = char((zone << 4) | d);
            } else {
                char16_t c = char16_t(u'0' + d);
                if (i == signAt)
                    c = minus ? (d == 0 ? u'}' : char16_t(u'J' + d - 1)) : (d == 0 ? u'{' : char16_t(u'A' + d - 1));
                QByteArray b;
                if (!bytesOf(QString(QChar(c)), &b, why))
                    return false;
                byte = b.at(0);
            }
            out[start + i] = byte;
        }
        if (separate) {
            QByteArray sign;
            if (!bytesOf(QString(minus ? u'-' : u'+'), &sign, why))
                return false;
            out[field.sign == RecordField::Sign::LeadingSeparate ? 0 : field.length - 1] = sign.at(0);
        }
        return true;
    }
    case RecordField::Encoding::Packed: {
        const int capacity = field.length * 2 - 1;
        if (digits.size() > std::min(capacity, field.digits)) {
            *why = tr("%1 has more digits than the field's %2").arg(value.toString()).arg(std::min(capacity, field.digits));
            return false;
        }
        const QString nibbles = digits.rightJustified(capacity, u'0');
        for (int i = 0; i < field.length; ++i) {
            const int high = nibbles.at(2 * i).unicode() - u'0';
            const int low = i == field.length - 1 ? (!field.isSigned() ? 0xF : minus ? 0xD : 0xC)
                                                  : nibbles.at(2 * i + 1).unicode() - u'0';
            out[i] = char((high << 4) | low);
        }
        return true;
    }
    case RecordField::Encoding::Binary: {
        bool ok = false;
        const quint64 magnitude = digits.toULongLong(&ok);
        const int bits = field.length * 8;
        const quint64 limit = field.isSigned() ? (quint64(1) << (bits - 1)) - (minus ? 0 : 1)
                                               : (bits == 64 ? ~quint64(0) : (quint64(1) << bits) - 1);
        if (!ok || magnitude > limit) {
            *why = pluralText(tr("%1 does not fit in %2 byte(s)", nullptr, field.length), field.length)
                       .arg(value.toString(), QString::number(field.length));
            return false;
        }
        const quint64 raw = minus ? ~magnitude + 1 : magnitude;
        for (int i = 0; i < field.length; ++i)
            out[i] = char((raw >> (8 * (field.length - 1 - i))) & 0xFF);
        return true;
    }
    case RecordField::Encoding::Text:
        break;
    }
    return true;
}

} // namespace barge
