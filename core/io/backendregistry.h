#pragma once
// BackendRegistry: what each kind of source or target can do and how to make its parts, registered
// by the kind's own folder (core/io/<kind>/<kind>backend.cpp) together with its URL description
// (EndpointKinds). Backend, the planner and the engine ask it instead of switching on EndpointKind.
// Adding a kind: a folder under core/io/ with its backend file, and its name in BARGE_BACKENDS
// (core/CMakeLists.txt); docs/architecture.md shows the steps.

#include "endpoint/endpointkinds.h"

#include <QStringList>

#include <functional>
#include <memory>

namespace barge {

struct Endpoint;
class Introspector;
class RowReader;
class RowWriter;
class TableDigest;

struct BackendInfo
{
    EndpointKind kind = EndpointKind::Sqlite;
    bool reads = true;       // a source
    bool writes = true;      // a target
    bool keepsMarks = false; // a target that keeps resume marks, committed with the rows (LoadMark)
    bool hasKeys = false;    // tables with primary keys, indexes and foreign keys
    // A file source whose big tables load in parts split at record boundaries (Introspector::
    // recordRanges) and read by a reader's restrictToRange(KeyRange::records(), ...).
    bool splitsRecords = false;
    // asTarget: a target that does not exist yet (a new file) is empty rather than an error.
    std::function<std::unique_ptr<Introspector>(const Endpoint &, bool asTarget)> introspector;
    std::function<std::unique_ptr<RowReader>(const Endpoint &, const QString &table)> reader;
    std::function<std::unique_ptr<RowWriter>(const Endpoint &, const QString &table)> writer;
    // Optional: key-group checksums computed by the server itself (`barge sync`); without it, sync
    // reads the table through the reader and hashes it in Barge.
    std::function<std::unique_ptr<TableDigest>(const Endpoint &, const QString &table)> digest;
    // Optional. Settles what a source endpoint leaves open and its data can tell (CSV: the encoding
    // of files whose URL names none) by writing it into the endpoint's options, so that the plan, a
    // dry run and a saved profile carry the decision and the introspector and the readers agree.
    // *notes: what was decided, to tell the person. False, with *error, when it cannot decide.
    // The front ends call it (Backend::settleSource) where they take a source endpoint.
    std::function<bool(Endpoint *, QStringList *notes, QString *error)> settleSource;
};

class BackendRegistry
{
public:
    // Registers a kind: its URL description and its backend (called from registerBuiltinKinds).
    static void add(const KindInfo &kind, const BackendInfo &backend);
    // Null when no folder registered the kind.
    static const BackendInfo *find(EndpointKind kind);
};

} // namespace barge
