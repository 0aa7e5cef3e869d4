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
    // Row counts read "1 Zeile", "2 Zeilen" (issue #23), wherever the wizard counts rows.
    QCOMPARE(QCoreApplication::translate("barge::ReportPage", "All done: %1 row(s) written into %2 in %3 s.", nullptr, 1)
                 .arg(1).arg(QStringLiteral("a.db")).arg(2),
             QStringLiteral("Fertig: 1 Zeile in 2 s nach a.db geschrieben."));
    QCOMPARE(QCoreApplication::translate("barge::RunPage", "Finished: %1 row(s) written in %2. Click %3 for the details.",
                                         nullptr, 3).arg(3).arg(QStringLiteral("1 s"), QStringLiteral("„Bericht“")),
             QStringLiteral("Fertig: 3 Zeilen in 1 s geschrieben. „Bericht“ zeigt die Einzelheiten."));
    QCOMPARE(QCoreApplication::translate("barge::OptionsPage", " row(s)", nullptr, 1), QStringLiteral(" Zeile"));
    QCOMPARE(QCoreApplication::translate("barge::OptionsPage", " row(s)", nullptr, 500), QStringLiteral(" Zeilen"));
    shoot(wizard, QStringLiteral("de-01-start"));
    wizard.next();
    shoot(wizard, QStringLiteral("de-02-source"));
}

QTEST_MAIN(TestWizardTranslation)
#include "tst_wizard_translation.moc"
