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
    qint64 totalRows = -1;   // -1 unknown
    qint64 totalBytes = -1;  // -1 unknown
    double seconds = 0;
    double rowsPerSecond = 0;

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
    double rowsPerSecond() const;
    // Over all tables, weighting each by its known size; -1 when nothing is known.
    double fraction() const;
    // Seconds left at the current pace; -1 when unknown.
    double etaSeconds() const;
};

// The counters a table job updates from its threads and the engine samples.
struct TableCounters
{
    std::atomic<qint64> read{0};
    std::atomic<qint64> written{0};
    std::atomic<qint64> rejected{0};
    std::atomic<qint64> bytes{0};
    std::atomic<qint64> totalRows{-1};
    std::atomic<qint64> totalBytes{-1};
    std::atomic<int> state{0}; // TableProgress::State
};

} // namespace barge
