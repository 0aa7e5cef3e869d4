#include "engine/syncdiff.h"

#include "base/plural.h"
#include "engine/planner.h"
#include "engine/readerdigest.h"
#include "engine/verifier.h"
#include "io/backend.h"
#include "io/backendregistry.h"
#include "io/keyfilter.h"
#include "io/sqlsession.h"
#include "schema/identifier.h"

#include <QSet>

#include <algorithm>
#include <cmath>

#include <condition_variable>
#include <mutex>
#include <memory>
#include <thread>

namespace barge {

namespace {

constexpr qint64 rowsPerGroup = 16; // few rows per group: a changed row sends few others to be listed

// One side of the comparison, worked on by its own thread.
struct Side
{
    std::unique_ptr<TableDigest> digest;
    DigestSpec spec;
    bool bounded = false;
    qint64 min = 0;
    qint64 max = 0;
    qint64 rows = -1;
    QHash<qint64, GroupDigest> groups;
    QList<KeyedHash> hashes;
    qint64 unread = 0; // rows the side could not convert (unreadRows)
    QString error;
    QString name; // "PostgreSQL", "Barge"
};

// Where the two sides' threads wait for each other between phases; the last to arrive runs
// `settle` (deciding what both do next) before either goes on.
class Rendezvous
{
public:
    explicit Rendezvous(std::function<void()> settle) : m_settle(std::move(settle)) {}

    void arriveAndWait()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        const int generation = m_generation;
        if (++m_arrived == 2) {
            m_settle();
            m_arrived = 0;
            ++m_generation;
            m_wake.notify_all();
            return;
        }
        m_wake.wait(lock, [&] { return m_generation != generation; });
    }

private:
    std::function<void()> m_settle;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    int m_arrived = 0;
    int m_generation = 0;
};

QString label(const Endpoint &endpoint, bool inServer)
{
    if (!inServer)
        return QStringLiteral("Barge");
    const KindInfo *kind = EndpointKinds::find(endpoint.kind);
    return kind ? kind->label : endpoint.displayName();
}

} // namespace

QString SyncDiff::summary(bool deleting) const
{
    const QLocale c = groupedNumbers();
    if (newTable)
        return tr("the target has no table %1 yet: it is created and every source row copied").arg(table);
    QString text = tr("%1 to insert, %2 to update, %3 unchanged")
                       .arg(c.toString(qint64(inserts.size())), c.toString(qint64(updates.size())), c.toString(unchanged));
    if (!remove.isEmpty()) {
        const QString count = c.toString(qint64(remove.size()));
        text += !keepReason.isEmpty() ? tr(", %1 only in the target (kept: %2)").arg(count, keepReason)
            : deleting                ? tr(", %1 to delete").arg(count)
                                      : tr(", %1 only in the target (kept: sync deletes them with --delete)").arg(count);
    }
    if (groups > 0)
        text += tr(" (key groups that differ: %1 of %2; %3)").arg(c.toString(differingGroups), c.toString(groups), how);
    return text;
}

QString SyncDiff::keyText(const QStringList &key) const
{
    QStringList parts;
    for (int i = 0; i < key.size() && i < keyColumns.size(); ++i)
        parts << keyColumns.at(i) + QLatin1Char('=') + key.at(i);
    return parts.join(QStringLiteral(", "));
}

bool SyncDiff::compute(const Plan &plan, int tableIndex, const std::atomic<bool> *cancel, SyncDiff *diff, QString *error)
{
    const TableMapping &mapping = plan.tables.at(tableIndex);
    *diff = SyncDiff();
    diff->table = mapping.target;
    if (mapping.mergeKey.isEmpty()) {
        *error = tr("table %1 has no primary key or unique index to match rows by: sync cannot tell a changed row from a new one")
                     .arg(mapping.target);
        return false;
    }
    // The compared columns: what the load writes from the source (columns the target computes and
    // constants follow from the others).
    TableMapping compared = mapping;
    compared.fields.clear();
    bool plainColumns = true; // each compared column is one source column, as it is
    for (const FieldMapping &field : mapping.fields) {
        if (field.native.isGenerated() || field.isConstant())
            continue;
        plainColumns = plainColumns && !field.defaultValue.isValid();
        compared.fields << field;
    }
    TableMapping readBack = Verifier::targetReadBack(compared);
    DigestSpec spec;
    for (const FieldMapping &field : std::as_const(compared.fields))
        spec.types << field.type;
    for (const QString &column : mapping.mergeKey) {
        int at = -1;
        for (int i = 0; i < compared.fields.size(); ++i) {
            if (compared.fields.at(i).target == column)
                at = i;
        }
        if (at < 0) {
            *error = tr("table %1: its key column %2 is not filled from a source column").arg(mapping.target, column);
            return false;
        }
        spec.key << at;
        diff->keyColumns << column;
        diff->sourceKey << compared.fields.at(at).source;
        const DataType &type = compared.fields.at(at).type;
        if (diff->exactKeys && !type.isInteger() && type.kind != TypeKind::Text && type.kind != TypeKind::Enum) {
            diff->exactKeys = false;
            diff->keepReason = tr("sync deletes rows by integer or text keys only, and the key column %1 is %2")
                                   .arg(column, type.toString());
        }
    }
    diff->integerKey = spec.integerKey();

    Side source;
    Side target;
    source.spec = spec;
    target.spec = spec;
    for (const FieldMapping &field : std::as_const(compared.fields)) {
        source.spec.columns << field.source;
        target.spec.columns << field.target;
    }
    // A first sync: nothing to compare with, every row to copy.
    if (std::unique_ptr<Introspector> introspector = Backend::introspector(plan.target, true)) {
        Failure failure;
        if (introspector->open(&failure) && !introspector->hasTable(mapping.target)) {
            diff->newTable = true;
            return true;
        }
    }
    // Where the sums are computed: by the kind's own digest (in its server), else by Barge's reader.
    std::unique_ptr<TableDigest> sourceDigest = plainColumns ? Backend::digest(plan.source, mapping.source) : nullptr;
    std::unique_ptr<TableDigest> targetDigest = Backend::digest(plan.target, mapping.target);
    source.name = label(plan.source, sourceDigest != nullptr);
    target.name = label(plan.target, targetDigest != nullptr);
    if (!sourceDigest)
        sourceDigest = std::make_unique<ReaderDigest>(plan.source, mapping.source, compared);
    if (!targetDigest)
        targetDigest = std::make_unique<ReaderDigest>(plan.target, mapping.target, readBack);
    source.digest = std::move(sourceDigest);
    target.digest = std::move(targetDigest);

    std::atomic<bool> failed{false};
    QList<qint64> differing;
    int phase = 0;
    // Between the phases, with both sides waiting: settle the groups, then compare them.
    const auto settle = [&]() {
        ++phase;
        if (failed.load())
            return;
        if (phase == 1) {
            DigestHash hash = DigestHash::Md5;
            for (const DigestHash cheapest : {DigestHash::Pg, DigestHash::Crc}) {
                if (source.digest->canHash(cheapest) && target.digest->canHash(cheapest)) {
                    hash = cheapest;
                    break;
                }
            }
            const QString hashName = hash == DigestHash::Pg ? tr("PostgreSQL's hash functions")
                : hash == DigestHash::Crc                 ? QStringLiteral("CRC32+CRC32C")
                                                          : QStringLiteral("MD5");
            // Integer keys: groups of consecutive keys, about rowsPerGroup rows each where the keys
            // are densest (a side that knows its rows says how dense; keys new since the last
            // load may lie far beyond); dense keys where no side knows. Others: hash groups.
            qint64 width = 0;
            qint64 groups = 0;
            const qint64 rows = std::max(source.rows, target.rows);
            if (diff->integerKey && (source.bounded || target.bounded)) {
                // Keys spread thinner than one in four get wider groups, up to a quarter as many
                // rows each: too wide a group costs reading its rows, too narrow only a longer list.
                const double per = rowsPerGroup;
                double sparsest = 1.0;
                for (const Side *side : {&source, &target}) {
                    if (side->bounded && side->rows > 0)
                        sparsest = std::max(sparsest, (double(side->max) - double(side->min) + 1.0) / double(side->rows));
                }
                width = qint64(std::clamp(sparsest < 4 ? per : per * sparsest / 4, 1.0, 1e15));
            } else {
                groups = std::max<qint64>(1, (rows > 0 ? rows : 262144) / rowsPerGroup);
            }
            for (Side *side : {&source, &target}) {
                side->spec.hash = hash;
                side->spec.width = width;
                side->spec.groups = groups;
            }
            diff->how = source.name == target.name ? tr("checksums by %1, %2").arg(source.name, hashName)
                                                   : tr("checksums by %1 and %2, %3").arg(source.name, target.name, hashName);
        } else if (phase == 2) {
            QSet<qint64> all;
            for (auto it = source.groups.cbegin(); it != source.groups.cend(); ++it)
                all.insert(it.key());
            for (auto it = target.groups.cbegin(); it != target.groups.cend(); ++it)
                all.insert(it.key());
            diff->groups = all.size();
            for (const qint64 group : std::as_const(all)) {
                const GroupDigest s = source.groups.value(group);
                const GroupDigest t = target.groups.value(group);
                diff->sourceRows += s.rows;
                diff->targetRows += t.rows;
                if (s == t)
                    diff->unchanged += s.rows;
                else
                    differing << group;
            }
            std::sort(differing.begin(), differing.end());
            diff->differingGroups = differing.size();
            source.groups.clear();
            target.groups.clear();
        }
    };
    Rendezvous between(settle);
    const auto work = [&](Side *side) {
        bool ok = side->digest->open(&side->error); // its connection belongs to this thread
        if (ok) {
            // Integer keys: their span sizes the groups; other keys: the row estimate alone.
            side->bounded = side->digest->keyBounds(side->spec, &side->min, &side->max, &side->rows, &side->error)
                && spec.integerKey();
            ok = side->error.isEmpty();
        }
        if (!ok)
            failed = true;
        between.arriveAndWait();
        if (ok && !failed.load() && !cancel->load()) {
            ok = side->digest->groupDigests(side->spec, &side->groups, &side->error);
            side->unread = side->digest->unreadRows();
            if (!ok)
                failed = true;
        }
        between.arriveAndWait();
        if (ok && !failed.load() && !cancel->load() && !differing.isEmpty()) {
            if (!side->digest->rowHashes(side->spec, differing, &side->hashes, &side->error))
                failed = true;
        }
        side->digest.reset(); // closes its connection in the thread that opened it
    };
    std::thread sourceThread(work, &source);
    work(&target);
    sourceThread.join();
    if (!source.error.isEmpty() || !target.error.isEmpty()) {
        *error = !source.error.isEmpty() ? source.error : target.error;
        return false;
    }
    if (failed.load()) {
        *error = tr("cannot compare %1").arg(mapping.target);
        return false;
    }
    if (source.unread > 0 && diff->keepReason.isEmpty()) {
        diff->keepReason = tr("some source rows do not convert to the target's types (the load rejects them: %1), so a "
                              "key missing from the source may be one of theirs")
                               .arg(groupedNumbers().toString(source.unread));
    }
    if (cancel->load()) {
        *error = tr("sync cancelled");
        return false;
    }
    // The differing groups row by row.
    const int keyColumns = int(spec.key.size());
    QHash<QByteArray, std::pair<quint64, quint64>> inTarget;
    inTarget.reserve(target.hashes.size());
    for (const KeyedHash &row : std::as_const(target.hashes))
        inTarget.insert(row.key, {row.a, row.b});
    for (const KeyedHash &row : std::as_const(source.hashes)) {
        const auto found = inTarget.constFind(row.key);
        if (found == inTarget.cend()) {
            diff->inserts << Digest::splitKey(row.key, keyColumns);
            continue;
        }
        if (found->first != row.a || found->second != row.b) {
            diff->updates << Digest::splitKey(row.key, keyColumns);
        } else {
            ++diff->unchanged;
        }
        inTarget.erase(found);
    }
    for (auto it = inTarget.cbegin(); it != inTarget.cend(); ++it)
        diff->remove << Digest::splitKey(it.key(), keyColumns);
    const auto byKey = [integer = diff->integerKey](const QStringList &a, const QStringList &b) {
        return integer ? a.first().toLongLong() < b.first().toLongLong() : a < b;
    };
    std::sort(diff->inserts.begin(), diff->inserts.end(), byKey);
    std::sort(diff->updates.begin(), diff->updates.end(), byKey);
    std::sort(diff->remove.begin(), diff->remove.end(), byKey);
    return true;
}

void SyncDiff::restrict(Plan *plan, const QList<SyncDiff> &diffs)
{
    for (int i = 0; i < plan->tables.size() && i < diffs.size(); ++i) {
        TableMapping &table = plan->tables[i];
        const SyncDiff &diff = diffs.at(i);
        if (table.mode == TableMode::Skip)
            continue;
        if (diff.newTable) {
            table.mode = TableMode::Merge; // creates the table; every row read
            table.syncKeys.clear();
            continue;
        }
        if (diff.inserts.isEmpty() && diff.updates.isEmpty()) {
            table.mode = TableMode::Skip;
            continue;
        }
        table.mode = TableMode::Merge;
        table.syncKeys.clear();
        // Keys of other types (binary, uuid, times) may be spelled otherwise in the source's SQL:
        // every row is read, and the merge writes only what changed.
        if (diff.exactKeys && diff.inserts.size() + diff.updates.size() <= maxNamedKeys) {
            table.syncKeys = diff.inserts + diff.updates;
            table.syncKeyColumns = diff.sourceKey;
            table.syncIntegerKeys = diff.integerKey;
        }
    }
}

void SyncDiff::finish(const Plan &plan, const QList<SyncDiff> &diffs, bool deleteRows, Report *report)
{
    for (qsizetype i = plan.tables.size() - 1; i >= 0; --i) {
        if (plan.tables.at(i).mode == TableMode::Skip || i >= diffs.size())
            continue;
        const SyncDiff &diff = diffs.at(i);
        TableReport *table = nullptr;
        for (TableReport &t : report->tables) {
            if (t.target == diff.table)
                table = &t;
        }
        if (!table) {
            report->tables << TableReport();
            table = &report->tables.last();
            table->source = plan.tables.at(i).source;
            table->target = diff.table;
        }
        if (table->status == RunStatus::Skipped)
            table->status = RunStatus::Ok;
        table->merged = true;
        table->synced = true;
        if (!diff.newTable) {
            table->sourceRows = diff.sourceRows;
            table->unchanged = std::max(table->unchanged, diff.sourceRows - table->inserted - table->updated - table->rejected);
        }
        if (!deleteRows || diff.remove.isEmpty() || !diff.keepReason.isEmpty() || report->status == RunStatus::Failed
            || report->status == RunStatus::Cancelled)
            continue;
        QString error;
        if (!diff.deleteRemoved(plan, &table->deleted, &error)) {
            table->status = RunStatus::Failed;
            table->error = error;
            report->status = RunStatus::Failed;
        }
    }
}

bool SyncDiff::deleteRemoved(const Plan &plan, qint64 *deleted, QString *error) const
{
    *deleted = 0;
    if (remove.isEmpty())
        return true;
    std::unique_ptr<RowWriter> writer = Backend::writer(plan.target, table);
    if (!writer || !writer->open(error))
        return false;
    SqlSession *session = writer->session();
    if (!session) {
        *error = tr("%1: cannot delete rows there").arg(writer->describe());
        writer->finish(error);
        return false;
    }
    const Dialect dialect = session->dialect();
    const QString name = session->schema().isEmpty()
        ? quoteIdentifier(dialect, table)
        : quoteIdentifier(dialect, session->schema()) + QLatin1Char('.') + quoteIdentifier(dialect, table);
    const std::function<QString(const QString &)> quote = [session](const QString &text) { return session->quote(text); };
    const QString begin = dialect == Dialect::MySql ? QStringLiteral("START TRANSACTION")
                          : dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    bool ok = session->exec(begin, error);
    // Text keys whose collation equates different texts ('abc' and 'ABC', 'abc ' and 'abc': MariaDB's
    // collations, SQLite's NOCASE, PostgreSQL's citext, char(n) and nondeterministic collations): a
    // key the source has in another spelling is the row the merge just wrote, and is never deleted.
    QString written;
    if (!integerKey && !(inserts.isEmpty() && updates.isEmpty())) {
        if (inserts.size() + updates.size() > maxNamedKeys) {
            *error = tr("%1: too many new keys to check the deletions against; rows kept").arg(writer->describe());
            ok = false;
        } else {
            written = QStringLiteral(" AND NOT (%1)").arg(keyFilter(dialect, keyColumns, inserts + updates, false, quote));
        }
    }
    constexpr int keysPerStatement = 1000;
    for (qsizetype from = 0; ok && from < remove.size(); from += keysPerStatement) {
        const QList<QStringList> keys = remove.mid(from, keysPerStatement);
        QString where = keyFilter(dialect, keyColumns, keys, integerKey, quote);
        // Text keys are matched byte for byte too, not only by the column's collation: a row the
        // merge just gave the source's 'ABC' must not go with the 'abc' (or 'abc ') it replaced.
        if (!where.isEmpty() && !integerKey && dialect == Dialect::MySql)
            where += QStringLiteral(" AND ") + keyFilter(dialect, keyColumns, keys, false, quote, QStringLiteral("BINARY %1"));
        else if (!where.isEmpty() && !integerKey && dialect == Dialect::Sqlite)
            where += QStringLiteral(" AND ") + keyFilter(dialect, keyColumns, keys, false, quote, QStringLiteral("%1 COLLATE BINARY"));
        else if (!where.isEmpty() && !integerKey && dialect == Dialect::Postgres)
            where += QStringLiteral(" AND ") + keyFilter(dialect, keyColumns, keys, false, quote, QStringLiteral("%1::text COLLATE \"C\""));
        if (!where.isEmpty())
            where += written;
        if (where.isEmpty()) {
            *error = tr("%1: a key to delete is not a value of its column").arg(writer->describe());
            ok = false;
            break;
        }
        QList<QList<qint64>> counted;
        ok = session->queryIntegers(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(name, where), &counted, error)
            && session->exec(QStringLiteral("DELETE FROM %1 WHERE %2").arg(name, where), error);
        if (ok && !counted.isEmpty() && !counted.first().isEmpty())
            *deleted += counted.first().first();
    }
    QString closing;
    if (ok)
        ok = session->exec(QStringLiteral("COMMIT"), error);
    else
        session->exec(QStringLiteral("ROLLBACK"), &closing);
    if (!writer->finish(&closing) && ok) {
        *error = closing;
        ok = false;
    }
    if (!ok)
        *deleted = 0;
    return ok;
}

} // namespace barge
