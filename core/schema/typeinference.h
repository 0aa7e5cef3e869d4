#pragma once
// TypeInference: decides a CSV column's DataType from all of its values, never losing information:
// a column becomes integer, decimal, real, boolean, date, time or datetime only when every value's
// text is reproduced by that type (rules in docs/type-inference.md). Feed every value, then ask.
// One instance per column; not thread safe.

#include "schema/datatype.h"

#include <QString>
#include <QStringView>

namespace barge {

class TypeInference
{
public:
    // A non-NULL field's text. NULLs are not fed (they fit every type).
    void add(QStringView text);
    void addNull() { ++m_nulls; }
    DataType result() const;
    qint64 values() const { return m_values; }
    qint64 nulls() const { return m_nulls; }

private:
    // Candidate flags; each add() clears those the text rules out.
    bool m_integer = true;
    bool m_real = true;
    bool m_decimal = true;
    bool m_boolean = true;
    bool m_date = true;
    bool m_time = true;
    bool m_dateTime = true;
    bool m_dateTimeTz = true;
    int m_decimalIntegerDigits = 0;
    int m_decimalScale = 0;
    int m_maxLength = 0;
    qint64 m_values = 0;
    qint64 m_nulls = 0;
};

} // namespace barge
