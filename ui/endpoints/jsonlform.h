#pragma once
// JsonlForm: a JSON Lines file (.jsonl, .ndjson) or a folder of them, one table per file. JSON
// Lines has no options: it is UTF-8 and its values carry their types. Registered for JsonLinesKind
// in KindForms.

#include "kindform.h"

class QRadioButton;

namespace barge {

class FilePathEdit;

class JsonlForm : public KindForm
{
    Q_OBJECT

public:
    explicit JsonlForm(bool asSource, QWidget *parent = nullptr);

    Endpoint endpoint() const override;
    void setEndpoint(const Endpoint &endpoint) override;
    QString missing() const override;

    FilePathEdit *pathEdit() const { return m_path; }
    QRadioButton *folderButton() const { return m_folder; }

private:
    void updateMode();

    bool m_asSource;
    QRadioButton *m_oneFile = nullptr;
    QRadioButton *m_folder = nullptr;
    FilePathEdit *m_path = nullptr;
};

} // namespace barge
