#pragma once
// SourcePage: where the data comes from (EndpointForm in source role).

#include <QWizardPage>

class QLabel;

namespace barge {

class EndpointForm;
class MigrationSetup;

class SourcePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SourcePage(MigrationSetup *setup, QWidget *parent = nullptr);

    EndpointForm *form() const { return m_form; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateNote();

    MigrationSetup *m_setup;
    EndpointForm *m_form = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace barge
