#pragma once
// LocalFormatGuess: looks at a sample of a text file's columns and proposes the local format its
// values are written in (decimal comma or point, thousands separator, date pattern, yes/no words),
// with the values that tell. A proposal, never applied by itself: the wizard shows it for the user
// to confirm, the plan says how to ask for it in the URL. Columns whose values are already canonical
// (1234.56, 2023-12-31) need nothing and tell nothing. Stateless; thread safe.

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace barge {

struct FormatProposal
{
    // The URL options that would read the sample's local values: decimal, thousands, date, bool.
    QMap<QString, QString> options;
    // Per option, the column and a value that called for it: "Betrag: 1.234,56".
    QStringList evidence;
    // Date patterns the sample cannot choose between (05/01/2004: day or month first?), best first;
    // empty when it could, or when there are no such dates. options["date"] is then the first.
    QStringList dateAlternatives;
    // Columns that hold only 0 and 1: bool=1/0 would read them as booleans. Never in `options` (a
    // plan note for every flag column would be noise): the wizard offers it for the user to confirm.
    QStringList zeroOneColumns;

    bool isEmpty() const { return options.isEmpty(); }
    // The options as a URL query ("decimal=,&thousands=.&date=dd.MM.yyyy&bool=ja/nein").
    QString query() const;
};

class LocalFormatGuess
{
    Q_DECLARE_TR_FUNCTIONS(barge::LocalFormatGuess)

public:
    // `columns[i]` holds sample values of the column named `names[i]` (NULLs left out).
    static FormatProposal propose(const QStringList &names, const QList<QStringList> &columns);
    // The plan's note for a proposal: which columns look local and the options that would read them.
    static QString note(const FormatProposal &proposal);
    // How many values per column a caller should gather.
    static constexpr int sampleSize = 1000;
};

} // namespace barge
