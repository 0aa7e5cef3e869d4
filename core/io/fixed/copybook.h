#pragma once
// Copybook: the record layout a COBOL copybook (IBM Enterprise COBOL data description entries)
// describes, for reading mainframe record files. Source format, clauses and refusals are in
// copybooksource.h, copybookitem.h and copybookpicture.h; the layout rules are:
//  - One record per copybook: the first 01 (or 77) entry and what is nested under it. A second
//    01 or 77 entry is refused, naming it, rather than one of the layouts silently dropped. A
//    copybook without an 01 (starting at 05, say) is one record of its top-level items.
//  - Elementary items become fields at accumulated offsets; FILLER and unnamed items take their
//    bytes but make no field; level 88 condition names are skipped.
//  - USAGE and SIGN written on a group apply to the items under it that do not say their own.
//  - OCCURS n, on an item or a group, repeats its fields as NAME_1 ... NAME_n, the next occurrence
//    starting the item's or group's size further on; nested OCCURS number outer first (NAME_1_2).
//  - Column names are the data names as written. A data name used by several elementary items is
//    qualified with the names of the groups around it, nearest last, joined with '.' (a character
//    no COBOL name holds): CITY under BILLING and SHIPPING becomes BILLING.CITY and SHIPPING.CITY,
//    with as few groups as make every one of them different (the same number for all of them).
//    Names that still clash (ignoring case) are refused, naming both lines.
//  - Numbers: digits, scale and sign as RecordField describes. A signed packed or binary field has
//    Sign::TrailingOverpunch (it only means "signed" there: the sign is in the last nibble or the
//    two's complement). Binary takes 2, 4 or 8 bytes for 1-4, 5-9 and 10-18 digits; COMP-5 has
//    the full range of those bytes, so its digits are widened to 5, 10 or 19 (20 unsigned).
//  - At most 38 digits a number, 16 MiB a record and 100,000 columns.
// A plain function of its input; thread safe.

#include "io/fixed/recordlayout.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace barge {

class Copybook
{
    Q_DECLARE_TR_FUNCTIONS(barge::Copybook)

public:
    // The record layout a copybook describes; nullopt with *error naming the copybook line and why.
    static std::optional<RecordLayout> parse(const QString &text, QString *error);
};

} // namespace barge
