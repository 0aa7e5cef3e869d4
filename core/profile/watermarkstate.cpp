#include "profile/watermarkstate.h"

#include "base/savefile.h"
#include "engine/checkpoint.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace barge {

namespace {

constexpr char formatName[] = "barge-watermarks";
constexpr int formatVersion = 1;

bool hasWatermark(const Plan &plan)
{
    return std::any_of(plan.tables.cbegin(), plan.tables.cend(), [](const TableMapping &t) { return t.watermark.isSet(); });
}

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
    for (const QJsonValue &value : root.value(QStringLiteral("marks")).toArray()) {
        const QJsonObject entry = value.toObject();
        const auto text = [&entry](const char *key) { return entry.value(QLatin1String(key)).toString(); };
        state->marks << Mark{text("source"), text("sourceTable"), text("target"), text("targetTable"), text("column"),
                             text("value"), QDateTime::fromString(text("copied"), Qt::ISODateWithMs)};
    }
    return true;
}

bool WatermarkState::save(const QString &fileName, QString *error) const
{
    QJsonArray list;
    for (const Mark &mark : marks) {
        list.append(QJsonObject{{QStringLiteral("source"), mark.source},
                                {QStringLiteral("sourceTable"), mark.sourceTable},
                                {QStringLiteral("target"), mark.target},
                                {QStringLiteral("targetTable"), mark.targetTable},
                                {QStringLiteral("column"), mark.column},
                                {QStringLiteral("value"), mark.value},
                                {QStringLiteral("copied"), mark.copied.toString(Qt::ISODateWithMs)}});
    }
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(formatName)},
                           {QStringLiteral("version"), formatVersion},
                           {QStringLiteral("marks"), list}};
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    QString why;
    if (!writeWhole(fileName, QJsonDocument(root).toJson(QJsonDocument::Indented), &why)) {
        *error = tr("cannot write %1: %2").arg(fileName, why);
        return false;
    }
    return true;
}

const WatermarkState::Mark *WatermarkState::find(const Plan &plan, const TableMapping &table) const
{
    const QString source = plan.source.toUrl();
    const QString target = plan.target.toUrl();
    for (const Mark &mark : marks) {
        if (mark.source == source && mark.target == target && mark.sourceTable == table.source
            && mark.targetTable == table.target)
            return &mark;
    }
    return nullptr;
}

void WatermarkState::apply(Plan *plan) const
{
    for (TableMapping &table : plan->tables) {
        table.watermark.after.clear();
        const Mark *mark = find(*plan, table);
        if (table.watermark.isSet() && mark && mark->column == table.watermark.column)
            table.watermark.after = mark->value;
    }
}

void WatermarkState::forgetWhole(const Plan &plan)
{
    for (const TableMapping &table : plan.tables) {
        if (!table.watermark.isSet() || !table.watermark.after.isEmpty() || table.mode == TableMode::Skip)
            continue;
        if (const Mark *mark = find(plan, table))
            marks.removeAt(mark - marks.constData());
    }
}

void WatermarkState::record(const Plan &plan, const Report &report)
{
    for (const TableReport &done : report.tables) {
        if (done.watermark.isEmpty())
            continue;
        for (const TableMapping &table : plan.tables) {
            if (table.target != done.target || !table.watermark.isSet())
                continue;
            Mark *mark = find(plan, table);
            if (!mark) {
                marks << Mark();
                mark = &marks.last();
            }
            *mark = Mark{plan.source.toUrl(), table.source, plan.target.toUrl(), table.target, table.watermark.column,
                         done.watermark, QDateTime::currentDateTimeUtc()};
        }
    }
}

bool WatermarkState::begin(const QString &profileFile, const Plan &plan, QString *error)
{
    if (!hasWatermark(plan))
        return true;
    WatermarkState state;
    const QString file = fileFor(profileFile);
    if (!load(file, &state, error))
        return false;
    const qsizetype before = state.marks.size();
    state.forgetWhole(plan);
    return state.marks.size() == before || state.save(file, error);
}

bool WatermarkState::remember(const QString &profileFile, const Plan &plan, const Report &report, QString *error)
{
    if (!hasWatermark(plan))
        return true;
    WatermarkState state;
    const QString file = fileFor(profileFile);
    if (!load(file, &state, error))
        return false;
    state.record(plan, report);
    return state.save(file, error);
}

} // namespace barge
