#pragma once
// IntervalText: the text of an Interval value (see ValueConverter). Two spellings are read:
// MySQL's TIME ("838:59:59", "-01:30:00.5") and PostgreSQL's interval output in its default
// style ("1 year 2 mons -3 days +04:05:06.789"). A valid text travels as it was given, since both
// engines read both; toTime gives MySQL's form, which has no months and at most 838:59:59.
// Stateless.

#include <QString>
#include <QStringView>

namespace barge {

class IntervalText
{
public:
    struct Parts
    {
        qint64 months = 0;
        qint64 days = 0;
        qint64 micros = 0; // the clock part, with its sign
    };
    // False when `text` is neither spelling.
    static bool parse(QStringView text, Parts *parts);
    // "[-]H:MM:SS[.ffffff]", days counted as 24 hours. False (*why) for months or years, which
    // have no fixed length, and beyond MySQL's +-838:59:59 when `mysqlRange`.
    static bool toTime(const Parts &parts, bool mysqlRange, QString *out, QString *why);
};

} // namespace barge
