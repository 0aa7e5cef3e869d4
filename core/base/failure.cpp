#include "base/failure.h"

namespace barge {

QString Failure::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Authentication: return QStringLiteral("authentication");
    case Kind::Unreachable: return QStringLiteral("unreachable");
    case Kind::MissingObject: return QStringLiteral("missing object");
    case Kind::Refused: return QStringLiteral("refused");
    case Kind::Io: return QStringLiteral("i/o");
    case Kind::Unsupported: return QStringLiteral("unsupported");
    case Kind::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

} // namespace barge
