#pragma once
// CopybookSource: the entries of a COBOL copybook's text, each a list of words with the line each
// word came from, split at the period that ends an entry. Knows the two source formats:
//  - fixed format (IBM reference format): columns 1-6 are a sequence area, column 7 an indicator
//    ('*' or '/' comment, 'D' debugging line, also skipped; '-' continuation), columns 8-72 the
//    text; anything after column 72 is ignored;
//  - free format: the whole line is text; a line starting with '*' or '/' in column 1 is a comment,
//    and there are no continuation lines (an entry simply goes on to the next line).
// In both, "*>" outside a literal starts a comment to the end of the line, and a tab counts as a
// space. Used by Copybook::parse; a plain function of its input, thread safe.

#include <QList>
#include <QString>
#include <QStringList>

namespace barge {

struct CopybookWord
{
    QString text; // as written; a literal keeps its quotes
    int line = 0; // 1-based line of the copybook
};

struct CopybookEntry
{
    QList<CopybookWord> words; // never empty
};

class CopybookSource
{
public:
    // Free format is chosen when some line's first word starts within columns 1-6 and is a level
    // number (one or two digits; sequence numbers have six, change tags letters). Otherwise the
    // text is read as fixed format, which reads an entry indented to column 8 or beyond the same
    // way as free format would.
    static bool isFreeFormat(const QStringList &lines);
    static QList<CopybookEntry> entries(const QString &text);
};

} // namespace barge
