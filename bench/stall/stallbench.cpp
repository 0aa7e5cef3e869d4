// The wizard's longest stall of the UI thread (issue #17), on the offscreen platform: a heartbeat
// timer fires every 5 ms on the GUI thread and records how late each beat comes. Three moments a
// person lives through, each in a fresh wizard driven like the wizard tests drive it:
//   open      a PostgreSQL source of many tables, until the Tables page has read both sides
//   preview   the Field mapping page of a 300-column table, until its preview is shown
//   run       a 1M-row run with live progress, from Run until the report
// Not a test (no pass or fail, never in CTest): bench/run-stall.sh starts the servers, makes the
// data, runs it and writes bench/RESULTS-stall.md from the lines it prints:
//   stall <moment>: longest <ms> ms, 99th percentile <ms> ms, <n> beats over 50 ms, <s> s
// Input, from the environment: BARGE_STALL_MANY (PostgreSQL URL of the many-table schema),
// BARGE_STALL_WIDE (SQLite file with table `wide`), BARGE_STALL_BIG (SQLite file of 1M rows),
// BARGE_STALL_TARGET (PostgreSQL URL the run writes into), BARGE_STALL_WORK (a scratch folder).

#include "fieldmappingpage.h"
#include "wizarddriver.h"

#include <QElapsedTimer>
#include <QStandardItemModel>
#include <QTimer>

#include <algorithm>

using namespace barge;
using namespace barge::test;

namespace {

class Heartbeat : public QObject
{
public:
    static constexpr int intervalMs = 5;

    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_lateness << std::max<qint64>(0, now - m_last - qint64(intervalMs) * 1000000);
            m_last = now;
        });
    }
    void start()
    {
        m_lateness.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    // One line for bench/run-stall.sh.
    QString stop(const char *moment)
    {
        m_timer.stop();
        const double seconds = m_clock.nsecsElapsed() / 1e9;
        QList<qint64> sorted = m_lateness;
        std::sort(sorted.begin(), sorted.end());
        const auto ms = [](qint64 ns) { return QString::number(ns / 1e6, 'f', 1); };
        const qint64 longest = sorted.isEmpty() ? 0 : sorted.last();
        const qint64 p99 = sorted.isEmpty() ? 0 : sorted.at(qsizetype(sorted.size() * 0.99));
        const auto over = std::count_if(sorted.begin(), sorted.end(), [](qint64 ns) { return ns > 50000000; });
        return QStringLiteral("stall %1: longest %2 ms, 99th percentile %3 ms, %4 beats over 50 ms, %5 s")
            .arg(QLatin1String(moment), ms(longest), ms(p99))
            .arg(over)
            .arg(seconds, 0, 'f', 2);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<qint64> m_lateness;
};

Endpoint endpointOf(const QString &url)
{
    QString error;
    const std::optional<Endpoint> endpoint = Endpoint::parse(url, &error);
    if (!endpoint)
        qFatal("%s: %s", qPrintable(url), qPrintable(error));
    return *endpoint;
}

QString input(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty())
        qFatal("%s is not set (bench/run-stall.sh sets it)", name);
    return value;
}

} // namespace

class StallBench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpApplication("barge_stallbench"); }
    void openManyTables();
    void previewWideTable();
    void runMillionRows();

private:
    Heartbeat m_beat;
};

void StallBench::openManyTables()
{
    MigrationWizard wizard;
    prepare(wizard);
    startNew(wizard);
    page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form()->setEndpoint(endpointOf(input("BARGE_STALL_MANY")));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(MigrationWizard::TargetPageId));
    chooseSqlite(page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form(),
                 input("BARGE_STALL_WORK") + QStringLiteral("/many.db"));
    m_beat.start();
    nextToTables(wizard);
    const QString line = m_beat.stop("open");
    auto *tables = page<TablesPage>(wizard, MigrationWizard::TablesPageId);
    std::printf("%s (%d tables listed)\n", qPrintable(line), tables->model()->rowCount());
    QVERIFY(tables->model()->rowCount() >= 500);
}

void StallBench::previewWideTable()
{
    MigrationWizard wizard;
    prepare(wizard);
    startNew(wizard);
    chooseSqlite(page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form(), input("BARGE_STALL_WIDE"));
    wizard.next();
    chooseSqlite(page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form(),
                 input("BARGE_STALL_WORK") + QStringLiteral("/wide-out.db"));
    nextToTables(wizard);
    auto *mapping = page<FieldMappingPage>(wizard, MigrationWizard::FieldMappingPageId);
    bool previewed = false;
    connect(mapping, &FieldMappingPage::previewUpdated, this, [&] { previewed = true; });
    m_beat.start();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(MigrationWizard::FieldMappingPageId));
    BARGE_WAIT_FOR(previewed);
    const QString line = m_beat.stop("preview");
    std::printf("%s (%d columns, %d preview rows)\n", qPrintable(line), mapping->previewModel()->columnCount(),
                mapping->previewModel()->rowCount());
    QVERIFY(mapping->previewModel()->columnCount() >= 300);
}

void StallBench::runMillionRows()
{
    MigrationWizard wizard;
    prepare(wizard);
    startNew(wizard);
    chooseSqlite(page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form(), input("BARGE_STALL_BIG"));
    wizard.next();
    page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form()->setEndpoint(endpointOf(input("BARGE_STALL_TARGET")));
    nextToTables(wizard);
    wizard.next(); // mapping
    wizard.next(); // options
    wizard.next(); // summary
    auto *summary = page<SummaryPage>(wizard, MigrationWizard::SummaryPageId);
    BARGE_WAIT_FOR(summary->isComplete());
    auto *run = page<RunPage>(wizard, MigrationWizard::RunPageId);
    m_beat.start();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(MigrationWizard::RunPageId));
    BARGE_WAIT_FOR(run->isComplete());
    const QString line = m_beat.stop("run");
    std::printf("%s\n", qPrintable(line));
}

QTEST_MAIN(StallBench)
#include "stallbench.moc"
