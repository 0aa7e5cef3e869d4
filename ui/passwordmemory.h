#pragma once
// PasswordMemory: what the wizard does with a server endpoint's password in the system keychain
// when a run starts or a profile is saved (the server form's "Remember password" box), and
// applyPasswordMemory(), which does it for both sides asynchronously (PasswordStore) and reports one
// sentence per change or failure through `report`, called in `context`'s (the GUI) thread.

#include <QString>

#include <functional>

class QObject;

namespace barge {

class MigrationSetup;

enum class PasswordMemory {
    Keep,     // leave the keychain alone
    Remember, // store (or replace) the password
    Forget,   // remove the password the form had filled in from the keychain
};

void applyPasswordMemory(const MigrationSetup &setup, QObject *context, std::function<void(const QString &)> report);

} // namespace barge
