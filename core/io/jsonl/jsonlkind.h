#pragma once
// The JSON Lines kind's name: its canonical URL scheme (jsonl:///abs/file.jsonl). It lives here, in
// the kind's own folder, because EndpointKind is open (endpoint/endpointkinds.h).

#include "endpoint/endpointkinds.h"

namespace barge {

inline constexpr EndpointKind JsonLinesKind{"jsonl"};
// JSON: a file holding one array of objects (json:///abs/file.json), read and written by the same
// classes in its JsonRecords framing.
inline constexpr EndpointKind JsonKind{"json"};

} // namespace barge
