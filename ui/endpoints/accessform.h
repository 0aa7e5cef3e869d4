#pragma once
// AccessForm: a Microsoft Access database file (.mdb, .accdb) as a source, and the code page of an
// Access 97 (Jet 3) file's text, which the file does not record. Previews a table's first rows as
// they will load, read on a worker thread, with each column's type on its header and rows that
// cannot be read in red. Registered for AccessKind in KindForms.

#include "kindform.h"

#include <QFutureWatcher>
#include <QList>
#include <QStringList>

class QComboBox;
class QLabel;
class QTableWidget;

namespace barge {

class FilePathEdit;

// The first rows of one table of the database, as the form previews them.
struct AccessSample
{
    QStringList tables;      // for the table box
    QString table;           // the one shown
    QStringList columns;
    QStringList types;       // the columns' types as the plan will take them
    QList<QStringList> rows; // values as shown ("NULL", bytes counted)
    QList<QString> problems; // per row: empty, or why it is rejected
    QString error;
    int generation = 0;

    static AccessSample read(const Endpoint &endpoint, const QString &table, int maxRows, int generation);
};

class AccessForm : public KindForm
{
    Q_OBJECT

public:
    explicit AccessForm(QWidget *parent = nullptr);

    Endpoint endpoint() const override;
    void setEndpoint(const Endpoint &endpoint) override;
    QString missing() const override;

    FilePathEdit *pathEdit() const { return m_path; }
    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *tableBox() const { return m_table; }
    QTableWidget *previewTable() const { return m_preview; }
    QLabel *previewCaption() const { return m_caption; }

Q_SIGNALS:
    void previewed(); // a preview arrived (tests wait on it)

private:
    void onChanged();
    void present(const AccessSample &sample);

    FilePathEdit *m_path = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_table = nullptr;
    QLabel *m_caption = nullptr;
    QTableWidget *m_preview = nullptr;
    QFutureWatcher<AccessSample> m_watcher;
    int m_generation = 0;
};

} // namespace barge
