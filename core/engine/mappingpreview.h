#pragma once
// MappingPreview: the first rows of a source table exactly as a TableMapping would write them.
// Each cell is converted on its own so every failing cell shows its own reason. compute() blocks
// (it reads the source): run it with QtConcurrent::run. In core (engine/, beside TableJob, whose
// reading and conversion it repeats on a few rows) so it needs no widgets; the wizard's
// FieldMappingPage shows it. Strings are translated in the context "MappingPreview".

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
    QString error;    // why the conversion fails (or the value cannot be read); empty when it succeeds
    QString text;     // for a value that cannot be read: the text as read (bad bytes as U+FFFD)
};

struct MappingPreview
{
    Q_DECLARE_TR_FUNCTIONS(MappingPreview)

public:
    QStringList columns;
    QList<QList<PreviewCell>> rows;
    QString error;       // the source could not be read
    QString encodingError; // the first value that is not valid in the source's encoding
    int generation = 0;

    int failedCells() const;
    // Says a value is not valid in the file's encoding and where to choose another, or an empty
    // string when `reason` (a CSV reader's reject reason) is about something else.
    static QString encodingMessage(const QString &reason);
    static MappingPreview compute(const Endpoint &source, const TableMapping &mapping, int maxRows, int generation);
};

} // namespace barge
