#pragma once
// Watermark conditions (an incremental run, TableMapping::watermark): the SQL a reader adds to read
// only the rows past the last run's value, and the bound that value gives less the overlap. The
// values are the source's own text of the column (what MAX(column) returned), so that they compare
// as the source compares them: numbers as numbers, dates and times as the server reads them.

#include "mapping/tablemapping.h"
#include "schema/dialect.h"

#include <QString>

#include <functional>

namespace barge {

// The value rows must lie past: `after` less the overlap, in the same spelling (an integer, a
// date, or a date and time with its fraction and zone kept). Empty when `after` is (every row).
// False with *error when the overlap cannot be taken from `after`.
bool watermarkLowBound(const Watermark &watermark, QString *low, QString *error);
// The rows a run reads: past the low bound and up to `upTo` (rows changed after planning wait for
// the next run). A first run also reads the rows whose column is NULL; later runs never see them.
// `quote` spells a text as the server's string literal. Empty: no condition.
QString watermarkFilter(Dialect dialect, const Watermark &watermark, const QString &low,
                        const std::function<QString(const QString &)> &quote);
// The condition alone of the rows past `low` (all rows when it is empty): what planning counts.
QString watermarkPast(Dialect dialect, const QString &column, const QString &low,
                      const std::function<QString(const QString &)> &quote);

} // namespace barge
