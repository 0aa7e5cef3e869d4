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
constexpr int formatVersion = 2; // 2: tables loaded in key ranges; version 1 files still load

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
        checkpoint.tables << Table{table.source, table.target, TableState::Pending, TableReport(), QString(), {}};
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

void Checkpoint::rangeCounts(int *done, int *total) const
{
    *done = 0;
    *total = 0;
    for (const Table &table : tables) {
        for (const Range &range : table.ranges) {
            ++*total;
            *done += range.state == TableState::Done ? 1 : 0;
        }
    }
}

QByteArray Checkpoint::toJson() const
{
    QJsonArray list;
    for (const Table &table : tables) {
        QJsonObject entry{{QStringLiteral("source"), table.source},
                          {QStringLiteral("target"), table.target},
                          {QStringLiteral("state"), stateName(table.state)}};
        if (table.state == TableState::Done)
            entry.insert(QStringLiteral("report"), table.report.toJson());
        if (!table.ranges.isEmpty()) {
            // Keys as strings: a JSON number is a double, exact only up to 2^53.
            QJsonArray ranges;
            for (const Range &range : table.ranges) {
                QJsonObject part{{QStringLiteral("first"), QString::number(range.range.first)},
                                 {QStringLiteral("last"), QString::number(range.range.last)},
                                 {QStringLiteral("state"), stateName(range.state)}};
                if (range.state == TableState::Done)
                    part.insert(QStringLiteral("report"), range.report.toJson());
                if (range.range.firstLine > 0) // a file's records: the lines, for people
                    part.insert(QStringLiteral("firstLine"), QString::number(range.range.firstLine));
                if (range.range.lastLine > 0)
                    part.insert(QStringLiteral("lastLine"), QString::number(range.range.lastLine));
                if (range.range.check != 0)
                    part.insert(QStringLiteral("check"), QString::number(range.range.check));
                ranges.append(part);
            }
            entry.insert(QStringLiteral("rangeColumn"), table.rangeColumn);
            entry.insert(QStringLiteral("ranges"), ranges);
        }
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
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool Checkpoint::save(const QString &fileName, QString *error) const
{
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    QString why;
    if (!writeWhole(fileName, toJson(), &why)) {
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
    return fromJson(file.readAll(), fileName, error);
}

std::optional<Checkpoint> Checkpoint::fromJson(const QByteArray &json, const QString &fileName, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || root.value(QStringLiteral("format")) != QLatin1String(formatName)
        || root.value(QStringLiteral("version")).toInt() < 1 || root.value(QStringLiteral("version")).toInt() > formatVersion) {
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
        Table table{entry.value(QStringLiteral("source")).toString(), entry.value(QStringLiteral("target")).toString(),
                    *state, TableReport::fromJson(entry.value(QStringLiteral("report")).toObject()),
                    entry.value(QStringLiteral("rangeColumn")).toString(), {}};
        const QJsonArray ranges = entry.value(QStringLiteral("ranges")).toArray();
        for (int i = 0; i < ranges.size(); ++i) {
            const QJsonObject part = ranges.at(i).toObject();
            bool firstOk = false;
            bool lastOk = false;
            Range range;
            range.range.first = part.value(QStringLiteral("first")).toString().toLongLong(&firstOk);
            range.range.last = part.value(QStringLiteral("last")).toString().toLongLong(&lastOk);
            range.range.firstLine = part.value(QStringLiteral("firstLine")).toString().toLongLong();
            range.range.lastLine = part.value(QStringLiteral("lastLine")).toString().toLongLong();
            range.range.check = part.value(QStringLiteral("check")).toString().toUInt();
            range.range.index = i;
            range.range.count = int(ranges.size());
            const std::optional<TableState> rangeState = parseState(part.value(QStringLiteral("state")).toString());
            // A file's part reads from its line and checks the file by its checksum: both must be there.
            const bool records = table.rangeColumn == KeyRange::records();
            if (!firstOk || !lastOk || !rangeState || table.rangeColumn.isEmpty()
                || (records && (range.range.firstLine <= 0 || range.range.check == 0))) {
                *error = tr("%1: a range of table %2 is not valid").arg(fileName, table.source);
                return std::nullopt;
            }
            range.state = *rangeState;
            range.report = TableReport::fromJson(part.value(QStringLiteral("report")).toObject());
            table.ranges << range;
        }
        checkpoint.tables << table;
    }
    if (checkpoint.runId.isEmpty() || checkpoint.planHash.isEmpty() || checkpoint.tables.isEmpty()) {
        *error = tr("%1: the checkpoint is incomplete").arg(fileName);
        return std::nullopt;
    }
    return checkpoint;
}

} // namespace barge
