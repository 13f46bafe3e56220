// Checks the FSRS-6 model and the scheduler against the reference figures of
// shared/reference/fsrs.md, then the scheduler's own rules (steps, fuzz, preview, labels).
#include "scheduling/CardSchedule.h"
#include "scheduling/Fsrs.h"
#include "scheduling/FsrsParameters.h"
#include "scheduling/Rating.h"
#include "scheduling/Scheduler.h"
#include "scheduling/UtcDateTime.h"

#include <QtTest>

#include <cmath>
#include <set>
#include <vector>

namespace {

// The reference figures come from fsrs-rs, which computes in 32-bit floats: 1e-4, relative
// once values exceed 1.
bool closeTo(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-4 * std::max(1.0, std::abs(expected));
}

#define QCOMPARE_NEAR(actual, expected)                                                                      \
    do {                                                                                                     \
        const double a_ = (actual);                                                                          \
        const double e_ = (expected);                                                                        \
        QVERIFY2(closeTo(a_, e_),                                                                            \
            qPrintable(QStringLiteral("%1 is %2, expected %3")                                               \
                           .arg(QLatin1String(#actual))                                                      \
                           .arg(a_, 0, 'g', 12)                                                              \
                           .arg(e_, 0, 'g', 12)));                                                           \
    } while (false)

const QDateTime start = UtcDateTime::at(QDate(2024, 1, 15), QTime(9, 0));

FsrsParameters withoutFuzz()
{
    FsrsParameters parameters;
    parameters.fuzz = false;
    return parameters;
}

// Whole days from the review to the due date it set: how figures 7 and 9 count intervals.
int scheduledDays(const CardSchedule &card)
{
    return static_cast<int>(card.lastReview.secsTo(card.due) / 86400);
}

qint64 scheduledSeconds(const CardSchedule &card)
{
    return card.lastReview.secsTo(card.due);
}

CardSchedule cardIn(CardState state, int step, double stability, double difficulty, qint64 secondsSinceReview)
{
    CardSchedule card;
    card.state = state;
    card.step = step;
    card.memory = MemoryState { stability, difficulty };
    card.lastReview = start.addSecs(-secondsSinceReview);
    card.due = start;
    card.reps = 3;
    return card;
}

} // namespace

Q_DECLARE_METATYPE(Rating)
Q_DECLARE_METATYPE(CardState)

class TestFsrs : public QObject
{
    Q_OBJECT

private slots:
    void retrievability_data();
    void retrievability();
    void nextInterval_data();
    void nextInterval();
    void recallStability_data();
    void recallStability();
    void lapseStability_data();
    void lapseStability();
    void sameDayStability_data();
    void sameDayStability();
    void difficulty_data();
    void difficulty();
    void firstReview_data();
    void firstReview();
    void memoryStateSequence_data();
    void memoryStateSequence();
    void wholeScheduler_data();
    void wholeScheduler();
    void fuzzTable_data();
    void fuzzTable();
    void fuzzStaysWithinBounds();
    void learningSteps_data();
    void learningSteps();
    void elapsedTimeCountsWholeDays_data();
    void elapsedTimeCountsWholeDays();
    void studyDayCountsDaysAsAnkiDoes();
    void reviewCounters();
    void fuzzIsSeededAndCanBeTurnedOff();
    void desiredRetentionChangesInterval();
    void parseWeights_data();
    void parseWeights();
    void weightsRoundTrip();
    void parametersValidity();
    void previewIsOrdered_data();
    void previewIsOrdered();
    void formatInterval_data();
    void formatInterval();
};

// Figure 1.
void TestFsrs::retrievability_data()
{
    QTest::addColumn<double>("elapsed");
    QTest::addColumn<double>("stability");
    QTest::addColumn<double>("expected");
    QTest::newRow("t0 s1") << 0.0 << 1.0 << 1.0;
    QTest::newRow("t1 s2") << 1.0 << 2.0 << 0.9403443;
    QTest::newRow("t2 s3") << 2.0 << 3.0 << 0.9253786;
    QTest::newRow("t3 s4") << 3.0 << 4.0 << 0.9185229;
    QTest::newRow("t4 s4") << 4.0 << 4.0 << 0.9;
    QTest::newRow("t5 s2") << 5.0 << 2.0 << 0.8261359;
}

void TestFsrs::retrievability()
{
    QFETCH(double, elapsed);
    QFETCH(double, stability);
    QFETCH(double, expected);
    QCOMPARE_NEAR(Fsrs().retrievability(elapsed, stability), expected);
}

// Figure 2.
void TestFsrs::nextInterval_data()
{
    QTest::addColumn<double>("retention");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("alsoAccepted");
    // fsrs-rs works in 32-bit floats: w20 and 1/DECAY (-6.485) are each off by ~1e-7 relative,
    // and 0.1^(1/DECAY) magnifies that by |ln 0.1 * 1/DECAY| ~ 15, i.e. ~1e-6 of 3.1 million
    // days: about 3 days. A double computation gives 3116769; both are the same formula.
    QTest::newRow("r 0.1") << 0.1 << 3116766 << 3116769;
    const std::vector<int> rest { 34793, 2508, 387, 90, 27, 9, 3, 1, 1 };
    for (std::size_t i = 0; i < rest.size(); ++i) {
        const int tenths = static_cast<int>(i) + 2;
        QTest::addRow("r %d", tenths) << tenths / 10.0 << rest[i] << rest[i];
    }
}

void TestFsrs::nextInterval()
{
    QFETCH(double, retention);
    QFETCH(int, expected);
    QFETCH(int, alsoAccepted);
    FsrsParameters parameters;
    parameters.desiredRetention = retention;
    // The figure is unclamped: lift the 100-year ceiling out of its way.
    parameters.maximumIntervalDays = 100000000;
    const int actual = Fsrs(parameters).nextIntervalDays(1.0);
    QVERIFY2(actual == expected || actual == alsoAccepted, qPrintable(QString::number(actual)));
}

// Figure 3.
void TestFsrs::recallStability_data()
{
    QTest::addColumn<double>("difficulty");
    QTest::addColumn<double>("recall");
    QTest::addColumn<Rating>("rating");
    QTest::addColumn<double>("expected");
    QTest::newRow("d1 again") << 1.0 << 0.9 << Rating::Again << 25.602541;
    QTest::newRow("d2 hard") << 2.0 << 0.8 << Rating::Hard << 28.226582;
    QTest::newRow("d3 good") << 3.0 << 0.7 << Rating::Good << 58.656002;
    QTest::newRow("d4 easy") << 4.0 << 0.6 << Rating::Easy << 127.226685;
}

void TestFsrs::recallStability()
{
    QFETCH(double, difficulty);
    QFETCH(double, recall);
    QFETCH(Rating, rating);
    QFETCH(double, expected);
    QCOMPARE_NEAR(Fsrs().recallStability(5.0, difficulty, recall, rating), expected);
}

// Figure 4.
void TestFsrs::lapseStability_data()
{
    QTest::addColumn<double>("difficulty");
    QTest::addColumn<double>("recall");
    QTest::addColumn<double>("expected");
    QTest::newRow("d1") << 1.0 << 0.9 << 1.0525396;
    QTest::newRow("d2") << 2.0 << 0.8 << 1.1894329;
    QTest::newRow("d3") << 3.0 << 0.7 << 1.3680838;
    QTest::newRow("d4") << 4.0 << 0.6 << 1.584989;
}

void TestFsrs::lapseStability()
{
    QFETCH(double, difficulty);
    QFETCH(double, recall);
    QFETCH(double, expected);
    QCOMPARE_NEAR(Fsrs().lapseStability(5.0, difficulty, recall), expected);
}

// Figure 5.
void TestFsrs::sameDayStability_data()
{
    QTest::addColumn<Rating>("rating");
    QTest::addColumn<double>("expected");
    QTest::newRow("again") << Rating::Again << 1.596818;
    QTest::newRow("hard") << Rating::Hard << 5.0;
    QTest::newRow("good") << Rating::Good << 5.0;
    QTest::newRow("easy") << Rating::Easy << 8.12961;
}

void TestFsrs::sameDayStability()
{
    QFETCH(Rating, rating);
    QFETCH(double, expected);
    QCOMPARE_NEAR(Fsrs().sameDayStability(5.0, rating), expected);
}

// Figure 6.
void TestFsrs::difficulty_data()
{
    QTest::addColumn<Rating>("rating");
    QTest::addColumn<double>("damped");
    QTest::addColumn<double>("reverted");
    QTest::newRow("again") << Rating::Again << 8.354889 << 8.341763;
    QTest::newRow("hard") << Rating::Hard << 6.6774445 << 6.6659956;
    QTest::newRow("good") << Rating::Good << 5.0 << 4.990228;
    QTest::newRow("easy") << Rating::Easy << 3.3225555 << 3.3144615;
}

void TestFsrs::difficulty()
{
    QFETCH(Rating, rating);
    QFETCH(double, damped);
    QFETCH(double, reverted);
    const Fsrs fsrs;
    QCOMPARE_NEAR(fsrs.dampedDifficulty(5.0, rating), damped);
    QCOMPARE_NEAR(fsrs.nextDifficulty(5.0, rating), reverted);
    // The mean reversion pulls towards D0(Easy) as the formula gives it, not as clamped.
    QCOMPARE_NEAR(fsrs.unclampedInitialDifficulty(Rating::Easy), -4.7716307);
}

// Figure 7: D0, and the days the first review schedules (learning steps 1 and 10 minutes).
void TestFsrs::firstReview_data()
{
    QTest::addColumn<Rating>("rating");
    QTest::addColumn<double>("difficulty");
    QTest::addColumn<int>("days");
    QTest::newRow("again") << Rating::Again << 6.4133 << 0;
    QTest::newRow("hard") << Rating::Hard << 5.11217071 << 0;
    QTest::newRow("good") << Rating::Good << 2.11810397 << 0;
    QTest::newRow("easy") << Rating::Easy << 1.0 << 8;
}

void TestFsrs::firstReview()
{
    QFETCH(Rating, rating);
    QFETCH(double, difficulty);
    QFETCH(int, days);
    const Fsrs fsrs;
    QCOMPARE_NEAR(fsrs.initialDifficulty(rating), difficulty);
    const CardSchedule reviewed = Scheduler(withoutFuzz()).review(CardSchedule {}, rating, start);
    QVERIFY(reviewed.memory.has_value());
    QCOMPARE_NEAR(reviewed.memory->difficulty, difficulty);
    QCOMPARE_NEAR(reviewed.memory->stability, fsrs.initialStability(rating));
    QCOMPARE(scheduledDays(reviewed), days);
}

// Figure 8, one row per review: the state after the first INDEX + 1 reviews.
void TestFsrs::memoryStateSequence_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("stability");
    QTest::addColumn<double>("difficulty");
    QTest::newRow("1 again, day 0") << 1 << 0.212 << 6.4133;
    QTest::newRow("2 good, day 0") << 2 << 0.24668919 << 6.40211507;
    QTest::newRow("3 good, day 1") << 3 << 2.02147725 << 6.39094132;
    QTest::newRow("4 good, day 3") << 4 << 7.86369884 << 6.37977875;
    QTest::newRow("5 good, day 8") << 5 << 21.91771315 << 6.36862734;
    QTest::newRow("6 good, day 21") << 6 << 53.6269029 << 6.35748708;
    // The figure's own summary of the last row, given with fsrs-rs's rounding.
    QTest::newRow("end") << 6 << 53.62691 << 6.3574867;
}

void TestFsrs::memoryStateSequence()
{
    QFETCH(int, count);
    QFETCH(double, stability);
    QFETCH(double, difficulty);
    const std::vector<Rating> ratings { Rating::Again, Rating::Good, Rating::Good, Rating::Good, Rating::Good,
        Rating::Good };
    const std::vector<double> elapsed { 0, 0, 1, 3, 8, 21 };
    const Fsrs fsrs;
    std::optional<MemoryState> state;
    for (int i = 0; i < count; ++i)
        state = fsrs.nextMemoryState(
            state, elapsed[static_cast<std::size_t>(i)], ratings[static_cast<std::size_t>(i)]);
    QVERIFY(state.has_value());
    QCOMPARE_NEAR(state->stability, stability);
    QCOMPARE_NEAR(state->difficulty, difficulty);
}

// Figure 9: the whole scheduler, each review at the previous due time. An interval is counted
// from the review to the due date it sets, in whole days (10 minutes is 0 days); counted from
// the review before, the 10-minute steps would leak into the sums.
void TestFsrs::wholeScheduler_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("days");
    const std::vector<int> expected { 0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21 };
    for (std::size_t i = 0; i < expected.size(); ++i)
        QTest::addRow("review %d", static_cast<int>(i + 1)) << static_cast<int>(i + 1) << expected[i];
}

void TestFsrs::wholeScheduler()
{
    QFETCH(int, count);
    QFETCH(int, days);
    const std::vector<Rating> ratings { Rating::Good, Rating::Good, Rating::Good, Rating::Good, Rating::Good,
        Rating::Good, Rating::Again, Rating::Again, Rating::Good, Rating::Good, Rating::Good, Rating::Good,
        Rating::Good };
    const Scheduler scheduler(withoutFuzz());
    CardSchedule card;
    QDateTime now = start;
    for (int i = 0; i < count; ++i) {
        card = scheduler.review(card, ratings[static_cast<std::size_t>(i)], now);
        now = card.due;
    }
    QCOMPARE(scheduledDays(card), days);
}

// The fuzz table of fsrs.md, all 12 cells.
void TestFsrs::fuzzTable_data()
{
    QTest::addColumn<double>("interval");
    QTest::addColumn<double>("u");
    QTest::addColumn<int>("expected");
    const double intervals[] { 2.5, 7.0, 17.0, 37.0 };
    const double draws[] { 0.0, 0.5, 0.99 };
    const int cells[4][3] { { 2, 3, 4 }, { 5, 7, 9 }, { 14, 17, 20 }, { 33, 37, 41 } };
    for (int row = 0; row < 4; ++row)
        for (int column = 0; column < 3; ++column)
            QTest::addRow("I %g u %g", intervals[row], draws[column])
                << intervals[row] << draws[column] << cells[row][column];
}

void TestFsrs::fuzzTable()
{
    QFETCH(double, interval);
    QFETCH(double, u);
    QFETCH(int, expected);
    QCOMPARE(Fsrs::fuzzedInterval(interval, u, 1, 1000), expected);
}

void TestFsrs::fuzzStaysWithinBounds()
{
    // The maximum wins over the spread, and the minimum lifts the lower bound.
    QCOMPARE(Fsrs::fuzzedInterval(37.0, 0.99, 1, 38), 38);
    QCOMPARE(Fsrs::fuzzedInterval(37.0, 0.0, 36, 1000), 36);
    QCOMPARE(Fsrs::fuzzedInterval(2.5, 0.0, 3, 1000), 3);
    for (int i = 0; i < 100; ++i) {
        const double u = i / 100.0;
        const int fuzzed = Fsrs::fuzzedInterval(100.0, u, 1, 36500);
        // delta = 1 + 0.15 * 4.5 + 0.10 * 13 + 0.05 * 80 = 6.975: [93, 107].
        QVERIFY(fuzzed >= 93 && fuzzed <= 107);
    }
}

void TestFsrs::learningSteps_data()
{
    QTest::addColumn<CardState>("state");
    QTest::addColumn<int>("step");
    QTest::addColumn<Rating>("rating");
    QTest::addColumn<CardState>("nextState");
    QTest::addColumn<int>("nextStep");
    // Seconds until due; -1 for a graduation, whose days come from the model.
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QList<int>>("learningSteps");
    QTest::addColumn<QList<int>>("relearningSteps");

    const QList<int> learn { 60, 600 };
    const QList<int> relearn { 600 };
    const auto L = CardState::Learning;
    const auto R = CardState::Relearning;
    const auto V = CardState::Review;
    QTest::newRow("new again") << CardState::New << 0 << Rating::Again << L << 0 << qint64(60) << learn
                               << relearn;
    QTest::newRow("new hard: mean of 1m and 10m")
        << CardState::New << 0 << Rating::Hard << L << 0 << qint64(330) << learn << relearn;
    QTest::newRow("new good") << CardState::New << 0 << Rating::Good << L << 1 << qint64(600) << learn
                              << relearn;
    QTest::newRow("new easy") << CardState::New << 0 << Rating::Easy << V << 0 << qint64(-1) << learn
                              << relearn;
    QTest::newRow("new hard, one step: 1.5x")
        << CardState::New << 0 << Rating::Hard << L << 0 << qint64(180) << QList<int> { 120 } << relearn;
    QTest::newRow("new good, no steps")
        << CardState::New << 0 << Rating::Good << V << 0 << qint64(-1) << QList<int> {} << relearn;
    QTest::newRow("learning 0 good") << L << 0 << Rating::Good << L << 1 << qint64(600) << learn << relearn;
    QTest::newRow("learning 1 again") << L << 1 << Rating::Again << L << 0 << qint64(60) << learn << relearn;
    QTest::newRow("learning 1 hard stays")
        << L << 1 << Rating::Hard << L << 1 << qint64(600) << learn << relearn;
    QTest::newRow("learning 1 good graduates")
        << L << 1 << Rating::Good << V << 0 << qint64(-1) << learn << relearn;
    QTest::newRow("learning 1 easy") << L << 1 << Rating::Easy << V << 0 << qint64(-1) << learn << relearn;
    QTest::newRow("learning past shortened steps")
        << L << 3 << Rating::Hard << V << 0 << qint64(-1) << learn << relearn;
    QTest::newRow("learning 2 of 3, hard")
        << L << 2 << Rating::Hard << L << 2 << qint64(3600) << QList<int> { 60, 600, 3600 } << relearn;
    QTest::newRow("relearning again") << R << 0 << Rating::Again << R << 0 << qint64(600) << learn << relearn;
    QTest::newRow("relearning hard: 1.5x")
        << R << 0 << Rating::Hard << R << 0 << qint64(900) << learn << relearn;
    QTest::newRow("relearning good graduates")
        << R << 0 << Rating::Good << V << 0 << qint64(-1) << learn << relearn;
    QTest::newRow("relearning easy") << R << 0 << Rating::Easy << V << 0 << qint64(-1) << learn << relearn;
    QTest::newRow("relearning good, two steps")
        << R << 0 << Rating::Good << R << 1 << qint64(1800) << learn << QList<int> { 300, 1800 };
    QTest::newRow("review again relearns")
        << V << 0 << Rating::Again << R << 0 << qint64(600) << learn << relearn;
    QTest::newRow("review again, no relearning")
        << V << 0 << Rating::Again << V << 0 << qint64(-1) << learn << QList<int> {};
    QTest::newRow("review good") << V << 0 << Rating::Good << V << 0 << qint64(-1) << learn << relearn;
}

void TestFsrs::learningSteps()
{
    QFETCH(CardState, state);
    QFETCH(int, step);
    QFETCH(Rating, rating);
    QFETCH(CardState, nextState);
    QFETCH(int, nextStep);
    QFETCH(qint64, seconds);
    QFETCH(QList<int>, learningSteps);
    QFETCH(QList<int>, relearningSteps);

    FsrsParameters parameters = withoutFuzz();
    parameters.learningStepsSeconds.assign(learningSteps.begin(), learningSteps.end());
    parameters.relearningStepsSeconds.assign(relearningSteps.begin(), relearningSteps.end());
    const Scheduler scheduler(parameters);

    // A card seen 10 minutes ago in steps, or 5 days ago in review.
    const CardSchedule card = state == CardState::New
        ? CardSchedule {}
        : cardIn(state, step, 5.0, 5.0, state == CardState::Review ? 5 * 86400 : 600);
    const CardSchedule next = scheduler.review(card, rating, start);
    QCOMPARE(next.state, nextState);
    QCOMPARE(next.step, nextStep);
    QCOMPARE(next.lastReview, start);
    QVERIFY(next.memory.has_value());
    if (seconds >= 0) {
        QCOMPARE(scheduledSeconds(next), seconds);
    } else {
        const double elapsed = state == CardState::Review ? 5.0 : 0.0;
        const MemoryState memory = scheduler.model().nextMemoryState(card.memory, elapsed, rating);
        QCOMPARE_NEAR(next.memory->stability, memory.stability);
        QCOMPARE(
            scheduledSeconds(next), qint64(scheduler.model().nextIntervalDays(memory.stability)) * 86400);
    }
}

// Elapsed time t is whole days since the last review, and less than a day is a same-day review
// (fsrs.md, Terms): 23 h 59 min is the same day, 24 h and 36 h are both t = 1. The expected states
// are the formulas of fsrs.md with the default weights, for a review card with S = 5, D = 5; the
// same-day ones are figure 5, the difficulties figure 6.
void TestFsrs::elapsedTimeCountsWholeDays_data()
{
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<Rating>("rating");
    QTest::addColumn<double>("stability");
    QTest::addColumn<double>("difficulty");
    const qint64 hour = 3600;
    const qint64 almostADay = 24 * hour - 60;
    // Same day: SInc = e^(w17 (G - 3 + w18)) S^-w19, at least 1 for G >= 2.
    QTest::newRow("23h59 again") << almostADay << Rating::Again << 1.596818 << 8.341763;
    QTest::newRow("23h59 good") << almostADay << Rating::Good << 5.0 << 4.990228;
    QTest::newRow("23h59 easy") << almostADay << Rating::Easy << 8.12961 << 3.3144615;
    QTest::newRow("clock turned back") << -hour << Rating::Easy << 8.12961 << 3.3144615;
    // t = 1: R(1, 5) = 0.97276956, then the recall or lapse formula.
    QTest::newRow("24h again") << 24 * hour << Rating::Again << 0.84572618 << 8.341763;
    QTest::newRow("24h good") << 24 * hour << Rating::Good << 8.26920367 << 4.990228;
    // 36 hours is still one whole day, not 1.5 (which would give 7.8274, 9.7013, 13.8051).
    QTest::newRow("36h hard") << 36 * hour << Rating::Hard << 6.96609909 << 6.6659956;
    QTest::newRow("36h good") << 36 * hour << Rating::Good << 8.26920367 << 4.990228;
    QTest::newRow("36h easy") << 36 * hour << Rating::Easy << 11.12289155 << 3.3144615;
    QTest::newRow("47h59 good") << 48 * hour - 60 << Rating::Good << 8.26920367 << 4.990228;
}

void TestFsrs::elapsedTimeCountsWholeDays()
{
    QFETCH(qint64, elapsed);
    QFETCH(Rating, rating);
    QFETCH(double, stability);
    QFETCH(double, difficulty);
    const CardSchedule card = cardIn(CardState::Review, 0, 5.0, 5.0, elapsed);
    const CardSchedule next = Scheduler(withoutFuzz()).review(card, rating, start);
    QVERIFY(next.memory.has_value());
    QCOMPARE_NEAR(next.memory->stability, stability);
    QCOMPARE_NEAR(next.memory->difficulty, difficulty);
}

void TestFsrs::studyDayCountsDaysAsAnkiDoes()
{
    // With a study day, elapsed days run from the last review to the end of the study day of
    // this review (next day starts at 4 a.m. local time): an evening review and one the next
    // morning are a day apart though only 12 hours passed; one at 3 a.m. is the same study day.
    CardSchedule card = cardIn(CardState::Review, 0, 5.0, 5.0, 0);
    card.lastReview = QDateTime(QDate(2024, 1, 15), QTime(22, 0)).toUTC();
    card.due = card.lastReview;
    Scheduler scheduler(withoutFuzz());
    scheduler.setStudyDay(StudyDay(4));
    const QDateTime nextMorning(QDate(2024, 1, 16), QTime(10, 0));
    const QDateTime sameNight(QDate(2024, 1, 16), QTime(3, 0));
    // t = 1: R(1, 5) = 0.97276956 and the recall formula, as for "24h good" above.
    QCOMPARE_NEAR(scheduler.review(card, Rating::Good, nextMorning).memory->stability, 8.26920367);
    // t = 0: the same-day formula, as for "23h59 good".
    QCOMPARE_NEAR(scheduler.review(card, Rating::Good, sameNight).memory->stability, 5.0);
    // Without a study day, 12 hours are no whole day.
    QCOMPARE_NEAR(Scheduler(withoutFuzz()).review(card, Rating::Good, nextMorning).memory->stability, 5.0);
}

void TestFsrs::reviewCounters()
{
    const Scheduler scheduler(withoutFuzz());
    const CardSchedule reviewCard = cardIn(CardState::Review, 0, 10.0, 5.0, 10 * 86400);
    const CardSchedule lapsed = scheduler.review(reviewCard, Rating::Again, start);
    QCOMPARE(lapsed.reps, reviewCard.reps + 1);
    QCOMPARE(lapsed.lapses, reviewCard.lapses + 1);
    // Failing again while relearning is the same lapse, not a new one.
    const CardSchedule again = scheduler.review(lapsed, Rating::Again, lapsed.due);
    QCOMPARE(again.reps, reviewCard.reps + 2);
    QCOMPARE(again.lapses, reviewCard.lapses + 1);
    const CardSchedule good = scheduler.review(reviewCard, Rating::Good, start);
    QCOMPARE(good.lapses, reviewCard.lapses);
    // Local times are stored in UTC.
    const QDateTime local = start.toOffsetFromUtc(3600 * 5);
    QCOMPARE(scheduler.review(reviewCard, Rating::Good, local).lastReview.timeSpec(), Qt::UTC);
}

void TestFsrs::fuzzIsSeededAndCanBeTurnedOff()
{
    // A review card whose unfuzzed interval is long enough for a wide spread.
    const CardSchedule card = cardIn(CardState::Review, 0, 40.0, 5.0, 40 * 86400);
    const int plain
        = Scheduler(withoutFuzz())
              .model()
              .nextIntervalDays(Fsrs().nextMemoryState(card.memory, 40.0, Rating::Good).stability);
    QVERIFY(plain > 20);

    const auto run = [&](Scheduler &scheduler) {
        std::vector<int> days;
        for (int i = 0; i < 50; ++i)
            days.push_back(scheduledDays(scheduler.review(card, Rating::Good, start)));
        return days;
    };
    Scheduler first(FsrsParameters {}, 42);
    Scheduler second(FsrsParameters {}, 42);
    Scheduler other(FsrsParameters {}, 7);
    const std::vector<int> a = run(first);
    QCOMPARE(run(second), a);
    QVERIFY(run(other) != a);
    first.setSeed(42);
    QCOMPARE(run(first), a);

    const std::set<int> distinct(a.begin(), a.end());
    QVERIFY(distinct.size() > 3);
    for (const int days : a)
        QVERIFY(std::abs(days - plain) <= 1 + plain / 10);

    Scheduler off(withoutFuzz(), 42);
    for (const int days : run(off))
        QCOMPARE(days, plain);

    // A random source is honoured as given.
    const Scheduler lowest(FsrsParameters {}, [] { return 0.0; });
    QCOMPARE(
        scheduledDays(lowest.review(card, Rating::Good, start)), Fsrs::fuzzedInterval(plain, 0.0, 1, 36500));
    // Short steps are never fuzzed.
    QCOMPARE(scheduledSeconds(first.review(CardSchedule {}, Rating::Good, start)), qint64(600));
}

void TestFsrs::desiredRetentionChangesInterval()
{
    const auto intervalAt = [](double retention) {
        FsrsParameters parameters = withoutFuzz();
        parameters.desiredRetention = retention;
        const CardSchedule card = cardIn(CardState::Review, 0, 20.0, 5.0, 20 * 86400);
        return scheduledDays(Scheduler(parameters).review(card, Rating::Good, start));
    };
    FsrsParameters parameters;
    QCOMPARE(Fsrs(parameters).nextIntervalDays(20.0), 20);
    // I = S / FACTOR * (r^(1/DECAY) - 1), worked by hand: 66.32 at 0.8, 8.05 at 0.95.
    parameters.desiredRetention = 0.8;
    QCOMPARE(Fsrs(parameters).nextIntervalDays(20.0), 66);
    parameters.desiredRetention = 0.95;
    QCOMPARE(Fsrs(parameters).nextIntervalDays(20.0), 8);
    QVERIFY(intervalAt(0.8) > intervalAt(0.9));
    QVERIFY(intervalAt(0.9) > intervalAt(0.97));
    parameters.desiredRetention = 0.1;
    QCOMPARE(Fsrs(parameters).nextIntervalDays(20.0), 36500);
}

void TestFsrs::parseWeights_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    const QString defaults = FsrsParameters().weightsString();
    QTest::newRow("commas") << defaults << true;
    QTest::newRow("spaces only") << QString(defaults).remove(QLatin1Char(',')) << true;
    QTest::newRow("commas no spaces") << QString(defaults).remove(QLatin1Char(' ')) << true;
    QTest::newRow("newlines and tabs")
        << QString(defaults).replace(QLatin1Char(' '), QStringLiteral("\n\t")) << true;
    QTest::newRow("surrounding space and trailing comma")
        << QStringLiteral("  ") + defaults + QStringLiteral(", ") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("20 numbers") << defaults.section(QStringLiteral(", "), 0, 19) << false;
    QTest::newRow("22 numbers") << defaults + QStringLiteral(", 0.5") << false;
    QTest::newRow("a word") << QString(defaults).replace(QStringLiteral("0.212"), QStringLiteral("abc"))
                            << false;
    QTest::newRow("nan") << QString(defaults).replace(QStringLiteral("0.212"), QStringLiteral("nan"))
                         << false;
    QTest::newRow("inf") << QString(defaults).replace(QStringLiteral("0.212"), QStringLiteral("inf"))
                         << false;
    QTest::newRow("decimal comma") << QString(defaults).replace(QStringLiteral("0.212"),
        QStringLiteral("0;212")) << false;
}

void TestFsrs::parseWeights()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const std::optional<FsrsParameters> parsed = FsrsParameters::fromWeightsString(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(parsed->weights, FsrsParameters::defaultWeights);
        QVERIFY(parsed->isValid());
    }
}

void TestFsrs::weightsRoundTrip()
{
    FsrsParameters parameters;
    for (std::size_t i = 0; i < parameters.weights.size(); ++i)
        parameters.weights[i] = 1.0 / 3.0 + static_cast<double>(i) * 1e-9;
    const std::optional<FsrsParameters> back = FsrsParameters::fromWeightsString(parameters.weightsString());
    QVERIFY(back.has_value());
    QCOMPARE(back->weights, parameters.weights);
    QVERIFY(FsrsParameters().weightsString().startsWith(QStringLiteral("0.212, 1.2931, 2.3065")));
}

void TestFsrs::parametersValidity()
{
    QVERIFY(FsrsParameters().isValid());
    const auto invalidWith = [](auto change) {
        FsrsParameters parameters;
        change(parameters);
        return !parameters.isValid();
    };
    QVERIFY(invalidWith([](FsrsParameters &p) { p.desiredRetention = 1.0; }));
    QVERIFY(invalidWith([](FsrsParameters &p) { p.desiredRetention = 0.0; }));
    QVERIFY(invalidWith([](FsrsParameters &p) { p.maximumIntervalDays = 0; }));
    QVERIFY(invalidWith([](FsrsParameters &p) { p.learningStepsSeconds = { 60, 0 }; }));
    QVERIFY(invalidWith([](FsrsParameters &p) { p.relearningStepsSeconds = { -600 }; }));
    QVERIFY(invalidWith([](FsrsParameters &p) { p.weights[3] = std::nan(""); }));
    QVERIFY(invalidWith([](FsrsParameters &p) { p.weights[20] = 0.0; }));
    QVERIFY(!invalidWith([](FsrsParameters &p) { p.learningStepsSeconds.clear(); }));
}

void TestFsrs::previewIsOrdered_data()
{
    QTest::addColumn<CardSchedule>("card");
    QTest::addColumn<bool>("fuzz");
    QTest::newRow("new") << CardSchedule {} << false;
    QTest::newRow("learning") << cardIn(CardState::Learning, 1, 2.3, 5.0, 600) << false;
    QTest::newRow("relearning") << cardIn(CardState::Relearning, 0, 3.0, 7.0, 600) << false;
    QTest::newRow("review") << cardIn(CardState::Review, 0, 12.0, 5.0, 12 * 86400) << false;
    QTest::newRow("review, fuzzed") << cardIn(CardState::Review, 0, 12.0, 5.0, 12 * 86400) << true;
    QTest::newRow("long review, fuzzed") << cardIn(CardState::Review, 0, 300.0, 3.0, 300 * 86400) << true;
}

void TestFsrs::previewIsOrdered()
{
    QFETCH(CardSchedule, card);
    QFETCH(bool, fuzz);
    FsrsParameters parameters;
    parameters.fuzz = fuzz;
    for (quint64 seed = 1; seed <= 20; ++seed) {
        const std::array<CardSchedule, 4> outcomes = Scheduler(parameters, seed).preview(card, start);
        for (std::size_t i = 0; i < outcomes.size(); ++i) {
            QCOMPARE(outcomes[i].lastReview, start);
            if (i == 0)
                continue;
            QVERIFY2(outcomes[i - 1].due <= outcomes[i].due, qPrintable(QString::number(i)));
            QVERIFY(outcomes[i - 1].due != outcomes[i].due
                || outcomes[i - 1].memory->stability != outcomes[i].memory->stability);
        }
        // Without fuzz, each preview is exactly what review() would give.
        if (!fuzz) {
            const Scheduler scheduler(parameters);
            const Rating ratings[] { Rating::Again, Rating::Hard, Rating::Good, Rating::Easy };
            for (std::size_t i = 0; i < 4; ++i)
                QCOMPARE(outcomes[i].due, scheduler.review(card, ratings[i], start).due);
        }
    }
}

void TestFsrs::formatInterval_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("negative") << qint64(-5) << QStringLiteral("0s");
    QTest::newRow("45 seconds") << qint64(45) << QStringLiteral("45s");
    QTest::newRow("1 minute") << qint64(60) << QStringLiteral("1m");
    QTest::newRow("5.5 minutes") << qint64(330) << QStringLiteral("6m");
    QTest::newRow("10 minutes") << qint64(600) << QStringLiteral("10m");
    QTest::newRow("59.9 minutes") << qint64(3594) << QStringLiteral("1h");
    QTest::newRow("3 hours") << qint64(3 * 3600) << QStringLiteral("3h");
    QTest::newRow("23.9 hours") << qint64(86000) << QStringLiteral("1d");
    QTest::newRow("2 days") << qint64(2 * 86400) << QStringLiteral("2d");
    QTest::newRow("29 days") << qint64(29 * 86400) << QStringLiteral("29d");
    QTest::newRow("45 days") << qint64(45 * 86400) << QStringLiteral("1.5mo");
    QTest::newRow("60 days") << qint64(60 * 86400) << QStringLiteral("2mo");
    QTest::newRow("359 days") << qint64(359 * 86400) << QStringLiteral("1y");
    QTest::newRow("2.3 years") << qint64(840 * 86400) << QStringLiteral("2.3y");
    QTest::newRow("100 years") << qint64(36500) * 86400 << QStringLiteral("100y");
}

void TestFsrs::formatInterval()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(Scheduler::formatInterval(seconds), expected);
}

QTEST_GUILESS_MAIN(TestFsrs)
#include "tst_fsrs.moc"
