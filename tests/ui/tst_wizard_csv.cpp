// The CSV flow: a semicolon file with a NULL marker; the raw lines and the parsed grid follow the
// options as they change; then the file goes into a new SQLite database and is checked there.
// A windows-1252 file read as UTF-8 shows its bad value in red in the mapping preview and points to
// the Encoding setting (issue #21); a windows-1252 file gets its encoding proposed and previewed with
// it (issue #18); a folder's preview shows the file the user picks. A German accounting export
// (LibreOffice's, tests/data/local) loads with its amounts, dates and yes/no words typed after one
// click on the proposed formats (issue #18); 0/1 columns get bool=1/0 offered, eight-digit dates
// date=yyyyMMdd.

#include "endpoints/csvform.h"
#include "endpoints/formatbox.h"
#include "io/csv/csvdialect.h"
#include "schema/localformat.h"
#include "waitfor.h"
#include "csvpreview.h"
#include "mapping/fieldmappingmodel.h"
#include "fieldmappingpage.h"
#include "wizarddriver.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QComboBox>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTemporaryDir>

using namespace barge;
using namespace barge::test;

class TestWizardCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wizardCsvPreviewFollowsOptions();
    void previewShowsEncodingErrors();
    void proposesTheDetectedEncoding();
    void folderPreviewShowsThePickedFile();
    void germanExportWithOneConfirmation();
    void proposalFromTheValues_data();
    void proposalFromTheValues();

private:
    QTemporaryDir m_dir;
};

void TestWizardCsv::initTestCase()
{
    setUpApplication("tst_wizard_csv");
    QVERIFY(m_dir.isValid());
}

void TestWizardCsv::wizardCsvPreviewFollowsOptions()
{
    const QString csv = m_dir.filePath(QStringLiteral("prices.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("sku;name;price\n"
                   "A-1;\"Tea; green\";3.50\n"
                   "B-2;Coffee;NA\n"
                   "C-3;Cocoa;2.25\n");
    }
    const QString target = m_dir.filePath(QStringLiteral("prices.db"));
    MigrationWizard wizard;
    prepare(wizard);
    startNew(wizard);

    auto *source = page<SourcePage>(wizard, MigrationWizard::SourcePageId);
    EndpointForm *form = source->form();
    form->kindBox()->setCurrentIndex(1);
    CsvForm *options = form->csvForm();
    CsvPreview *preview = options->preview();
    QSignalSpy updated(preview, &CsvPreview::updated);
    options->pathEdit()->setPath(csv);
    // Delimiter detection finds the semicolon; the quoted field keeps its own.
    BARGE_WAIT_FOR(preview->parsedColumns() == 3 && preview->parsedRows() == 3);
    QCOMPARE(preview->gridModel()->item(0, 1)->text(), QStringLiteral("Tea; green"));
    QCOMPARE(preview->gridModel()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("price"));

    // A comma delimiter makes one column of each line.
    options->delimiterBox()->setCurrentIndex(options->delimiterBox()->findData(QStringLiteral(",")));
    BARGE_WAIT_FOR(preview->parsedColumns() == 1);
    options->delimiterBox()->setCurrentIndex(options->delimiterBox()->findData(QStringLiteral(";")));
    BARGE_WAIT_FOR(preview->parsedColumns() == 3);
    // Without a header the first line becomes a row.
    options->headerBox()->setChecked(false);
    BARGE_WAIT_FOR(preview->parsedRows() == 4);
    options->headerBox()->setChecked(true);
    BARGE_WAIT_FOR(preview->parsedRows() == 3);
    // The NULL marker turns NA into NULL.
    QCOMPARE(preview->gridModel()->item(1, 2)->text(), QStringLiteral("NA"));
    options->nullEdit()->setText(QStringLiteral("NA"));
    BARGE_WAIT_FOR((preview->gridModel()->item(1, 2)->text()) == (QStringLiteral("NULL"))); QCOMPARE(preview->gridModel()->item(1, 2)->text(), QStringLiteral("NULL"));
    QVERIFY(updated.count() >= 6);
    QVERIFY(source->isComplete());
    shoot(wizard, QStringLiteral("02-source-csv"));
    wizard.next();

    chooseSqlite(page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form(), target);
    nextToTables(wizard);
    auto *tables = page<TablesPage>(wizard, MigrationWizard::TablesPageId);
    QCOMPARE(tables->model()->rowCount(), 1);
    QCOMPARE(tables->model()->entry(0).source, QStringLiteral("prices"));
    QCOMPARE(tables->model()->entry(0).rows, qint64(3));
    wizard.next();

    auto *mapping = page<FieldMappingPage>(wizard, MigrationWizard::FieldMappingPageId);
    BARGE_WAIT_FOR(mapping->previewModel()->rowCount() == 3);
    QCOMPARE(mapping->previewModel()->item(1, 2)->text(), QStringLiteral("NULL"));
    QCOMPARE(mapping->failedPreviewCells(), 0);
    shoot(wizard, QStringLiteral("05-mapping-csv"));
    wizard.next();
    wizard.next();
    runFromSummary(wizard);
    const Report report = wizard.setup()->report;
    QCOMPARE(report.status, RunStatus::Ok);
    checkInvariant(report);
    QCOMPARE(report.totalWritten(), qint64(3));

    SqliteFile out(target);
    const QList<QVariantList> rows = out.rows(QStringLiteral("SELECT sku, name, price FROM prices ORDER BY sku"));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).at(1).toString(), QStringLiteral("Tea; green"));
    QCOMPARE(rows.at(0).at(2).toDouble(), 3.5); // decimal(3,2); SQLite keeps numbers, not their spelling
    QVERIFY(rows.at(1).at(2).isNull());
    QCOMPARE(rows.at(2).at(0).toString(), QStringLiteral("C-3"));
}

void TestWizardCsv::previewShowsEncodingErrors()
{
    const QString csv = m_dir.filePath(QStringLiteral("people-1252.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,name\n"
                   "1,Smith\n"
                   "2,M\xfcller\n" // 'Müller' in windows-1252: not UTF-8
                   "3,Jones\n");
    }
    MigrationWizard wizard;
    prepare(wizard);
    startNew(wizard);
    EndpointForm *form = page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form();
    form->kindBox()->setCurrentIndex(1);
    CsvForm *options = form->csvForm();
    QCOMPARE(options->encodingBox()->currentText(), QStringLiteral("UTF-8"));
    options->pathEdit()->setPath(csv);
    // Detection proposes windows-1252; reading it as UTF-8 anyway is what this test is about.
    BARGE_WAIT_FOR(options->encodingBox()->currentData().toString() == QStringLiteral("windows-1252"));
    options->encodingBox()->setCurrentIndex(options->encodingBox()->findData(QStringLiteral("UTF-8")));
    QCOMPARE(options->endpoint().option(CsvOption::encoding), QStringLiteral("UTF-8"));
    BARGE_WAIT_FOR(options->preview()->parsedColumns() == 2);
    wizard.next();
    chooseSqlite(page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form(), m_dir.filePath(QStringLiteral("people.db")));
    nextToTables(wizard);
    wizard.next();

    // Every line is shown, in file order; the bad value in red at its cell, and the caption says why.
    auto *mapping = page<FieldMappingPage>(wizard, MigrationWizard::FieldMappingPageId);
    QStandardItemModel *rows = mapping->previewModel();
    BARGE_WAIT_FOR(rows->rowCount() == 3);
    QCOMPARE(rows->item(0, 1)->text(), QStringLiteral("Smith"));
    QCOMPARE(rows->item(2, 1)->text(), QStringLiteral("Jones"));
    QStandardItem *bad = rows->item(1, 1);
    QVERIFY2(bad->text().contains(QStringLiteral("M")), qPrintable(bad->text()));
    QCOMPARE(bad->foreground().color(), QColor(0x9b, 0x10, 0x10));
    QVERIFY2(bad->toolTip().contains(QStringLiteral("Encoding")), qPrintable(bad->toolTip()));
    QVERIFY2(bad->toolTip().contains(QStringLiteral("UTF-8")), qPrintable(bad->toolTip()));
    QCOMPARE(rows->item(1, 0)->text(), QStringLiteral("2")); // the other cells of the line read well
    const QString caption = mapping->previewCaption()->text();
    QVERIFY2(caption.contains(QStringLiteral("Encoding")) && caption.contains(QStringLiteral("windows-1252")),
             qPrintable(caption));
    QVERIFY2(!caption.contains(QStringLiteral("first 0")), qPrintable(caption));
    shoot(wizard, QStringLiteral("05-mapping-encoding"));

    // Read as windows-1252, the same line is fine.
    wizard.back();
    wizard.back();
    wizard.back();
    options->encodingBox()->setCurrentIndex(options->encodingBox()->findData(QStringLiteral("windows-1252")));
    wizard.next();
    nextToTables(wizard);
    wizard.next();
    BARGE_WAIT_FOR(mapping->previewModel()->rowCount() == 3 && mapping->failedPreviewCells() == 0
                   && mapping->previewModel()->item(1, 1)->text() == QStringLiteral("Müller"));
}

// A windows-1252 file: the form proposes windows-1252 and says so, the preview reads the file with it,
// and choosing another encoding shows the file read that way (issue #18).
void TestWizardCsv::proposesTheDetectedEncoding()
{
    const QString csv = m_dir.filePath(QStringLiteral("kunden-1252.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // German text in windows-1252 (for these letters the same bytes as latin1, as iconv makes them).
        file.write(QStringLiteral("id;name;stadt;bemerkung\n"
                                  "1;Jürgen Müller;München;Größe und Gewicht überprüft\n"
                                  "2;Käthe Schäfer;Köln;Bestellung für nächste Woche\n"
                                  "3;Günther Weiß;Düsseldorf;Rückfrage wegen Lieferung\n"
                                  "4;Jörg Bäcker;Nürnberg;Straße gesperrt, später liefern\n"
                                  "5;Änne Höß;Lübeck;Bezahlung über Überweisung\n")
                       .toLatin1());
    }
    MigrationWizard wizard;
    prepare(wizard);
    startNew(wizard);
    EndpointForm *form = page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form();
    form->kindBox()->setCurrentIndex(1);
    CsvForm *options = form->csvForm();
    CsvPreview *preview = options->preview();
    QVERIFY(!options->detectedLabel()->isVisibleTo(options));
    options->pathEdit()->setPath(csv);
    BARGE_WAIT_FOR(options->detectedLabel()->isVisibleTo(options));
    const QString said = options->detectedLabel()->text();
    QVERIFY2(said.startsWith(QStringLiteral("Detected: windows-1252, ")) && said.endsWith(QStringLiteral("% confident")),
             qPrintable(said));
    QCOMPARE(options->encodingBox()->currentData().toString(), QStringLiteral("windows-1252"));
    QCOMPARE(options->endpoint().option(CsvOption::encoding), QStringLiteral("windows-1252"));
    BARGE_WAIT_FOR(preview->parsedRows() == 5 && preview->gridModel()->item(0, 1)->text() == QStringLiteral("Jürgen Müller"));
    QCOMPARE(preview->gridModel()->item(4, 3)->text(), QStringLiteral("Bezahlung über Überweisung"));
    shoot(wizard, QStringLiteral("02-source-csv-detected"));

    // Another choice shows the file read that way at once.
    options->encodingBox()->setCurrentIndex(options->encodingBox()->findData(QStringLiteral("KOI8-R")));
    BARGE_WAIT_FOR(preview->gridModel()->item(0, 1)->text() != QStringLiteral("Jürgen Müller") && preview->parsedRows() == 5);
    QCOMPARE(preview->gridModel()->item(0, 1)->text(), QStringLiteral("JЭrgen MЭller"));
    options->encodingBox()->setCurrentIndex(options->encodingBox()->findData(QStringLiteral("windows-1252")));
    BARGE_WAIT_FOR(preview->gridModel()->item(0, 1)->text() == QStringLiteral("Jürgen Müller"));
    QVERIFY(page<SourcePage>(wizard, MigrationWizard::SourcePageId)->isComplete());
}

void TestWizardCsv::folderPreviewShowsThePickedFile()
{
    QDir folder(m_dir.filePath(QStringLiteral("folder")));
    QVERIFY(folder.mkpath(QStringLiteral(".")));
    for (const auto &[name, content] : {std::pair{"a-first.csv", "one,two\n1,2\n"},
                                        std::pair{"b-second.csv", "x,y,z\n1,2,3\n4,5,6\n"}}) {
        QFile file(folder.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    MigrationWizard wizard;
    prepare(wizard);
    startNew(wizard);
    EndpointForm *form = page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form();
    form->kindBox()->setCurrentIndex(1);
    CsvForm *options = form->csvForm();
    QVERIFY(!options->previewFileBox()->isVisibleTo(options)); // one file: nothing to pick
    for (QRadioButton *radio : options->findChildren<QRadioButton *>()) {
        if (radio->accessibleName() == QStringLiteral("A folder of CSV files"))
            radio->setChecked(true);
    }
    options->pathEdit()->setPath(folder.absolutePath());
    QComboBox *files = options->previewFileBox();
    QVERIFY(files->isVisibleTo(options));
    QCOMPARE(files->count(), 2);
    QCOMPARE(files->currentText(), QStringLiteral("a-first.csv"));
    CsvPreview *preview = options->preview();
    BARGE_WAIT_FOR(preview->parsedColumns() == 2 && preview->parsedRows() == 1);
    files->setCurrentIndex(1);
    BARGE_WAIT_FOR(preview->parsedColumns() == 3 && preview->parsedRows() == 2);
    // The pick stays while the options change.
    options->nullEdit()->setText(QStringLiteral("NA"));
    QCOMPARE(files->currentText(), QStringLiteral("b-second.csv"));
    BARGE_WAIT_FOR(preview->parsedColumns() == 3 && preview->parsedRows() == 2);
    shoot(wizard, QStringLiteral("02-source-csv-folder"));
}

// The export from issue #18: windows-1252, ';', 1.234,56, 31.12.2023, ja/nein. The form proposes
// the formats from the file's values; one click takes them, and the table arrives typed.
void TestWizardCsv::germanExportWithOneConfirmation()
{
    const QString csv = m_dir.filePath(QStringLiteral("buchungen.csv"));
    QVERIFY(QFile::copy(qEnvironmentVariable("BARGE_SOURCE_DIR") + QStringLiteral("/tests/data/local/de_DE.csv"), csv));
    const QString target = m_dir.filePath(QStringLiteral("buchungen.db"));
    MigrationWizard wizard;
    prepare(wizard);
    startNew(wizard);
    EndpointForm *form = page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form();
    form->kindBox()->setCurrentIndex(1);
    CsvForm *options = form->csvForm();
    options->pathEdit()->setPath(csv);
    // Not UTF-8: the likeliest code page is shown (ICU is not sure of so short a file, so the label
    // asks the person to check the preview), and the umlauts read right in it.
    BARGE_WAIT_FOR(options->encodingBox()->currentData().toString() == QStringLiteral("windows-1252"));
    QVERIFY2(options->detectedLabel()->text().contains(QStringLiteral("windows-1252")),
             qPrintable(options->detectedLabel()->text()));
    FormatBox *formats = options->formatBox();
    BARGE_WAIT_FOR(formats->proposalShown() && options->preview()->parsedColumns() == 8);
    const QString proposal = formats->proposalLabel()->text();
    QVERIFY2(proposal.contains(QStringLiteral("Betrag: 1.234,56")) && proposal.contains(QStringLiteral("Datum: 31.12.2023"))
                 && proposal.contains(QStringLiteral("Aktiv: ja")),
             qPrintable(proposal));
    shoot(wizard, QStringLiteral("02-source-csv-formats-proposed"));
    QTest::mouseClick(formats->useButton(), Qt::LeftButton);
    QVERIFY(!formats->proposalShown());
    const Endpoint chosen = options->endpoint();
    QCOMPARE(chosen.option(FormatOption::decimal), QStringLiteral(","));
    QCOMPARE(chosen.option(FormatOption::thousands), QStringLiteral("."));
    QCOMPARE(chosen.option(FormatOption::date), QStringLiteral("dd.MM.yyyy"));
    QCOMPARE(chosen.option(FormatOption::boolean), QStringLiteral("ja/nein"));
    QCOMPARE(formats->numbersBox()->currentText(), QStringLiteral("1.234,56"));
    shoot(wizard, QStringLiteral("02-source-csv-formats-taken"));
    wizard.next();

    chooseSqlite(page<TargetPage>(wizard, MigrationWizard::TargetPageId)->form(), target);
    nextToTables(wizard);
    wizard.next();
    auto *mapping = page<FieldMappingPage>(wizard, MigrationWizard::FieldMappingPageId);
    BARGE_WAIT_FOR(mapping->previewModel()->rowCount() > 0);
    QCOMPARE(mapping->failedPreviewCells(), 0);
    wizard.next();
    wizard.next();
    runFromSummary(wizard);
    const Report report = wizard.setup()->report;
    QCOMPARE(report.status, RunStatus::Ok);
    QCOMPARE(report.totalWritten(), qint64(30));

    SqliteFile out(target);
    QStringList types;
    for (const QVariantList &column : out.rows(QStringLiteral("SELECT name, type FROM pragma_table_info('buchungen')")))
        types << column.at(0).toString() + u' ' + column.at(1).toString();
    QCOMPARE(types, QStringList({QStringLiteral("Kundennr TEXT"), QStringLiteral("Name TEXT"),
                                 QStringLiteral("Betrag NUMERIC(10,2)"), QStringLiteral("Preis NUMERIC(7,2)"),
                                 QStringLiteral("Datum DATE"), QStringLiteral("Uhrzeit TIME"),
                                 QStringLiteral("Aktiv BOOLEAN"), QStringLiteral("Langdatum TEXT")}));
    const QList<QVariantList> rows = out.rows(QStringLiteral("SELECT Kundennr, Betrag, Datum, Aktiv FROM buchungen "
                                                             "WHERE Kundennr IN ('00123', '00007') ORDER BY Kundennr"));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).at(1).toDouble(), -17.5);
    QCOMPARE(rows.at(0).at(2).toString(), QStringLiteral("2024-02-29"));
    QCOMPARE(rows.at(0).at(3).toInt(), 0);
    QCOMPARE(rows.at(1).at(0).toString(), QStringLiteral("00123"));
    QCOMPARE(rows.at(1).at(1).toDouble(), 1234.56);
    QCOMPARE(rows.at(1).at(2).toString(), QStringLiteral("2023-12-31"));
    QCOMPARE(rows.at(1).at(3).toInt(), 1);
}

// What the form proposes from a file's values, and what one click on the proposal puts into the
// endpoint (and so into the profile). 0/1 columns get bool=1/0 offered, never applied unasked, and
// only when the file has no yes/no words; eight-digit dates get date=yyyyMMdd.
void TestWizardCsv::proposalFromTheValues_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("evidence"); // in the proposal's text
    QTest::addColumn<QString>("query");        // the format options taken, as FormatProposal::query() orders them
    QTest::newRow("zero-one column") << QByteArray("Nr;Erledigt\n1;0\n2;1\n3;1\n")
                                     << QStringList{"Erledigt: only 0 and 1"} << "bool=1/0";
    QTest::newRow("two zero-one columns") << QByteArray("Bezahlt;Erledigt;Nr\n0;1;5\n1;1;6\n")
                                          << QStringList{"Bezahlt, Erledigt: only 0 and 1"} << "bool=1/0";
    QTest::newRow("zero-one beside amounts") << QByteArray("Betrag;Erledigt\n1.234,56;1\n17,50;0\n")
                                             << QStringList{"Betrag: 1.234,56", "Erledigt: only 0 and 1"}
                                             << "decimal=,&thousands=.&bool=1/0";
    QTest::newRow("words win over zero-one") << QByteArray("Aktiv;Erledigt\nja;0\nnein;1\n")
                                             << QStringList{"Aktiv: ja"} << "bool=ja/nein";
    QTest::newRow("eight-digit dates") << QByteArray("Nr;Datum\n5;20231231\n6;20240229\n")
                                       << QStringList{"Datum: 20231231"} << "date=yyyyMMdd";
}

void TestWizardCsv::proposalFromTheValues()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, evidence);
    QFETCH(QString, query);
    const QString csv = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + QStringLiteral(".csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    MigrationWizard wizard;
    prepare(wizard);
    startNew(wizard);
    EndpointForm *form = page<SourcePage>(wizard, MigrationWizard::SourcePageId)->form();
    form->kindBox()->setCurrentIndex(1);
    CsvForm *options = form->csvForm();
    options->pathEdit()->setPath(csv);
    FormatBox *formats = options->formatBox();
    BARGE_WAIT_FOR(formats->proposalShown());
    const QString proposal = formats->proposalLabel()->text();
    for (const QString &said : evidence)
        QVERIFY2(proposal.contains(said), qPrintable(proposal));
    if (!query.contains(QLatin1String("bool=1/0")))
        QVERIFY2(!proposal.contains(QLatin1String("only 0 and 1")), qPrintable(proposal));
    // Shown, not applied: the endpoint reads the file canonically until the click.
    for (const QString &name : FormatOption::all())
        QVERIFY2(!options->endpoint().options.contains(name), qPrintable(name));
    QTest::mouseClick(formats->useButton(), Qt::LeftButton);
    QVERIFY(!formats->proposalShown());
    FormatProposal taken;
    const Endpoint chosen = options->endpoint();
    for (const QString &name : FormatOption::all()) {
        if (chosen.options.contains(name))
            taken.options.insert(name, chosen.option(name));
    }
    QCOMPARE(taken.query(), query);
}

QTEST_MAIN(TestWizardCsv)
#include "tst_wizard_csv.moc"
