#pragma once
// LayoutGuess: a layout for a fixed-width text file from its first records, as spreadsheet
// text-import wizards propose one: a column starts after a position that is blank in every record,
// where some record has text. And the layout a set of column starts amounts to, keeping what an
// earlier layout said of each field that did not move (its name, type and encoding). Used by the
// wizard's layout editor; plain functions over plain values.

#include "io/fixed/recordlayout.h"

#include <QList>
#include <QStringList>

namespace barge::LayoutGuess {

// Where columns start (0-based byte positions, 0 left out, ascending) in records shown one
// character a byte; ' ' is blank, as is any position past a record's end.
QList<int> starts(const QStringList &records);

// The layout of text fields that start at 0 and at each of `starts` (in any order; those outside
// 1..recordLength-1 are left out) and end where the next begins, the last at recordLength. A field at the same
// place as one of `previous` is that field; one that starts where a field of `previous` started
// keeps its name; the others are named field_N (N: its place in the record), unique. A field of
// `previous` with an empty name (bytes to skip, as COBOL's FILLER) stays so.
RecordLayout fromStarts(const QList<int> &starts, int recordLength, const RecordLayout &previous = {});

} // namespace barge::LayoutGuess
