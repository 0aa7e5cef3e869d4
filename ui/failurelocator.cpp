#include "failurelocator.h"

#include "engine/endpointscanner.h"
#include "engine/tablejob.h"
#include "io/csv/csvparser.h"
#include "io/rowwriter.h"
#include "base/messagepattern.h"
#include "migrationwizard.h"

namespace barge {

namespace {

// Core's messages are in the wizard's language: they are recognised by core's own words for them.

// A row the source could not decode (CsvParser): "invalid UTF-8 in field 2 at line 3, …".
bool isEncodingProblem(const QString &error)
{
    return MessagePattern(CsvParser::invalidEncodingReason()).isIn(error);
}

bool mentions(const QString &error, const Endpoint &endpoint)
{
    return endpoint.isFileBased() && !endpoint.path.isEmpty() && error.contains(endpoint.path);
}

} // namespace

QString FailureLocator::firstError(const Report &report, QString *targetTable)
{
    if (!report.error.isEmpty())
        return report.error;
    for (const TableReport &table : report.tables) {
        if (table.status == RunStatus::Failed && !table.error.isEmpty()) {
            if (targetTable)
                *targetTable = table.target;
            return table.error;
        }
    }
    return QString();
}

FailureLocation FailureLocator::locate(const Plan &plan, const Report &report)
{
    FailureLocation where;
    if (report.status != RunStatus::Failed)
        return where;
    QString table;
    where.message = firstError(report, &table);
    const QString &error = where.message;
    if (isEncodingProblem(error)) {
        where.pageId = MigrationWizard::SourcePageId; // the Encoding setting
        return where;
    }
    if (MessagePattern(TableJob::stoppedAtBadRow()).isIn(error)) {
        // Writers name themselves ("copy.db table notes: UNIQUE constraint failed"): a row the target
        // refused (a key appended twice) is the target's mode; a value that did not convert, the mapping's.
        const bool refusedByTarget = !table.isEmpty()
            && MessagePattern(RowWriter::tableLabel() + QStringLiteral(": "), {{2, table}}).isIn(error);
        where.pageId = refusedByTarget ? MigrationWizard::TargetPageId : MigrationWizard::FieldMappingPageId;
        return where;
    }
    if (plan.options.onError == OnError::Skip && !plan.options.rejectsDir.isEmpty()
        && error.contains(plan.options.rejectsDir)) {
        where.pageId = MigrationWizard::OptionsPageId;
        return where;
    }
    // An end that does not answer now is the one to change, whatever the message says.
    const ConnectionCheck source = EndpointScanner::test(plan.source, EndpointScanner::Role::Source);
    if (!source.ok) {
        where.pageId = MigrationWizard::SourcePageId;
        where.message = source.message;
        where.unreachable = true;
        return where;
    }
    const ConnectionCheck target = EndpointScanner::test(plan.target, EndpointScanner::Role::Target);
    if (!target.ok) {
        where.pageId = MigrationWizard::TargetPageId;
        where.message = target.message;
        where.unreachable = true;
        return where;
    }
    // Both answer: the message names the file it is about; otherwise the target refused the rows
    // (a duplicate key when appending, a constraint, a permission), which the target page's mode
    // or connection settings change.
    where.pageId = mentions(error, plan.source) && !mentions(error, plan.target) ? MigrationWizard::SourcePageId
                                                                                  : MigrationWizard::TargetPageId;
    return where;
}

} // namespace barge
