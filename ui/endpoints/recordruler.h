#pragma once
// RecordRuler: the first records of a fixed-width file under a ruler of byte positions, with the
// column boundaries drawn across them, as spreadsheet text-import wizards show them. A click on the
// ruler or the records sets a boundary before that position, or removes the one there; a boundary
// can be dragged. From the keyboard: Left/Right (Home/End) move the cursor, Space sets or removes
// the boundary at it. Each record is shown one character a byte, so positions are byte offsets.

#include <QList>
#include <QStringList>
#include <QWidget>

namespace barge {

class RecordRuler : public QWidget
{
    Q_OBJECT

public:
    explicit RecordRuler(QWidget *parent = nullptr);

    void setRecords(const QStringList &records, int recordLength);
    int recordLength() const { return m_length; }
    // Where columns start, ascending, each within 1..recordLength-1.
    QList<int> boundaries() const { return m_boundaries; }
    void setBoundaries(const QList<int> &boundaries);
    void toggleBoundary(int position);
    int cursorPosition() const { return m_cursor; }

    // The x of the line before byte `position` (for tests that click, and for painting).
    int xForPosition(int position) const;
    int rulerHeight() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void boundariesChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int positionAt(int x) const; // the nearest boundary position to x, in 1..length-1
    int charWidth() const;
    int lineHeight() const;
    void moveCursor(int position);

    QStringList m_records;
    int m_length = 0;
    QList<int> m_boundaries;
    int m_cursor = 1;
    int m_dragged = -1;     // the boundary being dragged (its position when pressed), -1: none
    bool m_dragMoved = false;
};

} // namespace barge
