#pragma once
// TargetPage: where the data goes (EndpointForm in target role), and what to do with target
// tables that already exist: append, empty them first, or drop and re-create them.

#include "mapping/tablemapping.h"

#include <QWizardPage>

class QButtonGroup;
class QLabel;

namespace barge {

class EndpointForm;
class MigrationSetup;

class TargetPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TargetPage(MigrationSetup *setup, QWidget *parent = nullptr);

    EndpointForm *form() const { return m_form; }
    // The mode of the tables, and whether the run makes the target identical (MigrationOptions::sync:
    // every table merged, then the rows the source lost deleted).
    TableMode defaultMode() const;
    bool makesIdentical() const;
    void setDefaultMode(TableMode mode, bool identical = false);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    // Finishing an interrupted run goes from here to the Summary: its tables and mappings are the
    // run's own and are not edited.
    int nextId() const override;

private:
    static constexpr int syncChoice = 100; // the button group's id of "make it identical"
    void updateNote();
    void store();

    MigrationSetup *m_setup;
    EndpointForm *m_form = nullptr;
    QButtonGroup *m_modes = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace barge
