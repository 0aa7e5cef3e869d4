#include "fixedform.h"

#include "filepathedit.h"
#include "fixedlayoutdialog.h"
#include "io/codepage.h"
#include "io/fixed/fixedkind.h"
#include "io/fixed/fixedsource.h"
#include "io/fixed/fixedtablereader.h"
#include "kindforms.h"
#include "recordpreview.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace barge {

namespace {

constexpr int previewRecords = 20;

// A layout file ends in .json; anything else is taken as a copybook (.cpy, .cbl, .cob, .txt).
bool isLayoutFile(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

} // namespace

void registerFixedForm()
{
    KindForms::add({FixedKind, QT_TRANSLATE_NOOP("barge::KindForms", "Fixed-width or mainframe file"),
                    QStringLiteral(":/icons/csv.svg"), [](EndpointScanner::Role role, QWidget *parent) {
                        return new FixedForm(role == EndpointScanner::Role::Source, parent);
                    }});
}

FixedSample FixedSample::read(const Endpoint &endpoint, int maxRecords, int generation)
{
    FixedSample sample;
    sample.generation = generation;
    FixedTableReader reader(endpoint, QFileInfo(endpoint.path).completeBaseName());
    if (!reader.open(&sample.error))
        return sample;
    for (const ColumnSchema &column : reader.schema().columns)
        sample.columns << column.name;
    RowBatch batch;
    while (batch.rows.size() + batch.rejected.size() < maxRecords && reader.read(batch, maxRecords)) {
    }
    // In file order: the rows and the rejected records by their record numbers.
    QList<QPair<qint64, int>> order; // position, index (>= 0 row, < 0 rejected -1-i)
    for (qsizetype i = 0; i < batch.rows.size(); ++i)
        order << qMakePair(batch.positions.value(i), int(i));
    for (qsizetype i = 0; i < batch.rejected.size(); ++i)
        order << qMakePair(batch.rejected.at(i).position, int(-1 - i));
    std::sort(order.begin(), order.end());
    for (const auto &[position, index] : std::as_const(order)) {
        if (sample.rows.size() >= maxRecords)
            break;
        QStringList values;
        if (index >= 0) {
            for (const QVariant &value : batch.rows.at(index))
                values << (value.isValid() ? value.toString() : QStringLiteral("NULL"));
            sample.problems << QString();
        } else {
            const RejectedRow &rejected = batch.rejected.at(-1 - index);
            values << rejected.values.value(0).toString();
            sample.problems << rejected.reason;
        }
        sample.rows << values;
    }
    if (!reader.error().isEmpty())
        sample.error = reader.error();
    return sample;
}

FixedForm::FixedForm(bool asSource, QWidget *parent) : KindForm(parent), m_asSource(asSource)
{
    m_path = new FilePathEdit(asSource ? FilePathEdit::Mode::OpenFile : FilePathEdit::Mode::SaveFile, QStringLiteral("fixed"), this);
    m_path->setNameFilter(tr("Record files (*.dat *.txt *.fwf *.bin);;All files (*)"));
    m_path->setPlaceholderText(tr("file.dat"));
    m_layout = new FilePathEdit(FilePathEdit::Mode::OpenFile, QStringLiteral("fixed-layout"), this);
    m_layout->setNameFilter(tr("Layouts and copybooks (*.json *.cpy *.cbl *.cob *.txt);;All files (*)"));
    m_layout->setPlaceholderText(tr("layout.json or copybook.cpy"));
    m_encoding = new QComboBox(this);
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->insertSeparator(m_encoding->count());
    for (const char *page : {"IBM037", "IBM273", "IBM277", "IBM278", "IBM280", "IBM284", "IBM285", "IBM297", "IBM500",
                             "IBM1047", "IBM1140", "IBM1141", "IBM1142", "IBM1143", "IBM1144", "IBM1145", "IBM1146",
                             "IBM1147", "IBM1148"}) {
        if (CodePage::find(QLatin1String(page)))
            m_encoding->addItem(QLatin1String(page), QLatin1String(page));
    }
    m_encoding->insertSeparator(m_encoding->count());
    for (const QString &name : CodePage::asciiCompatibleNames())
        m_encoding->addItem(name, name);
    m_encoding->setMaxVisibleItems(20);
    m_recfm = new QComboBox(this);
    m_recfm->addItem(tr("As the layout says"), QString());
    m_recfm->addItem(tr("Lines (text)"), QStringLiteral("text"));
    m_recfm->addItem(tr("Fixed length (F, FB)"), QStringLiteral("F"));
    m_recfm->addItem(tr("Variable (V, with record descriptor words)"), QStringLiteral("V"));
    m_recfm->addItem(tr("Variable blocked (VB)"), QStringLiteral("VB"));
    m_lrecl = new QSpinBox(this);
    m_lrecl->setRange(0, 1 << 20);
    m_lrecl->setSpecialValueText(tr("the layout's"));
    m_path->setAccessibleName(asSource ? tr("Source record file path") : tr("Target record file path"));
    m_layout->setAccessibleName(tr("Layout or copybook"));
    m_encoding->setAccessibleName(tr("Code page"));
    m_recfm->setAccessibleName(tr("Record format"));
    m_lrecl->setAccessibleName(tr("Record length in bytes"));

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Path:"), m_path);
    if (asSource) {
        m_editLayout = new QPushButton(tr("&Edit layout…"), this);
        m_editLayout->setEnabled(false); // until the file exists
        m_editLayout->setToolTip(tr("Set the columns on the first records under a ruler, or start from a copybook"));
        auto *layoutRow = new QHBoxLayout;
        layoutRow->addWidget(m_layout, 1);
        layoutRow->addWidget(m_editLayout);
        // A row of widgets gets no buddy from addRow: the label names the layout box itself.
        auto *layoutLabel = new QLabel(tr("La&yout or copybook:"), this);
        layoutLabel->setBuddy(m_layout);
        form->addRow(layoutLabel, layoutRow);
        connect(m_editLayout, &QPushButton::clicked, this, [this] { editLayout(); });
    } else {
        form->addRow(tr("La&yout or copybook:"), m_layout);
    }
    auto *format = new QHBoxLayout;
    format->addWidget(m_encoding);
    format->addWidget(m_recfm);
    auto *lreclLabel = new QLabel(tr("&Length:"), this);
    lreclLabel->setBuddy(m_lrecl);
    format->addWidget(lreclLabel);
    format->addWidget(m_lrecl);
    format->addStretch();
    auto *formatLabel = new QLabel(tr("Code pa&ge, records:"), this);
    formatLabel->setBuddy(m_encoding);
    form->addRow(formatLabel, format);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    if (asSource) {
        m_caption = new QLabel(this);
        m_caption->setWordWrap(true);
        m_preview = new QTableWidget(this);
        m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_preview->setAccessibleName(tr("Decoded records"));
        layout->addWidget(m_caption);
        layout->addWidget(m_preview, 1);
        connect(&m_watcher, &QFutureWatcher<FixedSample>::finished, this, [this] { present(m_watcher.result()); });
    } else {
        layout->addStretch();
    }
    setTabOrder(m_path->lineEdit(), m_path->browseButton());
    setTabOrder(m_path->browseButton(), m_layout->lineEdit());
    setTabOrder(m_layout->lineEdit(), m_layout->browseButton());
    if (m_editLayout) {
        setTabOrder(m_layout->browseButton(), m_editLayout);
        setTabOrder(m_editLayout, m_encoding);
    } else {
        setTabOrder(m_layout->browseButton(), m_encoding);
    }
    setTabOrder(m_encoding, m_recfm);
    setTabOrder(m_recfm, m_lrecl);

    connect(m_path, &FilePathEdit::pathChanged, this, &FixedForm::onChanged);
    connect(m_layout, &FilePathEdit::pathChanged, this, &FixedForm::onChanged);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &FixedForm::onChanged);
    connect(m_recfm, &QComboBox::currentIndexChanged, this, &FixedForm::onChanged);
    connect(m_lrecl, &QSpinBox::valueChanged, this, &FixedForm::onChanged);
}

FixedLayoutDialog *FixedForm::editLayout()
{
    auto *dialog = new FixedLayoutDialog(endpoint(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_layout->setPath(dialog->savedPath()); });
    dialog->open();
    return dialog;
}

void FixedForm::onChanged()
{
    if (m_editLayout)
        m_editLayout->setEnabled(QFileInfo(m_path->path()).isFile());
    if (m_preview && missing().isEmpty()) {
        const Endpoint e = endpoint();
        const int generation = ++m_generation;
        m_watcher.setFuture(QtConcurrent::run([e, generation] { return FixedSample::read(e, previewRecords, generation); }));
    }
    Q_EMIT changed();
}

void FixedForm::present(const FixedSample &sample)
{
    if (sample.generation != m_generation)
        return; // the settings changed while this was read
    m_preview->clear();
    if (!sample.error.isEmpty()) {
        m_caption->setText(sample.error);
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        Q_EMIT previewed();
        return;
    }
    const int bad = int(sample.problems.size() - sample.problems.count(QString()));
    m_caption->setText(bad == 0 ? tr("The first %n record(s), decoded by the layout.", nullptr, int(sample.rows.size()))
                                : tr("The first %n record(s), decoded by the layout; the ones in red cannot be read "
                                     "(point at one to see why).", nullptr, int(sample.rows.size())));
    RecordPreview::fill(m_preview, sample.columns, sample.rows, sample.problems);
    Q_EMIT previewed();
}

Endpoint FixedForm::endpoint() const
{
    Endpoint e;
    e.kind = FixedKind;
    e.scheme = FixedKind.id();
    e.path = m_path->path().isEmpty() ? QString() : QDir::cleanPath(m_path->path());
    QString layout = m_layout->path();
    // A layout beside the data file (or below it) is named from there, so that a profile keeps
    // finding it when the folder moves.
    if (!layout.isEmpty() && !e.path.isEmpty() && QFileInfo(layout).isAbsolute()) {
        const QString relative = QFileInfo(e.path).absoluteDir().relativeFilePath(layout);
        if (!relative.startsWith(QLatin1String("..")) && QDir::isRelativePath(relative))
            layout = relative;
    }
    if (!layout.isEmpty())
        e.options.insert(isLayoutFile(layout) ? FixedOption::layout : FixedOption::copybook, layout);
    const QString encoding = m_encoding->currentData().toString();
    if (encoding != QLatin1String("UTF-8"))
        e.options.insert(FixedOption::encoding, encoding);
    if (!m_recfm->currentData().toString().isEmpty())
        e.options.insert(FixedOption::recfm, m_recfm->currentData().toString());
    if (m_lrecl->value() > 0)
        e.options.insert(FixedOption::lrecl, QString::number(m_lrecl->value()));
    return e;
}

void FixedForm::setEndpoint(const Endpoint &e)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_path), QSignalBlocker(m_layout), QSignalBlocker(m_encoding),
                                       QSignalBlocker(m_recfm), QSignalBlocker(m_lrecl)};
    m_path->setPath(e.path);
    QString layout = e.option(FixedOption::layout, e.option(FixedOption::copybook));
    if (!layout.isEmpty())
        layout = FixedSource::resolve(e, layout);
    m_layout->setPath(layout);
    const int page = m_encoding->findData(e.option(FixedOption::encoding, QStringLiteral("UTF-8")), Qt::UserRole,
                                          Qt::MatchFixedString);
    m_encoding->setCurrentIndex(std::max(0, page));
    const int recfm = m_recfm->findData(e.option(FixedOption::recfm).toUpper() == QLatin1String("TEXT")
                                            ? QStringLiteral("text") : e.option(FixedOption::recfm).toUpper());
    m_recfm->setCurrentIndex(std::max(0, recfm));
    m_lrecl->setValue(e.option(FixedOption::lrecl).toInt());
    onChanged();
}

QString FixedForm::missing() const
{
    const QString path = m_path->path();
    if (path.isEmpty())
        return tr("Choose a record file.");
    if (m_asSource && !QFileInfo(path).isFile())
        return tr("%1 does not exist.").arg(path);
    if (m_layout->path().isEmpty())
        return tr("Choose its layout file or COBOL copybook.");
    if (!QFileInfo(m_layout->path()).isFile())
        return tr("%1 does not exist.").arg(m_layout->path());
    return QString();
}

} // namespace barge
