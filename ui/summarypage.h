#pragma once
// SummaryPage: the plan in plain words, warnings, and the DDL that will run, checked against both
// ends on a worker thread (Planner::complete). Save profile… writes the plan; Run commits.

#include "engine/planner.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;

namespace barge {
class PlanTree;
}
class QPushButton;

namespace barge {

class MigrationSetup;
class NoteList;

// The result of checking a plan on a worker thread.
struct PlanCheck
{
    Plan requested;
    Plan plan;
    PlanInsight insight;
    QString error;

    // `profileFile`: the profile the plan comes from, whose incremental tables go on from the
    // values its last run copied (WatermarkState); empty for none.
    static PlanCheck run(const Plan &plan, const QString &profileFile);
};

class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(MigrationSetup *setup, QWidget *parent = nullptr);

    bool saveProfile(const QString &fileName, QString *error);
    // Asks for a file name and saves the plan as a profile there.
    void askToSaveProfile();
    bool isChecking() const { return m_watcher.isRunning(); }
    QLabel *headline() const { return m_headline; }
    QPlainTextEdit *ddl() const { return m_ddl; }
    QPlainTextEdit *details() const { return m_details; }
    PlanTree *tree() const { return m_tree; }
    // The plan's warnings, in bounded room above the tables.
    NoteList *noteList() const { return m_warnings; }

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    void checked();

private:
    void onChecked();
    QString headlineText(const PlanCheck &check) const;
    QStringList warnings(const PlanCheck &check) const;

    MigrationSetup *m_setup;
    QLabel *m_headline = nullptr;
    NoteList *m_warnings = nullptr;
    QPlainTextEdit *m_details = nullptr; // the plan as text, to copy
    PlanTree *m_tree = nullptr;
    QPlainTextEdit *m_ddl = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_saved = nullptr;
    QFutureWatcher<PlanCheck> m_watcher;
    bool m_ok = false;
};

} // namespace barge
