#include "cli/progressprinter.h"

#include "base/plural.h"
#include "engine/planner.h"

#include <QLocale>

#include <unistd.h>

namespace barge {

ProgressPrinter::ProgressPrinter(FILE *out) : m_out(out), m_terminal(isatty(fileno(out)))
{
}

QString ProgressPrinter::formatDuration(double seconds)
{
    const qint64 s = qint64(seconds + 0.5);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString ProgressPrinter::line(const Progress &progress) const
{
    const QLocale c = groupedNumbers();
    QString current;
    qint64 total = 0;
    bool totalKnown = true;
    for (const TableProgress &t : progress.tables) {
        if (t.state == TableProgress::State::Running && current.isEmpty()) {
            current = t.target;
            if (t.ranges > 0)
                current += QStringLiteral(" (ranges %1/%2 done, %3 running)").arg(t.rangesDone).arg(t.ranges).arg(t.rangesRunning);
        }
        if (t.totalRows >= 0)
            total += t.totalRows;
        else
            totalKnown = false;
    }
    const double fraction = progress.fraction();
    QString text = fraction >= 0 ? QStringLiteral("[%1%] ").arg(int(fraction * 100), 3) : QString();
    text += c.toString(progress.read());
    if (totalKnown && total > 0)
        text += QLatin1Char('/') + c.toString(total);
    text += QStringLiteral(" rows");
    if (progress.rejected() > 0)
        text += QStringLiteral(" (%1 rejected)").arg(c.toString(progress.rejected()));
    text += QStringLiteral("  %1 rows/s").arg(c.toString(qint64(progress.rowsPerSecond())));
    const double eta = progress.etaSeconds();
    if (eta >= 0)
        text += QStringLiteral("  ETA %1").arg(formatDuration(eta));
    if (!current.isEmpty())
        text += QStringLiteral("  %1").arg(current);
    return text;
}

void ProgressPrinter::clearLine()
{
    if (m_terminal && m_lastWidth > 0) {
        std::fprintf(m_out, "\r%*s\r", m_lastWidth, "");
        m_lastWidth = 0;
    }
}

void ProgressPrinter::update(const Progress &progress)
{
    const int interval = m_terminal ? 100 : 5000;
    const QByteArray text = line(progress).toUtf8();
    if (m_lastPrint.isValid() && m_lastPrint.elapsed() < interval) {
        m_unprinted = text; // a log still gets the last one (done())
        return;
    }
    m_lastPrint.start();
    m_unprinted.clear();
    if (m_terminal) {
        clearLine();
        std::fprintf(m_out, "%s", text.constData());
        m_lastWidth = int(text.size());
    } else {
        std::fprintf(m_out, "progress: %s\n", text.constData());
    }
    std::fflush(m_out);
}

void ProgressPrinter::tableFinished(const TableReport &report)
{
    clearLine();
    const QLocale c = groupedNumbers();
    QString text = QStringLiteral("%1 -> %2: %3 written").arg(report.source, report.target, c.toString(report.written));
    if (report.merged)
        text += QStringLiteral(" (%1)").arg(report.mergeSummary(c));
    if (report.rejected > 0)
        text += QStringLiteral(", %1 rejected (%2)").arg(c.toString(report.rejected), report.rejectsFile);
    if (!report.ranges.isEmpty())
        text += QStringLiteral(", in %1 ranges").arg(report.ranges.size());
    text += QStringLiteral(", %1 s, %2").arg(QString::number(report.seconds, 'f', 2), runStatusName(report.status));
    std::fprintf(m_out, "%s\n", text.toUtf8().constData());
    std::fflush(m_out);
}

void ProgressPrinter::done()
{
    // Without a terminal the lines are a log: it ends with where the run got to, however fast it was.
    if (!m_terminal && !m_unprinted.isEmpty())
        std::fprintf(m_out, "progress: %s\n", m_unprinted.constData());
    m_unprinted.clear();
    clearLine();
    std::fflush(m_out);
}

} // namespace barge
