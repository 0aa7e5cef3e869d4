#include "serverform.h"

#include "credentials/passwordstore.h"
#include "filepathedit.h"
#include "kindforms.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>

namespace barge {

// PostgreSQL and MariaDB/MySQL share the form; it asks its kind for what differs.
void registerPostgresForm()
{
    KindForms::add({EndpointKind::Postgres, QT_TRANSLATE_NOOP("barge::KindForms", "PostgreSQL server"),
                    QStringLiteral(":/icons/server.svg"),
                    [](EndpointScanner::Role, QWidget *parent) { return new ServerForm(EndpointKind::Postgres, parent); }});
}

void registerMysqlForm()
{
    KindForms::add({EndpointKind::MySql, QT_TRANSLATE_NOOP("barge::KindForms", "MariaDB / MySQL server"),
                    QStringLiteral(":/icons/server.svg"),
                    [](EndpointScanner::Role, QWidget *parent) { return new ServerForm(EndpointKind::MySql, parent); }});
}

ServerForm::ServerForm(EndpointKind kind, QWidget *parent) : KindForm(parent), m_kind(kind)
{
    const bool postgres = kind == EndpointKind::Postgres;
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(QStringLiteral("localhost"));
    m_port = new QSpinBox(this);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (%1)").arg(postgres ? 5432 : 3306));
    m_database = new QLineEdit(this);
    m_user = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("not saved in profiles"));
    m_tls = new QComboBox(this);
    m_tls->addItem(tr("Default"), QString());
    const QStringList modes = postgres
        ? QStringList{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                      QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")}
        : QStringList{QStringLiteral("DISABLED"), QStringLiteral("PREFERRED"), QStringLiteral("REQUIRED"),
                      QStringLiteral("VERIFY_CA"), QStringLiteral("VERIFY_IDENTITY")};
    for (const QString &mode : modes)
        m_tls->addItem(mode, mode);
    m_caFile = new FilePathEdit(FilePathEdit::Mode::OpenFile, QStringLiteral("certificate"), this);
    m_caFile->setNameFilter(tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    m_caFile->setPlaceholderText(tr("CA certificate, for the verify modes"));
    m_socket = new QLineEdit(this);
    m_socket->setPlaceholderText(postgres ? tr("socket folder, e.g. /var/run/postgresql")
                                          : tr("socket file, e.g. /run/mysqld/mysqld.sock"));
    m_schema = new QLineEdit(this);
    m_schema->setPlaceholderText(QStringLiteral("public"));
    m_remember = new QCheckBox(tr("Re&member password in the system keychain"), this);
    m_keychainNote = new QLabel(this);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->hide();
    m_lookup = new QTimer(this);
    m_lookup->setSingleShot(true);
    m_lookup->setInterval(400); // after typing pauses, not on every key

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("P&assword:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keychainNote);
    form->addRow(tr("T&LS mode:"), m_tls);
    form->addRow(tr("&CA certificate:"), m_caFile);
    form->addRow(tr("&Socket:"), m_socket);
    if (postgres)
        form->addRow(tr("Sch&ema:"), m_schema);
    else
        m_schema->hide();

    m_host->setAccessibleName(tr("Host"));
    m_port->setAccessibleName(tr("Port"));
    m_database->setAccessibleName(tr("Database name"));
    m_user->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_remember->setAccessibleName(tr("Remember password in the system keychain"));
    m_tls->setAccessibleName(tr("TLS mode"));
    m_caFile->setAccessibleName(tr("CA certificate file"));
    m_socket->setAccessibleName(tr("Socket"));
    m_schema->setAccessibleName(tr("Schema"));

    for (QLineEdit *edit : {m_host, m_database, m_user, m_password, m_socket, m_schema})
        connect(edit, &QLineEdit::textChanged, this, &ServerForm::changed);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerForm::changed);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &ServerForm::changed);
    connect(m_caFile, &FilePathEdit::pathChanged, this, &ServerForm::changed);

    // A stored password is looked up whenever the endpoint it would belong to changes.
    for (QLineEdit *edit : {m_host, m_database, m_user, m_socket})
        connect(edit, &QLineEdit::textEdited, m_lookup, qOverload<>(&QTimer::start));
    connect(m_port, &QSpinBox::valueChanged, m_lookup, qOverload<>(&QTimer::start));
    connect(m_lookup, &QTimer::timeout, this, &ServerForm::lookUpStoredPassword);
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_filledFromKeychain = false; });
}

void ServerForm::lookUpStoredPassword()
{
    const Endpoint e = endpoint();
    if (!m_password->text().isEmpty() || e.database.isEmpty())
        return;
    const QString account = PasswordStore::account(e);
    PasswordStore::read(e, this, [this, account](const PasswordStore::Result &result) {
        // Only if the form still shows that endpoint and nobody typed a password meanwhile.
        if (PasswordStore::account(endpoint()) != account || !m_password->text().isEmpty())
            return;
        if (result.ok()) {
            m_password->setText(result.password);
            m_remember->setChecked(true);
            m_filledFromKeychain = true;
            showKeychainNote(tr("Password filled in from the system keychain."));
        } else if (result.status == PasswordStore::Status::Unavailable) {
            // One short line that fits beside the form at 800x600; the technical reason on hover.
            showKeychainNote(tr("The system keychain is not available, so passwords cannot be remembered."),
                             result.message);
        }
    });
}

void ServerForm::showKeychainNote(const QString &text, const QString &details)
{
    m_keychainNote->setText(text);
    m_keychainNote->setToolTip(details);
    m_keychainNote->setVisible(!text.isEmpty());
}

PasswordMemory ServerForm::passwordMemory() const
{
    if (m_remember->isChecked() && !m_password->text().isEmpty())
        return PasswordMemory::Remember;
    if (!m_remember->isChecked() && m_filledFromKeychain)
        return PasswordMemory::Forget;
    return PasswordMemory::Keep;
}

QString ServerForm::tlsOptionName() const
{
    return m_kind == EndpointKind::Postgres ? QStringLiteral("sslmode") : QStringLiteral("ssl-mode");
}

QString ServerForm::caOptionName() const
{
    return m_kind == EndpointKind::Postgres ? QStringLiteral("sslrootcert") : QStringLiteral("ssl-ca");
}

Endpoint ServerForm::endpoint() const
{
    Endpoint e;
    e.kind = m_kind;
    e.scheme = m_kind == EndpointKind::Postgres ? QStringLiteral("postgresql") : QStringLiteral("mariadb");
    e.host = m_host->text().trimmed();
    e.port = m_port->value();
    e.database = m_database->text().trimmed();
    e.user = m_user->text().trimmed();
    e.password = m_password->text();
    const QString tls = m_tls->currentData().toString();
    if (!tls.isEmpty())
        e.options.insert(tlsOptionName(), tls);
    const QString ca = m_caFile->path().trimmed();
    if (!ca.isEmpty())
        e.options.insert(caOptionName(), ca);
    const QString socket = m_socket->text().trimmed();
    if (!socket.isEmpty())
        e.options.insert(m_kind == EndpointKind::Postgres ? QStringLiteral("host") : QStringLiteral("socket"), socket);
    const QString schema = m_schema->text().trimmed();
    if (m_kind == EndpointKind::Postgres && !schema.isEmpty())
        e.options.insert(QStringLiteral("schema"), schema);
    return e;
}

void ServerForm::setEndpoint(const Endpoint &e)
{
    m_host->setText(e.host);
    m_port->setValue(e.port);
    m_database->setText(e.database);
    m_user->setText(e.user);
    m_password->setText(e.password);
    const int tls = m_tls->findData(e.option(tlsOptionName()));
    m_tls->setCurrentIndex(tls < 0 ? 0 : tls);
    m_caFile->setPath(e.option(caOptionName()));
    m_socket->setText(e.option(m_kind == EndpointKind::Postgres ? QStringLiteral("host") : QStringLiteral("socket")));
    m_schema->setText(e.option(QStringLiteral("schema")));
    m_filledFromKeychain = false;
    showKeychainNote(QString());
    if (e.password.isEmpty())
        lookUpStoredPassword();
}

QString ServerForm::missing() const
{
    if (m_database->text().trimmed().isEmpty())
        return tr("Enter the database name.");
    const QString socket = m_socket->text().trimmed();
    if (!socket.isEmpty() && !socket.startsWith(QLatin1Char('/')))
        return tr("The socket must be an absolute path.");
    const QString tls = m_tls->currentData().toString().toLower();
    // libpq falls back to ~/.postgresql/root.crt; the MariaDB client has no such default.
    if (m_kind == EndpointKind::MySql && tls.startsWith(QLatin1String("verify")) && m_caFile->path().trimmed().isEmpty())
        return tr("Choose the CA certificate that the verify modes check the server against.");
    return QString();
}

} // namespace barge
