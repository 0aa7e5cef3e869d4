#include "throughputchart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace barge {

ThroughputChart::ThroughputChart(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Throughput chart"));
    setMinimumHeight(80);
}

void ThroughputChart::clear()
{
    m_points.clear();
    m_tables.clear();
    m_lastSeconds = 0;
    m_lastRows = 0;
    m_intervalSeconds = 0;
    m_intervalRows = 0;
    describe();
    update();
}

void ThroughputChart::addSample(double seconds, qint64 rows)
{
    // Samples closer than a quarter second apart make a jittery line; wait for the next one.
    if (seconds - m_lastSeconds < 0.25 && !m_points.isEmpty())
        return;
    append(seconds, rows);
}

void ThroughputChart::finish(double seconds, qint64 rows)
{
    if (seconds <= m_lastSeconds || (rows == m_lastRows && !m_points.isEmpty()))
        return;
    if (seconds - m_lastSeconds < 0.25 && !m_points.isEmpty()) {
        m_points.removeLast();
        m_lastSeconds = m_intervalSeconds;
        m_lastRows = m_intervalRows;
    }
    append(seconds, rows);
}

void ThroughputChart::append(double seconds, qint64 rows)
{
    const double rate = seconds > m_lastSeconds ? (rows - m_lastRows) / (seconds - m_lastSeconds) : 0.0;
    m_points << Point{seconds, std::max(0.0, rate)};
    m_intervalSeconds = m_lastSeconds;
    m_intervalRows = m_lastRows;
    m_lastSeconds = seconds;
    m_lastRows = rows;
    describe();
    update();
}

void ThroughputChart::describe()
{
    const QLocale locale;
    if (showsTables()) {
        QStringList described;
        for (const Bar &bar : std::as_const(m_tables))
            described << tr("%1: %2 rows per second").arg(bar.name, locale.toString(qRound64(bar.rate)));
        setAccessibleDescription(described.join(QStringLiteral("; ")));
    } else {
        setAccessibleDescription(m_points.isEmpty() ? QString()
                                                    : tr("%1 rows per second").arg(locale.toString(qRound64(m_points.last().rate))));
    }
}

void ThroughputChart::addTable(const QString &name, double rowsPerSecond)
{
    m_tables << Bar{name, std::max(0.0, rowsPerSecond)};
    describe();
    update();
}

bool ThroughputChart::showsTables() const
{
    // Two seconds make a line worth reading; shorter runs are a few samples at best.
    return !m_tables.isEmpty() && (m_points.isEmpty() || m_points.last().seconds < 2.0);
}

double ThroughputChart::peak() const
{
    double top = 0;
    for (const Point &p : m_points)
        top = std::max(top, p.rate);
    return top;
}

QSize ThroughputChart::sizeHint() const
{
    return QSize(400, 110);
}

void ThroughputChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(4, 18, -4, -4);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(area, 4, 4);
    if (showsTables()) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(rect()).adjusted(6, 0, -6, 0), Qt::AlignTop | Qt::AlignLeft,
                         tr("Rows per second, by table"));
        paintBars(painter, area);
        return;
    }
    const double top = std::max(1.0, peak());
    const double span = m_points.isEmpty() ? 1.0 : std::max(1.0, m_points.last().seconds);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRectF(rect()).adjusted(6, 0, -6, 0), Qt::AlignTop | Qt::AlignLeft,
                     tr("Rows per second (peak %1)").arg(QLocale().toString(qRound64(peak()))));
    if (m_points.isEmpty())
        return;
    // Each rate is that of the interval up to its point; the first holds from the start, so a run
    // shorter than a sample interval still shows its one rate, the peak the label names.
    auto y = [&](double rate) { return area.bottom() - (area.height() - 4) * rate / top; };
    QPainterPath line(QPointF(area.left(), y(m_points.first().rate)));
    for (const Point &p : m_points)
        line.lineTo(QPointF(area.left() + area.width() * p.seconds / span, y(p.rate)));
    QPen pen(palette().color(QPalette::Highlight), 2);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(line);
}

// One bar per table, longest for the fastest, each with its name and rate: as many as fit, the
// rest summed up in a last line.
void ThroughputChart::paintBars(QPainter &painter, const QRectF &area)
{
    const QFontMetrics metrics = fontMetrics();
    const double rowHeight = metrics.height() + 6;
    const int fitting = std::max(1, int((area.height() - 6) / rowHeight));
    const int shown = int(m_tables.size()) > fitting ? fitting - 1 : int(m_tables.size());
    double top = 1;
    for (const Bar &bar : m_tables)
        top = std::max(top, bar.rate);
    const QLocale locale;
    const double labelWidth = std::min(area.width() * 0.4, double(metrics.averageCharWidth() * 18));
    for (int i = 0; i < shown; ++i) {
        const Bar &bar = m_tables.at(i);
        const QRectF row(area.left() + 6, area.top() + 4 + i * rowHeight, area.width() - 12, rowHeight - 2);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(row.left(), row.top(), labelWidth - 4, row.height()), Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(bar.name, Qt::ElideMiddle, int(labelWidth - 4)));
        const QString rate = locale.toString(qRound64(bar.rate));
        const double rateWidth = metrics.horizontalAdvance(rate) + 8;
        const double room = std::max(0.0, row.width() - labelWidth - rateWidth);
        const QRectF fill(row.left() + labelWidth, row.top() + 2, std::max(2.0, room * bar.rate / top), row.height() - 4);
        painter.fillRect(fill, palette().color(QPalette::Highlight));
        painter.drawText(QRectF(fill.right() + 4, row.top(), rateWidth, row.height()), Qt::AlignVCenter | Qt::AlignLeft, rate);
    }
    if (shown < m_tables.size()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRectF(area.left() + 6, area.top() + 4 + shown * rowHeight, area.width() - 12, rowHeight - 2),
                         Qt::AlignVCenter | Qt::AlignLeft, tr("… and %n more table(s)", nullptr, int(m_tables.size()) - shown));
    }
}

} // namespace barge
