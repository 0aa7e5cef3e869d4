#pragma once
// FieldMappingPage: per table, the grid of field mappings (FieldMappingModel) and beside it a
// preview of the first rows exactly as they would be written, computed on a worker thread;
// cells that would fail conversion are red with the reason as tooltip.

#include "engine/endpointscanner.h"
#include "engine/mappingpreview.h"

#include <QFutureWatcher>
#include <QList>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace barge {

class FieldMappingModel;
class MigrationSetup;

class FieldMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int previewRows = 20;

    explicit FieldMappingPage(MigrationSetup *setup, QWidget *parent = nullptr);

    QComboBox *tableBox() const { return m_tables; }
    QTableView *grid() const { return m_grid; }
    // Shows only the columns whose target or source name holds the text (a wide table's).
    QLineEdit *search() const { return m_search; }
    // The model of the table shown now (tests edit through it as the view would).
    FieldMappingModel *currentModel() const;
    QStandardItemModel *previewModel() const { return m_previewModel; }
    QLabel *previewCaption() const { return m_previewCaption; }
    // Failing cells in the preview now shown.
    int failedPreviewCells() const { return m_failedCells; }
    void showTable(int index);

    // Keeps the nested object of the current row's source column as one JSON column, or flattens
    // the JSON column of a kept object into its fields (JSON sources: NestedObjects); hidden for
    // other rows and sources. Reads the source again on a worker thread (nestedReshaped() then).
    QPushButton *nestedButton() const { return m_nested; }

    // Why the last value typed into the grid was not taken; hidden when there is none.
    QLabel *inputError() const { return m_inputError; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

Q_SIGNALS:
    void previewUpdated();
    // The source was read again after a nested object was kept whole or flattened (or that failed,
    // inputError() says why).
    void nestedReshaped();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySearch();
    void store();
    void schedulePreview();
    void startPreview();
    void presentPreview(const MappingPreview &preview);
    static QString displayText(const QVariant &value);
    void updateNote();
    void showInputError(const QString &problem);
    QStringList problems() const;
    void updateNestedButton();
    void reshapeNested();
    void applyReshape(const EndpointsScan &scan);

    MigrationSetup *m_setup;
    QList<FieldMappingModel *> m_models; // one per table of the plan, in plan order
    QComboBox *m_tables = nullptr;
    QPushButton *m_autoMatch = nullptr;
    QPushButton *m_nested = nullptr;
    Endpoint m_rescanFrom;    // the source when the rescan started
    Endpoint m_pendingSource; // what the running rescan reads
    QString m_pendingColumn;  // the column to show once it is done
    QString m_pendingObject;  // the object kept whole, for a message when the source has none of that name
    QFutureWatcher<EndpointsScan> m_rescan;
    QTableView *m_grid = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_preview = nullptr;
    QStandardItemModel *m_previewModel = nullptr;
    QLabel *m_previewCaption = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_inputError = nullptr;
    QTimer *m_debounce = nullptr;
    QFutureWatcher<MappingPreview> m_watcher;
    int m_generation = 0;
    int m_failedCells = 0;
};

} // namespace barge
