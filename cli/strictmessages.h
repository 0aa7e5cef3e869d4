#pragma once
// StrictMessages: with BARGE_STRICT_MESSAGES=1 in the environment (the test suite sets it for every
// test and every barge it starts), a Qt warning that means Barge built a message wrongly ends the
// process with a fatal error naming it, so that the test that caused it fails: QString::arg()
// with an argument missing ("stopped at the first bad row: : ..."), or with too many. Other
// messages go on to Qt's handler unchanged. Without the variable it does nothing.
// Part of cli/ (barge_cli), beside ui/; app/main.cpp installs it for the wizard too.

namespace barge {

class StrictMessages
{
public:
    static void installIfAsked();
    // True for the warnings that mean a message was built wrongly.
    static bool isMalformedMessage(const char *text);
};

} // namespace barge
