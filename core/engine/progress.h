#pragma once
// Progress: a snapshot of a run, emitted by MigrationEngine about 20 times a second.

#include <QList>
#include <QString>
#include <QtGlobal>

#include <atomic>

namespace barge {

struct TableProgress
{
    enum class State { Waiting, Running, Done };

    QString source;
    QString target;
    State state = State::Waiting;
    qint64 read = 0;
    qint64 written = 0;
    qint64 rejected = 0;
    qint64 bytes = 0;
    qint64 resumed = 0;      // source rows an interrupted run had dealt with (in read): not this run's pace
    qint64 totalRows = -1;   // -1 unknown
    qint64 totalBytes = -1;  // -1 unknown
    double seconds = 0;
    double rowsPerSecond = 0;
    int ranges = 0;          // a table loading in key ranges: how many; 0 when it loads as one stream
    int rangesDone = 0;
    int rangesRunning = 0;

    // 0..1, by rows when the count is known, else by bytes; -1 when neither is known.
    double fraction() const;
};

struct Progress
{
    QList<TableProgress> tables;
    double seconds = 0;

    qint64 read() const;
    qint64 written() const;
    qint64 rejected() const;
    qint64 resumed() const;
    // Rows read by this run per second (a resumed run's earlier rows are not counted as instant).
    double rowsPerSecond() const;
    // Over all tables, each weighing its row count (a table without one weighs as much as the
    // average table with one) and counting by rows, else bytes, else as nothing until it is done;
    // -1 when there are no tables.
    double fraction() const;
    // Seconds left at this run's pace; -1 when unknown.
    double etaSeconds() const;
};

// The counters a table job updates from its threads and the engine samples.
struct TableCounters
{
    std::atomic<qint64> read{0};
    std::atomic<qint64> written{0};
    std::atomic<qint64> rejected{0};
    std::atomic<qint64> bytes{0};
    std::atomic<qint64> resumed{0};
    std::atomic<qint64> totalRows{-1};
    std::atomic<qint64> totalBytes{-1};
    std::atomic<int> state{0}; // TableProgress::State
    std::atomic<int> ranges{0};
    std::atomic<int> rangesDone{0};
    std::atomic<int> rangesRunning{0};
};

} // namespace barge
