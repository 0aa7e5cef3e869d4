#pragma once
// JsonlForm: a JSON Lines file (.jsonl, .ndjson) or a folder of them, one table per file; or, for
// the JSON kind, a .json file holding one array of objects (or a folder of them). JSON has no
// options of its own: it is UTF-8 and its values carry their types; the local format options an
// endpoint has (locale=...) are kept as they are. Registered for JsonLinesKind and JsonKind in
// KindForms.

#include "kindform.h"

#include <QFutureWatcher>
#include <QList>
#include <QStringList>

class QLabel;
class QRadioButton;
class QTableWidget;

namespace barge {

class FilePathEdit;

// The first records of a JSON Lines or JSON source as the wizard previews them, read on a worker
// thread: the columns they make (nested keys flattened) with the types they alone suggest, their
// values, and the records that cannot be read with why.
struct JsonSample
{
    QString file;              // the file shown (a folder's first)
    QStringList columns;
    QStringList types;         // per column, from these records only
    QList<QStringList> rows;   // values as shown ("NULL" for null or a missing key)
    QList<QString> problems;   // per row: empty, or why the record is rejected
    QString error;             // the file cannot be read as this kind
    int generation = 0;

    static JsonSample read(const Endpoint &endpoint, int maxRecords, int generation);
};

class JsonlForm : public KindForm
{
    Q_OBJECT

public:
    JsonlForm(EndpointKind kind, bool asSource, QWidget *parent = nullptr);

    Endpoint endpoint() const override;
    void setEndpoint(const Endpoint &endpoint) override;
    QString missing() const override;

    FilePathEdit *pathEdit() const { return m_path; }
    QRadioButton *folderButton() const { return m_folder; }
    QTableWidget *previewTable() const { return m_preview; }
    QLabel *previewCaption() const { return m_caption; }
    bool grows() const override { return m_asSource; }

Q_SIGNALS:
    void previewed(); // a preview arrived (tests wait on it)

private:
    void updateMode();
    void onChanged();
    void present(const JsonSample &sample);

    EndpointKind m_kind;
    bool m_array; // JSON: one array of objects a file
    bool m_asSource;
    QMap<QString, QString> m_options; // the endpoint's local format options, kept
    QRadioButton *m_oneFile = nullptr;
    QRadioButton *m_folder = nullptr;
    FilePathEdit *m_path = nullptr;
    QLabel *m_caption = nullptr;
    QTableWidget *m_preview = nullptr;
    QFutureWatcher<JsonSample> m_watcher;
    int m_generation = 0;
};

} // namespace barge
