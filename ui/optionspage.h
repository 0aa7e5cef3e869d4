#pragma once
// OptionsPage: batch size, what to do with rows that fail (abort, or skip them into a rejects
// folder), how many tables run in parallel, and whether to verify after the load.

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace barge {

class FilePathEdit;
class MigrationSetup;

class OptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OptionsPage(MigrationSetup *setup, QWidget *parent = nullptr);

    QSpinBox *batchSize() const { return m_batch; }
    QComboBox *ranges() const { return m_ranges; }
    QCheckBox *workers() const { return m_workers; }
    QSpinBox *rangeRows() const { return m_rangeRows; }
    QComboBox *onError() const { return m_onError; }
    FilePathEdit *rejectsFolder() const { return m_rejects; }
    QSpinBox *jobs() const { return m_jobs; }
    QCheckBox *verify() const { return m_verify; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void store();
    void updateState();

    MigrationSetup *m_setup;
    QSpinBox *m_batch = nullptr;
    QComboBox *m_onError = nullptr;
    FilePathEdit *m_rejects = nullptr;
    QSpinBox *m_jobs = nullptr;
    QCheckBox *m_workers = nullptr; // runs shared by workers on other machines (MigrationOptions::worker)
    QComboBox *m_ranges = nullptr;  // automatic, off, every N rows (MigrationOptions::rangeRows)
    QSpinBox *m_rangeRows = nullptr;
    QCheckBox *m_verify = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace barge
