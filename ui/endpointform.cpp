#include "endpointform.h"

#include "csvendpointform.h"
#include "filepathedit.h"
#include "serverendpointform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace barge {

namespace {

// Stack pages in the order of the kind box's items.
enum StackIndex { SqliteIndex, CsvIndex, PostgresIndex, MySqlIndex };

int indexOf(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::Sqlite:
        return SqliteIndex;
    case EndpointKind::Csv:
        return CsvIndex;
    case EndpointKind::Postgres:
        return PostgresIndex;
    case EndpointKind::MySql:
        return MySqlIndex;
    }
    return SqliteIndex;
}

} // namespace

EndpointForm::EndpointForm(EndpointScanner::Role role, QWidget *parent) : QWidget(parent), m_role(role)
{
    const bool source = role == EndpointScanner::Role::Source;
    m_kind = new QComboBox(this);
    m_kind->addItem(QIcon(QStringLiteral(":/icons/database.svg")), tr("SQLite database file"));
    m_kind->addItem(QIcon(QStringLiteral(":/icons/csv.svg")), tr("CSV file or folder"));
    m_kind->addItem(QIcon(QStringLiteral(":/icons/server.svg")), tr("PostgreSQL server"));
    m_kind->addItem(QIcon(QStringLiteral(":/icons/server.svg")), tr("MariaDB / MySQL server"));
    m_kind->setAccessibleName(source ? tr("Source kind") : tr("Target kind"));

    auto *sqlitePage = new QWidget(this);
    m_sqlitePath = new FilePathEdit(source ? FilePathEdit::Mode::OpenFile : FilePathEdit::Mode::SaveFile,
                                    QStringLiteral("sqlite"), sqlitePage);
    m_sqlitePath->setNameFilter(tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
    m_sqlitePath->setAccessibleName(source ? tr("Source database file") : tr("Target database file"));
    m_sqlitePath->setPlaceholderText(source ? tr("shop.db") : tr("a new or existing .db file"));
    auto *sqliteForm = new QFormLayout(sqlitePage);
    sqliteForm->setContentsMargins(0, 0, 0, 0);
    sqliteForm->addRow(tr("&File:"), m_sqlitePath);
    if (!source) {
        auto *hint = new QLabel(tr("A file that does not exist yet is created."), sqlitePage);
        hint->setWordWrap(true);
        sqliteForm->addRow(QString(), hint);
    }

    m_csv = new CsvEndpointForm(source, this);
    m_postgres = new ServerEndpointForm(EndpointKind::Postgres, this);
    m_mysql = new ServerEndpointForm(EndpointKind::MySql, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(sqlitePage);
    m_stack->addWidget(m_csv);
    m_stack->addWidget(m_postgres);
    m_stack->addWidget(m_mysql);

    m_test = new QPushButton(QIcon(QStringLiteral(":/icons/plug.svg")), tr("&Test connection"), this);
    m_test->setAccessibleName(tr("Test connection"));
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_continueAnyway = new QCheckBox(tr("Continue an&yway, without a working connection"), this);
    m_continueAnyway->setAccessibleName(tr("Continue anyway"));
    m_continueAnyway->hide();

    auto *kindRow = new QFormLayout;
    kindRow->setContentsMargins(0, 0, 0, 0);
    kindRow->addRow(source ? tr("&Read from:") : tr("&Write to:"), m_kind);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(kindRow);
    layout->addWidget(m_stack, 1);
    layout->addLayout(testRow);
    layout->addWidget(m_continueAnyway);
    layout->addStretch(0);
    m_layout = layout;

    connect(m_kind, &QComboBox::currentIndexChanged, this, &EndpointForm::onKindChanged);
    onKindChanged();
    connect(m_sqlitePath, &FilePathEdit::pathChanged, this, &EndpointForm::onChanged);
    connect(m_csv, &CsvEndpointForm::changed, this, &EndpointForm::onChanged);
    connect(m_postgres, &ServerEndpointForm::changed, this, &EndpointForm::onChanged);
    connect(m_mysql, &ServerEndpointForm::changed, this, &EndpointForm::onChanged);
    connect(m_test, &QPushButton::clicked, this, &EndpointForm::testConnection);
    connect(m_continueAnyway, &QCheckBox::toggled, this, &EndpointForm::changed);
    connect(&m_watcher, &QFutureWatcher<ConnectionCheck>::finished, this, &EndpointForm::showTestResult);
}

void EndpointForm::onKindChanged()
{
    const int current = m_kind->currentIndex();
    m_stack->setCurrentIndex(current);
    // Only the CSV form (with its preview) grows; the others keep "Test connection" right below them.
    for (int i = 0; i < m_stack->count(); ++i) {
        m_stack->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                                          i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    const bool grows = current == CsvIndex && m_role == EndpointScanner::Role::Source;
    m_layout->setStretch(1, grows ? 1 : 0);
    m_layout->setStretch(4, grows ? 0 : 1);
    m_stack->adjustSize();
    onChanged();
}

void EndpointForm::onChanged()
{
    // A failed check stays in view while the settings are corrected: only a passing test (or
    // "Continue anyway") lets the page go on.
    if (m_check == CheckState::Failed) {
        m_result->setText(QStringLiteral("✖ ") + m_failure + QLatin1Char(' ')
                          + tr("Click Test connection again to check your changes."));
    } else {
        m_check = CheckState::Unchecked;
        m_result->clear();
        m_result->setStyleSheet(QString());
    }
    Q_EMIT changed();
}

bool EndpointForm::blocksNext() const
{
    return m_check == CheckState::Failed && !m_continueAnyway->isChecked();
}

void EndpointForm::showFailure(const QString &message, bool blocking)
{
    setCheck(blocking ? CheckState::Failed : CheckState::Unchecked, message);
    if (!blocking) {
        m_result->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_result->setText(QStringLiteral("✖ ") + message);
    }
}

void EndpointForm::setCheck(CheckState state, const QString &message)
{
    m_check = state;
    const bool failed = state == CheckState::Failed;
    if (failed) {
        m_failure = message;
        m_continueAnyway->setChecked(false);
    }
    m_continueAnyway->setVisible(failed);
    // The same red as the other inline errors, readable in light and dark palettes.
    m_result->setStyleSheet(failed ? QStringLiteral("color: #b00020;") : QString());
    const QString mark = state == CheckState::Passed ? QStringLiteral("✔ ") : failed ? QStringLiteral("✖ ") : QString();
    m_result->setText(mark + message);
    m_result->setAccessibleDescription(message);
    Q_EMIT changed();
}

Endpoint EndpointForm::endpoint() const
{
    switch (m_kind->currentIndex()) {
    case CsvIndex:
        return m_csv->endpoint();
    case PostgresIndex:
        return m_postgres->endpoint();
    case MySqlIndex:
        return m_mysql->endpoint();
    default:
        break;
    }
    Endpoint e;
    e.kind = EndpointKind::Sqlite;
    e.scheme = QStringLiteral("sqlite");
    e.path = m_sqlitePath->path().isEmpty() ? QString() : QDir::cleanPath(m_sqlitePath->path());
    return e;
}

void EndpointForm::setEndpoint(const Endpoint &endpoint)
{
    switch (endpoint.kind) {
    case EndpointKind::Sqlite:
        m_sqlitePath->setPath(endpoint.path);
        break;
    case EndpointKind::Csv:
        m_csv->setEndpoint(endpoint);
        break;
    case EndpointKind::Postgres:
        m_postgres->setEndpoint(endpoint);
        break;
    case EndpointKind::MySql:
        m_mysql->setEndpoint(endpoint);
        break;
    }
    m_kind->setCurrentIndex(indexOf(endpoint.kind));
    setCheck(CheckState::Unchecked, QString()); // a new endpoint: nothing is known about it yet
}

ServerEndpointForm *EndpointForm::serverForm() const
{
    switch (m_kind->currentIndex()) {
    case PostgresIndex:
        return m_postgres;
    case MySqlIndex:
        return m_mysql;
    default:
        return nullptr;
    }
}

PasswordMemory EndpointForm::passwordMemory() const
{
    const ServerEndpointForm *server = serverForm();
    return server ? server->passwordMemory() : PasswordMemory::Keep;
}

QString EndpointForm::missing() const
{
    switch (m_kind->currentIndex()) {
    case CsvIndex:
        return m_csv->missing();
    case PostgresIndex:
        return m_postgres->missing();
    case MySqlIndex:
        return m_mysql->missing();
    default:
        break;
    }
    const QString path = m_sqlitePath->path();
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

void EndpointForm::testConnection()
{
    const QString gap = missing();
    if (!gap.isEmpty()) {
        m_result->setText(gap);
        return;
    }
    if (m_watcher.isRunning())
        return;
    // The button stays enabled (a second click is ignored above): disabling it would move the focus
    // on to the wizard's Back button.
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Connecting…"));
    m_tested = endpoint();
    m_watcher.setFuture(QtConcurrent::run(&EndpointScanner::test, m_tested, m_role));
}

void EndpointForm::showTestResult()
{
    const ConnectionCheck check = m_watcher.result();
    if (!(m_tested == endpoint())) {
        // The settings changed while the test ran: its answer is about something no longer shown.
        m_result->setText(tr("The settings changed during the test; click Test connection again."));
        Q_EMIT tested(false);
        return;
    }
    setCheck(check.ok ? CheckState::Passed : CheckState::Failed, check.message);
    Q_EMIT tested(check.ok);
}

} // namespace barge
