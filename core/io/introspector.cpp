#include "io/introspector.h"

namespace barge {

bool Introspector::open(QString *error)
{
    Failure failure;
    if (open(&failure))
        return true;
    *error = failure.message;
    return false;
}

bool Introspector::hasTable(const QString &name)
{
    QString error;
    return tableNames(&error).contains(name);
}

} // namespace barge
