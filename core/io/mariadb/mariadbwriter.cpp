#include "io/mariadb/mariadbwriter.h"

#include "base/plural.h"
#include "io/mariadb/mariadbintrospector.h"
#include "io/mariadb/mariadbvalueencoder.h"
#include "schema/ddlbuilder.h"
#include "schema/identifier.h"

#include <errmsg.h>
#include <mysql.h>
#include <mysqld_error.h>

#include <cstring>

namespace barge {

namespace {

// Errors that belong to the rows of a statement (a value, a key, a constraint) rather than to the
// connection or the table: SQLSTATE classes 22 (data) and 23 (integrity), and the strict-mode
// refusals MariaDB files under HY000.
bool isRowErrorNumber(unsigned int number)
{
    switch (number) {
    case ER_BAD_NULL_ERROR:                // 1048
    case ER_DUP_ENTRY:                     // 1062
    case ER_WARN_NULL_TO_NOTNULL:          // 1263
    case ER_WARN_DATA_OUT_OF_RANGE:        // 1264
    case WARN_DATA_TRUNCATED:              // 1265
    case ER_TRUNCATED_WRONG_VALUE:         // 1292
    case ER_NO_DEFAULT_FOR_FIELD:          // 1364
    case ER_TRUNCATED_WRONG_VALUE_FOR_FIELD: // 1366
    case ER_ILLEGAL_VALUE_FOR_TYPE:        // 1367
    case ER_DATA_TOO_LONG:                 // 1406
    case ER_WRONG_VALUE_FOR_TYPE:          // 1411
    case ER_CANT_CREATE_GEOMETRY_OBJECT:   // 1416
    case ER_ROW_IS_REFERENCED_2:           // 1451
    case ER_NO_REFERENCED_ROW_2:           // 1452
    case ER_DATA_OUT_OF_RANGE:             // 1690
    case ER_INVALID_CHARACTER_STRING:      // 1300
    case ER_DUP_ENTRY_WITH_KEY_NAME:       // 1586
    case ER_DUP_UNKNOWN_IN_INDEX:          // 1859
    case ER_CONSTRAINT_FAILED:             // 4025
        return true;
    default:
        return false;
    }
}

} // namespace

MariaDbWriter::MariaDbWriter(const Endpoint &endpoint, const QString &table) : m_table(table), m_db(endpoint)
{
}

QString MariaDbWriter::describe() const
{
    return tableLabel().arg(m_db.describe(), m_table);
}

bool MariaDbWriter::run(const QString &sql, QString *error)
{
    if (m_db.run(sql, error))
        return true;
    *error = QStringLiteral("%1: %2").arg(describe(), *error);
    return false;
}

bool MariaDbWriter::open(QString *error)
{
    if (!m_db.open(error))
        return false;
    // Tables load in any order, so a child may arrive before its parent; keys are added after.
    // unique_checks stays on: with both off, MariaDB 10.6+ bulk-loads an empty table and undoes
    // the whole transaction's rows when one statement fails, where a refused row must undo only
    // its own statement.
    return run(QStringLiteral("SET foreign_key_checks = 0, unique_checks = 1"), error);
}

bool MariaDbWriter::prepare(const TableSchema &target, TableMode mode, QString *error)
{
    const bool exists = MariaDbIntrospector(&m_db).hasTable(m_table);
    TableSchema table = target;
    table.name = m_table;
    const QStringList statements = DdlBuilder::prepareTable(Dialect::MySql, table, mode, exists);
    // DDL commits on its own in MariaDB: a later failure keeps the created table empty.
    for (const QString &sql : statements) {
        if (!run(sql, error)) {
            *error += tr(" (in: %1)").arg(sql.simplified());
            return false;
        }
    }
    // A table that was already there keeps its own foreign keys, checked as rows arrive: a row
    // without its parent is refused, not loaded. (Tables Barge creates get theirs after the load.)
    if (exists && mode != TableMode::Replace && !run(QStringLiteral("SET foreign_key_checks = 1"), error))
        return false;
    const TableSchema written = target.written(); // generated columns are computed by the server
    m_kinds.clear();
    for (const ColumnSchema &column : written.columns)
        m_kinds << MariaDbValueEncoder::columnFor(column);
    m_columnNames = written.columnNames();
    m_columnList = QByteArray(" (") + quoteIdentifiers(Dialect::MySql, m_columnNames).toUtf8() + ')';
    m_insertPrefix = "INSERT INTO " + quoteIdentifier(Dialect::MySql, m_table).toUtf8() + m_columnList + " VALUES ";
    m_mergeSuffix.clear();
    if (mode == TableMode::Merge) {
        m_path = BulkPath::Insert; // LOAD DATA cannot update
        QStringList set;
        m_keyColumns.clear();
        for (int c = 0; c < m_columnNames.size(); ++c) {
            const QString name = quoteIdentifier(Dialect::MySql, m_columnNames.at(c));
            if (m_mergeKey.contains(m_columnNames.at(c)))
                m_keyColumns << c;
            else
                set << name + QStringLiteral(" = VALUES(") + name + QLatin1Char(')');
        }
        if (m_keyColumns.size() != m_mergeKey.size()) {
            *error = tr("%1: the merge key %2 is not among the columns written").arg(describe(), m_mergeKey.join(u','));
            return false;
        }
        // Every column in the key: a row the table has stays as it is (0 rows affected).
        if (set.isEmpty())
            set << quoteIdentifier(Dialect::MySql, m_mergeKey.first()) + QStringLiteral(" = ")
                    + quoteIdentifier(Dialect::MySql, m_mergeKey.first());
        m_mergeSuffix = " ON DUPLICATE KEY UPDATE " + set.join(QStringLiteral(", ")).toUtf8();
        m_countPrefix = "SELECT COUNT(*) FROM " + quoteIdentifier(Dialect::MySql, m_table).toUtf8() + " WHERE ("
            + quoteIdentifiers(Dialect::MySql, m_mergeKey).toUtf8() + ") IN (";
    }
    MariaDbResult settings;
    if (!m_db.query(QStringLiteral("SELECT @@max_allowed_packet, @@local_infile"), &settings, error)
        || !settings.next()) {
        *error = describe() + QStringLiteral(": ") + *error;
        return false;
    }
    // Room for the statement's own words below the server's limit on one packet.
    m_packetLimit = qMax<qsizetype>(4096, settings.integer(0) - m_insertPrefix.size() - 1024);
    // A server that refuses LOAD DATA LOCAL (MySQL 8's default) is written through INSERT only.
    if (settings.integer(1) == 0)
        m_path = BulkPath::Insert;
    return checkTransactional(error);
}

// A table of a non-transactional engine (MyISAM, Aria) keeps the rows of a refused statement that
// came before the refused row, and no savepoint undoes anything: it is written one row per
// statement, so that a refused row is the only one its statement held.
bool MariaDbWriter::checkTransactional(QString *error)
{
    MariaDbResult engine;
    if (!m_db.query(QStringLiteral("SELECT t.TABLE_NAME, e.TRANSACTIONS FROM information_schema.TABLES t "
                                   "JOIN information_schema.ENGINES e ON e.ENGINE = t.ENGINE "
                                   "WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_NAME = ")
                        + MariaDbConnection::quoteString(m_table),
                    &engine, error)) {
        *error = describe() + QStringLiteral(": ") + *error;
        return false;
    }
    m_rowByRow = false;
    while (engine.next()) {
        if (engine.text(0) == m_table && engine.text(1) != QLatin1String("YES"))
            m_rowByRow = true;
    }
    if (m_rowByRow)
        m_path = BulkPath::Insert;
    // LOAD DATA puts the bytes into the columns as they are (CHARACTER SET binary): right for
    // UTF-8 columns, double-encoded in a latin1 one (a same-engine copy of MySQL's world database).
    // Such a table is written through INSERT, whose utf8mb4 literals the server converts.
    MariaDbResult charsets;
    if (!m_db.query(QStringLiteral("SELECT count(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                                   "AND TABLE_NAME = %1 AND CHARACTER_SET_NAME NOT IN ('utf8mb4', 'utf8mb3', 'utf8', 'binary')")
                        .arg(MariaDbConnection::quoteString(m_table)),
                    &charsets, error)
        || !charsets.next()) {
        *error = describe() + QStringLiteral(": ") + *error;
        return false;
    }
    if (charsets.integer(0) > 0)
        m_path = BulkPath::Insert;
    return true;
}

bool MariaDbWriter::begin(QString *error)
{
    if (!run(QStringLiteral("START TRANSACTION"), error))
        return false;
    m_inTransaction = true;
    return true;
}

bool MariaDbWriter::commit(QString *error)
{
    if (!m_inTransaction)
        return true;
    m_inTransaction = false;
    if (!m_db.run(QByteArrayLiteral("COMMIT"), error)) {
        *error = tr("%1: commit failed: %2").arg(describe(), *error);
        rollback();
        return false;
    }
    return true;
}

void MariaDbWriter::rollback()
{
    QString ignored;
    if (m_db.isOpen())
        m_db.run(QByteArrayLiteral("ROLLBACK"), &ignored);
    m_inTransaction = false;
}

bool MariaDbWriter::finish(QString *error)
{
    Q_UNUSED(error)
    if (m_inTransaction)
        rollback();
    m_db.close();
    return true;
}

bool MariaDbWriter::afterLoad(const TableSchema &target, QString *error)
{
    for (const QString &sql : DdlBuilder::afterLoad(Dialect::MySql, target)) {
        if (!run(sql, error)) {
            *error += tr(" (in: %1)").arg(sql);
            return false;
        }
    }
    return true;
}

// MariaDB adds a foreign key without looking at the rows (foreign_key_checks = 0, as the writer
// loads): rows without a parent are counted first, and the key is refused as PostgreSQL would.
bool MariaDbWriter::checkReferences(const TableSchema &target, QString *error)
{
    const auto q = [](const QString &name) { return quoteIdentifier(Dialect::MySql, name); };
    for (const ForeignKeySchema &key : target.foreignKeys) {
        QStringList on;
        QStringList present;
        QStringList values;
        for (int i = 0; i < key.columns.size() && i < key.referencedColumns.size(); ++i) {
            on << QStringLiteral("p.%1 = c.%2").arg(q(key.referencedColumns.at(i)), q(key.columns.at(i)));
            present << QStringLiteral("c.%1 IS NOT NULL").arg(q(key.columns.at(i)));
            values << QStringLiteral("CONCAT(%1, c.%2)").arg(MariaDbConnection::quoteString(key.columns.at(i) + u'='), q(key.columns.at(i)));
        }
        if (on.isEmpty())
            continue;
        MariaDbResult result;
        const QString sql = QStringLiteral("SELECT count(*), min(CONCAT_WS(', ', %1)) FROM %2 c LEFT JOIN %3 p ON %4 "
                                           "WHERE p.%5 IS NULL AND %6")
                                .arg(values.join(QStringLiteral(", ")), q(m_table), q(key.referencedTable),
                                     on.join(QStringLiteral(" AND ")), q(key.referencedColumns.first()),
                                     present.join(QStringLiteral(" AND ")));
        if (!m_db.query(sql, &result, error) || !result.next()) {
            *error = describe() + QStringLiteral(": ") + *error;
            return false;
        }
        if (result.integer(0) > 0) {
            const qint64 orphans = result.integer(0);
            //: %3 rows of table %4 whose key has no row in table %5
            *error = pluralText(tr("%1: foreign key %2: %3 row(s) of %4 without a row in %5 (the first: %6)", nullptr,
                                   pluralCount(orphans)),
                                orphans)
                         .arg(describe(), key.name.isEmpty() ? key.columns.join(u',') : key.name,
                              groupedNumbers().toString(orphans), m_table, key.referencedTable, result.text(1));
            return false;
        }
    }
    return true;
}

bool MariaDbWriter::addForeignKeys(const TableSchema &target, QString *error)
{
    if (!checkReferences(target, error))
        return false;
    for (const QString &sql : DdlBuilder::foreignKeys(Dialect::MySql, target)) {
        if (!run(sql, error)) {
            *error += tr(" (in: %1)").arg(sql);
            return false;
        }
    }
    return true;
}

qint64 MariaDbWriter::countRows(QString *error)
{
    MariaDbResult count;
    if (!m_db.query(QStringLiteral("SELECT count(*) FROM ") + quoteIdentifier(Dialect::MySql, m_table), &count, error)
        || !count.next()) {
        *error = describe() + QStringLiteral(": ") + *error;
        return -1;
    }
    return count.integer(0);
}

bool MariaDbWriter::isRowError() const
{
    const QByteArray state = m_db.sqlState();
    return isRowErrorNumber(m_db.errorNumber()) || state.startsWith("22") || state.startsWith("23");
}

// The server's reason for one refused row; "at row 1" counts within a one-row statement and would
// only mislead next to the source's own row position.
QString MariaDbWriter::rowMessage() const
{
    QString message = m_db.errorText();
    const qsizetype at = message.lastIndexOf(QLatin1String(" at row "));
    if (at > 0) {
        bool number = false;
        if (QStringView(message).mid(at + 8).toInt(&number) >= 0 && number)
            message.truncate(at);
    }
    return message;
}

bool MariaDbWriter::appendFields(const Row &row)
{
    QString why;
    for (int c = 0; c < row.size(); ++c) {
        if (c > 0)
            m_buffer.append('\t');
        if (!MariaDbValueEncoder::appendField(&m_buffer, row.at(c), m_kinds.value(c, MariaDbValueEncoder::Column::Plain), &why))
            return false; // the INSERT path reports the row
    }
    m_buffer.append('\n');
    return true;
}

// Measured with `barge copy` of 1M rows x 6 columns from SQLite (bench/generate.py; 2 cores, the
// server on the same machine, median of 5 runs): LOAD DATA from memory 5.97 s, multi-row INSERTs
// of up to 1 MB 9.46 s; the mariadb client's LOAD DATA LOCAL INFILE of the same rows as CSV took
// 6.08 s. LOAD DATA is the default; INSERT is the exact path for writes LOAD DATA took with
// warnings, and the only one on servers without local_infile.
bool MariaDbWriter::loadData(const QList<Row> &rows, bool *taken, QString *error)
{
    *taken = false;
    if (!m_db.run(QByteArrayLiteral("SAVEPOINT barge_load"), error)) {
        *error = describe() + QStringLiteral(": ") + *error;
        return false;
    }
    // Rows are encoded as the client library asks for bytes to send, 64 at a time: the text of a
    // write() of wide rows is never all in memory at once (holding it all measured no faster).
    int next = 0;
    qsizetype offset = 0;
    bool unencodable = false;
    m_buffer.resize(0);
    m_db.armLocalInfile([&](char *out, qsizetype size) -> qsizetype {
        qsizetype filled = 0;
        while (filled < size) {
            if (offset == m_buffer.size()) {
                if (next == rows.size())
                    break;
                m_buffer.resize(0);
                offset = 0;
                for (const int stop = qMin(int(rows.size()), next + 64); next < stop; ++next) {
                    if (!appendFields(rows.at(next))) {
                        unencodable = true;
                        return -1;
                    }
                }
            }
            const qsizetype count = qMin(size - filled, m_buffer.size() - offset);
            std::memcpy(out + filled, m_buffer.constData() + offset, size_t(count));
            offset += count;
            filled += count;
        }
        return filled;
    });
    // CHARACTER SET binary: the bytes go into the columns as they are (text is already UTF-8, and
    // blob bytes must not be read as characters).
    const QByteArray sql = "LOAD DATA LOCAL INFILE 'barge-rows' INTO TABLE "
        + quoteIdentifier(Dialect::MySql, m_table).toUtf8()
        + " CHARACTER SET binary FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'"
        + m_columnList;
    QString failure;
    const bool ok = m_db.run(sql, &failure);
    m_db.armLocalInfile(nullptr);
    const unsigned int number = m_db.errorNumber();
    if (!ok && !unencodable
        && (number == ER_NOT_ALLOWED_COMMAND || number == ER_LOAD_INFILE_CAPABILITY_DISABLED
            || number == 3948 /* MySQL: local data disabled */ || number == CR_UNKNOWN_ERROR)) {
        m_path = BulkPath::Insert; // LOAD DATA LOCAL refused by the server or the client library
    } else if (!ok && !unencodable && !isRowError()) {
        *error = describe() + QStringLiteral(": ") + failure;
        return false;
    } else if (ok && m_db.warnings() == 0 && m_db.affectedRows() == rows.size()) {
        *taken = true;
        return true;
    } else if (qEnvironmentVariableIsSet("BARGE_DEBUG")) {
        qInfo("%s: LOAD DATA took %lld rows with %u warnings (%s); written again through INSERT", qPrintable(describe()),
              qlonglong(m_db.affectedRows()), m_db.warnings(), qPrintable(failure));
    }
    // A statement cut short, or taken with warnings (LOCAL skips duplicates and truncates
    // instead of failing), is undone to the savepoint; the INSERT path writes the rows again.
    if (!m_db.run(QByteArrayLiteral("ROLLBACK TO SAVEPOINT barge_load"), error)) {
        *error = describe() + QStringLiteral(": ") + *error;
        return false;
    }
    return true;
}

void MariaDbWriter::encodeLiterals(const QList<Row> &rows)
{
    m_literals.resize(0);
    m_encoded.resize(rows.size());
    for (int r = 0; r < rows.size(); ++r) {
        Encoded &encoded = m_encoded[r];
        encoded.failure.clear();
        encoded.begin = m_literals.size();
        m_literals.append('(');
        const Row &row = rows.at(r);
        for (int c = 0; c < row.size() && encoded.failure.isEmpty(); ++c) {
            if (c > 0)
                m_literals.append(',');
            QString why;
            if (!MariaDbValueEncoder::appendLiteral(&m_literals, row.at(c), m_kinds.value(c, MariaDbValueEncoder::Column::Plain), &why))
                encoded.failure = tr("column %1: %2").arg(m_columnNames.value(c), why);
        }
        m_literals.append(')');
        encoded.end = m_literals.size();
        encoded.key.clear();
        if (!m_mergeSuffix.isEmpty() && encoded.failure.isEmpty()) {
            encoded.key.append('(');
            for (const int c : std::as_const(m_keyColumns)) {
                if (encoded.key.size() > 1)
                    encoded.key.append(',');
                QString why;
                MariaDbValueEncoder::appendLiteral(&encoded.key, row.at(c), m_kinds.value(c, MariaDbValueEncoder::Column::Plain), &why);
            }
            encoded.key.append(')');
        }
        if (encoded.failure.isEmpty() && encoded.end - encoded.begin > m_packetLimit) {
            encoded.failure = tr("the row takes %1 bytes as SQL, more than the server's "
                                 "max_allowed_packet allows").arg(encoded.end - encoded.begin);
        }
        if (!encoded.failure.isEmpty())
            m_literals.truncate(encoded.begin);
        encoded.end = m_literals.size();
    }
}

// The end of the statement that starts at `first`: as many rows as fit the byte limit, at least
// one, stopping before a row that cannot be written.
int MariaDbWriter::statementEnd(int first, int end) const
{
    // A merge statement's count of the rows the key had must stay below the packet limit too, and
    // holds no key twice: one statement would insert and then update it.
    const qsizetype limit = qMin(m_statementLimit, m_packetLimit) / (m_mergeSuffix.isEmpty() ? 1 : 2);
    QSet<QByteArray> keys;
    if (!m_mergeSuffix.isEmpty())
        keys.insert(m_encoded[first].key);
    int last = first + 1;
    while (!m_rowByRow && last < end && m_encoded[last].failure.isEmpty()
           && m_encoded[last].end - m_encoded[first].begin + (last - first) <= limit) {
        if (!m_mergeSuffix.isEmpty()) {
            if (keys.contains(m_encoded[last].key))
                break;
            keys.insert(m_encoded[last].key);
        }
        ++last;
    }
    return last;
}

bool MariaDbWriter::setMergeKey(const QStringList &key, QString *error)
{
    Q_UNUSED(error)
    m_mergeKey = key;
    return true;
}

// Mode merge: the rows of [first, end) whose key the table has already, counted under a savepoint
// that settleMerge() may return to.
bool MariaDbWriter::countExisting(int first, int end, qint64 *existing, QString *error)
{
    QByteArray count = m_countPrefix;
    for (int r = first; r < end; ++r) {
        if (r > first)
            count.append(',');
        count.append(m_encoded[r].key);
    }
    count.append(')');
    MariaDbResult result;
    if (!m_db.run(QByteArrayLiteral("SAVEPOINT barge_merge"), error) || !m_db.query(QString::fromUtf8(count), &result, error)
        || !result.next()) {
        *error = describe() + QStringLiteral(": ") + *error;
        return false;
    }
    *existing = result.integer(0);
    return true;
}

// Counts what the merge statement of rows [first, end) did: it affected 1 row per insert, 2 per
// update and none for a row left as it was; with more than one row, the rows the key had before
// tell inserts from the rest. When the figures do not agree (keys the server's collation takes as
// one), the statement is undone and *split set: its rows go again in smaller statements.
bool MariaDbWriter::settleMerge(int first, int end, qint64 existing, bool *split, QString *error)
{
    const qint64 rows = end - first;
    const qint64 affected = m_db.affectedRows();
    *split = false;
    if (rows == 1) {
        ++(affected == 1 ? m_merged.inserted : affected == 2 ? m_merged.updated : m_merged.unchanged);
        return true;
    }
    const qint64 inserted = rows - existing;
    const qint64 twiceUpdated = affected - inserted;
    if (inserted >= 0 && twiceUpdated >= 0 && twiceUpdated % 2 == 0 && twiceUpdated / 2 <= existing) {
        m_merged.inserted += inserted;
        m_merged.updated += twiceUpdated / 2;
        m_merged.unchanged += existing - twiceUpdated / 2;
        return true;
    }
    *split = true;
    if (!m_db.run(QByteArrayLiteral("ROLLBACK TO SAVEPOINT barge_merge"), error)) {
        *error = describe() + QStringLiteral(": ") + *error;
        return false;
    }
    return true;
}

bool MariaDbWriter::insertStatement(int first, int end, bool *refused, QString *error)
{
    m_statement.resize(0);
    m_statement.append(m_insertPrefix);
    for (int r = first; r < end; ++r) {
        if (r > first)
            m_statement.append(',');
        m_statement.append(m_literals.constData() + m_encoded[r].begin, m_encoded[r].end - m_encoded[r].begin);
    }
    const bool merging = !m_mergeSuffix.isEmpty();
    qint64 existing = 0;
    if (merging) {
        m_statement.append(m_mergeSuffix);
        if (end - first > 1 && !countExisting(first, end, &existing, error))
            return false;
    }
    QString failure;
    *refused = false;
    if (m_db.run(m_statement, &failure))
        return !merging || settleMerge(first, end, existing, refused, error);
    if (isRowError()) {
        *refused = true; // InnoDB has undone the statement's rows
        return true;
    }
    *error = describe() + QStringLiteral(": ") + failure;
    return false;
}

bool MariaDbWriter::insertRange(int first, int end, QList<RowError> *rowErrors, bool *stopped, QString *error)
{
    int i = first;
    while (i < end) {
        if (!m_encoded[i].failure.isEmpty()) {
            rowErrors->append(RowError{i, m_encoded[i].failure});
            if ((*stopped = m_stopAtFirstError))
                return true;
            ++i;
            continue;
        }
        const int j = statementEnd(i, end);
        bool refused = false;
        if (!insertStatement(i, j, &refused, error))
            return false;
        if (refused && j - i == 1) {
            rowErrors->append(RowError{i, rowMessage()});
            if ((*stopped = m_stopAtFirstError))
                return true;
        } else if (refused) {
            // Halves, the first first: with stop-at-first-error everything before the bad row is
            // written and nothing after it.
            const int middle = i + (j - i) / 2;
            if (!insertRange(i, middle, rowErrors, stopped, error))
                return false;
            if (*stopped)
                return true;
            if (!insertRange(middle, j, rowErrors, stopped, error))
                return false;
            if (*stopped)
                return true;
        }
        i = j;
    }
    return true;
}

bool MariaDbWriter::write(const QList<Row> &rows, QList<RowError> *rowErrors, QString *error)
{
    if (rows.isEmpty())
        return true;
    if (m_path == BulkPath::LoadData) {
        bool taken = false;
        if (!loadData(rows, &taken, error))
            return false;
        if (taken)
            return true;
    }
    encodeLiterals(rows);
    bool stopped = false;
    return insertRange(0, int(rows.size()), rowErrors, &stopped, error);
}

} // namespace barge
