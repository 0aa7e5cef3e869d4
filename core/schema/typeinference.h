#pragma once
// TypeInference: decides a CSV column's DataType from all of its values, never losing information:
// a column becomes integer, decimal, real, boolean, date, time or datetime only when every value's
// text is reproduced by that type (rules in docs/type-inference.md). Feed every value, then ask.
// One instance per column; not thread safe.

#include "schema/datatype.h"
#include "schema/localformat.h"

#include <QString>
#include <QStringView>

namespace barge {

class TypeInference
{
public:
    TypeInference() = default;
    // Numbers, dates or booleans the format covers are read in it (LocalFormat), the rest
    // canonically. `format` must outlive the inference; null = canonical only.
    explicit TypeInference(const LocalFormat *format);

    // A non-NULL field's text. NULLs are not fed (they fit every type).
    void add(QStringView text);
    void addNull() { ++m_nulls; }
    DataType result() const;
    // Takes in what `later` saw, as if its values had been added here after this one's: the file
    // read in parts on several threads infers the same types as read whole. `later` must use the
    // same format.
    void merge(const TypeInference &later);
    qint64 values() const { return m_values; }
    qint64 nulls() const { return m_nulls; }
    // What the plan should say about the column `name` when a local format decided its type (or
    // could not): "Betrag: decimal(8,2) from values like 1.234,56". Empty otherwise.
    QString note(const QString &name) const;

private:
    // One bit per type still possible; add() clears the bits a text rules out and does nothing more
    // once none is left.
    enum Candidate : unsigned {
        BooleanLower = 1u << 0, // true/false
        BooleanUpper = 1u << 1, // TRUE/FALSE
        Integer = 1u << 2,
        Real = 1u << 3,
        Decimal = 1u << 4,
        Date = 1u << 5,
        Time = 1u << 6,
        DateTime = 1u << 7,
        DateTimeTz = 1u << 8,
        Numeric = Integer | Real | Decimal,
        Temporal = Date | Time | DateTime | DateTimeTz,
        All = (1u << 9) - 1,
    };
    void addNumber(QStringView text);
    void addTemporal(QStringView text);
    void addBoolean(QStringView text);
    void addLocal(QStringView text);
    void addLocalNumber(QStringView text);
    void addLocalTemporal(QStringView text);
    bool ambiguous() const;
    bool needsTrailingMinus() const;

    unsigned m_candidates = All;
    int m_decimalIntegerDigits = 0; // widest integer part seen, for decimal(p,s)
    int m_decimalScale = 0;         // most fraction digits seen
    qint64 m_values = 0;
    qint64 m_nulls = 0;
    const LocalFormat *m_format = nullptr;
    // A local number column whose separated values are all like 1.234 (one separator, no
    // fraction) could be thousands or decimals: left as text unless another value decides.
    bool m_shortGroups = false;
    bool m_decided = false;
    // The first value the format read other than canonically: as a number or yes/no word, and as
    // a date or time (20231231 under date=yyyyMMdd is both, and the note names the kind that won).
    QString m_example;
    QString m_temporalExample;
    // The first number with a minus after it ("17,50-") under a format without minus=trailing:
    // the column stays text, and the note says how to read it.
    QString m_trailingMinusExample;
};

} // namespace barge
