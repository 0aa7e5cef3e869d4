#pragma once
// ReportPage: what the run did, per table: read, written, rejected, time and status, with a link
// to each rejects file. Saves the report as JSON or HTML, runs the plan again, or saves it as a
// profile.

#include "failurelocator.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QMessageBox;
class QPushButton;
class QTableWidget;

namespace barge {

class MigrationSetup;
class NoteList;

class ReportPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Column { SourceColumn, TargetColumn, StatusColumn, ReadColumn, WrittenColumn, RejectedColumn,
                  TimeColumn, RejectsFileColumn, RejectsColumn /* notes: the error or the verify result */,
                  ColumnCount };

    explicit ReportPage(MigrationSetup *setup, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *headline() const { return m_headline; }
    // The plan's warnings, said of the run that is over, in bounded room above the table.
    NoteList *noteList() const { return m_notes; }
    // After a failed run: goes back to the page of the setting that failed (once it is known).
    QPushButton *changeButton() const { return m_change; }
    bool isLocating() const { return m_locator.isRunning(); }
    bool saveJson(const QString &fileName, QString *error) const;
    bool saveHtml(const QString &fileName, QString *error) const;

    void initializePage() override;
    // Shows the notes of `row` (an error can be long) in full, in a message box.
    void showNotes(int row);
    // The box showNotes() shows while it is open (tests read it).
    QMessageBox *notesBox() const { return m_notesBox; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void runAgainRequested();
    void saveProfileRequested();
    // Back to the page (a MigrationWizard::PageId) of the setting that made the run fail.
    // `unreachable`: the endpoint fails Test connection now, so its page holds Next back.
    void changeRequested(int pageId, const QString &failure, bool unreachable);

private:
    void chooseReportFile(bool html);
    void showRejectsLink(int row, const QString &file);
    void fitColumns();
    int titleWidth(int column) const;
    void showLocation();

    MigrationSetup *m_setup;
    QLabel *m_headline = nullptr;
    NoteList *m_notes = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_change = nullptr;
    QFutureWatcher<FailureLocation> m_locator;
    FailureLocation m_failure;
    QMessageBox *m_notesBox = nullptr;
};

} // namespace barge
