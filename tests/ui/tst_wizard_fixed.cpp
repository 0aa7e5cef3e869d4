// A fixed-width file by clicking (issue #14): the wizard's record-file form takes the file and its
// layout, shows the records decoded by it (a record that cannot be read in red, with why), and the
// table goes into a new SQLite database with its types, the bad record in the rejects. Without a
// layout, the layout editor proposes one under a ruler from sqlite3's own column output; a click
// takes a wrong boundary away, the columns are named, and the saved layout file is used.

#include "endpoints/fixedform.h"
#include "endpoints/fixedlayoutdialog.h"
#include "endpoints/recordruler.h"
#include "io/codepage.h"
#include "io/fixed/recordlayout.h"
#include "filepathedit.h"
#include "io/fixed/fixedkind.h"
#include "waitfor.h"
#include "wizarddriver.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace barge;
using namespace barge::test;

class TestWizardFixed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        setUpApplication("tst_wizard_fixed");
        QVERIFY(m_dir.isValid());
    }

    void fixedWidthFileIntoSqlite()
    {
        const QString data = m_dir.filePath(QStringLiteral("people.dat"));
        const QString layout = m_dir.filePath(QStringLiteral("people.layout.json"));
        {
            QFile file(layout);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"fields": [{"name": "id", "start": 1, "length": 5},
                                      {"name": "name", "start": 6, "length": 10},
                                      {"name": "amount", "start": 16, "length": 8},
                                      {"name": "born", "start": 24, "length": 11, "nullIfBlank": true}]})");
            QFile records(data);
            QVERIFY(records.open(QIODevice::WriteOnly));
            records.write("00001Smith        12.50 1970-01-02\n"
                          "00002Jones        -3.25\n"
                          "00003Lee              0 2001-12-31\n"
                          "00004Long         1.00  2001-12-31 and more\n");
        }
        const QString target = m_dir.filePath(QStringLiteral("people.db"));
        MigrationWizard wizard;
        prepare(wizard);
        startNew(wizard);
        EndpointForm *form = page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form();
        form->kindBox()->setCurrentIndex(form->kindBox()->findData(FixedKind.id()));
        auto *fixed = form->findChild<FixedForm *>();
        QVERIFY(fixed);
        QSignalSpy previewed(fixed, &FixedForm::previewed);
        fixed->pathEdit()->setPath(data);
        QVERIFY(!page<SourcePage>(wizard, MigrationWizard::SourcePageId)->isComplete()); // no layout yet
        fixed->layoutEdit()->setPath(layout);
        BARGE_WAIT_FOR(fixed->previewTable()->rowCount() == 4);
        QTableWidget *table = fixed->previewTable();
        QCOMPARE(table->columnCount(), 4);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Smith"));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("NULL"));
        // The fourth record has bytes past the layout: red, and the tooltip says why.
        QCOMPARE(table->item(3, 0)->foreground().color(), QColor(0x9b, 0x10, 0x10));
        QVERIFY2(table->item(3, 0)->toolTip().contains(QStringLiteral("past the layout's last field")),
                 qPrintable(table->item(3, 0)->toolTip()));
        QVERIFY2(fixed->previewCaption()->text().contains(QStringLiteral("red")), qPrintable(fixed->previewCaption()->text()));
        shoot(wizard, QStringLiteral("02-source-fixed"));
        QVERIFY(page<SourcePage>(wizard, MigrationWizard::SourcePageId)->isComplete());
        wizard.next();

        chooseSqlite(page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form(), target);
        nextToTables(wizard);
        auto *tables = page<TablesPage>(wizard, MigrationWizard::TablesPageId);
        QCOMPARE(tables->model()->rowCount(), 1);
        QCOMPARE(tables->model()->entry(0).rows, qint64(4));
        wizard.next();
        wizard.next();
        wizard.next();
        runFromSummary(wizard);
        const Report report = wizard.setup()->report;
        QCOMPARE(report.totalWritten(), qint64(3));

        SqliteFile out(target);
        QStringList types;
        for (const QVariantList &column : out.rows(QStringLiteral("SELECT name, type FROM pragma_table_info('people')")))
            types << column.at(0).toString() + u' ' + column.at(1).toString();
        QCOMPARE(types, QStringList({QStringLiteral("id TEXT"), QStringLiteral("name TEXT"), QStringLiteral("amount NUMERIC(4,2)"),
                                     QStringLiteral("born DATE")}));
        const QList<QVariantList> rows = out.rows(QStringLiteral("SELECT id, amount, born FROM people ORDER BY id"));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).at(1).toDouble(), -3.25);
        QVERIFY(rows.at(1).at(2).isNull());
        QCOMPARE(rows.at(2).at(2).toString(), QStringLiteral("2001-12-31"));
    }

    void layoutByClickingOnTheRuler()
    {
        // sqlite3 -column output of Sakila's customers (tests/data/README.md): left-aligned columns,
        // two spaces apart, and a create_date whose date and time are split by a space.
        const QString data = m_dir.filePath(QStringLiteral("customer.txt"));
        QVERIFY(QFile::copy(qEnvironmentVariable("BARGE_SOURCE_DIR") + QStringLiteral("/tests/data/fixed/customer-sqlite-column.txt"),
                            data));
        const QString target = m_dir.filePath(QStringLiteral("customer.db"));
        MigrationWizard wizard;
        prepare(wizard);
        startNew(wizard);
        EndpointForm *form = page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form();
        form->kindBox()->setCurrentIndex(form->kindBox()->findData(FixedKind.id()));
        auto *fixed = form->findChild<FixedForm *>();
        QVERIFY(fixed);
        QVERIFY(!fixed->editLayoutButton()->isEnabled()); // nothing to show yet
        fixed->pathEdit()->setPath(data);
        QVERIFY(fixed->editLayoutButton()->isEnabled());

        FixedLayoutDialog *dialog = fixed->editLayout();
        QVERIFY(dialog->isVisible());
        RecordRuler *ruler = dialog->ruler();
        QCOMPARE(ruler->recordLength(), 110);
        // The guess: a column after each position blank in every record, the time split off too.
        QCOMPARE(ruler->boundaries(), QList<int>({13, 23, 35, 46, 83, 91, 102}));
        QCOMPARE(dialog->fieldTable()->rowCount(), 8);
        QCOMPARE(dialog->fieldTable()->item(2, 4)->text(), QStringLiteral("MARY"));
        dialog->resize(1000, 640);
        shoot(*dialog, QStringLiteral("02-source-fixed-layout-guessed"));

        // A click on the line before the time takes it away; a click elsewhere sets one, a second
        // click there takes it away again.
        const QPoint onTime(ruler->xForPosition(102), ruler->rulerHeight() + 5);
        QTest::mouseClick(ruler, Qt::LeftButton, {}, onTime);
        QCOMPARE(ruler->boundaries(), QList<int>({13, 23, 35, 46, 83, 91}));
        const QPoint inName(ruler->xForPosition(27), ruler->rulerHeight() / 2);
        QTest::mouseClick(ruler, Qt::LeftButton, {}, inName);
        QCOMPARE(ruler->boundaries(), QList<int>({13, 23, 27, 35, 46, 83, 91}));
        QTest::mouseClick(ruler, Qt::LeftButton, {}, inName);
        QCOMPARE(ruler->boundaries(), QList<int>({13, 23, 35, 46, 83, 91}));
        // Dragging a line moves it: the email's start from 46 to 45 and back.
        QTest::mousePress(ruler, Qt::LeftButton, {}, QPoint(ruler->xForPosition(46), 4));
        QTest::mouseMove(ruler, QPoint(ruler->xForPosition(45), 4));
        QTest::mouseRelease(ruler, Qt::LeftButton, {}, QPoint(ruler->xForPosition(45), 4));
        QCOMPARE(ruler->boundaries(), QList<int>({13, 23, 35, 45, 83, 91}));
        // From the keyboard: End, then Left to 46; Space sets it, and Space at 45 takes that away.
        ruler->setFocus();
        QTest::keyClick(ruler, Qt::Key_Home);
        for (int i = 1; i < 45; ++i)
            QTest::keyClick(ruler, Qt::Key_Right);
        QCOMPARE(ruler->cursorPosition(), 45);
        QTest::keyClick(ruler, Qt::Key_Space);
        QTest::keyClick(ruler, Qt::Key_Right);
        QTest::keyClick(ruler, Qt::Key_Space);
        QCOMPARE(ruler->boundaries(), QList<int>({13, 23, 35, 46, 83, 91}));

        QTableWidget *fields = dialog->fieldTable();
        QCOMPARE(fields->rowCount(), 7);
        QCOMPARE(fields->item(6, 4)->text(), QStringLiteral("2006-02-14 22:04:36"));
        const QStringList names{QStringLiteral("customer_id"), QStringLiteral("store_id"), QStringLiteral("first_name"),
                                QStringLiteral("last_name"), QStringLiteral("email"), QStringLiteral("active"),
                                QStringLiteral("create_date")};
        for (int row = 0; row < names.size(); ++row)
            fields->item(row, 0)->setText(names.at(row));
        // A name survives the ruler moving other lines.
        QTest::mouseClick(ruler, Qt::LeftButton, {}, inName);
        QTest::mouseClick(ruler, Qt::LeftButton, {}, inName);
        QCOMPARE(fields->item(6, 0)->text(), QStringLiteral("create_date"));
        // A type that is not one is said at the column, and nothing is saved.
        auto *activeType = qobject_cast<QComboBox *>(fields->cellWidget(5, 3));
        QVERIFY(activeType);
        activeType->setCurrentText(QStringLiteral("integer please"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->messageLabel()->text().contains(QStringLiteral("Column 6")), qPrintable(dialog->messageLabel()->text()));
        activeType->setCurrentText(QStringLiteral("boolean"));
        const QString saved = dialog->saveEdit()->path();
        QCOMPARE(QFileInfo(saved).fileName(), QStringLiteral("customer.layout.json"));
        const QPointer<FixedLayoutDialog> open(dialog);
        dialog->accept();
        QVERIFY2(!open || !open->isVisible(), qPrintable(open->messageLabel()->text()));
        BARGE_WAIT_FOR(fixed->layoutEdit()->path() == saved);
        BARGE_WAIT_FOR(fixed->previewTable()->rowCount() == 20); // the preview shows the first 20

        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const std::optional<RecordLayout> layout = RecordLayout::fromJson(file.readAll(), &error);
        QVERIFY2(layout, qPrintable(error));
        QCOMPARE(layout->fields.size(), 7);
        QCOMPARE(layout->fields.at(4).offset, 46);
        QCOMPARE(layout->fields.at(4).length, 37);
        QCOMPARE(layout->fields.at(5).declared->toString(), QStringLiteral("boolean"));
        QCOMPARE(layout->recordLength, 110);

        QTableWidget *table = fixed->previewTable();
        QCOMPARE(table->columnCount(), 7);
        QCOMPARE(table->horizontalHeaderItem(4)->text(), QStringLiteral("email"));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("JOHNSON"));
        shoot(wizard, QStringLiteral("02-source-fixed-edited"));
        wizard.next();
        chooseSqlite(page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form(), target);
        nextToTables(wizard);
        wizard.next();
        wizard.next();
        wizard.next();
        runFromSummary(wizard);
        QCOMPARE(wizard.setup()->report.totalWritten(), qint64(25));
        SqliteFile out(target);
        QStringList types;
        for (const QVariantList &column : out.rows(QStringLiteral("SELECT name, type FROM pragma_table_info('customer')")))
            types << column.at(0).toString() + u' ' + column.at(1).toString();
        QCOMPARE(types, QStringList({QStringLiteral("customer_id INTEGER"), QStringLiteral("store_id INTEGER"),
                                     QStringLiteral("first_name TEXT"), QStringLiteral("last_name TEXT"),
                                     QStringLiteral("email TEXT"), QStringLiteral("active BOOLEAN"),
                                     QStringLiteral("create_date DATETIME")}));
        const QList<QVariantList> rows = out.rows(QStringLiteral("SELECT email, create_date FROM customer WHERE customer_id = 25"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).at(0).toString(), QStringLiteral("DEBORAH.WALKER@sakilacustomer.org"));
    }

    // With a copybook on the form, the editor starts from it on EBCDIC records: the copybook's fields
    // are the boundaries, the packed one stays packed, and the saved layout file reads the records
    // as the copybook did.
    void editorStartsFromCopybook()
    {
        const QString data = m_dir.filePath(QStringLiteral("accounts.dat"));
        const QString copybook = m_dir.filePath(QStringLiteral("accounts.cpy"));
        {
            QFile file(copybook);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("       01  ACCOUNT.\n"
                       "           05  ACCT-NO      PIC 9(6).\n"
                       "           05  FILLER       PIC X(2).\n"
                       "           05  HOLDER       PIC X(10).\n"
                       "           05  BALANCE      PIC S9(5)V99 COMP-3.\n");
            const std::optional<CodePage> page = CodePage::find(QStringLiteral("IBM037"));
            QVERIFY(page);
            auto ebcdic = [&](const char *text) {
                QByteArray out;
                for (const char *c = text; *c; ++c)
                    out += char(page->fromUnicode(char16_t(uchar(*c))));
                return out;
            };
            QFile records(data);
            QVERIFY(records.open(QIODevice::WriteOnly));
            records.write(ebcdic("000001  MUELLER   ") + QByteArray::fromHex("0012345C"));
            records.write(ebcdic("000002  SCHMIDT   ") + QByteArray::fromHex("0000099D"));
        }
        MigrationWizard wizard;
        prepare(wizard);
        startNew(wizard);
        EndpointForm *form = page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form();
        form->kindBox()->setCurrentIndex(form->kindBox()->findData(FixedKind.id()));
        auto *fixed = form->findChild<FixedForm *>();
        QVERIFY(fixed);
        fixed->pathEdit()->setPath(data);
        fixed->layoutEdit()->setPath(copybook);
        fixed->encodingBox()->setCurrentIndex(fixed->encodingBox()->findData(QStringLiteral("IBM037")));
        fixed->recordFormatBox()->setCurrentIndex(fixed->recordFormatBox()->findData(QStringLiteral("F")));
        BARGE_WAIT_FOR(fixed->previewTable()->rowCount() == 2);
        QCOMPARE(fixed->previewTable()->item(1, 2)->text(), QStringLiteral("-0.99"));

        FixedLayoutDialog *dialog = fixed->editLayout();
        QCOMPARE(dialog->ruler()->recordLength(), 22);
        // The FILLER between the fields is a column of its own without a name: skipped again.
        QCOMPARE(dialog->ruler()->boundaries(), QList<int>({6, 8, 18}));
        QTableWidget *fields = dialog->fieldTable();
        QCOMPARE(fields->rowCount(), 4);
        QCOMPARE(fields->item(1, 0)->text(), QString());
        QCOMPARE(fields->item(2, 0)->text(), QStringLiteral("HOLDER"));
        QCOMPARE(fields->item(2, 4)->text(), QStringLiteral("MUELLER")); // decoded from EBCDIC
        QCOMPARE(fields->item(3, 3)->text(), QStringLiteral("packed decimal(7,2)"));
        QCOMPARE(QFileInfo(dialog->saveEdit()->path()).fileName(), QStringLiteral("accounts.layout.json"));
        fields->item(2, 0)->setText(QStringLiteral("NAME"));
        dialog->accept();
        BARGE_WAIT_FOR(fixed->layoutEdit()->path().endsWith(QLatin1String("accounts.layout.json")));
        BARGE_WAIT_FOR(fixed->previewTable()->rowCount() == 2 && fixed->previewTable()->horizontalHeaderItem(1)->text() == QLatin1String("NAME"));
        QCOMPARE(fixed->previewTable()->columnCount(), 3);
        QCOMPARE(fixed->previewTable()->item(0, 2)->text(), QStringLiteral("123.45"));
        QCOMPARE(fixed->previewTable()->item(1, 2)->text(), QStringLiteral("-0.99"));
        // The form names the layout from the data file's folder, so a profile keeps finding it when
        // the folder moves; and reads it back as the same file.
        const Endpoint named = fixed->endpoint();
        QCOMPARE(named.option(QStringLiteral("layout")), QStringLiteral("accounts.layout.json"));
        QVERIFY(!named.options.contains(QStringLiteral("copybook")));
        fixed->setEndpoint(named);
        QCOMPARE(fixed->layoutEdit()->path(), m_dir.filePath(QStringLiteral("accounts.layout.json")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWizardFixed)
#include "tst_wizard_fixed.moc"
