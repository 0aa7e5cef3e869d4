#pragma once
// DatePattern: the date and time patterns of LocalFormat (date=dd.MM.yyyy, time=h:mm AP), in Qt's
// letters: taken apart into tokens, checked, and the digits of a field read. Used by LocalFormat only.

#include <QList>
#include <QString>
#include <QStringView>

namespace barge::DatePattern {

// A pattern letter run ("dd", "MMMM"), AM/PM (letter 'A'), or one literal character.
struct Token
{
    QChar letter; // d M y H h m s z A, or null for a literal
    int count = 1;
    QChar literal;
    bool quoted = false; // a literal between single quotes
};

QList<Token> tokenize(const QString &pattern);
// Reads `least` to `most` digits from text[*i] on into *value; false when fewer are there.
bool readDigits(QStringView text, qsizetype *i, int least, int most, int *value);
// A pattern (or several separated by |) of `letters` only: "dMy" for dates, "HhmszA" for times;
// each field once, a whole date or time, h with AP, no one-digit field touching another number.
bool isValid(const QString &pattern, const QString &letters);

} // namespace barge::DatePattern
