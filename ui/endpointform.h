#pragma once
// EndpointForm: one side of a migration: the kind (SQLite file, CSV, PostgreSQL, MariaDB/MySQL),
// a form for that kind, and "Test connection", which runs on a worker thread and reports inline.
// SourcePage and TargetPage each hold one.

#include "endpoint/endpoint.h"
#include "endpointscanner.h"
#include "passwordmemory.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace barge {

class CsvEndpointForm;
class FilePathEdit;
class ServerEndpointForm;

class EndpointForm : public QWidget
{
    Q_OBJECT

public:
    EndpointForm(EndpointScanner::Role role, QWidget *parent = nullptr);

    Endpoint endpoint() const;
    void setEndpoint(const Endpoint &endpoint);
    // Empty when the form is complete, else a sentence saying what is missing.
    QString missing() const;
    // The server form's PasswordMemory; Keep for files.
    PasswordMemory passwordMemory() const;
    ServerEndpointForm *serverForm() const; // the shown server form, or nullptr

    QComboBox *kindBox() const { return m_kind; }
    FilePathEdit *sqlitePath() const { return m_sqlitePath; }
    CsvEndpointForm *csvForm() const { return m_csv; }
    QPushButton *testButton() const { return m_test; }
    QLabel *testResult() const { return m_result; }

Q_SIGNALS:
    void changed();
    void tested(bool ok);

private:
    void onKindChanged();
    void onChanged();
    void testConnection();
    void showTestResult();

    EndpointScanner::Role m_role;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_stack = nullptr;
    QVBoxLayout *m_layout = nullptr;
    FilePathEdit *m_sqlitePath = nullptr;
    CsvEndpointForm *m_csv = nullptr;
    ServerEndpointForm *m_postgres = nullptr;
    ServerEndpointForm *m_mysql = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
    QFutureWatcher<ConnectionCheck> m_watcher;
};

} // namespace barge
