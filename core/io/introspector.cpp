#include "io/introspector.h"

namespace barge {

bool Introspector::hasTable(const QString &name)
{
    QString error;
    return tableNames(&error).contains(name);
}

} // namespace barge
