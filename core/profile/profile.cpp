#include "profile/profile.h"

#include "base/savefile.h"
#include "engine/rangesplit.h"
#include "engine/watermarks.h"
#include "mapping/mappingrules.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>
#include <QStringList>

#include <cmath>

namespace barge {

namespace {

const char passwordHint[] = QT_TRANSLATE_NOOP("barge::Profile",
                                              "passwords do not belong in profiles; remove it from the URL and use "
                                              "PGPASSWORD / MYSQL_PWD or the password prompt");

// Mirrors Endpoint::relativeTo for plain folders (rejectsDir): only paths below baseDir become relative,
// so a profile never points "up and over" into a folder layout it cannot know about.
QString pathRelativeTo(const QString &path, const QString &baseDir)
{
    if (path.isEmpty() || baseDir.isEmpty() || QDir::isRelativePath(path))
        return path;
    const QString relative = QDir(QDir(baseDir).absolutePath()).relativeFilePath(QDir::cleanPath(path));
    if (relative.isEmpty())
        return QStringLiteral(".");
    if (relative == QLatin1String("..") || relative.startsWith(QLatin1String("../")) || !QDir::isRelativePath(relative))
        return path;
    return relative;
}

// Mirrors Endpoint::resolvedAgainst: absolute paths are cleaned as well, as pathRelativeTo() does,
// so that a saved profile loads as the plan it was saved from.
QString pathResolvedAgainst(const QString &path, const QString &baseDir)
{
    const bool relative = QDir::isRelativePath(path);
    if (path.isEmpty() || (relative && baseDir.isEmpty()))
        return path;
    return QDir::cleanPath(relative ? QDir(baseDir).absoluteFilePath(path) : path);
}

// A relative path in a Plan in memory means relative to the current folder (that is where a run would
// open it); in a profile it means relative to the profile's folder. Re-base it so it names the same file.
QJsonObject endpointToJson(const Endpoint &endpoint, const QString &baseDir)
{
    const Endpoint rebased =
        baseDir.isEmpty() ? endpoint : endpoint.resolvedAgainst(QDir::currentPath()).relativeTo(baseDir);
    QJsonObject object;
    object.insert(QStringLiteral("url"), rebased.toUrl(false));
    return object;
}

QJsonObject fieldToJson(const FieldMapping &field)
{
    QJsonObject object;
    object.insert(QStringLiteral("target"), field.target);
    if (field.isConstant())
        object.insert(QStringLiteral("constant"), QJsonValue::fromVariant(field.constant));
    else
        object.insert(QStringLiteral("source"), field.source);
    object.insert(QStringLiteral("type"), field.type.toString());
    object.insert(QStringLiteral("nullable"), field.nullable);
    // A null default means "no default": writing NULL in place of NULL changes nothing.
    if (!field.defaultValue.isNull())
        object.insert(QStringLiteral("default"), QJsonValue::fromVariant(field.defaultValue));
    if (field.primaryKeyPosition > 0)
        object.insert(QStringLiteral("primaryKey"), field.primaryKeyPosition);
    if (!field.columnDefault.isEmpty())
        object.insert(QStringLiteral("columnDefault"), field.columnDefault);
    if (field.autoIncrement)
        object.insert(QStringLiteral("autoIncrement"), true);
    return object;
}

QJsonObject tableToJson(const TableMapping &table)
{
    QJsonArray fields;
    for (const FieldMapping &field : table.fields)
        fields.append(fieldToJson(field));
    QJsonObject object;
    object.insert(QStringLiteral("source"), table.source);
    object.insert(QStringLiteral("target"), table.target);
    object.insert(QStringLiteral("mode"), tableModeName(table.mode));
    object.insert(QStringLiteral("fields"), fields);
    if (table.watermark.isSet()) {
        // A column alone, or with its overlap (seconds, or units of a number column).
        if (table.watermark.overlap > 0)
            object.insert(QStringLiteral("watermark"),
                          QJsonObject{{QStringLiteral("column"), table.watermark.column},
                                      {QStringLiteral("overlap"), double(table.watermark.overlap)}});
        else
            object.insert(QStringLiteral("watermark"), table.watermark.column);
    }
    return object;
}

QJsonObject optionsToJson(const MigrationOptions &options, const QString &baseDir)
{
    QJsonObject object;
    object.insert(QStringLiteral("batchSize"), options.batchSize);
    object.insert(QStringLiteral("onError"), onErrorName(options.onError));
    const QString rejectsDir = baseDir.isEmpty()
        ? options.rejectsDir
        : pathRelativeTo(pathResolvedAgainst(options.rejectsDir, QDir::currentPath()), baseDir);
    object.insert(QStringLiteral("rejectsDir"), rejectsDir);
    object.insert(QStringLiteral("jobs"), options.jobs);
    object.insert(QStringLiteral("verify"), options.verify);
    if (options.sync)
        object.insert(QStringLiteral("sync"), true);
    if (options.worker)
        object.insert(QStringLiteral("workers"), true);
    if (options.rangeRows == 0)
        object.insert(QStringLiteral("ranges"), QStringLiteral("off"));
    else if (options.rangeRows > 0)
        object.insert(QStringLiteral("ranges"), double(options.rangeRows));
    return object;
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return QLatin1Char('\'') + value.toString() + QLatin1Char('\'');
    case QJsonValue::Array:
        return QCoreApplication::translate("barge::Profile", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("barge::Profile", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("barge::Profile", "nothing");
}

// Reads and validates a profile document. Every message starts with the JSON path of the culprit, so a
// hand-edited profile can be fixed without guessing; unknown keys are errors because a misspelt key
// would otherwise silently do nothing.
class ProfileReader
{
    Q_DECLARE_TR_FUNCTIONS(barge::Profile)

public:
    explicit ProfileReader(const QString &baseDir) : m_baseDir(baseDir) { }

    bool read(const QJsonObject &root, Plan *plan);
    QString error() const { return m_error; }

private:
    bool fail(const QString &path, const QString &message)
    {
        m_error = path.isEmpty() ? message : QString(path + QStringLiteral(": ") + message);
        return false;
    }
    bool checkKeys(const QJsonObject &object, const QString &path, const QStringList &known);
    bool readObject(const QJsonValue &value, const QString &path, QJsonObject *out);
    bool readString(const QJsonObject &object, const QString &path, const QString &key, bool required,
                    QString *out);
    // These leave *out alone when the key is absent: every such key is optional with a default.
    bool readInt(const QJsonObject &object, const QString &path, const QString &key, int min, int max, int *out);
    bool readBool(const QJsonObject &object, const QString &path, const QString &key, bool *out);
    bool checkColumnDefault(const QString &path, const QString &columnDefault);
    bool readScalar(const QJsonObject &object, const QString &path, const QString &key, QVariant *out);
    bool readHeader(const QJsonObject &root);
    bool readEndpoint(const QJsonObject &root, const QString &key, Endpoint *endpoint);
    bool readOptions(const QJsonValue &value, MigrationOptions *options);
    bool readTable(const QJsonValue &value, const QString &path, TableMapping *table);
    bool readWatermark(const QJsonValue &value, const QString &path, Watermark *watermark);
    bool readFields(const QJsonValue &value, const QString &path, QList<FieldMapping> *fields);
    bool readField(const QJsonValue &value, const QString &path, int fieldCount, FieldMapping *field);

    QString m_baseDir;
    QString m_error;
};

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

bool ProfileReader::checkKeys(const QJsonObject &object, const QString &path, const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(child(path, it.key()),
                        tr("unknown key (known: %1)").arg(known.join(QStringLiteral(", "))));
    }
    return true;
}

bool ProfileReader::readObject(const QJsonValue &value, const QString &path, QJsonObject *out)
{
    if (!value.isObject())
        return fail(path, tr("expected an object, got %1").arg(describe(value)));
    *out = value.toObject();
    return true;
}

bool ProfileReader::readString(const QJsonObject &object, const QString &path, const QString &key, bool required,
                               QString *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && !required)
        return true;
    if (!value.isString() || (required && value.toString().isEmpty()))
        return fail(child(path, key), tr("expected a non-empty string, got %1").arg(describe(value)));
    *out = value.toString();
    return true;
}

bool ProfileReader::readInt(const QJsonObject &object, const QString &path, const QString &key, int min, int max,
                            int *out)
{
    if (!object.contains(key))
        return true;
    const QJsonValue value = object.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number || number < min || number > max)
        return fail(child(path, key), tr("expected a whole number from %1 to %2, got %3")
                                          .arg(min)
                                          .arg(max)
                                          .arg(describe(value)));
    *out = static_cast<int>(number);
    return true;
}

bool ProfileReader::readBool(const QJsonObject &object, const QString &path, const QString &key, bool *out)
{
    if (!object.contains(key))
        return true;
    const QJsonValue value = object.value(key);
    if (!value.isBool())
        return fail(child(path, key), tr("expected true or false, got %1").arg(describe(value)));
    *out = value.toBool();
    return true;
}

bool ProfileReader::readScalar(const QJsonObject &object, const QString &path, const QString &key, QVariant *out)
{
    if (!object.contains(key))
        return true;
    const QJsonValue value = object.value(key);
    if (value.isArray() || value.isObject())
        return fail(child(path, key), tr("expected a string, number, true/false or null, got %1")
                                          .arg(describe(value)));
    // Null becomes an invalid QVariant (SQL NULL); whole numbers stay qint64 so large keys keep every digit.
    *out = value.isNull() ? QVariant() : value.toVariant();
    return true;
}

bool ProfileReader::readHeader(const QJsonObject &root)
{
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.toString() != Profile::formatName())
        return fail(QStringLiteral("format"),
                    tr("expected '%1', got %2").arg(Profile::formatName(), describe(format)));
    if (!root.contains(QStringLiteral("version")))
        return fail(QStringLiteral("version"),
                    tr("missing (this Barge writes %1)").arg(Profile::currentVersion));
    int number = 0;
    if (!readInt(root, QString(), QStringLiteral("version"), 1, 1000000, &number))
        return false;
    if (number > Profile::currentVersion)
        return fail(QString(), tr("version %1 is newer than this Barge understands (%2); update Barge "
                                  "to open this profile")
                                   .arg(number)
                                   .arg(Profile::currentVersion));
    return true;
}

bool ProfileReader::readEndpoint(const QJsonObject &root, const QString &key, Endpoint *endpoint)
{
    QJsonObject object;
    if (!readObject(root.value(key), key, &object) || !checkKeys(object, key, {QStringLiteral("url")}))
        return false;
    QString url;
    if (!readString(object, key, QStringLiteral("url"), true, &url))
        return false;
    const QString path = child(key, QStringLiteral("url"));
    QString parseError;
    const std::optional<Endpoint> parsed = Endpoint::parse(url, &parseError);
    if (!parsed)
        return fail(path, parseError);
    if (!parsed->password.isEmpty())
        return fail(path, QCoreApplication::translate("barge::Profile", passwordHint));
    *endpoint = parsed->resolvedAgainst(m_baseDir);
    return true;
}

bool ProfileReader::readOptions(const QJsonValue &value, MigrationOptions *options)
{
    const QString path = QStringLiteral("options");
    *options = MigrationOptions();
    if (value.isUndefined())
        return true;
    QJsonObject object;
    if (!readObject(value, path, &object)
        || !checkKeys(object, path,
                      {QStringLiteral("batchSize"), QStringLiteral("onError"), QStringLiteral("rejectsDir"),
                       QStringLiteral("jobs"), QStringLiteral("verify"), QStringLiteral("sync"), QStringLiteral("ranges"),
                       QStringLiteral("workers")}))
        return false;
    if (!readInt(object, path, QStringLiteral("batchSize"), 1, 100000000, &options->batchSize)
        || !readInt(object, path, QStringLiteral("jobs"), 1, 64, &options->jobs)
        || !readBool(object, path, QStringLiteral("verify"), &options->verify)
        || !readBool(object, path, QStringLiteral("sync"), &options->sync)
        || !readBool(object, path, QStringLiteral("workers"), &options->worker))
        return false;
    const QJsonValue onError = object.value(QStringLiteral("onError"));
    if (!onError.isUndefined() && !parseOnError(onError.toString(), &options->onError))
        return fail(child(path, QStringLiteral("onError")),
                    tr("expected 'abort' or 'skip', got %1").arg(describe(onError)));
    const QJsonValue rejectsDir = object.value(QStringLiteral("rejectsDir"));
    if (!rejectsDir.isUndefined() && !rejectsDir.isString())
        return fail(child(path, QStringLiteral("rejectsDir")),
                    tr("expected a string, got %1").arg(describe(rejectsDir)));
    options->rejectsDir = pathResolvedAgainst(rejectsDir.toString(), m_baseDir);
    // "auto" (the default), "off", or rows per range.
    const QJsonValue ranges = object.value(QStringLiteral("ranges"));
    if (ranges.isUndefined())
        return true;
    const double number = ranges.toDouble();
    const QString text = ranges.isString() ? ranges.toString()
        : ranges.isDouble() && std::floor(number) == number && std::abs(number) < 1e18 ? QString::number(qint64(number))
                                                                                     : describe(ranges);
    QString why;
    if (!RangeSplit::parse(text, &options->rangeRows, &why))
        return fail(child(path, QStringLiteral("ranges")), why);
    return true;
}

bool ProfileReader::readField(const QJsonValue &value, const QString &path, int fieldCount, FieldMapping *field)
{
    QJsonObject object;
    if (!readObject(value, path, &object)
        || !checkKeys(object, path,
                      {QStringLiteral("target"), QStringLiteral("source"), QStringLiteral("constant"),
                       QStringLiteral("type"), QStringLiteral("nullable"), QStringLiteral("default"),
                       QStringLiteral("primaryKey"), QStringLiteral("columnDefault"),
                       QStringLiteral("autoIncrement")}))
        return false;
    if (!readString(object, path, QStringLiteral("target"), true, &field->target))
        return false;
    const bool hasSource = object.contains(QStringLiteral("source"));
    const bool hasConstant = object.contains(QStringLiteral("constant"));
    if (hasSource == hasConstant)
        return fail(path, tr("give exactly one of 'source' (a column) or 'constant' (a fixed value)"));
    if (hasSource && !readString(object, path, QStringLiteral("source"), true, &field->source))
        return false;
    if (!readScalar(object, path, QStringLiteral("constant"), &field->constant))
        return false;

    QString typeText;
    if (!readString(object, path, QStringLiteral("type"), true, &typeText))
        return false;
    const std::optional<DataType> type = DataType::fromString(typeText);
    if (!type)
        return fail(child(path, QStringLiteral("type")), tr("unknown type '%1'").arg(typeText));
    field->type = *type;

    return readBool(object, path, QStringLiteral("nullable"), &field->nullable)
        && readScalar(object, path, QStringLiteral("default"), &field->defaultValue)
        && readInt(object, path, QStringLiteral("primaryKey"), 0, fieldCount, &field->primaryKeyPosition)
        && readString(object, path, QStringLiteral("columnDefault"), false, &field->columnDefault)
        && readBool(object, path, QStringLiteral("autoIncrement"), &field->autoIncrement)
        && checkColumnDefault(path, field->columnDefault);
}

// A default goes into CREATE TABLE as written: only the portable spellings pass, never free SQL.
bool ProfileReader::checkColumnDefault(const QString &path, const QString &columnDefault)
{
    if (columnDefault.isEmpty() || portableDefault(columnDefault) == columnDefault)
        return true;
    return fail(child(path, QStringLiteral("columnDefault")),
                tr("'%1' is not a portable default (a number, a 'quoted' string, TRUE, FALSE, "
                   "CURRENT_TIMESTAMP, CURRENT_DATE or CURRENT_TIME)")
                    .arg(columnDefault));
}

bool ProfileReader::readFields(const QJsonValue &value, const QString &path, QList<FieldMapping> *fields)
{
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return fail(path, tr("expected an array, got %1").arg(describe(value)));
    const QJsonArray array = value.toArray();
    QHash<QString, QString> targets; // MappingRules::columnKey -> the target as spelled
    QSet<int> keyPositions;
    for (int i = 0; i < array.size(); ++i) {
        const QString fieldPath = path + QStringLiteral("[%1]").arg(i);
        FieldMapping field;
        if (!readField(array.at(i), fieldPath, int(array.size()), &field))
            return false;
        // Two mappings into one column, or two columns at one key position, cannot both be honoured.
        const QString targetKey = MappingRules::columnKey(field.target);
        if (targets.contains(targetKey)) {
            const QString first = targets.value(targetKey);
            return fail(child(fieldPath, QStringLiteral("target")),
                        first == field.target
                            ? tr("column '%1' is mapped twice").arg(field.target)
                            : tr("column '%1' is mapped twice ('%2' and '%1' are one column in MariaDB "
                                 "and SQLite, which ignore case in column names)")
                                  .arg(field.target, first));
        }
        if (field.primaryKeyPosition > 0 && keyPositions.contains(field.primaryKeyPosition))
            return fail(child(fieldPath, QStringLiteral("primaryKey")),
                        tr("position %1 is used twice").arg(field.primaryKeyPosition));
        targets.insert(targetKey, field.target);
        keyPositions.insert(field.primaryKeyPosition);
        fields->append(field);
    }
    return true;
}

bool ProfileReader::readTable(const QJsonValue &value, const QString &path, TableMapping *table)
{
    QJsonObject object;
    if (!readObject(value, path, &object)
        || !checkKeys(object, path,
                      {QStringLiteral("source"), QStringLiteral("target"), QStringLiteral("mode"),
                       QStringLiteral("fields"), QStringLiteral("watermark")}))
        return false;
    if (!readString(object, path, QStringLiteral("source"), true, &table->source))
        return false;
    table->target = table->source; // same name unless told otherwise
    if (object.contains(QStringLiteral("target"))
        && !readString(object, path, QStringLiteral("target"), true, &table->target))
        return false;
    const QJsonValue mode = object.value(QStringLiteral("mode"));
    if (!mode.isUndefined() && !parseTableMode(mode.toString(), &table->mode))
        return fail(child(path, QStringLiteral("mode")),
                    tr("expected 'append', 'merge', 'truncate', 'replace' or 'skip', got %1").arg(describe(mode)));
    const QJsonValue watermark = object.value(QStringLiteral("watermark"));
    if (!watermark.isUndefined() && !readWatermark(watermark, child(path, QStringLiteral("watermark")), &table->watermark))
        return false;
    return readFields(object.value(QStringLiteral("fields")), child(path, QStringLiteral("fields")), &table->fields);
}

// "updated_at", or {"column": "updated_at", "overlap": "10 min"} (a number: seconds, or units of a
// number column).
bool ProfileReader::readWatermark(const QJsonValue &value, const QString &path, Watermark *watermark)
{
    if (value.isString()) {
        watermark->column = value.toString();
        if (watermark->column.isEmpty())
            return fail(path, tr("expected a column name, got an empty text"));
        return true;
    }
    QJsonObject object;
    if (!readObject(value, path, &object)
        || !checkKeys(object, path, {QStringLiteral("column"), QStringLiteral("overlap")})
        || !readString(object, path, QStringLiteral("column"), true, &watermark->column))
        return false;
    const QJsonValue overlap = object.value(QStringLiteral("overlap"));
    if (overlap.isUndefined())
        return true;
    if (overlap.isDouble() && overlap.toDouble() >= 0 && overlap.toDouble() == double(qint64(overlap.toDouble()))) {
        watermark->overlap = qint64(overlap.toDouble());
        return true;
    }
    if (overlap.isString() && Watermarks::parseOverlap(overlap.toString(), &watermark->overlap))
        return true;
    return fail(child(path, QStringLiteral("overlap")),
                tr("expected a whole number of seconds (or units of a number column), or a text such as \"90 s\", "
                   "\"10 min\", \"2 h\" or \"1 d\", got %1")
                    .arg(describe(overlap)));
}

bool ProfileReader::read(const QJsonObject &root, Plan *plan)
{
    // Format and version first: a newer profile may well have keys this version does not know.
    if (!readHeader(root))
        return false;
    if (!checkKeys(root, QString(),
                   {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("source"),
                    QStringLiteral("target"), QStringLiteral("options"), QStringLiteral("tables")}))
        return false;
    Plan result;
    if (!readEndpoint(root, QStringLiteral("source"), &result.source)
        || !readEndpoint(root, QStringLiteral("target"), &result.target)
        || !readOptions(root.value(QStringLiteral("options")), &result.options))
        return false;
    const QJsonValue tables = root.value(QStringLiteral("tables"));
    if (!tables.isUndefined() && !tables.isArray())
        return fail(QStringLiteral("tables"), tr("expected an array, got %1").arg(describe(tables)));
    const QJsonArray array = tables.toArray();
    for (int i = 0; i < array.size(); ++i) {
        TableMapping table;
        if (!readTable(array.at(i), QStringLiteral("tables[%1]").arg(i), &table))
            return false;
        result.tables.append(table);
    }
    *plan = result;
    return true;
}

QString syntaxError(const QByteArray &json, const QJsonParseError &parseError)
{
    // QJsonParseError gives only a byte offset; people editing a file think in lines.
    const int offset = qBound(0, parseError.offset, int(json.size()));
    const QByteArray before = json.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = offset - int(before.lastIndexOf('\n'));
    return QCoreApplication::translate("barge::Profile", "JSON syntax error at line %1, column %2 (offset %3): %4")
        .arg(line)
        .arg(column)
        .arg(offset)
        .arg(parseError.errorString());
}

} // namespace

QByteArray Profile::hashOf(const Plan &plan)
{
    return QCryptographicHash::hash(toJson(plan), QCryptographicHash::Sha256).toHex();
}

QByteArray Profile::toJson(const Plan &plan, const QString &baseDir)
{
    QJsonArray tables;
    for (const TableMapping &table : plan.tables)
        tables.append(tableToJson(table));
    QJsonObject root;
    root.insert(QStringLiteral("format"), formatName());
    root.insert(QStringLiteral("version"), currentVersion);
    root.insert(QStringLiteral("source"), endpointToJson(plan.source, baseDir));
    root.insert(QStringLiteral("target"), endpointToJson(plan.target, baseDir));
    root.insert(QStringLiteral("options"), optionsToJson(plan.options, baseDir));
    root.insert(QStringLiteral("tables"), tables);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool Profile::fromJson(const QByteArray &json, const QString &baseDir, Plan *plan, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QString message;
    if (json.trimmed().isEmpty())
        message = tr("the file is empty; expected a barge-profile JSON document");
    else if (parseError.error != QJsonParseError::NoError)
        message = syntaxError(json, parseError);
    else if (!document.isObject())
        message = tr("expected a JSON object at the top level");
    if (message.isEmpty()) {
        ProfileReader reader(baseDir);
        if (reader.read(document.object(), plan))
            return true;
        message = reader.error();
    }
    if (error)
        *error = message;
    return false;
}

bool Profile::save(const Plan &plan, const QString &fileName, QString *error)
{
    QString why;
    if (!writeWhole(fileName, toJson(plan, QFileInfo(fileName).absolutePath()), &why)) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(fileName, why);
        return false;
    }
    return true;
}

bool Profile::load(const QString &fileName, Plan *plan, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot read: %2").arg(fileName, file.errorString());
        return false;
    }
    QString message;
    if (fromJson(file.readAll(), QFileInfo(fileName).absolutePath(), plan, &message))
        return true;
    if (error)
        *error = fileName + QStringLiteral(": ") + message;
    return false;
}

} // namespace barge
