// ResumePolicy: when a run of a profile starts fresh and when it finishes the interrupted one, the
// checkpoint a fresh run begins, and the plan a finishing run runs. (tests/cli/tst_resume runs it.)

#include "profile/profile.h"
#include "profile/resumepolicy.h"

#include <QtTest>

using namespace barge;

Q_DECLARE_METATYPE(barge::ResumePolicy::Intent)
Q_DECLARE_METATYPE(barge::ResumePolicy::Start)

namespace {

Plan samplePlan()
{
    QString error;
    Plan plan;
    plan.source = *Endpoint::parse(QStringLiteral("sqlite:///tmp/shop.db"), &error);
    plan.target = *Endpoint::parse(QStringLiteral("postgresql://alice@localhost/shop"), &error);
    plan.tables << TableMapping::named(QStringLiteral("orders"), QStringLiteral("orders"), TableMode::Append);
    return plan;
}

} // namespace

class TestResumePolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data();
    void decide();
    void freshRunReplacesTheInterruptedOne();
    void startedPlanKeepsPasswords();
    void startedPlanRefusesABrokenCheckpoint();
    void finishingKnowsTheTargetsThatExistedBefore();
};

void TestResumePolicy::decide_data()
{
    using Intent = ResumePolicy::Intent;
    using Start = ResumePolicy::Start;
    QTest::addColumn<bool>("interrupted");
    QTest::addColumn<bool>("profileChanged");
    QTest::addColumn<Intent>("intent");
    QTest::addColumn<Start>("start");
    QTest::newRow("no run") << false << false << Intent::Default << Start::Fresh;
    QTest::newRow("no run, finish") << false << false << Intent::Finish << Start::NothingToFinish;
    QTest::newRow("no run, start over") << false << false << Intent::StartOver << Start::Fresh;
    QTest::newRow("interrupted") << true << false << Intent::Default << Start::Undecided;
    QTest::newRow("interrupted, finish") << true << false << Intent::Finish << Start::Finish;
    QTest::newRow("interrupted, start over") << true << false << Intent::StartOver << Start::Fresh;
    QTest::newRow("profile changed") << true << true << Intent::Default << Start::Undecided;
    QTest::newRow("profile changed, finish") << true << true << Intent::Finish << Start::ProfileChanged;
    QTest::newRow("profile changed, start over") << true << true << Intent::StartOver << Start::Fresh;
}

void TestResumePolicy::decide()
{
    QFETCH(bool, interrupted);
    QFETCH(bool, profileChanged);
    QFETCH(ResumePolicy::Intent, intent);
    QFETCH(ResumePolicy::Start, start);
    const Plan plan = samplePlan();
    const QByteArray hash = Profile::hashOf(plan);
    std::optional<Checkpoint> unfinished;
    if (interrupted)
        unfinished = Checkpoint::begin(profileChanged ? QByteArray("another") : hash, plan, Profile::toJson(plan), {});
    QCOMPARE(ResumePolicy::decide(hash, unfinished, intent), start);
    if (unfinished)
        QCOMPARE(ResumePolicy::canFinish(*unfinished, hash), !profileChanged);
}

void TestResumePolicy::freshRunReplacesTheInterruptedOne()
{
    const Plan plan = samplePlan();
    const QByteArray hash = Profile::hashOf(plan);
    PlanInsight insight;
    insight.existingTargets = {QStringLiteral("orders")};
    const Checkpoint first = ResumePolicy::beginFresh(hash, plan, insight, std::nullopt);
    QVERIFY(first.replaces.isEmpty());
    QCOMPARE(first.planHash, hash);
    QCOMPARE(first.existingTargets, QStringList{QStringLiteral("orders")});
    QCOMPARE(first.tables.size(), 1);
    const Checkpoint second = ResumePolicy::beginFresh(hash, plan, insight, first);
    QCOMPARE(second.replaces, first.runId);
    QVERIFY(second.runId != first.runId);
}

void TestResumePolicy::startedPlanKeepsPasswords()
{
    const Plan plan = samplePlan();
    const Checkpoint unfinished = Checkpoint::begin(Profile::hashOf(plan), plan, Profile::toJson(plan), {});
    Plan current = samplePlan();
    current.tables.clear(); // what the profile says now does not matter, only its passwords
    current.source.password = QStringLiteral("s");
    current.target.password = QStringLiteral("secret");
    Plan started;
    QString error;
    QVERIFY2(ResumePolicy::startedPlan(unfinished, current, &started, &error), qPrintable(error));
    QCOMPARE(started.tables.size(), 1);
    QCOMPARE(started.tables.first().source, QStringLiteral("orders"));
    QCOMPARE(started.source.password, QStringLiteral("s"));
    QCOMPARE(started.target.password, QStringLiteral("secret"));
}

void TestResumePolicy::startedPlanRefusesABrokenCheckpoint()
{
    Checkpoint unfinished;
    unfinished.planJson = QByteArrayLiteral("{\"format\": \"barge-profile\", \"version\": 99}");
    Plan started = samplePlan();
    QString error;
    QVERIFY(!ResumePolicy::startedPlan(unfinished, samplePlan(), &started, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(started, samplePlan()); // untouched
}

void TestResumePolicy::finishingKnowsTheTargetsThatExistedBefore()
{
    Plan plan = samplePlan();
    const Checkpoint unfinished = Checkpoint::begin(Profile::hashOf(plan), plan, Profile::toJson(plan), {QStringLiteral("customers")});
    PlanInsight insight;
    insight.existingTargets = {QStringLiteral("customers"), QStringLiteral("orders")}; // orders: the run made it
    ResumePolicy::prepareFinish(unfinished, &plan, &insight);
    QCOMPARE(insight.existingTargets, QSet<QString>{QStringLiteral("customers")});
}

QTEST_GUILESS_MAIN(TestResumePolicy)
#include "tst_resumepolicy.moc"
