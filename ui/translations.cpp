#include "translations.h"

#include "base/plural.h"

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
    // Barge's .qm files are compiled into the binary under :/i18n by qt_add_translations. English
    // comes first and always: it supplies the plural forms ("1 table", "2 tables") the source
    // strings only hint at ("%n table(s)"). The locale's own translation is installed on top.
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral("barge_en"), QStringLiteral(":/i18n")))
        app.installTranslator(english);
    else
        delete english;
    setMessageNumbers(QLocale::c());
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("barge"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        app.installTranslator(own);
        setMessageNumbers(locale); // "1.500 Zeilen", not "1,500 Zeilen"
        return true;
    }
    delete own;
    return false;
}

} // namespace barge
