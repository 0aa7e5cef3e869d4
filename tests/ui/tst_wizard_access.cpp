// An Access database by clicking (issue #15): an .mdb file opened on the wizard, as a file would be
// dropped on it, is an Access source; its form lists the database's tables and previews a table's
// first rows with their types, as the other file forms do; the whole database goes into SQLite.
// Fixtures: fruit.mdb (npm mdb@0.1.0) and testodbc.mdb, an Access 97 file (Debian's fp-units-db).

#include "endpoints/accessform.h"
#include "io/access/accesskind.h"
#include "optionspage.h"
#include "waitfor.h"
#include "wizarddriver.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace barge;
using namespace barge::test;

namespace {

QString dataFile(const QString &name)
{
    return qEnvironmentVariable("BARGE_SOURCE_DIR") + QStringLiteral("/tests/data/access/") + name;
}

} // namespace

class TestWizardAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        setUpApplication("tst_wizard_access");
        QVERIFY(m_dir.isValid());
    }

    void databaseByClicking()
    {
        const QString data = dataFile(QStringLiteral("fruit.mdb"));
        const QString target = m_dir.filePath(QStringLiteral("fruit.db"));
        MigrationWizard wizard;
        prepare(wizard);
        wizard.startFrom(data);
        QCOMPARE(wizard.currentId(), int(MigrationWizard::SourcePageId));
        EndpointForm *form = page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form();
        QCOMPARE(form->endpoint().kind, AccessKind);
        AccessForm *access = form->findChild<AccessForm *>();
        QVERIFY(access);
        // The preview: the first table's first rows, its types on the headers; then another table.
        BARGE_WAIT_FOR(access->tableBox()->count() == 5 && access->previewTable()->rowCount() > 0);
        QCOMPARE(access->tableBox()->currentText(), QStringLiteral("Fruit"));
        QTableWidget *preview = access->previewTable();
        QCOMPARE(preview->rowCount(), 20);
        QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("Fruit"));
        QCOMPARE(preview->horizontalHeaderItem(0)->toolTip(), QStringLiteral("text(50)"));
        QVERIFY2(access->previewCaption()->text().contains(QStringLiteral("table Fruit")),
                 qPrintable(access->previewCaption()->text()));
        shoot(wizard, QStringLiteral("02-source-access"));
        QSignalSpy previewed(access, &AccessForm::previewed);
        access->tableBox()->setCurrentIndex(access->tableBox()->findText(QStringLiteral("Muffin/Bread")));
        Q_EMIT access->tableBox()->activated(access->tableBox()->currentIndex());
        QVERIFY(previewed.wait(30000));
        QVERIFY2(access->previewCaption()->text().contains(QStringLiteral("table Muffin/Bread")),
                 qPrintable(access->previewCaption()->text()));

        wizard.next();
        chooseSqlite(page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form(), target);
        nextToTables(wizard);
        auto *tables = page<TablesPage>(wizard, MigrationWizard::TablesPageId);
        QCOMPARE(tables->model()->rowCount(), 5);
        wizard.next();
        wizard.next();
        wizard.next();
        auto *summary = page<SummaryPage>(wizard, MigrationWizard::SummaryPageId);
        BARGE_WAIT_FOR(summary->isComplete());
        runFromSummary(wizard);
        const Report report = wizard.setup()->report;
        QCOMPARE(report.totalRejected(), qint64(0));
        QVERIFY(report.totalWritten() > 37);
        SqliteFile out(target);
        QCOMPARE(out.rows(QStringLiteral("SELECT count(*) FROM \"Fruit\"")).value(0).value(0).toInt(), 37);
    }

    // An Access 97 file's text is read in the code page chosen; the preview follows the choice.
    void access97CodePage()
    {
        AccessForm form;
        QSignalSpy previewed(&form, &AccessForm::previewed);
        Endpoint endpoint;
        endpoint.kind = AccessKind;
        endpoint.scheme = AccessKind.id();
        endpoint.path = dataFile(QStringLiteral("testodbc.mdb"));
        form.setEndpoint(endpoint);
        QVERIFY(previewed.wait(30000));
        QVERIFY2(form.tableBox()->count() > 0, qPrintable(form.previewCaption()->text()));
        QVERIFY(form.previewTable()->columnCount() > 0);
        form.encodingBox()->setCurrentText(QStringLiteral("windows-1251"));
        QVERIFY(previewed.wait(30000));
        QCOMPARE(form.endpoint().options.value(QStringLiteral("encoding")), QStringLiteral("windows-1251"));
        QVERIFY(form.previewTable()->columnCount() > 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWizardAccess)
#include "tst_wizard_access.moc"
