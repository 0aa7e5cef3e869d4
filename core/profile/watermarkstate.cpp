#include "profile/watermarkstate.h"

#include "engine/checkpoint.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace barge {

namespace {

constexpr char formatName[] = "barge-watermarks";
constexpr int formatVersion = 1;

} // namespace

QString WatermarkState::fileFor(const QString &profileFile)
{
    return Checkpoint::fileFor(profileFile, QStringLiteral("watermarks"));
}

bool WatermarkState::load(const QString &fileName, WatermarkState *state, QString *error)
{
    *state = WatermarkState();
    QFile file(fileName);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(fileName, file.errorString());
        return false;
    }
    QJsonParseError parse;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parse).object();
    if (parse.error != QJsonParseError::NoError || root.value(QStringLiteral("format")).toString() != QLatin1String(formatName)
        || root.value(QStringLiteral("version")).toInt() != formatVersion) {
        *error = tr("%1 is not the watermark state of a profile (format %2, version %3)")
                     .arg(fileName, QLatin1String(formatName)).arg(formatVersion);
        return false;
    }
    state->target = root.value(QStringLiteral("target")).toString();
    const QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        state->tables.insert(it.key(), Mark{entry.value(QStringLiteral("source")).toString(),
                                            entry.value(QStringLiteral("column")).toString(),
                                            entry.value(QStringLiteral("value")).toString(),
                                            QDateTime::fromString(entry.value(QStringLiteral("copied")).toString(), Qt::ISODateWithMs)});
    }
    return true;
}

bool WatermarkState::save(const QString &fileName, QString *error) const
{
    QJsonObject list;
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        list.insert(it.key(), QJsonObject{{QStringLiteral("source"), it->source},
                                          {QStringLiteral("column"), it->column},
                                          {QStringLiteral("value"), it->value},
                                          {QStringLiteral("copied"), it->copied.toString(Qt::ISODateWithMs)}});
    }
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(formatName)},
                           {QStringLiteral("version"), formatVersion},
                           {QStringLiteral("target"), target},
                           {QStringLiteral("tables"), list}};
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    QSaveFile file(fileName);
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

void WatermarkState::apply(Plan *plan) const
{
    const bool sameTarget = target == plan->target.toUrl();
    for (TableMapping &table : plan->tables) {
        table.watermark.after.clear();
        const auto mark = tables.constFind(table.target);
        if (sameTarget && table.watermark.isSet() && mark != tables.cend() && mark->source == table.source
            && mark->column == table.watermark.column)
            table.watermark.after = mark->value;
    }
}

void WatermarkState::record(const Plan &plan, const Report &report)
{
    const QString url = plan.target.toUrl();
    if (target != url) {
        // Values copied into another target say nothing about this one.
        tables.clear();
        target = url;
    }
    for (const TableReport &done : report.tables) {
        if (done.watermark.isEmpty())
            continue;
        for (const TableMapping &table : plan.tables) {
            if (table.target == done.target && table.watermark.isSet())
                tables[table.target] = Mark{table.source, table.watermark.column, done.watermark, QDateTime::currentDateTimeUtc()};
        }
    }
}

bool WatermarkState::remember(const QString &profileFile, const Plan &plan, const Report &report, QString *error)
{
    if (std::none_of(plan.tables.cbegin(), plan.tables.cend(), [](const TableMapping &t) { return t.watermark.isSet(); }))
        return true;
    WatermarkState state;
    const QString file = fileFor(profileFile);
    if (!load(file, &state, error))
        return false;
    state.record(plan, report);
    return state.save(file, error);
}

} // namespace barge
