#include "cli/passwordprompt.h"

#include "credentials/passwordstore.h"
#include "io/backend.h"

#include <QHash>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace barge {

namespace {

void printErr(const QString &text)
{
    std::fprintf(stderr, "barge: %s\n", text.toUtf8().constData());
}

bool isServer(const Endpoint &endpoint)
{
    return endpoint.info().shape == KindInfo::Shape::Server;
}

// Asks for a password on the terminal without echo; empty when stdin is not a terminal.
QString promptPassword(const Endpoint &endpoint)
{
    if (!isatty(STDIN_FILENO))
        return QString();
    std::fprintf(stderr, "Password for %s: ", endpoint.displayName().toUtf8().constData());
    std::fflush(stderr);
    termios saved{};
    const bool echoOff = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (echoOff) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char buffer[1024] = {};
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (echoOff)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fprintf(stderr, "\n");
    QString password = read ? QString::fromUtf8(buffer) : QString();
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    return password;
}

} // namespace

// A password in a URL shows in `ps`, shell history and process listings: it works, with a warning.
void PasswordPrompt::warnAboutUrl(const Endpoint &endpoint, const QString &role)
{
    if (isServer(endpoint) && !endpoint.password.isEmpty()) {
        printErr(QStringLiteral("warning: the %1 URL holds a password, which other users of this machine may see; "
                                "prefer %2 or the prompt")
                     .arg(role, endpoint.dialect() == Dialect::Postgres ? QStringLiteral("PGPASSWORD")
                                                                        : QStringLiteral("MYSQL_PWD")));
    }
}

// After a refused login, when neither the URL nor the environment supplied a password: the system
// keychain (once per endpoint), then a person at the terminal; without one, *error gains how to
// give the password. Says whether to try again.
bool PasswordPrompt::askForRefused(Failure *failure, Endpoint *source, Endpoint *target)
{
    if (failure->kind != Failure::Kind::Authentication)
        return false;
    static QHash<QString, QString> fromKeychain; // account -> what the keychain gave ("" for nothing)
    QList<Endpoint *> candidates;
    for (Endpoint *endpoint : {source, target}) {
        const char *variable = endpoint->dialect() == Dialect::Postgres ? "PGPASSWORD" : "MYSQL_PWD";
        const bool keychainGaveIt = !endpoint->password.isEmpty()
            && fromKeychain.value(PasswordStore::account(*endpoint)) == endpoint->password;
        if (isServer(*endpoint) && (endpoint->password.isEmpty() || keychainGaveIt) && !qEnvironmentVariableIsSet(variable))
            candidates << endpoint;
    }
    // The side the message names, or the only side that could be missing a password.
    Endpoint *refused = candidates.size() == 1 ? candidates.first() : nullptr;
    for (Endpoint *endpoint : candidates) {
        if (endpoint->displayName() == failure->subject)
            refused = endpoint;
    }
    if (!refused)
        return false;
    const QString account = PasswordStore::account(*refused);
    QString keychainNote;
    if (!fromKeychain.contains(account)) {
        const PasswordStore::Result stored = PasswordStore::readNow(*refused);
        fromKeychain.insert(account, stored.password);
        if (stored.ok() && !stored.password.isEmpty()) {
            refused->password = stored.password;
            return true;
        }
        if (stored.status != PasswordStore::Status::NotFound)
            keychainNote = QStringLiteral(" (") + stored.message + QLatin1Char(')');
    }
    if (!isatty(STDIN_FILENO)) {
        failure->message += QStringLiteral("\na password is needed for %1 and none was given: set %2, store it in the system "
                                 "keychain (the wizard's \"Remember password\")%3, or run barge on a terminal to be "
                                 "asked for it")
                      .arg(refused->displayName(),
                           refused->dialect() == Dialect::Postgres ? QStringLiteral("PGPASSWORD (or ~/.pgpass)")
                                                                   : QStringLiteral("MYSQL_PWD"),
                           keychainNote);
        return false;
    }
    if (!keychainNote.isEmpty())
        printErr(QStringLiteral("note: ") + keychainNote.mid(2, keychainNote.size() - 3));
    refused->password = promptPassword(*refused);
    return !refused->password.isEmpty();
}

// Planner::complete, asking for a refused password on the terminal and trying again.
bool PasswordPrompt::complete(Plan *plan, PlanInsight *insight)
{
    const Plan asLoaded = *plan;
    Failure failure;
    while (!Planner::complete(plan, &failure, insight)) {
        Endpoint source = plan->source;
        Endpoint target = plan->target;
        if (!askForRefused(&failure, &source, &target)) {
            printErr(failure.message);
            return false;
        }
        *plan = asLoaded;
        plan->source = source;
        plan->target = target;
        failure = Failure();
    }
    return true;
}

} // namespace barge
