#pragma once
// PasswordPrompt: where a headless run gets a password the server asks for and the URL and the
// environment did not give: the system keychain, then a person at the terminal (without echo),
// and without one an error that says how to give it. Main thread only; writes to stderr.
// Part of cli/ (barge_cli), beside ui/.

#include "engine/planner.h"

namespace barge {

class PasswordPrompt
{
public:
    // A password in a URL shows in `ps`, shell history and process listings: it works, with a warning.
    static void warnAboutUrl(const Endpoint &endpoint, const QString &role);
    // After a refused login (a failure of kind Authentication, whose subject names the side):
    // fills that side's password from the keychain or the terminal and says whether to try again;
    // otherwise the failure's message gains how to give the password.
    static bool askForRefused(Failure *failure, Endpoint *source, Endpoint *target);
    // Planner::complete, asking for a refused password and trying again; prints the final error.
    static bool complete(Plan *plan, PlanInsight *insight);
};

} // namespace barge
