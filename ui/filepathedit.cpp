#include "filepathedit.h"

#include "wizardsettings.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace barge {

FilePathEdit::FilePathEdit(Mode mode, const QString &settingsKey, QWidget *parent)
    : QWidget(parent), m_mode(mode), m_settingsKey(settingsKey)
{
    m_edit = new QLineEdit(this);
    m_edit->setClearButtonEnabled(true);
    m_browse = new QPushButton(QIcon(QStringLiteral(":/icons/folder-open.svg")), tr("Browse…"), this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    setFocusProxy(m_edit);
    // A label's buddy only takes focus from its mnemonic when it accepts focus itself; the proxy
    // hands it on to the line edit, and Tab still stops at the line edit and the button only.
    setFocusPolicy(Qt::StrongFocus);
    connect(m_edit, &QLineEdit::textChanged, this, &FilePathEdit::pathChanged);
    connect(m_browse, &QPushButton::clicked, this, &FilePathEdit::browse);
}

QString FilePathEdit::path() const
{
    return m_edit->text().trimmed();
}

void FilePathEdit::setPath(const QString &path)
{
    m_edit->setText(path);
}

void FilePathEdit::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void FilePathEdit::setAccessibleName(const QString &name)
{
    m_edit->setAccessibleName(name);
    m_browse->setAccessibleName(tr("Browse for %1").arg(name));
}

void FilePathEdit::browse()
{
    const QString start = path().isEmpty() ? WizardSettings::lastFolder(m_settingsKey) : path();
    QString chosen;
    switch (m_mode) {
    case Mode::OpenFile:
        chosen = QFileDialog::getOpenFileName(this, m_edit->accessibleName(), start, m_filter);
        break;
    case Mode::SaveFile:
        chosen = QFileDialog::getSaveFileName(this, m_edit->accessibleName(), start, m_filter, nullptr,
                                              QFileDialog::DontConfirmOverwrite);
        break;
    case Mode::Folder:
        chosen = QFileDialog::getExistingDirectory(this, m_edit->accessibleName(), start);
        break;
    }
    if (chosen.isEmpty())
        return;
    WizardSettings::setLastFolder(m_settingsKey, chosen);
    m_edit->setText(chosen);
}

} // namespace barge
