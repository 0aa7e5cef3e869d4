#pragma once
// AccessForm: a Microsoft Access database file (.mdb, .accdb) as a source, and the code page of an
// Access 97 (Jet 3) file's text, which the file does not record. Registered for AccessKind in
// KindForms.

#include "kindform.h"

class QComboBox;

namespace barge {

class FilePathEdit;

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

private:
    FilePathEdit *m_path = nullptr;
    QComboBox *m_encoding = nullptr;
};

} // namespace barge
