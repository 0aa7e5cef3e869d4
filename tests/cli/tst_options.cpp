// Every option of `barge copy` / `barge run` in the README and `--help` (issue #23), proved by what it
// changes in the target or in the file it names, on every target it applies to: SQLite,
// PostgreSQL, MariaDB (mysql://) and a CSV folder. Each option x target is one data row.
//   --table NAME[=TARGET]  only the named tables are copied, under the new name, vs all without it
//   --type T.C=TYPE        the column's type in the target's catalog (CSV: how a decimal is written)
//   --mode                 append adds the rows again; truncate empties the same table (a column
//                          added by hand stays, a row added by hand goes); replace re-creates it (the
//                          column goes too); skip leaves a filled table as it was; no --mode appends
//   --batch-size           held at the engine's pause point after the Nth commit, the target holds
//                          exactly N batches; in PostgreSQL one transaction (xmin) a batch
//   --on-error, --rejects  skip writes the good rows and puts each bad one with its reason in
//                          DIR/<table>.rejects.csv (the current folder without --rejects); abort, the
//                          default, keeps the rows before the first bad one and exits 1
//   --report               the JSON's counts are the target's, read = written + rejected
//   --save-profile         the profile it writes is what `barge run` runs; with --dry-run nothing is copied
//   --dry-run              the plan and the DDL, and no table in the target
//   --jobs                 held at the first commit, with --jobs 2 the other table loads to its end,
//                          with --jobs 1 it has not started
//   --quiet                no progress lines and no per-table lines; the same rows written
//   --verify               the report and output say "verified"; a row changed in the target
//                          between the load and the check is named and fails the run
//   --resume, --restart    a `barge run` killed at the pause point is refused as it is; --resume
//                          finishes it with each row once, --restart starts it over from the first row
//   barge demo FILE        writes the bundled shop (four tables, foreign keys) and never overwrites.
// `barge wizard --demo` opens a window and waits for the user: tests/ui/tst_wizard_flow walks it.

#include "bargelauncher.h"
#include "testservers.h"
#include "waitfor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace barge::test;

namespace {

const char *const targetKinds[] = {"sqlite", "postgresql", "mariadb", "csv"};

void addTargetColumn()
{
    QTest::addColumn<QString>("kind");
}

} // namespace

class TestOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void batchSizeIsRowsPerCommit_data();
    void batchSizeIsRowsPerCommit();
    void batchSizeIsOneTransactionPerBatchInPostgres();
    void tablePicksAndRenames_data();
    void tablePicksAndRenames();
    void typeSetsTheTargetColumn_data();
    void typeSetsTheTargetColumn();
    void modeDecidesWhatHappensToAFilledTable_data();
    void modeDecidesWhatHappensToAFilledTable();
    void onErrorSkipsOrAborts_data();
    void onErrorSkipsOrAborts();
    void reportCountsEveryRow_data();
    void reportCountsEveryRow();
    void saveProfileWritesWhatRunRuns_data();
    void saveProfileWritesWhatRunRuns();
    void dryRunWritesNothing_data();
    void dryRunWritesNothing();
    void jobsLoadsTablesAtTheSameTime_data();
    void jobsLoadsTablesAtTheSameTime();
    void quietHidesProgress_data();
    void quietHidesProgress();
    void verifyComparesTheTarget_data();
    void verifyComparesTheTarget();
    void verifyFindsARowChangedInTheTarget_data();
    void verifyFindsARowChangedInTheTarget();
    void resumeFinishesAKilledRun_data();
    void resumeFinishesAKilledRun();
    void restartStartsAKilledRunOver_data();
    void restartStartsAKilledRunOver();
    void demoWritesTheShop();

private:
    using Result = BargeLauncher::Result;
    Result barge(const QStringList &arguments) const { return m_barge->run(arguments); }
    // A fresh place in the target: a SQLite file, a PostgreSQL schema, a MariaDB database (created
    // here) or a CSV folder, all called `name`. Empty when the database cannot be created.
    QString newTarget(const QString &kind);
    QString targetUrl(const QString &kind, const QString &name) const;
    // Runs statements in the target `name` (not CSV); the first value of the last one, or an
    // invalid QVariant when one fails (a warning says why) or a SQLite file does not exist.
    QVariant onTarget(const QString &kind, const QString &name, const QStringList &statements);
    // A table's rows: -1 when the table (CSV: its file) does not exist.
    qint64 targetRows(const QString &kind, const QString &name, const QString &table);
    qint64 distinctIds(const QString &kind, const QString &name, const QString &table);
    // The table's column names in order, comma separated (CSV: its header line); empty when absent.
    QString targetColumns(const QString &kind, const QString &name, const QString &table);
    QString csvText(const QString &name, const QString &table) const;
    // Writes a profile of csv:items.csv -> `name` (12,000 rows, 1,000 a batch), starts `barge run`
    // on it and kills it at the pause point after its third commit: 3,000 rows are in the target.
    void killRunAfterThreeBatches(const QString &kind, const QString &name, const QString &profile);

    QString m_exe;
    QTemporaryDir m_dir;
    TestServers m_servers;
    std::optional<BargeLauncher> m_barge;
    static constexpr int rows = 12000;
};

void TestOptions::initTestCase()
{
    m_exe = qEnvironmentVariable("BARGE_EXE");
    QVERIFY2(QFile::exists(m_exe), "BARGE_EXE must name the built barge executable");
    QVERIFY(m_dir.isValid());
    QString error;
    const std::optional<TestServers> servers = testServers(&error);
    if (!servers)
        QFAIL(qPrintable(error));
    m_servers = *servers;
    m_barge.emplace(m_exe, m_dir.path(), m_servers.password);
    QFile csv(m_dir.filePath(QStringLiteral("items.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    QByteArray text = "id,name\n";
    for (int i = 1; i <= rows; ++i)
        text += QByteArray::number(i) + ",item " + QByteArray::number(i) + '\n';
    csv.write(text);
    csv.close();
    // The same rows as a SQLite file: SQLite -> SQLite takes the native shortcut, not the generic path.
    const Result converted = barge({QStringLiteral("copy"), QStringLiteral("csv:items.csv"), QStringLiteral("sqlite:items.db"),
                                    QStringLiteral("--quiet")});
    QVERIFY2(converted.exitCode == 0, qPrintable(converted.output));

    // Small tables for the other options: two with a key (verify compares their rows), one without
    // (appending twice is allowed), and a table whose SMALLINT column holds two values out of range.
    const QString connection = QStringLiteral("sources");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        for (const auto &[file, statements] :
             {std::pair<QString, QStringList>{
                  QStringLiteral("options.db"),
                  {QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, price REAL)"),
                   QStringLiteral("INSERT INTO items VALUES (1, 'one', 1.5), (2, 'two', 2.25), (3, 'three', 3), "
                                  "(4, 'four', 4.75), (5, 'five', 5.5)"),
                   QStringLiteral("CREATE TABLE others (id INTEGER PRIMARY KEY, label TEXT)"),
                   QStringLiteral("INSERT INTO others VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd'), (5, 'e')"),
                   QStringLiteral("CREATE TABLE log (id INTEGER, msg TEXT)"),
                   QStringLiteral("INSERT INTO log VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd'), (5, 'e')")}},
              std::pair<QString, QStringList>{
                  QStringLiteral("bad.db"),
                  {QStringLiteral("CREATE TABLE bad (id INTEGER PRIMARY KEY, n SMALLINT)"),
                   QStringLiteral("INSERT INTO bad VALUES (1, 5), (2, 99999), (3, 7), (4, -99999), (5, 9)")}}}) {
            db.setDatabaseName(m_dir.filePath(file));
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &sql : statements)
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
}

QString TestOptions::newTarget(const QString &kind)
{
    const QString name = uniqueName(QStringLiteral("opt"));
    if (kind == QLatin1String("mariadb")
        && !onTarget(kind, QStringLiteral("barge_test"), {QStringLiteral("CREATE DATABASE %1").arg(name)}).isNull())
        return QString();
    return name;
}

QString TestOptions::targetUrl(const QString &kind, const QString &name) const
{
    if (kind == QLatin1String("postgresql"))
        return QStringLiteral("postgresql://barge@127.0.0.1:%1/barge_test?schema=%2").arg(m_servers.pgPort).arg(name);
    if (kind == QLatin1String("mariadb"))
        return QStringLiteral("mysql://barge@127.0.0.1:%1/%2").arg(m_servers.mysqlPort).arg(name);
    if (kind == QLatin1String("csv"))
        return QStringLiteral("csv:%1/").arg(name);
    return QStringLiteral("sqlite:%1.db").arg(name);
}

QVariant TestOptions::onTarget(const QString &kind, const QString &name, const QStringList &statements)
{
    const QString file = m_dir.filePath(name + QStringLiteral(".db"));
    if (kind == QLatin1String("sqlite") && !QFile::exists(file))
        return QVariant(); // opening it would create it
    const QString connection = uniqueName(QStringLiteral("probe"));
    QVariant value;
    {
        QSqlDatabase db;
        if (kind == QLatin1String("sqlite")) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(file);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        } else {
            const bool pg = kind == QLatin1String("postgresql");
            db = QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QMYSQL"), connection);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(pg ? m_servers.pgPort : m_servers.mysqlPort);
            db.setDatabaseName(pg ? QStringLiteral("barge_test") : name);
            db.setUserName(QStringLiteral("barge"));
            db.setPassword(m_servers.password);
        }
        if (!db.open()) {
            qWarning("cannot open the target %s: %s", qPrintable(name), qPrintable(db.lastError().text()));
        } else {
            QSqlQuery q(db);
            if (kind == QLatin1String("postgresql"))
                q.exec(QStringLiteral("SET search_path TO \"%1\"").arg(name));
            for (const QString &sql : statements) {
                if (!q.exec(sql)) {
                    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                    value = QVariant();
                    break;
                }
                value = q.next() ? q.value(0) : QVariant();
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

QString TestOptions::csvText(const QString &name, const QString &table) const
{
    QFile file(m_dir.filePath(QStringLiteral("%1/%2.csv").arg(name, table)));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

qint64 TestOptions::targetRows(const QString &kind, const QString &name, const QString &table)
{
    if (kind == QLatin1String("csv")) {
        if (!QFile::exists(m_dir.filePath(QStringLiteral("%1/%2.csv").arg(name, table))))
            return -1;
        return std::max<qint64>(0, csvText(name, table).count(QLatin1Char('\n')) - 1); // less the header
    }
    // Asked first, so that a missing table is an answer, not a failed query.
    const QString exists = kind == QLatin1String("sqlite")
        ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'").arg(table)
        : QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = '%1' AND table_name = '%2'")
              .arg(name, table);
    if (onTarget(kind, name, {exists}).toInt() != 1)
        return -1;
    const QVariant count = onTarget(kind, name, {QStringLiteral("SELECT count(*) FROM %1").arg(table)});
    return count.isValid() ? count.toLongLong() : -1;
}

qint64 TestOptions::distinctIds(const QString &kind, const QString &name, const QString &table)
{
    if (kind == QLatin1String("csv")) {
        QStringList lines = csvText(name, table).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QSet<QString> ids;
        for (qsizetype i = 1; i < lines.size(); ++i)
            ids.insert(lines.at(i).section(QLatin1Char(','), 0, 0));
        return ids.size();
    }
    return onTarget(kind, name, {QStringLiteral("SELECT count(DISTINCT id) FROM %1").arg(table)}).toLongLong();
}

QString TestOptions::targetColumns(const QString &kind, const QString &name, const QString &table)
{
    if (kind == QLatin1String("csv"))
        return csvText(name, table).section(QLatin1Char('\n'), 0, 0).trimmed();
    QString sql;
    if (kind == QLatin1String("sqlite"))
        sql = QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_table_info('%1') ORDER BY cid)");
    else if (kind == QLatin1String("postgresql"))
        sql = QStringLiteral("SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns "
                             "WHERE table_schema = current_schema() AND table_name = '%1'");
    else
        sql = QStringLiteral("SELECT group_concat(column_name ORDER BY ordinal_position) FROM information_schema.columns "
                             "WHERE table_schema = DATABASE() AND table_name = '%1'");
    return onTarget(kind, name, {sql.arg(table)}).toString();
}

void TestOptions::batchSizeIsRowsPerCommit_data()
{
    QTest::addColumn<QString>("source");
    addTargetColumn();
    QTest::addColumn<int>("batch");
    QTest::addColumn<int>("commits");
    for (const char *kind : targetKinds) {
        QTest::addRow("csv to %s, 1000 a batch", kind) << QStringLiteral("csv:items.csv") << kind << 1000 << 3;
        // Not a multiple of the engine's 2,000-row chunks, nor of PostgreSQL's 50,000-row writes.
        QTest::addRow("csv to %s, 2500 a batch", kind) << QStringLiteral("csv:items.csv") << kind << 2500 << 2;
    }
    QTest::addRow("sqlite to sqlite (native), 700 a batch") << QStringLiteral("sqlite:items.db") << "sqlite" << 700 << 4;
    QTest::addRow("sqlite to sqlite (native), 1 a row") << QStringLiteral("sqlite:items.db") << "sqlite" << 1 << 5;
}

void TestOptions::batchSizeIsRowsPerCommit()
{
    QFETCH(QString, source);
    QFETCH(QString, kind);
    QFETCH(int, batch);
    QFETCH(int, commits);
    const QString name = newTarget(kind);
    QVERIFY(!name.isEmpty());
    const PauseControl pause(m_dir.filePath(QStringLiteral("pause-") + name), commits);
    const std::unique_ptr<QProcess> run =
        m_barge->start({QStringLiteral("copy"), source, targetUrl(kind, name), QStringLiteral("--table"), QStringLiteral("items"),
                        QStringLiteral("--batch-size"), QString::number(batch), QStringLiteral("--quiet")},
                       &pause);
    QVERIFY2(pause.waitUntilPaused(run.get()), run->readAll().constData());
    // Held after its Nth commit: exactly N batches are in the target, no more, no less.
    QCOMPARE(targetRows(kind, name, QStringLiteral("items")), qint64(commits) * batch);
    pause.release();
    const Result done = BargeLauncher::finish(run.get());
    QVERIFY2(done.exitCode == 0, qPrintable(done.output));
    QCOMPARE(targetRows(kind, name, QStringLiteral("items")), qint64(rows));
}

void TestOptions::batchSizeIsOneTransactionPerBatchInPostgres()
{
    const QString kind = QStringLiteral("postgresql");
    const QString name = newTarget(kind);
    const Result done = barge({QStringLiteral("copy"), QStringLiteral("csv:items.csv"), targetUrl(kind, name),
                               QStringLiteral("--batch-size"), QStringLiteral("1000"), QStringLiteral("--quiet")});
    QVERIFY2(done.exitCode == 0, qPrintable(done.output));
    QCOMPARE(onTarget(kind, name, {QStringLiteral("SELECT count(DISTINCT xmin::text) FROM items")}).toLongLong(),
             qint64(rows / 1000));
}

void TestOptions::tablePicksAndRenames_data()
{
    addTargetColumn();
    QTest::addColumn<QStringList>("tables");  // the --table values
    QTest::addColumn<QStringList>("present"); // "target=source": the target table holds the source's 5 rows
    QTest::addColumn<QStringList>("absent");
    const QStringList none;
    for (const char *kind : targetKinds) {
        QTest::addRow("%s, no --table: every table", kind)
            << kind << none << QStringList{"items=items", "log=log", "others=others"} << none;
        QTest::addRow("%s, --table items=renamed", kind)
            << kind << QStringList{"items=renamed"} << QStringList{"renamed=items"} << QStringList{"items", "log", "others"};
        QTest::addRow("%s, --table items=renamed --table log", kind) << kind << QStringList{"items=renamed", "log"}
                                                                      << QStringList{"renamed=items", "log=log"}
                                                                      << QStringList{"items", "others"};
    }
}

void TestOptions::tablePicksAndRenames()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, tables);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const QString name = newTarget(kind);
    QVERIFY(!name.isEmpty());
    QStringList arguments{QStringLiteral("copy"), QStringLiteral("sqlite:options.db"), targetUrl(kind, name), QStringLiteral("--quiet")};
    for (const QString &table : std::as_const(tables))
        arguments << QStringLiteral("--table") << table;
    const Result done = barge(arguments);
    QVERIFY2(done.exitCode == 0, qPrintable(done.output));
    const QHash<QString, QString> sourceColumns{{QStringLiteral("items"), QStringLiteral("id,name,price")},
                                                {QStringLiteral("log"), QStringLiteral("id,msg")},
                                                {QStringLiteral("others"), QStringLiteral("id,label")}};
    for (const QString &pair : std::as_const(present)) {
        const QString target = pair.section(QLatin1Char('='), 0, 0);
        const QString source = pair.section(QLatin1Char('='), 1);
        QVERIFY2(targetRows(kind, name, target) == 5, qPrintable(QStringLiteral("%1 must hold 5 rows: %2").arg(target, done.output)));
        QCOMPARE(targetColumns(kind, name, target), sourceColumns.value(source));
    }
    for (const QString &table : std::as_const(absent))
        QVERIFY2(targetRows(kind, name, table) == -1, qPrintable(QStringLiteral("%1 must not be in the target").arg(table)));
}

void TestOptions::typeSetsTheTargetColumn_data()
{
    addTargetColumn();
    QTest::addColumn<bool>("sameEngine"); // from options.db, or from a copy of it in the target's engine
    QTest::addColumn<QString>("picked");     // what Barge's own pick for items.price looks like
    QTest::addColumn<QString>("overridden"); // with --type items.price=decimal(12,2)
    // The catalog's spelling of the column's type; a CSV file has no types, so there --type shows
    // in how the value is written: 1.5 as a decimal of scale 2 is 1.50.
    const QString real = QStringLiteral("1.5");
    const QString decimal = QStringLiteral("1.50");
    QTest::newRow("sqlite (same engine)") << QStringLiteral("sqlite") << true << QStringLiteral("REAL")
                                          << QStringLiteral("NUMERIC(12,2)");
    for (const bool same : {false, true}) {
        const char *from = same ? "same engine" : "from sqlite";
        QTest::addRow("postgresql, %s", from) << QStringLiteral("postgresql") << same << QStringLiteral("double precision")
                                              << QStringLiteral("numeric(12,2)");
        QTest::addRow("mariadb, %s", from) << QStringLiteral("mariadb") << same << QStringLiteral("double")
                                           << QStringLiteral("decimal(12,2)");
        QTest::addRow("csv, %s", from) << QStringLiteral("csv") << same << real << decimal;
    }
}

void TestOptions::typeSetsTheTargetColumn()
{
    QFETCH(QString, kind);
    QFETCH(bool, sameEngine);
    QFETCH(QString, picked);
    QFETCH(QString, overridden);
    const auto priceType = [&](const QString &name) {
        if (kind == QLatin1String("csv")) // the first row's price
            return csvText(name, QStringLiteral("items")).section(QLatin1Char('\n'), 1, 1).section(QLatin1Char(','), 2).trimmed();
        QString sql;
        if (kind == QLatin1String("sqlite"))
            sql = QStringLiteral("SELECT type FROM pragma_table_info('items') WHERE name = 'price'");
        else if (kind == QLatin1String("postgresql"))
            sql = QStringLiteral("SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a JOIN pg_class c ON c.oid = "
                                 "a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
                                 "AND c.relname = 'items' AND a.attname = 'price'");
        else
            sql = QStringLiteral("SELECT column_type FROM information_schema.columns WHERE table_schema = DATABASE() AND "
                                 "table_name = 'items' AND column_name = 'price'");
        return onTarget(kind, name, {sql}).toString();
    };
    QString source = QStringLiteral("sqlite:options.db");
    if (sameEngine && kind != QLatin1String("sqlite")) {
        const QString seed = newTarget(kind);
        QVERIFY(!seed.isEmpty());
        const Result seeded = barge({QStringLiteral("copy"), source, targetUrl(kind, seed), QStringLiteral("--table"),
                                     QStringLiteral("items"), QStringLiteral("--quiet")});
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.output));
        source = targetUrl(kind, seed);
    }
    for (const bool withType : {false, true}) {
        const QString name = newTarget(kind);
        QVERIFY(!name.isEmpty());
        QStringList arguments{QStringLiteral("copy"), source, targetUrl(kind, name), QStringLiteral("--table"),
                              QStringLiteral("items"), QStringLiteral("--quiet")};
        if (withType)
            arguments << QStringLiteral("--type") << QStringLiteral("items.price=decimal(12,2)");
        const Result done = barge(arguments);
        QVERIFY2(done.exitCode == 0, qPrintable(done.output));
        const QString expected = withType ? overridden : picked;
        QVERIFY2(priceType(name) == expected,
                 qPrintable(QStringLiteral("%1 --type: items.price is '%2', expected '%3'")
                                .arg(withType ? QStringLiteral("with") : QStringLiteral("without"), priceType(name), expected)));
        QCOMPARE(targetRows(kind, name, QStringLiteral("items")), qint64(5));
    }
}

void TestOptions::modeDecidesWhatHappensToAFilledTable_data()
{
    addTargetColumn();
    QTest::addColumn<QString>("mode"); // empty: no --mode
    QTest::addColumn<qint64>("rowsAfter");
    QTest::addColumn<bool>("handRowKept");
    QTest::addColumn<bool>("handColumnKept");
    // The table holds the 5 rows of a first copy and a row added by hand, and (not in a CSV file,
    // which has no schema: there truncate and replace both write the file anew) a column added by hand.
    for (const char *kind : targetKinds) {
        const bool sql = QByteArray(kind) != "csv";
        QTest::addRow("%s, no --mode appends", kind) << kind << QString() << qint64(11) << true << sql;
        QTest::addRow("%s, append", kind) << kind << QStringLiteral("append") << qint64(11) << true << sql;
        QTest::addRow("%s, truncate", kind) << kind << QStringLiteral("truncate") << qint64(5) << false << sql;
        QTest::addRow("%s, replace", kind) << kind << QStringLiteral("replace") << qint64(5) << false << false;
        QTest::addRow("%s, skip", kind) << kind << QStringLiteral("skip") << qint64(6) << true << sql;
    }
}

void TestOptions::modeDecidesWhatHappensToAFilledTable()
{
    QFETCH(QString, kind);
    QFETCH(QString, mode);
    QFETCH(qint64, rowsAfter);
    QFETCH(bool, handRowKept);
    QFETCH(bool, handColumnKept);
    const QString name = newTarget(kind);
    QVERIFY(!name.isEmpty());
    const QStringList copy{QStringLiteral("copy"), QStringLiteral("sqlite:options.db"), targetUrl(kind, name),
                           QStringLiteral("--table"), QStringLiteral("log"), QStringLiteral("--quiet")};
    const Result first = barge(copy);
    QVERIFY2(first.exitCode == 0, qPrintable(first.output));
    const bool csv = kind == QLatin1String("csv");
    if (csv) {
        QFile file(m_dir.filePath(name + QStringLiteral("/log.csv")));
        QVERIFY(file.open(QIODevice::Append));
        file.write("99,by hand\n");
    } else {
        QVERIFY(onTarget(kind, name, {QStringLiteral("ALTER TABLE log ADD COLUMN extra TEXT"),
                                      QStringLiteral("INSERT INTO log (id, msg, extra) VALUES (99, 'by hand', 'x')"),
                                      QStringLiteral("SELECT count(*) FROM log")})
                    .toInt() == 6);
    }
    const QString before = csvText(name, QStringLiteral("log"));
    const Result again = barge(mode.isEmpty() ? copy : copy + QStringList{QStringLiteral("--mode"), mode});
    QVERIFY2(again.exitCode == 0, qPrintable(again.output));
    QCOMPARE(targetRows(kind, name, QStringLiteral("log")), rowsAfter);
    const qint64 handRows = csv ? csvText(name, QStringLiteral("log")).count(QStringLiteral("99,by hand"))
                                : onTarget(kind, name, {QStringLiteral("SELECT count(*) FROM log WHERE id = 99")}).toLongLong();
    QVERIFY2(handRows == (handRowKept ? 1 : 0), handRowKept ? "the row added by hand must stay" : "the row added by hand must go");
    if (!csv) {
        const QString columns = targetColumns(kind, name, QStringLiteral("log"));
        QVERIFY2(columns == (handColumnKept ? QStringLiteral("id,msg,extra") : QStringLiteral("id,msg")),
                 qPrintable(QStringLiteral("the table's columns are %1: %2").arg(columns, handColumnKept
                     ? QStringLiteral("the same table keeps the column added by hand")
                     : QStringLiteral("a table created anew has only the source's columns"))));
    } else {
        QCOMPARE(targetColumns(kind, name, QStringLiteral("log")), QStringLiteral("id,msg")); // one header, first
    }
    if (mode == QLatin1String("skip") && csv)
        QCOMPARE(csvText(name, QStringLiteral("log")), before); // not opened at all
}

void TestOptions::onErrorSkipsOrAborts_data()
{
    addTargetColumn();
    QTest::addColumn<QString>("onError"); // empty: no --on-error
    QTest::addColumn<bool>("rejectsDir"); // --rejects DIR, or the default (the current folder)
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<qint64>("written");
    for (const char *kind : targetKinds) {
        QTest::addRow("%s, skip, --rejects DIR", kind) << kind << QStringLiteral("skip") << true << 3 << qint64(3);
        QTest::addRow("%s, skip, rejects in the current folder", kind) << kind << QStringLiteral("skip") << false << 3 << qint64(3);
        QTest::addRow("%s, abort", kind) << kind << QStringLiteral("abort") << true << 1 << qint64(1);
        QTest::addRow("%s, no --on-error aborts", kind) << kind << QString() << false << 1 << qint64(1);
    }
}

// bad.db: ids 2 and 4 hold 99999 and -99999 in a SMALLINT column, which no int16 column takes.
void TestOptions::onErrorSkipsOrAborts()
{
    QFETCH(QString, kind);
    QFETCH(QString, onError);
    QFETCH(bool, rejectsDir);
    QFETCH(int, exitCode);
    QFETCH(qint64, written);
    const QString name = newTarget(kind);
    QVERIFY(!name.isEmpty());
    QStringList arguments{QStringLiteral("copy"), QStringLiteral("sqlite:bad.db"), targetUrl(kind, name),
                          QStringLiteral("--table"), QStringLiteral("bad=") + name, QStringLiteral("--quiet")};
    if (!onError.isEmpty())
        arguments << QStringLiteral("--on-error") << onError;
    const QString folder = rejectsDir ? QStringLiteral("rejects-") + name : QString();
    if (rejectsDir)
        arguments << QStringLiteral("--rejects") << folder;
    const Result done = barge(arguments);
    QVERIFY2(done.exitCode == exitCode, qPrintable(done.output));
    QCOMPARE(targetRows(kind, name, name), written);
    const QString rejectsFile = QDir(m_dir.filePath(folder)).filePath(name + QStringLiteral(".rejects.csv"));
    if (onError != QLatin1String("skip")) {
        QVERIFY2(done.output.contains(QStringLiteral("stopped at the first bad row (on-error abort): bad.db table bad row 2: "
                                                     "column n: '99999' is out of range for int16")),
                 qPrintable(done.output));
        return;
    }
    if (rejectsDir) {
        QVERIFY2(!QFile::exists(m_dir.filePath(name + QStringLiteral(".rejects.csv"))),
                 "with --rejects DIR, no rejects file goes to the current folder");
    }
    QFile file(rejectsFile);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("no rejects file %1").arg(rejectsFile)));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList expected{
        QStringLiteral("id,n,_error,_origin"),
        QStringLiteral("2,99999,column n: '99999' is out of range for int16,bad.db table bad row 2"),
        QStringLiteral("4,-99999,column n: '-99999' is out of range for int16,bad.db table bad row 4")};
    QCOMPARE(lines, expected);
}

void TestOptions::reportCountsEveryRow_data()
{
    addTargetColumn();
    for (const char *kind : targetKinds)
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestOptions::reportCountsEveryRow()
{
    QFETCH(QString, kind);
    const QString name = newTarget(kind);
    QVERIFY(!name.isEmpty());
    const QString report = QStringLiteral("report-%1.json").arg(name);
    const Result done = barge({QStringLiteral("copy"), QStringLiteral("sqlite:bad.db"), targetUrl(kind, name),
                               QStringLiteral("--table"), QStringLiteral("bad=") + name, QStringLiteral("--on-error"),
                               QStringLiteral("skip"), QStringLiteral("--rejects"), QStringLiteral("rejects-") + name,
                               QStringLiteral("--report"), report, QStringLiteral("--quiet")});
    QVERIFY2(done.exitCode == 3, qPrintable(done.output));
    QFile file(m_dir.filePath(report));
    QVERIFY2(file.open(QIODevice::ReadOnly), "--report FILE must write FILE");
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(json.value("status").toString(), QStringLiteral("rejected"));
    QCOMPARE(json.value("tables").toArray().size(), 1);
    const QJsonObject table = json.value("tables").toArray().first().toObject();
    QCOMPARE(table.value("source").toString(), QStringLiteral("bad"));
    QCOMPARE(table.value("target").toString(), name);
    QCOMPARE(table.value("read").toInteger(), qint64(5));
    QCOMPARE(table.value("written").toInteger(), targetRows(kind, name, name)); // what the target holds: 3
    QCOMPARE(table.value("written").toInteger(), qint64(3));
    QCOMPARE(table.value("rejected").toInteger(), qint64(2));
    QCOMPARE(table.value("rejectsFile").toString(),
             QDir(m_dir.filePath(QStringLiteral("rejects-") + name)).filePath(name + QStringLiteral(".rejects.csv")));
    QCOMPARE(json.value("written").toInteger(), qint64(3));
    QCOMPARE(json.value("rejected").toInteger(), qint64(2));
}

void TestOptions::saveProfileWritesWhatRunRuns_data()
{
    addTargetColumn();
    QTest::addColumn<bool>("dryRun");
    for (const char *kind : targetKinds) {
        QTest::addRow("%s, copy and save", kind) << kind << false;
        QTest::addRow("%s, save with --dry-run", kind) << kind << true;
    }
}

void TestOptions::saveProfileWritesWhatRunRuns()
{
    QFETCH(QString, kind);
    QFETCH(bool, dryRun);
    const QString name = newTarget(kind);
    QVERIFY(!name.isEmpty());
    const QString profile = name + QStringLiteral(".barge.json");
    QStringList arguments{QStringLiteral("copy"), QStringLiteral("sqlite:options.db"), targetUrl(kind, name), QStringLiteral("--table"),
                          QStringLiteral("log=saved"), QStringLiteral("--save-profile"), profile, QStringLiteral("--quiet")};
    if (dryRun)
        arguments << QStringLiteral("--dry-run");
    const Result saved = barge(arguments);
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.output));
    QVERIFY2(QFile::exists(m_dir.filePath(profile)), "--save-profile FILE must write FILE");
    const qint64 copied = dryRun ? 0 : 5;
    QCOMPARE(std::max<qint64>(0, targetRows(kind, name, QStringLiteral("saved"))), copied);
    // The profile is the same copy: run, it appends the 5 rows of log to saved (once more).
    const Result run = barge({QStringLiteral("run"), profile, QStringLiteral("--quiet")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QCOMPARE(targetRows(kind, name, QStringLiteral("saved")), copied + 5);
    QCOMPARE(targetRows(kind, name, QStringLiteral("log")), qint64(-1));
    // An option given to run overrides the profile's: truncate instead of append.
    const Result truncated = barge({QStringLiteral("run"), profile, QStringLiteral("--mode"), QStringLiteral("truncate"),
                                    QStringLiteral("--quiet")});
    QVERIFY2(truncated.exitCode == 0, qPrintable(truncated.output));
    QCOMPARE(targetRows(kind, name, QStringLiteral("saved")), qint64(5));
}

void TestOptions::dryRunWritesNothing_data()
{
    addTargetColumn();
    for (const char *kind : targetKinds)
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

// Without --dry-run the same copy writes all three tables (tablePicksAndRenames, no --table).
void TestOptions::dryRunWritesNothing()
{
    QFETCH(QString, kind);
    const QString name = newTarget(kind);
    QVERIFY(!name.isEmpty());
    const Result dry = barge({QStringLiteral("copy"), QStringLiteral("sqlite:options.db"), targetUrl(kind, name),
                              QStringLiteral("--dry-run")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.output));
    QVERIFY2(dry.output.contains(QStringLiteral("Dry run: nothing was copied.")), qPrintable(dry.output));
    QVERIFY2(dry.output.contains(QStringLiteral("items -> items (create, 5 rows)")), qPrintable(dry.output));
    if (kind != QLatin1String("csv"))
        QVERIFY2(dry.output.contains(QStringLiteral("CREATE TABLE")), qPrintable(dry.output));
    for (const char *table : {"items", "log", "others"})
        QVERIFY2(targetRows(kind, name, QLatin1String(table)) == -1, qPrintable(QStringLiteral("--dry-run created %1").arg(table)));
    if (kind == QLatin1String("sqlite") || kind == QLatin1String("csv")) {
        QVERIFY2(!QFileInfo::exists(m_dir.filePath(kind == QLatin1String("csv") ? name : name + QStringLiteral(".db"))),
                 "--dry-run created the target file or folder");
    } else if (kind == QLatin1String("postgresql")) {
        QCOMPARE(onTarget(kind, name, {QStringLiteral("SELECT count(*) FROM information_schema.schemata WHERE schema_name = '%1'")
                                           .arg(name)}).toInt(), 0);
    }
}

void TestOptions::jobsLoadsTablesAtTheSameTime_data()
{
    addTargetColumn();
    QTest::addColumn<int>("jobs");
    for (const char *kind : targetKinds) {
        QTest::addRow("%s, --jobs 1", kind) << kind << 1;
        QTest::addRow("%s, --jobs 2", kind) << kind << 2;
    }
}

// items and others, 5 rows each, one row a commit. The table job making the process's first commit
// is held right after it (whichever table that is), with its one row in the target. With one job
// at a time, the other table cannot start while it is held; with two, the other table's job runs
// beside it, makes commits 2 to 6 (never held) and finishes.
void TestOptions::jobsLoadsTablesAtTheSameTime()
{
    QFETCH(QString, kind);
    QFETCH(int, jobs);
    const QString name = newTarget(kind);
    QVERIFY(!name.isEmpty());
    const PauseControl pause(m_dir.filePath(QStringLiteral("pause-") + name), 1);
    const std::unique_ptr<QProcess> run =
        m_barge->start({QStringLiteral("copy"), QStringLiteral("sqlite:options.db"), targetUrl(kind, name), QStringLiteral("--table"),
                        QStringLiteral("items"), QStringLiteral("--table"), QStringLiteral("others"), QStringLiteral("--batch-size"),
                        QStringLiteral("1"), QStringLiteral("--jobs"), QString::number(jobs), QStringLiteral("--quiet")},
                       &pause);
    QVERIFY2(pause.waitUntilPaused(run.get()), run->readAll().constData());
    const auto counts = [&] {
        return QList<qint64>{targetRows(kind, name, QStringLiteral("items")), targetRows(kind, name, QStringLiteral("others"))};
    };
    if (jobs == 1) {
        const QList<qint64> held = counts();
        QVERIFY2(std::max(held.at(0), held.at(1)) == 1 && std::min(held.at(0), held.at(1)) <= 0,
                 qPrintable(QStringLiteral("--jobs 1, the first table held after its first row: items %1, others %2 rows "
                                           "(-1: no table); the other must not have started")
                                .arg(held.at(0)).arg(held.at(1))));
    } else {
        // No deadline: if the second table never loads beside the held one, CTest's timeout ends this.
        qInfo("--jobs 2: waiting for the table not held to be loaded whole while the other is held");
        BARGE_WAIT_FOR(counts().contains(5));
        const QList<qint64> held = counts();
        QVERIFY2(std::min(held.at(0), held.at(1)) == 1,
                 qPrintable(QStringLiteral("--jobs 2: items %1, others %2 rows").arg(held.at(0)).arg(held.at(1))));
    }
    pause.release();
    const Result done = BargeLauncher::finish(run.get());
    QVERIFY2(done.exitCode == 0, qPrintable(done.output));
    QCOMPARE(counts(), (QList<qint64>{5, 5}));
}

void TestOptions::quietHidesProgress_data()
{
    addTargetColumn();
    QTest::addColumn<bool>("quiet");
    for (const char *kind : targetKinds) {
        QTest::addRow("%s, progress", kind) << kind << false;
        QTest::addRow("%s, --quiet", kind) << kind << true;
    }
}

void TestOptions::quietHidesProgress()
{
    QFETCH(QString, kind);
    QFETCH(bool, quiet);
    const QString name = newTarget(kind);
    QVERIFY(!name.isEmpty());
    QStringList arguments{QStringLiteral("copy"), QStringLiteral("sqlite:options.db"), targetUrl(kind, name),
                          QStringLiteral("--table"), QStringLiteral("items")};
    if (quiet)
        arguments << QStringLiteral("--quiet");
    const Result done = barge(arguments);
    QVERIFY2(done.exitCode == 0, qPrintable(done.output));
    // Without a terminal, progress is a plain "progress:" line, and a line as each table finishes.
    QVERIFY2(done.output.contains(QStringLiteral("progress: [100%] 5/5 rows")) != quiet, qPrintable(done.output));
    QVERIFY2(done.output.contains(QStringLiteral("items -> items: 5 written")) != quiet, qPrintable(done.output));
    QVERIFY2(done.output.contains(QStringLiteral("status: ok, 5 rows written")), qPrintable(done.output)); // the summary stays
    QCOMPARE(targetRows(kind, name, QStringLiteral("items")), qint64(5));
}

void TestOptions::verifyComparesTheTarget_data()
{
    addTargetColumn();
    QTest::addColumn<bool>("verify");
    for (const char *kind : targetKinds) {
        QTest::addRow("%s, no --verify", kind) << kind << false;
        QTest::addRow("%s, --verify", kind) << kind << true;
    }
}

void TestOptions::verifyComparesTheTarget()
{
    QFETCH(QString, kind);
    QFETCH(bool, verify);
    const QString name = newTarget(kind);
    QVERIFY(!name.isEmpty());
    const QString report = QStringLiteral("report-%1.json").arg(name);
    QStringList arguments{QStringLiteral("copy"), QStringLiteral("sqlite:options.db"), targetUrl(kind, name), QStringLiteral("--table"),
                          QStringLiteral("items"), QStringLiteral("--table"), QStringLiteral("log"), QStringLiteral("--report"),
                          report, QStringLiteral("--quiet")};
    if (verify)
        arguments << QStringLiteral("--verify");
    const Result done = barge(arguments);
    QVERIFY2(done.exitCode == 0, qPrintable(done.output));
    const QString keyed = QStringLiteral("verified: 5 rows equal in source and target");
    const QString counted =
        QStringLiteral("checked by count only (no primary key to compare rows by): 5 rows in the source, 5 in the target");
    QVERIFY2(done.output.contains(keyed) == verify, qPrintable(done.output));
    QVERIFY2(done.output.contains(counted) == verify, qPrintable(done.output));
    QFile file(m_dir.filePath(report));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray tables = QJsonDocument::fromJson(file.readAll()).object().value("tables").toArray();
    QCOMPARE(tables.size(), 2);
    for (const QJsonValue &table : tables) {
        const QString verification = table.toObject().value("verification").toString();
        if (!verify)
            QVERIFY2(verification.isEmpty(), qPrintable(verification));
        else
            QVERIFY2(verification.startsWith(table.toObject().value("source").toString() == QLatin1String("items") ? keyed : counted),
                     qPrintable(verification));
    }
}

void TestOptions::verifyFindsARowChangedInTheTarget_data()
{
    addTargetColumn();
    for (const char *kind : targetKinds)
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

// Held after the commit that holds all 5 rows, the test changes one in the target; the check that
// runs after the load must find it, name it and fail the table.
void TestOptions::verifyFindsARowChangedInTheTarget()
{
    QFETCH(QString, kind);
    const QString name = newTarget(kind);
    QVERIFY(!name.isEmpty());
    const PauseControl pause(m_dir.filePath(QStringLiteral("pause-") + name), 1);
    const std::unique_ptr<QProcess> run =
        m_barge->start({QStringLiteral("copy"), QStringLiteral("sqlite:options.db"), targetUrl(kind, name), QStringLiteral("--table"),
                        QStringLiteral("items"), QStringLiteral("--batch-size"), QStringLiteral("5"), QStringLiteral("--verify"),
                        QStringLiteral("--quiet")},
                       &pause);
    QVERIFY2(pause.waitUntilPaused(run.get()), run->readAll().constData());
    QCOMPARE(targetRows(kind, name, QStringLiteral("items")), qint64(5));
    if (kind == QLatin1String("csv")) { // in place, the same length: barge's own file position stays right
        QFile file(m_dir.filePath(name + QStringLiteral("/items.csv")));
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 at = file.readAll().indexOf("3,three,");
        QVERIFY(at > 0);
        QVERIFY(file.seek(at) && file.write("3,THREE,") == 8);
    } else {
        QVERIFY(onTarget(kind, name, {QStringLiteral("UPDATE items SET name = 'THREE' WHERE id = 3"),
                                      QStringLiteral("SELECT count(*) FROM items WHERE name = 'THREE'")})
                    .toInt() == 1);
    }
    pause.release();
    const Result done = BargeLauncher::finish(run.get());
    QVERIFY2(done.exitCode == 1, qPrintable(done.output));
    QVERIFY2(done.output.contains(QStringLiteral("DIFFERENT: 5 rows in the source, 5 in the target, differing in 1")),
             qPrintable(done.output));
    QVERIFY2(done.output.contains(QStringLiteral("id=3: the values differ")), qPrintable(done.output));
}

void TestOptions::killRunAfterThreeBatches(const QString &kind, const QString &name, const QString &profile)
{
    const Result saved = barge({QStringLiteral("copy"), QStringLiteral("csv:items.csv"), targetUrl(kind, name),
                                QStringLiteral("--batch-size"), QStringLiteral("1000"), QStringLiteral("--save-profile"), profile,
                                QStringLiteral("--dry-run")});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.output));
    const PauseControl pause(m_dir.filePath(QStringLiteral("pause-") + name), 3);
    const std::unique_ptr<QProcess> run = m_barge->start({QStringLiteral("run"), profile, QStringLiteral("--quiet")}, &pause);
    QVERIFY2(pause.waitUntilPaused(run.get()), run->readAll().constData());
    QCOMPARE(targetRows(kind, name, QStringLiteral("items")), qint64(3000));
    run->kill(); // SIGKILL: nothing is flushed or cleaned up
    QVERIFY(run->waitForFinished(-1));
    QCOMPARE(run->exitStatus(), QProcess::CrashExit);
    // Running the profile as if nothing happened would write the first 3,000 rows twice: refused.
    const Result again = barge({QStringLiteral("run"), profile, QStringLiteral("--quiet")});
    QVERIFY2(again.exitCode == 2 && again.output.contains(QStringLiteral("--resume finishes it, --restart starts over")),
             qPrintable(again.output));
    QCOMPARE(targetRows(kind, name, QStringLiteral("items")), qint64(3000));
}

void TestOptions::resumeFinishesAKilledRun_data()
{
    addTargetColumn();
    for (const char *kind : targetKinds)
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestOptions::resumeFinishesAKilledRun()
{
    QFETCH(QString, kind);
    const QString name = newTarget(kind);
    QVERIFY(!name.isEmpty());
    const QString profile = name + QStringLiteral(".barge.json");
    killRunAfterThreeBatches(kind, name, profile);
    if (QTest::currentTestFailed())
        return;
    const Result resumed = barge({QStringLiteral("run"), profile, QStringLiteral("--resume")});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.output));
    QVERIFY2(resumed.output.contains(QStringLiteral("resuming the run")), qPrintable(resumed.output));
    // items has no key in the target: a row written twice would be counted twice.
    QCOMPARE(targetRows(kind, name, QStringLiteral("items")), qint64(rows));
    QCOMPARE(distinctIds(kind, name, QStringLiteral("items")), qint64(rows));
    const Result nothingLeft = barge({QStringLiteral("run"), profile, QStringLiteral("--resume")});
    QVERIFY2(nothingLeft.exitCode == 2 && nothingLeft.output.contains(QStringLiteral("has no interrupted run to resume")),
             qPrintable(nothingLeft.output));
}

void TestOptions::restartStartsAKilledRunOver_data()
{
    addTargetColumn();
    for (const char *kind : targetKinds)
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

// --restart abandons the interrupted run and runs the profile from its first row. The profile
// appends, so the 3,000 rows the killed run committed stay and the whole table follows them
// (a --mode truncate or replace profile would empty the table first).
void TestOptions::restartStartsAKilledRunOver()
{
    QFETCH(QString, kind);
    const QString name = newTarget(kind);
    QVERIFY(!name.isEmpty());
    const QString profile = name + QStringLiteral(".barge.json");
    killRunAfterThreeBatches(kind, name, profile);
    if (QTest::currentTestFailed())
        return;
    const Result restarted = barge({QStringLiteral("run"), profile, QStringLiteral("--restart"), QStringLiteral("--quiet")});
    QVERIFY2(restarted.exitCode == 0, qPrintable(restarted.output));
    QCOMPARE(targetRows(kind, name, QStringLiteral("items")), qint64(3000 + rows));
    QCOMPARE(distinctIds(kind, name, QStringLiteral("items")), qint64(rows));
    // The abandoned run is gone for good: nothing to resume.
    const Result nothingLeft = barge({QStringLiteral("run"), profile, QStringLiteral("--resume")});
    QVERIFY2(nothingLeft.exitCode == 2 && nothingLeft.output.contains(QStringLiteral("has no interrupted run to resume")),
             qPrintable(nothingLeft.output));
}

// `barge demo FILE` has one target, a new SQLite file: the shop of resources/demo/shop.sql.
void TestOptions::demoWritesTheShop()
{
    const Result written = barge({QStringLiteral("demo"), QStringLiteral("shop.db")});
    QVERIFY2(written.exitCode == 0, qPrintable(written.output));
    const QString sqlite = QStringLiteral("sqlite");
    const QString shop = QStringLiteral("shop");
    const QList<std::pair<const char *, qint64>> tables{
        {"customers", 600}, {"products", 60}, {"orders", 3000}, {"order_items", 9000}};
    for (const auto &[table, count] : tables)
        QCOMPARE(targetRows(sqlite, shop, QLatin1String(table)), count);
    QCOMPARE(onTarget(sqlite, shop, {QStringLiteral("SELECT count(*) FROM pragma_foreign_key_list('orders') "
                                                    "WHERE \"table\" = 'customers'")}).toInt(), 1);
    QCOMPARE(onTarget(sqlite, shop, {QStringLiteral("SELECT count(*) FROM pragma_foreign_key_list('order_items')")}).toInt(), 2);
    // A new file only: an existing one is left as it is.
    QVERIFY(onTarget(sqlite, shop, {QStringLiteral("DELETE FROM order_items"), QStringLiteral("SELECT 1")}).isValid());
    const Result again = barge({QStringLiteral("demo"), QStringLiteral("shop.db")});
    QVERIFY2(again.exitCode == 1 && again.output.contains(QStringLiteral("already exists")), qPrintable(again.output));
    QCOMPARE(targetRows(sqlite, shop, QStringLiteral("order_items")), qint64(0));
}

QTEST_GUILESS_MAIN(TestOptions)
#include "tst_options.moc"
