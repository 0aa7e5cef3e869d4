#include "schema/datepattern.h"

#include <algorithm>

namespace barge::DatePattern {

namespace {

bool isDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }

} // namespace

QList<Token> tokenize(const QString &pattern)
{
    static const QString letters = QStringLiteral("dMyHhmsz");
    QList<Token> tokens;
    bool quoted = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\'') {
            if (i + 1 < pattern.size() && pattern.at(i + 1) == u'\'') {
                tokens.append({QChar(), 1, c});
                ++i;
            } else {
                quoted = !quoted;
            }
            continue;
        }
        if (!quoted && (c == u'A' || c == u'a')) { // AM/PM: "AP", "ap", "A" or "a"
            if (i + 1 < pattern.size() && (pattern.at(i + 1) == u'P' || pattern.at(i + 1) == u'p'))
                ++i;
            tokens.append({QChar('A'), 1, QChar()});
            continue;
        }
        if (!quoted && letters.contains(c)) {
            int count = 1;
            while (i + 1 < pattern.size() && pattern.at(i + 1) == c) {
                ++count;
                ++i;
            }
            tokens.append({c, count, QChar()});
        } else {
            tokens.append({QChar(), 1, c, quoted});
        }
    }
    return tokens;
}

// Up to `most` digits (at least `least`) from text[*i].
bool readDigits(QStringView text, qsizetype *i, int least, int most, int *value)
{
    int n = 0;
    *value = 0;
    while (*i < text.size() && n < most && isDigit(text[*i])) {
        *value = *value * 10 + (text[*i].unicode() - u'0');
        ++*i;
        ++n;
    }
    return n >= least;
}

bool isValid(const QString &pattern, const QString &letters)
{
    bool any = false;
    if (pattern.contains(u'|')) {
        for (const QString &one : pattern.split(u'|')) {
            if (!isValid(one, letters))
                return false;
        }
        return true;
    }
    const QList<Token> tokens = tokenize(pattern);
    QString seen;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens.at(i);
        const QChar field = token.letter == u'h' ? QChar('H') : token.letter;
        if (!field.isNull()) {
            // Each field once; and a field of one or two digits (d, M, H...) must not touch the next
            // number, or "1112023" could be read more than one way.
            if (seen.contains(field))
                return false;
            seen += field;
            const bool numeric = token.letter != u'A' && !(token.letter == u'M' && token.count >= 3);
            const bool variable = numeric && token.letter != u'y' && (token.count == 1 || (token.letter == u'z' && token.count < 3));
            const Token *next = i + 1 < tokens.size() ? &tokens.at(i + 1) : nullptr;
            if (variable && next && !next->letter.isNull() && next->letter != u'A'
                && !(next->letter == u'M' && next->count >= 3))
                return false;
        }
        // An unquoted letter that means nothing is a typo (YYYY, DD), not a literal.
        if (token.letter.isNull() && !token.quoted && token.literal.unicode() < 128 && token.literal.isLetter())
            return false;
        if (token.letter.isNull())
            continue;
        if (!letters.contains(token.letter))
            return false;
        any = true;
        const int c = token.count;
        if (token.letter == u'M' ? c > 4 : token.letter == u'y' ? (c != 2 && c != 4) : token.letter == u'z' ? c > 3 : c > 2)
            return false;
    }
    // A whole date (day, month and year) or a whole time (hours and minutes); twelve-hour h with
    // AM/PM and 24-hour H without, so that what is written reads back.
    const bool twelve = std::any_of(tokens.cbegin(), tokens.cend(), [](const Token &t) { return t.letter == u'h'; });
    const bool meridiem = seen.contains(u'A');
    if (letters.contains(u'd'))
        return any && seen.contains(u'd') && seen.contains(u'M') && seen.contains(u'y');
    return any && seen.contains(u'H') && seen.contains(u'm') && twelve == meridiem;
}

} // namespace barge::DatePattern
