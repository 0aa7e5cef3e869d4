#pragma once
// JsonlForm: a JSON Lines file (.jsonl, .ndjson) or a folder of them, one table per file; or, for
// the JSON kind, a .json file holding one array of objects (or a folder of them). JSON has no
// options of its own: it is UTF-8 and its values carry their types; the local format options an
// endpoint has (locale=...) are kept as they are. Registered for JsonLinesKind and JsonKind in
// KindForms.

#include "kindform.h"

class QRadioButton;

namespace barge {

class FilePathEdit;

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

private:
    void updateMode();

    EndpointKind m_kind;
    bool m_array; // JSON: one array of objects a file
    bool m_asSource;
    QMap<QString, QString> m_options; // the endpoint's local format options, kept
    QRadioButton *m_oneFile = nullptr;
    QRadioButton *m_folder = nullptr;
    FilePathEdit *m_path = nullptr;
};

} // namespace barge
