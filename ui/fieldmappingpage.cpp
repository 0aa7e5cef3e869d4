#include "fieldmappingpage.h"

#include "choicedelegate.h"
#include "endpoint/nestedobjects.h"
#include "errorcolors.h"
#include "fieldmappinggridmodel.h"
#include "mapping/automatcher.h"
#include "migrationsetup.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace barge {

FieldMappingPage::FieldMappingPage(MigrationSetup *setup, QWidget *parent) : QWizardPage(parent), m_setup(setup)
{
    setTitle(tr("Field mapping"));
    setSubTitle(tr("Choose what goes into each target column. The preview shows the first rows exactly as "
                   "they will be written; red cells would be rejected."));
    m_tables = new QComboBox(this);
    m_tables->setAccessibleName(tr("Table to map"));
    m_autoMatch = new QPushButton(QIcon(QStringLiteral(":/icons/automatch.svg")), tr("&Match by name"), this);
    m_autoMatch->setToolTip(tr("Pair every target column with the source column of the same name again."));
    m_nested = new QPushButton(this);
    m_nested->setToolTip(tr("A nested object of the source is either flattened into a column per field "
                            "(address.city, address.zip) or kept as one JSON column (address)."));
    m_nested->hide();

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Find a column"));
    m_search->setAccessibleName(tr("Find a column"));
    m_search->setToolTip(tr("Shows only the columns whose target or source name holds this text."));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &FieldMappingPage::applySearch);

    m_grid = new QTableView(this);
    m_grid->setAccessibleName(tr("Field mappings"));
    m_grid->verticalHeader()->hide();
    m_grid->horizontalHeader()->setStretchLastSection(true);
    // The arrow keys move between cells; an editor opens on F2, Return, a double click or typing.
    // (Opening one whenever the current cell changed let the next arrow key change its value.)
    m_grid->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                            | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_grid->setTabKeyNavigation(false);
    m_grid->installEventFilter(this);
    auto *sources = new ChoiceDelegate(this);
    auto *types = new ChoiceDelegate(this);
    types->setEditable(true);
    types->setInputCheck([](const QModelIndex &index, const QString &text) {
        const auto *model = qobject_cast<const FieldMappingModel *>(index.model());
        return model ? model->typeProblem(text) : QString();
    });
    m_inputError = new QLabel(this);
    m_inputError->setWordWrap(true);
    m_inputError->setObjectName(QStringLiteral("inputError"));
    m_inputError->setStyleSheet(errorTextStyle(palette()));
    m_inputError->hide();
    connect(types, &ChoiceDelegate::inputRejected, this, &FieldMappingPage::showInputError);
    connect(types, &QAbstractItemDelegate::closeEditor, this, [this](QWidget *, QAbstractItemDelegate::EndEditHint hint) {
        if (hint == QAbstractItemDelegate::RevertModelCache)
            showInputError(QString());
    });
    m_grid->setItemDelegateForColumn(FieldMappingModel::SourceColumn, sources);
    m_grid->setItemDelegateForColumn(FieldMappingModel::TypeColumn, types);

    m_previewModel = new QStandardItemModel(this);
    m_preview = new QTableView(this);
    m_preview->setModel(m_previewModel);
    m_preview->setAccessibleName(tr("Preview of the rows as they will be written"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setTabKeyNavigation(false);
    m_previewCaption = new QLabel(this);
    m_previewCaption->setWordWrap(true);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);

    auto *top = new QHBoxLayout;
    auto *tableLabel = new QLabel(tr("&Table:"), this);
    tableLabel->setBuddy(m_tables);
    top->addWidget(tableLabel);
    top->addWidget(m_tables, 1);
    top->addWidget(m_search, 1);
    top->addWidget(m_nested);
    top->addWidget(m_autoMatch);
    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewCaption);
    previewLayout->addWidget(m_preview, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    auto *gridBox = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridBox);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(m_grid, 1);
    gridLayout->addWidget(m_inputError);
    split->addWidget(gridBox);
    split->addWidget(previewBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_note);
    setTabOrder(m_tables, m_search);
    setTabOrder(m_search, m_nested);
    setTabOrder(m_nested, m_autoMatch);
    setTabOrder(m_autoMatch, m_grid);
    setTabOrder(m_grid, m_preview);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &FieldMappingPage::startPreview);
    connect(&m_watcher, &QFutureWatcher<MappingPreview>::finished, this,
            [this] { presentPreview(m_watcher.result()); });
    connect(m_tables, &QComboBox::currentIndexChanged, this, &FieldMappingPage::showTable);
    connect(m_nested, &QPushButton::clicked, this, &FieldMappingPage::reshapeNested);
    connect(&m_rescan, &QFutureWatcher<EndpointsScan>::finished, this, [this] { applyReshape(m_rescan.result()); });
    connect(m_autoMatch, &QPushButton::clicked, this, [this] {
        if (FieldMappingModel *model = currentModel())
            model->autoMatch();
    });
}

FieldMappingModel *FieldMappingPage::currentModel() const
{
    const int index = m_tables->currentData().toInt();
    return index >= 0 && index < m_models.size() ? m_models.at(index) : nullptr;
}

void FieldMappingPage::initializePage()
{
    qDeleteAll(m_models);
    m_models.clear();
    const QSignalBlocker blocker(m_tables);
    m_tables->clear();
    const QList<TableMapping> &tables = m_setup->plan.tables;
    for (int i = 0; i < tables.size(); ++i) {
        const TableMapping &table = tables.at(i);
        auto *model = new FieldMappingGridModel(this);
        std::optional<TableSchema> existing;
        const bool kept = table.mode != TableMode::Replace && m_setup->scan.targetHas(table.target);
        if (kept)
            existing = m_setup->scan.targetSchemas.value(table.target);
        model->setTable(table, m_setup->scan.sourceSchemas.value(table.source), existing,
                        m_setup->plan.target.dialect());
        m_models << model;
        connect(model, &FieldMappingModel::mappingChanged, this, [this, model] {
            showInputError(QString());
            if (model == currentModel())
                schedulePreview();
            updateNote();
            Q_EMIT completeChanged();
        });
        if (table.mode == TableMode::Skip)
            continue; // skipped tables keep their mapping but are not shown
        const QString label = table.source == table.target ? table.source
                                                           : QStringLiteral("%1 → %2").arg(table.source, table.target);
        m_tables->addItem(QIcon(QStringLiteral(":/icons/table.svg")), label, i);
    }
    showTable(0);
    updateNote();
}

void FieldMappingPage::showTable(int)
{
    FieldMappingModel *model = currentModel();
    m_grid->setModel(model);
    m_previewModel->clear();
    updateNestedButton();
    if (!model)
        return;
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this, &FieldMappingPage::updateNestedButton);
    connect(model, &QAbstractItemModel::modelReset, this, &FieldMappingPage::applySearch, Qt::UniqueConnection);
    connect(model, &QAbstractItemModel::rowsInserted, this, &FieldMappingPage::applySearch, Qt::UniqueConnection);
    applySearch();
    m_grid->resizeColumnsToContents();
    const int em = m_grid->fontMetrics().averageCharWidth();
    for (int column = 0; column < FieldMappingModel::DefaultColumn; ++column)
        m_grid->setColumnWidth(column, std::max(m_grid->columnWidth(column) + 3 * em, 14 * em));
    schedulePreview();
}

void FieldMappingPage::applySearch()
{
    const FieldMappingModel *model = currentModel();
    const QString text = m_search->text().trimmed();
    for (int row = 0; model && row < model->rowCount(); ++row) {
        const bool shown = text.isEmpty()
            || model->index(row, FieldMappingModel::TargetColumn).data().toString().contains(text, Qt::CaseInsensitive)
            || model->sourceColumnAt(row).contains(text, Qt::CaseInsensitive);
        m_grid->setRowHidden(row, !shown);
    }
    // The current cell stays where it can be seen: Return or a typed key must not edit a hidden row.
    const QModelIndex current = m_grid->currentIndex();
    if (model && current.isValid() && m_grid->isRowHidden(current.row())) {
        QModelIndex visible;
        for (int row = 0; row < model->rowCount() && !visible.isValid(); ++row) {
            if (!m_grid->isRowHidden(row))
                visible = model->index(row, current.column());
        }
        if (visible.isValid())
            m_grid->setCurrentIndex(visible);
        else
            m_grid->selectionModel()->clearCurrentIndex();
    }
}

void FieldMappingPage::showInputError(const QString &problem)
{
    m_inputError->setText(problem);
    m_inputError->setVisible(!problem.isEmpty());
}

bool FieldMappingPage::eventFilter(QObject *watched, QEvent *event)
{
    // Return on a cell edits it, as F2 does, instead of pressing Next behind the user's back.
    // (An open editor has the focus, so the grid sees no keys while one is open.)
    if (watched == m_grid && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const QModelIndex current = m_grid->currentIndex();
        if (current.isValid() && m_grid->isRowHidden(current.row()))
            return key != Qt::Key_Tab && key != Qt::Key_Backtab; // no editing a row the search hides
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && current.isValid()
            && (current.flags() & Qt::ItemIsEditable)) {
            m_grid->edit(current);
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void FieldMappingPage::schedulePreview()
{
    ++m_generation;
    m_previewCaption->setText(tr("Preparing the preview…"));
    m_debounce->start();
}

void FieldMappingPage::startPreview()
{
    FieldMappingModel *model = currentModel();
    if (!model)
        return;
    if (m_watcher.isRunning()) {
        m_debounce->start(); // the newest mapping wins once the running preview is done
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(&MappingPreview::compute, m_setup->plan.source, model->mapping(),
                                          int(previewRows), m_generation));
}

// A value as the preview shows it: booleans and numbers in the wizard's language, bytes counted.
QString FieldMappingPage::displayText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return tr("%n byte(s)", nullptr, int(value.toByteArray().size()));
    case QMetaType::Bool:
        return value.toBool() ? tr("true") : tr("false");
    default:
        return value.toString();
    }
}

void FieldMappingPage::presentPreview(const MappingPreview &preview)
{
    if (preview.generation != m_generation)
        return;
    m_previewModel->clear();
    m_failedCells = preview.failedCells();
    if (!preview.error.isEmpty()) {
        m_previewCaption->setText(tr("No preview: %1").arg(preview.error));
        Q_EMIT previewUpdated();
        return;
    }
    m_previewModel->setHorizontalHeaderLabels(preview.columns);
    for (const QList<PreviewCell> &row : preview.rows) {
        QList<QStandardItem *> items;
        for (const PreviewCell &cell : row) {
            auto *item = new QStandardItem;
            if (!cell.error.isEmpty()) {
                // A value that cannot be read shows as read (its bad bytes as �); one that does not
                // convert says it is rejected.
                item->setText(cell.text.isEmpty() ? tr("✖ rejected") : QStringLiteral("✖ ") + cell.text);
                item->setToolTip(cell.error);
                // Explicit colours on both roles, chosen for the palette, keep the cell readable.
                item->setBackground(errorCellBackground(palette()));
                item->setForeground(errorCellText(palette()));
            } else if (!cell.value.isValid()) {
                item->setText(QStringLiteral("NULL"));
                item->setForeground(palette().placeholderText());
            } else {
                item->setText(displayText(cell.value));
            }
            items << item;
        }
        m_previewModel->appendRow(items);
    }
    m_preview->resizeColumnsToContents();
    const int em = m_preview->fontMetrics().averageCharWidth();
    for (int column = 0; column < m_previewModel->columnCount(); ++column)
        m_preview->setColumnWidth(column, std::min(std::max(m_preview->columnWidth(column) + 2 * em, 10 * em), 40 * em));
    if (!preview.encodingError.isEmpty())
        m_previewCaption->setText(tr("Preview: %1").arg(preview.encodingError));
    else if (preview.rows.isEmpty())
        m_previewCaption->setText(tr("Preview: %1 has no rows to show.").arg(currentModel()->mapping().source));
    else if (m_failedCells == 0)
        m_previewCaption->setText(tr("Preview: the first %n row(s) as they will be written.", nullptr,
                                     int(preview.rows.size())));
    else
        m_previewCaption->setText(tr("Preview: %n cell(s) would be rejected; hover over a red cell for the reason.",
                                     nullptr, m_failedCells));
    Q_EMIT previewUpdated();
}

QStringList FieldMappingPage::problems() const
{
    QStringList found;
    for (int i = 0; i < m_models.size(); ++i) {
        if (m_setup->plan.tables.value(i).mode != TableMode::Skip)
            found << m_models.at(i)->problems();
    }
    return found;
}

void FieldMappingPage::updateNote()
{
    const QStringList found = problems();
    m_note->setText(found.isEmpty() ? QString() : tr("To continue: %1").arg(found.first()));
}

bool FieldMappingPage::isComplete() const
{
    return problems().isEmpty() && !m_rescan.isRunning();
}

void FieldMappingPage::store()
{
    QList<TableMapping> &tables = m_setup->plan.tables;
    for (int i = 0; i < m_models.size() && i < tables.size(); ++i)
        tables[i].fields = m_models.at(i)->mapping().fields;
}

void FieldMappingPage::cleanupPage()
{
    store();
}

bool FieldMappingPage::validatePage()
{
    store();
    return true;
}

void FieldMappingPage::updateNestedButton()
{
    const FieldMappingModel *model = currentModel();
    const QString column = model ? model->sourceColumnAt(m_grid->currentIndex().row()) : QString();
    const Endpoint &source = m_setup->plan.source;
    QString text;
    if (!column.isEmpty() && NestedObjects::offered(source)) {
        QString shown = column;
        shown.replace(u'&', QLatin1String("&&"));
        if (NestedObjects::kept(source).contains(column)) {
            text = tr("&Flatten “%1” into fields").arg(shown);
        } else {
            QString parent = NestedObjects::parentOf(column);
            if (!parent.isEmpty())
                text = tr("&Keep “%1” as one JSON column").arg(parent.replace(u'&', QLatin1String("&&")));
        }
    }
    m_nested->setText(text);
    m_nested->setVisible(!text.isEmpty());
    m_nested->setEnabled(!m_rescan.isRunning());
}

void FieldMappingPage::reshapeNested()
{
    const FieldMappingModel *model = currentModel();
    const QString column = model ? model->sourceColumnAt(m_grid->currentIndex().row()) : QString();
    const Endpoint &source = m_setup->plan.source;
    if (column.isEmpty() || m_rescan.isRunning() || !NestedObjects::offered(source))
        return;
    if (NestedObjects::kept(source).contains(column)) {
        m_pendingSource = NestedObjects::flattening(source, column);
        m_pendingObject.clear();
    } else {
        m_pendingObject = NestedObjects::parentOf(column);
        if (m_pendingObject.isEmpty())
            return;
        m_pendingSource = NestedObjects::keepingWhole(source, m_pendingObject);
    }
    m_pendingColumn = m_pendingObject.isEmpty() ? column : m_pendingObject;
    m_rescanFrom = source;
    store();
    showInputError(QString());
    m_nested->setEnabled(false);
    m_previewCaption->setText(tr("Reading %1 again…").arg(m_setup->sourceName()));
    m_rescan.setFuture(QtConcurrent::run([source = m_pendingSource, target = m_setup->plan.target] {
        return EndpointScanner::scanBoth(source, target);
    }));
    Q_EMIT completeChanged(); // Next waits for the source read again
}

void FieldMappingPage::applyReshape(const EndpointsScan &scan)
{
    const auto names = [](const TableSchema &schema) {
        QStringList found;
        for (const ColumnSchema &column : schema.columns)
            found << column.name;
        return found;
    };
    Q_EMIT completeChanged();
    if (!(m_setup->plan.source == m_rescanFrom)) {
        // The user went back and chose another source meanwhile: this answer is for the old one.
        updateNestedButton();
        schedulePreview();
        Q_EMIT nestedReshaped();
        return;
    }
    QList<TableMapping> &tables = m_setup->plan.tables;
    bool changed = false;
    for (const TableMapping &table : std::as_const(tables)) {
        changed = changed
            || names(m_setup->scan.sourceSchemas.value(table.source)) != names(scan.sourceSchemas.value(table.source));
    }
    if (!scan.error.isEmpty() || !changed) {
        showInputError(!scan.error.isEmpty()
                           ? tr("%1 could not be read again: %2").arg(m_setup->sourceName(), scan.error)
                           : tr("“%1” holds no nested object in %2, so nothing changed.")
                                 .arg(m_pendingObject.isEmpty() ? m_pendingColumn : m_pendingObject, m_setup->sourceName()));
        updateNestedButton();
        schedulePreview();
        Q_EMIT nestedReshaped();
        return;
    }
    for (TableMapping &table : tables) {
        const TableSchema before = m_setup->scan.sourceSchemas.value(table.source);
        const TableSchema after = scan.sourceSchemas.value(table.source);
        if (names(before) == names(after))
            continue;
        std::optional<TableSchema> existing;
        if (table.mode != TableMode::Replace && m_setup->scan.targetHas(table.target))
            existing = m_setup->scan.targetSchemas.value(table.target);
        table.fields = AutoMatcher::reshape(table.fields, before, after, existing);
    }
    m_setup->plan.source = m_pendingSource;
    m_setup->scan = scan;
    const int shown = m_tables->currentIndex();
    initializePage();
    m_tables->setCurrentIndex(shown);
    // The row of the object kept whole, or of the first field it was flattened into.
    if (FieldMappingModel *model = currentModel()) {
        int row = model->rowOfSource(m_pendingColumn);
        for (int r = 0; row < 0 && r < model->rowCount(); ++r) {
            if (model->sourceColumnAt(r).startsWith(m_pendingColumn + u'.'))
                row = r;
        }
        if (row >= 0)
            m_grid->setCurrentIndex(model->index(row, FieldMappingModel::SourceColumn));
    }
    updateNestedButton();
    Q_EMIT nestedReshaped();
}

} // namespace barge
