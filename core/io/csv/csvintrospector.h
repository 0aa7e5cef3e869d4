#pragma once
// CsvIntrospector: a CSV file is one table (named after the file), a folder holds one table per
// *.csv file. Describing a table reads the whole file once to infer column types (TypeInference):
// a type is only chosen when every value fits it. Results are cached per table.
// That pass runs on CsvScanner (bytes, nothing allocated per field) when the file's encoding allows,
// else on CsvParser; both give the same schema. The scanner's pass also notes where every
// thousandth record starts, so that a big file can load in parts (recordRanges) without another
// read: a part starts only where the scanner, by the parser's own rules, saw a record start.

#include "endpoint/endpoint.h"
#include "io/csv/csvdialect.h"
#include "io/introspector.h"

#include <QCoreApplication>
#include <QHash>

class QIODevice;

namespace barge {

class CsvIntrospector : public Introspector
{
    Q_DECLARE_TR_FUNCTIONS(barge::CsvIntrospector)

public:
    explicit CsvIntrospector(const Endpoint &endpoint);

    using Introspector::open;
    bool open(Failure *failure) override;
    QStringList tableNames(QString *error) override;
    std::optional<TableSchema> table(const QString &name, QString *error) override;
    bool hasTable(const QString &name) override;
    std::optional<QList<KeyRange>> recordRanges(const QString &table, qint64 rowsPerRange, QString *error) override;

    // The file that holds `table` for a CSV endpoint (whether or not it exists yet).
    static QString fileForTable(const Endpoint &endpoint, const QString &table);
    // Column names from a header record: blanks become "columnN", repeats get "_2", "_3".
    static QStringList columnNames(const QList<QVariant> &header, int count, bool hasHeader);

    // Which reader the inference pass runs on. Auto: CsvScanner when it can split the file, else
    // CsvParser. Parser and Scanner force one (Scanner fails when it cannot); they are for tests.
    enum class Pass { Auto, Parser, Scanner };
    // Where a record starts: its byte offset, its line and the records (after the header) before it.
    struct RecordStart
    {
        qint64 offset = 0;
        qint64 line = 0;
        qint64 rowsBefore = 0;
    };
    static constexpr qint64 recordStartEvery = 1000; // records between two RecordStarts
    // Reads a whole CSV (from the start of a seekable `device`) into an unnamed schema: columns
    // named from the header, types inferred from every value, the exact row count. *starts, when
    // given, gets every recordStartEvery-th record's start (the first included) when the scanner
    // ran, and stays empty when only the parser could read the file.
    static std::optional<TableSchema> describe(QIODevice *device, const CsvDialect &dialect, Pass pass,
                                               QString *error, QList<RecordStart> *starts = nullptr);
    // The parts of about rowsPerRange of `rows` records, from `starts` (describe's): one open range
    // when fewer than two would do.
    static QList<KeyRange> splitRecords(const QList<RecordStart> &starts, qint64 rows, qint64 rowsPerRange,
                                        int maxRanges = 1000);
    // The checksum of `file`'s bytes around `part`'s first byte and past its last (KeyRange::check):
    // taken when the file is split, compared before a part is read. Never 0. False on a read error.
    static bool partCheck(QIODevice *file, const KeyRange &part, quint32 *check);

private:
    Endpoint m_endpoint;
    CsvDialect m_dialect;
    QHash<QString, TableSchema> m_cache;
    QHash<QString, QList<RecordStart>> m_starts;
};

} // namespace barge
