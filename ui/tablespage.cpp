#include "tablespage.h"

#include "choicedelegate.h"
#include "engine/endpointscanner.h"
#include "errorcolors.h"
#include "migrationwizard.h"
#include "tableselectionmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace barge {

TablesPage::TablesPage(MigrationSetup *setup, QWidget *parent) : QWizardPage(parent), m_setup(setup)
{
    setTitle(tr("Tables"));
    setSubTitle(tr("Check the tables to copy. Double-click a target name or a mode to change it."));
    m_model = new TableSelectionModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(TableSelectionModel::SourceColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::UserRole);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter tables: a part of the name, or a pattern such as sales_*"));
    m_filter->setAccessibleName(tr("Filter tables"));
    m_filter->setToolTip(tr("A part of a table's name, or a pattern with * (any characters) and ? (one "
                            "character). Select all and Select none act on the tables shown."));
    m_filter->setClearButtonEnabled(true);
    m_all = new QPushButton(tr("Select &all"), this);
    m_none = new QPushButton(tr("Select n&one"), this);

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Source tables"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Widths from the rows in sight and 100 more, not from every row: measuring 500 rows held
    // the window still for 35 ms (bench/RESULTS-stall.md). The columns keep room to spare (populate).
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    m_view->setTabKeyNavigation(false);
    // A click on a header sorts by it; until then the tables are in the source's order.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    auto *modes = new ChoiceDelegate(this);
    QStringList labels;
    QVariantList values;
    for (TableMode mode : allTableModes) {
        labels << TableSelectionModel::modeLabel(mode);
        values << int(mode);
    }
    modes->setChoices(labels, values);
    m_view->setItemDelegateForColumn(TableSelectionModel::ModeColumn, modes);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Reading tables"));
    m_stopScan = new QPushButton(tr("Stop reading"), this);
    m_stopScan->setToolTip(tr("Stops after the table being read; the tables can be read again."));
    m_stopScan->hide();
    m_scanAgain = new QPushButton(tr("Read the tables again"), this);
    m_scanAgain->hide();
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_change = new QPushButton(this);
    m_change->hide();

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_all);
    tools->addWidget(m_none);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busy, 1);
    busyRow->addWidget(m_stopScan);
    layout->addLayout(busyRow);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_change, 0, Qt::AlignTop);
    noteRow->addWidget(m_scanAgain, 0, Qt::AlignTop);
    layout->addLayout(noteRow);
    setTabOrder(m_filter, m_all);
    setTabOrder(m_all, m_none);
    setTabOrder(m_none, m_view);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        // With * or ? the text is a pattern of the whole name; else a part of it.
        const QRegularExpression pattern(QRegularExpression::wildcardToRegularExpression(text.trimmed()),
                                         QRegularExpression::CaseInsensitiveOption);
        if ((text.contains(QLatin1Char('*')) || text.contains(QLatin1Char('?'))) && pattern.isValid())
            m_proxy->setFilterRegularExpression(pattern);
        else // a part of the name (also a text such as "a[b" that is no pattern)
            m_proxy->setFilterFixedString(text);
    });
    connect(m_all, &QPushButton::clicked, this, [this] { setVisibleChecked(true); });
    connect(m_none, &QPushButton::clicked, this, [this] { setVisibleChecked(false); });
    connect(m_model, &TableSelectionModel::selectionChanged, this, [this] {
        updateNote();
        Q_EMIT completeChanged();
    });
    connect(&m_watcher, &QFutureWatcher<EndpointsScan>::finished, this, &TablesPage::onScanned);
    // A server with many tables: how far the reading got, table by table.
    connect(&m_watcher, &QFutureWatcher<EndpointsScan>::progressRangeChanged, m_busy, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<EndpointsScan>::progressValueChanged, m_busy, &QProgressBar::setValue);
    connect(m_stopScan, &QPushButton::clicked, this, [this] {
        if (m_stopRequested)
            m_stopRequested->store(true);
        m_stopScan->setEnabled(false);
        m_note->setText(tr("Stopping after the table being read…"));
    });
    connect(m_scanAgain, &QPushButton::clicked, this, &TablesPage::startScan);
    connect(m_change, &QPushButton::clicked, this, [this] { Q_EMIT changeRequested(failedPage()); });
}

TablesPage::~TablesPage()
{
    // A read still going on stops after its table instead of holding up the application's exit.
    if (m_stopRequested)
        m_stopRequested->store(true);
}

int TablesPage::failedPage() const
{
    return m_setup->scan.failed == EndpointsScan::Side::Source ? MigrationWizard::SourcePageId
                                                                : MigrationWizard::TargetPageId;
}

void TablesPage::initializePage()
{
    if (m_setup->scanned && m_setup->scan.matches(m_setup->plan.source, m_setup->plan.target)) {
        populate();
        return;
    }
    startScan();
}

void TablesPage::startScan()
{
    m_setup->scanned = false;
    m_setup->scan = EndpointsScan(); // the last scan's error is no longer news
    m_model->populate(EndpointsScan(), {}, m_setup->defaultMode);
    m_busy->setRange(0, 0);
    m_busy->setFormat(tr("%v of %m tables"));
    m_busy->show();
    m_stopScan->setEnabled(true);
    m_stopScan->show();
    m_scanAgain->hide();
    m_view->setEnabled(false);
    m_note->setText(tr("Reading the tables of %1 and %2…").arg(m_setup->sourceName(), m_setup->targetName()));
    if (m_watcher.isRunning()) {
        // The same ends read again while a read is going on: it goes on, unless stopped anew.
        if (m_stopRequested)
            m_stopRequested->store(false);
        return;
    }
    m_stopRequested = std::make_shared<std::atomic<bool>>(false);
    m_watcher.setFuture(QtConcurrent::run(
        [source = m_setup->plan.source, target = m_setup->plan.target, stop = m_stopRequested](QPromise<EndpointsScan> &promise) {
            ScanControl control;
            control.progress = [&promise](int done, int total) {
                promise.setProgressRange(0, total);
                promise.setProgressValue(done);
            };
            control.stop = [stop] { return stop->load(); };
            promise.addResult(EndpointScanner::scanBoth(source, target, control));
        }));
}

void TablesPage::onScanned()
{
    EndpointsScan scan = m_watcher.result();
    // The user went back and changed an endpoint while this ran: scan again.
    if (!scan.matches(m_setup->plan.source, m_setup->plan.target)) {
        startScan();
        return;
    }
    m_busy->hide();
    m_stopScan->hide();
    m_view->setEnabled(true);
    m_setup->scan = scan;
    m_setup->scanned = scan.error.isEmpty();
    populate();
    if (!scan.error.isEmpty() && !scan.stopped) // a stop is the user's, not a fault of the source
        Q_EMIT settingFailed(failedPage(), scan.error);
    Q_EMIT loaded();
}

void TablesPage::populate()
{
    m_busy->hide();
    m_view->setEnabled(true);
    m_model->populate(m_setup->scan, m_setup->plan.tables, m_setup->defaultMode);
    m_view->resizeColumnsToContents();
    // Room to edit names and to read the mode labels, whatever the content is now.
    const int em = m_view->fontMetrics().averageCharWidth();
    for (int column = 0; column < TableSelectionModel::ExistsColumn; ++column)
        m_view->setColumnWidth(column, std::max(m_view->columnWidth(column) + 3 * em, 18 * em));
    updateNote();
    Q_EMIT completeChanged();
}

void TablesPage::setVisibleChecked(bool checked)
{
    QList<int> rows;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows << m_proxy->mapToSource(m_proxy->index(row, 0)).row();
    m_model->setAllChecked(checked, rows);
}

QString TablesPage::missing() const
{
    if (m_watcher.isRunning())
        return tr("Reading the tables…");
    if (m_setup->scan.stopped)
        return m_setup->scan.error;
    if (!m_setup->scan.error.isEmpty()) {
        return m_setup->scan.failed == EndpointsScan::Side::Source
            ? tr("The source, %1, cannot be read: %2").arg(m_setup->sourceName(), m_setup->scan.error)
            : tr("The target, %1, cannot be used: %2").arg(m_setup->targetName(), m_setup->scan.error);
    }
    if (m_model->rowCount() == 0)
        return tr("%1 has no tables.").arg(m_setup->sourceName());
    if (m_model->checkedCount() == 0)
        return tr("Check at least one table.");
    const QStringList duplicates = m_model->duplicateTargets();
    if (!duplicates.isEmpty())
        return tr("Two tables would be written into %1.").arg(duplicates.join(QStringLiteral(", ")));
    return QString();
}

void TablesPage::updateNote()
{
    const QString gap = missing();
    const bool unreadable = !m_watcher.isRunning() && !m_setup->scan.error.isEmpty() && !m_setup->scan.stopped;
    m_scanAgain->setVisible(!m_watcher.isRunning() && m_setup->scan.stopped);
    m_note->setStyleSheet(unreadable ? errorTextStyle(palette()) : QString());
    m_change->setVisible(unreadable);
    if (unreadable) {
        m_change->setText(m_setup->scan.failed == EndpointsScan::Side::Source ? tr("Change the &source…")
                                                                             : tr("Change the &target…"));
    }
    if (!gap.isEmpty() && !m_watcher.isRunning()) {
        m_note->setText(tr("To continue: %1").arg(gap));
        return;
    }
    if (gap.isEmpty())
        m_note->setText(tr("%1 of %n table(s) selected.", nullptr, m_model->rowCount()).arg(m_model->checkedCount()));
}

bool TablesPage::isComplete() const
{
    return m_setup->scanned && missing().isEmpty();
}

void TablesPage::cleanupPage()
{
    if (m_setup->scanned && m_model->rowCount() > 0)
        m_setup->plan.tables = m_model->selection(m_setup->plan.tables);
}

bool TablesPage::validatePage()
{
    m_setup->plan.tables = m_model->selection(m_setup->plan.tables);
    return true;
}

} // namespace barge
