#pragma once
// Backend: makes the introspector, reader and writer for an Endpoint's kind and says what the kind
// can do, from what each kind's folder under io/ registered (BackendRegistry).

#include "endpoint/endpoint.h"
#include "io/introspector.h"
#include "io/rowreader.h"
#include "io/rowwriter.h"
#include "io/tabledigest.h"

#include <memory>

namespace barge {

class Backend
{
public:
    // False (with *error) when this build cannot read from / write to the endpoint's kind.
    static bool canRead(const Endpoint &endpoint, QString *error);
    static bool canWrite(const Endpoint &endpoint, QString *error);
    // A target that keeps resume marks with its rows; one with primary keys, indexes, foreign keys.
    static bool keepsMarks(const Endpoint &endpoint);
    static bool hasKeys(const Endpoint &endpoint);
    // A file source that splits big tables at record boundaries (BackendInfo::splitsRecords).
    static bool splitsRecords(const Endpoint &endpoint);

    // Lets the kind settle what the source endpoint leaves to its data (BackendInfo::settleSource);
    // true and nothing changed for kinds that need nothing.
    static bool settleSource(Endpoint *endpoint, QStringList *notes, QString *error);

    // asTarget: a missing SQLite file is an empty target rather than an error.
    static std::unique_ptr<Introspector> introspector(const Endpoint &endpoint, bool asTarget = false);
    static std::unique_ptr<RowReader> reader(const Endpoint &endpoint, const QString &table);
    static std::unique_ptr<RowWriter> writer(const Endpoint &endpoint, const QString &table);
    // Null where the kind's server cannot checksum a table itself (BackendInfo::digest).
    static std::unique_ptr<TableDigest> digest(const Endpoint &endpoint, const QString &table);
};

} // namespace barge
