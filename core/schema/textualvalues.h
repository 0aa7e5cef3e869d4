#pragma once
// TextualValues: ValueConverter's conversions into the kinds whose values travel as text with rules
// of their own: Json, Uuid, Interval, Enum, Array and Bits (their forms: valueconverter.h).
// Stateless and thread safe.

#include "schema/datatype.h"

#include <QVariant>

namespace barge {

class TextualValues
{
public:
    // `type` is one of the kinds above; `in` is not NULL.
    static bool convert(const QVariant &in, const DataType &type, QVariant *out, QString *why);
};

} // namespace barge
