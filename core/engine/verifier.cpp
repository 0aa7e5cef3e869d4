#include "engine/verifier.h"

#include "base/plural.h"
#include "engine/planner.h"
#include "io/backend.h"
#include "io/tabledigest.h"
#include "mapping/rowconverter.h"
#include "schema/intervaltext.h"
#include "schema/jsontext.h"
#include "schema/temporaltext.h"
#include "schema/valueconverter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <functional>
#include <memory>

namespace barge {

namespace {

using Hash = quint64;
constexpr int groupCount = 1024;
constexpr int batchRows = 2000;

// FNV-1a, 64 bits: fast, stable across runs and machines, and plenty against chance collisions
// in sums of a few million rows.
Hash hashOf(const QByteArray &bytes)
{
    Hash h = 1469598103934665603ULL;
    for (const char c : bytes) {
        h ^= uchar(c);
        h *= 1099511628211ULL;
    }
    return h;
}

// One converted value in the engine-neutral form both sides share, tagged by kind and ended by
// a separator, so that no two different rows have the same bytes.
void appendCanonical(QByteArray *out, const QVariant &value, const DataType &type)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        out->append('N');
        break;
    case QMetaType::LongLong:
    case QMetaType::Int:
        out->append('i').append(QByteArray::number(value.toLongLong()));
        break;
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        out->append('i').append(QByteArray::number(value.toULongLong()));
        break;
    case QMetaType::Double: {
        const double number = value.toDouble() == 0.0 ? 0.0 : value.toDouble(); // -0 and 0 are one value
        char buffer[40];
        const char *end = std::to_chars(buffer, buffer + sizeof buffer, number).ptr;
        out->append('r').append(buffer, end - buffer);
        break;
    }
    case QMetaType::Bool:
        out->append(value.toBool() ? "b1" : "b0");
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        out->append('x').append(QByteArray::number(bytes.size())).append(':').append(bytes);
        break;
    }
    default: {
        QString text = value.toString();
        // The same time with trailing zeros in its fraction ("00:00:00.000" from a SQLite text column
        // is "00:00:00" once stored), an instant whatever offset it was written with, a number
        // with trailing zeros in its fraction (an unconstrained decimal kept as MariaDB's
        // DECIMAL(65,30) comes back with thirty of them): sync's canonical text (tabledigest.h).
        if (type.isTemporal() || type.kind == TypeKind::Decimal)
            text = QString::fromUtf8(Digest::canonicalText(text, type));
        // jsonb keeps its own spelling of a document (key order, spaces); arrays come back as JSON.
        if (type.kind == TypeKind::Json || type.kind == TypeKind::Array)
            text = JsonText::canonical(text);
        // An interval is the same duration whether it is written 1 day 02:00:00 or 26:00:00.
        IntervalText::Parts interval;
        if (type.kind == TypeKind::Interval && IntervalText::parse(text, &interval) && interval.months == 0) {
            QString why;
            IntervalText::toTime(interval, false, &text, &why);
        }
        const QByteArray utf8 = text.toUtf8();
        out->append('s').append(QByteArray::number(utf8.size())).append(':').append(utf8);
        break;
    }
    }
    out->append('\x1f');
}

// What one side contributes: rows hashed from their canonical form, keyed by their primary key.
struct Scan
{
    qint64 rows = 0;
    qint64 unconvertible = 0;
    QList<qint64> counts = QList<qint64>(groupCount, 0);
    QList<Hash> sums = QList<Hash>(groupCount, 0);
};

using Visit = std::function<void(int group, const QByteArray &key, const QString &keyText, Hash row)>;

} // namespace

TableMapping Verifier::targetReadBack(const TableMapping &mapping)
{
    TableMapping back;
    back.source = mapping.target;
    back.target = mapping.target;
    for (const FieldMapping &field : mapping.fields) {
        if (field.native.isGenerated()) // computed by the target from columns compared anyway
            continue;
        FieldMapping column;
        column.target = field.target;
        column.source = field.target;
        column.type = field.type;
        column.primaryKeyPosition = field.primaryKeyPosition;
        back.fields << column;
    }
    return back;
}

namespace {

bool scanSide(const Endpoint &endpoint, const QString &table, const TableMapping &given,
              const std::atomic<bool> *cancel, Scan *scan, const Visit &visit, QString *error)
{
    // Columns the target computes are compared through the columns they are computed from.
    TableMapping mapping = given;
    mapping.fields.removeIf([](const FieldMapping &field) { return field.native.isGenerated(); });
    std::unique_ptr<RowReader> reader = Backend::reader(endpoint, table);
    if (!reader) {
        *error = QCoreApplication::translate("barge::Verifier",
                                             "cannot read %1 from %2").arg(table, endpoint.displayName());
        return false;
    }
    RowConverter converter;
    if (!reader->open(error) || !converter.setup(mapping, reader->schema(), error))
        return false;
    reader->setTypeHints(converter.sourceTypeHints(int(reader->schema().columns.size())));
    QList<int> key; // positions in the converted row, in key order
    for (int position = 1; position <= mapping.fields.size(); ++position) {
        for (int i = 0; i < mapping.fields.size(); ++i) {
            if (mapping.fields.at(i).primaryKeyPosition == position)
                key << i;
        }
    }
    RowBatch batch;
    Row converted;
    QString why;
    QByteArray bytes;
    QByteArray keyBytes;
    bool more = true;
    while (more && !cancel->load()) {
        batch.clear();
        more = reader->read(batch, batchRows);
        if (!reader->error().isEmpty()) {
            *error = reader->error();
            return false;
        }
        scan->unconvertible += batch.rejected.size();
        for (const Row &row : std::as_const(batch.rows)) {
            if (!converter.convert(row, &converted, &why)) {
                ++scan->unconvertible;
                continue;
            }
            bytes.resize(0);
            keyBytes.resize(0);
            QStringList keyText;
            for (int i = 0; i < converted.size(); ++i)
                appendCanonical(&bytes, converted.at(i), mapping.fields.at(i).type);
            for (const int i : std::as_const(key)) {
                appendCanonical(&keyBytes, converted.at(i), mapping.fields.at(i).type);
                keyText << mapping.fields.at(i).target + QLatin1Char('=') + ValueConverter::toText(converted.at(i));
            }
            const int group = key.isEmpty() ? 0 : int(hashOf(keyBytes) % groupCount);
            const Hash rowHash = hashOf(bytes);
            ++scan->rows;
            ++scan->counts[group];
            scan->sums[group] += rowHash;
            if (visit)
                visit(group, keyBytes, keyText.join(QLatin1Char(',')), rowHash);
        }
    }
    if (cancel->load()) {
        *error = QCoreApplication::translate("barge::Verifier", "verification cancelled");
        return false;
    }
    return true;
}

// The rows of the differing groups, by key: the row hashes on each side.
struct Differences
{
    QHash<QByteArray, QList<Hash>> source;
    QHash<QByteArray, QList<Hash>> target;
    QHash<QByteArray, QString> keyText;
};

void nameDifferences(const Differences &found, Verifier::Result *result)
{
    QSet<QByteArray> keys;
    for (auto it = found.source.cbegin(); it != found.source.cend(); ++it)
        keys.insert(it.key());
    for (auto it = found.target.cbegin(); it != found.target.cend(); ++it)
        keys.insert(it.key());
    QList<QByteArray> ordered(keys.begin(), keys.end());
    std::sort(ordered.begin(), ordered.end());
    for (const QByteArray &key : std::as_const(ordered)) {
        QList<Hash> in = found.source.value(key);
        QList<Hash> out = found.target.value(key);
        std::sort(in.begin(), in.end());
        std::sort(out.begin(), out.end());
        if (in == out)
            continue;
        ++result->differingRows;
        if (result->examples.size() >= Verifier::maxExamples)
            continue;
        const QString name = found.keyText.value(key);
        if (out.isEmpty())
            result->examples << QCoreApplication::translate("barge::Verifier", "%1: only in the source").arg(name);
        else if (in.isEmpty())
            result->examples << QCoreApplication::translate("barge::Verifier", "%1: only in the target").arg(name);
        else if (in.size() != out.size())
            result->examples << pluralText(QCoreApplication::translate("barge::Verifier", "%1: %2 row(s) in the source, %3 in the target",
                                                                       nullptr, pluralCount(in.size())),
                                           in.size())
                                    .arg(name, QString::number(in.size()), QString::number(out.size()));
        else
            result->examples << QCoreApplication::translate("barge::Verifier", "%1: the values differ").arg(name);
    }
}

} // namespace

QString Verifier::Result::summary() const
{
    const QLocale c = groupedNumbers();
    QString note;
    if (unconvertible > 0)
        note = QCoreApplication::translate("barge::Verifier",
                                           " (source rows that do not convert to the target's types, which the load "
                                           "rejected: %1)")
                   .arg(c.toString(unconvertible));
    if (!keyed) {
        return pluralText(QCoreApplication::translate("barge::Verifier",
                                                      "checked by count only (no primary key to compare rows by): %1 row(s) "
                                                      "in the source, %2 in the target%3%4",
                                                      nullptr, pluralCount(sourceRows)),
                          sourceRows)
            .arg(c.toString(sourceRows), c.toString(targetRows),
                 sourceRows == targetRows ? QString() : QCoreApplication::translate("barge::Verifier", ": DIFFERENT"), note);
    }
    if (equal()) {
        return pluralText(QCoreApplication::translate("barge::Verifier",
                                                      "verified: %1 row(s) equal in source and target (content checksums "
                                                      "of %2 key groups)%3",
                                                      nullptr, pluralCount(sourceRows)),
                          sourceRows)
            .arg(c.toString(sourceRows), c.toString(groups), note);
    }
    QString text = pluralText(QCoreApplication::translate("barge::Verifier",
                                                          "DIFFERENT: %1 row(s) in the source, %2 in the target, differing "
                                                          "in %3 of %4 key groups",
                                                          nullptr, pluralCount(sourceRows)),
                              sourceRows)
                       .arg(c.toString(sourceRows), c.toString(targetRows), c.toString(differingGroups), c.toString(groups));
    if (!examples.isEmpty())
        text += QStringLiteral(": ") + examples.join(QStringLiteral("; "));
    const qint64 unnamed = differingRows - examples.size();
    if (unnamed > 0)
        text += pluralText(QCoreApplication::translate("barge::Verifier", "; and %1 more row(s)", nullptr, pluralCount(unnamed)),
                           unnamed)
                    .arg(c.toString(unnamed));
    if (differingGroups > maxGroupsExamined)
        text += QCoreApplication::translate("barge::Verifier",
                                            " (rows named from the first %1 groups)").arg(maxGroupsExamined);
    return text + note;
}

bool Verifier::verify(const Plan &plan, int tableIndex, const std::atomic<bool> *cancel, Result *result, QString *error)
{
    const TableMapping &mapping = plan.tables.at(tableIndex);
    *result = Result();
    result->table = mapping.target;
    const TableMapping readBack = targetReadBack(mapping);
    for (const FieldMapping &field : mapping.fields)
        result->keyed = result->keyed || field.primaryKeyPosition > 0;
    result->groups = result->keyed ? groupCount : 1;
    Scan source;
    Scan target;
    if (!scanSide(plan.source, mapping.source, mapping, cancel, &source, nullptr, error)
        || !scanSide(plan.target, mapping.target, readBack, cancel, &target, nullptr, error))
        return false;
    result->sourceRows = source.rows;
    result->unconvertible = source.unconvertible;
    result->targetRows = target.rows;
    if (!result->keyed) {
        result->differingGroups = source.rows == target.rows ? 0 : 1;
        return true;
    }
    QSet<int> differing;
    for (int g = 0; g < groupCount; ++g) {
        if (source.counts.at(g) != target.counts.at(g) || source.sums.at(g) != target.sums.at(g)) {
            ++result->differingGroups;
            if (differing.size() < maxGroupsExamined)
                differing.insert(g);
        }
    }
    if (differing.isEmpty())
        return true;
    // Second pass over the differing groups only: which keys, and how.
    Differences found;
    const auto collect = [&](QHash<QByteArray, QList<Hash>> *side) {
        return [&found, &differing, side](int group, const QByteArray &key, const QString &keyText, Hash row) {
            if (!differing.contains(group))
                return;
            (*side)[key].append(row);
            found.keyText.insert(key, keyText);
        };
    };
    Scan again;
    if (!scanSide(plan.source, mapping.source, mapping, cancel, &again, collect(&found.source), error))
        return false;
    again = Scan();
    if (!scanSide(plan.target, mapping.target, readBack, cancel, &again, collect(&found.target), error))
        return false;
    nameDifferences(found, result);
    return true;
}

} // namespace barge
