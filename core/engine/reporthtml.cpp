#include "engine/reporthtml.h"

#include <QLocale>

namespace barge {

namespace {

QString cell(const QString &text, bool number = false)
{
    return number ? QStringLiteral("<td class=\"n\">%1</td>").arg(text.toHtmlEscaped())
                  : QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped());
}

} // namespace

QString ReportHtml::render(const Report &report)
{
    const QLocale locale;
    QString rows;
    for (const TableReport &t : report.tables) {
        rows += QStringLiteral("<tr>") + cell(t.source) + cell(t.target) + cell(runStatusText(t.status))
            + cell(locale.toString(t.read), true) + cell(locale.toString(t.written), true)
            + cell(locale.toString(t.rejected), true) + cell(locale.toString(t.seconds, 'f', 2), true)
            + cell(!t.error.isEmpty() ? t.error
                                      : QStringList{t.mergeSummary(), t.rejectsFile, t.verification}.join(u' ').simplified())
            + QStringLiteral("</tr>\n");
        // A table loaded in key ranges: a row per range under it.
        for (const RangeReport &r : t.ranges) {
            rows += QStringLiteral("<tr>") + cell(QString()) + cell(r.label) + cell(runStatusText(r.status))
                + cell(locale.toString(r.read), true) + cell(locale.toString(r.written), true)
                + cell(locale.toString(r.rejected), true) + cell(locale.toString(r.seconds, 'f', 2), true)
                + cell(r.error) + QStringLiteral("</tr>\n");
        }
    }
    const QString title = tr("Barge migration report");
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n").arg(title);
    html += QStringLiteral("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                           "td,th{border:1px solid #999;padding:4px 8px}td.n{text-align:right}"
                           "th{background:#eee}</style></head><body>\n");
    html += QStringLiteral("<h1>%1</h1>\n<p>").arg(title);
    html += tr("From <b>%1</b> to <b>%2</b>, started %3, took %4 s. Status: <b>%5</b>.")
                .arg(report.source.toHtmlEscaped(), report.target.toHtmlEscaped(),
                     locale.toString(report.started, QLocale::ShortFormat), locale.toString(report.seconds, 'f', 2),
                     runStatusText(report.status));
    html += QStringLiteral("</p>\n");
    if (!report.error.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>\n").arg(tr("Error:"), report.error.toHtmlEscaped());
    for (const QString &note : report.notesAfterRun())
        html += QStringLiteral("<p><b>%1</b> %2</p>\n").arg(tr("Note:"), note.toHtmlEscaped());
    html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th>"
                           "<th>%8</th></tr>\n")
                .arg(tr("Source"), tr("Target"), tr("Status"), tr("Read"), tr("Written"), tr("Rejected"),
                     tr("Seconds"), tr("Rejects file or error"));
    html += rows;
    html += QStringLiteral("<tr><th colspan=\"3\">%1</th><th>%2</th><th>%3</th><th>%4</th><th></th><th></th></tr>\n")
                .arg(tr("Total"), locale.toString(report.totalRead()), locale.toString(report.totalWritten()),
                     locale.toString(report.totalRejected()));
    html += QStringLiteral("</table>\n</body></html>\n");
    return html;
}

} // namespace barge
