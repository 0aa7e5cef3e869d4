#include "reportpage.h"

#include "base/savefile.h"
#include "engine/planner.h"
#include "engine/reporthtml.h"
#include "base/messagepattern.h"
#include "migrationsetup.h"
#include "migrationwizard.h"
#include "notelist.h"
#include "rejectsviewer.h"
#include "wizardsettings.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace barge {

ReportPage::ReportPage(MigrationSetup *setup, QWidget *parent) : QWizardPage(parent), m_setup(setup)
{
    setTitle(tr("Report"));
    setSubTitle(tr("What the migration did, table by table."));
    setFinalPage(true);
    m_headline = new QLabel(this);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes = new NoteList(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Source"), tr("Target"), tr("Status"), tr("Read"), tr("Written"),
                                        tr("Rejected"), tr("Time"), tr("Rejected rows"), tr("Notes")});
    m_table->verticalHeader()->hide();
    // Notes (an error can be long) wrap inside the last column, which takes the room that is left.
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideRight); // a name too long for its column; the notes' rows fit them
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A row taller than the view (a long error) scrolls into view line by line, never cut off.
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // A title of two words may take two lines ("Abgewiesene / Zeilen"): German titles side by side
    // left the notes no room in a narrow window.
    m_table->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    m_table->setAccessibleName(tr("Report per table"));
    m_table->setTabKeyNavigation(false);
    m_table->viewport()->installEventFilter(this);
    // Made in the order they stand in their row, which is the order Tab visits them in.
    auto *json = new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), tr("Save as &JSON…"), this);
    auto *html = new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), tr("Save as &HTML…"), this);
    auto *profile = new QPushButton(QIcon(QStringLiteral(":/icons/profile.svg")), tr("Save as &profile…"), this);
    m_change = new QPushButton(this);
    m_change->hide();
    auto *again = new QPushButton(QIcon(QStringLiteral(":/icons/run.svg")), tr("Run &again"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(json);
    buttons->addWidget(html);
    buttons->addStretch();
    buttons->addWidget(profile);
    buttons->addWidget(m_change);
    buttons->addWidget(again);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_notes);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    // Double-click or Return on a row shows its notes in full, in a box whose text can be copied.
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex &index) { showNotes(index.row()); });
    connect(json, &QPushButton::clicked, this, [this] { chooseReportFile(false); });
    connect(html, &QPushButton::clicked, this, [this] { chooseReportFile(true); });
    connect(again, &QPushButton::clicked, this, &ReportPage::runAgainRequested);
    connect(profile, &QPushButton::clicked, this, &ReportPage::saveProfileRequested);
    connect(m_change, &QPushButton::clicked, this,
            [this] { Q_EMIT changeRequested(m_failure.pageId, m_failure.message, m_failure.unreachable); });
    connect(&m_locator, &QFutureWatcher<FailureLocation>::finished, this, [this] {
        m_failure = m_locator.result();
        showLocation();
    });
}

void ReportPage::showLocation()
{
    QString page;
    switch (m_failure.pageId) {
    case MigrationWizard::SourcePageId:
        m_change->setText(tr("Change the &source…"));
        page = tr("Source");
        break;
    case MigrationWizard::TargetPageId:
        m_change->setText(tr("Change the &target…"));
        page = tr("Target");
        break;
    case MigrationWizard::FieldMappingPageId:
        m_change->setText(tr("Change the &mapping…"));
        page = tr("Field mapping");
        break;
    case MigrationWizard::OptionsPageId:
        m_change->setText(tr("Change the &options…"));
        page = tr("Options");
        break;
    default:
        m_change->hide();
        return;
    }
    // Finishing an interrupted run skips the tables and mappings: only pages the way here went through.
    const bool reachable = wizard() && wizard()->visitedIds().contains(m_failure.pageId);
    m_change->setVisible(reachable);
    if (reachable) {
        m_status->setText(tr("To fix this, go back to the %1 page with “%2”: everything you set is kept.")
                              .arg(page, m_change->text().remove(QLatin1Char('&'))));
    }
}

void ReportPage::initializePage()
{
    const Report &report = m_setup->report;
    const QLocale locale;
    m_status->clear();
    m_change->hide();
    m_failure = FailureLocation();
    if (report.status == RunStatus::Failed && !m_locator.isRunning())
        m_locator.setFuture(QtConcurrent::run(&FailureLocator::locate, m_setup->plan, report));
    QString headline;
    // The count picks the plural form; the text shows the exact number.
    const int n = int(std::min<qint64>(report.totalWritten(), INT_MAX));
    switch (report.status) {
    case RunStatus::Ok:
    case RunStatus::Skipped:
        headline = tr("All done: %1 row(s) written into %2 in %3 s.", nullptr, n);
        break;
    case RunStatus::Rejected:
        headline = tr("Done, but some rows were rejected: %1 row(s) written into %2 in %3 s.", nullptr, n);
        break;
    case RunStatus::Cancelled:
        headline = tr("Stopped: %1 row(s) written into %2 in %3 s; the table list shows exactly where each table "
                      "stands.", nullptr, n);
        break;
    case RunStatus::Failed:
        headline = tr("The migration failed: %1 row(s) written into %2 in %3 s.", nullptr, n);
        break;
    }
    headline = headline.arg(locale.toString(report.totalWritten()), m_setup->targetName(),
                            locale.toString(report.seconds, 'f', 1));
    if (!report.error.isEmpty())
        headline += QLatin1Char('\n') + report.error;
    m_headline->setText(headline);
    const QStringList notes = report.notesAfterRun();
    m_notes->setNotes(tr("Notes on the plan (%1):").arg(notes.size()), notes);

    m_table->setRowCount(0);
    m_table->setRowCount(int(report.tables.size()));
    for (int row = 0; row < report.tables.size(); ++row) {
        const TableReport &t = report.tables.at(row);
        auto set = [&](int column, const QString &text, bool number) {
            auto *item = new QTableWidgetItem(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        };
        set(SourceColumn, t.source, false);
        set(TargetColumn, t.target, false);
        m_table->item(row, SourceColumn)->setToolTip(t.source);
        m_table->item(row, TargetColumn)->setToolTip(t.target);
        set(StatusColumn, runStatusText(t.status), false);
        if (!t.error.isEmpty())
            m_table->item(row, StatusColumn)->setToolTip(t.error);
        set(ReadColumn, locale.toString(t.read), true);
        set(WrittenColumn, locale.toString(t.written), true);
        set(RejectedColumn, locale.toString(t.rejected), true);
        set(TimeColumn, tr("%1 s").arg(locale.toString(t.seconds, 'f', 2)), true);
        // The last column carries what there is to say: the error, else the verify result.
        QStringList said{t.mergeSummary(), t.verification};
        said.removeAll(QString());
        const QString notes = said.join(QStringLiteral("; "));
        set(RejectsColumn, t.error.isEmpty() ? notes : t.error, false);
        m_table->item(row, RejectsColumn)->setToolTip(t.error);
        set(RejectsFileColumn, QString(), false);
        if (!t.rejectsFile.isEmpty())
            showRejectsLink(row, t.rejectsFile);
    }
    fitColumns();
}

// The room a column's title needs: its longest word, since titles wrap between words.
int ReportPage::titleWidth(int column) const
{
    const QFontMetrics metrics = m_table->horizontalHeader()->fontMetrics();
    int widest = 0;
    for (const QString &word : m_table->horizontalHeaderItem(column)->text().split(u' ', Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest;
}

void ReportPage::fitColumns()
{
    // Every column but the notes fits its content within bounds, and never below its header, so
    // that the notes column (when a table has notes) is on screen at 800x600 with room for a
    // readable line (about 30 characters); the names give way first (elided, whole in their tooltips), the status wraps,
    // the rejects file's name is shortened in the middle.
    const int em = m_table->fontMetrics().averageCharWidth();
    QHeaderView *header = m_table->horizontalHeader();
    // Room for the notes only when there are some: else the names take it, rather than being cut.
    bool anyNotes = false;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (const QTableWidgetItem *notes = m_table->item(row, RejectsColumn))
            anyNotes = anyNotes || !notes->text().isEmpty();
    }
    // The stretched last section never gets narrower than the header's default section size.
    const int notesRoom = std::max(header->defaultSectionSize(), anyNotes
        ? 30 * em
        : header->fontMetrics().horizontalAdvance(m_table->horizontalHeaderItem(RejectsColumn)->text()) + 2 * em);
    auto fit = [&](int column, int widest) {
        m_table->resizeColumnToContents(column);
        const int least = std::max(5 * em, titleWidth(column) + em + em / 2);
        m_table->setColumnWidth(column, std::clamp(m_table->columnWidth(column) + 2 * em, least, std::max(least, widest)));
        return m_table->columnWidth(column);
    };
    int used = 0;
    for (int column : {ReadColumn, WrittenColumn, RejectedColumn, TimeColumn})
        used += fit(column, 16 * em);
    // The status wraps between words, but no word is cut ("Fehlgeschlagen", "abgewiesenen").
    int statusWord = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (const QTableWidgetItem *status = m_table->item(row, StatusColumn)) {
            for (const QString &word : status->text().split(u' ', Qt::SkipEmptyParts))
                statusWord = std::max(statusWord, m_table->fontMetrics().horizontalAdvance(word));
        }
    }
    used += fit(StatusColumn, std::max(12 * em, statusWord + 2 * em));
    used += fit(RejectsFileColumn, 0); // as wide as its header; the link is shortened to fit
    const int room = m_table->viewport()->width() - notesRoom - used;
    const int names = std::clamp(room / 2, 6 * em, 22 * em);
    for (int column : {SourceColumn, TargetColumn})
        used += fit(column, names);
    // Room to spare (a wide window): the status on one line, the rejects file's whole name.
    int spare = m_table->viewport()->width() - notesRoom - used;
    auto widen = [&](int column, int wanted) {
        const int more = std::clamp(wanted - m_table->columnWidth(column), 0, std::max(0, spare));
        m_table->setColumnWidth(column, m_table->columnWidth(column) + more);
        spare -= more;
    };
    const int fitted = m_table->columnWidth(StatusColumn);
    m_table->resizeColumnToContents(StatusColumn);
    const int status = m_table->columnWidth(StatusColumn);
    m_table->setColumnWidth(StatusColumn, fitted);
    widen(StatusColumn, status + 2 * em);
    int fileName = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (auto *link = qobject_cast<QLabel *>(m_table->cellWidget(row, RejectsFileColumn)))
            fileName = std::max(fileName, link->fontMetrics().horizontalAdvance(QFileInfo(link->toolTip()).fileName()));
    }
    widen(RejectsFileColumn, fileName + 2 * em);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (auto *link = qobject_cast<QLabel *>(m_table->cellWidget(row, RejectsFileColumn)))
            showRejectsLink(row, link->toolTip());
    }
    // Titles that wrap need the lines they wrap to; the header draws them inside its margins. The
    // header shrinks back through the geometry update the column widths above schedule.
    const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    int lines = 1;
    for (int column = 0; column < ColumnCount; ++column) {
        const QRect wrapped = header->fontMetrics().boundingRect(QRect(0, 0, std::max(1, m_table->columnWidth(column) - margins), 1000),
                                                                 Qt::TextWordWrap, m_table->horizontalHeaderItem(column)->text());
        lines = std::max(lines, qRound(double(wrapped.height()) / header->fontMetrics().lineSpacing()));
    }
    header->setMinimumHeight(lines > 1 ? lines * header->fontMetrics().lineSpacing() + header->fontMetrics().height() / 2 : 0);
}

void ReportPage::showNotes(int row)
{
    const QTableWidgetItem *notes = m_table->item(row, RejectsColumn);
    if (!notes || notes->text().isEmpty())
        return;
    QMessageBox box(QMessageBox::Information, tr("Notes on %1").arg(m_table->item(row, TargetColumn)->text()),
                    notes->text(), QMessageBox::Close, this);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_notesBox = &box;
    box.exec();
    m_notesBox = nullptr;
}

// The columns share the width the table has now: refitted whenever its viewport is resized (the
// page's own resize comes before its layout has resized the table).
bool ReportPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            fitColumns();
    }
    return QWizardPage::eventFilter(watched, event);
}

void ReportPage::showRejectsLink(int row, const QString &file)
{
    // The file's name, shortened in the middle to the column's width; the tooltip has the path.
    const int width = m_table->columnWidth(RejectsFileColumn) - m_table->fontMetrics().averageCharWidth();
    const QString name = m_table->fontMetrics().elidedText(QFileInfo(file).fileName(), Qt::ElideMiddle, width);
    if (auto *shown = qobject_cast<QLabel *>(m_table->cellWidget(row, RejectsFileColumn))) {
        shown->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                           .arg(QUrl::fromLocalFile(file).toString().toHtmlEscaped(), name.toHtmlEscaped()));
        return;
    }
    auto *link = new QLabel(QStringLiteral("<a href=\"%1\">%2</a>")
                                .arg(QUrl::fromLocalFile(file).toString().toHtmlEscaped(), name.toHtmlEscaped()),
                            m_table);
    link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    link->setAccessibleName(tr("Open the rejected rows of %1").arg(m_table->item(row, TargetColumn)->text()));
    link->setToolTip(file);
    const QString table = m_table->item(row, TargetColumn)->text();
    connect(link, &QLabel::linkActivated, this, [this, file, table] {
        auto *viewer = new RejectsViewer(file, table, this);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->show();
    });
    m_table->setCellWidget(row, RejectsFileColumn, link);
}

bool ReportPage::saveJson(const QString &fileName, QString *error) const
{
    return writeWhole(fileName, m_setup->report.toJson(), error);
}

bool ReportPage::saveHtml(const QString &fileName, QString *error) const
{
    return writeWhole(fileName, ReportHtml::render(m_setup->report).toUtf8(), error);
}

void ReportPage::chooseReportFile(bool html)
{
    const QString start = WizardSettings::lastFolder(QStringLiteral("report"))
        + (html ? QStringLiteral("/report.html") : QStringLiteral("/report.json"));
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Save report"), start,
                                                          html ? tr("HTML files (*.html)") : tr("JSON files (*.json)"));
    if (fileName.isEmpty())
        return;
    WizardSettings::setLastFolder(QStringLiteral("report"), fileName);
    QString error;
    const bool ok = html ? saveHtml(fileName, &error) : saveJson(fileName, &error);
    m_status->setText(ok ? tr("Saved to %1.").arg(fileName) : tr("Could not save the report: %1").arg(error));
}

} // namespace barge
