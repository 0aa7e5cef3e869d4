#pragma once
// EndpointForm: one side of a migration: the kind (SQLite file, CSV, PostgreSQL, MariaDB/MySQL),
// the form of that kind (a KindForm, registered per kind in KindForms: ui/endpoints/), and "Test
// connection", which runs on a worker thread and reports inline. SourcePage and TargetPage each hold one.

#include "endpoint/endpoint.h"
#include "engine/endpointscanner.h"
#include "passwordmemory.h"

#include <QFutureWatcher>
#include <QList>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace barge {

class CsvForm;
class FilePathEdit;
class KindForm;
class ServerForm;

class EndpointForm : public QWidget
{
    Q_OBJECT

public:
    // What the last check of this endpoint (Test connection, or a failure reported by a later page)
    // found. A failed check stays until a test passes or the endpoint is set anew.
    enum class CheckState { Unchecked, Passed, Failed };

    EndpointForm(EndpointScanner::Role role, QWidget *parent = nullptr);

    Endpoint endpoint() const;
    void setEndpoint(const Endpoint &endpoint);
    // Empty when the form is complete, else a sentence saying what is missing.
    QString missing() const;
    // The shown form's PasswordMemory; Keep for files.
    PasswordMemory passwordMemory() const;
    ServerForm *serverForm() const; // the shown server form, or nullptr

    CheckState checkState() const { return m_check; }
    // A failed check holds the page back until a test passes or "Continue anyway" is ticked.
    bool blocksNext() const;
    // Shows a failure found elsewhere (reading the tables, the run) here: as a failed test when
    // `blocking`, else only as a red note until the next change.
    void showFailure(const QString &message, bool blocking = true);

    QComboBox *kindBox() const { return m_kind; }
    FilePathEdit *sqlitePath() const; // the SQLite form's path
    CsvForm *csvForm() const;
    QPushButton *testButton() const { return m_test; }
    QLabel *testResult() const { return m_result; }
    // The tables the last passing check found, listed under it.
    QLabel *contents() const { return m_contents; }
    QCheckBox *continueAnywayBox() const { return m_continueAnyway; }

Q_SIGNALS:
    void changed();
    void tested(bool ok);

private:
    void onKindChanged();
    void onChanged();
    void testConnection();
    void showTestResult();
    void showContents(const QStringList &tables);
    void setCheck(CheckState state, const QString &message);
    KindForm *currentForm() const;
    template <typename Form>
    Form *firstForm() const;

    EndpointScanner::Role m_role;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_stack = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QList<KindForm *> m_forms; // in the kind box's order
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_contents = nullptr;
    QTimer *m_autoCheck = nullptr; // a local file is checked by itself once it is chosen
    QCheckBox *m_continueAnyway = nullptr;
    CheckState m_check = CheckState::Unchecked;
    QString m_failure; // the failed check's message, kept while the form is edited
    Endpoint m_tested;  // what the running test checks
    QFutureWatcher<ConnectionCheck> m_watcher;
};

} // namespace barge
