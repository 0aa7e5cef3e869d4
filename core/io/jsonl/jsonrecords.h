#pragma once
// JsonRecords: the records of a JSON document file, one at a time, whatever frames them: the lines
// of a JSON Lines file (JsonlLineReader) or the elements of a JSON file's top-level array
// (JsonArrayReader). Each record comes as its bytes, to be parsed by JsonlLineParser, with its
// 1-based number (a line number, or an element number) for messages and the rejects file.

#include "endpoint/endpoint.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QIODevice;

namespace barge {

class JsonRecords
{
public:
    enum class Framing {
        Lines, // JSON Lines: one value a line (jsonl:)
        Array, // JSON: one array of values (json:)
    };
    static Framing framingOf(const Endpoint &endpoint);
    // Reads `device` (not owned) in `framing`.
    static std::unique_ptr<JsonRecords> open(QIODevice *device, Framing framing);
    // "line" or "element", as positions are named in messages and rejects files ("orders.json
    // element 12"); not translated, as the rejects files' positions are not.
    static QString recordNoun(Framing framing);

    virtual ~JsonRecords() = default;

    // The next record's bytes into *record, with its number. *problem is set (and *record empty)
    // for a record that cannot be taken as one (too long). False at the end, or when the file
    // cannot be read further (then error() says why, naming where).
    virtual bool next(QByteArray *record, qint64 *number, QString *problem) = 0;
    virtual qint64 bytesRead() const = 0;
    virtual QString error() const = 0;
};

} // namespace barge
