#include "io/fixed/copybookitem.h"

#include <QRegularExpression>

namespace barge {

namespace {

constexpr int kMaxOccurs = 1000000; // Copybook::parse bounds the record's columns anyway

// Reads an entry's words front to back, upper-casing keywords for comparison.
class WordCursor
{
public:
    explicit WordCursor(const CopybookEntry &entry) : m_words(entry.words) {}

    bool atEnd() const { return m_next >= m_words.size(); }
    QString peek() const { return atEnd() ? QString() : m_words.at(m_next).text.toUpper(); }
    const CopybookWord &take() { return m_words.at(m_next++); }
    int line() const { return m_words.at(qMin(m_next, m_words.size() - 1)).line; }
    bool skip(QStringView keyword)
    {
        if (atEnd() || peek() != keyword)
            return false;
        ++m_next;
        return true;
    }

private:
    const QList<CopybookWord> &m_words;
    qsizetype m_next = 0;
};

std::optional<CopybookItem::Usage> usageOf(const QString &word)
{
    using Usage = CopybookItem::Usage;
    static const QHash<QString, Usage> usages = {
        {QStringLiteral("DISPLAY"), Usage::Display},
        {QStringLiteral("COMP"), Usage::Binary},
        {QStringLiteral("COMPUTATIONAL"), Usage::Binary},
        {QStringLiteral("COMP-4"), Usage::Binary},
        {QStringLiteral("COMPUTATIONAL-4"), Usage::Binary},
        {QStringLiteral("BINARY"), Usage::Binary},
        {QStringLiteral("COMP-5"), Usage::NativeBinary},
        {QStringLiteral("COMPUTATIONAL-5"), Usage::NativeBinary},
        {QStringLiteral("COMP-3"), Usage::Packed},
        {QStringLiteral("COMPUTATIONAL-3"), Usage::Packed},
        {QStringLiteral("PACKED-DECIMAL"), Usage::Packed},
        {QStringLiteral("BINARY-SHORT"), Usage::SizedBinary},
        {QStringLiteral("BINARY-LONG"), Usage::SizedBinary},
        {QStringLiteral("BINARY-DOUBLE"), Usage::SizedBinary},
    };
    const auto found = usages.constFind(word);
    return found == usages.constEnd() ? std::nullopt : std::optional(*found);
}

// Usages that exist in COBOL but have no place in a flat record of text and numbers.
bool isRefusedUsage(const QString &word)
{
    static const QRegularExpression refused(QStringLiteral(
        "^(COMP(UTATIONAL)?-[126]|POINTER|PROCEDURE-POINTER|FUNCTION-POINTER|INDEX|NATIONAL|DISPLAY-1|"
        "OBJECT|UTF-8|BINARY-.*|FLOAT-.*)$"));
    return refused.match(word).hasMatch();
}

// Words that start a clause, so an entry without a name ("05 PIC X.") is told from a named one.
bool isClauseWord(const QString &word)
{
    static const QStringList words = {
        QStringLiteral("PIC"), QStringLiteral("PICTURE"), QStringLiteral("USAGE"), QStringLiteral("SIGN"),
        QStringLiteral("LEADING"), QStringLiteral("TRAILING"), QStringLiteral("OCCURS"), QStringLiteral("VALUE"),
        QStringLiteral("VALUES"), QStringLiteral("REDEFINES"), QStringLiteral("JUST"), QStringLiteral("JUSTIFIED"),
        QStringLiteral("SYNC"), QStringLiteral("SYNCHRONIZED"), QStringLiteral("BLANK"), QStringLiteral("GLOBAL"),
        QStringLiteral("EXTERNAL"), QStringLiteral("RENAMES")};
    return words.contains(word) || usageOf(word) || isRefusedUsage(word);
}

bool isDataName(const QString &word)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?$"));
    return name.match(word).hasMatch() && word.contains(QRegularExpression(QStringLiteral("[A-Za-z]")));
}

// Reads the clauses after the level number and name into *item.
class ClauseReader
{
public:
    ClauseReader(WordCursor &words, CopybookItem &item) : m_words(words), m_item(item) {}

    bool read(QString *error)
    {
        while (!m_words.atEnd()) {
            if (!readClause(error))
                return false;
        }
        return true;
    }

private:
    QString describedItem() const { return m_item.name.isEmpty() ? QStringLiteral("FILLER") : m_item.name; }
    bool fail(QString *error, const QString &why)
    {
        *error = CopybookItem::lineError(m_words.line(), why);
        return false;
    }

    bool readClause(QString *error)
    {
        const int line = m_words.line();
        const QString word = m_words.take().text.toUpper();
        if (word == u"PIC" || word == u"PICTURE")
            return readPicture(error);
        if (word == u"USAGE") {
            m_words.skip(u"IS");
            if (m_words.atEnd())
                return fail(error, CopybookItem::tr("USAGE without a usage"));
            return readUsage(m_words.take().text.toUpper(), error);
        }
        if (usageOf(word) || isRefusedUsage(word))
            return readUsage(word, error);
        if (word == u"SIGN" || word == u"LEADING" || word == u"TRAILING")
            return readSign(word, error);
        if (word == u"OCCURS")
            return readOccurs(error);
        if (word == u"VALUE" || word == u"VALUES") {
            m_words.skip(u"IS") || m_words.skip(u"ARE");
            m_words.skip(u"ALL");
            if (!m_words.atEnd())
                m_words.take(); // the value itself does not matter to the layout
            return true;
        }
        if (word == u"REDEFINES") {
            const QString target = m_words.atEnd() ? QString() : m_words.take().text;
            *error = CopybookItem::lineError(line, CopybookItem::tr("REDEFINES is not supported (%1 redefines %2)")
                                                       .arg(describedItem(), target));
            return false;
        }
        if (word == u"JUST" || word == u"JUSTIFIED" || word == u"SYNC" || word == u"SYNCHRONIZED")
            return fail(error, CopybookItem::tr("%1 is not supported (on %2)").arg(word, describedItem()));
        if (word == u"BLANK") {
            m_words.skip(u"WHEN");
            return m_words.skip(u"ZERO") || m_words.skip(u"ZEROS") || m_words.skip(u"ZEROES")
                   || fail(error, CopybookItem::tr("BLANK without WHEN ZERO"));
        }
        if (word == u"GLOBAL" || word == u"EXTERNAL" || word == u"IS")
            return true;
        return fail(error, CopybookItem::tr("'%1' is not understood (in the entry of %2)").arg(word, describedItem()));
    }

    bool readPicture(QString *error)
    {
        m_words.skip(u"IS");
        if (m_words.atEnd())
            return fail(error, CopybookItem::tr("PICTURE without a picture string"));
        if (m_item.picture)
            return fail(error, CopybookItem::tr("%1 has two PICTURE clauses").arg(describedItem()));
        QString why;
        m_item.picture = CopybookPicture::parse(m_words.take().text, &why);
        return m_item.picture || fail(error, why);
    }

    bool readUsage(const QString &word, QString *error)
    {
        if (const std::optional<CopybookItem::Usage> usage = usageOf(word)) {
            m_item.usage = *usage;
            if (*usage == CopybookItem::Usage::SizedBinary) {
                m_item.binaryBytes = word == u"BINARY-SHORT" ? 2 : word == u"BINARY-LONG" ? 4 : 8;
                m_item.binarySigned = !m_words.skip(u"UNSIGNED");
                m_words.skip(u"SIGNED");
            }
            return true;
        }
        return fail(error, CopybookItem::tr("USAGE %1 is not supported (on %2)").arg(word, describedItem()));
    }

    bool readSign(const QString &word, QString *error)
    {
        QString position = word;
        if (word == u"SIGN") {
            m_words.skip(u"IS");
            position = m_words.peek();
            if (position != u"LEADING" && position != u"TRAILING")
                return fail(error, CopybookItem::tr("SIGN without LEADING or TRAILING"));
            m_words.take();
        }
        CopybookItem::SignClause sign;
        sign.leading = position == u"LEADING";
        sign.separate = m_words.skip(u"SEPARATE");
        if (sign.separate)
            m_words.skip(u"CHARACTER");
        m_item.sign = sign;
        return true;
    }

    bool readOccurs(QString *error)
    {
        bool ok = false;
        const int count = m_words.atEnd() ? 0 : m_words.take().text.toInt(&ok);
        if (!ok || count < 1 || count > kMaxOccurs)
            return fail(error, CopybookItem::tr("OCCURS needs a count from 1 to %1").arg(kMaxOccurs));
        if (m_words.peek() == u"TO" || m_words.peek() == u"DEPENDING")
            return fail(error, CopybookItem::tr("OCCURS DEPENDING ON is not supported (on %1)").arg(describedItem()));
        m_words.skip(u"TIMES");
        if (m_words.peek() == u"DEPENDING")
            return fail(error, CopybookItem::tr("OCCURS DEPENDING ON is not supported (on %1)").arg(describedItem()));
        m_item.occurs = count;
        // KEY IS and INDEXED BY name things for the program; the data names after them are skipped.
        while (m_words.skip(u"ASCENDING") || m_words.skip(u"DESCENDING") || m_words.skip(u"INDEXED")) {
            m_words.skip(u"KEY") || m_words.skip(u"BY");
            m_words.skip(u"IS");
            while (!m_words.atEnd() && !isClauseWord(m_words.peek()) && m_words.peek() != u"ASCENDING"
                   && m_words.peek() != u"DESCENDING" && m_words.peek() != u"INDEXED")
                m_words.take();
        }
        return true;
    }

    WordCursor &m_words;
    CopybookItem &m_item;
};

} // namespace

QString CopybookItem::lineError(int line, const QString &why)
{
    return tr("copybook line %1: %2").arg(line).arg(why);
}

std::optional<CopybookItem> CopybookItem::fromEntry(const CopybookEntry &entry, QString *error)
{
    WordCursor words(entry);
    CopybookItem item;
    item.line = words.line();
    const QString levelWord = words.take().text;
    bool ok = false;
    item.level = levelWord.size() <= 2 ? levelWord.toInt(&ok) : 0;
    if (!ok) {
        *error = lineError(item.line, tr("expected a level number, found '%1'").arg(levelWord));
        return std::nullopt;
    }
    if (item.level == 88)
        return item; // a condition name: a value of its item, no data of its own
    if (item.level == 66) {
        *error = lineError(item.line, tr("RENAMES (level 66) is not supported"));
        return std::nullopt;
    }
    if (item.level < 1 || (item.level > 49 && item.level != 77)) {
        *error = lineError(item.line, tr("level %1 is not supported (01-49, 77 and 88 are)").arg(levelWord));
        return std::nullopt;
    }
    if (!words.atEnd() && !isClauseWord(words.peek())) {
        const QString name = words.take().text;
        if (!isDataName(name)) {
            *error = lineError(item.line, tr("'%1' is not a data name").arg(name));
            return std::nullopt;
        }
        if (name.toUpper() != u"FILLER")
            item.name = name;
    }
    if (!ClauseReader(words, item).read(error))
        return std::nullopt;
    if (item.sign && item.picture && !item.picture->isSigned) {
        *error = lineError(item.line, tr("SIGN on %1, whose PICTURE has no S").arg(item.name.isEmpty() ? QStringLiteral("FILLER") : item.name));
        return std::nullopt;
    }
    return item;
}

} // namespace barge
