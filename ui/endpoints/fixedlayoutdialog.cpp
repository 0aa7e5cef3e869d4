#include "fixedlayoutdialog.h"

#include "base/savefile.h"
#include "filepathedit.h"
#include "io/codepage.h"
#include "io/fixed/copybook.h"
#include "io/fixed/fixedsource.h"
#include "io/fixed/layoutguess.h"
#include "io/fixed/recordfile.h"
#include "recordruler.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace barge {

namespace {

constexpr int sampleRecords = 40;
enum Column { NameColumn, StartColumn, LengthColumn, TypeColumn, FirstColumn };

// A record shown one character a byte, so that screen columns are byte positions: the code page's
// character, or for UTF-8 the character on its first byte and '·' on the others; control bytes
// and what the page does not map are '·' too (packed and binary fields show as dots).
QString display(const QByteArray &record, const std::optional<CodePage> &page)
{
    constexpr QChar dot(0x00b7);
    QString out;
    out.reserve(record.size());
    for (qsizetype i = 0; i < record.size(); ++i) {
        const uchar byte = uchar(record.at(i));
        if (page) {
            const QChar c(page->toUnicode(byte));
            out += page->isMapped(byte) && c.isPrint() ? c : dot;
            continue;
        }
        const int extra = byte >= 0xf0 ? 3 : byte >= 0xe0 ? 2 : byte >= 0xc0 ? 1 : 0;
        if (byte < 0x80 || extra == 0 || i + extra >= record.size()) {
            out += byte >= 0x20 && byte < 0x7f ? QChar(byte) : dot;
            continue;
        }
        const QString decoded = QString::fromUtf8(record.mid(i, extra + 1));
        out += decoded.size() == 1 && decoded.at(0).isPrint() && decoded.at(0) != QChar::ReplacementCharacter
            ? decoded.at(0) : dot;
        out += QString(extra, dot);
        i += extra;
    }
    return out;
}

QString typeText(const RecordField &field)
{
    switch (field.encoding) {
    case RecordField::Encoding::Text:
        return field.declared ? field.declared->toString() : QString();
    case RecordField::Encoding::Zoned:
        return FixedLayoutDialog::tr("zoned %1").arg(field.columnType().toString());
    case RecordField::Encoding::Packed:
        return FixedLayoutDialog::tr("packed %1").arg(field.columnType().toString());
    case RecordField::Encoding::Binary:
        return FixedLayoutDialog::tr("binary %1").arg(field.columnType().toString());
    }
    return QString();
}

} // namespace

FixedLayoutDialog::FixedLayoutDialog(const Endpoint &source, QWidget *parent) : QDialog(parent), m_source(source)
{
    setWindowTitle(tr("Layout of %1").arg(QFileInfo(source.path).fileName()));
    auto *intro = new QLabel(tr("Click the ruler or the records where a column starts; click a line again to take "
                                "it away, or drag it. Name the columns below (a column without a name is skipped); "
                                "a type left empty is found from the values."), this);
    intro->setWordWrap(true);
    m_ruler = new RecordRuler(this);
    m_ruler->setAccessibleName(tr("Records under a ruler"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_ruler);
    scroll->setWidgetResizable(false);
    scroll->setMinimumHeight(160);
    m_guess = new QPushButton(tr("&Guess columns"), this);
    auto *clear = new QPushButton(tr("C&lear"), this);
    auto *open = new QPushButton(tr("Start from a layout or &copybook…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_guess);
    buttons->addWidget(clear);
    buttons->addWidget(open);
    buttons->addStretch();

    m_fields = new QTableWidget(0, 5, this);
    m_fields->setHorizontalHeaderLabels({tr("Name"), tr("Start"), tr("Length"), tr("Type"), tr("First record")});
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->verticalHeader()->hide();
    m_fields->setAccessibleName(tr("Columns"));

    m_save = new FilePathEdit(FilePathEdit::Mode::SaveFile, QStringLiteral("fixed-layout"), this);
    m_save->setNameFilter(tr("Layout files (*.json)"));
    m_save->setAccessibleName(tr("Save the layout as"));
    auto *saveLabel = new QLabel(tr("&Save as:"), this);
    saveLabel->setBuddy(m_save->lineEdit());
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(saveLabel);
    saveRow->addWidget(m_save, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setText(tr("Save and &use"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_fields, 1);
    layout->addLayout(saveRow);
    layout->addWidget(m_message);
    layout->addWidget(box);
    resize(860, 600);

    connect(m_ruler, &RecordRuler::boundariesChanged, this, &FixedLayoutDialog::rebuild);
    connect(m_guess, &QPushButton::clicked, this, &FixedLayoutDialog::guessColumns);
    connect(clear, &QPushButton::clicked, this, [this] { m_ruler->setBoundaries({}); });
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Layout or copybook"), QFileInfo(m_source.path).path(),
                                                          tr("Layouts and copybooks (*.json *.cpy *.cbl *.cob *.txt);;All files (*)"));
        if (!path.isEmpty())
            loadLayout(path);
    });
    connect(box, &QDialogButtonBox::accepted, this, &FixedLayoutDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &FixedLayoutDialog::reject);

    // Where it is saved: the layout file it started from, else beside the data file.
    const QString current = source.option(FixedOption::layout);
    m_save->setPath(!current.isEmpty() ? FixedSource::resolve(source, current)
                                       : QFileInfo(source.path).path() + u'/' + QFileInfo(source.path).completeBaseName()
                                             + QStringLiteral(".layout.json"));
    const QString startFrom = source.option(FixedOption::layout, source.option(FixedOption::copybook));
    readRecords();
    if (!startFrom.isEmpty())
        loadLayout(FixedSource::resolve(source, startFrom));
    else if (!m_bytes.isEmpty())
        guessColumns();
    fillTable();
}

void FixedLayoutDialog::readRecords()
{
    m_bytes.clear();
    m_shown.clear();
    QString why;
    std::optional<CodePage> page;
    const QString encoding = m_source.option(FixedOption::encoding);
    if (!encoding.isEmpty() && encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0) {
        page = CodePage::find(encoding, &why);
        if (!page) {
            m_message->setText(why);
            return;
        }
    }
    RecordFile::Format format = RecordFile::Format::Text;
    const QString recfm = m_source.option(FixedOption::recfm);
    if (!recfm.isEmpty() && !RecordFile::formatFromName(recfm, &format)) {
        m_message->setText(tr("Unknown record format '%1'.").arg(recfm));
        return;
    }
    int length = m_source.option(FixedOption::lrecl).toInt();
    if (format == RecordFile::Format::Fixed && length <= 0) {
        // Fixed-length records without a length: the layout's, if it has one.
        QString ignored;
        if (const std::optional<FixedSource> known = FixedSource::fromEndpoint(m_source, &ignored))
            length = known->recordLength > 0 ? known->recordLength : known->layout.recordLength;
        if (length <= 0) {
            m_message->setText(tr("Fixed-length records: give the record length on the form first."));
            return;
        }
    }
    QFile file(m_source.path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("%1 cannot be read: %2").arg(m_source.path, file.errorString()));
        return;
    }
    // Lines as they are (a length would pad them); other records as the length cuts them.
    RecordFile records(&file, format, format == RecordFile::Format::Text ? 0 : length);
    QByteArray record;
    qint64 number = 0;
    qint64 offset = 0;
    QString problem;
    int longest = length;
    while (m_bytes.size() < sampleRecords && records.next(&record, &number, &offset, &problem)) {
        m_bytes << record;
        m_shown << display(record, page);
        longest = std::max(longest, int(record.size()));
    }
    if (!records.error().isEmpty())
        m_message->setText(records.error());
    m_ruler->setRecords(m_shown, longest);
}

bool FixedLayoutDialog::loadLayout(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray text = file.readAll();
    QString error;
    const std::optional<RecordLayout> loaded = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        ? RecordLayout::fromJson(text, &error)
        : Copybook::parse(QString::fromUtf8(text), &error);
    if (!loaded) {
        m_message->setText(tr("%1: %2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    m_layout = *loaded;
    // The ruler reaches at least to the layout's end, even past short sample records.
    if (m_layout.recordLength > m_ruler->recordLength())
        m_ruler->setRecords(m_shown, m_layout.recordLength);
    // A boundary where each field starts and ends: bytes between fields (a copybook's FILLER)
    // become a field of their own without a name, skipped as they were.
    QList<int> starts;
    QSet<int> named;
    for (const RecordField &field : std::as_const(m_layout.fields)) {
        starts << field.offset << field.offset + field.length;
        named.insert(field.offset);
    }
    RecordLayout withGaps = LayoutGuess::fromStarts(starts, m_ruler->recordLength(), m_layout);
    for (RecordField &field : withGaps.fields) {
        if (!named.contains(field.offset))
            field.name.clear();
    }
    m_layout = withGaps;
    {
        const QSignalBlocker blocker(m_ruler);
        m_ruler->setBoundaries(starts);
    }
    m_fields->setRowCount(0); // the table's names are the old layout's
    rebuild();
    m_message->setText(tr("Started from %1.").arg(QFileInfo(path).fileName()));
    return true;
}

void FixedLayoutDialog::guessColumns()
{
    // The records are shown in their code page, so an EBCDIC blank is a space here too.
    m_ruler->setBoundaries(LayoutGuess::starts(m_shown));
}

void FixedLayoutDialog::syncFromTable()
{
    for (int row = 0; row < m_fields->rowCount() && row < m_layout.fields.size(); ++row) {
        RecordField &field = m_layout.fields[row];
        if (const QTableWidgetItem *name = m_fields->item(row, NameColumn))
            field.name = name->text().trimmed();
        if (field.encoding != RecordField::Encoding::Text)
            continue;
        if (const auto *type = qobject_cast<QComboBox *>(m_fields->cellWidget(row, TypeColumn))) {
            const QString text = type->currentIndex() == 0 && type->currentText() == type->itemText(0)
                ? QString() : type->currentText().trimmed();
            field.declared = text.isEmpty() ? std::nullopt : DataType::fromString(text);
        }
    }
}

void FixedLayoutDialog::rebuild()
{
    syncFromTable();
    m_layout = LayoutGuess::fromStarts(m_ruler->boundaries(), m_ruler->recordLength(), m_layout);
    fillTable();
}

void FixedLayoutDialog::fillTable()
{
    m_fields->setRowCount(int(m_layout.fields.size()));
    const QString first = m_shown.value(0);
    for (int row = 0; row < m_layout.fields.size(); ++row) {
        const RecordField &field = m_layout.fields.at(row);
        m_fields->setItem(row, NameColumn, new QTableWidgetItem(field.name));
        auto fixed = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            return item;
        };
        m_fields->setItem(row, StartColumn, fixed(QString::number(field.offset + 1)));
        m_fields->setItem(row, LengthColumn, fixed(QString::number(field.length)));
        auto *type = qobject_cast<QComboBox *>(m_fields->cellWidget(row, TypeColumn));
        if (field.encoding == RecordField::Encoding::Text) {
            if (!type) {
                type = new QComboBox; // the table takes it
                type->setEditable(true);
                type->addItems({tr("from the values"), QStringLiteral("int64"), QStringLiteral("decimal(12,2)"),
                                QStringLiteral("date"), QStringLiteral("datetime"), QStringLiteral("boolean")});
                m_fields->setItem(row, TypeColumn, fixed(QString()));
                m_fields->setCellWidget(row, TypeColumn, type);
            }
            type->setCurrentText(field.declared ? field.declared->toString() : tr("from the values"));
            type->setAccessibleName(tr("Type of %1").arg(field.name));
        } else {
            if (type) {
                type->hide(); // deleted later by the table
                m_fields->removeCellWidget(row, TypeColumn);
            }
            m_fields->setItem(row, TypeColumn, fixed(typeText(field)));
        }
        const QString value = field.encoding == RecordField::Encoding::Text
            ? first.mid(field.offset, field.length).trimmed() : QString();
        m_fields->setItem(row, FirstColumn, fixed(value));
    }
}

RecordLayout FixedLayoutDialog::layout() const
{
    const_cast<FixedLayoutDialog *>(this)->syncFromTable();
    return m_layout;
}

void FixedLayoutDialog::accept()
{
    // A column left without a name is bytes to skip (as COBOL's FILLER); the record keeps its length.
    RecordLayout result = layout();
    result.fields.removeIf([](const RecordField &field) { return field.name.isEmpty(); });
    if (result.fields.isEmpty()) {
        m_message->setText(tr("Name at least one column."));
        return;
    }
    // What the layout file would refuse is said here, at the field.
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        const auto *type = qobject_cast<QComboBox *>(m_fields->cellWidget(row, TypeColumn));
        const QString text = type ? type->currentText().trimmed() : QString();
        if (type && !text.isEmpty() && text != type->itemText(0) && !DataType::fromString(text)) {
            m_message->setText(tr("Column %1: '%2' is not a type (int64, decimal(12,2), date, datetime, boolean...).")
                                   .arg(row + 1).arg(text));
            return;
        }
    }
    const QString path = m_save->path();
    if (path.isEmpty()) {
        m_message->setText(tr("Choose where to save the layout."));
        return;
    }
    const QByteArray json = result.toJson();
    QString error;
    if (!RecordLayout::fromJson(json, &error)) {
        m_message->setText(error);
        return;
    }
    if (!writeWhole(path, json, &error)) {
        m_message->setText(tr("%1 cannot be written: %2").arg(path, error));
        return;
    }
    m_savedPath = path;
    QDialog::accept();
}

} // namespace barge
