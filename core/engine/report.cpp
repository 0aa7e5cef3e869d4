#include "engine/report.h"

#include "base/messagepattern.h"
#include "engine/planner.h"
#include "engine/totals.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace barge {

QString runStatusText(RunStatus status)
{
    switch (status) {
    case RunStatus::Ok:
        return QCoreApplication::translate("barge::Report", "OK");
    case RunStatus::Rejected:
        return QCoreApplication::translate("barge::Report", "OK, with rejected rows");
    case RunStatus::Failed:
        return QCoreApplication::translate("barge::Report", "Failed");
    case RunStatus::Cancelled:
        return QCoreApplication::translate("barge::Report", "Stopped");
    case RunStatus::Skipped:
        return QCoreApplication::translate("barge::Report", "Skipped");
    }
    return QString();
}

QString runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Ok:
        return QStringLiteral("ok");
    case RunStatus::Rejected:
        return QStringLiteral("rejected");
    case RunStatus::Failed:
        return QStringLiteral("failed");
    case RunStatus::Cancelled:
        return QStringLiteral("cancelled");
    case RunStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return QString();
}

qint64 Report::totalRead() const
{
    return sumOf(tables, &TableReport::read);
}

qint64 Report::totalWritten() const
{
    return sumOf(tables, &TableReport::written);
}

qint64 Report::totalRejected() const
{
    return sumOf(tables, &TableReport::rejected);
}

int Report::exitCode() const
{
    switch (status) {
    case RunStatus::Ok:
    case RunStatus::Skipped:
        return 0;
    case RunStatus::Rejected:
        return 3;
    case RunStatus::Cancelled:
        return 130;
    case RunStatus::Failed:
        return 1;
    }
    return 1;
}

RunStatus Report::combine(const QList<TableReport> &tables)
{
    bool cancelled = false;
    bool rejected = false;
    for (const TableReport &t : tables) {
        if (t.status == RunStatus::Failed)
            return RunStatus::Failed;
        cancelled = cancelled || t.status == RunStatus::Cancelled;
        rejected = rejected || t.rejected > 0;
    }
    if (cancelled)
        return RunStatus::Cancelled;
    return rejected ? RunStatus::Rejected : RunStatus::Ok;
}

QString TableReport::mergeSummary(const QLocale &locale) const
{
    if (!merged)
        return QString();
    if (synced) {
        return QCoreApplication::translate("barge::Report", "%1 inserted, %2 updated, %3 deleted, %4 unchanged")
            .arg(locale.toString(inserted), locale.toString(updated), locale.toString(deleted), locale.toString(unchanged));
    }
    return QCoreApplication::translate("barge::Report", "%1 inserted, %2 updated, %3 unchanged")
        .arg(locale.toString(inserted), locale.toString(updated), locale.toString(unchanged));
}

namespace {

RunStatus statusNamed(const QString &name)
{
    for (RunStatus s : {RunStatus::Ok, RunStatus::Rejected, RunStatus::Failed, RunStatus::Cancelled, RunStatus::Skipped}) {
        if (runStatusName(s) == name)
            return s;
    }
    return RunStatus::Ok;
}

} // namespace

QJsonObject TableReport::toJson() const
{
    QJsonObject table{{QStringLiteral("source"), source},
                      {QStringLiteral("target"), target},
                      {QStringLiteral("read"), read},
                      {QStringLiteral("written"), written},
                      {QStringLiteral("rejected"), rejected},
                      {QStringLiteral("seconds"), qRound(seconds * 1000) / 1000.0},
                      {QStringLiteral("status"), runStatusName(status)}};
    if (merged) {
        table.insert(QStringLiteral("inserted"), inserted);
        table.insert(QStringLiteral("updated"), updated);
        table.insert(QStringLiteral("unchanged"), unchanged);
    }
    if (synced)
        table.insert(QStringLiteral("deleted"), deleted);
    if (sourceAsOf.isValid())
        table.insert(QStringLiteral("sourceAsOf"), sourceAsOf.toUTC().toString(Qt::ISODateWithMs));
    if (sourceRows >= 0)
        table.insert(QStringLiteral("sourceRows"), sourceRows);
    if (!error.isEmpty())
        table.insert(QStringLiteral("error"), error);
    if (!rejectsFile.isEmpty())
        table.insert(QStringLiteral("rejectsFile"), rejectsFile);
    if (!verification.isEmpty())
        table.insert(QStringLiteral("verification"), verification);
    if (!watermark.isEmpty())
        table.insert(QStringLiteral("watermark"), watermark);
    if (!ranges.isEmpty()) {
        QJsonArray parts;
        for (const RangeReport &range : ranges)
            parts.append(range.toJson());
        table.insert(QStringLiteral("ranges"), parts);
    }
    return table;
}

// Key bounds are strings: a JSON number is a double, exact only up to 2^53.
QJsonObject RangeReport::toJson() const
{
    QJsonObject range{{QStringLiteral("range"), label},
                      {QStringLiteral("read"), read},
                      {QStringLiteral("written"), written},
                      {QStringLiteral("rejected"), rejected},
                      {QStringLiteral("seconds"), qRound(seconds * 1000) / 1000.0},
                      {QStringLiteral("status"), runStatusName(status)}};
    if (first != LLONG_MIN)
        range.insert(QStringLiteral("first"), QString::number(first));
    if (last != LLONG_MAX)
        range.insert(QStringLiteral("last"), QString::number(last));
    if (resumed > 0)
        range.insert(QStringLiteral("resumed"), resumed);
    if (!error.isEmpty())
        range.insert(QStringLiteral("error"), error);
    return range;
}

RangeReport RangeReport::fromJson(const QJsonObject &json)
{
    RangeReport r;
    bool ok = false;
    const qint64 first = json.value(QStringLiteral("first")).toString().toLongLong(&ok);
    r.first = ok ? first : LLONG_MIN;
    const qint64 last = json.value(QStringLiteral("last")).toString().toLongLong(&ok);
    r.last = ok ? last : LLONG_MAX;
    r.label = json.value(QStringLiteral("range")).toString();
    r.read = json.value(QStringLiteral("read")).toInteger();
    r.written = json.value(QStringLiteral("written")).toInteger();
    r.rejected = json.value(QStringLiteral("rejected")).toInteger();
    r.resumed = json.value(QStringLiteral("resumed")).toInteger();
    r.seconds = json.value(QStringLiteral("seconds")).toDouble();
    r.status = statusNamed(json.value(QStringLiteral("status")).toString());
    r.error = json.value(QStringLiteral("error")).toString();
    return r;
}

TableReport TableReport::fromJson(const QJsonObject &json)
{
    TableReport t;
    t.source = json.value(QStringLiteral("source")).toString();
    t.target = json.value(QStringLiteral("target")).toString();
    t.read = json.value(QStringLiteral("read")).toInteger();
    t.written = json.value(QStringLiteral("written")).toInteger();
    t.rejected = json.value(QStringLiteral("rejected")).toInteger();
    t.merged = json.contains(QStringLiteral("inserted"));
    t.inserted = json.value(QStringLiteral("inserted")).toInteger();
    t.updated = json.value(QStringLiteral("updated")).toInteger();
    t.unchanged = json.value(QStringLiteral("unchanged")).toInteger();
    t.synced = json.contains(QStringLiteral("deleted"));
    t.deleted = json.value(QStringLiteral("deleted")).toInteger();
    t.seconds = json.value(QStringLiteral("seconds")).toDouble();
    t.sourceAsOf = QDateTime::fromString(json.value(QStringLiteral("sourceAsOf")).toString(), Qt::ISODateWithMs);
    t.sourceRows = json.value(QStringLiteral("sourceRows")).toInteger(-1);
    t.status = statusNamed(json.value(QStringLiteral("status")).toString());
    t.error = json.value(QStringLiteral("error")).toString();
    t.rejectsFile = json.value(QStringLiteral("rejectsFile")).toString();
    t.verification = json.value(QStringLiteral("verification")).toString();
    t.watermark = json.value(QStringLiteral("watermark")).toString();
    for (const QJsonValue &range : json.value(QStringLiteral("ranges")).toArray())
        t.ranges << RangeReport::fromJson(range.toObject());
    return t;
}

QByteArray Report::toJson() const
{
    QJsonArray list;
    for (const TableReport &t : tables)
        list.append(t.toJson());
    QJsonObject root{{QStringLiteral("status"), runStatusName(status)},
                     {QStringLiteral("source"), source},
                     {QStringLiteral("target"), target},
                     {QStringLiteral("started"), started.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("seconds"), qRound(seconds * 1000) / 1000.0},
                     {QStringLiteral("read"), totalRead()},
                     {QStringLiteral("written"), totalWritten()},
                     {QStringLiteral("rejected"), totalRejected()},
                     {QStringLiteral("tables"), list}};
    if (!error.isEmpty())
        root.insert(QStringLiteral("error"), error);
    if (!warnings.isEmpty())
        root.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList Report::notesAfterRun() const
{
    // The table the whole of `warning` names when it is that warning (in the language the planner
    // said it in), else an empty string.
    const MessagePattern emptiedWarning(Planner::emptiedWarning());
    const MessagePattern droppedWarning(Planner::droppedWarning());
    auto named = [](const QString &warning, const MessagePattern &sentence) {
        return sentence.match(warning, MessagePattern::Anchor::Whole).value(1);
    };
    auto copied = [this](const QString &target) {
        for (const TableReport &table : tables) {
            if (table.target == target)
                return table.status == RunStatus::Ok || table.status == RunStatus::Rejected;
        }
        return false;
    };
    QStringList notes;
    for (const QString &warning : warnings) {
        const QString emptied = named(warning, emptiedWarning);
        const QString dropped = named(warning, droppedWarning);
        if (!emptied.isEmpty()) {
            if (copied(emptied))
                notes << QCoreApplication::translate("barge::Report", "The existing rows of %1 were deleted first.").arg(emptied);
        } else if (!dropped.isEmpty()) {
            if (copied(dropped))
                notes << QCoreApplication::translate("barge::Report",
                                                     "The existing table %1 was dropped with all its rows and created anew.")
                             .arg(dropped);
        } else {
            notes << warning;
        }
    }
    return notes;
}

} // namespace barge
