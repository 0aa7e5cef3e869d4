// The German translation is complete, compiled in, and picked by locale; English plurals read well.

#include "wizarddriver.h"

#include <QTemporaryDir>

using namespace barge;
using namespace barge::test;

class TestWizardTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wizardInGerman();
};

void TestWizardTranslation::wizardInGerman()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany)));
    MigrationWizard wizard;
    prepare(wizard);
    QCOMPARE(wizard.page(MigrationWizard::StartPageId)->title(), QStringLiteral("Willkommen bei Barge"));
    QCOMPARE(wizard.page(MigrationWizard::SummaryPageId)->title(), QStringLiteral("Zusammenfassung"));
    QCOMPARE(QCoreApplication::translate("barge::SummaryPage", "create %n table(s)", nullptr, 1),
             QStringLiteral("1 Tabelle anlegen"));
    QCOMPARE(QCoreApplication::translate("barge::SummaryPage", "create %n table(s)", nullptr, 3),
             QStringLiteral("3 Tabellen anlegen"));
    shoot(wizard, QStringLiteral("de-01-start"));
    wizard.next();
    shoot(wizard, QStringLiteral("de-02-source"));
}

QTEST_MAIN(TestWizardTranslation)
#include "tst_wizard_translation.moc"
