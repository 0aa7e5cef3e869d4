#pragma once
// CsvPreview: the first lines of a CSV file twice: as raw text and as the grid the current options
// make of them. Reading and parsing run on a worker thread; a newer request makes older results
// stale, so typing in the option fields never waits for the disk.

#include "endpoint/endpoint.h"
#include "schema/localformatguess.h"

#include <QFutureWatcher>
#include <QList>
#include <QStringList>
#include <QVariant>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace barge {

struct CsvSample
{
    QString file;
    QStringList rawLines;
    QStringList header;
    QList<QList<QVariant>> records;
    QChar delimiter;
    QString error;
    int generation = 0;
    // What the values of the file's first 64 KiB suggest about its local formats.
    FormatProposal proposal;

    // Reads the first lines of `file` and parses them with the endpoint's CSV options. Blocking.
    static CsvSample read(const QString &file, const Endpoint &options, int maxLines, int generation);
};

class CsvPreview : public QWidget
{
    Q_OBJECT

public:
    static constexpr int maxLines = 20;

    explicit CsvPreview(QWidget *parent = nullptr);

    // Shows `file` (one of the endpoint's files) parsed with the endpoint's options, soon.
    void showFile(const QString &file, const Endpoint &options);
    // Rows in the parsed grid (tests wait on this).
    int parsedRows() const;
    int parsedColumns() const;
    QStandardItemModel *gridModel() const { return m_model; }
    // The newest sample's proposal (LocalFormatGuess).
    FormatProposal proposal() const { return m_proposal; }

Q_SIGNALS:
    void updated();

private:
    void start();
    void present(const CsvSample &sample);

    QString m_file;
    Endpoint m_options;
    FormatProposal m_proposal;
    int m_generation = 0;
    QTimer *m_debounce = nullptr;
    QFutureWatcher<CsvSample> m_watcher;
    QLabel *m_caption = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QTableView *m_grid = nullptr;
    QStandardItemModel *m_model = nullptr;
};

} // namespace barge
