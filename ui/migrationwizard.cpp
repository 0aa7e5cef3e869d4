#include "migrationwizard.h"

#include "startpage.h"

namespace barge {

MigrationWizard::MigrationWizard(QWidget *parent) : QWizard(parent)
{
    setWindowTitle(tr("Barge"));
    setWizardStyle(QWizard::ModernStyle);
    setPage(StartPageId, new StartPage(this));
    resize(960, 640);
}

bool MigrationWizard::openProfile(const QString &fileName)
{
    auto *start = qobject_cast<StartPage *>(page(StartPageId));
    return start && start->loadProfile(fileName);
}

} // namespace barge
