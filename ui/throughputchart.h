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
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Point
    {
        double seconds;
        double rate;
    };
    QList<Point> m_points;
    double m_lastSeconds = 0;
    qint64 m_lastRows = 0;
};

} // namespace barge
