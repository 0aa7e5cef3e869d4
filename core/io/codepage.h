#pragma once
// CodePage: a single-byte code page (windows-1250..1258, ISO-8859-x, KOI8-R, IBM437, EBCDIC...) as
// two tables built once from ICU: byte -> UTF-16, and UTF-16 -> byte for writing. A byte the page
// does not define decodes to nothing (isMapped() false). Tables are shared, immutable and built on
// first use of a page; a CodePage is a cheap value, safe to copy and use from any thread.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>

namespace barge {

class CodePage
{
    Q_DECLARE_TR_FUNCTIONS(barge::CodePage)

public:
    // The page named `name` in any spelling ICU knows ("cp1250", "latin2", "ISO_8859-15", "koi8r",
    // "ibm037"...), or nullopt with *error naming why: unknown, or not a single-byte encoding.
    static std::optional<CodePage> find(const QString &name, QString *error = nullptr);
    // The canonical (MIME, else IANA, else Windows) name of every ASCII-compatible single-byte page
    // ICU knows, sorted; ISO-8859-1 and windows-1252 first.
    static QStringList asciiCompatibleNames();
    // True when ICU knows `name` as an encoding of more than one byte per character (Shift_JIS, Big5,
    // GB18030, EUC-KR, UTF-32...): one a single-byte reader cannot take.
    static bool isMultiByte(const QString &name);

    QString name() const;            // canonical: "windows-1250", "ISO-8859-2", "KOI8-R", "IBM037"
    // NUL, tab, CR, LF and printable ASCII are themselves (false for EBCDIC; true for the DOS pages,
    // which give a few other control bytes graphic meanings).
    bool asciiCompatible() const;
    bool hasHoles() const;           // some byte is not mapped
    bool isMapped(uchar byte) const;
    // The character of `byte`; U+FFFD for an unmapped byte (check isMapped()).
    char16_t toUnicode(uchar byte) const;
    // The byte of `ch`, or -1 when the page has none.
    int fromUnicode(char16_t ch) const;

    // Decodes `bytes`; unmapped bytes become U+FFFD.
    QString decode(QByteArrayView bytes) const;

    friend bool operator==(const CodePage &a, const CodePage &b) { return a.m_tables == b.m_tables; }

    struct Tables;

private:
    explicit CodePage(std::shared_ptr<const Tables> tables) : m_tables(std::move(tables)) {}
    std::shared_ptr<const Tables> m_tables;
};

struct CodePage::Tables
{
    QString name;
    std::array<char16_t, 256> toUnicode{};
    std::array<bool, 256> mapped{};
    std::array<qint16, 65536> fromUnicode{}; // -1: no byte
    bool asciiCompatible = true;
    bool hasHoles = false;
};

inline bool CodePage::isMapped(uchar byte) const
{
    return m_tables->mapped[byte];
}

inline char16_t CodePage::toUnicode(uchar byte) const
{
    return m_tables->toUnicode[byte];
}

} // namespace barge
