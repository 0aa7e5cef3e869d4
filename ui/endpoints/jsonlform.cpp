#include "jsonlform.h"

#include "filepathedit.h"
#include "io/jsonl/jsonlintrospector.h"
#include "io/jsonl/jsonlkind.h"
#include "io/jsonl/jsonllayout.h"
#include "io/jsonl/jsonllineparser.h"
#include "io/jsonl/jsonrecords.h"
#include "kindforms.h"
#include "recordpreview.h"

#include <QButtonGroup>
#include <QFile>
#include <QHeaderView>
#include <QTableWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

namespace barge {

namespace {

constexpr int previewRecords = 20;

} // namespace

JsonSample JsonSample::read(const Endpoint &endpoint, int maxRecords, int generation)
{
    JsonSample sample;
    sample.generation = generation;
    JsonlIntrospector introspector(endpoint, false);
    QString error;
    if (!introspector.open(&error)) {
        sample.error = error;
        return sample;
    }
    const QStringList tables = introspector.tableNames(&error);
    if (tables.isEmpty()) {
        sample.error = error.isEmpty() ? QCoreApplication::translate("barge::JsonlForm", "The folder holds no such files.") : error;
        return sample;
    }
    sample.file = JsonlIntrospector::fileForTable(endpoint, tables.first());
    QFile file(sample.file);
    if (!file.open(QIODevice::ReadOnly)) {
        sample.error = QStringLiteral("%1: %2").arg(sample.file, file.errorString());
        return sample;
    }
    const std::unique_ptr<JsonRecords> records = JsonRecords::open(&file, JsonRecords::framingOf(endpoint));
    JsonlLineParser parser;
    JsonlLayout layout;
    QList<QList<JsonlValue>> parsed;
    QByteArray record;
    qint64 number = 0;
    QString problem;
    while (sample.problems.size() < maxRecords && records->next(&record, &number, &problem)) {
        QList<JsonlValue> values;
        QStringList objects;
        if (problem.isEmpty() && parser.parse(record, &values, &objects, &problem))
            problem = layout.fit(values, objects);
        if (problem.isEmpty()) {
            layout.add(values, objects);
            parsed << values;
        } else {
            parsed << QList<JsonlValue>{JsonlValue{QString(), JsonlValue::Kind::String, QString::fromUtf8(record.left(200)), false}};
        }
        sample.problems << problem;
    }
    if (!records->error().isEmpty())
        sample.error = records->error();
    const TableSchema schema = layout.schema();
    for (const ColumnSchema &column : schema.columns) {
        sample.columns << column.name;
        sample.types << column.type.toString();
    }
    for (qsizetype r = 0; r < parsed.size(); ++r) {
        const bool rejected = !sample.problems.at(r).isEmpty();
        QStringList row(sample.columns.size(), rejected ? QString() : QStringLiteral("NULL"));
        if (rejected) { // the record as it is, in the first column
            if (!row.isEmpty())
                row[0] = parsed.at(r).first().text;
            else
                row << parsed.at(r).first().text;
        } else {
            for (const JsonlValue &value : parsed.at(r)) {
                const int column = layout.indexOf(value.path);
                if (column < 0 || value.kind == JsonlValue::Kind::Null)
                    continue;
                row[column] = value.kind == JsonlValue::Kind::Boolean ? (value.boolean ? QStringLiteral("true") : QStringLiteral("false"))
                                                                      : value.text;
            }
        }
        sample.rows << row;
    }
    return sample;
}

void registerJsonlForm()
{
    KindForms::add({JsonLinesKind, QT_TRANSLATE_NOOP("barge::KindForms", "JSON Lines file or folder"),
                    QStringLiteral(":/icons/csv.svg"), [](EndpointScanner::Role role, QWidget *parent) {
                        return new JsonlForm(JsonLinesKind, role == EndpointScanner::Role::Source, parent);
                    }});
    KindForms::add({JsonKind, QT_TRANSLATE_NOOP("barge::KindForms", "JSON file or folder"),
                    QStringLiteral(":/icons/csv.svg"), [](EndpointScanner::Role role, QWidget *parent) {
                        return new JsonlForm(JsonKind, role == EndpointScanner::Role::Source, parent);
                    }});
}

JsonlForm::JsonlForm(EndpointKind kind, bool asSource, QWidget *parent)
    : KindForm(parent), m_kind(kind), m_array(kind == JsonKind), m_asSource(asSource)
{
    m_oneFile = new QRadioButton(tr("One &file"), this);
    m_folder = new QRadioButton(m_array ? tr("A f&older of .json files (one table each)")
                                        : tr("A f&older of .jsonl files (one table each)"),
                                this);
    m_oneFile->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_oneFile);
    group->addButton(m_folder);
    m_path = new FilePathEdit(FilePathEdit::Mode::OpenFile, m_array ? QStringLiteral("json") : QStringLiteral("jsonl"), this);
    if (m_array) {
        m_path->setAccessibleName(asSource ? tr("Source JSON path") : tr("Target JSON path"));
        m_oneFile->setAccessibleName(tr("One JSON file"));
        m_folder->setAccessibleName(tr("A folder of JSON files"));
    } else {
        m_path->setAccessibleName(asSource ? tr("Source JSON Lines path") : tr("Target JSON Lines path"));
        m_oneFile->setAccessibleName(tr("One JSON Lines file"));
        m_folder->setAccessibleName(tr("A folder of JSON Lines files"));
    }

    auto *choice = new QHBoxLayout;
    choice->addWidget(m_oneFile);
    choice->addWidget(m_folder);
    choice->addStretch();
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(QString(), choice);
    form->addRow(tr("&Path:"), m_path);
    QString hintText;
    if (!asSource)
        hintText = m_array ? tr("One array of JSON objects, one per row, with typed values.")
                           : tr("One JSON object per row, with typed values.");
    else
        hintText = m_array ? tr("One array of JSON objects ([{...}, {...}]), read as it streams. Nested objects become "
                                "columns named parent.child; arrays become JSON columns.")
                           : tr("One JSON object per line. Nested objects become columns named "
                                "parent.child; arrays become JSON columns.");
    auto *hint = new QLabel(hintText, this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    if (asSource) {
        m_caption = new QLabel(this);
        m_caption->setWordWrap(true);
        m_preview = new QTableWidget(this);
        m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_preview->setAccessibleName(tr("First records"));
        form->addRow(m_caption);
        form->addRow(m_preview);
        connect(&m_watcher, &QFutureWatcher<JsonSample>::finished, this, [this] { present(m_watcher.result()); });
    }
    setTabOrder(m_oneFile, m_folder);
    setTabOrder(m_folder, m_path->lineEdit());
    setTabOrder(m_path->lineEdit(), m_path->browseButton());

    connect(m_oneFile, &QRadioButton::toggled, this, &JsonlForm::updateMode);
    connect(m_path, &FilePathEdit::pathChanged, this, &JsonlForm::onChanged);
    updateMode();
}

void JsonlForm::onChanged()
{
    if (m_preview && missing().isEmpty()) {
        const Endpoint e = endpoint();
        const int generation = ++m_generation;
        m_watcher.setFuture(QtConcurrent::run([e, generation] { return JsonSample::read(e, previewRecords, generation); }));
    } else if (m_preview) {
        ++m_generation; // a preview on its way is for settings that are gone
        RecordPreview::clear(m_preview, m_caption);
    }
    Q_EMIT changed();
}

void JsonlForm::present(const JsonSample &sample)
{
    if (sample.generation != m_generation)
        return; // the settings changed while this was read
    const int bad = int(sample.problems.size() - sample.problems.count(QString()));
    const QString caption = sample.columns.isEmpty() && sample.rows.isEmpty() ? QString()
        : bad == 0 ? tr("The first %n record(s) of %1; point at a column's name for the type these records suggest "
                        "(the plan reads every record).", nullptr, int(sample.rows.size())).arg(QFileInfo(sample.file).fileName())
                   : tr("The first %n record(s) of %1; the ones in red cannot be read (point at one to see why).", nullptr,
                        int(sample.rows.size())).arg(QFileInfo(sample.file).fileName());
    m_caption->setText(RecordPreview::withError(caption, sample.error));
    RecordPreview::fill(m_preview, sample.columns, sample.rows, sample.problems, sample.types);
    Q_EMIT previewed();
}

void JsonlForm::updateMode()
{
    const bool folder = m_folder->isChecked();
    if (folder)
        m_path->setMode(FilePathEdit::Mode::Folder);
    else
        m_path->setMode(m_asSource ? FilePathEdit::Mode::OpenFile : FilePathEdit::Mode::SaveFile);
    if (m_array) {
        m_path->setNameFilter(tr("JSON files (*.json);;All files (*)"));
        m_path->setPlaceholderText(folder ? tr("folder holding .json files") : tr("file.json"));
    } else {
        m_path->setNameFilter(tr("JSON Lines files (*.jsonl *.ndjson);;All files (*)"));
        m_path->setPlaceholderText(folder ? tr("folder holding .jsonl files") : tr("file.jsonl"));
    }
    onChanged();
}

Endpoint JsonlForm::endpoint() const
{
    Endpoint e;
    e.kind = m_kind;
    e.scheme = m_kind.id();
    e.options = m_options;
    e.path = m_path->path().isEmpty() ? QString() : QDir::cleanPath(m_path->path());
    e.folder = m_folder->isChecked();
    return e;
}

void JsonlForm::setEndpoint(const Endpoint &e)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_path), QSignalBlocker(m_oneFile)};
    m_options = e.options;
    m_folder->setChecked(e.folder);
    m_oneFile->setChecked(!e.folder);
    m_path->setPath(e.path);
    updateMode();
    onChanged();
}

QString JsonlForm::missing() const
{
    const QString path = m_path->path();
    const bool folder = m_folder->isChecked();
    if (path.isEmpty())
        return folder ? tr("Choose a folder.") : m_array ? tr("Choose a JSON file.") : tr("Choose a JSON Lines file.");
    const QFileInfo info(path);
    if (m_asSource && folder && !info.isDir())
        return tr("%1 is not a folder.").arg(path);
    if (!folder && info.isDir())
        return m_array ? tr("%1 is a folder; choose “A folder of .json files” or a file.").arg(path)
                       : tr("%1 is a folder; choose “A folder of .jsonl files” or a file.").arg(path);
    if (m_asSource && !folder && !info.isFile())
        return tr("%1 does not exist.").arg(path);
    return QString();
}

} // namespace barge
