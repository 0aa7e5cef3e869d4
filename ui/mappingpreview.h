#pragma once
// MappingPreview: the first rows of a source table exactly as a TableMapping would write them.
// Each cell is converted on its own so every failing cell shows its own reason. compute() blocks
// (it reads the source): run it with QtConcurrent::run.

#include "endpoint/endpoint.h"
#include "mapping/tablemapping.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace barge {

struct PreviewCell
{
    QVariant value;   // as converted (invalid = NULL)
    QString error;    // why the conversion fails; empty when it succeeds
};

struct MappingPreview
{
    Q_DECLARE_TR_FUNCTIONS(MappingPreview)

public:
    QStringList columns;
    QList<QList<PreviewCell>> rows;
    QString error;       // the source could not be read
    int generation = 0;

    int failedCells() const;
    static MappingPreview compute(const Endpoint &source, const TableMapping &mapping, int maxRows, int generation);
};

} // namespace barge
