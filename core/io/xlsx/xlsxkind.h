#pragma once
// The Excel workbook kind's name: its canonical URL scheme (xlsx:///abs/book.xlsx). It lives here, in
// the kind's own folder, because EndpointKind is open (endpoint/endpointkinds.h).

#include "endpoint/endpointkinds.h"

namespace barge {

inline constexpr EndpointKind XlsxKind{"xlsx"};

} // namespace barge
