#pragma once
// ValueConverter: turns a value into the in-memory form of a DataType, or says why it cannot.
// Values travel through the engine as QVariant in one form per kind:
//   NULL            -> invalid QVariant (QVariant())
//   Boolean         -> bool
//   Int16/32/64     -> qlonglong (range-checked against the width)
//   Real            -> double
//   Decimal         -> QString, canonical exact text ("-12.50": no exponent, scale digits when scale > 0)
//   Text            -> QString (length-checked when length > 0)
//   Date            -> QString "YYYY-MM-DD"
//   Time            -> QString "HH:MM:SS[.ffffff]"
//   DateTime        -> QString "YYYY-MM-DD HH:MM:SS[.ffffff]"
//   DateTimeTz      -> QString "YYYY-MM-DD HH:MM:SS[.ffffff]+HH:MM" (Z becomes +00:00)
//   Binary          -> QByteArray
//   Json            -> QString, the JSON text as given once validated (JsonText)
//   Uuid            -> QString "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", lower case
//   Interval        -> QString, MySQL TIME or PostgreSQL interval text (IntervalText)
//   Enum            -> QString, one of the type's labels
//   Array           -> QString, a JSON array (a set's: distinct strings among its labels)
//   Bits            -> QString of '0' and '1', exactly `length` of them unless varying
// Temporal values stay text so microseconds and dates outside QDateTime's comfort survive untouched;
// TemporalText reads and writes them.
// Stateless and thread safe.

#include "schema/datatype.h"

#include <QString>
#include <QVariant>

namespace barge {

class ValueConverter
{
public:
    // Converts `in` (any of the forms above, or text) to `type`'s form. NULL stays NULL.
    // On failure returns false and sets *why, e.g. "'12x' is not an integer".
    // Input is read leniently, output is canonical: "+7"/"007" are integers, booleans accept
    // true/false/t/f/yes/no/1/0, decimals take a sign, ".5" and exponents but are never rounded,
    // temporals take 'T', "Z", "+02"/"+0200" and QDate/QTime/QDateTime; a zoned value becomes a
    // datetime in UTC, a zoneless one a datetimetz at +00:00. Surrounding spaces are never accepted.
    // A double into decimal uses its shortest text (0.1 is "0.1"), or when that has more places than
    // the scale its text at 15 significant digits if that fits (SQLite's noisy REALs: 4.859999999999999
    // into decimal(10,2) is "4.86"; 0.125 is still rejected). A QString already in its target's
    // canonical form (temporal, decimal, text within its length) is validated and *out shares it:
    // no allocation.
    static bool convert(const QVariant &in, const DataType &type, QVariant *out, QString *why);

    // Canonical text of a value in any of the forms above: reals in shortest round-trip form,
    // booleans "true"/"false", binary as lowercase hex with a "\x" prefix. NULL gives a null QString.
    static QString toText(const QVariant &value);

    // 'text' for a message, cut to 40 characters.
    static QString quoted(const QString &text);
};

} // namespace barge
