#pragma once
// What the headless commands print: results on stdout, messages on stderr after "barge: ".

#include <QByteArray>
#include <QString>

#include <atomic>
#include <cstdio>

namespace barge {

struct CliArguments;
struct MigrationOptions;
struct Report;

// Shared by the commands (defined in commandline.cpp).
extern std::atomic<bool> interrupted; // set by Ctrl+C (SIGINT) or SIGTERM while a command listens for them
void applyOptions(const CliArguments &args, MigrationOptions *options); // the options given on the command line
bool writeFile(const QString &fileName, const QByteArray &data, QString *error);
void printSummary(const Report &report); // the report's table, on stdout

inline void printOut(const QString &text)
{
    std::fprintf(stdout, "%s\n", text.toUtf8().constData());
}

inline void printErr(const QString &text)
{
    std::fprintf(stderr, "barge: %s\n", text.toUtf8().constData());
}

} // namespace barge
