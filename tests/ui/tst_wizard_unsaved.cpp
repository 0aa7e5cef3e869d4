// Escape (or Cancel, or closing the window) asks before unsaved changes are lost (issue #23):
// a reopened profile whose mapping changed, and a new plan never saved. An unchanged profile, or a
// plan just saved, closes without asking. The question is answered through the message box itself.
// A run of a plan never saved can be stopped and finished all the same: Barge keeps its plan, the
// stop question offers to save it, and the saved profile finishes the run, each row once.

#include "engine/checkpoint.h"
#include "mapping/fieldmappingmodel.h"
#include "migrationsetup.h"
#include "optionspage.h"
#include "runpage.h"
#include "startpage.h"
#include "summarypage.h"
#include "waitfor.h"
#include "fieldmappingpage.h"
#include "wizarddriver.h"

#include <QApplication>
#include <QCheckBox>
#include <QSpinBox>
#include <QDir>
#include <QListWidget>
#include <QSqlDatabase>
#include <QSqlQuery>
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
    void stoppedUnsavedRunCanBeFinished();

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
    wizard.next();
    QCOMPARE(wizard.currentId(), int(MigrationWizard::TargetPageId));
    // Next does not leave a page that is not complete (here: no target chosen).
    wizard.next();
    QCOMPARE(wizard.currentId(), int(MigrationWizard::TargetPageId));
    chooseSqlite(page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form(), m_dir.filePath(QStringLiteral("new.db")));
    nextToTables(wizard);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(MigrationWizard::FieldMappingPageId));
    QVERIFY(wizard.hasUnsavedChanges());
    bool asked = false;
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    wizard.button(QWizard::CancelButton)->click();
    QCoreApplication::processEvents();
    QVERIFY(asked);
    QVERIFY(wizard.isVisible());
}

// A CSV into SQLite never saved as a profile, held after its first commit (the only pause of this
// process), stopped with "Save profile and stop": the profile then finishes the run.
void TestWizardUnsaved::stoppedUnsavedRunCanBeFinished()
{
    const QString pauseDir = m_dir.filePath(QStringLiteral("pause"));
    QVERIFY(QDir().mkpath(pauseDir));
    qputenv("BARGE_PAUSE_AFTER_COMMIT", "1");
    qputenv("BARGE_PAUSE_DIR", QFile::encodeName(pauseDir));
    const QString csv = m_dir.filePath(QStringLiteral("events.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,what\n");
        for (int i = 1; i <= 1000; ++i)
            file.write(QByteArray::number(i) + ",event " + QByteArray::number(i) + '\n');
    }
    const QString target = m_dir.filePath(QStringLiteral("events.db"));
    const QString profile = m_dir.filePath(QStringLiteral("events.barge.json"));
    MigrationWizard wizard;
    prepare(wizard);
    wizard.next();
    Endpoint source;
    source.kind = EndpointKind::Csv;
    source.scheme = QStringLiteral("csv");
    source.path = csv;
    page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form()->setEndpoint(source);
    wizard.next();
    chooseSqlite(page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form(), target);
    nextToTables(wizard);
    wizard.next();
    wizard.next();
    page<OptionsPage>(wizard, MigrationWizard::OptionsPageId)->batchSize()->setValue(100);
    wizard.next();
    BARGE_WAIT_FOR(page<SummaryPage>(wizard, MigrationWizard::SummaryPageId)->isComplete());
    QVERIFY(wizard.setup()->profileFile.isEmpty()); // never saved
    wizard.next();
    auto *run = page<RunPage>(wizard, MigrationWizard::RunPageId);
    const auto release = qScopeGuard([&] { QFile(pauseDir + QStringLiteral("/release")).open(QIODevice::WriteOnly); });
    BARGE_WAIT_FOR(QFile::exists(pauseDir + QStringLiteral("/paused")));
    // Barge keeps the plan for the run, so the question can say the run can be finished.
    QVERIFY(wizard.setup()->profileKept);
    QVERIFY(QFile::exists(wizard.setup()->profileFile));
    QVERIFY2(run->stopQuestion().contains(QStringLiteral("You can finish this run later")), qPrintable(run->stopQuestion()));
    QVERIFY2(run->stopQuestion().contains(QStringLiteral("Save profile and stop")), qPrintable(run->stopQuestion()));
    const QString kept = wizard.setup()->profileFile;
    QString offered;
    QTimer::singleShot(0, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            for (QAbstractButton *button : box->buttons())
                offered += button->text() + u'|';
            box->button(QMessageBox::No)->click(); // the run goes on: stopped below with the save
        }
    });
    run->askToStop();
    QVERIFY2(offered.contains(QStringLiteral("Save profile and stop")), qPrintable(offered));
    run->stopAndSave(profile);
    QFile(pauseDir + QStringLiteral("/release")).open(QIODevice::WriteOnly);
    BARGE_WAIT_FOR(run->isComplete());
    QCOMPARE(wizard.setup()->report.status, RunStatus::Cancelled);
    // The stopped run now belongs to the saved profile; Barge's copy is gone.
    QCOMPARE(wizard.setup()->profileFile, profile);
    QVERIFY(!wizard.setup()->profileKept);
    QVERIFY(QFile::exists(profile));
    QVERIFY(QFile::exists(Checkpoint::fileFor(profile)));
    QVERIFY(!QFile::exists(kept));
    QVERIFY(!QFile::exists(Checkpoint::fileFor(kept)));
    QVERIFY(wizard.setup()->resume);

    // Opened again from the start page's Recent list, marked interrupted, it finishes the run.
    MigrationWizard next;
    prepare(next);
    QListWidget *recent = page<StartPage>(next, MigrationWizard::StartPageId)->recentList();
    QVERIFY(recent->count() > 0);
    QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), profile);
    QVERIFY2(recent->item(0)->text().contains(QStringLiteral("interrupted run")), qPrintable(recent->item(0)->text()));
    QVERIFY(next.openProfile(profile));
    QVERIFY(page<StartPage>(next, MigrationWizard::StartPageId)->resumeBox()->isChecked());
    next.next(); // source
    next.next(); // target
    next.next(); // straight to the summary: the interrupted run's plan is run as it was
    QCOMPARE(next.currentId(), int(MigrationWizard::SummaryPageId));
    BARGE_WAIT_FOR(page<SummaryPage>(next, MigrationWizard::SummaryPageId)->isComplete());
    next.next();
    auto *finish = page<RunPage>(next, MigrationWizard::RunPageId);
    BARGE_WAIT_FOR(finish->isComplete());
    QCOMPARE(next.setup()->report.status, RunStatus::Ok);
    QVERIFY(!QFile::exists(Checkpoint::fileFor(profile)));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("events"));
        db.setDatabaseName(target);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT id) FROM events")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1000); // each row once
        QCOMPARE(q.value(1).toInt(), 1000);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("events"));
}

QTEST_MAIN(TestWizardUnsaved)
#include "tst_wizard_unsaved.moc"
