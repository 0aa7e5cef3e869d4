#include "jsonlform.h"

#include "filepathedit.h"
#include "io/jsonl/jsonlkind.h"
#include "kindforms.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

namespace barge {

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
    setTabOrder(m_oneFile, m_folder);
    setTabOrder(m_folder, m_path->lineEdit());
    setTabOrder(m_path->lineEdit(), m_path->browseButton());

    connect(m_oneFile, &QRadioButton::toggled, this, &JsonlForm::updateMode);
    connect(m_path, &FilePathEdit::pathChanged, this, &JsonlForm::changed);
    updateMode();
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
    Q_EMIT changed();
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
