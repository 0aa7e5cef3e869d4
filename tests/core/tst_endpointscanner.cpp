// EndpointScanner::scanBoth on a source of many tables (#17): it says how far it got, table by
// table, and stops between tables when asked, saying after how many; the wizard's Tables page
// shows both (a progress bar, Stop reading, Read the tables again).

#include "engine/endpointscanner.h"
#include "sqlitefixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace barge;

class TestEndpointScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportsProgressPerTable();
    void stopsBetweenTables();

private:
    Endpoint m_source;
    Endpoint m_target;
    QTemporaryDir m_dir;
};

void TestEndpointScanner::initTestCase()
{
    const QString path = m_dir.filePath(QStringLiteral("many.db"));
    test::SqliteFixture db(path);
    QStringList script;
    for (int i = 1; i <= 40; ++i)
        script << QStringLiteral("CREATE TABLE t%1 (id INTEGER PRIMARY KEY, v TEXT)").arg(i, 2, 10, QLatin1Char('0'));
    QCOMPARE(db.exec(script.join(QStringLiteral(";\n"))), QString());
    QString error;
    m_source = *Endpoint::parse(QStringLiteral("sqlite://") + path, &error);
    m_target = *Endpoint::parse(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("target.db")), &error);
}

void TestEndpointScanner::reportsProgressPerTable()
{
    QList<std::pair<int, int>> seen;
    ScanControl control;
    control.progress = [&seen](int done, int total) { seen << std::pair{done, total}; };
    const EndpointsScan scan = EndpointScanner::scanBoth(m_source, m_target, control);
    QVERIFY2(scan.error.isEmpty(), qPrintable(scan.error));
    QCOMPARE(scan.sourceTables.size(), 40);
    QCOMPARE(seen.size(), 41);
    QCOMPARE(seen.first(), (std::pair{0, 40}));
    QCOMPARE(seen.last(), (std::pair{40, 40}));
}

void TestEndpointScanner::stopsBetweenTables()
{
    int asked = 0;
    ScanControl control;
    control.stop = [&asked] { return ++asked > 3; }; // three tables read, then stop
    const EndpointsScan scan = EndpointScanner::scanBoth(m_source, m_target, control);
    QVERIFY(scan.stopped);
    QCOMPARE(scan.sourceTables.size(), 3);
    QCOMPARE(scan.sourceSchemas.size(), 3);
    QVERIFY2(scan.error.contains(QLatin1String("3 of 40")), qPrintable(scan.error));
}

QTEST_GUILESS_MAIN(TestEndpointScanner)
#include "tst_endpointscanner.moc"
