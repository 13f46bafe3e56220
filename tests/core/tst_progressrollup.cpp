#include "Guide.h"
#include "GuideFixture.h"
#include "GuideLoader.h"
#include "ProgressRollup.h"
#include "ProgressStatistics.h"
#include "ReviewQueue.h"
#include "Fsrs.h"
#include "UtcDateTime.h"

#include <QtTest>

namespace {

const QDateTime now = UtcDateTime::at(QDate(2026, 3, 1), QTime(12, 0));

CardSchedule scheduled(CardState state, const QDateTime &due)
{
    CardSchedule s;
    s.state = state;
    s.memory = MemoryState { 10.0, 5.0 };
    s.lastReview = due.addDays(-10);
    s.due = due;
    s.reps = 1;
    return s;
}

ReviewLogEntry entry(const QString &card, const QDateTime &at, qint64 scheduledSeconds, CardState before = CardState::Review)
{
    return { card, Rating::Good, at, before, scheduledSeconds, QStringLiteral("review") };
}

} // namespace

class TestProgressRollup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statusesRollUpToParents();
    void learnedCardsCompleteAPage();
    void countsDueNewAndBookmarks();
    void queueOrdersLearningThenDueThenNew();
    void streakSurvivesFreeDaysButNotMissedOnes();
    void reviewsPerDayAndNewToday();
    void predictedRecallIsMeanRetrievability();

private:
    GuideFixture m_fixture;
    std::unique_ptr<Guide> m_guide;
};

void TestProgressRollup::initTestCase()
{
    m_fixture.writeSample();
    m_guide = GuideLoader().load(m_fixture.path()).guide;
    QVERIFY(m_guide);
}

void TestProgressRollup::statusesRollUpToParents()
{
    ProgressRollup rollup;
    QHash<QString, TopicStatus> statuses { { QStringLiteral("basics/first"), TopicStatus::Done },
                                           { QStringLiteral("basics/second"), TopicStatus::Reading } };
    rollup.rebuild(*m_guide, statuses, {}, {}, {}, now);
    const Topic *basics = m_guide->topic(QStringLiteral("basics"));
    QCOMPARE(rollup.node(basics).status, TopicStatus::Reading);
    QCOMPARE(rollup.node(basics).pages, 2);
    QCOMPARE(rollup.node(basics).percent, 75); // (1 + 0.5) / 2
    QCOMPARE(rollup.node(m_guide->topic(QStringLiteral("advanced"))).percent, 0);
    QCOMPARE(rollup.overall().pages, 4); // first, second, deep, notes
    QCOMPARE(rollup.overall().percent, 37); // 1.5 / 4, rounded down

    statuses.insert(QStringLiteral("basics/second"), TopicStatus::Done);
    rollup.rebuild(*m_guide, statuses, {}, {}, {}, now);
    QCOMPARE(rollup.node(basics).status, TopicStatus::Done);
    QCOMPARE(rollup.node(basics).percent, 100);
}

void TestProgressRollup::learnedCardsCompleteAPage()
{
    ProgressRollup rollup;
    QHash<QString, CardSchedule> schedules;
    schedules.insert(QStringLiteral("one"), scheduled(CardState::Review, now.addDays(3)));
    rollup.rebuild(*m_guide, {}, schedules, {}, {}, now);
    const Topic *first = m_guide->topic(QStringLiteral("basics/first"));
    QCOMPARE(rollup.node(first).status, TopicStatus::Reading); // one of two cards learned
    schedules.insert(QStringLiteral("basics/first/what-is-two"), scheduled(CardState::Review, now.addDays(5)));
    rollup.rebuild(*m_guide, {}, schedules, {}, {}, now);
    QCOMPARE(rollup.node(first).status, TopicStatus::Done);
    QCOMPARE(rollup.node(first).learnedCards, 2);
}

void TestProgressRollup::countsDueNewAndBookmarks()
{
    ProgressRollup rollup;
    QHash<QString, CardSchedule> schedules;
    schedules.insert(QStringLiteral("one"), scheduled(CardState::Review, now.addSecs(-60)));
    schedules.insert(QStringLiteral("why"), scheduled(CardState::Learning, now.addDays(1)));
    rollup.rebuild(*m_guide, {}, schedules, { QStringLiteral("advanced/deep") }, { QStringLiteral("why") }, now);
    const auto basics = rollup.node(m_guide->topic(QStringLiteral("basics")));
    QCOMPARE(basics.cards, 3);
    QCOMPARE(basics.dueCards, 1);
    QCOMPARE(basics.newCards, 1);
    QVERIFY(basics.containsBookmark);
    QVERIFY(!basics.bookmarked);
    QVERIFY(rollup.node(m_guide->topic(QStringLiteral("advanced/deep"))).bookmarked);
    QVERIFY(rollup.node(m_guide->topic(QStringLiteral("advanced"))).containsBookmark);
    QVERIFY(!rollup.node(m_guide->topic(QStringLiteral("notes"))).containsBookmark);
}

void TestProgressRollup::queueOrdersLearningThenDueThenNew()
{
    QHash<QString, CardSchedule> schedules;
    schedules.insert(QStringLiteral("one"), scheduled(CardState::Review, now.addDays(-2)));
    schedules.insert(QStringLiteral("why"), scheduled(CardState::Relearning, now.addSecs(-30)));
    const QStringList all = ReviewQueue::build(*m_guide, nullptr, schedules, now, 10);
    QCOMPARE(all, QStringList({ QStringLiteral("why"), QStringLiteral("one"), QStringLiteral("basics/first/what-is-two") }));
    QCOMPARE(ReviewQueue::build(*m_guide, nullptr, schedules, now, 0).size(), 2); // daily limit reached
    QCOMPARE(ReviewQueue::build(*m_guide, m_guide->topic(QStringLiteral("basics/second")), schedules, now, 10),
             QStringList({ QStringLiteral("why") }));
    const auto counts = ReviewQueue::count(*m_guide, nullptr, schedules, now, 10);
    QCOMPARE(counts.due, 2);
    QCOMPARE(counts.newAvailable, 1);
    schedules[QStringLiteral("one")].due = now.addDays(1);
    QCOMPARE(ReviewQueue::count(*m_guide, nullptr, schedules, now, 10).due, 1);
}

void TestProgressRollup::streakSurvivesFreeDaysButNotMissedOnes()
{
    const QDate today(2026, 3, 10);
    auto at = [](const QDate &d) { return QDateTime(d, QTime(10, 0)).toUTC(); };
    QList<ReviewLogEntry> log;
    // Reviews on days 1-3, each scheduling the card 3 days out; day 4 and 5 nothing due; review day 6.
    log << entry(QStringLiteral("a"), at(today.addDays(-5)), 86400 * 4);
    log << entry(QStringLiteral("a"), at(today.addDays(-1)), 86400 * 5);
    log << entry(QStringLiteral("a"), at(today), 86400 * 5);
    QCOMPARE(ProgressStatistics::streak(log, today), 3); // days -5, -1 and today; -4..-2 had nothing due
    // Not having reviewed yet today does not break the run.
    QCOMPARE(ProgressStatistics::streak(log.mid(0, 2), today), 2);
    // A day on which a card was due and nothing was reviewed breaks it.
    QList<ReviewLogEntry> missed;
    missed << entry(QStringLiteral("b"), at(today.addDays(-4)), 86400); // due on day -3
    missed << entry(QStringLiteral("b"), at(today.addDays(-1)), 86400);
    QCOMPARE(ProgressStatistics::streak(missed, today), 1);
    QCOMPARE(ProgressStatistics::streak({}, today), 0);
}

void TestProgressRollup::reviewsPerDayAndNewToday()
{
    const QDate today(2026, 3, 10);
    auto at = [](const QDate &d, int hour) { return QDateTime(d, QTime(hour, 0)).toUTC(); };
    QList<ReviewLogEntry> log;
    log << entry(QStringLiteral("a"), at(today, 9), 60, CardState::New);
    log << entry(QStringLiteral("a"), at(today, 10), 600, CardState::Learning);
    log << entry(QStringLiteral("b"), at(today.addDays(-2), 9), 600, CardState::New);
    log << entry(QStringLiteral("c"), at(today.addDays(-40), 9), 600, CardState::New);
    const QList<int> days = ProgressStatistics::reviewsPerDay(log, today, 30);
    QCOMPARE(days.size(), 30);
    QCOMPARE(days.last(), 2);
    QCOMPARE(days.at(27), 1);
    QCOMPARE(std::accumulate(days.begin(), days.end(), 0), 3);
    QCOMPARE(ProgressStatistics::newCardsSeenToday(log, today), 1);
}

void TestProgressRollup::predictedRecallIsMeanRetrievability()
{
    const Fsrs model { FsrsParameters() };
    QHash<QString, CardSchedule> schedules;
    CardSchedule a = scheduled(CardState::Review, now);
    a.lastReview = now.addDays(-4);
    a.memory = MemoryState { 4.0, 5.0 }; // at t = S, recall is 0.9
    CardSchedule b = a;
    b.lastReview = now; // just reviewed: 1.0
    schedules.insert(QStringLiteral("a"), a);
    schedules.insert(QStringLiteral("b"), b);
    const double r = ProgressStatistics::predictedRecall(model, { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("never") },
                                                         schedules, now);
    QVERIFY(qAbs(r - 0.95) < 1e-6);
    QCOMPARE(ProgressStatistics::predictedRecall(model, { QStringLiteral("never") }, schedules, now), -1.0);
}

QTEST_GUILESS_MAIN(TestProgressRollup)
#include "tst_progressrollup.moc"
