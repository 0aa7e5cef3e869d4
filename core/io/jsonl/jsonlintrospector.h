#pragma once
// JsonlIntrospector: a JSON Lines file is one table (named after the file), a folder holds one table
// per *.jsonl or *.ndjson file; the same for a JSON file of one array of objects (json:, *.json). Describing a table reads the whole file once (JsonlLayout): columns
// are the union of the lines' keys, nested objects flattened, and a type is chosen only when every
// value fits it. The layout is kept per file (path, size, modification time) so that the reader
// opening the same unchanged file does not scan it again; that cache is thread safe.

#include "endpoint/endpoint.h"
#include "io/introspector.h"
#include "io/jsonl/jsonllayout.h"
#include "io/jsonl/jsonrecords.h"

#include <QHash>
#include <memory>

class QIODevice;

namespace barge {

class JsonlIntrospector : public Introspector
{
public:
    // asTarget: a file or folder that does not exist yet is an empty target, not an error.
    JsonlIntrospector(const Endpoint &endpoint, bool asTarget);

    using Introspector::open;
    bool open(Failure *failure) override;
    QStringList tableNames(QString *error) override;
    std::optional<TableSchema> table(const QString &name, QString *error) override;
    bool hasTable(const QString &name) override;

    // The file that holds `table` for a JSON Lines endpoint (whether or not it exists yet).
    static QString fileForTable(const Endpoint &endpoint, const QString &table);
    // The layout of a whole file read with the endpoint's local format, from the cache when the file
    // and the format have not changed since.
    static std::shared_ptr<const JsonlLayout> layoutOf(const Endpoint &endpoint, const QString &path, QString *error);
    // Reads a whole JSON Lines text (or JSON array) from `device`: the records that do not parse or
    // fit are left out. `wholeObjects`: the nested objects kept as one json column (json= option).
    static std::optional<JsonlLayout> describe(QIODevice *device, QString *error,
                                               const LocalFormat &format = LocalFormat(),
                                               JsonRecords::Framing framing = JsonRecords::Framing::Lines,
                                               const QSet<QString> &wholeObjects = {});

private:
    Endpoint m_endpoint;
    bool m_asTarget = false;
};

} // namespace barge
