#pragma once
// Counts in messages (core/base): plural forms, and how numbers are written. A count goes to tr() to pick the form and to arg() to be shown:
//     pluralText(tr("the target holds %1 row(s)", nullptr, pluralCount(rows)), rows).arg(grouped(rows))
// Where a translator is installed (the wizard: barge_en.qm gives English its forms, barge_de.qm
// German's), tr() returns the form for the count. Where none is (the command line, most tests), the
// text still says "(s)", and pluralText gives it the English form: "1 row", "2 rows".

#include <QLocale>
#include <QString>

namespace barge {

// tr() takes an int; a count past INT_MAX takes the form of INT_MAX (plural in every language Barge speaks).
int pluralCount(qint64 n);

// `translated` with every "(s)" left by a missing translator made English for n.
QString pluralText(QString translated, qint64 n);

// How messages write numbers in plans, summaries, verify results and progress lines: the C locale
// with thousands separators ("1,000,000"), or the locale of the translation the wizard installed
// ("1.000.000" among German words: setMessageNumbers). Thread safe.
QLocale groupedNumbers();
void setMessageNumbers(const QLocale &locale);

} // namespace barge
