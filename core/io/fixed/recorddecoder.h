#pragma once
// RecordDecoder: one record's bytes into a row by its RecordLayout, never guessing: text in the
// file's code page (or UTF-8), zoned decimals with overpunched or separate signs, packed decimals,
// big-endian binaries. Numbers come out as canonical decimal text with the layout's implied point
// and P scaling applied ("-1234.50"), so an exact value stays exact into numeric(p,s). A field that
// does not hold what its layout says (a packed nibble over 9, a letter in a zoned field, a byte the
// code page lacks) fails the record with the field, its byte offset and why. Immutable; any thread.

#include "io/codepage.h"
#include "io/fixed/recordlayout.h"
#include "schema/row.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <optional>

namespace barge {

class RecordDecoder
{
    Q_DECLARE_TR_FUNCTIONS(barge::RecordDecoder)

public:
    // `page`: the file's single-byte code page; none: UTF-8.
    RecordDecoder(const RecordLayout &layout, std::optional<CodePage> page);

    // Text fields that hold right-aligned values (numbers, dates the plan reads as such): read
    // without leading blanks too, and NULL when blank. Indexed like the layout's fields.
    void setAligned(const QList<bool> &bothSides);
    // One value per field: QString (text, or canonical decimal text), qlonglong (a whole number of
    // up to 18 digits), or NULL. False with *why.
    bool decode(QByteArrayView record, Row *row, QString *why) const;
    // A text field's characters into *out, its buffer reused (TypeInference's pass).
    bool textInto(const RecordField &field, QByteArrayView bytes, bool bothSides, QString *out, QString *why) const;
    // The record as text for a rejects file: decoded where the code page maps a byte, else \xNN.
    QString show(QByteArrayView record) const;
    // Canonical decimal text of `digits` (ASCII '0'-'9') with `scale` implied fraction digits
    // (negative: that many zeros appended). Shared with the tests' encoder.
    static QString canonical(bool negative, QByteArrayView digits, int scale);
    static QVariant number(bool negative, QByteArrayView digits, int scale);

private:
    bool text(const RecordField &field, QByteArrayView bytes, QVariant *value, QString *why) const;
    bool zoned(const RecordField &field, QByteArrayView bytes, QVariant *value, QString *why) const;
    bool packed(const RecordField &field, QByteArrayView bytes, QVariant *value, QString *why) const;
    bool binary(const RecordField &field, QByteArrayView bytes, QVariant *value, QString *why) const;
    bool blank(QByteArrayView bytes) const;
    char16_t character(uchar byte) const;

    RecordLayout m_layout;
    std::optional<CodePage> m_page;
    bool m_ebcdic = false;
    QList<bool> m_aligned;
};

} // namespace barge
