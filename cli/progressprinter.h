#pragma once
// ProgressPrinter: shows a run's progress on stderr. On a terminal, one live line rewritten in
// place (rows, rows/s, ETA); otherwise a plain line every few seconds and one per finished table.
// Part of cli/ (barge_cli), beside ui/.

#include "engine/progress.h"
#include "engine/report.h"

#include <QElapsedTimer>
#include <cstdio>

namespace barge {

class ProgressPrinter
{
public:
    explicit ProgressPrinter(FILE *out);

    void update(const Progress &progress);
    void tableFinished(const TableReport &report);
    // The end of the run. Without a terminal (a log), the newest progress line the interval held
    // back is printed first, so the log ends with where the run got to however fast it was.
    void done();

    static QString formatDuration(double seconds);

private:
    QString line(const Progress &progress) const;
    void clearLine();

    FILE *m_out;
    bool m_terminal;
    QElapsedTimer m_lastPrint;
    QByteArray m_unprinted; // the newest line held back by the interval; a log prints it at done()
    int m_lastWidth = 0;
};

} // namespace barge
