#pragma once
// MigrationWizard: the point-and-click front end. Each page collects part of a Plan in the shared
// MigrationSetup; the engine runs it on background threads from the Run page. No SQL and no
// file I/O on the GUI thread.

#include "engine/plan.h"

#include <QWizard>
#include <memory>

namespace barge {

class MigrationSetup;

class MigrationWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        StartPageId,
        SourcePageId,
        TargetPageId,
        TablesPageId,
        FieldMappingPageId,
        OptionsPageId,
        SummaryPageId,
        RunPageId,
        ReportPageId,
    };

    explicit MigrationWizard(QWidget *parent = nullptr);
    ~MigrationWizard() override;

    // Loads a saved profile into the pages; false (with a message shown on the start page) on error.
    bool openProfile(const QString &fileName);
    // Selects the bundled demo shop database as the source and a new SQLite file next to it as the
    // target, then shows the source page.
    void startDemo();
    // Starts from a file: a profile (.json), a CSV file, or an SQLite database.
    void startFrom(const QString &fileName);
    // The plan as the pages have built it so far.
    Plan plan() const;
    MigrationSetup *setup() const { return m_setup.get(); }

    // Whether closing would lose changes, counting the current page's edits: a profile's plan
    // changed since it was opened or saved, or a plan with tables that was never saved.
    bool hasUnsavedChanges();

    // Goes back (through the pages visited) to the page of a setting, keeping everything set on the
    // way; on the Source or Target page the failure, when given, is shown at the form, and holds
    // Next back when the endpoint is `unreachable` (EndpointForm::showFailure).
    void changeSetting(int pageId, const QString &failure = QString(), bool unreachable = false);

    // Next goes on only from a complete page: a click already on its way (a mnemonic clicks 100 ms
    // after its key) may arrive after the page stopped being complete.
    bool validateCurrentPage() override;
    void accept() override;
    // Escape, Cancel and the window's close button: asks first when the run is going on or when
    // there are unsaved changes (Discard / Cancel).
    void reject() override;

protected:
    // Alt with a letter that is no mnemonic on the page does nothing, instead of reaching the
    // focused control as the letter (a combo box would choose by it, a field would type it).
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void runAgain();
    void showFailure(int pageId, const QString &failure, bool blocking = true);
    bool confirmDiscard();

    std::unique_ptr<MigrationSetup> m_setup;
};

} // namespace barge
