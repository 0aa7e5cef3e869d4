#include "csvpreview.h"

#include "io/codepage.h"
#include "io/csv/csvintrospector.h"
#include "io/csv/csvparser.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStringDecoder>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace barge {

namespace {

QString decodeForDisplay(const QByteArray &bytes, const QString &encoding)
{
    const QString canonical = CsvDialect::canonicalEncoding(encoding);
    if (!canonical.isEmpty() && !CsvDialect::isUnicode(canonical))
        return CodePage::find(canonical)->decode(bytes);
    std::optional<QStringConverter::Encoding> known = QStringConverter::encodingForName(canonical.toLatin1().constData());
    QStringDecoder decoder(known.value_or(QStringConverter::Utf8));
    return decoder.decode(bytes);
}

} // namespace

CsvSample CsvSample::read(const QString &file, const Endpoint &options, int maxLines, int generation)
{
    CsvSample sample;
    sample.file = file;
    sample.generation = generation;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        sample.error = in.errorString();
        return sample;
    }
    QByteArray head = in.read(64 * 1024);
    std::optional<CsvDialect> dialect = CsvDialect::fromEndpoint(options, &sample.error);
    if (!dialect)
        return sample;
    QString text = decodeForDisplay(head, dialect->encoding);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    sample.rawLines = text.split(QRegularExpression(QStringLiteral("\r\n|\n|\r"))).mid(0, maxLines);

    QBuffer buffer(&head);
    buffer.open(QIODevice::ReadOnly);
    CsvParser parser(&buffer, *dialect);
    if (!parser.start()) {
        sample.error = parser.error();
        return sample;
    }
    sample.delimiter = parser.delimiter();
    QList<QVariant> record;
    QString problem;
    bool first = true;
    // The whole head is parsed for the format proposal; the grid shows its first lines.
    QList<QList<QVariant>> parsed;
    while (parsed.size() < LocalFormatGuess::sampleSize && parser.readRecord(record, &problem)) {
        if (first && dialect->header) {
            sample.header = CsvIntrospector::columnNames(record, int(record.size()), true);
        } else {
            if (sample.records.size() < maxLines)
                sample.records << record;
            if (problem.isEmpty())
                parsed << record;
        }
        problem.clear();
        first = false;
    }
    if (in.size() > head.size() && !parsed.isEmpty())
        parsed.removeLast(); // it may be cut off where the head ends
    QList<QStringList> columns;
    for (const QList<QVariant> &values : parsed) {
        if (values.size() > columns.size())
            columns.resize(values.size());
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (values.at(i).isValid())
                columns[i] << values.at(i).toString();
        }
    }
    const QStringList names = sample.header.isEmpty()
        ? CsvIntrospector::columnNames({}, int(columns.size()), false) : sample.header;
    sample.proposal = LocalFormatGuess::propose(names, columns);
    return sample;
}

CsvPreview::CsvPreview(QWidget *parent) : QWidget(parent)
{
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_raw = new QPlainTextEdit(this);
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setAccessibleName(tr("First lines of the file as written"));
    m_raw->setTabChangesFocus(true);
    m_model = new QStandardItemModel(this);
    m_grid = new QTableView(this);
    m_grid->setModel(m_model);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setAccessibleName(tr("First rows as Barge reads them"));
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 6);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_raw);
    split->addWidget(m_grid);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(split, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &CsvPreview::start);
    connect(&m_watcher, &QFutureWatcher<CsvSample>::finished, this, [this] { present(m_watcher.result()); });
}

void CsvPreview::showFile(const QString &file, const Endpoint &options)
{
    m_file = file;
    m_options = options;
    ++m_generation;
    m_debounce->start();
}

void CsvPreview::start()
{
    if (m_file.isEmpty() || !QFileInfo(m_file).isFile()) {
        m_model->clear();
        m_raw->clear();
        m_caption->setText(tr("Choose a CSV file to see its first lines here."));
        Q_EMIT updated();
        return;
    }
    if (m_watcher.isRunning()) {
        m_debounce->start(); // one read at a time; the newest options win
        return;
    }
    m_caption->setText(tr("Reading %1…").arg(QFileInfo(m_file).fileName()));
    m_watcher.setFuture(QtConcurrent::run(&CsvSample::read, m_file, m_options, int(maxLines), m_generation));
}

void CsvPreview::present(const CsvSample &sample)
{
    if (sample.generation != m_generation)
        return; // the options changed while this was read; a newer read is queued
    m_proposal = sample.proposal;
    m_raw->setPlainText(sample.rawLines.join(QLatin1Char('\n')));
    m_model->clear();
    if (!sample.error.isEmpty()) {
        m_caption->setText(tr("Cannot read %1: %2").arg(QFileInfo(sample.file).fileName(), sample.error));
        Q_EMIT updated();
        return;
    }
    int columns = int(sample.header.size());
    for (const QList<QVariant> &record : sample.records)
        columns = std::max(columns, int(record.size()));
    m_model->setColumnCount(columns);
    m_model->setHorizontalHeaderLabels(sample.header);
    for (const QList<QVariant> &record : sample.records) {
        QList<QStandardItem *> items;
        for (const QVariant &value : record) {
            auto *item = new QStandardItem(value.isValid() ? value.toString() : QStringLiteral("NULL"));
            if (!value.isValid())
                item->setForeground(palette().placeholderText());
            items << item;
        }
        m_model->appendRow(items);
    }
    const QString delimiter = sample.delimiter == QLatin1Char('\t') ? tr("tab") : QString(sample.delimiter);
    m_caption->setText(tr("%1: first %n row(s)", nullptr, int(sample.records.size())).arg(QFileInfo(sample.file).fileName())
                       + QStringLiteral(", ") + tr("%n column(s)", nullptr, columns) + QStringLiteral(", ")
                       + tr("delimiter “%1”.").arg(delimiter));
    m_grid->resizeColumnsToContents();
    const int em = m_grid->fontMetrics().averageCharWidth();
    for (int column = 0; column < columns; ++column)
        m_grid->setColumnWidth(column, std::min(std::max(m_grid->columnWidth(column) + 2 * em, 10 * em), 40 * em));
    Q_EMIT updated();
}

int CsvPreview::parsedRows() const
{
    return m_model->rowCount();
}

int CsvPreview::parsedColumns() const
{
    return m_model->columnCount();
}

} // namespace barge
