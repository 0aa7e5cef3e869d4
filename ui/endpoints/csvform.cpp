#include "csvform.h"

#include "csvpreview.h"
#include "filepathedit.h"
#include "formatbox.h"
#include "io/codepage.h"
#include "io/csv/csvdialect.h"
#include "kindforms.h"
#include "schema/localformat.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace barge {

namespace {

void selectData(QComboBox *box, const QString &value)
{
    int index = box->findData(value);
    if (index < 0 && box->isEditable()) {
        box->setEditText(value);
        return;
    }
    box->setCurrentIndex(std::max(0, index));
}

// Columns of nothing but 0 and 1 are booleans only when the user says so (never a guess): the form
// offers bool=1/0 for them when the file has no yes/no words, and the button is the confirmation,
// which the profile then keeps.
FormatProposal withZeroOneWords(FormatProposal proposal)
{
    if (proposal.zeroOneColumns.isEmpty() || proposal.options.contains(FormatOption::boolean))
        return proposal;
    proposal.options.insert(FormatOption::boolean, QStringLiteral("1/0"));
    proposal.evidence << CsvForm::tr("%1: only 0 and 1").arg(proposal.zeroOneColumns.join(QLatin1String(", ")));
    return proposal;
}

} // namespace

void registerCsvForm()
{
    KindForms::add({EndpointKind::Csv, QT_TRANSLATE_NOOP("barge::KindForms", "CSV file or folder"),
                    QStringLiteral(":/icons/csv.svg"), [](EndpointScanner::Role role, QWidget *parent) {
                        return new CsvForm(role == EndpointScanner::Role::Source, parent);
                    }});
}

CsvForm::CsvForm(bool asSource, QWidget *parent) : KindForm(parent), m_asSource(asSource)
{
    m_oneFile = new QRadioButton(tr("One &file"), this);
    m_folder = new QRadioButton(tr("A f&older of .csv files (one table each)"), this);
    m_oneFile->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_oneFile);
    group->addButton(m_folder);
    m_path = new FilePathEdit(FilePathEdit::Mode::OpenFile, QStringLiteral("csv"), this);

    m_delimiter = new QComboBox(this);
    if (asSource)
        m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ,"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("tab"));
    m_delimiter->addItem(tr("Pipe |"), QStringLiteral("|"));
    m_quote = new QComboBox(this);
    m_quote->addItem(tr("Double quote \""), QStringLiteral("\""));
    m_quote->addItem(tr("Single quote '"), QStringLiteral("'"));
    m_quote->addItem(tr("None"), QStringLiteral("none"));
    m_header = new QCheckBox(tr("First line &holds the column names"), this);
    m_header->setChecked(true);
    m_encoding = new QComboBox(this);
    m_encoding->setMaxVisibleItems(20);
    for (const char *name : {"UTF-8", "UTF-16"})
        m_encoding->addItem(QLatin1String(name), QLatin1String(name));
    m_encoding->insertSeparator(m_encoding->count());
    for (const QString &name : CodePage::asciiCompatibleNames())
        m_encoding->addItem(name, name);
    m_detectedLabel = new QLabel(this);
    m_detectedLabel->setWordWrap(true);
    m_detectedLabel->setObjectName(QStringLiteral("detectedEncoding"));
    m_null = new QLineEdit(this);
    m_null->setPlaceholderText(tr("empty field"));
    m_formats = new FormatBox(asSource, this);

    m_path->setAccessibleName(asSource ? tr("Source CSV path") : tr("Target CSV path"));
    m_oneFile->setAccessibleName(tr("One CSV file"));
    m_folder->setAccessibleName(tr("A folder of CSV files"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_quote->setAccessibleName(tr("Quote character"));
    m_header->setAccessibleName(tr("First line holds the column names"));
    m_encoding->setAccessibleName(tr("Encoding"));
    m_null->setAccessibleName(tr("Text that means NULL"));

    auto *choice = new QHBoxLayout;
    choice->addWidget(m_oneFile);
    choice->addWidget(m_folder);
    choice->addStretch();
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(QString(), choice);
    form->addRow(tr("&Path:"), m_path);
    auto *dialect = new QHBoxLayout;
    dialect->addWidget(m_delimiter);
    dialect->addWidget(m_quote);
    dialect->addWidget(m_encoding);
    dialect->addStretch();
    auto *dialectLabel = new QLabel(tr("&Delimiter, quote, encoding:"), this);
    dialectLabel->setBuddy(m_delimiter); // a row holding a layout gets no buddy by itself
    form->addRow(dialectLabel, dialect);
    form->addRow(QString(), m_detectedLabel);
    form->setRowVisible(m_detectedLabel, false);
    form->addRow(QString(), m_header);
    form->addRow(tr("NU&LL is written as:"), m_null);
    form->addRow(tr("Local formats:"), m_formats);
    m_form = form;
    if (asSource) {
        m_previewFile = new QComboBox(this);
        m_previewFile->setAccessibleName(tr("File to preview"));
        m_previewFile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        form->addRow(tr("Pre&view file:"), m_previewFile);
        connect(m_previewFile, &QComboBox::currentIndexChanged, this, &CsvForm::showPreview);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    if (asSource) {
        m_preview = new CsvPreview(this);
        layout->addWidget(m_preview, 1);
    } else {
        layout->addStretch();
    }
    setTabOrder(m_oneFile, m_folder);
    setTabOrder(m_folder, m_path->lineEdit());
    setTabOrder(m_path->lineEdit(), m_path->browseButton());
    setTabOrder(m_path->browseButton(), m_delimiter);
    setTabOrder(m_delimiter, m_quote);
    setTabOrder(m_quote, m_encoding);
    setTabOrder(m_encoding, m_header);
    setTabOrder(m_header, m_null);
    setTabOrder(m_null, m_formats->numbersBox());
    setTabOrder(m_formats->numbersBox(), m_formats->trailingMinusBox());
    setTabOrder(m_formats->trailingMinusBox(), m_formats->datesBox());
    setTabOrder(m_formats->datesBox(), m_formats->wordsBox());
    if (m_previewFile)
        setTabOrder(m_formats->wordsBox(), m_previewFile);

    connect(m_oneFile, &QRadioButton::toggled, this, &CsvForm::updateMode);
    connect(m_path, &FilePathEdit::pathChanged, this, [this] {
        m_encodingChosen = false; // another file: its own encoding
        onChanged();
    });
    connect(m_encoding, &QComboBox::activated, this, [this] { m_encodingChosen = true; });
    connect(&m_detector, &QFutureWatcher<Detection>::finished, this, [this] { showDetection(m_detector.result()); });
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &CsvForm::onChanged);
    connect(m_quote, &QComboBox::currentIndexChanged, this, &CsvForm::onChanged);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &CsvForm::onChanged);
    connect(m_header, &QCheckBox::toggled, this, &CsvForm::onChanged);
    connect(m_null, &QLineEdit::textChanged, this, &CsvForm::onChanged);
    connect(m_formats, &FormatBox::changed, this, &CsvForm::onChanged);
    if (m_preview)
        connect(m_preview, &CsvPreview::updated, this,
                [this] { m_formats->setProposal(withZeroOneWords(m_preview->proposal())); });
    updateMode();
}

void CsvForm::updateMode()
{
    const bool folder = m_folder->isChecked();
    if (folder)
        m_path->setMode(FilePathEdit::Mode::Folder);
    else
        m_path->setMode(m_asSource ? FilePathEdit::Mode::OpenFile : FilePathEdit::Mode::SaveFile);
    m_path->setNameFilter(tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    m_path->setPlaceholderText(folder ? tr("folder holding .csv files") : tr("file.csv"));
    onChanged();
}

QString CsvForm::previewFile() const
{
    if (!m_folder->isChecked())
        return m_path->path();
    return m_previewFile ? m_previewFile->currentData().toString() : QString();
}

// The folder's .csv files, listed again when the folder changes; the file picked stays picked.
void CsvForm::listFolder()
{
    if (!m_previewFile)
        return;
    const bool folder = m_folder->isChecked();
    m_form->setRowVisible(m_previewFile, folder);
    const QString path = folder ? m_path->path() : QString();
    if (path == m_listedFolder)
        return;
    m_listedFolder = path;
    const QString picked = m_previewFile->currentText();
    const QSignalBlocker blocker(m_previewFile);
    m_previewFile->clear();
    if (path.isEmpty())
        return;
    const QFileInfoList files = QDir(path).entryInfoList({QStringLiteral("*.csv"), QStringLiteral("*.CSV")},
                                                         QDir::Files, QDir::Name);
    for (const QFileInfo &file : files)
        m_previewFile->addItem(file.fileName(), file.absoluteFilePath());
    m_previewFile->setCurrentIndex(std::max(0, m_previewFile->findText(picked)));
}

void CsvForm::showPreview()
{
    if (m_preview)
        m_preview->showFile(previewFile(), endpoint());
}

// Runs once per file shown; the result arrives in showDetection().
void CsvForm::detectEncoding()
{
    const QString file = m_asSource ? previewFile() : QString();
    if (file == m_detectedFile)
        return;
    m_detectedFile = file;
    m_notUtf8 = false;
    m_form->setRowVisible(m_detectedLabel, false);
    if (!QFileInfo(file).isFile())
        return;
    m_detector.setFuture(QtConcurrent::run([file] { return Detection{file, EncodingDetector::detectFile(file, nullptr)}; }));
}

void CsvForm::showDetection(const Detection &detection)
{
    const std::optional<EncodingDetector::Result> &result = detection.result;
    if (detection.file != m_detectedFile || !result)
        return; // another file is shown by now
    m_notUtf8 = result->basis == EncodingDetector::Result::Basis::Guess;
    if (!m_notUtf8) {
        if (!m_encodingChosen && !m_proposed.isEmpty() && m_encoding->currentData().toString() == m_proposed)
            selectData(m_encoding, QStringLiteral("UTF-8"));
        m_proposed.clear();
        Q_EMIT changed();
        return;
    }
    if (result->decided()) {
        m_detectedLabel->setText(tr("Detected: %1, %2% confident").arg(result->encoding).arg(result->confidence()));
        if (!m_encodingChosen) {
            m_proposed = result->encoding;
            selectData(m_encoding, m_proposed); // the preview follows
        }
    } else if (result->candidates.isEmpty()) {
        m_detectedLabel->setText(tr("This file is not UTF-8, and no encoding fits it well: choose one."));
    } else {
        // Not sure, but UTF-8 is sure to be wrong: the likeliest is shown, and the preview lets the
        // person see whether it reads right. (The command line asks instead: it has no preview.)
        m_detectedLabel->setText(tr("This file is not UTF-8. Shown as %1, the likeliest of %2: check the "
                                    "preview and choose another encoding if the text looks wrong.")
                                     .arg(result->candidates.first().encoding, EncodingDetector::describe(result->candidates)));
        if (!m_encodingChosen) {
            m_proposed = result->candidates.first().encoding;
            selectData(m_encoding, m_proposed);
        }
    }
    m_form->setRowVisible(m_detectedLabel, true);
    Q_EMIT changed();
}

void CsvForm::onChanged()
{
    listFolder();
    detectEncoding();
    showPreview();
    Q_EMIT changed();
}

Endpoint CsvForm::endpoint() const
{
    Endpoint e;
    e.kind = EndpointKind::Csv;
    e.scheme = QStringLiteral("csv");
    e.path = QDir::cleanPath(m_path->path());
    if (m_path->path().isEmpty())
        e.path.clear();
    e.folder = m_folder->isChecked();
    // Only what differs from the defaults goes into the URL, so profiles stay short.
    const QString delimiter = m_delimiter->currentData().toString();
    if (!delimiter.isEmpty())
        e.options.insert(CsvOption::delimiter, delimiter);
    const QString quote = m_quote->currentData().toString();
    if (quote != QLatin1String("\""))
        e.options.insert(CsvOption::quote, quote);
    if (!m_header->isChecked())
        e.options.insert(CsvOption::header, QStringLiteral("false"));
    const QString encoding = m_encoding->currentData().toString();
    // UTF-8 is said too when the file is not UTF-8, so that nothing detects another encoding.
    if (encoding != QLatin1String("UTF-8") || m_notUtf8)
        e.options.insert(CsvOption::encoding, encoding);
    if (!m_null->text().isEmpty())
        e.options.insert(CsvOption::null, m_null->text());
    m_formats->apply(&e.options);
    return e;
}

void CsvForm::setEndpoint(const Endpoint &e)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_path), QSignalBlocker(m_delimiter), QSignalBlocker(m_quote),
                                       QSignalBlocker(m_encoding), QSignalBlocker(m_header), QSignalBlocker(m_null),
                                       QSignalBlocker(m_oneFile), QSignalBlocker(m_formats)};
    m_folder->setChecked(e.folder);
    m_oneFile->setChecked(!e.folder);
    m_path->setPath(e.path);
    QString delimiter = e.option(CsvOption::delimiter, m_asSource ? QString() : QStringLiteral(","));
    if (delimiter == QLatin1String("\t") || delimiter.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0)
        delimiter = QStringLiteral("tab");
    else if (delimiter.compare(QLatin1String("comma"), Qt::CaseInsensitive) == 0)
        delimiter = QStringLiteral(",");
    else if (delimiter.compare(QLatin1String("semicolon"), Qt::CaseInsensitive) == 0)
        delimiter = QStringLiteral(";");
    else if (delimiter.compare(QLatin1String("pipe"), Qt::CaseInsensitive) == 0)
        delimiter = QStringLiteral("|");
    selectData(m_delimiter, delimiter);
    selectData(m_quote, e.option(CsvOption::quote, QStringLiteral("\"")));
    const QString header = e.option(CsvOption::header, QStringLiteral("true")).toLower();
    m_header->setChecked(!(header == QLatin1String("false") || header == QLatin1String("no") || header == QLatin1String("0")));
    const QString encoding = CsvDialect::canonicalEncoding(e.option(CsvOption::encoding, QStringLiteral("UTF-8")));
    selectData(m_encoding, encoding.isEmpty() ? QStringLiteral("UTF-8") : encoding);
    m_encodingChosen = e.options.contains(CsvOption::encoding);
    m_proposed.clear();
    m_null->setText(e.option(CsvOption::null));
    m_formats->setOptions(e.options);
    updateMode();
}

QString CsvForm::missing() const
{
    const QString path = m_path->path();
    if (path.isEmpty())
        return m_folder->isChecked() ? tr("Choose a folder.") : tr("Choose a CSV file.");
    const QFileInfo info(path);
    if (m_asSource && m_folder->isChecked() && !info.isDir())
        return tr("%1 is not a folder.").arg(path);
    if (m_asSource && !m_folder->isChecked() && info.isDir())
        return tr("%1 is a folder; choose “A folder of .csv files” or a file.").arg(path);
    if (m_asSource && !m_folder->isChecked() && !info.isFile())
        return tr("%1 does not exist.").arg(path);
    if (!m_asSource && !m_folder->isChecked() && info.isDir())
        return tr("%1 is a folder; choose “A folder of .csv files” or a file name.").arg(path);
    return QString();
}

} // namespace barge
