#pragma once
// FUZZ_CHECK(condition, detail): a property a fuzz target holds the code to. A failure prints the
// condition and `detail` (a QString, only built on failure) and aborts, so libFuzzer reports it
// like a crash and keeps the input as crash-<sha1>.

#include <QString>

#include <cstdio>
#include <cstdlib>

namespace barge::fuzz {

[[noreturn]] inline void checkFailed(const char *file, int line, const char *condition, const QString &detail)
{
    std::fprintf(stderr, "%s:%d: FUZZ_CHECK failed: %s\n%s\n", file, line, condition,
                 detail.toLocal8Bit().constData());
    std::fflush(stderr);
    std::abort();
}

} // namespace barge::fuzz

#define FUZZ_CHECK(condition, detail)                                                             \
    do {                                                                                          \
        if (!(condition))                                                                         \
            ::barge::fuzz::checkFailed(__FILE__, __LINE__, #condition, (detail));                 \
    } while (false)
