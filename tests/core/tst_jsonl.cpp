// JSON Lines: columns (flattened objects, arrays, missing keys), type inference by the CSV rules,
// rejected lines with their file, line and reason, the typed writer, and writing then reading back.
#include "endpoint/endpoint.h"
#include "endpoint/nestedobjects.h"
#include "io/backend.h"
#include "io/introspector.h"
#include "io/jsonl/jsonarrayreader.h"
#include "io/jsonl/jsonlintrospector.h"
#include "io/jsonl/jsonlkind.h"
#include "io/jsonl/jsonltablereader.h"
#include "io/jsonl/jsonltablewriter.h"
#include "schema/valueconverter.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace barge;

Q_DECLARE_METATYPE(barge::DataType)

namespace {

struct ReadResult
{
    TableSchema schema;
    QList<Row> rows;
    QList<RejectedRow> rejected;
};

Endpoint endpointFor(const QString &path, const QString &query = QString())
{
    QString error;
    const QString scheme = path.endsWith(QLatin1String(".json")) ? QStringLiteral("json://") : QStringLiteral("jsonl://");
    const std::optional<Endpoint> endpoint = Endpoint::parse(scheme + path + query, &error);
    if (!endpoint)
        qFatal("%s", qPrintable(error));
    return *endpoint;
}

ReadResult readAll(const QString &path, const QString &query = QString())
{
    ReadResult result;
    const Endpoint endpoint = endpointFor(path, query);
    std::unique_ptr<Introspector> introspector = Backend::introspector(endpoint, false);
    QString error;
    if (!introspector->open(&error))
        qFatal("%s", qPrintable(error));
    const QString table = introspector->tableNames(&error).value(0);
    result.schema = introspector->table(table, &error).value_or(TableSchema());
    JsonlTableReader reader(endpoint, table);
    if (!reader.open(&error))
        qFatal("%s", qPrintable(error));
    RowBatch batch;
    while (reader.read(batch, 3)) {
    }
    if (!reader.error().isEmpty())
        qFatal("%s", qPrintable(reader.error()));
    result.rows = batch.rows;
    result.rejected = batch.rejected;
    return result;
}

QStringList typesOf(const TableSchema &schema)
{
    QStringList types;
    for (const ColumnSchema &column : schema.columns)
        types << column.name + QLatin1Char(':') + column.type.toString();
    return types;
}

} // namespace

class TestJsonl : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString file(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("t%1.jsonl").arg(++m_files));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void kindIsRegistered()
    {
        QString error;
        const std::optional<Endpoint> file = Endpoint::parse(QStringLiteral("jsonl:relative/file.jsonl"), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->kind, JsonLinesKind);
        const std::optional<Endpoint> folder = Endpoint::parse(QStringLiteral("jsonl:///abs/folder/"), &error);
        QVERIFY2(folder && folder->folder, qPrintable(error));
        QCOMPARE(folder->toUrl(), QStringLiteral("jsonl:///abs/folder/"));
        QVERIFY(Backend::canRead(*folder, &error));
        QVERIFY(Backend::canWrite(*folder, &error));
    }

    void inference_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("types");
        QTest::newRow("flattened") << QByteArray("{\"id\":1,\"address\":{\"city\":\"Bonn\",\"geo\":{\"lat\":50.7}}}\n")
                                   << QStringList{"id:int64", "address.city:text", "address.geo.lat:real"};
        QTest::newRow("union in first-seen order")
            << QByteArray("{\"a\":1}\n{\"b\":true}\n{\"c\":null,\"a\":2}\n")
            << QStringList{"a:int64", "b:boolean", "c:text"};
        QTest::newRow("zip code stays text") << QByteArray("{\"zip\":\"08123\"}\n{\"zip\":\"12345\"}\n")
                                             << QStringList{"zip:text"};
        QTest::newRow("string numbers stay text") << QByteArray("{\"n\":\"42\"}\n") << QStringList{"n:text"};
        QTest::newRow("dates") << QByteArray("{\"d\":\"2024-02-29\",\"t\":\"2024-02-29 10:30:00\"}\n")
                               << QStringList{"d:date", "t:datetime"};
        QTest::newRow("big integers") << QByteArray("{\"n\":9223372036854775807}\n{\"n\":-9223372036854775808}\n")
                                      << QStringList{"n:int64"};
        QTest::newRow("past int64") << QByteArray("{\"n\":9223372036854775808}\n") << QStringList{"n:decimal(19)"};
        QTest::newRow("decimals") << QByteArray("{\"x\":12345678901234567890.123456789}\n{\"x\":1.50}\n")
                                  << QStringList{"x:decimal(29,9)"};
        QTest::newRow("exponent stays json") << QByteArray("{\"x\":1E5}\n") << QStringList{"x:json"};
        QTest::newRow("arrays") << QByteArray("{\"tags\":[\"a\",1,{\"b\":null}]}\n") << QStringList{"tags:json"};
        QTest::newRow("empty object") << QByteArray("{\"o\":{}}\n") << QStringList{"o:json"};
        QTest::newRow("mixed scalars") << QByteArray("{\"v\":1}\n{\"v\":\"one\"}\n") << QStringList{"v:text"};
        QTest::newRow("blank lines, CRLF, BOM")
            << QByteArray("\xEF\xBB\xBF{\"a\":1}\r\n\r\n  \n{\"a\":2}") << QStringList{"a:int64"};
    }
    void inference()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, types);
        const ReadResult result = readAll(file(content));
        QCOMPARE(typesOf(result.schema), types);
        QVERIFY(result.rejected.isEmpty());
    }

    void values()
    {
        const ReadResult result = readAll(file("{\"id\":1,\"p\":{\"q\":\"x\\u00e9\\n\"},\"arr\":[1, 2.50],\"b\":false}\n"
                                               "{\"id\":12345678901234567}\n"));
        QCOMPARE(result.rows.size(), 2);
        const Row first = result.rows.at(0);
        QCOMPARE(first.at(0), QVariant(QStringLiteral("1"))); // numbers travel as their text
        QCOMPARE(first.at(1), QVariant(QStringLiteral("x\u00e9\n")));
        QCOMPARE(first.at(2), QVariant(QStringLiteral("[1, 2.50]")));
        QCOMPARE(first.at(3), QVariant(false));
        const Row second = result.rows.at(1);
        QCOMPARE(second.at(0), QVariant(QStringLiteral("12345678901234567")));
        QVERIFY(!second.at(1).isValid()); // a missing key is NULL
        QVERIFY(!second.at(2).isValid());
        QVERIFY(!second.at(3).isValid());
        QCOMPARE(result.schema.rowCount, qint64(2));
    }

    // Nested objects flattened by default, kept whole where json= names them (the field mapping
    // page's choice): one json column with the object's text as the file spells it; an object
    // inside a kept one is part of its text; a line where the kept key holds a value still fits.
    void nestedObjectsKeptWhole()
    {
        const QString path = file("{\"id\":1,\"c\":{\"name\":\"Ann\",\"addr\":{\"city\":\"Lyon\",\"zip\":\"69001\"}},\"t\":2}\n"
                                  "{\"id\":2,\"c\":{\"name\":\"Bob\",\"addr\":{\"city\":\"K\\u00f6ln\"}}}\n"
                                  "{\"id\":3,\"c\":null}\n");
        ReadResult result = readAll(path);
        QCOMPARE(typesOf(result.schema), QStringList({"id:int64", "c.name:text", "c.addr.city:text", "c.addr.zip:text", "t:int64"}));
        result = readAll(path, QStringLiteral("?json=c.addr"));
        QCOMPARE(typesOf(result.schema), QStringList({"id:int64", "c.name:text", "c.addr:json", "t:int64"}));
        QCOMPARE(result.rows.at(0).at(2), QVariant(QStringLiteral("{\"city\":\"Lyon\",\"zip\":\"69001\"}")));
        QCOMPARE(result.rows.at(1).at(2), QVariant(QStringLiteral("{\"city\":\"K\\u00f6ln\"}")));
        result = readAll(path, QStringLiteral("?json=c"));
        QCOMPARE(typesOf(result.schema), QStringList({"id:int64", "c:json", "t:int64"}));
        QCOMPARE(result.rows.size(), 3);
        QCOMPARE(result.rows.at(0).at(1),
                 QVariant(QStringLiteral("{\"name\":\"Ann\",\"addr\":{\"city\":\"Lyon\",\"zip\":\"69001\"}}")));
        QVERIFY(!result.rows.at(2).at(1).isValid());
        QVERIFY(result.rejected.isEmpty());
        // A path no record has as an object is said in the plan's notes, not ignored in silence.
        result = readAll(path, QStringLiteral("?json=c.adr,id"));
        QCOMPARE(typesOf(result.schema), QStringList({"id:int64", "c.name:text", "c.addr.city:text", "c.addr.zip:text", "t:int64"}));
        QVERIFY2(result.schema.notes.join(u'\n').contains(QLatin1String("json=c.adr,id: no record has a nested object")),
                 qPrintable(result.schema.notes.join(u'\n')));

        // The endpoint edits the wizard makes: keeping an object drops the objects inside it.
        Endpoint endpoint = endpointFor(path, QStringLiteral("?json=c.addr"));
        QVERIFY(NestedObjects::offered(endpoint));
        QCOMPARE(NestedObjects::parentOf(QStringLiteral("c.addr.city")), QStringLiteral("c.addr"));
        QCOMPARE(NestedObjects::parentOf(QStringLiteral("id")), QString());
        endpoint = NestedObjects::keepingWhole(endpoint, QStringLiteral("c"));
        QCOMPARE(endpoint.options.value(QStringLiteral("json")), QStringLiteral("c"));
        endpoint = NestedObjects::flattening(endpoint, QStringLiteral("c"));
        QVERIFY(!endpoint.options.contains(QStringLiteral("json")));
        QVERIFY(!NestedObjects::offered(*Endpoint::parse(QStringLiteral("csv:///x.csv"), nullptr)));
    }

    // Strings written the local way (issue #18): with the URL's format options they are read as
    // numbers, dates and booleans, by the CSV rules; a string that does not fit is rejected.
    void localFormats()
    {
        const QString path = file("{\"Betrag\":\"1.234,56\",\"Datum\":\"31.12.2023\",\"Aktiv\":\"ja\",\"Nr\":\"00123\",\"n\":5}\n"
                                  "{\"Betrag\":\"-17,50\",\"Datum\":\"01.02.2024\",\"Aktiv\":\"nein\",\"Nr\":\"00007\",\"n\":6}\n");
        ReadResult result = readAll(path, QStringLiteral("?locale=de_DE&bool=ja/nein"));
        QCOMPARE(typesOf(result.schema),
                 QStringList({"Betrag:decimal(6,2)", "Datum:date", "Aktiv:boolean", "Nr:text", "n:int64"}));
        QVERIFY2(result.schema.notes.join(u'\n').contains(QLatin1String("Betrag: decimal(6,2) from values like 1.234,56")),
                 qPrintable(result.schema.notes.join(u'\n')));
        QCOMPARE(result.rows.size(), 2);
        QCOMPARE(result.rows.at(0), Row({QStringLiteral("1234.56"), QStringLiteral("2023-12-31"), QStringLiteral("true"),
                                         QStringLiteral("00123"), QStringLiteral("5")}));
        QCOMPARE(result.rows.at(1).at(0), QVariant(QStringLiteral("-17.50")));
        // Without the options the same strings stay text, as written.
        result = readAll(path);
        QCOMPARE(typesOf(result.schema),
                 QStringList({"Betrag:text", "Datum:text", "Aktiv:text", "Nr:text", "n:int64"}));
        QCOMPARE(result.rows.at(0).at(0), QVariant(QStringLiteral("1.234,56")));
        // An unknown spelling of an option is refused when the endpoint opens.
        std::unique_ptr<Introspector> introspector = Backend::introspector(endpointFor(path, QStringLiteral("?decimal=;")), false);
        QString error;
        QVERIFY(!introspector->open(&error));
        QVERIFY2(error.contains(QLatin1String("'decimal'")), qPrintable(error));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("bad json") << QByteArray("{\"a\":1}\n{\"a\":}\n{\"a\":3}\n") << qint64(2)
                                  << QStringLiteral("invalid JSON");
        QTest::newRow("not an object") << QByteArray("{\"a\":1}\n[1,2]\n") << qint64(2)
                                       << QStringLiteral("not a JSON object");
        QTest::newRow("object where a number was") << QByteArray("{\"n\":5}\n{\"n\":{\"x\":1}}\n") << qint64(2)
                                                  << QStringLiteral("key 'n': an object where int64 was inferred");
        QTest::newRow("value where an object was") << QByteArray("{\"n\":{\"x\":1}}\n{\"n\":5}\n") << qint64(2)
                                                  << QStringLiteral("key 'n': a number where an object was found");
        QTest::newRow("invalid utf-8") << QByteArray("{\"a\":\"ok\"}\n{\"a\":\"\xC3\x28\"}\n") << qint64(2)
                                       << QStringLiteral("invalid UTF-8");
        QTest::newRow("truncated last line") << QByteArray("{\"a\":1}\n{\"a\":2") << qint64(2)
                                             << QStringLiteral("invalid JSON");
        QTest::newRow("repeated key") << QByteArray("{\"a\":{\"b\":1},\"a.b\":2}\n") << qint64(1)
                                      << QStringLiteral("key 'a.b' appears twice");
        QTest::newRow("bad literal in array") << QByteArray("{\"a\":[tru]}\n") << qint64(1)
                                              << QStringLiteral("invalid JSON");
        QTest::newRow("text after object") << QByteArray("{\"a\":1} x\n") << qint64(1)
                                           << QStringLiteral("invalid JSON"); // simdjson's words: "ended early"
    }
    void rejects()
    {
        QFETCH(QByteArray, content);
        QFETCH(qint64, line);
        QFETCH(QString, reason);
        const QString path = file(content);
        const ReadResult result = readAll(path);
        QCOMPARE(result.rejected.size(), 1);
        const RejectedRow &rejected = result.rejected.first();
        QCOMPARE(rejected.position, line);
        QCOMPARE(rejected.origin, QStringLiteral("%1 line %2").arg(QFileInfo(path).fileName()).arg(line));
        QVERIFY2(rejected.reason.contains(reason), qPrintable(rejected.reason));
    }

    // A large JSON Lines file is scanned in parts on several threads (JsonlIntrospector::
    // describeFile), and the copy takes the records the scan kept (JsonlSpill) instead of parsing
    // the file again. Whatever the parts, the layout is the one a single scan makes, and the rows,
    // the rejects and their line numbers are those read from the file.
    void partsAndSpillReadAsTheFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("query");
        QByteArray mixed = "\xEF\xBB\xBF";
        for (int i = 0; i < 120; ++i) {
            mixed += "{\"id\":" + QByteArray::number(i);
            if (i % 7 != 3)
                mixed += ",\"amount\":" + QByteArray::number(i * 37) + (i > 80 ? ".25" : "");
            mixed += ",\"when\":" + (i == 100 ? QByteArray("null") : "\"2024-01-" + QByteArray::number(10 + i % 19) + "\"");
            if (i % 5 == 0)
                mixed += ",\"address\":{\"city\":\"K\\u00f6ln\",\"geo\":{\"lat\":50." + QByteArray::number(i) + "}}";
            if (i % 11 == 0)
                mixed += ",\"tags\":[1,\"a\",{\"b\":null}]";
            if (i > 90)
                mixed += ",\"late\":\"only in the last part\"";
            mixed += ",\"flag\":" + QByteArray(i % 2 ? "true" : "false") + "}" + (i % 13 == 0 ? "\r\n" : "\n");
            if (i % 17 == 0)
                mixed += "\n   \n"; // blank lines count as lines
            if (i == 30)
                mixed += "{\"id\":\"bad\",}\n"; // invalid JSON
            if (i == 60)
                mixed += "{\"id\":61,\"when\":\"\xC3\x28\"}\n"; // invalid UTF-8
            if (i == 70)
                mixed += "\xEF\xBB\xBF{\"id\":70}\n"; // a byte order mark past the first line
            if (i == 95)
                mixed += "{\"id\":95,\"address\":\"a value where an object was\"}\n";
        }
        QTest::newRow("mixed") << mixed << QString();
        QTest::newRow("mixed, address kept whole") << mixed << QStringLiteral("?json=address,nowhere");

        // A path an object in one part and a value in a later one: the parts disagree, and the
        // file is read as one, which rejects the later lines.
        QByteArray shapes;
        for (int i = 0; i < 60; ++i)
            shapes += i < 40 ? QByteArray("{\"n\":{\"x\":" + QByteArray::number(i) + "}}\n") : QByteArray("{\"n\":" + QByteArray::number(i) + "}\n");
        QTest::newRow("object, then value") << shapes << QString();

        // Decimal precision couples the parts: 30 integer digits early, 10 fraction digits late
        // are 40 together, past any decimal: text, as one scan finds.
        QByteArray wide;
        for (int i = 0; i < 40; ++i)
            wide += i < 20 ? QByteArray("{\"x\":123456789012345678901234567890}\n") : QByteArray("{\"x\":0.1234567890}\n");
        QTest::newRow("decimal precision across parts") << wide << QString();

        // Local formats: the note's example is the file's first.
        QByteArray local;
        for (int i = 0; i < 50; ++i)
            local += "{\"Betrag\":\"" + QByteArray::number(1000 + i) + (i > 25 ? ".5" : "") + "00,5" + "\",\"Datum\":\""
                + QByteArray::number(10 + i % 18) + ".12.2023\"}\n";
        QTest::newRow("local format") << local << QStringLiteral("?locale=de_DE");
    }
    void partsAndSpillReadAsTheFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, query);
        const QString path = file(content);
        const Endpoint endpoint = endpointFor(path, query);
        // The layout a single scan of the file makes.
        QBuffer buffer(&content);
        buffer.open(QIODevice::ReadOnly);
        QString error;
        const std::optional<JsonlLayout> whole = JsonlIntrospector::describe(
            &buffer, &error, *LocalFormat::fromOptions(endpoint.options, &error), JsonRecords::Framing::Lines,
            NestedObjects::kept(endpoint));
        QVERIFY2(whole, qPrintable(error));
        for (int parts = 1; parts <= 6; ++parts) {
            std::shared_ptr<const JsonlSpill> spill;
            const std::optional<JsonlLayout> layout =
                JsonlIntrospector::describeFile(path, &error, *LocalFormat::fromOptions(endpoint.options, &error),
                                                JsonRecords::Framing::Lines, NestedObjects::kept(endpoint), parts, &spill);
            QVERIFY2(layout, qPrintable(error));
            QVERIFY(spill);
            const QByteArray where = "in " + QByteArray::number(parts) + " parts";
            QVERIFY2(typesOf(layout->schema()) == typesOf(whole->schema()), where.constData());
            QVERIFY2(layout->schema().notes == whole->schema().notes, where.constData());
            QVERIFY2(layout->schema().rowCount == whole->schema().rowCount, where.constData());
        }
        JsonlIntrospector::setSpilling(false);
        JsonlIntrospector::setParts(1);
        const ReadResult parsed = readAll(path, query);
        JsonlIntrospector::setSpilling(true);
        QVERIFY(!parsed.rows.isEmpty());
        for (const int parts : {1, 2, 3, 5}) {
            JsonlIntrospector::setParts(parts);
            const ReadResult spilt = readAll(path, query);
            QCOMPARE(typesOf(spilt.schema), typesOf(parsed.schema));
            QCOMPARE(spilt.schema.notes, parsed.schema.notes);
            QCOMPARE(spilt.rows, parsed.rows);
            QCOMPARE(spilt.rejected.size(), parsed.rejected.size());
            for (qsizetype i = 0; i < spilt.rejected.size(); ++i) {
                QCOMPARE(spilt.rejected.at(i).position, parsed.rejected.at(i).position);
                QCOMPARE(spilt.rejected.at(i).origin, parsed.rejected.at(i).origin);
                QCOMPARE(spilt.rejected.at(i).reason, parsed.rejected.at(i).reason);
                QCOMPARE(spilt.rejected.at(i).values, parsed.rejected.at(i).values);
            }
        }
        JsonlIntrospector::setParts(0);
    }

    void writer_data()
    {
        QTest::addColumn<DataType>("type");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("null") << DataType::of(TypeKind::Int64) << QVariant() << QByteArray("null");
        QTest::newRow("int64") << DataType::of(TypeKind::Int64) << QVariant(qlonglong(-9223372036854775807LL - 1))
                               << QByteArray("-9223372036854775808");
        QTest::newRow("decimal") << DataType::decimal(29, 9) << QVariant(QStringLiteral("12345678901234567890.123456789"))
                                 << QByteArray("12345678901234567890.123456789");
        QTest::newRow("real") << DataType::of(TypeKind::Real) << QVariant(0.1) << QByteArray("0.1");
        QTest::newRow("boolean") << DataType::of(TypeKind::Boolean) << QVariant(true) << QByteArray("true");
        QTest::newRow("text") << DataType::text() << QVariant(QStringLiteral("a\"b\\\n\u00e9\x01"))
                              << QByteArray("\"a\\\"b\\\\\\n\xC3\xA9\\u0001\"");
        QTest::newRow("json") << DataType::of(TypeKind::Json) << QVariant(QStringLiteral("{\"k\":[1,2]}"))
                              << QByteArray("{\"k\":[1,2]}");
        QTest::newRow("bytes") << DataType::of(TypeKind::Binary) << QVariant(QByteArray("\x00\xFF", 2))
                               << QByteArray("\"AP8=\"");
        QTest::newRow("datetime") << DataType::of(TypeKind::DateTime) << QVariant(QStringLiteral("2024-02-29 10:30:00.5"))
                                  << QByteArray("\"2024-02-29 10:30:00.5\"");
    }
    void writer()
    {
        QFETCH(DataType, type);
        QFETCH(QVariant, value);
        QFETCH(QByteArray, json);
        QByteArray out;
        QString why;
        QVERIFY(JsonlTableWriter::encode({"\"v\""}, {type}, Row{value}, &out, &why));
        QCOMPARE(out, QByteArray(QByteArray("{\"v\":") + json + QByteArray("}\n")));
    }

    void nanIsRefused()
    {
        QByteArray out;
        QString why;
        QVERIFY(!JsonlTableWriter::encode({"\"v\""}, {DataType::of(TypeKind::Real)}, Row{qQNaN()}, &out, &why));
        QVERIFY(out.isEmpty());
    }

    // The elements of a JSON array, however it is laid out: each element's bytes with its number;
    // what is not an object is left to the parser to reject.
    void jsonArray_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QList<QByteArray>>("elements");
        QTest::newRow("pretty") << QByteArray("[\n  {\"a\": 1},\n  {\"a\": [2, {\"b\": 3}]}\n]\n")
                                << QList<QByteArray>{"{\"a\": 1}", "{\"a\": [2, {\"b\": 3}]}"};
        QTest::newRow("minified, brackets in strings") << QByteArray("[{\"s\":\"x]},\"},{\"s\":\"y\\\"]\"}]")
                                                       << QList<QByteArray>{"{\"s\":\"x]},\"}", "{\"s\":\"y\\\"]\"}"};
        QTest::newRow("byte order mark, CRLF") << QByteArray("\xEF\xBB\xBF[\r\n{\"a\":1}\r\n]\r\n")
                                               << QList<QByteArray>{"{\"a\":1}"};
        QTest::newRow("empty") << QByteArray(" [ ] ") << QList<QByteArray>{};
        QTest::newRow("scalars") << QByteArray("[1, \"two\", null,{}]")
                                 << QList<QByteArray>{"1", "\"two\"", "null", "{}"};
    }

    void jsonArray()
    {
        QFETCH(QByteArray, json);
        QFETCH(QList<QByteArray>, elements);
        QBuffer buffer(&json);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        JsonArrayReader reader(&buffer);
        QList<QByteArray> read;
        QByteArray element;
        qint64 number = 0;
        QString problem;
        while (reader.next(&element, &number, &problem)) {
            QCOMPARE(problem, QString());
            QCOMPARE(number, qint64(read.size() + 1));
            read << element;
        }
        QCOMPARE(reader.error(), QString());
        QVERIFY(reader.complete());
        QCOMPARE(read, elements);
        QCOMPARE(reader.bytesRead(), qint64(json.size())); // blanks after the bracket included
    }

    // What is not one array, or is cut short, is said with the element and the line; the elements
    // before it were read.
    void jsonArrayErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("elements");
        QTest::addColumn<QString>("error");
        QTest::newRow("object") << QByteArray("{\"a\": 1}") << 0
                                << "line 1: a JSON file holds one array of objects ([{...}, {...}]); this one starts with '{'";
        QTest::newRow("empty file") << QByteArray("  \n") << 0 << "the file is empty";
        QTest::newRow("cut inside an element") << QByteArray("[\n{\"a\":1},\n{\"a\":\"x") << 1
                                               << "the file ends inside element 2 (from line 3): it may be truncated";
        QTest::newRow("no closing bracket") << QByteArray("[{\"a\":1},\n{\"a\":2}\n") << 2
                                            << "the file ends after element 2 (line 2) without the array's closing ]";
        QTest::newRow("comma before the bracket") << QByteArray("[{\"a\":1},\n]") << 1
                                                  << "line 2: a comma before the array's closing ] (no element 2)";
        QTest::newRow("missing comma") << QByteArray("[{\"a\":1}\n {\"a\":2}]") << 1
                                       << "line 2: ',' or ']' expected after element 1, found '{'";
        QTest::newRow("text after") << QByteArray("[{\"a\":1}]\n[{\"a\":2}]") << 1
                                    << "line 2: text after the array's closing ] ('[')";
    }

    void jsonArrayErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, elements);
        QFETCH(QString, error);
        QBuffer buffer(&json);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        JsonArrayReader reader(&buffer);
        QByteArray element;
        qint64 number = 0;
        QString problem;
        int read = 0;
        while (reader.next(&element, &number, &problem))
            ++read;
        QCOMPARE(read, elements);
        QVERIFY2(reader.error().startsWith(error), qPrintable(reader.error()));
        QVERIFY(!reader.complete());
        QVERIFY(!reader.next(&element, &number, &problem)); // and stays at its end
    }

    // A JSON file is a table like a JSON Lines file: the same columns, types and values; a rejected
    // element is named by its number.
    void jsonFileAsTable()
    {
        const QString path = m_dir.filePath(QStringLiteral("people.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("[\n {\"id\": 1, \"zip\": \"08123\", \"amount\": 12.50, \"address\": {\"city\": \"Berlin\"}},\n"
                  " {\"id\": 2, \"zip\": \"10115\", \"amount\": -3.25, \"address\": {\"city\": \"K\xC3\xB6ln\"}},\n"
                  " [\"not\", \"an object\"],\n"
                  " {\"id\": 4, \"zip\": \"01067\", \"amount\": 0, \"address\": {\"city\": null}}\n]\n");
        out.close();
        const ReadResult result = readAll(path);
        QCOMPARE(typesOf(result.schema), QStringList({"id:int64", "zip:text", "amount:decimal(4,2)", "address.city:text"}));
        QCOMPARE(result.rows.size(), 3);
        QCOMPARE(result.rows.at(1), Row({QStringLiteral("2"), QStringLiteral("10115"), QStringLiteral("-3.25"),
                                         QStringLiteral("Köln")}));
        QCOMPARE(result.rejected.size(), 1);
        QCOMPARE(result.rejected.at(0).origin, QStringLiteral("people.json element 3"));
        QCOMPARE(result.rejected.at(0).reason, QStringLiteral("not a JSON object"));
    }

    // Rows written to a file and read back give the same values, once converted to the written types;
    // in a JSON Lines file and in a JSON array alike.
    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("JSON Lines") << "round.jsonl";
        QTest::newRow("JSON") << "round.json";
    }

    void roundTrip()
    {
        QFETCH(QString, name);
        const QString path = m_dir.filePath(name);
        TableSchema schema;
        const QList<DataType> types{DataType::of(TypeKind::Int64), DataType::decimal(29, 9), DataType::text(),
                                    DataType::of(TypeKind::Real), DataType::of(TypeKind::Boolean),
                                    DataType::of(TypeKind::Date), DataType::of(TypeKind::Json),
                                    DataType::of(TypeKind::Binary)};
        for (int i = 0; i < types.size(); ++i) {
            ColumnSchema column;
            column.name = QStringLiteral("c%1").arg(i);
            column.type = types.at(i);
            schema.columns << column;
        }
        const QList<Row> rows{
            {qlonglong(9223372036854775807LL), QStringLiteral("12345678901234567890.123456789"),
             QStringLiteral("Zürich \U0001F600 \"q\""), 0.30000000000000004, true, QStringLiteral("2024-02-29"),
             QStringLiteral("[1,{\"a\":null}]"), QByteArray("\x00\x01\xFE", 3)},
            {QVariant(), QStringLiteral("-0.000000001"), QString(), QVariant(), false, QVariant(), QVariant(),
             QVariant()},
        };
        JsonlTableWriter writer(endpointFor(path), QStringLiteral("round"));
        QFile::remove(path);
        QString error;
        QList<RowError> rowErrors;
        QVERIFY(writer.open(&error));
        QVERIFY(writer.prepare(schema, TableMode::Replace, &error));
        QVERIFY(writer.write(rows, &rowErrors, &error));
        QVERIFY(rowErrors.isEmpty());
        QVERIFY(writer.finish(&error));
        QCOMPARE(writer.countRows(&error), qint64(2));

        const ReadResult result = readAll(path);
        QVERIFY(result.rejected.isEmpty());
        QCOMPARE(result.rows.size(), rows.size());
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < types.size(); ++c) {
                const QVariant expected = rows.at(r).at(c);
                // Bytes come back as their base64 text (JSON has no bytes: the column is text); a
                // binary column in the mapping takes that text back into the same bytes.
                if (types.at(c).kind == TypeKind::Binary && expected.isValid())
                    QCOMPARE(result.rows.at(r).at(c).toString().toLatin1(), expected.toByteArray().toBase64());
                QVariant back;
                QString why;
                QVERIFY2(ValueConverter::convert(result.rows.at(r).at(c), types.at(c), &back, &why), qPrintable(why));
                QCOMPARE(back, expected);
            }
        }
        // Append adds to the file; replace starts it afresh.
        JsonlTableWriter again(endpointFor(path), QStringLiteral("round"));
        QVERIFY(again.open(&error) && again.prepare(schema, TableMode::Append, &error));
        QVERIFY(again.write(rows.mid(0, 1), &rowErrors, &error) && again.finish(&error));
        QCOMPARE(again.countRows(&error), qint64(3));
        QCOMPARE(readAll(path).rows.size(), 3);
        if (!name.endsWith(QLatin1String(".json")))
            return;
        // A run cut off before its end leaves the array open: rows are counted, and appending goes on.
        JsonlTableWriter cut(endpointFor(path), QStringLiteral("round"));
        QVERIFY(cut.open(&error) && cut.prepare(schema, TableMode::Append, &error));
        QVERIFY(cut.write(rows, &rowErrors, &error) && cut.commit(&error));
        QCOMPARE(cut.countRows(&error), qint64(5)); // the file has no closing bracket yet
        JsonlTableWriter resumed(endpointFor(path), QStringLiteral("round"));
        QVERIFY(resumed.open(&error) && resumed.prepare(schema, TableMode::Append, &error));
        QVERIFY(resumed.write(rows.mid(1, 1), &rowErrors, &error) && resumed.finish(&error));
        QCOMPARE(readAll(path).rows.size(), 6);
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        QVERIFY2(text.startsWith("[\n{") && text.endsWith("}\n]\n") && !text.contains("}\n,") && !text.contains("\n\n"),
                 text.constData());
    }

    // A file that is not an array is not appended to.
    void appendToAnObjectIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("object.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"format\": \"barge-profile\"}\n");
        out.close();
        JsonlTableWriter writer(endpointFor(path), QStringLiteral("object"));
        QString error;
        TableSchema schema;
        schema.columns << ColumnSchema{};
        schema.columns[0].name = QStringLiteral("a");
        schema.columns[0].type = DataType::text();
        QVERIFY(writer.open(&error));
        QVERIFY(!writer.prepare(schema, TableMode::Append, &error));
        QVERIFY2(error.contains(QLatin1String("is not a JSON array of objects")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestJsonl)
#include "tst_jsonl.moc"
