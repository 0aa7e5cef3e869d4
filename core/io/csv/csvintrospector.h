#pragma once
// CsvIntrospector: a CSV file is one table (named after the file), a folder holds one table per
// *.csv file. Describing a table reads the whole file once to infer column types (TypeInference):
// a type is only chosen when every value fits it. Results are cached per table.
// That pass runs on CsvScanner (bytes, nothing allocated per field) when the file's encoding allows,
// else on CsvParser; both give the same schema.

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

    // The file that holds `table` for a CSV endpoint (whether or not it exists yet).
    static QString fileForTable(const Endpoint &endpoint, const QString &table);
    // Column names from a header record: blanks become "columnN", repeats get "_2", "_3".
    static QStringList columnNames(const QList<QVariant> &header, int count, bool hasHeader);

    // Which reader the inference pass runs on. Auto: CsvScanner when it can split the file, else
    // CsvParser. Parser and Scanner force one (Scanner fails when it cannot); they are for tests.
    enum class Pass { Auto, Parser, Scanner };
    // Reads a whole CSV (from the start of a seekable `device`) into an unnamed schema: columns
    // named from the header, types inferred from every value, the exact row count.
    static std::optional<TableSchema> describe(QIODevice *device, const CsvDialect &dialect, Pass pass,
                                               QString *error);

private:
    Endpoint m_endpoint;
    CsvDialect m_dialect;
    QHash<QString, TableSchema> m_cache;
};

} // namespace barge
