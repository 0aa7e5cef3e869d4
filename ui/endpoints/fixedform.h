#pragma once
// FixedForm: a fixed-width or mainframe record file, its layout (a JSON layout file or a COBOL
// copybook), code page and record format. As a source it shows the first records decoded by the
// layout, live, on a worker thread, with a record that cannot be read in red and why. As a target
// the layout says where each column goes. Registered for FixedKind in KindForms.

#include "kindform.h"

#include <QFutureWatcher>
#include <QList>
#include <QStringList>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace barge {

class FilePathEdit;
class FixedLayoutDialog;

struct FixedSample
{
    QStringList columns;
    QList<QStringList> rows;   // decoded values ("NULL" for NULL)
    QList<QString> problems;   // per row: empty, or why the record was rejected
    QString error;             // the settings or the file cannot be read
    int generation = 0;

    static FixedSample read(const Endpoint &endpoint, int maxRecords, int generation);
};

class FixedForm : public KindForm
{
    Q_OBJECT

public:
    explicit FixedForm(bool asSource, QWidget *parent = nullptr);

    Endpoint endpoint() const override;
    void setEndpoint(const Endpoint &endpoint) override;
    QString missing() const override;
    bool grows() const override { return m_asSource; }

    FilePathEdit *pathEdit() const { return m_path; }
    FilePathEdit *layoutEdit() const { return m_layout; }
    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *recordFormatBox() const { return m_recfm; }
    QTableWidget *previewTable() const { return m_preview; }
    QLabel *previewCaption() const { return m_caption; }
    QPushButton *editLayoutButton() const { return m_editLayout; }
    // Opens the layout editor on the file as the form has it (window-modal); when it is accepted
    // the saved layout becomes the form's. Returned for tests to drive.
    FixedLayoutDialog *editLayout();

Q_SIGNALS:
    void previewed(); // a preview arrived (tests wait on it)

private:
    void onChanged();
    void present(const FixedSample &sample);

    bool m_asSource;
    FilePathEdit *m_path = nullptr;
    FilePathEdit *m_layout = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_recfm = nullptr;
    QSpinBox *m_lrecl = nullptr;
    QPushButton *m_editLayout = nullptr;
    QLabel *m_caption = nullptr;
    QTableWidget *m_preview = nullptr;
    QFutureWatcher<FixedSample> m_watcher;
    int m_generation = 0;
};

} // namespace barge
