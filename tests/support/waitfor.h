#pragma once
// BARGE_WAIT_FOR(condition): processes events until the condition holds, with no time limit of its
// own. A deadline in a test is a guess about the machine's speed, and a slow or loaded machine
// turns the guess into a random failure; a condition that never comes true is a hang that CTest's
// per-test timeout ends and reports. Use it for what the program does asynchronously (a signal's
// effect, a keychain answer, a page that becomes complete); never to wait out a race.

#include <QCoreApplication>
#include <QTest>

#define BARGE_WAIT_FOR(condition)                                                                  \
    do {                                                                                           \
        while (!(condition)) {                                                                     \
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);                            \
            QTest::qWait(5);                                                                       \
        }                                                                                          \
    } while (false)
