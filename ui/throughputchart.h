#pragma once
// ThroughputChart: a small live line chart of rows per second over the run, drawn with the
// system palette so it reads in light and dark themes. A run too short for a line (under two
// seconds, every demo run) shows a bar per finished table instead: its rows per second.

#include <QList>
#include <QWidget>

namespace barge {

class ThroughputChart : public QWidget
{
    Q_OBJECT

public:
    explicit ThroughputChart(QWidget *parent = nullptr);

    void clear();
    // One sample: seconds since the start and rows read so far; the chart derives the rate.
    void addSample(double seconds, qint64 rows);
    // The last sample of a run, never dropped: a tail shorter than the sampling interval joins the
    // interval before it, so the peak is at least the run's average rate and never a spike.
    void finish(double seconds, qint64 rows);
    // A table that finished, with its own rate: a bar while the run is too short for a line.
    void addTable(const QString &name, double rowsPerSecond);
    // Whether the chart shows bars per table rather than a line over time.
    bool showsTables() const;
    // The highest rate drawn, in rows per second (0 before the first sample); the label shows it.
    double peak() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void append(double seconds, qint64 rows);
    void paintBars(QPainter &painter, const QRectF &area);
    // What a screen reader says of the chart: the last rate, or each table's.
    void describe();

    struct Point
    {
        double seconds;
        double rate;
    };
    QList<Point> m_points;
    struct Bar
    {
        QString name;
        double rate;
    };
    QList<Bar> m_tables;
    double m_lastSeconds = 0;
    qint64 m_lastRows = 0;
    double m_intervalSeconds = 0; // where the last point's interval starts
    qint64 m_intervalRows = 0;
};

} // namespace barge
