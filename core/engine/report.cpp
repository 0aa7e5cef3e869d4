#include "engine/report.h"

#include "engine/totals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace barge {

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

QByteArray Report::toJson() const
{
    QJsonArray list;
    for (const TableReport &t : tables) {
        QJsonObject table{{QStringLiteral("source"), t.source},
                          {QStringLiteral("target"), t.target},
                          {QStringLiteral("read"), t.read},
                          {QStringLiteral("written"), t.written},
                          {QStringLiteral("rejected"), t.rejected},
                          {QStringLiteral("seconds"), qRound(t.seconds * 1000) / 1000.0},
                          {QStringLiteral("status"), runStatusName(t.status)}};
        if (!t.error.isEmpty())
            table.insert(QStringLiteral("error"), t.error);
        if (!t.rejectsFile.isEmpty())
            table.insert(QStringLiteral("rejectsFile"), t.rejectsFile);
        if (!t.verification.isEmpty())
            table.insert(QStringLiteral("verification"), t.verification);
        list.append(table);
    }
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

} // namespace barge
