#pragma once
// JsonlIntrospector: a JSON Lines file is one table (named after the file), a folder holds one table
// per *.jsonl or *.ndjson file; the same for a JSON file of one array of objects (json:, *.json). Describing a table reads the whole file once (JsonlLayout; a large JSON Lines file in parts on several threads): columns
// are the union of the lines' keys, nested objects flattened, and a type is chosen only when every
// value fits it. The layout is kept per file (path, size, modification time) so that the reader
// opening the same unchanged file does not scan it again; that cache is thread safe.

#include "endpoint/endpoint.h"
#include "io/introspector.h"
#include "io/jsonl/jsonllayout.h"
#include "io/jsonl/jsonlspill.h"
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
    // and the format have not changed since. *spill (when asked): the records that scan read, kept
    // for the copy (JsonlSpill); null when none could be kept.
    static std::shared_ptr<const JsonlLayout> layoutOf(const Endpoint &endpoint, const QString &path, QString *error,
                                                       std::shared_ptr<const JsonlSpill> *spill = nullptr);
    // Whether layoutOf keeps the records it read (on by default); tests compare both ways.
    static void setSpilling(bool on);
    // How many parts layoutOf reads a JSON Lines file in (0, the default: as describeFile chooses
    // by the file's size); tests force several on small files.
    static void setParts(int parts);
    // Reads a whole JSON Lines text (or JSON array) from `device`: the records that do not parse or
    // fit are left out. `wholeObjects`: the nested objects kept as one json column (json= option).
    static std::optional<JsonlLayout> describe(QIODevice *device, QString *error,
                                               const LocalFormat &format = LocalFormat(),
                                               JsonRecords::Framing framing = JsonRecords::Framing::Lines,
                                               const QSet<QString> &wholeObjects = {});
    // The same for the file at `path`, a JSON Lines file of some size read in `parts` on as many
    // threads (0: one per core, a part per partBytes at least, 8 at most), which ends with the same
    // layout as one thread reading it whole. A JSON array is read whole. *spill (when given): every
    // record as read, for the copy, or null when it cannot be kept.
    static std::optional<JsonlLayout> describeFile(const QString &path, QString *error, const LocalFormat &format,
                                                   JsonRecords::Framing framing, const QSet<QString> &wholeObjects,
                                                   int parts = 0, std::shared_ptr<const JsonlSpill> *spill = nullptr);
    static constexpr qint64 partBytes = 16 << 20;

private:
    Endpoint m_endpoint;
    bool m_asTarget = false;
};

} // namespace barge
