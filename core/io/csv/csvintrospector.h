#pragma once
// CsvIntrospector: a CSV file is one table (named after the file), a folder holds one table per
// *.csv file. Describing a table reads the whole file once to infer column types (TypeInference):
// a type is only chosen when every value fits it. Results are cached per table.

#include "endpoint/endpoint.h"
#include "io/csv/csvdialect.h"
#include "io/introspector.h"

#include <QHash>

namespace barge {

class CsvIntrospector : public Introspector
{
public:
    explicit CsvIntrospector(const Endpoint &endpoint);

    bool open(QString *error) override;
    QStringList tableNames(QString *error) override;
    std::optional<TableSchema> table(const QString &name, QString *error) override;
    bool hasTable(const QString &name) override;

    // The file that holds `table` for a CSV endpoint (whether or not it exists yet).
    static QString fileForTable(const Endpoint &endpoint, const QString &table);
    // Column names from a header record: blanks become "columnN", repeats get "_2", "_3".
    static QStringList columnNames(const QList<QVariant> &header, int count, bool hasHeader);

private:
    Endpoint m_endpoint;
    CsvDialect m_dialect;
    QHash<QString, TableSchema> m_cache;
};

} // namespace barge
