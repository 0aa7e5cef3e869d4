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
    TableMode defaultMode() const;
    void setDefaultMode(TableMode mode);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    // Finishing an interrupted run goes from here to the Summary: its tables and mappings are the
    // run's own and are not edited.
    int nextId() const override;

private:
    void updateNote();
    void store();

    MigrationSetup *m_setup;
    EndpointForm *m_form = nullptr;
    QButtonGroup *m_modes = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace barge
