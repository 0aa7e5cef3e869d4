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

QTEST_GUILESS_MAIN(TestAutoMatcher)
#include "tst_automatcher.moc"
