#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace barge {

bool installTranslations(QCoreApplication &app)
{
    return installTranslations(app, QLocale());
}

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Qt's own strings (the wizard's Back / Next / Cancel, file dialogs) come from qtbase_xx.qm.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    // Barge's .qm files are compiled into the binary under :/i18n by qt_add_translations.
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("barge"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        app.installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace barge
