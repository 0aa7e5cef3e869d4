#include "io/codepage.h"

#include <QCollator>
#include <QHash>
#include <QMutex>

#include <algorithm>
#include <cstring>

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

namespace barge {

namespace {

struct ConverterCloser
{
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Converter open(const char *name)
{
    UErrorCode status = U_ZERO_ERROR;
    Converter converter(ucnv_open(name, &status));
    return U_SUCCESS(status) ? std::move(converter) : Converter();
}

// The name people use: MIME's, else IANA's, else Windows', else ICU's own ("ibm-1006_P100-1995").
QString canonicalName(const char *icuName)
{
    for (const char *standard : {"MIME", "IANA", "WINDOWS"}) {
        UErrorCode status = U_ZERO_ERROR;
        const char *name = ucnv_getStandardName(icuName, standard, &status);
        if (U_SUCCESS(status) && name)
            return QString::fromLatin1(name);
    }
    return QString::fromLatin1(icuName);
}

// Decodes one byte with `converter`, stopping at an unmapped one instead of substituting.
std::optional<char16_t> decodeByte(UConverter *converter, uchar byte)
{
    UErrorCode status = U_ZERO_ERROR;
    ucnv_reset(converter);
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    UChar out[4];
    const char in = char(byte);
    const int32_t length = ucnv_toUChars(converter, out, 4, &in, 1, &status);
    if (U_FAILURE(status) || length != 1)
        return std::nullopt;
    return char16_t(out[0]);
}

// Bytes 0x80..0x9F of windows-1252. The five holes map to the C1 control of the same value, as
// browsers do, so every byte decodes and round-trips (Barge read windows-1252 this way before ICU).
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// The bytes a text format's syntax and numbers are made of: NUL, tab, the line ends and printable
// ASCII. The DOS pages (IBM437, IBM850...) swap a few other controls around (0x1A, 0x1C, 0x7F) and
// still count as ASCII-compatible.
bool keepsAscii(uchar byte)
{
    return byte == 0 || byte == '\t' || byte == '\n' || byte == '\r' || (byte >= 0x20 && byte < 0x7F);
}

std::shared_ptr<CodePage::Tables> buildTables(UConverter *converter, const QString &name)
{
    auto tables = std::make_shared<CodePage::Tables>();
    tables->name = name;
    tables->fromUnicode.fill(-1);
    for (int b = 0; b < 256; ++b) {
        std::optional<char16_t> ch = decodeByte(converter, uchar(b));
        if (name == QLatin1String("windows-1252") && b >= 0x80 && b < 0xA0)
            ch = kWindows1252High[b - 0x80];
        tables->mapped[b] = ch.has_value();
        tables->toUnicode[b] = ch.value_or(char16_t(QChar::ReplacementCharacter));
        if (!ch)
            tables->hasHoles = true;
        else if (tables->fromUnicode[*ch] < 0)
            tables->fromUnicode[*ch] = qint16(b);
        if (keepsAscii(uchar(b)) && ch != char16_t(b))
            tables->asciiCompatible = false;
    }
    return tables;
}

struct Cache
{
    QMutex lock;
    QHash<QByteArray, std::shared_ptr<const CodePage::Tables>> pages; // by ICU's name
};

Cache &cache()
{
    static Cache instance;
    return instance;
}

} // namespace

std::optional<CodePage> CodePage::find(const QString &name, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<CodePage> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QByteArray wanted = name.trimmed().toLatin1();
    Converter converter = wanted.isEmpty() ? Converter() : open(wanted.constData());
    if (!converter)
        return fail(tr("unknown encoding '%1'").arg(name));
    if (ucnv_getMaxCharSize(converter.get()) != 1)
        return fail(tr("%1 is not a single-byte encoding").arg(name));
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray icuName = ucnv_getName(converter.get(), &status);
    Cache &c = cache();
    QMutexLocker locker(&c.lock);
    auto known = c.pages.constFind(icuName);
    if (known == c.pages.constEnd())
        known = c.pages.insert(icuName, buildTables(converter.get(), canonicalName(icuName.constData())));
    return CodePage(*known);
}

QStringList CodePage::asciiCompatibleNames()
{
    static const QStringList names = [] {
        QStringList found;
        const int32_t count = ucnv_countAvailable();
        for (int32_t i = 0; i < count; ++i) {
            const char *icuName = ucnv_getAvailableName(i);
            if (std::strchr(icuName, ',')) // a variant with options, such as EBCDIC's swaplfnl
                continue;
            Converter converter = open(icuName);
            if (!converter || ucnv_getMaxCharSize(converter.get()) != 1)
                continue;
            bool ascii = true;
            for (int b = 0; b < 0x80 && ascii; ++b)
                ascii = !keepsAscii(uchar(b)) || decodeByte(converter.get(), uchar(b)) == char16_t(b);
            if (ascii)
                found << canonicalName(icuName);
        }
        found.removeDuplicates();
        QCollator collator(QLocale::c());
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(found.begin(), found.end(), collator);
        for (const char *first : {"windows-1252", "ISO-8859-1"}) {
            found.removeAll(QLatin1String(first));
            found.prepend(QLatin1String(first));
        }
        return found;
    }();
    return names;
}

bool CodePage::isMultiByte(const QString &name)
{
    const QByteArray wanted = name.trimmed().toLatin1();
    const Converter converter = wanted.isEmpty() ? Converter() : open(wanted.constData());
    return converter && ucnv_getMaxCharSize(converter.get()) > 1;
}

QString CodePage::name() const
{
    return m_tables->name;
}

bool CodePage::asciiCompatible() const
{
    return m_tables->asciiCompatible;
}

bool CodePage::hasHoles() const
{
    return m_tables->hasHoles;
}

int CodePage::fromUnicode(char16_t ch) const
{
    return m_tables->fromUnicode[ch];
}

QString CodePage::decode(QByteArrayView bytes) const
{
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    const auto *in = reinterpret_cast<const uchar *>(bytes.data());
    for (qsizetype i = 0; i < bytes.size(); ++i)
        out[i] = m_tables->toUnicode[in[i]];
    return text;
}

} // namespace barge
