#include "xlsxform.h"

#include "filepathedit.h"
#include "io/xlsx/xlsxintrospector.h"
#include "io/xlsx/xlsxkind.h"
#include "kindforms.h"
#include "recordpreview.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace barge {

namespace {

constexpr int previewRows = 20;
enum HeaderChoice { FindHeader, NoHeader, HeaderInRow };

} // namespace

XlsxSample XlsxSample::read(const Endpoint &endpoint, const QString &sheet, int maxRows, int generation)
{
    XlsxSample sample;
    sample.generation = generation;
    XlsxIntrospector introspector(endpoint, false);
    QString error;
    if (!introspector.open(&error)) {
        sample.error = error;
        return sample;
    }
    sample.sheets = introspector.tableNames(&error);
    if (sample.sheets.isEmpty()) {
        sample.error = error.isEmpty() ? QCoreApplication::translate("barge::XlsxForm", "No sheet holds any values.") : error;
        return sample;
    }
    sample.sheet = sample.sheets.contains(sheet) ? sheet : sample.sheets.first();
    const XlsxIntrospector::Place place = XlsxIntrospector::placeOf(endpoint, sample.sheet);
    sample.file = place.file;
    XlsxWorkbook workbook;
    if (!workbook.open(place.file, &sample.error))
        return sample;
    const QList<int> sheets = XlsxIntrospector::sheetsOf(workbook, place, &sample.error);
    if (sheets.isEmpty())
        return sample;
    qint64 header = 0;
    XlsxLayout::headerFromOption(endpoint.options.value(QStringLiteral("header")), &header);
    // The layout of the rows shown only: the plan reads them all.
    XlsxLayout layout(header);
    XlsxSheetReader reader(workbook, sheets.first());
    if (!reader.open(&sample.error))
        return sample;
    QList<XlsxRow> shown;
    XlsxRow row;
    while (shown.size() < maxRows && reader.next(&row)) {
        layout.add(row);
        if (layout.isData(row))
            shown << row;
    }
    sample.error = reader.error();
    const TableSchema schema = layout.schema();
    for (const ColumnSchema &column : schema.columns) {
        sample.columns << column.name;
        sample.types << column.type.toString();
    }
    for (const XlsxRow &data : std::as_const(shown)) {
        QStringList values(sample.columns.size(), QStringLiteral("NULL"));
        QString problem;
        for (const XlsxCell &cell : data.cells) {
            const int column = layout.columnOf(cell.column);
            if (column < 0)
                continue;
            values[column] = cell.text;
            if (cell.kind == XlsxCell::Kind::Error && problem.isEmpty())
                problem = QCoreApplication::translate("barge::XlsxForm", "cell %1: %2")
                              .arg(XlsxSheetReader::cellName(cell.column, data.number), cell.text);
        }
        sample.rows << values;
        sample.problems << problem;
    }
    return sample;
}

void registerXlsxForm()
{
    KindForms::add({XlsxKind, QT_TRANSLATE_NOOP("barge::KindForms", "Excel workbook or folder"),
                    QStringLiteral(":/icons/csv.svg"), [](EndpointScanner::Role role, QWidget *parent) {
                        return new XlsxForm(role == EndpointScanner::Role::Source, parent);
                    }});
}

XlsxForm::XlsxForm(bool asSource, QWidget *parent) : KindForm(parent), m_asSource(asSource)
{
    m_oneFile = new QRadioButton(asSource ? tr("One &workbook (its sheets are tables)") : tr("One &workbook (one table)"), this);
    m_folder = new QRadioButton(tr("A f&older of workbooks (one table each)"), this);
    m_oneFile->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_oneFile);
    group->addButton(m_folder);
    m_path = new FilePathEdit(FilePathEdit::Mode::OpenFile, QStringLiteral("xlsx"), this);
    m_path->setAccessibleName(asSource ? tr("Source workbook path") : tr("Target workbook path"));
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_oneFile);
    choice->addWidget(m_folder);
    choice->addStretch();
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(QString(), choice);
    form->addRow(tr("&Path:"), m_path);
    if (asSource) {
        m_header = new QComboBox(this);
        m_header->addItem(tr("Find the row of names"), FindHeader);
        m_header->addItem(tr("No row of names (columns A, B, C, ...)"), NoHeader);
        m_header->addItem(tr("Names in row:"), HeaderInRow);
        m_header->setAccessibleName(tr("Column names"));
        m_headerRow = new QSpinBox(this);
        m_headerRow->setRange(1, 1048576);
        m_headerRow->setAccessibleName(tr("Row of column names"));
        auto *header = new QHBoxLayout;
        header->addWidget(m_header);
        header->addWidget(m_headerRow);
        header->addStretch();
        // A row of widgets gets no buddy from addRow: the label names its first box itself, or its
        // '&' would show.
        auto *headerLabel = new QLabel(tr("Column &names:"), this);
        headerLabel->setBuddy(m_header);
        form->addRow(headerLabel, header);
        m_sheet = new QComboBox(this);
        m_sheet->setAccessibleName(tr("Sheet to preview"));
        form->addRow(tr("Pre&view sheet:"), m_sheet);
        m_caption = new QLabel(this);
        m_caption->setWordWrap(true);
        m_preview = new QTableWidget(this);
        m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_preview->setAccessibleName(tr("First rows"));
        form->addRow(m_caption);
        form->addRow(m_preview);
        connect(&m_watcher, &QFutureWatcher<XlsxSample>::finished, this, [this] { present(m_watcher.result()); });
        connect(m_header, &QComboBox::currentIndexChanged, this, [this] {
            m_headerRow->setEnabled(m_header->currentData().toInt() == HeaderInRow);
            onChanged();
        });
        connect(m_headerRow, &QSpinBox::valueChanged, this, &XlsxForm::onChanged);
        connect(m_sheet, &QComboBox::activated, this, &XlsxForm::onChanged);
        m_headerRow->setEnabled(false);
    } else {
        auto *hint = new QLabel(tr("A sheet per table, with the column names in bold in the first row and typed cells. "
                                   "Several tables need a folder: one workbook each."),
                                this);
        hint->setWordWrap(true);
        form->addRow(QString(), hint);
    }
    connect(m_oneFile, &QRadioButton::toggled, this, &XlsxForm::updateMode);
    connect(m_path, &FilePathEdit::pathChanged, this, &XlsxForm::onChanged);
    updateMode();
}

void XlsxForm::onChanged()
{
    if (m_preview && missing().isEmpty()) {
        const Endpoint e = endpoint();
        const QString sheet = m_sheet->currentText();
        const int generation = ++m_generation;
        m_watcher.setFuture(QtConcurrent::run([e, sheet, generation] { return XlsxSample::read(e, sheet, previewRows, generation); }));
    } else if (m_preview) {
        ++m_generation; // a preview on its way is for settings that are gone
        RecordPreview::clear(m_preview, m_caption);
    }
    Q_EMIT changed();
}

void XlsxForm::present(const XlsxSample &sample)
{
    if (sample.generation != m_generation)
        return; // the settings changed while this was read
    RecordPreview::setChoices(m_sheet, sample.sheets, sample.sheet);
    const int bad = int(sample.problems.size() - sample.problems.count(QString()));
    const QString caption = sample.columns.isEmpty() ? QString()
        : bad == 0 ? tr("The first %n row(s) of sheet %1; point at a column's name for the type these rows suggest "
                        "(the plan reads every row).", nullptr, int(sample.rows.size())).arg(sample.sheet)
                   : tr("The first %n row(s) of sheet %1; the ones in red cannot be read (point at one to see why).",
                        nullptr, int(sample.rows.size())).arg(sample.sheet);
    m_caption->setText(RecordPreview::withError(caption, sample.error));
    RecordPreview::fill(m_preview, sample.columns, sample.rows, sample.problems, sample.types);
    Q_EMIT previewed();
}

void XlsxForm::updateMode()
{
    const bool folder = m_folder->isChecked();
    if (folder)
        m_path->setMode(FilePathEdit::Mode::Folder);
    else
        m_path->setMode(m_asSource ? FilePathEdit::Mode::OpenFile : FilePathEdit::Mode::SaveFile);
    m_path->setNameFilter(tr("Excel workbooks (*.xlsx);;All files (*)"));
    m_path->setPlaceholderText(folder ? tr("folder holding .xlsx files") : tr("book.xlsx"));
    onChanged();
}

Endpoint XlsxForm::endpoint() const
{
    Endpoint e;
    e.kind = XlsxKind;
    e.scheme = XlsxKind.id();
    e.path = m_path->path().isEmpty() ? QString() : QDir::cleanPath(m_path->path());
    e.folder = m_folder->isChecked();
    if (m_header && m_header->currentData().toInt() == NoHeader)
        e.options.insert(QStringLiteral("header"), QStringLiteral("false"));
    else if (m_header && m_header->currentData().toInt() == HeaderInRow)
        e.options.insert(QStringLiteral("header"), QString::number(m_headerRow->value()));
    return e;
}

void XlsxForm::setEndpoint(const Endpoint &e)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_path), QSignalBlocker(m_oneFile)};
    m_folder->setChecked(e.folder);
    m_oneFile->setChecked(!e.folder);
    m_path->setPath(e.path);
    if (m_header) {
        const QSignalBlocker headerBlockers[] = {QSignalBlocker(m_header), QSignalBlocker(m_headerRow)};
        qint64 header = 0;
        XlsxLayout::headerFromOption(e.options.value(QStringLiteral("header")), &header);
        m_header->setCurrentIndex(m_header->findData(header == XlsxLayout::noHeader ? NoHeader
                                                     : header > 0                   ? HeaderInRow
                                                                                    : FindHeader));
        m_headerRow->setValue(header > 0 ? int(header) : 1);
        m_headerRow->setEnabled(header > 0);
    }
    updateMode();
}

QString XlsxForm::missing() const
{
    const QString path = m_path->path();
    const bool folder = m_folder->isChecked();
    if (path.isEmpty())
        return folder ? tr("Choose a folder.") : tr("Choose an Excel workbook.");
    const QFileInfo info(path);
    if (m_asSource && folder && !info.isDir())
        return tr("%1 is not a folder.").arg(path);
    if (!folder && info.isDir())
        return tr("%1 is a folder; choose “A folder of workbooks” or a file.").arg(path);
    if (m_asSource && !folder && !info.isFile())
        return tr("%1 does not exist.").arg(path);
    return QString();
}

} // namespace barge
