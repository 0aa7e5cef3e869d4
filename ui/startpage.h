#pragma once
// StartPage: the wizard's first page: a new migration, a saved profile (also from the recent list),
// or the bundled demo database.

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QListWidget;
class QRadioButton;

namespace barge {

class MigrationSetup;

class StartPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit StartPage(MigrationSetup *setup, QWidget *parent = nullptr);

    bool loadProfile(const QString &fileName);
    // Creates (once) the demo shop database and plans copying it into a new SQLite file.
    bool useDemo();
    // Starts a new migration from a dropped or given file: an SQLite database or a CSV file.
    void useSourceFile(const QString &fileName);
    QLabel *status() const { return m_status; }
    // Shown when the loaded profile has an interrupted run that can be finished; checked by default.
    QCheckBox *resumeBox() const { return m_resume; }
    QListWidget *recentList() const { return m_recent; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    enum class Choice { New, Profile, Demo };

    void chooseProfile();
    void refreshRecent();
    void setChoice(Choice choice);

    MigrationSetup *m_setup;
    Choice m_choice = Choice::New;
    bool m_ready = true;
    QRadioButton *m_newMigration = nullptr;
    QRadioButton *m_fromProfile = nullptr;
    QRadioButton *m_demo = nullptr;
    QListWidget *m_recent = nullptr;
    QLabel *m_recentLabel = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_resume = nullptr;
};

} // namespace barge
