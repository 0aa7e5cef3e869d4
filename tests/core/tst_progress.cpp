// Progress as a person reads it: the overall bar moves while tables of unknown size wait, a table
// that stopped early shows how far it got, and a resumed run's earlier rows are neither this run's
// speed nor its progress.

#include "engine/progress.h"

#include <QTest>

using namespace barge;

namespace {

TableProgress table(TableProgress::State state, qint64 read, qint64 totalRows, qint64 resumed = 0)
{
    TableProgress t;
    t.state = state;
    t.read = read;
    t.totalRows = totalRows;
    t.resumed = resumed;
    return t;
}

} // namespace

class TestProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overallMovesWhileTablesOfUnknownSizeWait();
    void weighsTablesByRows();
    void stoppedTableShowsHowFarItGot();
    void resumedRowsAreNotThisRunsPace();
};

void TestProgress::overallMovesWhileTablesOfUnknownSizeWait()
{
    Progress p;
    p.seconds = 10;
    // 2,100,331 rows of 4,200,662 copied; the next table has not been opened (no count yet).
    p.tables << table(TableProgress::State::Running, 2100331, 4200662)
             << table(TableProgress::State::Waiting, 0, -1);
    QVERIFY(p.fraction() > 0.2 && p.fraction() < 0.3); // half of the first of two equal-looking tables
    QVERIFY(p.etaSeconds() > 0);
    // Nothing known at all: still a number, moving as tables finish.
    Progress unknown;
    unknown.seconds = 1;
    unknown.tables << table(TableProgress::State::Done, 10, -1) << table(TableProgress::State::Running, 5, -1);
    QCOMPARE(unknown.fraction(), 0.5);
}

void TestProgress::weighsTablesByRows()
{
    Progress p;
    p.tables << table(TableProgress::State::Done, 100, 100) << table(TableProgress::State::Running, 0, 900);
    QCOMPARE(p.fraction(), 0.1);
}

void TestProgress::stoppedTableShowsHowFarItGot()
{
    const TableProgress failed = table(TableProgress::State::Done, 250, 1000);
    QCOMPARE(failed.fraction(), 0.25);
}

void TestProgress::resumedRowsAreNotThisRunsPace()
{
    Progress p;
    p.seconds = 2;
    // 900 rows came from the interrupted run; this run read 100 more in 2 s.
    p.tables << table(TableProgress::State::Running, 1000, 2000, 900);
    QCOMPARE(p.rowsPerSecond(), 50.0);
    QCOMPARE(p.fraction(), 0.5);
    // 1,000 rows left at 50 rows/s.
    QCOMPARE(qRound(p.etaSeconds()), 20);
}

QTEST_GUILESS_MAIN(TestProgress)
#include "tst_progress.moc"
