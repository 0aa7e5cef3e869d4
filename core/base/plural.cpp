#include "plural.h"

#include <QMutex>

#include <algorithm>
#include <climits>

namespace barge {

int pluralCount(qint64 n)
{
    return int(std::clamp<qint64>(n, INT_MIN, INT_MAX));
}

QString pluralText(QString translated, qint64 n)
{
    return translated.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

namespace {

QLocale cWithGroups()
{
    QLocale locale = QLocale::c();
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}

QMutex messageNumbersLock;
QLocale messageNumbers = cWithGroups();

} // namespace

QLocale groupedNumbers()
{
    QMutexLocker lock(&messageNumbersLock);
    return messageNumbers;
}

void setMessageNumbers(const QLocale &locale)
{
    QMutexLocker lock(&messageNumbersLock);
    messageNumbers = locale.language() == QLocale::C || locale.language() == QLocale::English ? cWithGroups() : locale;
}

} // namespace barge
