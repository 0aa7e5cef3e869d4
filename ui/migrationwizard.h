#pragma once
// MigrationWizard: the point-and-click front end. Each page collects part of a Plan; accept()
// builds the Plan and nothing more. No SQL and no file I/O on the GUI thread.

#include <QWizard>

namespace barge {

class MigrationWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { StartPageId };

    explicit MigrationWizard(QWidget *parent = nullptr);

    // Loads a saved profile into the pages; false (with a message shown on the start page) on error.
    bool openProfile(const QString &fileName);
};

} // namespace barge
