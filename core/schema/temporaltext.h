#pragma once
// TemporalText: the text of dates, times and datetimes. Reads the lenient forms ValueConverter accepts
// (ISO 8601 with a space or 'T', Z and numeric offsets, QDate/QTime/QDateTime) and writes the canonical
// forms Barge keeps in memory (YYYY-MM-DD, HH:MM:SS[.ffffff], ... +HH:MM). TypeInference uses the same
// canonical checks, so "inferred as date" and "kept as is by ValueConverter" cannot drift apart.
// Static functions over plain values: stateless and thread safe.

#include "schema/datatype.h"

#include <QString>
#include <QStringView>
#include <QVariant>

namespace barge {

class TemporalText
{
public:
    // A date, a time or both, taken apart. The fraction keeps its digits as written, at most six
    // ("5" for ".5", "250" for 250 ms).
    struct Parts
    {
        bool hasDate = false;
        bool hasTime = false;
        bool hasOffset = false;
        int year = 0, month = 0, day = 0;
        int hour = 0, minute = 0, second = 0;
        char fraction[6] = {};
        int fractionDigits = 0;
        int offsetMinutes = 0;

        bool isMidnight() const; // 00:00:00 with no offset and a zero fraction, or no time at all
        TypeKind kind() const;   // the kind that keeps every part: Date, Time, DateTime or DateTimeTz
    };

    // "2023-01-05", "10:30[:00[.5]]", "2023-01-05 10:30:00", "2023-01-05T10:30:00Z", "...+02:00",
    // "...+0200", "...+02". Dates are real calendar days in 0001-9999; fraction digits beyond the
    // sixth must be zeros; offsets go up to 15:59. No surrounding spaces.
    static bool parse(QStringView text, Parts *parts);

    // QDate, QTime or QDateTime. A local QDateTime has no zone of its own: it gets the local offset only
    // when `wantOffset` is set, otherwise its wall clock is kept.
    static bool fromQt(const QVariant &value, bool wantOffset, Parts *parts);

    // A zoned value as the UTC wall clock, the offset dropped. False when that leaves 0001-9999.
    static bool shiftToUtc(Parts *parts);

    // The canonical text of the parts that `kind` (Date, Time, DateTime or DateTimeTz) keeps.
    static QString format(const Parts &parts, TypeKind kind);

    // True when `text` is exactly what format() writes for `kind`, checked without allocating. Such a
    // text converts to itself, so ValueConverter passes it through and TypeInference infers `kind`.
    static bool isCanonical(QStringView text, TypeKind kind);
};

} // namespace barge
