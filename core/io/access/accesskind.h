#pragma once
// The Access database kind's name: its canonical URL scheme (access:///abs/file.mdb). It lives here,
// in the kind's own folder, because EndpointKind is open (endpoint/endpointkinds.h).

#include "endpoint/endpointkinds.h"

namespace barge {

inline constexpr EndpointKind AccessKind{"access"};

} // namespace barge
