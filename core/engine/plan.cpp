#include "engine/plan.h"

namespace barge {

// The spellings are part of the profile format: changing one breaks saved profiles.
QString onErrorName(OnError onError)
{
    switch (onError) {
    case OnError::Abort:
        return QStringLiteral("abort");
    case OnError::Skip:
        return QStringLiteral("skip");
    }
    return QStringLiteral("abort");
}

bool parseOnError(const QString &text, OnError *onError)
{
    for (OnError candidate : {OnError::Abort, OnError::Skip}) {
        if (text == onErrorName(candidate)) {
            *onError = candidate;
            return true;
        }
    }
    return false;
}

} // namespace barge
