#include "io/postgres/pgwriter.h"

#include <atomic>

#include "schema/ddlbuilder.h"
#include "schema/identifier.h"

#include <QHash>
#include <QRegularExpression>

#include <libpq-fe.h>

namespace barge {

namespace {

// Rows go to the server in chunks of about this size: the server starts on the first rows while
// the rest are encoded, and memory stays bounded.
constexpr qsizetype flushBytes = 64 * 1024;

// What a row can be refused for: data exceptions (22: bad value, too long, invalid encoding),
// integrity constraints (23: NOT NULL, unique, foreign key, check) and an index entry too large
// (54000). Anything else is the target failing as a whole.
bool isRowError(const QByteArray &sqlState)
{
    return sqlState.startsWith("22") || sqlState.startsWith("23") || sqlState == "54000";
}

// "COPY orders, line 42, column amount: ..." -> 42; 0 when the context names no line (checks that
// run at the end of the statement, such as foreign keys, or a server speaking another language).
int failedLine(const QString &context)
{
    static const QRegularExpression line(QStringLiteral("^COPY .*, line (\\d+)"));
    const QRegularExpressionMatch match = line.match(context);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

PgWriter::PgWriter(const Endpoint &endpoint, const QString &table) : m_endpoint(endpoint), m_table(table), m_conn(endpoint)
{
}

QString PgWriter::describe() const
{
    QString host = m_endpoint.option(QStringLiteral("host"), m_endpoint.host);
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    return tableLabel().arg(QStringLiteral("%1/%2").arg(host, m_endpoint.database),
                            QStringLiteral("%1.%2").arg(m_conn.schema(), m_table));
}

QString PgWriter::fail(const QString &what) const
{
    return describe() + QStringLiteral(": ") + what;
}

bool PgWriter::open(QString *error)
{
    return m_conn.open(error);
}

bool PgWriter::statement(const char *sql, QString *error)
{
    const PgResult result(PQexec(m_conn.native(), sql));
    if (result.ok())
        return true;
    *error = fail(result.message());
    return false;
}

bool PgWriter::schemaExists(bool *exists, QString *error)
{
    const PgResult result = m_conn.exec(QStringLiteral("SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = $1"),
                                        {m_conn.schema()});
    if (!result.ok()) {
        *error = fail(result.message());
        return false;
    }
    *exists = result.rows() > 0;
    return true;
}

bool PgWriter::emptyTables(const QStringList &tables, QString *error)
{
    // Tables the run will create do not exist yet: only those that do are emptied.
    QStringList existing;
    for (const QString &table : tables) {
        bool exists = false;
        if (!m_session.tableExists(table, &exists, error)) {
            *error = fail(*error);
            return false;
        }
        if (exists)
            existing << table;
    }
    for (const QString &sql : DdlBuilder::truncateTables(Dialect::Postgres, existing, m_conn.schema())) {
        const PgResult result = m_conn.exec(sql);
        if (!result.ok()) {
            *error = fail(result.message());
            return false;
        }
    }
    return true;
}

// The enums and domains a same-engine copy's columns name, made in the target schema unless a type
// of that name is there already; the columns then name them qualified. Tables prepared in
// parallel take turns under one lock held until COMMIT, so each finds the others' types.
QStringList PgWriter::createUserTypes(const TableSchema &table, const QString &schema)
{
    QStringList statements = DdlBuilder::userTypes(Dialect::Postgres, table, schema);
    if (!statements.isEmpty())
        statements.prepend(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('barge: CREATE TYPE'))"));
    return statements;
}

bool PgWriter::prepare(const TableSchema &target, TableMode mode, QString *error)
{
    bool exists = false;
    if (!m_session.tableExists(m_table, &exists, error)) {
        *error = fail(*error);
        return false;
    }
    const QString &schema = m_conn.schema();
    QStringList statements;
    if (DdlBuilder::createsTable(mode, exists)) {
        bool hasSchema = true;
        if (!schemaExists(&hasSchema, error))
            return false;
        // Tables loading in parallel (--jobs) may all find the schema missing: each creates it under
        // a lock held until its COMMIT, so the next one waits and then finds it (IF NOT EXISTS).
        // First in the transaction: a statement that looked the schema up before the lock (DROP TABLE
        // IF EXISTS) would leave this session's catalog cache saying it is missing.
        if (!hasSchema)
            statements << QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('barge: CREATE SCHEMA'))")
                       << QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") + quoteIdentifier(Dialect::Postgres, schema);
    }
    TableSchema table = target;
    table.name = m_table;
    statements << DdlBuilder::prepareTable(Dialect::Postgres, table, mode, exists, schema, createUserTypes(table, schema));
    // One transaction: a failed re-create leaves the old table as it was, not dropped.
    if (!statements.isEmpty()) {
        if (!statement("BEGIN", error))
            return false;
        for (const QString &sql : std::as_const(statements)) {
            const PgResult result = m_conn.exec(sql);
            if (!result.ok()) {
                *error = fail(result.message());
                rollback();
                return false;
            }
        }
        if (!statement("COMMIT", error))
            return false;
    }
    const TableSchema written = target.written(); // generated columns are computed by the server
    if (mode == TableMode::Merge && !prepareMerge(written.columnNames(), error))
        return false;
    const QString into = mode == TableMode::Merge ? QStringLiteral("pg_temp.barge_merge") : m_conn.qualified(m_table);
    const QString copy = QStringLiteral("COPY ") + into + QStringLiteral(" (")
        + quoteIdentifiers(Dialect::Postgres, written.columnNames()) + QStringLiteral(") FROM STDIN");
    m_copyTextSql = copy.toUtf8();
    m_copyBinarySql = (copy + QStringLiteral(" WITH (FORMAT binary)")).toUtf8();
    return chooseFormat(written, error);
}

bool PgWriter::setMergeKey(const QStringList &key, QString *error)
{
    Q_UNUSED(error)
    m_mergeKey = key;
    return true;
}

namespace {
std::atomic<bool> onConflictOnly{false};
} // namespace

void PgWriter::setOnConflictOnly(bool on)
{
    onConflictOnly = on;
}

bool PgWriter::prepareMerge(const QStringList &columns, QString *error)
{
    const QString table = m_conn.qualified(m_table);
    const QString list = quoteIdentifiers(Dialect::Postgres, columns);
    // The table's column types, without its constraints: those are checked when the rows go in.
    if (!runEach({QStringLiteral("DROP TABLE IF EXISTS pg_temp.barge_merge"),
                  QStringLiteral("CREATE TEMPORARY TABLE barge_merge AS SELECT ") + list + QStringLiteral(" FROM ")
                      + table + QStringLiteral(" WITH NO DATA")},
                 error))
        return false;
    QStringList set;
    QStringList setExcluded;
    QStringList mine;
    QStringList theirs;
    QStringList excluded;
    QStringList same;
    QStringList values;
    for (const QString &column : columns) {
        const QString name = quoteIdentifier(Dialect::Postgres, column);
        values << QStringLiteral("s.") + name;
        if (m_mergeKey.contains(column)) {
            same << QStringLiteral("t.") + name + QStringLiteral(" = s.") + name;
            continue;
        }
        set << name + QStringLiteral(" = s.") + name;
        setExcluded << name + QStringLiteral(" = EXCLUDED.") + name;
        mine << QStringLiteral("t.") + name;
        theirs << QStringLiteral("s.") + name;
        excluded << QStringLiteral("EXCLUDED.") + name;
    }
    const QString differs = QStringLiteral("ROW(") + mine.join(QStringLiteral(", ")) + QStringLiteral(") IS DISTINCT FROM ROW(");
    m_mergeCounter.clear();
    if (PQserverVersion(m_conn.native()) >= 150000 && !onConflictOnly) {
        // MERGE (PostgreSQL 15): one probe of the key's index per row and a plain insert of the new
        // ones, measured 37% faster than INSERT ... ON CONFLICT, whose speculative insertion and row
        // locks cost every row, unchanged ones too. Its count is of the rows written; those updated
        // are counted by a temporary sequence their WHEN condition advances (CASE: only for a row
        // that differs). Each batch finds its rows through the index: the table's statistics (of
        // an empty or small table at the start) would have the planner scan it for every batch.
        QString matched;
        if (!set.isEmpty()) {
            m_mergeCounter = QByteArrayLiteral("pg_temp.barge_merge_updated");
            if (!runEach({QStringLiteral("DROP SEQUENCE IF EXISTS pg_temp.barge_merge_updated"),
                          QStringLiteral("CREATE TEMPORARY SEQUENCE barge_merge_updated")},
                         error))
                return false;
            matched = QStringLiteral(" WHEN MATCHED AND CASE WHEN ") + differs + theirs.join(QStringLiteral(", "))
                + QStringLiteral(") THEN nextval('pg_temp.barge_merge_updated') > 0 ELSE false END THEN UPDATE SET ")
                + set.join(QStringLiteral(", "));
        }
        m_mergeSql = (QStringLiteral("MERGE INTO ") + table + QStringLiteral(" AS t USING pg_temp.barge_merge AS s ON ")
                      + same.join(QStringLiteral(" AND ")) + matched + QStringLiteral(" WHEN NOT MATCHED THEN INSERT (")
                      + list + QStringLiteral(") VALUES (") + values.join(QStringLiteral(", ")) + QLatin1Char(')'))
                         .toUtf8();
        return true;
    }
    // Before 15: xmax is 0 in a row the statement inserted, the transaction's id in one it updated;
    // a row left as it was returns nothing.
    const QString action = set.isEmpty()
        ? QStringLiteral("DO NOTHING")
        : QStringLiteral("DO UPDATE SET ") + setExcluded.join(QStringLiteral(", ")) + QStringLiteral(" WHERE ") + differs
            + excluded.join(QStringLiteral(", ")) + QLatin1Char(')');
    m_mergeSql = (QStringLiteral("WITH merged AS (INSERT INTO ") + table + QStringLiteral(" AS t (") + list
                  + QStringLiteral(") SELECT ") + list + QStringLiteral(" FROM pg_temp.barge_merge ON CONFLICT (")
                  + quoteIdentifiers(Dialect::Postgres, m_mergeKey) + QStringLiteral(") ") + action
                  + QStringLiteral(" RETURNING (t.xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), "
                                   "count(*) FILTER (WHERE NOT inserted) FROM merged"))
                     .toUtf8();
    return true;
}

PgWriter::Copy PgWriter::mergeCopied(int count, QString *message)
{
    PGconn *conn = m_conn.native();
    // 21000: the rows repeat a key, which one statement cannot both insert and update: fewer rows
    // at a time, down to one, settle it. Other row errors (a NOT NULL, a foreign key) the same way.
    const auto outcome = [&](const PgResult &result) {
        *message = result.message();
        return isRowError(result.sqlState()) || result.sqlState() == "21000" ? Copy::Refused : Copy::Failed;
    };
    qint64 inserted = 0;
    qint64 updated = 0;
    if (m_mergeSql.startsWith("MERGE")) {
        // For this transaction only: the foreign keys added after the load are checked with the
        // planner's own choice.
        const PgResult plan(PQexec(conn, m_mergeCounter.isEmpty()
                                             ? "SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off"
                                             : "SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off; "
                                               "SELECT setval('pg_temp.barge_merge_updated', 1, false)"));
        if (!plan.ok())
            return outcome(plan);
    }
    const PgResult merged(PQexec(conn, m_mergeSql.constData()));
    if (!merged.ok())
        return outcome(merged);
    if (m_mergeSql.startsWith("MERGE")) {
        const qint64 written = QByteArray(PQcmdTuples(merged.get())).toLongLong();
        if (!m_mergeCounter.isEmpty()) {
            const PgResult counter(PQexec(conn, "SELECT CASE WHEN is_called THEN last_value ELSE 0 END "
                                                "FROM pg_temp.barge_merge_updated"));
            if (!counter.ok())
                return outcome(counter);
            updated = counter.integer(0, 0);
        }
        inserted = written - updated;
    } else {
        inserted = merged.integer(0, 0);
        updated = merged.integer(0, 1);
    }
    const PgResult emptied(PQexec(conn, "TRUNCATE pg_temp.barge_merge"));
    if (!emptied.ok()) {
        *message = emptied.message();
        return Copy::Failed;
    }
    m_merged.inserted += inserted;
    m_merged.updated += updated;
    m_merged.unchanged += count - inserted - updated;
    return Copy::Written;
}

bool PgWriter::chooseFormat(const TableSchema &target, QString *error)
{
    // Binary when every column's real type takes its values' binary form, else text.
    m_encoder.setText();
    QList<bool> arrays;
    for (const ColumnSchema &column : target.columns)
        arrays << (column.type.kind == TypeKind::Array);
    m_encoder.setArrayColumns(arrays);
    if (!m_binaryAllowed)
        return true;
    const PgResult result = m_conn.exec(
        QStringLiteral("SELECT a.attname, t.typname, t.typtype::text FROM pg_catalog.pg_attribute a "
                       "JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
                       "WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped"),
        {m_conn.qualified(m_table)});
    if (!result.ok()) {
        *error = fail(result.message());
        return false;
    }
    QHash<QString, QString> types;
    for (int r = 0; r < result.rows(); ++r) {
        if (result.text(r, 2) == QLatin1String("b"))
            types.insert(result.text(r, 0), result.text(r, 1));
    }
    QList<PgCopyEncoder::Binary> columns;
    for (const ColumnSchema &column : target.columns) {
        const std::optional<PgCopyEncoder::Binary> binary = PgCopyEncoder::binaryFor(types.value(column.name), column.type);
        if (!binary)
            return true;
        columns << *binary;
    }
    m_encoder.setBinary(columns);
    return true;
}

bool PgWriter::runEach(const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        const PgResult result = m_conn.exec(sql);
        if (!result.ok()) {
            *error = fail(result.message() + QStringLiteral(" (") + sql + QLatin1Char(')'));
            return false;
        }
    }
    return true;
}

bool PgWriter::afterLoad(const TableSchema &target, QString *error)
{
    TableSchema table = target;
    table.name = m_table;
    return runEach(DdlBuilder::afterLoad(Dialect::Postgres, table, m_conn.schema()), error);
}

bool PgWriter::addForeignKeys(const TableSchema &target, QString *error)
{
    TableSchema table = target;
    table.name = m_table;
    return runEach(DdlBuilder::foreignKeys(Dialect::Postgres, table, m_conn.schema()), error);
}

bool PgWriter::begin(QString *error)
{
    return statement("BEGIN", error);
}

PgWriter::Copy PgWriter::copy(const QList<Row> &rows, int first, int count, QString *message, int *line)
{
    PGconn *conn = m_conn.native();
    *line = 0;
    {
        const PgResult start(PQexec(conn, (m_encoder.isBinary() ? m_copyBinarySql : m_copyTextSql).constData()));
        if (PQresultStatus(start.get()) != PGRES_COPY_IN) {
            *message = start.message();
            return Copy::Failed;
        }
    }
    m_encoder.clear();
    m_encoder.begin();
    bool sent = true;
    bool encoded = true;
    for (int i = first; i < first + count && sent && encoded; ++i) {
        encoded = m_encoder.appendRow(rows.at(i));
        if (m_encoder.size() >= flushBytes) {
            sent = PQputCopyData(conn, m_encoder.data(), int(m_encoder.size())) == 1;
            m_encoder.clear();
        }
    }
    if (encoded)
        m_encoder.end();
    if (sent && m_encoder.size() > 0)
        sent = PQputCopyData(conn, m_encoder.data(), int(m_encoder.size())) == 1;
    m_encoder.clear();
    // A value not in its column's binary form ends this COPY with an error of our own; the
    // caller undoes it and copies the rows again as text.
    if (!sent || PQputCopyEnd(conn, encoded ? nullptr : "a value has no binary form; retrying as text") != 1) {
        *message = QString::fromUtf8(PQerrorMessage(conn)).simplified();
        while (PGresult *rest = PQgetResult(conn))
            PQclear(rest);
        return Copy::Failed;
    }
    const PgResult end(PQgetResult(conn));
    while (PGresult *rest = PQgetResult(conn))
        PQclear(rest);
    if (end.ok())
        return Copy::Written;
    *message = end.message();
    if (!encoded)
        return Copy::Unencodable;
    if (!isRowError(end.sqlState()))
        return Copy::Failed;
    *line = failedLine(end.context());
    return Copy::Refused;
}

PgWriter::Status PgWriter::writeRange(const QList<Row> &rows, int first, int count, QList<RowError> *rowErrors,
                                      QString *error)
{
    while (count > 0) {
        if (!statement("SAVEPOINT barge_rows", error))
            return Status::Failed;
        QString message;
        int line = 0;
        Copy outcome = copy(rows, first, count, &message, &line);
        if (outcome == Copy::Written && !m_mergeSql.isEmpty()) {
            const MergeCounts before = m_merged;
            outcome = mergeCopied(count, &message);
            if (outcome != Copy::Written)
                m_merged = before;
        }
        if (outcome == Copy::Written)
            return statement("RELEASE SAVEPOINT barge_rows", error) ? Status::Ok : Status::Failed;
        if (outcome == Copy::Failed) {
            *error = fail(message);
            return Status::Failed;
        }
        if (!statement("ROLLBACK TO SAVEPOINT barge_rows", error) || !statement("RELEASE SAVEPOINT barge_rows", error))
            return Status::Failed;
        if (outcome == Copy::Unencodable) {
            m_encoder.setText(); // for good: such values would come again
            continue;
        }
        if (count == 1) {
            rowErrors->append(RowError{first, message});
            return m_stopAtFirstError ? Status::Stopped : Status::Ok;
        }
        // The rows before the line the server names passed every per-row check: they go again in
        // one COPY, then that row alone. Without a line (a check at the end of the statement,
        // such as a foreign key) the first half goes on its own. Either way the rest follows.
        int done = 0;
        if (line >= 1 && line <= count) {
            Status status = writeRange(rows, first, line - 1, rowErrors, error);
            if (status == Status::Ok)
                status = writeRange(rows, first + line - 1, 1, rowErrors, error);
            if (status != Status::Ok)
                return status;
            done = line;
        } else {
            done = count / 2;
            const Status status = writeRange(rows, first, done, rowErrors, error);
            if (status != Status::Ok)
                return status;
        }
        first += done;
        count -= done;
    }
    return Status::Ok;
}

bool PgWriter::write(const QList<Row> &rows, QList<RowError> *rowErrors, QString *error)
{
    if (!m_conn.isOpen()) {
        *error = fail(tr("not connected"));
        return false;
    }
    return writeRange(rows, 0, int(rows.size()), rowErrors, error) != Status::Failed;
}

bool PgWriter::commit(QString *error)
{
    if (!m_conn.isOpen())
        return true;
    const PGTransactionStatusType state = PQtransactionStatus(m_conn.native());
    if (state == PQTRANS_IDLE)
        return true;
    if (state != PQTRANS_INTRANS) {
        // COMMIT of a failed transaction "succeeds" as a ROLLBACK: never let that pass for a commit.
        *error = fail(tr("commit failed: the transaction was aborted or the connection lost"));
        rollback();
        return false;
    }
    const PgResult result(PQexec(m_conn.native(), "COMMIT"));
    if (!result.ok()) {
        *error = fail(tr("commit failed: %1").arg(result.message()));
        rollback();
        return false;
    }
    return true;
}

void PgWriter::rollback()
{
    if (m_conn.isOpen() && PQtransactionStatus(m_conn.native()) != PQTRANS_IDLE) {
        QString ignored;
        statement("ROLLBACK", &ignored);
    }
}

bool PgWriter::finish(QString *error)
{
    Q_UNUSED(error)
    rollback();
    m_conn.close();
    return true;
}

qint64 PgWriter::countRows(QString *error)
{
    const PgResult result = m_conn.exec(QStringLiteral("SELECT count(*) FROM ") + m_conn.qualified(m_table));
    if (!result.ok()) {
        *error = fail(result.message());
        return -1;
    }
    return result.integer(0, 0);
}

} // namespace barge
