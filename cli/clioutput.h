#pragma once
// What the headless commands print: results on stdout, messages on stderr after "barge: ".

#include <QString>

#include <cstdio>

namespace barge {

inline void printOut(const QString &text)
{
    std::fprintf(stdout, "%s\n", text.toUtf8().constData());
}

inline void printErr(const QString &text)
{
    std::fprintf(stderr, "barge: %s\n", text.toUtf8().constData());
}

} // namespace barge
