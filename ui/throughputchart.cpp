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
    m_lastSeconds = 0;
    m_lastRows = 0;
    m_intervalSeconds = 0;
    m_intervalRows = 0;
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
    setAccessibleDescription(tr("%1 rows per second").arg(QLocale().toString(qRound64(rate))));
    update();
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

} // namespace barge
