#pragma once
// Watermark conditions (an incremental run, TableMapping::watermark): the SQL a reader adds to read
// only the rows from the last run's value on, and the bound that value gives less the overlap. The
// values are the source's own text of the column (what MAX(column) returned), written as numbers
// for a number column and as the server's string literals otherwise, so that they compare as the
// source compares them: numbers as numbers, dates and times as the server reads them, texts as texts.

#include "mapping/tablemapping.h"
#include "schema/dialect.h"

#include <QString>

#include <functional>

namespace barge {

// The value rows must lie at or past: `after` less the overlap, in the same spelling (a number, a
// date, or a date and time with its fraction and zone kept). Empty when `after` is (every row).
// False with *error when the overlap cannot be taken from `after` (a text, a date before Christ).
bool watermarkLowBound(const Watermark &watermark, QString *low, QString *error);
// Whether `value`, a column's highest value, is one a later value can pass: not 'infinity' or NaN.
bool watermarkCanGrow(const QString &value);
// The rows a run reads: at or past the low bound (a row of the last run's own value that committed
// after that run read is not lost: read again, it merges) and up to `upTo` (rows changed after
// planning wait for the next run). A first run also reads the rows whose column is NULL; later runs
// never see them. `quote` spells a text as the server's string literal. Empty: no condition.
QString watermarkFilter(Dialect dialect, const Watermark &watermark, const QString &low,
                        const std::function<QString(const QString &)> &quote);
// A reader's restrictToWatermark: adds watermarkFilter's condition to *where (joined by AND to
// what is there). False when there is none.
bool andWatermarkFilter(QString *where, Dialect dialect, const Watermark &watermark, const QString &low,
                        const std::function<QString(const QString &)> &quote);
// The condition alone of the rows at or past `low` (all rows when it is empty): what planning
// counts. `number`: the column holds numbers.
QString watermarkFrom(Dialect dialect, const QString &column, const QString &low, bool number,
                      const std::function<QString(const QString &)> &quote);

} // namespace barge
