#pragma once
// installTranslations: loads Barge's translation (and Qt's own, for standard buttons) for the
// system locale. Call once after creating the QApplication, before the first window; returns false
// when Barge has no translation for the locale (English is then shown).

class QCoreApplication;
class QLocale;

namespace barge {

bool installTranslations(QCoreApplication &app);
bool installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace barge
