// Escape (or Cancel, or closing the window) asks before unsaved changes are lost (issue #23):
// a reopened profile whose mapping changed, and a new plan never saved. An unchanged profile, or a
// plan just saved, closes without asking. The question is answered through the message box itself.

#include "fieldmappingmodel.h"
#include "waitfor.h"
#include "fieldmappingpage.h"
#include "wizarddriver.h"

#include <QApplication>
#include <QMessageBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace barge;
using namespace barge::test;

namespace {

// Answers the next modal message box, if one opens, with `button`; *asked says whether one did.
void answerNextMessageBox(QMessageBox::StandardButton button, bool *asked)
{
    *asked = false;
    QTimer::singleShot(0, qApp, [button, asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *asked = true;
            box->button(button)->click();
        }
    });
}

// Escape pressed where the keyboard focus is, as a person would.
void pressEscape(MigrationWizard &wizard)
{
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus && wizard.isAncestorOf(focus) ? focus : &wizard, Qt::Key_Escape);
    QCoreApplication::processEvents(); // the timer that answers when nothing asked
}

} // namespace

class TestWizardUnsaved : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void changedProfileAsks();
    void unchangedProfileCloses();
    void newPlanAsksUntilSaved();

private:
    FieldMappingPage *toMapping(MigrationWizard &wizard);
    void saveProfile(const QString &profile);

    QTemporaryDir m_dir;
    QString m_shop;
    QString m_profile;
};

void TestWizardUnsaved::initTestCase()
{
    setUpApplication("tst_wizard_unsaved");
    QVERIFY(m_dir.isValid());
    m_shop = m_dir.filePath(QStringLiteral("shop.db"));
    writeShop(m_shop);
    m_profile = m_dir.filePath(QStringLiteral("shop.barge.json"));
    saveProfile(m_profile);
}

// Source page to field mapping page of the plan that is already loaded or chosen.
FieldMappingPage *TestWizardUnsaved::toMapping(MigrationWizard &wizard)
{
    wizard.next();
    [&] { QCOMPARE(wizard.currentId(), int(MigrationWizard::TargetPageId)); }();
    nextToTables(wizard);
    wizard.next();
    [&] { QCOMPARE(wizard.currentId(), int(MigrationWizard::FieldMappingPageId)); }();
    return page<FieldMappingPage>(wizard, MigrationWizard::FieldMappingPageId);
}

void TestWizardUnsaved::saveProfile(const QString &profile)
{
    MigrationWizard wizard;
    prepare(wizard);
    startNew(wizard);
    chooseSqlite(page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form(), m_shop);
    wizard.next();
    chooseSqlite(page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form(), m_dir.filePath(QStringLiteral("copy.db")));
    nextToTables(wizard);
    wizard.next();
    wizard.next();
    wizard.next();
    auto *summary = page<SummaryPage>(wizard, MigrationWizard::SummaryPageId);
    BARGE_WAIT_FOR(summary->isComplete());
    QString error;
    QVERIFY2(summary->saveProfile(profile, &error), qPrintable(error));
    // Just saved: nothing to lose.
    QVERIFY(!wizard.hasUnsavedChanges());
    bool asked = true;
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    pressEscape(wizard);
    QVERIFY(!asked);
    QVERIFY(!wizard.isVisible());
}

void TestWizardUnsaved::changedProfileAsks()
{
    MigrationWizard wizard;
    prepare(wizard);
    QVERIFY(wizard.openProfile(m_profile));
    wizard.next();
    FieldMappingPage *mapping = toMapping(wizard);
    QVERIFY(mapping);
    FieldMappingModel *fields = mapping->currentModel();
    QVERIFY(fields->setData(fields->index(1, FieldMappingModel::TargetColumn), QStringLiteral("renamed"), Qt::EditRole));
    mapping->grid()->setFocus();

    // Cancel keeps the window and the change.
    bool asked = false;
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    pressEscape(wizard);
    QVERIFY(asked);
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.currentId(), int(MigrationWizard::FieldMappingPageId));
    QCOMPARE(mapping->currentModel()->mapping().fields.at(1).target, QStringLiteral("renamed"));

    // Discard closes it.
    answerNextMessageBox(QMessageBox::Discard, &asked);
    pressEscape(wizard);
    QVERIFY(asked);
    QVERIFY(!wizard.isVisible());
    QCOMPARE(wizard.result(), int(QDialog::Rejected));
}

void TestWizardUnsaved::unchangedProfileCloses()
{
    MigrationWizard wizard;
    prepare(wizard);
    QVERIFY(wizard.openProfile(m_profile));
    wizard.next();
    QVERIFY(toMapping(wizard));
    QVERIFY(!wizard.hasUnsavedChanges());
    bool asked = true;
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    pressEscape(wizard);
    QVERIFY(!asked);
    QVERIFY(!wizard.isVisible());
}

void TestWizardUnsaved::newPlanAsksUntilSaved()
{
    MigrationWizard wizard;
    prepare(wizard);
    startNew(wizard);
    chooseSqlite(page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form(), m_shop);
    // Nothing chosen yet: closing loses nothing worth a question.
    QVERIFY(!wizard.hasUnsavedChanges());
    FieldMappingPage *mapping = toMapping(wizard);
    QVERIFY(mapping);
    QVERIFY(wizard.hasUnsavedChanges());
    bool asked = false;
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    wizard.button(QWizard::CancelButton)->click();
    QCoreApplication::processEvents();
    QVERIFY(asked);
    QVERIFY(wizard.isVisible());
}

QTEST_MAIN(TestWizardUnsaved)
#include "tst_wizard_unsaved.moc"
