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
    update();
}

void ThroughputChart::addSample(double seconds, qint64 rows)
{
    // Samples closer than a quarter second apart make a jittery line; wait for the next one.
    if (seconds - m_lastSeconds < 0.25 && !m_points.isEmpty())
        return;
    const double rate = seconds > m_lastSeconds ? (rows - m_lastRows) / (seconds - m_lastSeconds) : 0.0;
    m_points << Point{seconds, std::max(0.0, rate)};
    m_lastSeconds = seconds;
    m_lastRows = rows;
    setAccessibleDescription(tr("%1 rows per second").arg(QLocale().toString(qRound64(rate))));
    update();
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
    double top = 1;
    for (const Point &p : m_points)
        top = std::max(top, p.rate);
    const double span = m_points.isEmpty() ? 1.0 : std::max(1.0, m_points.last().seconds);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRectF(rect()).adjusted(6, 0, -6, 0), Qt::AlignTop | Qt::AlignLeft,
                     tr("Rows per second (peak %1)").arg(QLocale().toString(qRound64(top))));
    if (m_points.size() < 2)
        return;
    QPainterPath line;
    for (int i = 0; i < m_points.size(); ++i) {
        const QPointF at(area.left() + area.width() * m_points.at(i).seconds / span,
                         area.bottom() - (area.height() - 4) * m_points.at(i).rate / top);
        if (i == 0)
            line.moveTo(at);
        else
            line.lineTo(at);
    }
    QPen pen(palette().color(QPalette::Highlight), 2);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(line);
}

} // namespace barge
