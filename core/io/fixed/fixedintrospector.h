#pragma once
// FixedIntrospector: a record file is one table named after the file. Its columns are the layout's
// fields: zoned, packed and binary fields have the type their picture gives; a text field has its
// declared type, or one inferred from every value as a CSV column's is (blank values count as NULL,
// right-aligned numbers are read without their leading spaces). Describing reads the whole file.

#include "endpoint/endpoint.h"
#include "io/introspector.h"

#include <QCoreApplication>
#include <QHash>

namespace barge {

class FixedIntrospector : public Introspector
{
    Q_DECLARE_TR_FUNCTIONS(barge::FixedIntrospector)

public:
    // asTarget: a file that does not exist yet is an empty target, not an error.
    FixedIntrospector(const Endpoint &endpoint, bool asTarget);

    using Introspector::open;
    bool open(Failure *failure) override;
    QStringList tableNames(QString *error) override;
    std::optional<TableSchema> table(const QString &name, QString *error) override;
    bool hasTable(const QString &name) override;

private:
    Endpoint m_endpoint;
    bool m_asTarget = false;
    std::optional<TableSchema> m_cache;
};

} // namespace barge
