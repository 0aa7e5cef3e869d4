#pragma once
// ThroughputChart: a small live line chart of rows per second over the run, drawn with the
// system palette so it reads in light and dark themes.

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
    // The highest rate drawn, in rows per second (0 before the first sample); the label shows it.
    double peak() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void append(double seconds, qint64 rows);

    struct Point
    {
        double seconds;
        double rate;
    };
    QList<Point> m_points;
    double m_lastSeconds = 0;
    qint64 m_lastRows = 0;
    double m_intervalSeconds = 0; // where the last point's interval starts
    qint64 m_intervalRows = 0;
};

} // namespace barge
