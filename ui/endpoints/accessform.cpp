#include "accessform.h"

#include "filepathedit.h"
#include "io/access/accesskind.h"
#include "kindforms.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>

namespace barge {

void registerAccessForm()
{
    KindForms::add({AccessKind, QT_TRANSLATE_NOOP("barge::KindForms", "Microsoft Access database file"),
                    QStringLiteral(":/icons/database.svg"),
                    [](EndpointScanner::Role, QWidget *parent) { return new AccessForm(parent); }});
}

AccessForm::AccessForm(QWidget *parent) : KindForm(parent)
{
    m_path = new FilePathEdit(FilePathEdit::Mode::OpenFile, QStringLiteral("access"), this);
    m_path->setNameFilter(tr("Access databases (*.mdb *.accdb);;All files (*)"));
    m_path->setAccessibleName(tr("Source Access database file"));
    m_path->setPlaceholderText(tr("orders.mdb"));
    m_encoding = new QComboBox(this);
    m_encoding->setEditable(true);
    m_encoding->addItem(QString());
    m_encoding->addItems({QStringLiteral("windows-1252"), QStringLiteral("windows-1250"), QStringLiteral("windows-1251"),
                          QStringLiteral("windows-1253"), QStringLiteral("windows-1254"), QStringLiteral("windows-1257")});
    m_encoding->setAccessibleName(tr("Code page of Access 97 files"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&File:"), m_path);
    form->addRow(tr("Code &page (Access 97):"), m_encoding);
    auto *hint = new QLabel(tr("Tables, keys, indexes and enforced relationships are read through mdbtools. "
                               "Access 2000 and later store Unicode; an Access 97 file's text is read as "
                               "windows-1252 unless you name its code page."),
                            this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    connect(m_path, &FilePathEdit::pathChanged, this, &AccessForm::changed);
    connect(m_encoding, &QComboBox::currentTextChanged, this, &AccessForm::changed);
}

Endpoint AccessForm::endpoint() const
{
    Endpoint e;
    e.kind = AccessKind;
    e.scheme = AccessKind.id();
    e.path = m_path->path().isEmpty() ? QString() : QDir::cleanPath(m_path->path());
    if (!m_encoding->currentText().trimmed().isEmpty())
        e.options.insert(QStringLiteral("encoding"), m_encoding->currentText().trimmed());
    return e;
}

void AccessForm::setEndpoint(const Endpoint &endpoint)
{
    m_path->setPath(endpoint.path);
    m_encoding->setCurrentText(endpoint.options.value(QStringLiteral("encoding")));
}

QString AccessForm::missing() const
{
    const QString path = m_path->path();
    if (path.isEmpty())
        return tr("Choose an Access database file.");
    const QFileInfo info(path);
    if (info.isDir())
        return tr("%1 is a folder, not a database file.").arg(path);
    if (!info.isFile())
        return tr("%1 does not exist.").arg(path);
    return QString();
}

} // namespace barge
