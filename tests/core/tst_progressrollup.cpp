#include "Guide.h"
#include "GuideFixture.h"
#include "ScopedTimeZone.h"
#include "GuideLoader.h"
#include "ProgressRollup.h"
#include "ProgressStatistics.h"
#include "StudyQueue.h"
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
    void reviewDueLaterTodayIsDueNow();
    void queueOrdersLearningThenDueThenNew();
    void queueOrdersEachKindByDueTime();
    void streakSurvivesFreeDaysButNotMissedOnes();
    void reviewsPerDayAndNewToday();
    void newCardsTodayCountByLocalDate();
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

void TestProgressRollup::reviewDueLaterTodayIsDueNow()
{
    // A review card is due all day once it is due before the next study day starts (4 a.m.),
    // as Anki counts it; a learning card only within the learn-ahead limit.
    ProgressRollup rollup;
    QHash<QString, CardSchedule> schedules;
    schedules.insert(QStringLiteral("one"), scheduled(CardState::Review, now.addSecs(3600)));
    schedules.insert(QStringLiteral("why"), scheduled(CardState::Learning, now.addSecs(3600)));
    rollup.rebuild(*m_guide, {}, schedules, {}, {}, now);
    const auto basics = rollup.node(m_guide->topic(QStringLiteral("basics")));
    QCOMPARE(basics.dueCards, 1);
    schedules[QStringLiteral("one")].due = now.addDays(1).addSecs(3 * 3600); // after the next rollover
    rollup.rebuild(*m_guide, {}, schedules, {}, {}, now);
    QCOMPARE(rollup.node(m_guide->topic(QStringLiteral("basics"))).dueCards, 0);
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

namespace {
// The order a review serves the cards of BRANCH in: each card picked is answered and leaves the
// day's queue (a new card counts against the daily limit), as a learner going through it would.
QStringList served(const Guide &guide, const Topic *branch, QHash<QString, CardSchedule> schedules, const QDateTime &now,
                   int newLeft)
{
    QStringList ids;
    for (const Card *card : guide.cardsUnder(branch ? branch : guide.root()))
        ids.append(card->id);
    QStringList order;
    int newShown = 0;
    int reviewsShown = 0;
    for (;;) {
        const auto pick = StudyQueue(ids, schedules, now, StudyDay(), newLeft - newShown).next(QString(), newShown, reviewsShown);
        if (!pick)
            return order;
        order.append(pick->cardId);
        newShown += pick->source == StudyQueue::Source::New;
        reviewsShown += pick->source == StudyQueue::Source::Review;
        CardSchedule done;
        done.state = CardState::Review;
        done.due = now.addDays(30);
        schedules.insert(pick->cardId, done);
    }
}

StudyCounts counted(const Guide &guide, const Topic *branch, const QHash<QString, CardSchedule> &schedules,
                    const QDateTime &now, int newLeft)
{
    QStringList ids;
    for (const Card *card : guide.cardsUnder(branch ? branch : guide.root()))
        ids.append(card->id);
    return StudyQueue(ids, schedules, now, StudyDay(), newLeft).counts();
}
} // namespace

void TestProgressRollup::queueOrdersLearningThenDueThenNew()
{
    QHash<QString, CardSchedule> schedules;
    schedules.insert(QStringLiteral("one"), scheduled(CardState::Review, now.addDays(-2)));
    schedules.insert(QStringLiteral("why"), scheduled(CardState::Relearning, now.addSecs(-30)));
    const QStringList all = served(*m_guide, nullptr, schedules, now, 10);
    QCOMPARE(all, QStringList({ QStringLiteral("why"), QStringLiteral("one"), QStringLiteral("basics/first/what-is-two") }));
    QCOMPARE(served(*m_guide, nullptr, schedules, now, 0).size(), 2); // daily limit reached
    QCOMPARE(served(*m_guide, m_guide->topic(QStringLiteral("basics/second")), schedules, now, 10),
             QStringList({ QStringLiteral("why") }));
    const auto counts = counted(*m_guide, nullptr, schedules, now, 10);
    QCOMPARE(counts.learning + counts.review, 2);
    QCOMPARE(counts.newCards, 1);
    schedules[QStringLiteral("one")].due = now.addDays(2); // after today: not due
    QCOMPARE(counted(*m_guide, nullptr, schedules, now, 10).review, 0);
}

void TestProgressRollup::queueOrdersEachKindByDueTime()
{
    // Nine cards on one page; reading order is neither the order of their due times nor its
    // reverse, so only a sort by due time (earliest first) within each kind gives this queue.
    GuideFixture fixture;
    QByteArray page = "# Many\n\n";
    for (int i = 1; i <= 9; ++i)
        page += "## Q: Question " + QByteArray::number(i) + "?\n<!-- id: q" + QByteArray::number(i) + " -->\n\nAnswer.\n\n";
    fixture.write(QStringLiteral("many.md"), page);
    const auto guide = GuideLoader().load(fixture.path()).guide;
    QVERIFY(guide);
    QHash<QString, CardSchedule> schedules;
    schedules.insert(QStringLiteral("q1"), scheduled(CardState::Review, now.addDays(-1)));
    schedules.insert(QStringLiteral("q2"), scheduled(CardState::Review, now.addDays(-5)));
    schedules.insert(QStringLiteral("q3"), scheduled(CardState::Review, now.addDays(-3)));
    schedules.insert(QStringLiteral("q4"), scheduled(CardState::Learning, now.addSecs(-600)));
    schedules.insert(QStringLiteral("q5"), scheduled(CardState::Relearning, now.addSecs(-1800)));
    schedules.insert(QStringLiteral("q6"), scheduled(CardState::Learning, now.addSecs(-1200)));
    schedules.insert(QStringLiteral("q7"), scheduled(CardState::Review, now.addDays(3))); // not due today
    // Learning first; then reviews, most overdue first, with the new cards (in reading order)
    // spread evenly among them.
    const QStringList expected { QStringLiteral("q5"), QStringLiteral("q6"), QStringLiteral("q4"), // learning
        QStringLiteral("q2"), QStringLiteral("q8"), QStringLiteral("q3"), QStringLiteral("q9"), QStringLiteral("q1") };
    QCOMPARE(served(*guide, nullptr, schedules, now, 10), expected);
    QCOMPARE(served(*guide, nullptr, schedules, now, 1),
             QStringList({ QStringLiteral("q5"), QStringLiteral("q6"), QStringLiteral("q4"), QStringLiteral("q2"),
                           QStringLiteral("q8"), QStringLiteral("q3"), QStringLiteral("q1") }));
    const auto counts = counted(*guide, nullptr, schedules, now, 10);
    QCOMPARE(counts.learning + counts.review, 6);
    QCOMPARE(counts.newCards, 2);
    // The roll-up adds up the same: six due and two new, counted apart all the way up.
    ProgressRollup rollup;
    rollup.rebuild(*guide, {}, schedules, {}, {}, now);
    QCOMPARE(rollup.overall().dueCards, 6);
    QCOMPARE(rollup.overall().newCards, 2);
    QCOMPARE(rollup.overall().cards, 9);
    // A card due this very second is due, in the queue and in its count.
    schedules.insert(QStringLiteral("q7"), scheduled(CardState::Review, now));
    QCOMPARE(counted(*guide, nullptr, schedules, now, 10).review, 4);
    QCOMPARE(served(*guide, nullptr, schedules, now, 0).constLast(), QStringLiteral("q7"));
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
    QCOMPARE(ProgressStatistics::streak(log, StudyDay(), today), 3); // days -5, -1 and today; -4..-2 had nothing due
    // Not having reviewed yet today does not break the run.
    QCOMPARE(ProgressStatistics::streak(log.mid(0, 2), StudyDay(), today), 2);
    // A day on which a card was due and nothing was reviewed breaks it.
    QList<ReviewLogEntry> missed;
    missed << entry(QStringLiteral("b"), at(today.addDays(-4)), 86400); // due on day -3
    missed << entry(QStringLiteral("b"), at(today.addDays(-1)), 86400);
    QCOMPARE(ProgressStatistics::streak(missed, StudyDay(), today), 1);
    QCOMPARE(ProgressStatistics::streak({}, StudyDay(), today), 0);
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
    const QList<int> days = ProgressStatistics::reviewsPerDay(log, StudyDay(), today, 30);
    QCOMPARE(days.size(), 30);
    QCOMPARE(days.last(), 2);
    QCOMPARE(days.at(27), 1);
    QCOMPARE(std::accumulate(days.begin(), days.end(), 0), 3);
    QCOMPARE(ProgressStatistics::newCardsSeenToday(log, StudyDay(), today), 1);
}

void TestProgressRollup::newCardsTodayCountByLocalDate()
{
    // Auckland is 13 hours ahead of UTC in March: a morning there is the evening before in UTC.
    ScopedTimeZone zone("Pacific/Auckland");
    const QDate today(2026, 3, 10);
    auto local = [](const QDate &d, int hour) { return QDateTime(d, QTime(hour, 0)).toUTC(); };
    QList<ReviewLogEntry> log;
    log << entry(QStringLiteral("a"), local(today, 9), 60, CardState::New); // 20:00 UTC on the 9th
    log << entry(QStringLiteral("b"), local(today, 20), 60, CardState::New); // 07:00 UTC on the 10th
    log << entry(QStringLiteral("c"), local(today.addDays(-1), 20), 60, CardState::New); // 07:00 UTC, 9th
    log << entry(QStringLiteral("d"), local(today.addDays(1), 14), 60, CardState::New); // 01:00 UTC, 11th
    QCOMPARE(ProgressStatistics::newCardsSeenToday(log, StudyDay(), today), 2);
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
