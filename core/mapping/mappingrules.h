#pragma once
// MappingRules: what makes one table's field mappings valid whatever the target, the rules that
// profiles (Profile::fromJson) and the wizard's field mapping page both apply, so that a mapping
// one accepts the other does not refuse. Stateless.

#include "mapping/tablemapping.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace barge {

class MappingRules
{
public:
    // The form in which two target column names are the same column. MariaDB and SQLite compare
    // column names without regard to case ("Name" and "name" collide there, PostgreSQL keeps them
    // apart when quoted); a mapping must run on every target, so case never tells columns apart.
    static QString columnKey(const QString &name);
    // The targets of `fields` that repeat the target of a field before them (by columnKey), in
    // order and as spelled; empty when every field has a column of its own.
    static QStringList duplicateTargets(const QList<FieldMapping> &fields);
};

} // namespace barge
