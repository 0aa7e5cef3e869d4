#pragma once
// The record-file kind's name: its canonical URL scheme (fixed:///abs/file.dat?layout=...). It
// lives here, in the kind's own folder, because EndpointKind is open (endpoint/endpointkinds.h).

#include "endpoint/endpointkinds.h"

namespace barge {

inline constexpr EndpointKind FixedKind{"fixed"};

} // namespace barge
