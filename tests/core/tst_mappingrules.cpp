// MappingRules: which target columns of a table's mapping are one column, and that a profile is
// judged by that same rule (the wizard's field mapping page applies it too), so that a mapping one
// front end accepts the other does not refuse.

#include "mapping/mappingrules.h"
#include "profile/profile.h"

#include <QtTest>

using namespace barge;

namespace {

QList<FieldMapping> fieldsInto(const QStringList &targets)
{
    QList<FieldMapping> fields;
    for (int i = 0; i < targets.size(); ++i) {
        FieldMapping field;
        field.target = targets.at(i);
        field.source = QStringLiteral("c%1").arg(i);
        field.type = DataType::text();
        fields << field;
    }
    return fields;
}

} // namespace

class TestMappingRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void duplicateTargets_data();
    void duplicateTargets();
    void profileAgrees_data() { duplicateTargets_data(); }
    void profileAgrees();
};

void TestMappingRules::duplicateTargets_data()
{
    QTest::addColumn<QStringList>("targets");
    QTest::addColumn<QStringList>("duplicates");
    QTest::newRow("distinct") << QStringList{QStringLiteral("id"), QStringLiteral("name")} << QStringList();
    QTest::newRow("same spelling") << QStringList{QStringLiteral("id"), QStringLiteral("id")}
                                   << QStringList{QStringLiteral("id")};
    // MariaDB and SQLite take these for one column.
    QTest::newRow("case apart") << QStringList{QStringLiteral("Name"), QStringLiteral("name")}
                                << QStringList{QStringLiteral("name")};
    QTest::newRow("non-ASCII case apart") << QStringList{QStringLiteral("Émis"), QStringLiteral("émis")}
                                          << QStringList{QStringLiteral("émis")};
    QTest::newRow("three times") << QStringList{QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("a")}
                                 << QStringList{QStringLiteral("A"), QStringLiteral("a")};
    // Spaces are part of a quoted name; the wizard trims what is typed, not what a profile says.
    QTest::newRow("spaces count") << QStringList{QStringLiteral("a"), QStringLiteral(" a")} << QStringList();
}

void TestMappingRules::duplicateTargets()
{
    QFETCH(QStringList, targets);
    QFETCH(QStringList, duplicates);
    QCOMPARE(MappingRules::duplicateTargets(fieldsInto(targets)), duplicates);
}

// A profile is refused exactly when the rule finds a duplicate, and names the first one.
void TestMappingRules::profileAgrees()
{
    QFETCH(QStringList, targets);
    QFETCH(QStringList, duplicates);
    QString error;
    Plan plan;
    plan.source = *Endpoint::parse(QStringLiteral("sqlite:///tmp/a.db"), &error);
    plan.target = *Endpoint::parse(QStringLiteral("sqlite:///tmp/b.db"), &error);
    TableMapping table = TableMapping::named(QStringLiteral("t"), QStringLiteral("t"), TableMode::Append);
    table.fields = fieldsInto(targets);
    plan.tables << table;
    Plan loaded;
    const bool accepted = Profile::fromJson(Profile::toJson(plan), QString(), &loaded, &error);
    QCOMPARE(accepted, duplicates.isEmpty());
    if (!accepted) {
        QVERIFY2(error.contains(QStringLiteral("column '%1' is mapped twice").arg(duplicates.first())),
                 qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(TestMappingRules)
#include "tst_mappingrules.moc"
