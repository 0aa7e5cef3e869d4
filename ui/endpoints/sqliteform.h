#pragma once
// SqliteForm: a SQLite database file, to read from (it must exist) or to write into (created when it
// does not exist yet). Registered for EndpointKind::Sqlite in KindForms.

#include "engine/endpointscanner.h"
#include "kindform.h"

namespace barge {

class FilePathEdit;

class SqliteForm : public KindForm
{
    Q_OBJECT

public:
    explicit SqliteForm(EndpointScanner::Role role, QWidget *parent = nullptr);

    Endpoint endpoint() const override;
    void setEndpoint(const Endpoint &endpoint) override;
    QString missing() const override;

    FilePathEdit *pathEdit() const { return m_path; }

private:
    EndpointScanner::Role m_role;
    FilePathEdit *m_path = nullptr;
};

} // namespace barge
