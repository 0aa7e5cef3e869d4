#pragma once
// RejectsViewer: a table's rejected rows in a small window, as the rejects file holds them (the
// source's columns, each row's reason in `_error` and its place in the source in `_origin`), the
// reason and the place first. The file is read on a worker thread, its first rows only; the whole
// file opens in another program with a click. GUI thread only.

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>

class QLabel;
class QTableWidget;

namespace barge {

struct RejectsSample
{
    QStringList columns;        // as the file names them
    QList<QStringList> rows;    // the first ones
    bool more = false;          // the file holds more than those
    QString error;              // the file could not be read
};

class RejectsViewer : public QDialog
{
    Q_OBJECT

public:
    static constexpr int maxRows = 5000;

    RejectsViewer(const QString &file, const QString &table, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Emitted once the rows are shown (tests wait for it).
    Q_SIGNAL void loaded();

    // Reads the header and up to `limit` rows of a rejects file.
    static RejectsSample read(const QString &file, int limit);

private:
    void showSample(const RejectsSample &sample);

    QString m_file;
    QLabel *m_caption;
    QTableWidget *m_table;
    QFutureWatcher<RejectsSample> m_watcher;
};

} // namespace barge
