#pragma once
// StartPage: the wizard's first page: a new migration, a saved profile, or the bundled demo.

#include "engine/plan.h"

#include <QWizardPage>

class QLabel;
class QRadioButton;

namespace barge {

class StartPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    bool loadProfile(const QString &fileName);
    bool hasPlan() const { return m_hasPlan; }
    Plan plan() const { return m_plan; }

private:
    void chooseProfile();
    void useDemo();

    QRadioButton *m_newMigration = nullptr;
    QRadioButton *m_fromProfile = nullptr;
    QRadioButton *m_demo = nullptr;
    QLabel *m_status = nullptr;
    Plan m_plan;
    bool m_hasPlan = false;
};

} // namespace barge
