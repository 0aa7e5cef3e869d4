#include "recordruler.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace barge {

namespace {

constexpr int margin = 4;

} // namespace

RecordRuler::RecordRuler(QWidget *parent) : QWidget(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setCursor(Qt::IBeamCursor);
}

int RecordRuler::charWidth() const
{
    return std::max(1, fontMetrics().horizontalAdvance(u'M'));
}

int RecordRuler::lineHeight() const
{
    return fontMetrics().height();
}

int RecordRuler::rulerHeight() const
{
    return lineHeight() + 10;
}

int RecordRuler::xForPosition(int position) const
{
    return margin + position * charWidth();
}

int RecordRuler::positionAt(int x) const
{
    const int position = (x - margin + charWidth() / 2) / charWidth();
    return std::clamp(position, 1, std::max(1, m_length - 1));
}

QSize RecordRuler::sizeHint() const
{
    return {xForPosition(m_length) + margin + charWidth(), rulerHeight() + int(m_records.size()) * lineHeight() + margin};
}

QSize RecordRuler::minimumSizeHint() const
{
    return {20 * charWidth(), rulerHeight() + 3 * lineHeight()};
}

void RecordRuler::setRecords(const QStringList &records, int recordLength)
{
    m_records = records;
    m_length = recordLength;
    QList<int> kept;
    for (const int b : std::as_const(m_boundaries)) {
        if (b > 0 && b < m_length)
            kept << b;
    }
    m_boundaries = kept;
    m_cursor = std::clamp(m_cursor, 1, std::max(1, m_length - 1));
    updateGeometry();
    resize(sizeHint());
    update();
}

void RecordRuler::setBoundaries(const QList<int> &boundaries)
{
    QList<int> sorted;
    for (const int b : boundaries) {
        if (b > 0 && b < m_length && !sorted.contains(b))
            sorted << b;
    }
    std::sort(sorted.begin(), sorted.end());
    if (sorted == m_boundaries)
        return;
    m_boundaries = sorted;
    update();
    Q_EMIT boundariesChanged();
}

void RecordRuler::toggleBoundary(int position)
{
    if (position <= 0 || position >= m_length)
        return;
    QList<int> next = m_boundaries;
    if (next.contains(position))
        next.removeAll(position);
    else
        next << position;
    setBoundaries(next);
}

void RecordRuler::moveCursor(int position)
{
    m_cursor = std::clamp(position, 1, std::max(1, m_length - 1));
    update();
}

void RecordRuler::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const int cw = charWidth();
    const int lh = lineHeight();
    const int top = rulerHeight();
    const int right = xForPosition(m_length);

    // Fields in alternating shades, so that what belongs together shows.
    QList<int> bounds{0};
    bounds << m_boundaries << m_length;
    const QColor shade = pal.color(QPalette::AlternateBase);
    for (qsizetype i = 0; i + 1 < bounds.size(); ++i) {
        if (i % 2 == 1)
            p.fillRect(QRect(xForPosition(bounds.at(i)), top, (bounds.at(i + 1) - bounds.at(i)) * cw, height() - top), shade);
    }

    // The ruler: a tick a byte, a longer one every 5, the position (from 1) every 10.
    p.fillRect(QRect(0, 0, width(), top), pal.color(QPalette::Button));
    p.setPen(pal.color(QPalette::ButtonText));
    for (int position = 0; position <= m_length; ++position) {
        const int x = xForPosition(position);
        const int tick = position % 10 == 0 ? 8 : position % 5 == 0 ? 5 : 2;
        p.drawLine(x, top - tick, x, top - 1);
        if (position % 10 == 0 && position < m_length)
            p.drawText(QRect(x + 2, 0, 10 * cw, top - 4), Qt::AlignLeft | Qt::AlignTop, QString::number(position + 1));
    }

    // The records, a character a byte.
    p.setPen(pal.color(QPalette::Text));
    for (qsizetype r = 0; r < m_records.size(); ++r) {
        const QString &record = m_records.at(r);
        const int baseline = top + int(r) * lh + fontMetrics().ascent();
        for (qsizetype c = 0; c < record.size() && c < m_length; ++c)
            p.drawText(xForPosition(int(c)), baseline, QString(record.at(c)));
    }
    // Past the record length: nothing is read there.
    p.fillRect(QRect(right, top, width() - right, height() - top), pal.color(QPalette::Window));

    // The boundaries, with a handle on the ruler.
    const QColor line = pal.color(QPalette::Highlight);
    p.setPen(QPen(line, 2));
    for (const int b : std::as_const(m_boundaries)) {
        const int x = xForPosition(b);
        p.drawLine(x, top - 7, x, height());
        // Under the numbers, above the records.
        const QPoint handle[] = {QPoint(x - 4, top - 7), QPoint(x + 4, top - 7), QPoint(x, top - 1)};
        p.setBrush(line);
        p.drawPolygon(handle, 3);
    }
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Text), 1, Qt::DotLine));
        const int x = xForPosition(m_cursor);
        p.drawLine(x, top, x, height());
    }
}

void RecordRuler::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_length < 2)
        return QWidget::mousePressEvent(event);
    const int position = positionAt(int(event->position().x()));
    moveCursor(position);
    m_dragged = m_boundaries.contains(position) ? position : -1;
    m_dragMoved = false;
    if (m_dragged < 0)
        toggleBoundary(position);
}

void RecordRuler::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragged < 0)
        return;
    const int position = positionAt(int(event->position().x()));
    if (position == m_dragged || m_boundaries.contains(position))
        return;
    QList<int> next = m_boundaries;
    next.removeAll(m_dragged);
    next << position;
    m_dragged = position;
    m_dragMoved = true;
    moveCursor(position);
    setBoundaries(next);
}

void RecordRuler::mouseReleaseEvent(QMouseEvent *event)
{
    // A click on a boundary that did not drag it takes it away.
    if (event->button() == Qt::LeftButton && m_dragged >= 0 && !m_dragMoved)
        toggleBoundary(m_dragged);
    m_dragged = -1;
}

void RecordRuler::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        moveCursor(m_cursor - 1);
        break;
    case Qt::Key_Right:
        moveCursor(m_cursor + 1);
        break;
    case Qt::Key_Home:
        moveCursor(1);
        break;
    case Qt::Key_End:
        moveCursor(m_length - 1);
        break;
    case Qt::Key_Space:
        toggleBoundary(m_cursor);
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
}

} // namespace barge
