#pragma once
// CsvWriter: writes records in a CsvDialect to a QIODevice it does not own. NULL (an invalid
// QVariant) is written as an empty unquoted field (or the null marker when one is set); an empty
// string as "" ; fields holding the delimiter, the quote, CR or LF, or leading/trailing spaces are
// quoted with the quote doubled. Non-string values are written through ValueConverter::toText.
// Output encoding is UTF-8 unless the dialect names another. Lines end with "\n"... CRLF when asked.
// Output is buffered: call flush() before closing the device (the destructor flushes too, if the
// device still exists). Use from one thread at a time.

#include "io/codepage.h"
#include "io/csv/csvdialect.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <QStringEncoder>

#include <optional>

class QIODevice;

namespace barge {

class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(barge::CsvWriter)

public:
    CsvWriter(QIODevice *device, const CsvDialect &dialect, bool crlf = false);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    // The kinds of the columns, so that the dialect's local format (decimal comma, date pattern,
    // yes/no words) writes the values it covers; without them values are written canonically.
    void setColumnKinds(const QList<TypeKind> &kinds);
    void writeHeader(const QStringList &names);
    // Why `values` cannot be written in the dialect's encoding (a character its code page has no
    // byte for: "field 2: 'Ł' (U+0141) has no byte in windows-1252"), or empty when they can.
    // writeRecord() of such values fails the writer; CsvTableWriter rejects the row instead.
    QString unwritable(const QList<QVariant> &values) const;
    void writeRecord(const QList<QVariant> &values);
    // Hands buffered output to the device and flushes a file device (CsvTableWriter calls it at
    // each commit). False on a write error, like ok().
    bool flush();
    // False when the device refused a write (disk full, closed); error() says so.
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    void writeField(const QString &text, bool isNull);
    QString localText(const QVariant &value, TypeKind kind) const;
    void put(const QString &text);
    bool needsQuotes(const QString &text) const;
    void endLine();
    void fail(const QString &why);

    QPointer<QIODevice> m_device;
    CsvDialect m_dialect;
    QString m_lineEnd;
    QString m_line;
    QStringEncoder m_encoder;
    std::optional<CodePage> m_codePage; // single-byte encodings, latin1 included
    QByteArray m_bytes;
    QList<TypeKind> m_local; // per column: the kind the format writes, Text for none
    QString m_error;
};

} // namespace barge
