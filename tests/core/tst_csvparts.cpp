// A big CSV file loaded in parts (KeyRange::records()): CsvScanner's record starts agree with
// CsvParser's lines across chunk boundaries, line ends of every kind, quoted newlines and blank
// lines; the parser restarted at such a start reads the same records; a whole run in parts leaves
// the target and the rejects file exactly as one stream does; a file only the parser reads, and a
// file changed since it was split, are handled without loading anything wrong.

#include "base/plural.h"
#include "endpoint/endpoint.h"
#include "engine/migrationengine.h"
#include "engine/planner.h"
#include "engine/rangesplit.h"
#include "io/csv/csvdialect.h"
#include "io/csv/csvintrospector.h"
#include "io/csv/csvparser.h"
#include "io/csv/csvscanner.h"
#include "io/csv/csvtablereader.h"
#include "sqlitefixture.h"

#include <QBuffer>
#include <QFile>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace barge;
using barge::test::SqliteFixture;

namespace {

// About 3 MB of records meant to make a boundary finder go wrong: a UTF-8 BOM; LF, CRLF and lone
// CR line ends; quoted fields holding each of them and doubled quotes; a quote inside an unquoted
// field (5'11"); blank lines; non-ASCII text; and a record with two fields where three belong.
QByteArray trickyCsv(int rows)
{
    static const char *const ends[] = {"\n", "\r\n", "\r"};
    QByteArray out = "\xEF\xBB\xBFid,name,note\r\n";
    for (int i = 1; i <= rows; ++i) {
        const char *end = ends[i % 3];
        QByteArray name = "name " + QByteArray::number(i);
        switch (i % 7) {
        case 0: name = "\"two\nlines " + QByteArray::number(i) + "\""; break;
        case 1: name = "\"crlf\r\ninside, and \"\"quotes\"\" " + QByteArray::number(i) + "\""; break;
        case 2: name = "5'11\" tall " + QByteArray::number(i); break;
        case 3: name = "\"lone\rcr " + QByteArray::number(i) + "\""; break;
        case 4: name = "Zo\xC3\xAB M\xC3\xBCller " + QByteArray::number(i); break;
        default: break;
        }
        if (i % 997 == 0) {
            out += QByteArray::number(i) + ",only two" + end;
            continue;
        }
        out += QByteArray::number(i) + ',' + name + ",\"" + QByteArray(i % 90, 'x') + "\"" + end;
        if (i % 501 == 0 || i % 10000 == 0)
            out += "\n\r\n"; // blank lines, some right before a part's first record
    }
    return out;
}

CsvDialect dialect()
{
    CsvDialect d;
    d.delimiter = u',';
    d.detectDelimiter = false;
    return d;
}

struct Parsed
{
    QList<QList<QVariant>> records;
    QList<qint64> lines;
};

Parsed parseAll(CsvParser &parser)
{
    Parsed out;
    QList<QVariant> record;
    QString problem;
    while (parser.readRecord(record, &problem)) {
        out.records << record;
        out.lines << parser.recordLine();
    }
    return out;
}

} // namespace

class TestCsvParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void scannerFindsTheParsersRecordStarts();
    void loadsInPartsAsInOneStream();
    void aFileWithoutHeaderLoadsInParts();
    void aFileOnlyTheParserReadsLoadsAsOneStream();
    void aFileChangedSinceItWasSplitIsRefused();

private:
    Plan plan(const QString &source, const QString &target, qint64 rangeRows, int jobs);
    Report run(const Plan &plan, QStringList *messages = nullptr);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void write(const QString &name, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCsvParts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCsvParts::write(const QString &name, const QByteArray &bytes)
{
    QFile file(path(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestCsvParts::scannerFindsTheParsersRecordStarts()
{
    QByteArray text = trickyCsv(60000);
    QVERIFY(text.size() > 3 * CsvScanner::chunkBytes);
    QBuffer whole(&text);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    CsvParser reference(&whole, dialect());
    const Parsed all = parseAll(reference);
    QCOMPARE(all.records.size(), 60001); // the header too

    QBuffer scanned(&text);
    QVERIFY(scanned.open(QIODevice::ReadOnly));
    CsvScanner scanner(&scanned, dialect(), CsvScanner::Encoding::Utf8);
    QList<qint64> offsets;
    while (scanner.readRecord()) {
        QCOMPARE(scanner.recordLine(), all.lines.at(offsets.size()));
        offsets << scanner.recordOffset();
    }
    QCOMPARE(offsets.size(), all.records.size());
    QCOMPARE(offsets.first(), 3); // after the BOM
    QCOMPARE(scanner.offset(), text.size());

    // A parser restarted at a record start, bounded by a later one, reads exactly the records
    // between them with their lines.
    const QList<std::pair<int, int>> parts{{1, 2}, {1, 1001}, {4567, 23456}, {59000, -1}, {30001, 30002}};
    for (const auto &[from, to] : parts) {
        QBuffer device(&text);
        QVERIFY(device.open(QIODevice::ReadOnly));
        CsvParser parser(&device, dialect());
        QVERIFY(parser.start());
        QVERIFY(parser.restartAt(offsets.at(from), all.lines.at(from), to < 0 ? -1 : offsets.at(to)));
        const Parsed part = parseAll(parser);
        const int end = to < 0 ? int(all.records.size()) : to;
        QCOMPARE(part.records, all.records.mid(from, end - from));
        QCOMPARE(part.lines, all.lines.mid(from, end - from));
        QCOMPARE(parser.bytesRead(), to < 0 ? text.size() : offsets.at(to));
    }

    // The introspector's parts: every thousandth record's start, shares about equal.
    QBuffer described(&text);
    QVERIFY(described.open(QIODevice::ReadOnly));
    QList<CsvIntrospector::RecordStart> starts;
    QString error;
    const std::optional<TableSchema> schema = CsvIntrospector::describe(&described, dialect(),
                                                                        CsvIntrospector::Pass::Auto, &error, &starts);
    QVERIFY2(schema, qPrintable(error));
    QCOMPARE(schema->rowCount, 60000);
    QCOMPARE(starts.size(), 60);
    for (int i = 0; i < starts.size(); ++i) {
        QCOMPARE(starts.at(i).rowsBefore, i * 1000);
        QCOMPARE(starts.at(i).offset, offsets.at(1 + i * 1000));
        QCOMPARE(starts.at(i).line, all.lines.at(1 + i * 1000));
    }
    const QList<KeyRange> ranges = CsvIntrospector::splitRecords(starts, 60000, 25000);
    QCOMPARE(ranges.size(), 3);
    QCOMPARE(ranges.at(0).first, offsets.at(1));
    QCOMPARE(ranges.at(1).first, offsets.at(1 + 20000));
    QCOMPARE(ranges.at(0).last, offsets.at(1 + 20000) - 1);
    QCOMPARE(ranges.at(2).last, LLONG_MAX);
    QCOMPARE(ranges.at(1).label(KeyRange::records()),
             QStringLiteral("lines %1..%2").arg(groupedNumbers().toString(all.lines.at(20001)),
                                                groupedNumbers().toString(all.lines.at(40001) - 1)));
    QCOMPARE(CsvIntrospector::splitRecords(starts, 60000, 60000).size(), 1); // one part holds it all
}

Plan TestCsvParts::plan(const QString &source, const QString &target, qint64 rangeRows, int jobs)
{
    QString error;
    PlanRequest request;
    request.source = *Endpoint::parse("csv://" + path(source), &error); // source may carry ?options
    request.target = *Endpoint::parse("sqlite://" + path(target), &error);
    request.options.onError = OnError::Skip;
    request.options.rejectsDir = path(target + ".rejects");
    request.options.batchSize = 1000;
    request.options.jobs = jobs;
    request.options.rangeRows = rangeRows;
    request.options.verify = true;
    Plan result;
    if (!Planner::build(request, &result, &error))
        qWarning() << "plan failed:" << error;
    return result;
}

Report TestCsvParts::run(const Plan &plan, QStringList *messages)
{
    MigrationEngine engine;
    QSignalSpy finished(&engine, &MigrationEngine::finished);
    if (messages)
        connect(&engine, &MigrationEngine::message, this, [messages](const QString &text) { *messages << text; });
    engine.start(plan);
    if (!finished.wait(120000))
        return Report();
    return finished.first().first().value<Report>();
}

void TestCsvParts::loadsInPartsAsInOneStream()
{
    write("tricky.csv", trickyCsv(60000));
    const Report one = run(plan("tricky.csv", "one.db", 0, 2));
    QCOMPARE(one.status, RunStatus::Rejected);
    QVERIFY(one.tables.at(0).ranges.isEmpty());
    const Plan inParts = plan("tricky.csv", "parts.db", 10000, 2);
    TableSchema described;
    described.rowCount = 60000;
    QCOMPARE(RangeSplit::describe(inParts, inParts.tables.at(0), described),
             QStringLiteral("in ~6 parts split at record boundaries (10,000 records each, 2 at a time)"));
    const Report parts = run(inParts);
    QCOMPARE(parts.status, RunStatus::Rejected);
    const TableReport &table = parts.tables.at(0);
    QCOMPARE(table.ranges.size(), 6);
    for (const RangeReport &range : table.ranges)
        QVERIFY2(range.label.startsWith("lines "), qPrintable(range.label));
    QCOMPARE(table.written, one.tables.at(0).written);
    QCOMPARE(table.rejected, 60); // every 997th
    // Without a key, verify compares counts: after every part, the target holds what the file does.
    QVERIFY2(table.verification.contains("59,940 rows in the source, 59,940 in the target"), qPrintable(table.verification));

    // The same rows, values and rejects (each with its line in the file), byte for byte.
    const QString rows = QStringLiteral("SELECT group_concat(quote(id) || '|' || quote(name) || '|' || quote(note), "
                                        "char(10)) FROM (SELECT * FROM tricky ORDER BY id)");
    const QString expected = SqliteFixture(path("one.db")).scalar(rows).toString();
    QVERIFY(expected.contains(QStringLiteral("'crlf\r\ninside, and \"quotes\" 1'")));
    QCOMPARE(SqliteFixture(path("parts.db")).scalar(rows).toString(), expected);
    QFile oneRejects(one.tables.at(0).rejectsFile);
    QFile partRejects(table.rejectsFile);
    QVERIFY(oneRejects.open(QIODevice::ReadOnly) && partRejects.open(QIODevice::ReadOnly));
    const QByteArray rejected = oneRejects.readAll();
    QVERIFY2(rejected.contains("tricky.csv line "), rejected.left(300).constData());
    QCOMPARE(partRejects.readAll(), rejected);
}

// Without a header the first part starts at the file's first record (after the BOM), which the
// reader had kept as data: it is read once, by that part.
void TestCsvParts::aFileWithoutHeaderLoadsInParts()
{
    QByteArray text = trickyCsv(30000);
    text.remove(3, text.indexOf('\n') - 2); // the header line, after the BOM
    write("bare.csv", text);
    const Report one = run(plan("bare.csv?header=false", "one.db", 0, 2));
    const Report parts = run(plan("bare.csv?header=false", "parts.db", 7000, 2));
    QCOMPARE(parts.tables.at(0).ranges.size(), 5);
    QVERIFY2(parts.tables.at(0).ranges.first().label.startsWith("lines 1.."), qPrintable(parts.tables.at(0).ranges.first().label));
    QCOMPARE(parts.tables.at(0).written, one.tables.at(0).written);
    QCOMPARE(parts.tables.at(0).written, 30000 - 30);
    const QString rows = QStringLiteral("SELECT count(DISTINCT column1) || ' ' || sum(column1) || ' ' || sum(length(column2)) FROM bare");
    QCOMPARE(SqliteFixture(path("parts.db")).scalar(rows).toString(), SqliteFixture(path("one.db")).scalar(rows).toString());
}

void TestCsvParts::aFileOnlyTheParserReadsLoadsAsOneStream()
{
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QByteArray text = "id,name\n";
    for (int i = 1; i <= 5000; ++i)
        text += QByteArray::number(i) + ",\"name\n" + QByteArray::number(i) + "\"\n";
    write("wide.csv", utf16.encode(QString::fromUtf8(text)));
    QStringList messages;
    const Report report = run(plan("wide.csv", "wide.db", 1000, 2), &messages);
    QCOMPARE(report.status, RunStatus::Ok);
    QCOMPARE(report.tables.at(0).written, 5000);
    QVERIFY(report.tables.at(0).ranges.isEmpty());
    QVERIFY2(messages.join('\n').contains("wide loads as one stream: only the full parser reads this file"),
             qPrintable(messages.join('\n')));
    QCOMPARE(SqliteFixture(path("wide.db")).scalar("SELECT name FROM wide WHERE id = 4321").toString(),
             QStringLiteral("name\n4321"));
}

// A resume reads each part from the offsets saved when the file was split. A file edited since then
// (one line longer near the top; a value of the same length at a part's start; another header) has
// other bytes around a part's edges: the part stops before reading a row, instead of loading the
// middle of a record or records another part read.
void TestCsvParts::aFileChangedSinceItWasSplitIsRefused()
{
    const QByteArray original = trickyCsv(5000);
    write("edited.csv", original);
    CsvIntrospector introspector(*Endpoint::parse("csv://" + path("edited.csv"), nullptr));
    QString error;
    QVERIFY(introspector.open(&error));
    const std::optional<QList<KeyRange>> ranges = introspector.recordRanges("edited", 2000, &error);
    QVERIFY2(ranges, qPrintable(error));
    QCOMPARE(ranges->size(), 3);
    for (const KeyRange &range : *ranges)
        QVERIFY(range.check != 0);
    auto firstId = [&](int part, QString *why) -> QString {
        CsvTableReader reader(*Endpoint::parse("csv://" + path("edited.csv"), nullptr), "edited");
        if (!reader.restrictToRange(KeyRange::records(), ranges->at(part)) || !reader.open(why))
            return QString();
        RowBatch batch;
        reader.read(batch, 10);
        return batch.rows.isEmpty() ? QString() : batch.rows.first().first().toString();
    };
    QCOMPARE(firstId(0, &error), QStringLiteral("1"));
    QCOMPARE(firstId(1, &error), QStringLiteral("2001"));
    QCOMPARE(firstId(2, &error), QStringLiteral("3001"));
    const QList<QByteArray> edits{
        QByteArray(original).insert(original.indexOf("\n1,") + 1, "0,inserted,x\n"),
        QByteArray(original).replace(original.indexOf("\n3001,") + 1, 5, "9001,"), // at part 1's end
        QByteArray(original).replace(original.indexOf("note"), 4, "memo"),
    };
    const QList<int> refusedPart{1, 1, 0}; // the part whose edge the edit touches
    for (int i = 0; i < edits.size(); ++i) {
        write("edited.csv", edits.at(i));
        error.clear();
        QCOMPARE(firstId(refusedPart.at(i), &error), QString());
        QVERIFY2(error.contains("changed since it was split into parts"), qPrintable(error));
    }
    // A key column is no part of a file.
    CsvTableReader reader(*Endpoint::parse("csv://" + path("edited.csv"), nullptr), "edited");
    QVERIFY(!reader.restrictToRange(QStringLiteral("id"), ranges->at(1)));
}

QTEST_GUILESS_MAIN(TestCsvParts)
#include "tst_csvparts.moc"
