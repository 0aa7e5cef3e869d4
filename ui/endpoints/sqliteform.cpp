#include "sqliteform.h"

#include "filepathedit.h"
#include "kindforms.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>

namespace barge {

void registerSqliteForm()
{
    KindForms::add({EndpointKind::Sqlite, QT_TRANSLATE_NOOP("barge::KindForms", "SQLite database file"),
                    QStringLiteral(":/icons/database.svg"),
                    [](EndpointScanner::Role role, QWidget *parent) { return new SqliteForm(role, parent); }});
}

SqliteForm::SqliteForm(EndpointScanner::Role role, QWidget *parent) : KindForm(parent), m_role(role)
{
    const bool source = role == EndpointScanner::Role::Source;
    m_path = new FilePathEdit(source ? FilePathEdit::Mode::OpenFile : FilePathEdit::Mode::SaveFile,
                              QStringLiteral("sqlite"), this);
    m_path->setNameFilter(tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
    m_path->setAccessibleName(source ? tr("Source database file") : tr("Target database file"));
    m_path->setPlaceholderText(source ? tr("shop.db") : tr("a new or existing .db file"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&File:"), m_path);
    if (!source) {
        auto *hint = new QLabel(tr("A file that does not exist yet is created."), this);
        hint->setWordWrap(true);
        form->addRow(QString(), hint);
    }
    connect(m_path, &FilePathEdit::pathChanged, this, &SqliteForm::changed);
}

Endpoint SqliteForm::endpoint() const
{
    Endpoint e;
    e.kind = EndpointKind::Sqlite;
    e.scheme = QStringLiteral("sqlite");
    e.path = m_path->path().isEmpty() ? QString() : QDir::cleanPath(m_path->path());
    return e;
}

void SqliteForm::setEndpoint(const Endpoint &endpoint)
{
    m_path->setPath(endpoint.path);
}

QString SqliteForm::missing() const
{
    const QString path = m_path->path();
    if (path.isEmpty())
        return tr("Choose a database file.");
    const QFileInfo info(path);
    if (info.isDir())
        return tr("%1 is a folder, not a database file.").arg(path);
    if (m_role == EndpointScanner::Role::Source && !info.isFile())
        return tr("%1 does not exist.").arg(path);
    if (m_role == EndpointScanner::Role::Target && !info.exists())
        return EndpointScanner::missingFolder(path);
    return QString();
}

} // namespace barge
