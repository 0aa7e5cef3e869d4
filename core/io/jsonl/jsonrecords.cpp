#include "io/jsonl/jsonrecords.h"

#include "io/jsonl/jsonarrayreader.h"
#include "io/jsonl/jsonlkind.h"
#include "io/jsonl/jsonllinereader.h"

namespace barge {

JsonRecords::Framing JsonRecords::framingOf(const Endpoint &endpoint)
{
    return endpoint.kind == JsonKind ? Framing::Array : Framing::Lines;
}

std::unique_ptr<JsonRecords> JsonRecords::open(QIODevice *device, Framing framing)
{
    switch (framing) {
    case Framing::Lines:
        return std::make_unique<JsonlLineReader>(device);
    case Framing::Array:
        return std::make_unique<JsonArrayReader>(device);
    }
    return nullptr;
}

QString JsonRecords::recordNoun(Framing framing)
{
    switch (framing) {
    case Framing::Lines:
        return QStringLiteral("line");
    case Framing::Array:
        return QStringLiteral("element");
    }
    return QString();
}

} // namespace barge
