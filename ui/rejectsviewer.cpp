#include "rejectsviewer.h"

#include "io/csv/csvparser.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace barge {

RejectsViewer::RejectsViewer(const QString &file, const QString &table, QWidget *parent)
    : QDialog(parent), m_file(file)
{
    setWindowTitle(tr("Rejected rows of %1").arg(table));
    m_caption = new QLabel(tr("Reading %1…").arg(QFileInfo(file).fileName()), this);
    m_caption->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setAccessibleName(tr("Rejected rows"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("&Open the file"), QDialogButtonBox::ActionRole);
    open->setToolTip(file);
    connect(open, &QPushButton::clicked, this, [file] { QDesktopServices::openUrl(QUrl::fromLocalFile(file)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 420);
    connect(&m_watcher, &QFutureWatcher<RejectsSample>::finished, this, [this] { showSample(m_watcher.result()); });
    m_watcher.setFuture(QtConcurrent::run(&RejectsViewer::read, file, maxRows));
}

RejectsSample RejectsViewer::read(const QString &file, int limit)
{
    RejectsSample sample;
    QFile device(file);
    if (!device.open(QIODevice::ReadOnly)) {
        sample.error = device.errorString();
        return sample;
    }
    CsvDialect dialect; // as RejectSink writes it: UTF-8, commas, quotes, a header
    dialect.detectDelimiter = false;
    CsvParser parser(&device, dialect);
    QList<QVariant> fields;
    QString problem;
    bool header = true;
    while (parser.readRecord(fields, &problem)) {
        QStringList texts;
        for (const QVariant &field : std::as_const(fields))
            texts << field.toString();
        if (header) {
            sample.columns = texts;
            header = false;
        } else if (sample.rows.size() < limit) {
            sample.rows << texts;
        } else {
            sample.more = true;
            break;
        }
    }
    if (!parser.error().isEmpty())
        sample.error = parser.error();
    return sample;
}

void RejectsViewer::showSample(const RejectsSample &sample)
{
    const QLocale locale;
    if (!sample.error.isEmpty()) {
        m_caption->setText(tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(m_file), sample.error));
        Q_EMIT loaded();
        return;
    }
    // The reason and the place first, then the row as the source had it.
    QList<int> order;
    for (const QString &name : {QStringLiteral("_error"), QStringLiteral("_origin")}) {
        if (sample.columns.contains(name))
            order << int(sample.columns.indexOf(name));
    }
    for (int c = 0; c < sample.columns.size(); ++c) {
        if (!order.contains(c))
            order << c;
    }
    QStringList headers;
    for (int c : std::as_const(order)) {
        const QString name = sample.columns.at(c);
        headers << (name == QLatin1String("_error") ? tr("Why") : name == QLatin1String("_origin") ? tr("Where") : name);
    }
    m_table->setColumnCount(int(order.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(sample.rows.size()));
    for (int r = 0; r < sample.rows.size(); ++r) {
        const QStringList &row = sample.rows.at(r);
        for (int c = 0; c < order.size(); ++c) {
            auto *item = new QTableWidgetItem(row.value(order.at(c)));
            item->setToolTip(item->text());
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    const int limit = 60 * m_table->fontMetrics().averageCharWidth();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), limit));
    m_caption->setText(sample.more
                           ? tr("The first %1 rejected rows of %2, each with why it was rejected and where it came from; "
                                "the file holds more.")
                                 .arg(locale.toString(sample.rows.size()), QDir::toNativeSeparators(m_file))
                           : tr("%n rejected row(s) from %1, each with why it was rejected and where it came from.", nullptr,
                                int(sample.rows.size()))
                                 .arg(QDir::toNativeSeparators(m_file)));
    Q_EMIT loaded();
}

} // namespace barge
