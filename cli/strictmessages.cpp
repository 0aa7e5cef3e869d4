#include "cli/strictmessages.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace barge {

namespace {

QtMessageHandler previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray text = message.toLocal8Bit();
    if (type == QtWarningMsg && StrictMessages::isMalformedMessage(text.constData())) {
        std::fprintf(stderr, "barge: a message was built wrongly (BARGE_STRICT_MESSAGES): %s\n", text.constData());
        std::abort();
    }
    if (previous)
        previous(type, context, message);
}

} // namespace

bool StrictMessages::isMalformedMessage(const char *text)
{
    return std::strstr(text, "QString::arg: Argument missing") != nullptr
        || std::strstr(text, "QString::arg: ") == text; // "QString::arg: N argument(s) missing in ..."
}

void StrictMessages::installIfAsked()
{
    if (qEnvironmentVariableIntValue("BARGE_STRICT_MESSAGES") == 1)
        previous = qInstallMessageHandler(handler);
}

} // namespace barge
