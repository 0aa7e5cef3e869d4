// Hostile table and column names (quotes ' " `, semicolons, dots, spaces, --, /* */, emoji,
// leading and trailing quote characters) and hostile values, through the real `barge` executable:
// SQLite -> PostgreSQL -> SQLite, SQLite -> MariaDB -> SQLite and SQLite -> CSV folder -> SQLite, so
// every engine is both target and source. The rows must arrive intact under their names, and a
// `canary` table next to them must survive: no name or value was ever executed as SQL.

#include "mysqlfixture.h"
#include "pgfixture.h"
#include "testservers.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace barge;
using namespace barge::test;

namespace {

// Names that break naive quoting in one engine or another. No '/' (file names) and no '=' (the
// command line's --table SOURCE=TARGET); SQLite folds letter case, so no two differ only in case.
const QString tableA = QStringLiteral("x\"; DROP TABLE canary; --");
const QString tableB = QStringLiteral("`we'ird`.name /* c */ \U0001F680");
const QStringList columnsA = {QStringLiteral("id"), QStringLiteral("it's"), QStringLiteral("a\"b"),
                              QStringLiteral("back`tick"), QStringLiteral("semi;colon"), QStringLiteral("dot.ted"),
                              QStringLiteral("sp ace"), QStringLiteral("-- dash"), QStringLiteral("/* c */"),
                              QStringLiteral("\U0001F680 emoji"), QStringLiteral("\"lead"), QStringLiteral("trail`")};
const QStringList columnsB = {QStringLiteral("id"), QStringLiteral("'quoted'"), QStringLiteral("``")};
const QStringList values = {QStringLiteral("'); DROP TABLE canary; --"), QStringLiteral("back\\slash \\' \\\""),
                            QStringLiteral("`tick` \"dq\" 'sq'"), QStringLiteral("; SELECT 1; /* */ --"),
                            QStringLiteral("\U0001F680 caf\u00e9 \u65e5\u672c"), QStringLiteral("line\nbreak\ttab")};

// MariaDB names hold only characters of the Basic Multilingual Plane (its identifiers are utf8mb3):
// there the emoji in names becomes a snowman, values keep theirs.
QString names(const QString &name, const QString &via)
{
    return via == QLatin1String("mariadb") ? QString(name).replace(QStringLiteral("\U0001F680"), QStringLiteral("\u2603"))
                                           : name;
}

QStringList columns(const QStringList &list, const QString &via)
{
    QStringList result;
    for (const QString &name : list)
        result << names(name, via);
    return result;
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

// Every row of `table` ordered by id, every value as text ("NULL" for NULL).
QList<QStringList> sqliteRows(const QString &file, const QString &table, const QStringList &columns)
{
    QList<QStringList> rows;
    const QString name = uniqueName(QStringLiteral("read"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (!db.open())
            return {{QStringLiteral("cannot open ") + file}};
        QStringList list;
        for (const QString &c : columns)
            list << quoted(c);
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(list.join(", "), quoted(table), quoted("id"))))
            rows << QStringList{QStringLiteral("ERROR ") + query.lastError().text()};
        while (query.next()) {
            QStringList row;
            for (int i = 0; i < columns.size(); ++i)
                row << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            rows << row;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

bool sqliteHasTable(const QString &file, const QString &table)
{
    bool has = false;
    const QString name = uniqueName(QStringLiteral("has"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        has = db.open() && db.tables().contains(table);
    }
    QSqlDatabase::removeDatabase(name);
    return has;
}

} // namespace

class TestHostileNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();

private:
    QString barge(const QStringList &arguments); // "" on exit 0, else the output
    void writeSource(const QString &file, const QString &via);

    QTemporaryDir m_dir;
    TestServers m_servers;
    QList<QStringList> m_rowsA;
    QList<QStringList> m_rowsB;
};

void TestHostileNames::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const auto servers = testServers(&error);
    if (!servers)
        QFAIL(qPrintable(error));
    m_servers = *servers;
    for (int r = 0; r < values.size(); ++r) {
        QStringList row{QString::number(r + 1)};
        for (int c = 1; c < columnsA.size(); ++c)
            row << ((r + c) % 5 == 0 ? QStringLiteral("NULL") : values.at((r + c) % values.size()));
        m_rowsA << row;
        m_rowsB << QStringList{QString::number(r + 1), values.at(r), values.at((r + 3) % values.size())};
    }
}

QString TestHostileNames::barge(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), m_servers.password);
    env.insert(QStringLiteral("MYSQL_PWD"), m_servers.password);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    process.setStandardInputFile(QProcess::nullDevice());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(qEnvironmentVariable("BARGE_EXE"), arguments + QStringList{QStringLiteral("--quiet")});
    if (!process.waitForFinished(-1))
        return QStringLiteral("timed out");
    const QString output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0
        ? QString()
        : QStringLiteral("exit %1: %2").arg(process.exitCode()).arg(output);
}

void TestHostileNames::writeSource(const QString &file, const QString &via)
{
    const QString name = uniqueName(QStringLiteral("write"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE canary (id INTEGER PRIMARY KEY)")));
        for (const auto &[table, columns, rows] :
             {std::tuple{names(tableA, via), columns(columnsA, via), m_rowsA},
              std::tuple{names(tableB, via), columns(columnsB, via), m_rowsB}}) {
            QStringList definitions{quoted(QStringLiteral("id")) + QStringLiteral(" INTEGER PRIMARY KEY")};
            QStringList marks{QStringLiteral("?")};
            for (int c = 1; c < columns.size(); ++c) {
                definitions << quoted(columns.at(c)) + QStringLiteral(" TEXT");
                marks << QStringLiteral("?");
            }
            QVERIFY2(query.exec(QStringLiteral("CREATE TABLE %1 (%2)").arg(quoted(table), definitions.join(", "))),
                     qPrintable(query.lastError().text()));
            for (const QStringList &row : rows) {
                QVERIFY(query.prepare(QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(quoted(table), marks.join(", "))));
                query.addBindValue(row.first().toInt());
                for (int c = 1; c < row.size(); ++c)
                    query.addBindValue(row.at(c) == QLatin1String("NULL") ? QVariant() : QVariant(row.at(c)));
                QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
}

void TestHostileNames::roundTrip_data()
{
    QTest::addColumn<QString>("via");
    QTest::newRow("postgresql") << "postgresql";
    QTest::newRow("mariadb") << "mariadb";
    QTest::newRow("csv folder") << "csv";
}

void TestHostileNames::roundTrip()
{
    QFETCH(QString, via);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString source = m_dir.filePath(tag + QStringLiteral("-source.db"));
    const QString back = m_dir.filePath(tag + QStringLiteral("-back.db"));
    writeSource(source, via);

    std::unique_ptr<PgFixture> pg;
    std::unique_ptr<MySqlFixture> my;
    QString middle;
    QString database;
    if (via == QLatin1String("postgresql")) {
        pg = std::make_unique<PgFixture>();
        if (!pg->isValid())
            QFAIL(qPrintable(pg->error()));
        QCOMPARE(pg->exec(QStringLiteral("CREATE TABLE S.canary (id int);\nINSERT INTO S.canary VALUES (1)")), QString());
        Endpoint e = pg->endpoint();
        e.password.clear();
        middle = e.toUrl();
    } else if (via == QLatin1String("mariadb")) {
        my = std::make_unique<MySqlFixture>();
        if (!my->isOpen())
            QFAIL(qPrintable(my->error()));
        database = uniqueName(QStringLiteral("hostile"));
        QCOMPARE(my->exec(QStringLiteral("CREATE DATABASE `%1` CHARACTER SET utf8mb4").arg(database)), QString());
        QCOMPARE(my->exec(QStringLiteral("CREATE TABLE `%1`.canary (id int)").arg(database)), QString());
        Endpoint e = my->endpoint();
        e.password.clear();
        e.database = database;
        middle = e.toUrl();
    } else {
        const QString folder = m_dir.filePath(QStringLiteral("csv-folder"));
        QVERIFY(QDir().mkpath(folder));
        middle = QStringLiteral("csv://") + folder + QLatin1Char('/');
    }

    const QString there = barge({QStringLiteral("copy"), QStringLiteral("sqlite://") + source, middle});
    const QString home = there.isEmpty() ? barge({QStringLiteral("copy"), middle, QStringLiteral("sqlite://") + back})
                                         : QString();
    if (my) {
        const QVariant canary = my->scalar(QStringLiteral("SELECT count(*) FROM information_schema.TABLES WHERE "
                                                          "TABLE_SCHEMA = '%1' AND TABLE_NAME = 'canary'").arg(database));
        my->exec(QStringLiteral("DROP DATABASE IF EXISTS `%1`").arg(database));
        QCOMPARE(canary.toInt(), 1);
    }
    QVERIFY2(there.isEmpty(), qPrintable(QStringLiteral("into ") + via + QStringLiteral(": ") + there));
    QVERIFY2(home.isEmpty(), qPrintable(QStringLiteral("out of ") + via + QStringLiteral(": ") + home));

    if (pg)
        QCOMPARE(pg->scalar(QStringLiteral("SELECT count(*) FROM S.canary")).toInt(), 1);
    // A '/' cannot be in a file name: the CSV file (so the table read back) has '_' there.
    const QString backB = via == QLatin1String("csv") ? QString(tableB).replace(QLatin1Char('/'), QLatin1Char('_')) : tableB;
    if (via == QLatin1String("csv")) {
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("csv-folder/")) + tableA + QStringLiteral(".csv")));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("csv-folder/")) + backB + QStringLiteral(".csv")));
    }
    QCOMPARE(sqliteRows(back, names(tableA, via), columns(columnsA, via)), m_rowsA);
    QCOMPARE(sqliteRows(back, names(backB, via), columns(columnsB, via)), m_rowsB);
    QVERIFY(sqliteHasTable(source, names(tableA, via)));
    QVERIFY(sqliteHasTable(source, QStringLiteral("canary")));
}

QTEST_GUILESS_MAIN(TestHostileNames)
#include "tst_hostilenames.moc"
