#include "io/csv/csvwriter.h"

#include "schema/temporaltext.h"
#include "schema/valueconverter.h"

#include <QFileDevice>
#include <QIODevice>

namespace barge {

namespace {

// Large writes keep a million-row export from being a million device calls.
constexpr qsizetype kFlushChars = 256 * 1024;

QStringEncoder encoderFor(const QString &canonical)
{
    if (canonical == QLatin1String("UTF-16LE"))
        return QStringEncoder(QStringConverter::Utf16LE);
    if (canonical == QLatin1String("UTF-16BE"))
        return QStringEncoder(QStringConverter::Utf16BE);
    // Plain "UTF-16" gets a BOM so that readers (ours included) know the byte order.
    if (canonical == QLatin1String("UTF-16"))
        return QStringEncoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    return QStringEncoder(QStringConverter::Utf8);
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, const CsvDialect &dialect, bool crlf)
    : m_device(device)
    , m_dialect(dialect)
    , m_lineEnd(crlf ? QStringLiteral("\r\n") : QStringLiteral("\n"))
{
    const QString canonical = CsvDialect::canonicalEncoding(dialect.encoding);
    if (canonical.isEmpty())
        fail(tr("unsupported encoding '%1'").arg(dialect.encoding));
    if (!canonical.isEmpty() && !CsvDialect::isUnicode(canonical))
        m_codePage = CodePage::find(canonical);
    m_encoder = encoderFor(canonical);
    m_line.reserve(kFlushChars + 4096);
}

CsvWriter::~CsvWriter()
{
    if (m_device && m_device->isOpen())
        flush();
}

void CsvWriter::writeHeader(const QStringList &names)
{
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i > 0)
            m_line += m_dialect.delimiter;
        writeField(names.at(i), false);
    }
    endLine();
}

void CsvWriter::setColumnKinds(const QList<TypeKind> &kinds)
{
    m_local.clear();
    for (const TypeKind kind : kinds)
        m_local << (m_dialect.format.covers(kind) ? kind : TypeKind::Text);
    if (m_local.count(TypeKind::Text) == m_local.size())
        m_local.clear();
}

// The value in the engine's form for `kind` (ValueConverter) written the local way.
QString CsvWriter::localText(const QVariant &value, TypeKind kind) const
{
    const LocalFormat &format = m_dialect.format;
    if (kind == TypeKind::Boolean && value.typeId() == QMetaType::Bool)
        return format.fromBoolean(value.toBool());
    const QString text = ValueConverter::toText(value);
    if (kind == TypeKind::Date || kind == TypeKind::Time || kind == TypeKind::DateTime) {
        TemporalText::Parts parts;
        return TemporalText::parse(text, &parts) ? format.fromParts(parts, kind) : text;
    }
    if (kind == TypeKind::Boolean)
        return text;
    // Reals too: their shortest text has no exponent from 1e-7 to 1e21; beyond it stays canonical.
    if (text.contains(u'e') || text.contains(u'n') || text.contains(u'N'))
        return text;
    // Integers are often numbers that name things (customer 12345), so only fractional kinds get
    // the thousands separator.
    const bool grouped = kind == TypeKind::Decimal || kind == TypeKind::Real;
    return format.fromCanonicalNumber(text, grouped && !format.thousandsSeparators().isEmpty());
}

void CsvWriter::writeRecord(const QList<QVariant> &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            m_line += m_dialect.delimiter;
        const QVariant &value = values.at(i);
        if (!value.isValid() || value.isNull())
            writeField(QString(), true);
        else if (i < m_local.size() && m_local.at(i) != TypeKind::Text)
            writeField(localText(value, m_local.at(i)), false);
        else if (value.typeId() == QMetaType::QString) // the common case: no conversion, no copy
            writeField(*static_cast<const QString *>(value.constData()), false);
        else
            writeField(ValueConverter::toText(value), false);
    }
    endLine();
}

QString CsvWriter::unwritable(const QList<QVariant> &values) const
{
    if (!m_codePage)
        return QString();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (!value.isValid() || value.isNull())
            continue;
        const QString text = value.typeId() == QMetaType::QString ? value.toString() : ValueConverter::toText(value);
        for (QChar c : text) {
            if (m_codePage->fromUnicode(c.unicode()) < 0)
                return tr("field %1: '%2' (U+%3) has no byte in %4")
                    .arg(i + 1).arg(c).arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'))).arg(m_codePage->name());
        }
    }
    return QString();
}

bool CsvWriter::needsQuotes(const QString &text) const
{
    if (text.isEmpty() || isBlank(text.front()) || isBlank(text.back()))
        return true;
    if (!m_dialect.nullMarker.isEmpty() && text == m_dialect.nullMarker)
        return true;
    const QChar delimiter = m_dialect.delimiter;
    const QChar quote = m_dialect.quote;
    for (QChar c : text) {
        if (c == delimiter || c == quote || c == u'\n' || c == u'\r')
            return true;
    }
    return false;
}

void CsvWriter::writeField(const QString &text, bool isNull)
{
    if (isNull) {
        m_line += m_dialect.nullMarker;
        return;
    }
    // Without a quote character there is no way to protect a field; it goes out as it is.
    if (m_dialect.quote.isNull() || !needsQuotes(text)) {
        m_line += text;
        return;
    }
    const QChar quote = m_dialect.quote;
    m_line += quote;
    qsizetype from = 0;
    for (qsizetype at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, from)) {
        m_line += QStringView(text).mid(from, at + 1 - from);
        m_line += quote;
        from = at + 1;
    }
    m_line += QStringView(text).mid(from);
    m_line += quote;
}

void CsvWriter::endLine()
{
    m_line += m_lineEnd;
    if (m_line.size() >= kFlushChars) {
        put(m_line);
        m_line.truncate(0); // keeps the capacity
    }
}

// Encodes and writes text. After the first failure nothing more is written.
void CsvWriter::put(const QString &text)
{
    if (!ok() || text.isEmpty())
        return;
    if (!m_device) {
        fail(tr("the output device is gone"));
        return;
    }
    if (m_codePage) {
        m_bytes.resize(text.size());
        char *out = m_bytes.data();
        for (QChar c : text) {
            const int byte = m_codePage->fromUnicode(c.unicode());
            if (byte < 0) {
                fail(tr("'%1' (U+%2) has no byte in %3")
                         .arg(c).arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'))).arg(m_codePage->name()));
                return;
            }
            *out++ = char(byte);
        }
    } else {
        m_bytes.resize(m_encoder.requiredSpace(text.size()));
        const char *end = m_encoder.appendToBuffer(m_bytes.data(), text);
        m_bytes.truncate(end - m_bytes.constData());
    }
    if (m_device->write(m_bytes) != m_bytes.size())
        fail(m_device->errorString());
}

bool CsvWriter::flush()
{
    put(m_line);
    m_line.truncate(0);
    auto *file = qobject_cast<QFileDevice *>(m_device.data());
    if (ok() && file && !file->flush())
        fail(file->errorString());
    return ok();
}

void CsvWriter::fail(const QString &why)
{
    if (!m_error.isEmpty())
        return;
    const auto *file = qobject_cast<const QFileDevice *>(m_device.data());
    const QString target = file && !file->fileName().isEmpty() ? file->fileName() : tr("the CSV output");
    m_error = tr("could not write to %1: %2").arg(target, why);
}

} // namespace barge
