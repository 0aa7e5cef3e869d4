#include "passwordmemory.h"

#include "credentials/passwordstore.h"
#include "migrationsetup.h"

#include <QCoreApplication>

namespace barge {

namespace {

// The messages' context, one lupdate can see (a free function named tr() gave it another).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(barge::PasswordMemory)
};

void applyTo(const Endpoint &endpoint, PasswordMemory memory, QObject *context,
             const std::function<void(const QString &)> &report)
{
    if (memory == PasswordMemory::Keep || !PasswordStore::canStore(endpoint))
        return;
    const QString name = endpoint.displayName();
    if (memory == PasswordMemory::Remember) {
        PasswordStore::write(endpoint, endpoint.password, context, [report, name](const PasswordStore::Result &r) {
            report(r.ok() ? Text::tr("The password for %1 is saved in the system keychain.").arg(name)
                          : Text::tr("The password for %1 could not be saved in the system keychain: %2").arg(name, r.message));
        });
        return;
    }
    PasswordStore::remove(endpoint, context, [report, name](const PasswordStore::Result &r) {
        if (r.ok())
            report(Text::tr("The password for %1 is no longer kept in the system keychain.").arg(name));
        else if (r.status != PasswordStore::Status::NotFound)
            report(Text::tr("The password for %1 could not be removed from the system keychain: %2").arg(name, r.message));
    });
}

} // namespace

void applyPasswordMemory(const MigrationSetup &setup, QObject *context, std::function<void(const QString &)> report)
{
    applyTo(setup.plan.source, setup.sourcePassword, context, report);
    applyTo(setup.plan.target, setup.targetPassword, context, report);
}

} // namespace barge
