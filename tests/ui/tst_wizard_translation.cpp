// The German translation is complete, compiled in, and picked by locale; English plurals read well.
// In German the plan on the Summary page, the values in the mapping preview and the run's log are
// German too (issue #21); the engine's error messages stay English.

#include "fieldmappingpage.h"
#include "notelist.h"
#include "wizarddriver.h"

#include <QStandardItemModel>
#include <QTemporaryDir>

using namespace barge;
using namespace barge::test;

class TestWizardTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wizardInGerman();
    void planValuesAndLogInGerman();
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

// Into existing tables that are emptied first, and new ones: one with a boolean column, one that
// refers to it.
void TestWizardTranslation::planValuesAndLogInGerman()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany)));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = dir.filePath(QStringLiteral("shop.db"));
    writeShop(source);
    {
        SqliteFile db(source);
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE flags (id INTEGER PRIMARY KEY, paid BOOLEAN NOT NULL)")));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO flags VALUES (1, 1), (2, 0)")));
        // A reference, so that the engine says it adds the foreign keys.
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, flag_id INTEGER REFERENCES flags(id))")));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO items VALUES (1, 2)")));
    }
    const QString target = dir.filePath(QStringLiteral("copy.db"));
    writeShop(target);
    MigrationWizard wizard;
    prepare(wizard);
    wizard.next();
    chooseSqlite(page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form(), source);
    wizard.next();
    chooseSqlite(page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form(), target);
    page<TargetPage>(wizard, MigrationWizard::TargetPageId)->setDefaultMode(TableMode::Truncate);
    nextToTables(wizard);
    wizard.next();

    // true and false in the preview read "wahr" and "falsch".
    auto *mapping = page<FieldMappingPage>(wizard, MigrationWizard::FieldMappingPageId);
    QSignalSpy preview(mapping, &FieldMappingPage::previewUpdated);
    mapping->tableBox()->setCurrentIndex(mapping->tableBox()->findText(QStringLiteral("flags")));
    BARGE_WAIT_FOR(mapping->previewModel()->rowCount() == 2 && mapping->previewModel()->columnCount() == 2);
    QCOMPARE(mapping->previewModel()->item(0, 1)->text(), QStringLiteral("wahr"));
    QCOMPARE(mapping->previewModel()->item(1, 1)->text(), QStringLiteral("falsch"));
    wizard.next();
    wizard.next();

    // The plan says what happens to each table in German; types and NOT NULL are SQL.
    auto *summary = page<SummaryPage>(wizard, MigrationWizard::SummaryPageId);
    BARGE_WAIT_FOR(summary->isComplete());
    const QString plan = summary->details()->toPlainText();
    QVERIFY2(plan.startsWith(QStringLiteral("Von ")), qPrintable(plan));
    QVERIFY2(plan.contains(QStringLiteral("(leeren, dann anhängen, 250 Zeilen)")), qPrintable(plan));
    QVERIFY2(plan.contains(QStringLiteral("flags -> flags (anlegen, 2 Zeilen)")), qPrintable(plan));
    QVERIFY2(plan.contains(QStringLiteral("(anlegen, 1 Zeile)")) || plan.contains(QStringLiteral("(leeren, dann anhängen, 1 Zeile)")),
             qPrintable(plan));
    QVERIFY2(!plan.contains(QStringLiteral(" rows")) && !plan.contains(QStringLiteral("create")), qPrintable(plan));
    const QString warnings = summary->noteList()->text();
    QVERIFY2(warnings.contains(QStringLiteral("Die vorhandenen Zeilen von customers werden zuerst gelöscht.")),
             qPrintable(warnings));
    shoot(wizard, QStringLiteral("de-07-summary"));

    // The log: the wizard's own lines and the engine's progress lines.
    wizard.next();
    auto *run = page<RunPage>(wizard, MigrationWizard::RunPageId);
    BARGE_WAIT_FOR(run->isComplete());
    const QString log = run->log()->toPlainText();
    QVERIFY2(log.contains(QStringLiteral("Fremdschlüssel werden angelegt")), qPrintable(log));
    QVERIFY2(!log.contains(QStringLiteral("foreign keys")) && !log.contains(QStringLiteral(" read,")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("flags: 2 gelesen, 2 geschrieben, 0 abgewiesen")), qPrintable(log));
    QCOMPARE(run->title(), QStringLiteral("Fertig"));
    // The button the headline points to is quoted the German way (issue #23, clicking through).
    QVERIFY2(run->headline()->text().contains(QStringLiteral("„Bericht anzeigen“ zeigt die Einzelheiten.")),
             qPrintable(run->headline()->text()));
    shoot(wizard, QStringLiteral("de-08-run"));
}

QTEST_MAIN(TestWizardTranslation)
#include "tst_wizard_translation.moc"
