#pragma once
// RecordLayout: where each field of a fixed-layout record lies and how its bytes are written: text
// in the file's code page, zoned decimal (USAGE DISPLAY digits with an overpunched or separate
// sign), packed decimal (COMP-3), or big-endian binary (COMP, COMP-4, BINARY, COMP-5). Made from a
// JSON layout file (RecordLayout::fromJson) or a COBOL copybook (Copybook::parse); read by the
// record reader, written by the fixed-width writer. A plain value.

#include "schema/datatype.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace barge {

struct RecordField
{
    enum class Encoding {
        Text,   // characters in the file's code page (PIC X, PIC A, or a layout file's text)
        Zoned,  // one digit per byte in the code page (USAGE DISPLAY numeric, PIC 9 / S9)
        Packed, // two digits per byte, the sign in the last nibble (COMP-3, PACKED-DECIMAL)
        Binary, // a big-endian two's complement (signed) or unsigned integer of 2, 4 or 8 bytes
    };
    enum class Sign {
        None,             // unsigned: a sign is an error
        TrailingOverpunch, // zoned: the last digit's zone carries the sign (COBOL's default)
        LeadingOverpunch,  // SIGN LEADING
        TrailingSeparate,  // SIGN TRAILING SEPARATE: a '+' or '-' byte after the digits
        LeadingSeparate,   // SIGN LEADING SEPARATE: a '+' or '-' byte before the digits
    };

    QString name;       // the column's name: copybook groups and OCCURS flattened ("ADDR-CITY_2")
    int offset = 0;     // 0-based byte offset in the record
    int length = 0;     // bytes in the record (a separate sign included)
    Encoding encoding = Encoding::Text;
    // Numeric fields (Zoned, Packed, Binary): the digits the picture holds (9s, V excluded), the
    // digits after the implied point (V), and P scaling: scale may be negative (PIC 9(3)PP: the
    // value is the digits times 100, scale -2) or larger than digits (PIC PP9(3): .00ddd, scale 5).
    int digits = 0;
    int scale = 0;
    Sign sign = Sign::None;
    bool trim = true;        // Text: trailing spaces (and NULs) are dropped
    bool nullIfBlank = false; // a field of nothing but spaces (or low-values for numeric) is NULL
    int sourceLine = 0;      // the copybook or layout line that described it, for messages; 0 = none
    // A Text field's declared type (a layout file's "type"); none: inferred from every value, as a
    // CSV column's is.
    std::optional<DataType> declared;

    bool isNumeric() const { return encoding != Encoding::Text; }
    bool isSigned() const { return sign != Sign::None; }
    // The column type: text for Text, int64 for whole numbers of up to 18 digits, else decimal(p,s)
    // with p covering P scaling (never more than 38 digits: longer pictures are refused on parse).
    DataType columnType() const;
};

struct RecordLayout
{
    Q_DECLARE_TR_FUNCTIONS(barge::RecordLayout)

public:
    QList<RecordField> fields;
    int recordLength = 0; // bytes of a fixed-length record: the end of the last field, or as declared

    // The smallest record that holds every field.
    int minimumLength() const;
    // A JSON layout file (docs/fixed-width.md): {"recordLength": 80, "fields": [{"name": "id",
    // "start": 1, "length": 6, "type": "int64"}, ...]}; nullopt with *error naming the field.
    static std::optional<RecordLayout> fromJson(const QByteArray &json, QString *error);
    // The same as a layout file: fromJson(toJson()) describes the same records. Keys that hold
    // their default are left out; a copybook's layout comes out as the layout file it amounts to.
    QByteArray toJson() const;
};

} // namespace barge
