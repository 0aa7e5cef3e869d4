#pragma once
// NumberText: reading and writing numbers as text, shared by ValueConverter (conversions),
// TypeInference (what reproduces as a real) and CsvParser (numbers parsed in place), so all three
// agree on every digit. Stateless and thread safe.

#include <QStringView>

namespace barge {

class NumberText
{
public:
    enum class Parse { Ok, Invalid, OutOfRange };

    // [+-]digits, no spaces; overflow is detected, not wrapped.
    static Parse parseInteger(QStringView text, qlonglong *value);
    // Decimal or exponent notation (std::from_chars, plus a leading '+').
    static Parse parseReal(QStringView text, double *value);
    // The canonical text of a real, written into `buffer` (room for 32 chars, not terminated);
    // returns its length. ECMAScript's Number-to-String rules: the shortest text that reads back as
    // the same double, in fixed notation from 1e-7 up to 1e21 ("100000", "0.0001", "1e+21", "1e-7"),
    // "NaN", "Infinity", "-Infinity"; -0 gives "0". TypeInference relies on it to decide what a
    // real column reproduces.
    static int formatReal(double value, char *buffer);
};

} // namespace barge
