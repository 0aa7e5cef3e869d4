#pragma once
// PausePoint: a place where the engine can be held still by a test. Tests that interrupt a run
// (kill barge, kill or cut off the server, fill the disk) must reach their moment the same way on
// every machine, never by racing the engine. With BARGE_PAUSE_AFTER_COMMIT=N and
// BARGE_PAUSE_DIR=DIR in the environment, the table job that makes the process's Nth commit creates
// DIR/paused once that commit is durable, then waits until DIR/release exists (or the run is
// cancelled). Without those variables it does nothing. Thread safe; the state is per process.

#include <atomic>

namespace barge {

class PausePoint
{
public:
    // Called by a table job after each successful commit; blocks while the test holds the run.
    static void afterCommit(const std::atomic<bool> *cancel);
};

} // namespace barge
