#include "mapping/automatcher.h"

#include <QTest>

using namespace barge;

class TestAutoMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void match_data();
    void match();
    void exactNameWins();
    void intoExistingLeavesUnmatchedEmpty();
    void reshapeKeepsChoices();
};

void TestAutoMatcher::match_data()
{
    QTest::addColumn<QStringList>("sourceColumns");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected");

    const QStringList source{QStringLiteral("CustomerId"), QStringLiteral("Order Date"),
                             QStringLiteral("total_AMOUNT"), QStringLiteral("e-mail")};
    QTest::newRow("camel-to-snake") << source << QStringLiteral("customer_id") << QStringLiteral("CustomerId");
    QTest::newRow("space-to-snake") << source << QStringLiteral("order_date") << QStringLiteral("Order Date");
    QTest::newRow("case-insensitive") << source << QStringLiteral("TotalAmount") << QStringLiteral("total_AMOUNT");
    QTest::newRow("hyphen") << source << QStringLiteral("email") << QStringLiteral("e-mail");
    QTest::newRow("no-match") << source << QStringLiteral("customer") << QString();
    QTest::newRow("empty-target") << source << QStringLiteral("__") << QString();
}

void TestAutoMatcher::match()
{
    QFETCH(QStringList, sourceColumns);
    QFETCH(QString, target);
    QFETCH(QString, expected);
    TableSchema schema;
    for (const QString &name : sourceColumns)
        schema.columns << ColumnSchema{name, QString(), DataType::text(), true, 0};
    QCOMPARE(AutoMatcher::match(target, schema), expected);
}

void TestAutoMatcher::exactNameWins()
{
    TableSchema schema;
    schema.columns << ColumnSchema{QStringLiteral("customerId"), QString(), DataType::text(), true, 0}
                   << ColumnSchema{QStringLiteral("customer_id"), QString(), DataType::text(), true, 0};
    QCOMPARE(AutoMatcher::match(QStringLiteral("customer_id"), schema), QStringLiteral("customer_id"));
}

void TestAutoMatcher::intoExistingLeavesUnmatchedEmpty()
{
    TableSchema source;
    source.columns << ColumnSchema{QStringLiteral("Id"), QString(), DataType::of(TypeKind::Int64), false, 1}
                   << ColumnSchema{QStringLiteral("FullName"), QString(), DataType::text(), true, 0};
    TableSchema target;
    target.columns << ColumnSchema{QStringLiteral("id"), QString(), DataType::of(TypeKind::Int32), false, 1}
                   << ColumnSchema{QStringLiteral("full_name"), QString(), DataType::text(80), true, 0}
                   << ColumnSchema{QStringLiteral("created"), QString(), DataType::of(TypeKind::DateTime), true, 0};
    const QList<FieldMapping> fields = AutoMatcher::intoExisting(source, target);
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields[0].source, QStringLiteral("Id"));
    QCOMPARE(fields[0].type, DataType::of(TypeKind::Int32)); // the existing column decides the type
    QCOMPARE(fields[1].source, QStringLiteral("FullName"));
    QVERIFY(fields[2].isConstant());
    QVERIFY(!fields[2].constant.isValid());
}

// A nested object kept whole (c.name, c.city -> c) or flattened again: the fields of the columns
// that remain keep what the user set; into a new table the new column takes the place of those that
// went; into an existing one a target column that lost its source is matched again, else NULL.
void TestAutoMatcher::reshapeKeepsChoices()
{
    const auto column = [](const char *name, const DataType &type) {
        return ColumnSchema{QString::fromLatin1(name), QString(), type, true, 0};
    };
    TableSchema flat;
    flat.columns << column("id", DataType::of(TypeKind::Int64)) << column("c.name", DataType::text())
                 << column("c.city", DataType::text()) << column("t", DataType::of(TypeKind::Int64));
    TableSchema kept;
    kept.columns << column("id", DataType::of(TypeKind::Int64)) << column("c", DataType::of(TypeKind::Json))
                 << column("t", DataType::of(TypeKind::Int64));
    QList<FieldMapping> fields = AutoMatcher::copyColumns(flat);
    fields[0].target = QStringLiteral("order_id"); // the user's choice
    fields.removeAt(3);                              // t not copied
    QList<FieldMapping> reshaped = AutoMatcher::reshape(fields, flat, kept, std::nullopt);
    QCOMPARE(reshaped.size(), 2);
    QCOMPARE(reshaped[0].target, QStringLiteral("order_id"));
    QCOMPARE(reshaped[1].source, QStringLiteral("c"));
    QCOMPARE(reshaped[1].type, DataType::of(TypeKind::Json));
    // And back: c's place goes to c.name and c.city.
    reshaped = AutoMatcher::reshape(reshaped, kept, flat, std::nullopt);
    QCOMPARE(reshaped.size(), 3);
    QCOMPARE(reshaped[0].target, QStringLiteral("order_id"));
    QCOMPARE(reshaped[1].source, QStringLiteral("c.name"));
    QCOMPARE(reshaped[2].source, QStringLiteral("c.city"));

    // Into an existing table with a json column c and a text column c_name.
    TableSchema existing;
    existing.columns << column("id", DataType::of(TypeKind::Int64)) << column("c", DataType::of(TypeKind::Json))
                     << column("c.name", DataType::text());
    fields = AutoMatcher::intoExisting(flat, existing);
    QCOMPARE(fields[1].source, QString()); // no column c in the flat source
    QCOMPARE(fields[2].source, QStringLiteral("c.name"));
    reshaped = AutoMatcher::reshape(fields, flat, kept, existing);
    QCOMPARE(reshaped.size(), 3);
    QCOMPARE(reshaped[0].source, QStringLiteral("id"));
    QCOMPARE(reshaped[1].source, QStringLiteral("c"));      // matched now
    QCOMPARE(reshaped[1].type, DataType::of(TypeKind::Json)); // the existing column's type
    QVERIFY(reshaped[2].isConstant());                      // c.name went: NULL
}

QTEST_GUILESS_MAIN(TestAutoMatcher)
#include "tst_automatcher.moc"
