// The field mapping grid by keyboard (issues #21, #23): the arrow keys move between cells and never
// change a mapping; Return, F2 or typing opens an editor; the type editor takes every spelling that
// `barge --type` takes and the target engine's own names, says inline why it refuses one, and its
// list is as wide as its entries.

#include "mapping/fieldmappingmodel.h"
#include "profile/profile.h"
#include "waitfor.h"
#include "fieldmappingpage.h"
#include "notelist.h"
#include "wizarddriver.h"

#include <QAbstractItemView>
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

// Whether an editor is open on the grid's current cell.
bool editing(QTableView *grid)
{
    return grid->indexWidget(grid->currentIndex()) != nullptr;
}

QList<FieldMapping> fieldsOf(FieldMappingPage *page)
{
    return page->currentModel()->mapping().fields;
}

} // namespace

class TestWizardMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void arrowKeysMoveWithoutChanging();
    void returnOpensTheEditor();
    void typeEditorTakesTypedTypes_data();
    void typeEditorTakesTypedTypes();
    void typeEditorSaysWhyItRefuses();
    void typeEditorListFitsItsEntries();
    void typeChoicesOfEachEngine_data();
    void typeChoicesOfEachEngine();
    void summaryWarnsAboutOddMappings();
    void duplicateTargetsAsProfilesJudgeThem_data();
    void duplicateTargetsAsProfilesJudgeThem();

private:
    FieldMappingPage *openMapping(MigrationWizard &wizard);
    QWidget *openTypeEditor(FieldMappingPage *mapping, int row);

    QTemporaryDir m_dir;
    QString m_shop;
    int m_targets = 0;
};

void TestWizardMapping::initTestCase()
{
    setUpApplication("tst_wizard_mapping");
    QVERIFY(m_dir.isValid());
    m_shop = m_dir.filePath(QStringLiteral("shop.db"));
    writeShop(m_shop);
}

// From the start page to the field mapping of customers (id, name, email, score) into a new SQLite file.
FieldMappingPage *TestWizardMapping::openMapping(MigrationWizard &wizard)
{
    prepare(wizard);
    QApplication::setActiveWindow(&wizard);
    [&] { QVERIFY(QTest::qWaitForWindowActive(&wizard)); }();
    wizard.next();
    chooseSqlite(page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form(), m_shop);
    wizard.next();
    chooseSqlite(page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form(),
                 m_dir.filePath(QStringLiteral("copy-%1.db").arg(++m_targets)));
    nextToTables(wizard);
    wizard.next();
    auto *mapping = page<FieldMappingPage>(wizard, MigrationWizard::FieldMappingPageId);
    const int customers = mapping->tableBox()->findText(QStringLiteral("customers"));
    mapping->tableBox()->setCurrentIndex(customers);
    [&] { QCOMPARE(mapping->currentModel()->rowCount(), 4); }();
    return mapping;
}

// F2 on the row's type cell; returns the editor, an editable combo box that has the focus.
QWidget *TestWizardMapping::openTypeEditor(FieldMappingPage *mapping, int row)
{
    QTableView *grid = mapping->grid();
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(row, FieldMappingModel::TypeColumn));
    QTest::keyClick(grid, Qt::Key_F2);
    [&] { QVERIFY(editing(grid)); }();
    return QApplication::focusWidget();
}

// The keys from the issue: Tab into the grid, Escape, Down, Down.
void TestWizardMapping::arrowKeysMoveWithoutChanging()
{
    MigrationWizard wizard;
    FieldMappingPage *mapping = openMapping(wizard);
    QVERIFY(mapping);
    QTableView *grid = mapping->grid();
    const QList<FieldMapping> before = fieldsOf(mapping);

    // The "Match by name" button comes right before the grid in the tab order.
    QWidget *beforeGrid = grid->previousInFocusChain();
    while (beforeGrid->focusPolicy() == Qt::NoFocus)
        beforeGrid = beforeGrid->previousInFocusChain();
    beforeGrid->setFocus();
    QTest::keyClick(wizard.focusWidget(), Qt::Key_Tab);
    QVERIFY(grid->hasFocus() || grid->isAncestorOf(wizard.focusWidget()));
    // Escape leaves the editor if one opened; else it reaches the wizard, which asks before
    // dropping a plan that was never saved: stay.
    bool asked = false;
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    QTest::keyClick(wizard.focusWidget(), Qt::Key_Escape);
    QVERIFY(wizard.isVisible());
    QTest::keyClick(wizard.focusWidget(), Qt::Key_Down);
    QTest::keyClick(wizard.focusWidget(), Qt::Key_Down);
    QCoreApplication::processEvents(); // let a queued commit (the bug) happen before comparing

    QVERIFY(wizard.isVisible());
    QCOMPARE(fieldsOf(mapping), before);
    QVERIFY(!editing(grid));
    QCOMPARE(grid->currentIndex().row(), 2);
    // An arrow key inside an open editor opens its list instead of stepping to the next value.
    QTest::keyClick(grid, Qt::Key_F2);
    QVERIFY(editing(grid));
    QTest::keyClick(wizard.focusWidget(), Qt::Key_Down);
    QCoreApplication::processEvents();
    QCOMPARE(fieldsOf(mapping), before);
    auto *box = qobject_cast<QComboBox *>(grid->indexWidget(grid->currentIndex()));
    if (!box)
        box = grid->findChild<QComboBox *>();
    QVERIFY(box);
    BARGE_WAIT_FOR(box->view()->isVisible());
    box->hidePopup();
}

void TestWizardMapping::returnOpensTheEditor()
{
    MigrationWizard wizard;
    FieldMappingPage *mapping = openMapping(wizard);
    QVERIFY(mapping);
    QTableView *grid = mapping->grid();
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(1, FieldMappingModel::TargetColumn));
    QTest::keyClick(grid, Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(MigrationWizard::FieldMappingPageId));
    QVERIFY(editing(grid));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("full_name"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    BARGE_WAIT_FOR((fieldsOf(mapping).at(1).target) == (QStringLiteral("full_name"))); QCOMPARE(fieldsOf(mapping).at(1).target, QStringLiteral("full_name"));
    QCOMPARE(wizard.currentId(), int(MigrationWizard::FieldMappingPageId));
}

// Every spelling `--type` takes (DataType::fromString), and SQLite's own names for the SQLite target.
void TestWizardMapping::typeEditorTakesTypedTypes_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    for (const char *neutral : {"boolean", "int16", "int32", "int64", "decimal", "decimal(12,2)", "decimal(5)",
                                "real", "text", "text(40)", "date", "time", "datetime", "datetimetz", "binary",
                                "binary(16)", "INT64", "Decimal(10, 3)", " text(8) "}) {
        const std::optional<DataType> type = DataType::fromString(QLatin1String(neutral));
        QVERIFY(type);
        QTest::newRow(neutral) << QString::fromLatin1(neutral) << type->toString();
    }
    QTest::newRow("varchar(40)") << QStringLiteral("varchar(40)") << QStringLiteral("text(40)");
    QTest::newRow("bigint") << QStringLiteral("bigint") << QStringLiteral("int64");
    QTest::newRow("SMALLINT") << QStringLiteral("SMALLINT") << QStringLiteral("int16");
    QTest::newRow("numeric(12, 2)") << QStringLiteral("numeric(12, 2)") << QStringLiteral("decimal(12,2)");
    QTest::newRow("blob") << QStringLiteral("blob") << QStringLiteral("binary");
    QTest::newRow("double precision") << QStringLiteral("double precision") << QStringLiteral("real");
}

void TestWizardMapping::typeEditorTakesTypedTypes()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    MigrationWizard wizard;
    FieldMappingPage *mapping = openMapping(wizard);
    QVERIFY(mapping);
    FieldMappingModel *model = mapping->currentModel();
    const QModelIndex type = model->index(1, FieldMappingModel::TypeColumn); // name: text
    QWidget *editor = openTypeEditor(mapping, 1);
    QVERIFY(qobject_cast<QComboBox *>(editor));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, typed);
    QTest::keyClick(editor, Qt::Key_Return);
    BARGE_WAIT_FOR(!editing(mapping->grid()));
    QCOMPARE(model->data(type, Qt::EditRole).toString(), expected);
    QVERIFY(mapping->inputError()->isHidden());
    QCOMPARE(wizard.currentId(), int(MigrationWizard::FieldMappingPageId));
}

void TestWizardMapping::typeEditorSaysWhyItRefuses()
{
    MigrationWizard wizard;
    FieldMappingPage *mapping = openMapping(wizard);
    QVERIFY(mapping);
    FieldMappingModel *model = mapping->currentModel();
    const QModelIndex type = model->index(1, FieldMappingModel::TypeColumn);
    const QString before = model->data(type, Qt::EditRole).toString();
    QWidget *editor = openTypeEditor(mapping, 1);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("varchr(40)"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The editor stays open with what was typed, and the page says why under the grid.
    QVERIFY(editing(mapping->grid()));
    QCOMPARE(qobject_cast<QComboBox *>(editor)->currentText(), QStringLiteral("varchr(40)"));
    QVERIFY(mapping->inputError()->isVisible());
    QVERIFY2(mapping->inputError()->text().contains(QStringLiteral("varchr(40)")), qPrintable(mapping->inputError()->text()));
    QCOMPARE(model->data(type, Qt::EditRole).toString(), before);
    // Escape gives up the edit: the value is unchanged and the message goes.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!editing(mapping->grid()));
    QCOMPARE(model->data(type, Qt::EditRole).toString(), before);
    QVERIFY(mapping->inputError()->isHidden());
    QVERIFY(wizard.isVisible());
}

void TestWizardMapping::typeEditorListFitsItsEntries()
{
    MigrationWizard wizard;
    FieldMappingPage *mapping = openMapping(wizard);
    QVERIFY(mapping);
    openTypeEditor(mapping, 3);
    auto *box = mapping->grid()->findChild<QComboBox *>();
    QVERIFY(box);
    // The SQLite target's own names are offered next to the neutral ones.
    QVERIFY(box->findText(QStringLiteral("decimal(12,2)")) >= 0);
    QVERIFY(box->findText(QStringLiteral("VARCHAR(255)")) >= 0);
    QVERIFY(box->findText(QStringLiteral("INTEGER")) >= 0);
    box->showPopup();
    BARGE_WAIT_FOR(box->view()->isVisible());
    const QFontMetrics metrics = box->view()->fontMetrics();
    for (int i = 0; i < box->count(); ++i) {
        QVERIFY2(metrics.horizontalAdvance(box->itemText(i)) < box->view()->viewport()->width(),
                 qPrintable(box->itemText(i)));
    }
    box->hidePopup();
}

void TestWizardMapping::typeChoicesOfEachEngine_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QStringList>("natives");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("postgres") << Dialect::Postgres << QStringList{QStringLiteral("bigint"), QStringLiteral("varchar(255)"),
                                                                 QStringLiteral("timestamptz")}
                              << QStringLiteral("int") << QStringLiteral("int32");
    QTest::newRow("mariadb") << Dialect::MySql << QStringList{QStringLiteral("BIGINT"), QStringLiteral("VARCHAR(255)"),
                                                             QStringLiteral("LONGTEXT")}
                             << QStringLiteral("int unsigned") << QStringLiteral("int64");
    QTest::newRow("sqlite") << Dialect::Sqlite << QStringList{QStringLiteral("INTEGER"), QStringLiteral("BLOB")}
                            << QStringLiteral("int") << QStringLiteral("int64");
    QTest::newRow("csv") << Dialect::Plain << QStringList() << QStringLiteral("int64") << QStringLiteral("int64");
}

void TestWizardMapping::typeChoicesOfEachEngine()
{
    QFETCH(Dialect, dialect);
    QFETCH(QStringList, natives);
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    TableSchema source;
    source.name = QStringLiteral("t");
    ColumnSchema column;
    column.name = QStringLiteral("a");
    source.columns << column;
    FieldMappingModel model;
    model.setTable(TableMapping::named(QStringLiteral("t"), QStringLiteral("t"), TableMode::Append), source,
                   std::nullopt, dialect);
    const QStringList choices = model.typeChoices();
    for (const QString &native : natives)
        QVERIFY2(choices.contains(native), qPrintable(choices.join(QLatin1Char(' '))));
    for (const QString &choice : choices)
        QVERIFY2(model.parseType(choice), qPrintable(choice));
    QCOMPARE(model.parseType(typed)->toString(), expected);
    QVERIFY(!model.typeProblem(QStringLiteral("nosuchtype")).isEmpty());
    QVERIFY(!model.parseType(QStringLiteral("varchar(abc)")));
}

// email filled from name: name feeds two targets, and email is not filled from the source's email.
void TestWizardMapping::summaryWarnsAboutOddMappings()
{
    MigrationWizard wizard;
    FieldMappingPage *mapping = openMapping(wizard);
    QVERIFY(mapping);
    FieldMappingModel *fields = mapping->currentModel();
    QCOMPARE(fields->mapping().fields.at(2).target, QStringLiteral("email"));
    QVERIFY(fields->setData(fields->index(2, FieldMappingModel::SourceColumn), QStringLiteral("name"), Qt::EditRole));
    wizard.next();
    wizard.next();
    auto *summary = page<SummaryPage>(wizard, MigrationWizard::SummaryPageId);
    BARGE_WAIT_FOR(summary->isComplete());
    const QString warnings = summary->noteList()->text();
    QVERIFY2(warnings.contains(QStringLiteral("customers.email is filled from name, although the source has a column email")),
             qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("customers: the source column name fills 2 target columns (name, email)")),
             qPrintable(warnings));
    // The other tables map by name and warn about nothing.
    QVERIFY2(!warnings.contains(QStringLiteral("orders")), qPrintable(warnings));
}

void TestWizardMapping::duplicateTargetsAsProfilesJudgeThem_data()
{
    QTest::addColumn<QStringList>("targets");
    QTest::addColumn<bool>("refused");
    QTest::newRow("distinct") << QStringList{QStringLiteral("id"), QStringLiteral("name")} << false;
    QTest::newRow("same spelling") << QStringList{QStringLiteral("id"), QStringLiteral("id")} << true;
    // One column in MariaDB and SQLite.
    QTest::newRow("case apart") << QStringList{QStringLiteral("Name"), QStringLiteral("name")} << true;
    // A profile's names are taken as written (the grid trims only what is typed into it).
    QTest::newRow("spaces count") << QStringList{QStringLiteral("a"), QStringLiteral(" a")} << false;
}

// The grid refuses two targets exactly when a profile with them is refused (MappingRules), so a
// profile `barge run` takes opens in the wizard, and the reverse.
void TestWizardMapping::duplicateTargetsAsProfilesJudgeThem()
{
    QFETCH(QStringList, targets);
    QFETCH(bool, refused);
    TableSchema source;
    source.name = QStringLiteral("t");
    TableMapping table = TableMapping::named(QStringLiteral("t"), QStringLiteral("t"), TableMode::Append);
    for (int i = 0; i < targets.size(); ++i) {
        ColumnSchema column;
        column.name = QStringLiteral("c%1").arg(i);
        column.type = DataType::text();
        source.columns << column;
        FieldMapping field;
        field.source = column.name;
        field.target = targets.at(i);
        field.type = column.type;
        table.fields << field;
    }
    FieldMappingModel model;
    model.setTable(table, source, std::nullopt, Dialect::Sqlite);
    const bool wizardRefuses = model.problems().join(QLatin1Char(' ')).contains(QStringLiteral("appears twice"));
    QString error;
    Plan plan;
    plan.source = *Endpoint::parse(QStringLiteral("sqlite:///tmp/a.db"), &error);
    plan.target = *Endpoint::parse(QStringLiteral("sqlite:///tmp/b.db"), &error);
    plan.tables << table;
    Plan loaded;
    const bool profileRefuses = !Profile::fromJson(Profile::toJson(plan), QString(), &loaded, &error);
    QCOMPARE(wizardRefuses, refused);
    QCOMPARE(profileRefuses, refused);
}

QTEST_MAIN(TestWizardMapping)
#include "tst_wizard_mapping.moc"
