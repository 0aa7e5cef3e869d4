#include "engine/checkpoint.h"

#include "base/savefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUuid>

namespace barge {

namespace {

const char *const formatName = "barge-checkpoint";
constexpr int formatVersion = 1;

QString stateName(Checkpoint::TableState state)
{
    switch (state) {
    case Checkpoint::TableState::Pending:
        return QStringLiteral("pending");
    case Checkpoint::TableState::Loading:
        return QStringLiteral("loading");
    case Checkpoint::TableState::Done:
        return QStringLiteral("done");
    }
    return QString();
}

std::optional<Checkpoint::TableState> parseState(const QString &name)
{
    for (Checkpoint::TableState state :
         {Checkpoint::TableState::Pending, Checkpoint::TableState::Loading, Checkpoint::TableState::Done}) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

} // namespace

Checkpoint Checkpoint::begin(const QByteArray &profileHash, const Plan &plan, const QByteArray &planJson,
                             const QStringList &existingTargets)
{
    Checkpoint checkpoint;
    checkpoint.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    checkpoint.planHash = profileHash;
    checkpoint.started = QDateTime::currentDateTimeUtc();
    checkpoint.planJson = planJson;
    checkpoint.existingTargets = existingTargets;
    for (const TableMapping &table : plan.tables)
        checkpoint.tables << Table{table.source, table.target, TableState::Pending, TableReport()};
    return checkpoint;
}

QString Checkpoint::fileFor(const QString &profileFile, const QString &folderName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QLatin1Char('/') + folderName;
    const QByteArray path = QFileInfo(profileFile).absoluteFilePath().toUtf8();
    const QString key = QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(24));
    return folder + QLatin1Char('/') + QFileInfo(profileFile).completeBaseName() + QLatin1Char('-') + key
        + QStringLiteral(".json");
}

int Checkpoint::doneCount() const
{
    int done = 0;
    for (const Table &table : tables)
        done += table.state == TableState::Done ? 1 : 0;
    return done;
}

bool Checkpoint::save(const QString &fileName, QString *error) const
{
    QJsonArray list;
    for (const Table &table : tables) {
        QJsonObject entry{{QStringLiteral("source"), table.source},
                          {QStringLiteral("target"), table.target},
                          {QStringLiteral("state"), stateName(table.state)}};
        if (table.state == TableState::Done)
            entry.insert(QStringLiteral("report"), table.report.toJson());
        list.append(entry);
    }
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(formatName)},
                           {QStringLiteral("version"), formatVersion},
                           {QStringLiteral("runId"), runId},
                           {QStringLiteral("replaces"), replaces},
                           {QStringLiteral("planHash"), QString::fromLatin1(planHash)},
                           {QStringLiteral("started"), started.toString(Qt::ISODate)},
                           {QStringLiteral("plan"), QJsonDocument::fromJson(planJson).object()},
                           {QStringLiteral("existingTargets"), QJsonArray::fromStringList(existingTargets)},
                           {QStringLiteral("foreignKeysAdded"), foreignKeysAdded},
                           {QStringLiteral("tablesEmptied"), tablesEmptied},
                           {QStringLiteral("tables"), list}};
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    QString why;
    if (!writeWhole(fileName, QJsonDocument(root).toJson(QJsonDocument::Indented), &why)) {
        *error = tr("cannot write the checkpoint %1: %2").arg(fileName, why);
        return false;
    }
    return true;
}

std::optional<Checkpoint> Checkpoint::load(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(fileName, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || root.value(QStringLiteral("format")) != QLatin1String(formatName)
        || root.value(QStringLiteral("version")).toInt() != formatVersion) {
        *error = tr("%1 is not a Barge checkpoint of version %2").arg(fileName).arg(formatVersion);
        return std::nullopt;
    }
    Checkpoint checkpoint;
    checkpoint.runId = root.value(QStringLiteral("runId")).toString();
    checkpoint.replaces = root.value(QStringLiteral("replaces")).toString();
    checkpoint.planHash = root.value(QStringLiteral("planHash")).toString().toLatin1();
    checkpoint.started = QDateTime::fromString(root.value(QStringLiteral("started")).toString(), Qt::ISODate);
    checkpoint.planJson = QJsonDocument(root.value(QStringLiteral("plan")).toObject()).toJson(QJsonDocument::Compact);
    for (const QJsonValue &name : root.value(QStringLiteral("existingTargets")).toArray())
        checkpoint.existingTargets << name.toString();
    checkpoint.foreignKeysAdded = root.value(QStringLiteral("foreignKeysAdded")).toBool();
    checkpoint.tablesEmptied = root.value(QStringLiteral("tablesEmptied")).toBool();
    for (const QJsonValue &value : root.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject entry = value.toObject();
        const std::optional<TableState> state = parseState(entry.value(QStringLiteral("state")).toString());
        if (!state) {
            *error = tr("%1: a table has no valid state").arg(fileName);
            return std::nullopt;
        }
        checkpoint.tables << Table{entry.value(QStringLiteral("source")).toString(),
                                   entry.value(QStringLiteral("target")).toString(), *state,
                                   TableReport::fromJson(entry.value(QStringLiteral("report")).toObject())};
    }
    if (checkpoint.runId.isEmpty() || checkpoint.planHash.isEmpty() || checkpoint.tables.isEmpty()) {
        *error = tr("%1: the checkpoint is incomplete").arg(fileName);
        return std::nullopt;
    }
    return checkpoint;
}

} // namespace barge
