#pragma once
// CsvParser: a streaming RFC 4180 parser with the real world around it: quoted delimiters, doubled
// quotes, newlines inside quotes, LF / CRLF / CR line ends, UTF-8 with or without BOM, legacy
// encodings (latin1, windows-1252), UTF-16 with BOM. Reads from a QIODevice it does not own, in chunks:
// memory stays flat in the file's size. Use from one thread at a time.

#include "io/csv/csvdialect.h"
#include "schema/datatype.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

class QIODevice;

namespace barge {

class CsvParser
{
    Q_DECLARE_TR_FUNCTIONS(barge::CsvParser)

public:
    CsvParser(QIODevice *device, const CsvDialect &dialect);
    ~CsvParser();
    CsvParser(const CsvParser &) = delete;
    CsvParser &operator=(const CsvParser &) = delete;

    // Skips a BOM, sets up decoding, sniffs the delimiter when the dialect asks for it.
    // False (with error()) for an unknown encoding or an unreadable device.
    bool start();
    QChar delimiter() const;
    // Per column, the type the plan will convert to. Unquoted fields of Int64 and Real columns that
    // are plain numbers then arrive as qlonglong / double instead of text (a fast path only: the
    // values are the ones ValueConverter would make from the text).
    void setTypeHints(const QList<DataType> &columnTypes);      // the one in use (after sniffing)

    // Reads the next record into `fields`: QVariant() for NULL (empty unquoted field or the null
    // marker), QString otherwise. Returns false at the end of the input (or on error()).
    // The header line is not special here: it comes back as the first record. Calls start() if needed.
    // A record that is malformed (unterminated quote at end of file, bytes invalid in the encoding,
    // NUL bytes) is still returned, with *problem describing it; the caller rejects it.
    bool readRecord(QList<QVariant> &fields, QString *problem);

    // Reads on from byte `offset` of the device, where a record begins on `line` (as CsvScanner
    // found it), and stops at byte `end` (-1: the device's end) as if the input ended there: one
    // part of a file split at record boundaries. Call after start(): the encoding and the delimiter
    // stay; no BOM is looked for. False (with error()) when the device cannot seek there.
    bool restartAt(qint64 offset, qint64 line, qint64 end);

    qint64 recordLine() const;    // 1-based physical line where the last record began
    qint64 bytesRead() const;     // bytes consumed from the device so far
    QString error() const;        // device/encoding failure that stops reading (not per-record)

    // Most likely delimiter among , ; \t | for a sample of the first lines (',' when nothing fits).
    static QChar sniffDelimiter(QStringView sample, QChar quote);
    // The problem of a record with bytes not valid in the encoding, in the current language: %1 the
    // encoding, %2 the field (from 1), %3 the line, %4 "byte" or "character", %5 its place in the
    // line. The wizard recognises it by these words (MappingPreview, FailureLocator).
    static QString invalidEncodingReason();

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace barge
