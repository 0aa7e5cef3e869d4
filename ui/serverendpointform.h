#pragma once
// ServerEndpointForm: host, port, database, user, password (masked), TLS mode, socket and schema for
// a PostgreSQL or MariaDB/MySQL endpoint, with the CA file that verify modes check the server against. The password lives only in this form and the Endpoint
// it returns; nothing here writes it anywhere.

#include "endpoint/endpoint.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QLabel;
class QSpinBox;

namespace barge {

class FilePathEdit;

class ServerEndpointForm : public QWidget
{
    Q_OBJECT

public:
    explicit ServerEndpointForm(EndpointKind kind, QWidget *parent = nullptr);

    EndpointKind kind() const { return m_kind; }
    Endpoint endpoint() const;
    void setEndpoint(const Endpoint &endpoint);
    // Empty when complete, else what is missing ("Enter the database name.").
    QString missing() const;

Q_SIGNALS:
    void changed();

private:
    QString tlsOptionName() const;
    QString caOptionName() const;

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
};

} // namespace barge
