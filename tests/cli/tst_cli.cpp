// The barge command line as a user runs it: the real executable on real files, its exit codes,
// what it prints, and the data it leaves behind.

#include "sqlitefixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using barge::test::SqliteFixture;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void exitCodes_data();
    void exitCodes();
    void copiesDemoDatabase();
    void sqliteToCsvToSqliteKeepsEveryValue();
    void savedProfileRerunsWithTruncate();
    void dryRunCopiesNothing();
    void skipReportsRejectsInJson();
    void inspectShowsInferredTypes();
    void typeOverrideChangesTargetAndWarns();
    void rejectsOnAFullDeviceFail();
    void verifyNamesTheRowsThatDiffer();
    void syncRepairsWhatDiffers();
    void incrementalRunCopiesNewRows();
    void staysEnglishInAGermanLocale();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result barge(const QStringList &arguments,
                 const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void writeFile(const QString &name, const QByteArray &data);

    QString m_exe;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::initTestCase()
{
    m_exe = qEnvironmentVariable("BARGE_EXE");
    QVERIFY2(QFile::exists(m_exe), "BARGE_EXE must name the built barge executable");
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

TestCli::Result TestCli::barge(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    process.setProcessEnvironment(environment);
    process.start(m_exe, arguments);
    Result result;
    if (!process.waitForFinished(-1)) {
        process.kill();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCli::writeFile(const QString &name, const QByteArray &data)
{
    QFile file(path(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("message");

    QTest::newRow("help") << QStringList{"--help"} << 0 << "barge copy SOURCE_URL TARGET_URL";
    QTest::newRow("unknown-command") << QStringList{"frobnicate"} << 2 << "unknown command 'frobnicate'";
    QTest::newRow("unknown-option") << QStringList{"copy", "sqlite:a.db", "sqlite:b.db", "--colour"} << 2
                                    << "unknown option '--colour'";
    QTest::newRow("missing-argument") << QStringList{"copy", "sqlite:a.db"} << 2 << "copy expects 2 argument(s)";
    QTest::newRow("bad-mode") << QStringList{"copy", "sqlite:a.db", "sqlite:b.db", "--mode", "upsert"} << 2
                              << "--mode: expected append, merge, truncate, replace or skip";
    QTest::newRow("bad-jobs") << QStringList{"copy", "sqlite:a.db", "sqlite:b.db", "--jobs", "0"} << 2 << "--jobs";
    QTest::newRow("bad-scheme") << QStringList{"copy", "sqlit:a.db", "sqlite:b.db"} << 2 << "scheme";
    QTest::newRow("bad-port") << QStringList{"inspect", "postgresql://u@localhost:99999/db"} << 2 << "99999";
    QTest::newRow("missing-source-file") << QStringList{"copy", "sqlite:missing.db", "sqlite:b.db"} << 1
                                         << "missing.db";
    QTest::newRow("missing-profile") << QStringList{"run", "nope.barge.json"} << 2 << "nope.barge.json";
    QTest::newRow("bad-type") << QStringList{"copy", "sqlite:demo.db", "sqlite:b.db", "--type", "orders.id=bigint"} << 2
                              << "--type: expected TABLE.COLUMN=TYPE";
    QTest::newRow("type-unknown-column") << QStringList{"copy", "sqlite:demo.db", "sqlite:b.db", "--type", "orders.nosuch=int32"}
                                         << 2 << "no such target column";
    QTest::newRow("unknown-table") << QStringList{"copy", "sqlite:demo.db", "sqlite:b.db", "--table", "nosuch"} << 1
                                   << "no table 'nosuch'";
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, expected);
    QFETCH(QString, message);
    QCOMPARE(barge({"demo", "demo.db"}).exitCode, 0);
    const Result result = barge(arguments);
    QVERIFY2(result.exitCode == expected, qPrintable(QString("exit %1\n%2%3").arg(result.exitCode).arg(result.out, result.err)));
    QVERIFY2((result.out + result.err).contains(message), qPrintable(result.out + result.err));
}

void TestCli::copiesDemoDatabase()
{
    QCOMPARE(barge({"demo", "shop.db"}).exitCode, 0);
    const Result result = barge({"copy", "sqlite:shop.db", "sqlite:copy.db", "--quiet"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY2(result.out.contains("status: ok"), qPrintable(result.out));
    SqliteFixture source(path("shop.db"));
    SqliteFixture copy(path("copy.db"));
    for (const char *table : {"customers", "products", "orders", "order_items"}) {
        const QString count = QString("SELECT count(*) FROM %1").arg(table);
        QCOMPARE(copy.scalar(count), source.scalar(count));
    }
    const QString sums = "SELECT sum(price), sum(weight_kg), sum(length(notes)), count(notes) FROM products";
    QCOMPARE(copy.rows(sums), source.rows(sums));
    const QString items = "SELECT sum(unit_price * quantity), sum(order_id * line) FROM order_items";
    QCOMPARE(copy.rows(items), source.rows(items));
    QCOMPARE(copy.rows("SELECT * FROM customers ORDER BY id"), source.rows("SELECT * FROM customers ORDER BY id"));
}

void TestCli::sqliteToCsvToSqliteKeepsEveryValue()
{
    {
        SqliteFixture source(path("source.db"));
        QCOMPARE(source.exec(
                     "CREATE TABLE bench (id INTEGER PRIMARY KEY, name TEXT NOT NULL, amount REAL, qty INTEGER, "
                     "created TIMESTAMP, note TEXT);\n"
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                     "INSERT INTO bench SELECT i, 'name, \"' || i || '\"' || char(10) || 'Zoë', "
                     "round((i * 7919 % 1000003) / 100.0, 2), CASE WHEN i % 13 = 0 THEN NULL ELSE i % 1000 END, "
                     "printf('2020-%02d-%02d 12:%02d:00', 1 + i % 12, 1 + i % 28, i % 60), "
                     "CASE WHEN i % 7 = 0 THEN NULL WHEN i % 11 = 0 THEN '' ELSE 'note ' || i END FROM n"),
                 QString());
    }
    Result result = barge({"copy", "sqlite:source.db", "csv:export/", "--quiet"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY(QFile::exists(path("export/bench.csv")));
    result = barge({"copy", "csv:export/bench.csv", "sqlite:back.db", "--quiet"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));

    SqliteFixture source(path("source.db"));
    SqliteFixture back(path("back.db"));
    // Integer and real columns are inferred from the CSV, so numbers come back as numbers.
    QCOMPARE(back.scalar("SELECT type FROM pragma_table_info('bench') WHERE name = 'id'").toString(),
             QStringLiteral("INTEGER"));
    QCOMPARE(back.scalar("SELECT typeof(amount) FROM bench WHERE id = 5").toString(), QStringLiteral("real"));
    QCOMPARE(back.scalar("SELECT typeof(qty) FROM bench WHERE id = 5").toString(), QStringLiteral("integer"));
    const QString facts = "SELECT count(*), sum(id), sum(amount), sum(qty), count(qty), sum(length(name)), "
                          "count(note), sum(length(note)), sum(note = ''), min(created), max(created) FROM bench";
    QCOMPARE(back.rows(facts), source.rows(facts));
    QCOMPARE(back.rows("SELECT * FROM bench ORDER BY id"), source.rows("SELECT * FROM bench ORDER BY id"));
}

void TestCli::savedProfileRerunsWithTruncate()
{
    QCOMPARE(barge({"demo", "shop.db"}).exitCode, 0);
    Result first = barge({"copy", "sqlite:shop.db", "sqlite:copy.db", "--table", "customers=clients", "--table",
                          "orders", "--save-profile", "shop.barge.json", "--quiet"});
    QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
    QFile profile(path("shop.barge.json"));
    QVERIFY(profile.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(profile.readAll()).object();
    QCOMPARE(json.value("format").toString(), QStringLiteral("barge-profile"));
    QCOMPARE(json.value("tables").toArray().size(), 2);

    SqliteFixture copy(path("copy.db"));
    const QVariant clients = copy.scalar("SELECT count(*) FROM clients");
    QCOMPARE(clients.toInt(), 600);
    Result again = barge({"run", "shop.barge.json", "--mode", "truncate", "--quiet"});
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QCOMPARE(copy.scalar("SELECT count(*) FROM clients"), clients);
    QCOMPARE(copy.scalar("SELECT count(*) FROM orders").toInt(), 3000);
    // Without truncate the rows would be added again and collide with the primary keys.
    Result append = barge({"run", "shop.barge.json", "--quiet"});
    QCOMPARE(append.exitCode, 1);
    QVERIFY2(append.out.contains("UNIQUE constraint failed"), qPrintable(append.out));
}

void TestCli::dryRunCopiesNothing()
{
    QCOMPARE(barge({"demo", "shop.db"}).exitCode, 0);
    const Result result = barge({"copy", "sqlite:shop.db", "sqlite:copy.db", "--dry-run", "--table", "orders"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("CREATE TABLE \"orders\""), qPrintable(result.out));
    QVERIFY2(result.out.contains("orders -> orders (create, 3,000 rows)"), qPrintable(result.out));
    QVERIFY(!QFile::exists(path("copy.db")));
}

void TestCli::skipReportsRejectsInJson()
{
    writeFile("people.csv", "id,name,age\n1,Ann,30\n2,Bob\n3,\"Cy, Jr.\",41\n4,Dee,22,extra\n");
    const Result result = barge({"copy", "csv:people.csv", "sqlite:people.db", "--on-error", "skip", "--rejects",
                                 "rejects", "--report", "report.json", "--quiet"});
    QCOMPARE(result.exitCode, 3);
    QFile report(path("report.json"));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(report.readAll()).object();
    QCOMPARE(json.value("status").toString(), QStringLiteral("rejected"));
    const QJsonObject table = json.value("tables").toArray().first().toObject();
    QCOMPARE(table.value("read").toInt(), 4);
    QCOMPARE(table.value("written").toInt(), 2);
    QCOMPARE(table.value("rejected").toInt(), 2);
    QFile rejects(path("rejects/people.rejects.csv"));
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(rejects.readAll());
    QVERIFY2(text.contains("people.csv line 3"), qPrintable(text));
    QVERIFY2(text.contains("expected 3 fields, found 4"), qPrintable(text));
    QVERIFY2(text.contains("extra"), qPrintable(text));
}

void TestCli::inspectShowsInferredTypes()
{
    writeFile("mixed.csv", "code;amount;price;when;flag\n08123;1.5;1.50;2024-01-02;true\n00042;2;2.25;2024-02-29;false\n");
    const Result result = barge({"inspect", "csv:mixed.csv"});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split('\n');
    auto typeOf = [&](const QString &column) {
        for (const QString &line : lines) {
            const QStringList parts = line.simplified().split(' ');
            if (parts.size() >= 3 && parts[0] == column)
                return parts[2];
        }
        return QString();
    };
    QCOMPARE(typeOf("code"), QStringLiteral("text"));       // leading zeros are kept
    QCOMPARE(typeOf("amount"), QStringLiteral("real"));
    QCOMPARE(typeOf("price"), QStringLiteral("decimal(3,2)"));
    QCOMPARE(typeOf("when"), QStringLiteral("date"));
    QCOMPARE(typeOf("flag"), QStringLiteral("boolean"));
}

// --type pins one column's target type; a narrowing one is named before the run, in the dry run
// and in the JSON report, and values that do not fit are rejected with their reason, not cut.
void TestCli::typeOverrideChangesTargetAndWarns()
{
    writeFile("items.csv", "id,label,price\n1,short,1.50\n2,a much longer label,2.25\n3,mid,3.00\n");
    const Result dry = barge({"copy", "csv:items.csv", "sqlite:items.db", "--type", "items.label=text(5)", "--type",
                              "items.price=decimal(8,3)", "--dry-run"});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.out + dry.err));
    QVERIFY2(dry.out.contains("label VARCHAR(5)"), qPrintable(dry.out));
    QVERIFY2(dry.out.contains("price NUMERIC(8,3)"), qPrintable(dry.out));
    QVERIFY2(dry.out.contains("items.label may lose information"), qPrintable(dry.out));
    QVERIFY(!QFile::exists(path("items.db")));

    const Result run = barge({"copy", "csv:items.csv", "sqlite:items.db", "--type", "items.label=text(5)",
                              "--on-error", "skip", "--report", "report.json"});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("note: items.label may lose information"), qPrintable(run.err));
    QFile report(path("report.json"));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(report.readAll()).object();
    const QJsonArray warnings = json.value("warnings").toArray();
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().toString().startsWith("items.label may lose information"));
    SqliteFixture items(path("items.db"));
    QCOMPARE(items.scalar("SELECT group_concat(label, '|') FROM (SELECT label FROM items ORDER BY id)").toString(),
             QStringLiteral("short|mid"));
    QFile rejects(path("items.rejects.csv"));
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    QVERIFY(rejects.readAll().contains("a much longer label"));
}

// The rejects file on a device with no room left (/dev/full): the run fails, and the report
// claims no row as written or rejected that is not in the target or on disk.
void TestCli::rejectsOnAFullDeviceFail()
{
    QByteArray csv = "id,name\n";
    for (int i = 1; i <= 5000; ++i)
        csv += i % 100 == 0 ? QByteArray::number(i) + ",too,many\n" : QByteArray::number(i) + ",name " + QByteArray::number(i) + '\n';
    writeFile("people.csv", csv);
    QVERIFY(QDir(m_dir->path()).mkpath("rejects"));
    QVERIFY(QFile::link("/dev/full", path("rejects/people.rejects.csv")));
    const Result result = barge({"copy", "csv:people.csv", "sqlite:people.db", "--on-error", "skip", "--rejects",
                                 "rejects", "--batch-size", "1000", "--report", "report.json", "--quiet"});
    QVERIFY2(result.exitCode == 1, qPrintable(result.out + result.err));
    QVERIFY2(result.out.contains("cannot write rejected rows"), qPrintable(result.out));
    QVERIFY2(result.out.contains("No space left on device"), qPrintable(result.out));
    QFile report(path("report.json"));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QJsonObject table = QJsonDocument::fromJson(report.readAll()).object().value("tables").toArray().first().toObject();
    QCOMPARE(table.value("status").toString(), QStringLiteral("failed"));
    QCOMPARE(table.value("rejected").toInt(), 0); // none of them reached the disk
    QCOMPARE(table.value("read").toInt(), table.value("written").toInt() + table.value("rejected").toInt());
    SqliteFixture people(path("people.db"));
    QCOMPARE(people.scalar("SELECT count(*) FROM people").toInt(), table.value("written").toInt());
}

// barge verify: equal tables are verified by content; a changed, a missing and an extra row are
// each named by key; a table without a key is compared by count only and says so.
void TestCli::verifyNamesTheRowsThatDiffer()
{
    QCOMPARE(barge({"demo", "shop.db"}).exitCode, 0);
    Result copied = barge({"copy", "sqlite:shop.db", "sqlite:copy.db", "--table", "customers", "--table", "orders",
                           "--save-profile", "shop.barge.json", "--quiet"});
    QVERIFY2(copied.exitCode == 0, qPrintable(copied.out + copied.err));
    Result same = barge({"verify", "shop.barge.json"});
    QVERIFY2(same.exitCode == 0, qPrintable(same.out + same.err));
    QVERIFY2(same.out.contains("customers: verified: 600 rows equal"), qPrintable(same.out));
    QVERIFY2(same.out.contains("orders: verified: 3,000 rows equal"), qPrintable(same.out));
    {
        SqliteFixture copy(path("copy.db"));
        QCOMPARE(copy.exec("UPDATE customers SET name = name || '!' WHERE id = 7;\n"
                           "DELETE FROM orders WHERE id = 10;\n"
                           "INSERT INTO orders SELECT id + 100000, customer_id, placed_at, status, shipping FROM orders WHERE id = 11"),
                 QString());
    }
    const Result changed = barge({"verify", "shop.barge.json"});
    QCOMPARE(changed.exitCode, 1);
    QVERIFY2(changed.out.contains("customers: DIFFERENT: 600 rows in the source, 600 in the target"), qPrintable(changed.out));
    QVERIFY2(changed.out.contains("id=7: the values differ"), qPrintable(changed.out));
    QVERIFY2(changed.out.contains("id=10: only in the source"), qPrintable(changed.out));
    QVERIFY2(changed.out.contains("id=100011: only in the target"), qPrintable(changed.out));

    writeFile("notes.csv", "who,what\nann,\"hello, world\"\nbob,bye\n");
    QCOMPARE(barge({"copy", "csv:notes.csv", "sqlite:notes.db", "--save-profile", "notes.barge.json", "--quiet"}).exitCode, 0);
    const Result keyless = barge({"verify", "notes.barge.json"});
    QVERIFY2(keyless.exitCode == 0, qPrintable(keyless.out + keyless.err));
    QVERIFY2(keyless.out.contains("notes: checked by count only"), qPrintable(keyless.out));
    QVERIFY(!keyless.out.contains("verified"));
}

// barge sync: --dry-run names the keys and writes nothing; deleting more than a tenth of a table
// needs --force and changes nothing without it; then the target equals the source, and a second
// sync writes nothing. A keyless table is refused by name.
// A profile edited by hand to name a watermark (#16): each barge run copies the rows past the last
// run's value, less the overlap; the dry run says how many; the state lives in the data folder.
void TestCli::incrementalRunCopiesNewRows()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    QCOMPARE(barge({"demo", "shop.db"}).exitCode, 0);
    Result saved = barge({"copy", "sqlite:shop.db", "sqlite:copy.db", "--table", "orders", "--mode", "merge",
                          "--save-profile", "orders.barge.json", "--dry-run"});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.out + saved.err));
    QFile file(path(QStringLiteral("orders.barge.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray tables = root.value(QStringLiteral("tables")).toArray();
    QJsonObject orders = tables.at(0).toObject();
    orders.insert(QStringLiteral("watermark"),
                  QJsonObject{{QStringLiteral("column"), QStringLiteral("placed_at")}, {QStringLiteral("overlap"), QStringLiteral("1 h")}});
    tables[0] = orders;
    root.insert(QStringLiteral("tables"), tables);
    writeFile(QStringLiteral("orders.barge.json"), QJsonDocument(root).toJson());

    const Result plan = barge({"run", "orders.barge.json", "--dry-run"}, env);
    QVERIFY2(plan.out.contains("watermark placed_at: every row (no earlier run): 3,000 rows up to 2022-11-26 15:22:00"),
             qPrintable(plan.out + plan.err));
    const Result first = barge({"run", "orders.barge.json"}, env);
    QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
    QVERIFY2(first.err.contains("orders: in up to placed_at = 2022-11-26 15:22:00; the next run copies the rows past it"),
             qPrintable(first.err));
    {
        SqliteFixture shop(path("shop.db"));
        QCOMPARE(shop.exec("UPDATE orders SET status = 'returned', placed_at = '2022-11-27 09:00:00' WHERE id = 5;\n"
                           "INSERT INTO orders VALUES (9001, 1, '2022-11-27 09:30:00', 'new', 4.5)"),
                 QString());
    }
    const Result next = barge({"run", "orders.barge.json", "--dry-run"}, env);
    QVERIFY2(next.out.contains("watermark placed_at from 2022-11-26 15:22:00 less 1 h of overlap: "), qPrintable(next.out));
    const Result second = barge({"run", "orders.barge.json", "--report", "report.json"}, env);
    QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
    QVERIFY2(second.out.contains("1 inserted, 1 updated"), qPrintable(second.out));
    QFile report(path(QStringLiteral("report.json")));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QJsonObject table = QJsonDocument::fromJson(report.readAll()).object().value(QStringLiteral("tables")).toArray().at(0).toObject();
    QCOMPARE(table.value(QStringLiteral("watermark")).toString(), QStringLiteral("2022-11-27 09:30:00"));
    QVERIFY(table.value(QStringLiteral("read")).toInteger() < 100); // the hour before, not the 3,000 rows
    SqliteFixture copy(path("copy.db"));
    QCOMPARE(copy.scalar("SELECT status FROM orders WHERE id = 5").toString(), QStringLiteral("returned"));
    QCOMPARE(copy.scalar("SELECT COUNT(*) FROM orders").toInt(), 3001);
}

void TestCli::syncRepairsWhatDiffers()
{
    QCOMPARE(barge({"demo", "shop.db"}).exitCode, 0);
    Result copied = barge({"copy", "sqlite:shop.db", "sqlite:copy.db", "--table", "customers", "--table", "orders",
                           "--save-profile", "shop.barge.json", "--quiet"});
    QVERIFY2(copied.exitCode == 0, qPrintable(copied.out + copied.err));
    Result same = barge({"sync", "shop.barge.json"});
    QVERIFY2(same.exitCode == 0, qPrintable(same.out + same.err));
    QVERIFY2(same.out.contains("orders: 0 to insert, 0 to update, 3,000 unchanged (key groups that differ: 0 of"), qPrintable(same.out));
    QVERIFY2(same.out.contains("nothing was written"), qPrintable(same.out));
    {
        SqliteFixture shop(path("shop.db"));
        QCOMPARE(shop.exec("UPDATE customers SET name = name || '!' WHERE id = 7;\n"
                           "DELETE FROM orders WHERE id <= 400;\n"
                           "INSERT INTO orders SELECT id + 100000, customer_id, placed_at, status, shipping FROM orders WHERE id = 411"),
                 QString());
    }
    const Result dry = barge({"sync", "shop.barge.json", "--dry-run", "--delete"});
    QCOMPARE(dry.exitCode, 1); // 400 of 3,000 orders to delete: past the 10% guard even for a dry run
    QVERIFY2(dry.out.contains("customers: 0 to insert, 1 to update, 599 unchanged"), qPrintable(dry.out));
    QVERIFY2(dry.out.contains("    update: id=7"), qPrintable(dry.out));
    QVERIFY2(dry.out.contains("orders: 1 to insert, 0 to update, 2,600 unchanged, 400 to delete"), qPrintable(dry.out));
    QVERIFY2(dry.out.contains("    insert: id=100411"), qPrintable(dry.out));
    QVERIFY2(dry.out.contains("    delete: id=1; id=2; id=3;"), qPrintable(dry.out));
    QVERIFY2(dry.err.contains("sync would delete more than 10% of orders (400 of 3,000 rows, 13.3%); nothing was changed"),
             qPrintable(dry.err));
    QCOMPARE(barge({"verify", "shop.barge.json"}).exitCode, 1); // still different
    const Result kept = barge({"sync", "shop.barge.json", "--quiet"});
    QVERIFY2(kept.exitCode == 0, qPrintable(kept.out + kept.err));
    QVERIFY2(kept.out.contains("merged: 1 inserted, 0 updated, 0 deleted, 2,600 unchanged"), qPrintable(kept.out));
    const Result forced = barge({"sync", "shop.barge.json", "--delete", "--force", "--quiet"});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.out + forced.err));
    QVERIFY2(forced.out.contains("merged: 0 inserted, 0 updated, 400 deleted, 2,601 unchanged"), qPrintable(forced.out));
    const Result equal = barge({"verify", "shop.barge.json"});
    QVERIFY2(equal.exitCode == 0, qPrintable(equal.out + equal.err));
    const Result again = barge({"sync", "shop.barge.json", "--delete"});
    QVERIFY2(again.exitCode == 0 && again.out.contains("nothing was written"), qPrintable(again.out + again.err));

    writeFile("notes.csv", "who,what\nann,hello\n");
    QCOMPARE(barge({"copy", "csv:notes.csv", "sqlite:notes.db", "--save-profile", "notes.barge.json", "--quiet"}).exitCode, 0);
    const Result keyless = barge({"sync", "notes.barge.json"});
    QVERIFY(keyless.exitCode != 0);
    QVERIFY2(keyless.err.contains("notes"), qPrintable(keyless.err));
    QCOMPARE(barge({"copy", "sqlite:shop.db", "sqlite:copy.db", "--delete"}).exitCode, 2);

    // A first sync into a target without the tables creates them and copies every row.
    QCOMPARE(barge({"copy", "sqlite:shop.db", "sqlite:fresh.db", "--table", "customers", "--dry-run",
                    "--save-profile", "fresh.barge.json", "--quiet"}).exitCode, 0);
    const Result first = barge({"sync", "fresh.barge.json", "--delete"});
    QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
    QVERIFY2(first.out.contains("the target has no table customers yet"), qPrintable(first.out));
    QVERIFY2(first.out.contains("merged: 600 inserted, 0 updated, 0 deleted, 0 unchanged"), qPrintable(first.out));
    const Result then = barge({"sync", "fresh.barge.json", "--delete"});
    QVERIFY2(then.exitCode == 0 && then.out.contains("nothing was written"), qPrintable(then.out + then.err));
}

// The command line prints English whatever the locale: it installs no translation, and scripts
// read what it says. (The wizard says core's messages in German, tst_wizard_translation.)
void TestCli::staysEnglishInAGermanLocale()
{
    QCOMPARE(barge({"demo", "demo.db"}).exitCode, 0);
    QCOMPARE(barge({"copy", "sqlite:demo.db", "sqlite:copy.db", "--quiet"}).exitCode, 0);
    QProcessEnvironment german = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANG", "LC_ALL", "LC_MESSAGES"})
        german.insert(QString::fromLatin1(name), QStringLiteral("de_DE.UTF-8"));
    german.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    const Result missing = barge({"copy", "sqlite:missing.db", "sqlite:b.db"}, german);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2((missing.out + missing.err).contains("missing.db: no such SQLite file"), qPrintable(missing.out + missing.err));
    const Result dry = barge({"copy", "sqlite:demo.db", "sqlite:copy.db", "--mode", "truncate", "--dry-run"}, german);
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.out + dry.err));
    QVERIFY2(dry.out.contains("The existing rows of customers will be deleted first."), qPrintable(dry.out + dry.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
