#pragma once
// ServerForm: host, port, database, user, password (masked), TLS mode, socket and schema for
// a PostgreSQL or MariaDB/MySQL endpoint, with the CA file that verify modes check the server against.
// The password lives only in this form and the Endpoint it returns, and, when "Remember password"
// is ticked, in the system keychain (PasswordStore, asynchronously on the GUI thread): the form fills
// an empty password field from there whenever it shows an endpoint with a stored password.
// Registered for EndpointKind::Postgres and EndpointKind::MySql in KindForms.

#include "kindform.h"

class QCheckBox;
class QComboBox;
class QTimer;
class QLineEdit;
class QLabel;
class QSpinBox;

namespace barge {

class FilePathEdit;

class ServerForm : public KindForm
{
    Q_OBJECT

public:
    explicit ServerForm(EndpointKind kind, QWidget *parent = nullptr);

    EndpointKind kind() const { return m_kind; }
    Endpoint endpoint() const override;
    void setEndpoint(const Endpoint &endpoint) override;
    // Empty when complete, else what is missing ("Enter the database name.").
    QString missing() const override;

    // What to do with the password in the keychain when the run starts or the profile is saved.
    PasswordMemory passwordMemory() const override;
    QCheckBox *rememberBox() const { return m_remember; }
    QLabel *keychainNote() const { return m_keychainNote; }
    // Shows what the keychain did (for PasswordMemory::apply's report); details go into the tooltip.
    void showKeychainNote(const QString &text, const QString &details = QString());

private:
    QString tlsOptionName() const;
    QString caOptionName() const;
    void lookUpStoredPassword();

    EndpointKind m_kind;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_tls = nullptr;
    FilePathEdit *m_caFile = nullptr;
    QLineEdit *m_socket = nullptr;
    QLineEdit *m_schema = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_keychainNote = nullptr;
    QTimer *m_lookup = nullptr;
    bool m_filledFromKeychain = false; // the password shown came from the keychain
};

} // namespace barge
