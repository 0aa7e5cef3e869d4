#include "io/fixed/copybookpicture.h"

#include <QList>

namespace barge {

namespace {

constexpr int kMaxDigits = 38;            // RecordField::columnType's widest decimal
constexpr qint64 kMaxCharacters = 1 << 24; // larger items are no record field anyone reads

struct Symbol
{
    QChar c;
    qint64 count = 1;
};

bool isEditing(QChar c)
{
    return QStringView(u"Z*+-B0/,.$CRDE").contains(c);
}

// "S9(3)V99" -> S x1, 9 x3, V x1, 9 x2; nullopt with *why on a bad symbol or repeat count.
std::optional<QList<Symbol>> symbolsOf(const QString &text, QString *why)
{
    QList<Symbol> symbols;
    const QString upper = text.toUpper();
    for (qsizetype i = 0; i < upper.size(); ++i) {
        const QChar c = upper.at(i);
        if (c == u'(') {
            const qsizetype close = upper.indexOf(u')', i);
            bool ok = false;
            const qint64 count = close > i ? upper.mid(i + 1, close - i - 1).toLongLong(&ok) : 0;
            if (symbols.isEmpty() || !ok || count < 1 || count > kMaxCharacters) {
                *why = CopybookPicture::tr("PICTURE %1 has a bad repeat count").arg(text);
                return std::nullopt;
            }
            symbols.last().count += count - 1;
            i = close;
            continue;
        }
        if (isEditing(c)) {
            *why = CopybookPicture::tr("edited PICTURE %1 is not supported (only X, A, 9, S, V and P)").arg(text);
            return std::nullopt;
        }
        if (c == u'N' || c == u'G' || c == u'U') {
            *why = CopybookPicture::tr("national or DBCS PICTURE %1 is not supported").arg(text);
            return std::nullopt;
        }
        if (!QStringView(u"XA9SVP").contains(c)) {
            *why = CopybookPicture::tr("'%1' in PICTURE %2 is no picture symbol").arg(QString(c), text);
            return std::nullopt;
        }
        symbols.append({c, 1});
    }
    if (symbols.isEmpty()) {
        *why = CopybookPicture::tr("the PICTURE is empty");
        return std::nullopt;
    }
    return symbols;
}

std::optional<CopybookPicture> textPicture(const QList<Symbol> &symbols, const QString &text, QString *why)
{
    CopybookPicture picture;
    qint64 characters = 0;
    for (const Symbol &symbol : symbols) {
        if (symbol.c != u'X' && symbol.c != u'A' && symbol.c != u'9') {
            *why = CopybookPicture::tr("PICTURE %1 mixes text (X, A) with %2").arg(text, QString(symbol.c));
            return std::nullopt;
        }
        characters += symbol.count;
    }
    if (characters > kMaxCharacters) {
        *why = CopybookPicture::tr("PICTURE %1 is too long").arg(text);
        return std::nullopt;
    }
    picture.characters = int(characters);
    return picture;
}

std::optional<CopybookPicture> numericPicture(const QList<Symbol> &symbols, const QString &text, QString *why)
{
    CopybookPicture picture;
    picture.numeric = true;
    qint64 nines = 0, leadingP = 0, trailingP = 0, ninesAfterV = 0;
    bool sawV = false;
    const auto refuse = [&] {
        *why = CopybookPicture::tr("PICTURE %1 is not a valid numeric picture").arg(text);
        return std::nullopt;
    };
    for (qsizetype i = 0; i < symbols.size(); ++i) {
        const Symbol &symbol = symbols.at(i);
        if (symbol.c == u'S') {
            if (i != 0 || symbol.count != 1)
                return refuse();
            picture.isSigned = true;
        } else if (symbol.c == u'V') {
            if (sawV || symbol.count != 1)
                return refuse();
            sawV = true;
        } else if (symbol.c == u'9') {
            if (trailingP > 0)
                return refuse();
            nines += symbol.count;
            if (sawV)
                ninesAfterV += symbol.count;
        } else { // P: all before the 9s or all after them, the point at their far side
            if (nines == 0)
                leadingP += symbol.count;
            else if (sawV)
                return refuse(); // 9V9P: the point would be inside the digits
            else
                trailingP += symbol.count;
        }
    }
    // Leading Ps put the point left of them, so a V may only precede the digits.
    if (nines == 0 || (leadingP > 0 && ninesAfterV != nines && sawV))
        return refuse();
    if (nines + leadingP + trailingP > kMaxDigits) {
        *why = CopybookPicture::tr("PICTURE %1 has more than %2 digits").arg(text).arg(kMaxDigits);
        return std::nullopt;
    }
    picture.digits = int(nines);
    picture.characters = int(nines);
    picture.scalingPositions = int(leadingP + trailingP);
    picture.scale = leadingP > 0 ? int(nines + leadingP) : trailingP > 0 ? -int(trailingP) : int(ninesAfterV);
    return picture;
}

} // namespace

std::optional<CopybookPicture> CopybookPicture::parse(const QString &text, QString *why)
{
    const std::optional<QList<Symbol>> symbols = symbolsOf(text, why);
    if (!symbols)
        return std::nullopt;
    for (const Symbol &symbol : *symbols) {
        if (symbol.c == u'X' || symbol.c == u'A')
            return textPicture(*symbols, text, why);
    }
    return numericPicture(*symbols, text, why);
}

} // namespace barge
