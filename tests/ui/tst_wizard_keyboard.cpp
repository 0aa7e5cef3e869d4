// Keyboard use of the whole wizard, in English and in German (issues #21, #23): on every page of
// every source and target kind no two visible, enabled controls share a mnemonic (the wizard's own
// Back / Next / Finish buttons included), every label with a mnemonic has a buddy that takes the
// focus when the mnemonic is pressed, and the default button (what Return presses) is always the
// forward one: Next, Run, Show report or Finish, also after "Test connection" was clicked; and every
// control Tab reaches has an accessible name (its own, its text, or its label's).

#include "endpoints/csvform.h"
#include "waitfor.h"
#include "optionspage.h"
#include "reportpage.h"
#include "endpoints/serverform.h"
#include "io/jsonl/jsonlkind.h"
#include "wizarddriver.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QGroupBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTranslator>

using namespace barge;
using namespace barge::test;

namespace {

// Replaces the installed translations with the given language's (the application starts in English).
void useLanguage(const QLocale &locale)
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installTranslations(*qApp, locale);
}

// Where the mnemonic's letter is in `text` (after its "&"), or -1; "&&" is a plain "&".
int mnemonicPosition(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return i + 1;
        ++i;
    }
    return -1;
}

QKeySequence mnemonicOf(const QWidget *widget, QString *text)
{
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        *text = button->text();
    else if (const auto *label = qobject_cast<const QLabel *>(widget))
        *text = label->text();
    else if (const auto *box = qobject_cast<const QGroupBox *>(widget))
        *text = box->title();
    else
        text->clear();
    // Rich text ("&nbsp;", "&amp;") has no mnemonics.
    if (qobject_cast<const QLabel *>(widget) && Qt::mightBeRichText(*text))
        return QKeySequence();
    return QKeySequence::mnemonic(*text);
}

// The button Return should press on the current page.
QAbstractButton *forwardButton(MigrationWizard &wizard)
{
    for (QWizard::WizardButton which : {QWizard::CommitButton, QWizard::NextButton, QWizard::FinishButton}) {
        QAbstractButton *button = wizard.button(which);
        if (button && button->isVisible())
            return button;
    }
    return nullptr;
}

} // namespace

class TestWizardKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void everyPage_data();
    void everyPage();
    void demoSource_data();
    void demoSource();
    void strayAltLettersChangeNothing();

private:
    void checkPage(MigrationWizard &wizard, const QString &where);
    void checkMnemonics(MigrationWizard &wizard, const QString &where);
    void checkLabelsReachTheirBuddies(MigrationWizard &wizard, const QString &where);
    void checkDefaultButton(MigrationWizard &wizard, const QString &where);
    void checkAccessibleNames(MigrationWizard &wizard, const QString &where);
    void checkButtonRowsTabOrder(MigrationWizard &wizard, const QString &where);
    void checkEndpointKinds(MigrationWizard &wizard, EndpointForm *form, const QString &page);
    void clickTest(EndpointForm *form, bool expectResult);
    void walkFromTables(MigrationWizard &wizard, bool run);

    QTemporaryDir m_dir;
    QString m_shop;
    QString m_csvFolder;
    QString m_jsonlFolder;
};

void TestWizardKeyboard::initTestCase()
{
    setUpApplication("tst_wizard_keyboard");
    QVERIFY(m_dir.isValid());
    m_shop = m_dir.filePath(QStringLiteral("shop.db"));
    writeShop(m_shop);
    m_csvFolder = m_dir.filePath(QStringLiteral("csv"));
    QVERIFY(QDir().mkpath(m_csvFolder));
    QFile csv(QDir(m_csvFolder).filePath(QStringLiteral("people.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("id,name\n1,Ann\n2,Bob\n");
    m_jsonlFolder = m_dir.filePath(QStringLiteral("jsonl"));
    QVERIFY(QDir().mkpath(m_jsonlFolder));
    QFile lines(QDir(m_jsonlFolder).filePath(QStringLiteral("people.jsonl")));
    QVERIFY(lines.open(QIODevice::WriteOnly));
    lines.write("{\"id\":1,\"name\":\"Ann\"}\n{\"id\":2,\"name\":\"Bob\"}\n");
}

void TestWizardKeyboard::init()
{
    // Each test row builds its wizard after choosing the language; start every row in English.
    useLanguage(QLocale(QLocale::English));
}

void TestWizardKeyboard::checkPage(MigrationWizard &wizard, const QString &where)
{
    QCoreApplication::sendPostedEvents();
    checkMnemonics(wizard, where);
    if (QTest::currentTestFailed())
        return;
    checkLabelsReachTheirBuddies(wizard, where);
    if (QTest::currentTestFailed())
        return;
    checkDefaultButton(wizard, where);
    if (QTest::currentTestFailed())
        return;
    checkButtonRowsTabOrder(wizard, where);
    if (QTest::currentTestFailed())
        return;
    checkAccessibleNames(wizard, where);
}

// Every control Tab reaches tells a screen reader what it is: its own accessible name, its text, or
// the label it is the buddy of.
void TestWizardKeyboard::checkAccessibleNames(MigrationWizard &wizard, const QString &where)
{
    int checked = 0;
    for (QWidget *widget : wizard.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&wizard) || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        if (widget->focusProxy())
            continue; // its proxy is the one that takes the focus (a combo box's line edit)
        ++checked;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY2(accessible, qPrintable(where));
        QVERIFY2(!accessible->text(QAccessible::Name).trimmed().isEmpty(),
                 qPrintable(QStringLiteral("%1: a %2 (%3) has no accessible name")
                                .arg(where, QString::fromLatin1(widget->metaObject()->className()), widget->objectName())));
    }
    QVERIFY2(checked > 2, qPrintable(where)); // at least Back / Next / Cancel and the page's own controls
}

// Tab visits the push buttons that stand in one row from left to right, in the order they read.
void TestWizardKeyboard::checkButtonRowsTabOrder(MigrationWizard &wizard, const QString &where)
{
    QWizardPage *page = wizard.currentPage();
    QList<QPushButton *> buttons; // in the order of the focus chain
    for (QWidget *next = page->nextInFocusChain(); next != page; next = next->nextInFocusChain()) {
        auto *button = qobject_cast<QPushButton *>(next);
        if (button && button->isVisible() && button->isEnabled() && page->isAncestorOf(button))
            buttons << button;
    }
    for (int i = 0; i < buttons.size(); ++i) {
        for (int j = i + 1; j < buttons.size(); ++j) {
            const QRect first(buttons.at(i)->mapTo(page, QPoint()), buttons.at(i)->size());
            const QRect later(buttons.at(j)->mapTo(page, QPoint()), buttons.at(j)->size());
            if (first.center().y() != later.center().y())
                continue;
            QVERIFY2(first.x() < later.x(), qPrintable(QStringLiteral("%1: Tab goes from \"%2\" to \"%3\", right to left")
                                                           .arg(where, buttons.at(i)->text(), buttons.at(j)->text())));
        }
    }
}

void TestWizardKeyboard::checkMnemonics(MigrationWizard &wizard, const QString &where)
{
    QHash<QKeySequence, QString> seen;
    auto claim = [&](const QKeySequence &key, const QString &text) {
        QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("%1: %2 is both \"%3\" and \"%4\"")
                                                     .arg(where, key.toString(), seen.value(key), text)));
        seen.insert(key, text);
    };
    for (QWidget *widget : wizard.findChildren<QWidget *>()) {
        if (!widget->isVisible() || !widget->isEnabled())
            continue;
        if (auto *bar = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < bar->count(); ++i) {
                const QKeySequence key = QKeySequence::mnemonic(bar->tabText(i));
                if (!key.isEmpty() && bar->isTabEnabled(i))
                    claim(key, bar->tabText(i));
            }
            continue;
        }
        QString text;
        const QKeySequence key = mnemonicOf(widget, &text);
        if (key.isEmpty())
            continue;
        claim(key, text);
        if (QTest::currentTestFailed())
            return;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            QVERIFY2(label->buddy(), qPrintable(QStringLiteral("%1: the label \"%2\" has no buddy").arg(where, text)));
            QVERIFY2(label->buddy()->focusPolicy() != Qt::NoFocus,
                     qPrintable(QStringLiteral("%1: the buddy of \"%2\" takes no focus").arg(where, text)));
            // A label naming a row of controls ("Delimiter, quote, encoding:") has its buddy in the
            // first: the letter Alt takes there is in the first name, not in one it does not go to.
            const int comma = text.indexOf(QLatin1Char(','));
            QVERIFY2(comma < 0 || mnemonicPosition(text) < comma,
                     qPrintable(QStringLiteral("%1: the mnemonic of \"%2\" is not in the name of its buddy, the first")
                                    .arg(where, text)));
        }
    }
}

// Pressing a label's mnemonic moves the focus into its buddy (or the buddy's focus proxy).
void TestWizardKeyboard::checkLabelsReachTheirBuddies(MigrationWizard &wizard, const QString &where)
{
    QWidget *before = QApplication::focusWidget();
    for (QLabel *label : wizard.findChildren<QLabel *>()) {
        QString text;
        const QKeySequence key = mnemonicOf(label, &text);
        if (key.isEmpty() || !label->isVisible() || !label->buddy() || !label->buddy()->isEnabled())
            continue;
        QWidget *target = label->buddy();
        while (target->focusProxy())
            target = target->focusProxy();
        QTest::keyClick(&wizard, Qt::Key(key[0].key()), Qt::AltModifier);
        QVERIFY2(target->hasFocus(), qPrintable(QStringLiteral("%1: %2 (\"%3\") did not focus %4")
                                                    .arg(where, key.toString(QKeySequence::NativeText), text,
                                                         target->metaObject()->className())));
    }
    if (before)
        before->setFocus();
}

void TestWizardKeyboard::checkDefaultButton(MigrationWizard &wizard, const QString &where)
{
    QAbstractButton *forward = forwardButton(wizard);
    QVERIFY2(forward, qPrintable(where));
    for (QPushButton *button : wizard.findChildren<QPushButton *>()) {
        if (button->isVisible() && button->isDefault()) {
            QVERIFY2(button == forward, qPrintable(QStringLiteral("%1: the default button is \"%2\", not \"%3\"")
                                                        .arg(where, button->text(), forward->text())));
        }
    }
    QVERIFY2(static_cast<QPushButton *>(forward)->isDefault(),
             qPrintable(QStringLiteral("%1: \"%2\" is not the default button").arg(where, forward->text())));
}

// Clicks "Test connection" the way a person does (the button takes the focus); with a complete
// form the result arrives on a worker thread.
void TestWizardKeyboard::clickTest(EndpointForm *form, bool expectResult)
{
    QSignalSpy tested(form, &EndpointForm::tested);
    QTest::mouseClick(form->testButton(), Qt::LeftButton);
    if (expectResult)
        QVERIFY(tested.wait(20000));
    QVERIFY(!form->testResult()->text().isEmpty());
}

// Every kind of endpoint on a Source or Target page, each checked before and after "Test connection".
void TestWizardKeyboard::checkEndpointKinds(MigrationWizard &wizard, EndpointForm *form, const QString &page)
{
    const bool source = page == QLatin1String("source");
    struct Kind
    {
        const char *name;
        int index;
        bool folder;
    };
    const int jsonl = form->kindBox()->findData(JsonLinesKind.id());
    QVERIFY2(jsonl >= 0, "JSON Lines is in the kind box");
    for (const Kind &kind : {Kind{"SQLite", 0, false}, Kind{"CSV file", 1, false}, Kind{"CSV folder", 1, true},
                             Kind{"PostgreSQL", 2, false}, Kind{"MariaDB", 3, false}, Kind{"JSON Lines file", jsonl, false},
                             Kind{"JSON Lines folder", jsonl, true}}) {
        const QString where = QStringLiteral("%1 page, %2").arg(page, QLatin1String(kind.name));
        form->kindBox()->setCurrentIndex(kind.index);
        bool complete = false;
        if (kind.index == 0) {
            form->sqlitePath()->setPath(source ? m_shop : m_dir.filePath(QStringLiteral("new.db")));
            complete = true;
        } else if (kind.index == 1) {
            Endpoint csv;
            csv.kind = EndpointKind::Csv;
            csv.scheme = QStringLiteral("csv");
            csv.folder = kind.folder;
            csv.path = kind.folder ? m_csvFolder : QDir(m_csvFolder).filePath(QStringLiteral("people.csv"));
            if (!source)
                csv.path = kind.folder ? m_dir.filePath(QStringLiteral("out")) : m_dir.filePath(QStringLiteral("out.csv"));
            form->setEndpoint(csv);
            complete = true;
        } else if (kind.index == jsonl) {
            Endpoint lines;
            lines.kind = JsonLinesKind;
            lines.scheme = JsonLinesKind.id();
            lines.folder = kind.folder;
            lines.path = kind.folder ? m_jsonlFolder : QDir(m_jsonlFolder).filePath(QStringLiteral("people.jsonl"));
            if (!source)
                lines.path = kind.folder ? m_dir.filePath(QStringLiteral("out-jsonl")) : m_dir.filePath(QStringLiteral("out.jsonl"));
            form->setEndpoint(lines);
            complete = true;
        }
        checkPage(wizard, where);
        if (QTest::currentTestFailed())
            return;
        // Without a database name the server forms answer at once, without connecting anywhere.
        clickTest(form, complete);
        if (QTest::currentTestFailed())
            return;
        checkPage(wizard, where + QStringLiteral(", after Test connection"));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestWizardKeyboard::walkFromTables(MigrationWizard &wizard, bool run)
{
    auto *tables = page<TablesPage>(wizard, MigrationWizard::TablesPageId);
    BARGE_WAIT_FOR(tables->isComplete());
    checkPage(wizard, QStringLiteral("tables page"));
    QVERIFY(!QTest::currentTestFailed());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(MigrationWizard::FieldMappingPageId));
    checkPage(wizard, QStringLiteral("field mapping page"));
    QVERIFY(!QTest::currentTestFailed());
    wizard.next();
    auto *options = page<OptionsPage>(wizard, MigrationWizard::OptionsPageId);
    QCOMPARE(wizard.currentId(), int(MigrationWizard::OptionsPageId));
    checkPage(wizard, QStringLiteral("options page, stop at the first bad row"));
    QVERIFY(!QTest::currentTestFailed());
    options->onError()->setCurrentIndex(options->onError()->findData(int(OnError::Skip)));
    options->rejectsFolder()->setPath(m_dir.filePath(QStringLiteral("rejects")));
    checkPage(wizard, QStringLiteral("options page, rejects folder"));
    QVERIFY(!QTest::currentTestFailed());
    wizard.next();
    auto *summary = page<SummaryPage>(wizard, MigrationWizard::SummaryPageId);
    BARGE_WAIT_FOR(summary->isComplete());
    checkPage(wizard, QStringLiteral("summary page"));
    QVERIFY(!QTest::currentTestFailed());
    if (!run)
        return;
    wizard.next();
    auto *runPage = page<RunPage>(wizard, MigrationWizard::RunPageId);
    BARGE_WAIT_FOR(runPage->isComplete());
    checkPage(wizard, QStringLiteral("run page"));
    QVERIFY(!QTest::currentTestFailed());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(MigrationWizard::ReportPageId));
    checkPage(wizard, QStringLiteral("report page"));
}

void TestWizardKeyboard::everyPage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("english") << QLocale(QLocale::English);
    QTest::newRow("german") << QLocale(QLocale::German, QLocale::Germany);
}

void TestWizardKeyboard::everyPage()
{
    QFETCH(QLocale, locale);
    useLanguage(locale);
    MigrationWizard wizard;
    prepare(wizard);
    QApplication::setActiveWindow(&wizard);
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    checkPage(wizard, QStringLiteral("start page"));
    QVERIFY(!QTest::currentTestFailed());
    wizard.next();

    auto *source = page<SourcePage>(wizard, MigrationWizard::SourcePageId);
    checkEndpointKinds(wizard, source->form(), QStringLiteral("source"));
    QVERIFY(!QTest::currentTestFailed());
    // Return after Test connection goes forward, not back.
    chooseSqlite(source->form(), m_shop);
    clickTest(source->form(), true);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(source->form()->testButton()->hasFocus());
    QTest::keyClick(source->form()->testButton(), Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(MigrationWizard::TargetPageId));

    auto *target = page<TargetPage>(wizard, MigrationWizard::TargetPageId);
    checkEndpointKinds(wizard, target->form(), QStringLiteral("target"));
    QVERIFY(!QTest::currentTestFailed());
    chooseSqlite(target->form(), m_dir.filePath(QStringLiteral("copy-%1.db").arg(locale.name())));
    QFile::remove(target->form()->sqlitePath()->path());
    nextToTables(wizard);
    walkFromTables(wizard, true);
}

void TestWizardKeyboard::demoSource_data()
{
    everyPage_data();
}

void TestWizardKeyboard::demoSource()
{
    QFETCH(QLocale, locale);
    useLanguage(locale);
    MigrationWizard wizard;
    prepare(wizard);
    QApplication::setActiveWindow(&wizard);
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    wizard.startDemo();
    QCOMPARE(wizard.currentId(), int(MigrationWizard::SourcePageId));
    checkPage(wizard, QStringLiteral("source page, demo"));
    QVERIFY(!QTest::currentTestFailed());
    wizard.next();
    checkPage(wizard, QStringLiteral("target page, demo"));
    QVERIFY(!QTest::currentTestFailed());
    wizard.next();
    walkFromTables(wizard, false);
}

// Alt with a letter that is no mnemonic on the page reaches no control as that letter: a combo
// box would choose a kind by it. The title names the step.
void TestWizardKeyboard::strayAltLettersChangeNothing()
{
    useLanguage(QLocale(QLocale::English));
    MigrationWizard wizard;
    prepare(wizard);
    QApplication::setActiveWindow(&wizard);
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    wizard.startDemo();
    QCOMPARE(wizard.currentId(), int(MigrationWizard::SourcePageId));
    QCOMPARE(wizard.windowTitle(), wizard.currentPage()->title() + QStringLiteral(" \u2013 Barge"));
    QComboBox *kind = page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form()->kindBox();
    kind->setFocus();
    QVERIFY(kind->hasFocus());
    const int before = kind->currentIndex();
    for (const Qt::Key key : {Qt::Key_J, Qt::Key_C, Qt::Key_M, Qt::Key_X})
        QTest::keyClick(kind, key, Qt::AltModifier);
    QCOMPARE(kind->currentIndex(), before);
    QCOMPARE(wizard.currentId(), int(MigrationWizard::SourcePageId));
    // Without Alt the letter still chooses, as in any combo box.
    QTest::keyClick(kind, Qt::Key_C);
    QVERIFY(kind->currentIndex() != before);
}

QTEST_MAIN(TestWizardKeyboard)
#include "tst_wizard_keyboard.moc"
