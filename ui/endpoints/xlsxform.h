#pragma once
// XlsxForm: an Excel workbook (.xlsx), whose sheets are tables, or a folder of workbooks, one table
// each (how Barge writes several tables). As a source it says where the column names are (found,
// none, or a row named by its number) and previews a sheet's first rows as they will load: the types
// these rows suggest on the headers, error cells in red with the cell and the reason. Registered for
// XlsxKind in KindForms.

#include "kindform.h"

#include <QFutureWatcher>
#include <QList>
#include <QStringList>

class QComboBox;
class QLabel;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace barge {

class FilePathEdit;

// The first rows of one sheet as the wizard previews them, read on a worker thread.
struct XlsxSample
{
    QString file;              // the workbook shown (a folder's first)
    QStringList sheets;        // the workbook's tables (sheets), for the sheet box
    QString sheet;             // the one shown
    QStringList columns;
    QStringList types;         // per column, from these rows only
    QList<QStringList> rows;   // values as shown ("NULL" for an empty cell)
    QList<QString> problems;   // per row: empty, or why it is rejected
    QString error;             // the file cannot be read as a workbook
    int generation = 0;

    static XlsxSample read(const Endpoint &endpoint, const QString &sheet, int maxRows, int generation);
};

class XlsxForm : public KindForm
{
    Q_OBJECT

public:
    XlsxForm(bool asSource, QWidget *parent = nullptr);

    Endpoint endpoint() const override;
    void setEndpoint(const Endpoint &endpoint) override;
    QString missing() const override;
    bool grows() const override { return m_asSource; }

    FilePathEdit *pathEdit() const { return m_path; }
    QRadioButton *folderButton() const { return m_folder; }
    QComboBox *headerBox() const { return m_header; }
    QSpinBox *headerRowBox() const { return m_headerRow; }
    QComboBox *sheetBox() const { return m_sheet; }
    QTableWidget *previewTable() const { return m_preview; }
    QLabel *previewCaption() const { return m_caption; }

Q_SIGNALS:
    void previewed(); // a preview arrived (tests wait on it)

private:
    void updateMode();
    void onChanged();
    void present(const XlsxSample &sample);

    bool m_asSource;
    QRadioButton *m_oneFile = nullptr;
    QRadioButton *m_folder = nullptr;
    FilePathEdit *m_path = nullptr;
    QComboBox *m_header = nullptr;
    QSpinBox *m_headerRow = nullptr;
    QComboBox *m_sheet = nullptr;
    QLabel *m_caption = nullptr;
    QTableWidget *m_preview = nullptr;
    QFutureWatcher<XlsxSample> m_watcher;
    int m_generation = 0;
};

} // namespace barge
