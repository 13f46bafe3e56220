// The daily figures (new cards left today, reviews per day, streak, due today) as a learner
// lives the day: it starts at the rollover hour in local time, it survives daylight-saving
// changes and travel, and bad clocks or logs give figures that still make sense.
#include "AppSettings.h"
#include "ProgressStatistics.h"
#include "ProgressStore.h"
#include "ScopedTimeZone.h"
#include "StudyDay.h"
#include "StudyProgress.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <limits>
#include <numeric>

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

// Wall time in the current local zone, as the stored UTC instant.
QDateTime local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min)).toUTC();
}

ReviewLogEntry entry(
    const QString &card, const QDateTime &at, qint64 scheduledSeconds, CardState before = CardState::Review)
{
    return { card, Rating::Good, at, before, scheduledSeconds, QStringLiteral("review") };
}

CardSchedule dueAt(const QDateTime &due)
{
    CardSchedule s;
    s.state = CardState::Review;
    s.memory = MemoryState { 10.0, 5.0 };
    s.lastReview = due.addDays(-10);
    s.due = due;
    s.reps = 1;
    return s;
}

int sum(const QList<int> &values)
{
    return std::accumulate(values.begin(), values.end(), 0);
}

// A progress store in a temporary folder and a StudyProgress on a clock the test moves.
struct Study
{
    Study()
    {
        if (store.open(dir.filePath(QStringLiteral("progress.sqlite"))) == ProgressStore::Mode::ReadWrite)
            opened = true;
        store.setGuideId(QStringLiteral("daily"));
        progress = std::make_unique<StudyProgress>(store);
        progress->setClock([this] { return now; });
        progress->setNewCardsPerDay(3);
    }
    // Grades CARD Good at the current time, as the study loop does.
    bool grade(const QString &card)
    {
        const auto outcomes = progress->preview(card, now);
        return progress->grade(card, Rating::Good, outcomes[2]);
    }

    QTemporaryDir dir;
    ProgressStore store;
    bool opened = false;
    QDateTime now;
    std::unique_ptr<StudyProgress> progress;
};

} // namespace

class TestDailyFigures : public QObject
{
    Q_OBJECT

private slots:
    void lateNightCountsForTheEveningBefore();
    void streakFollowsStudyDaysNotCalendarDays();
    void dueTodayEndsAtTheNextRollover();
    void newCardLimitRenewsAtRolloverAcrossSpringForward();
    void newCardLimitWhenTheRolloverHourIsSkipped();
    void repeatedHourStaysInOneDay();
    void daysFollowTheLearnerWhenTravelling();
    void unknownTimeZoneCountsAsUtc();
    void clockYearsAheadThenBack();
    void futureAndBrokenLogTimes();
    void settingsKeepTheDayStart();
};

void TestDailyFigures::lateNightCountsForTheEveningBefore()
{
    ScopedTimeZone zone("Europe/Berlin");
    QList<ReviewLogEntry> log;
    log << entry(QStringLiteral("a"), local(2026, 3, 9, 22), 86400, CardState::New);
    log << entry(QStringLiteral("b"), local(2026, 3, 10, 1, 30), 86400, CardState::New); // still the 9th
    log << entry(QStringLiteral("c"), local(2026, 3, 10, 9), 86400, CardState::New);
    const StudyDay four;
    QCOMPARE(ProgressStatistics::reviewsPerDay(log, four, QDate(2026, 3, 10), 3), QList<int>({ 0, 2, 1 }));
    QCOMPARE(ProgressStatistics::newCardsSeenToday(log, four, QDate(2026, 3, 9)), 2);
    QCOMPARE(ProgressStatistics::newCardsSeenToday(log, four, QDate(2026, 3, 10)), 1);
    // With the day starting at midnight, the 1:30 review belongs to the 10th.
    const StudyDay midnight(0);
    QCOMPARE(
        ProgressStatistics::reviewsPerDay(log, midnight, QDate(2026, 3, 10), 3), QList<int>({ 0, 1, 2 }));
}

void TestDailyFigures::streakFollowsStudyDaysNotCalendarDays()
{
    ScopedTimeZone zone("Europe/Berlin");
    // Each review makes the card due a day later; the learner studies late, once after midnight.
    QList<ReviewLogEntry> log;
    log << entry(QStringLiteral("a"), local(2026, 3, 5, 23, 30), 86400);
    log << entry(QStringLiteral("a"), local(2026, 3, 7, 0, 30), 86400); // the night of the 6th
    log << entry(QStringLiteral("a"), local(2026, 3, 7, 23, 30), 86400);
    QCOMPARE(ProgressStatistics::streak(log, StudyDay(), QDate(2026, 3, 7)), 3);
    // Counted by calendar date the 6th had a card due and no review: the run is broken.
    QCOMPARE(ProgressStatistics::streak(log, StudyDay(0), QDate(2026, 3, 7)), 1);
}

void TestDailyFigures::dueTodayEndsAtTheNextRollover()
{
    ScopedTimeZone zone("Europe/Berlin");
    QHash<QString, CardSchedule> schedules;
    schedules.insert(QStringLiteral("tonight"), dueAt(local(2026, 3, 11, 3, 30))); // before 4:00: today
    schedules.insert(QStringLiteral("at-rollover"), dueAt(local(2026, 3, 11, 4))); // the next day
    schedules.insert(QStringLiteral("sixth-day"), dueAt(local(2026, 3, 17, 3, 59)));
    schedules.insert(QStringLiteral("eighth-day"), dueAt(local(2026, 3, 17, 4)));
    CardSchedule fresh;
    fresh.due = local(2026, 3, 10, 8); // new cards are never counted as due
    schedules.insert(QStringLiteral("new"), fresh);
    const StudyDay day;
    for (const QDateTime &now : { local(2026, 3, 10, 22), local(2026, 3, 11, 2), local(2026, 3, 10, 4) }) {
        QCOMPARE(ProgressStatistics::dueWithinDays(schedules, day, now, 1), 1);
        QCOMPARE(ProgressStatistics::dueWithinDays(schedules, day, now, 7), 3);
    }
    // After the rollover the card due at 4:00 is today's.
    QCOMPARE(ProgressStatistics::dueWithinDays(schedules, day, local(2026, 3, 11, 4), 1), 2);
    QCOMPARE(ProgressStatistics::dueWithinDays(schedules, day, local(2026, 3, 11, 4), 0), 0);
    QCOMPARE(ProgressStatistics::dueBefore(schedules, local(2026, 3, 11, 4)), 1);
}

void TestDailyFigures::newCardLimitRenewsAtRolloverAcrossSpringForward()
{
    // Berlin, 29 March 2026: clocks jump from 02:00 CET to 03:00 CEST.
    ScopedTimeZone zone("Europe/Berlin");
    Study study;
    QVERIFY(study.opened);
    study.now = local(2026, 3, 28, 21);
    QCOMPARE(study.progress->today(), QDate(2026, 3, 28));
    QVERIFY(study.grade(QStringLiteral("a")));
    QVERIFY(study.grade(QStringLiteral("b")));
    QCOMPARE(study.progress->newCardsLeftToday(), 1);
    study.now = utc(2026, 3, 29, 1, 59); // 03:59 CEST, after the jump: still the 28th
    QCOMPARE(study.progress->today(), QDate(2026, 3, 28));
    QVERIFY(study.grade(QStringLiteral("c")));
    QCOMPARE(study.progress->newCardsLeftToday(), 0);
    study.now = utc(2026, 3, 29, 2); // 04:00 CEST: a new day, 23 hours after the last began
    QCOMPARE(study.progress->today(), QDate(2026, 3, 29));
    QCOMPARE(study.progress->newCardsLeftToday(), 3);
    QVERIFY(study.grade(QStringLiteral("d")));
    QCOMPARE(study.progress->newCardsLeftToday(), 2);
    const QList<ReviewLogEntry> log = study.store.reviewLog();
    QCOMPARE(ProgressStatistics::reviewsPerDay(log, study.progress->studyDay(), QDate(2026, 3, 29), 2),
        QList<int>({ 3, 1 }));
    QCOMPARE(ProgressStatistics::streak(log, study.progress->studyDay(), QDate(2026, 3, 29)), 2);
}

void TestDailyFigures::newCardLimitWhenTheRolloverHourIsSkipped()
{
    // With the day starting at 2:00, the 29th starts at 03:00 CEST, the end of the gap.
    ScopedTimeZone zone("Europe/Berlin");
    Study study;
    QVERIFY(study.opened);
    study.progress->setStudyDay(StudyDay(2));
    study.now = utc(2026, 3, 29, 0, 30); // 01:30 CET
    QVERIFY(study.grade(QStringLiteral("a")));
    QCOMPARE(study.progress->newCardsLeftToday(), 2);
    study.now = utc(2026, 3, 29, 0, 59); // 01:59 CET
    QCOMPARE(study.progress->today(), QDate(2026, 3, 28));
    QCOMPARE(study.progress->newCardsLeftToday(), 2);
    study.now = utc(2026, 3, 29, 1); // 03:00 CEST
    QCOMPARE(study.progress->today(), QDate(2026, 3, 29));
    QCOMPARE(study.progress->newCardsLeftToday(), 3);
}

void TestDailyFigures::repeatedHourStaysInOneDay()
{
    // New York, 1 November 2026: 02:00 EDT becomes 01:00 EST, so 01:xx happens twice. With the day
    // starting at 1:00, both belong to the 1st, and the 31st lasts 25 hours.
    ScopedTimeZone zone("America/New_York");
    Study study;
    QVERIFY(study.opened);
    study.progress->setStudyDay(StudyDay(1));
    study.now = utc(2026, 11, 1, 4, 30); // 00:30 EDT
    QVERIFY(study.grade(QStringLiteral("a")));
    QCOMPARE(study.progress->today(), QDate(2026, 10, 31));
    study.now = utc(2026, 11, 1, 5, 30); // 01:30 EDT
    QVERIFY(study.grade(QStringLiteral("b")));
    study.now = utc(2026, 11, 1, 6, 30); // 01:30 EST
    QVERIFY(study.grade(QStringLiteral("c")));
    QCOMPARE(study.progress->today(), QDate(2026, 11, 1));
    QCOMPARE(study.progress->newCardsLeftToday(), 1);
    QCOMPARE(ProgressStatistics::reviewsPerDay(
                 study.store.reviewLog(), study.progress->studyDay(), QDate(2026, 11, 1), 2),
        QList<int>({ 1, 2 }));
}

void TestDailyFigures::daysFollowTheLearnerWhenTravelling()
{
    // Reviewed at 12:00 UTC, looked at four hours later. In Berlin (14:00, then 18:00) that is
    // the same day; in Kiritimati (02:00, then 06:00) the review was the day before.
    Study study;
    QVERIFY(study.opened);
    study.now = utc(2026, 6, 1, 12);
    QVERIFY(study.grade(QStringLiteral("a")));
    study.now = utc(2026, 6, 1, 16);
    {
        ScopedTimeZone zone("Europe/Berlin");
        QCOMPARE(study.progress->today(), QDate(2026, 6, 1));
        QCOMPARE(study.progress->newCardsLeftToday(), 2);
    }
    {
        ScopedTimeZone zone("Pacific/Kiritimati");
        QCOMPARE(study.progress->today(), QDate(2026, 6, 2));
        QCOMPARE(study.progress->newCardsLeftToday(), 3);
        QCOMPARE(ProgressStatistics::reviewsPerDay(
                     study.store.reviewLog(), study.progress->studyDay(), QDate(2026, 6, 2), 2),
            QList<int>({ 1, 0 }));
    }
    // The log itself is stored in UTC and did not move.
    QCOMPARE(study.store.reviewLog().constFirst().reviewedAt, utc(2026, 6, 1, 12));
}

void TestDailyFigures::unknownTimeZoneCountsAsUtc()
{
    ScopedTimeZone zone("Nowhere/Invalid");
    Study study;
    QVERIFY(study.opened);
    study.now = utc(2026, 6, 1, 3, 59);
    QVERIFY(study.grade(QStringLiteral("a")));
    QCOMPARE(study.progress->today(), QDate(2026, 5, 31));
    study.now = utc(2026, 6, 1, 4);
    QCOMPARE(study.progress->today(), QDate(2026, 6, 1));
    QCOMPARE(study.progress->newCardsLeftToday(), 3);
    QVERIFY(study.grade(QStringLiteral("b")));
    const QList<ReviewLogEntry> log = study.store.reviewLog();
    QCOMPARE(ProgressStatistics::reviewsPerDay(log, study.progress->studyDay(), QDate(2026, 6, 1), 2),
        QList<int>({ 1, 1 }));
    QCOMPARE(ProgressStatistics::streak(log, study.progress->studyDay(), QDate(2026, 6, 1)), 2);
}

void TestDailyFigures::clockYearsAheadThenBack()
{
    Study study;
    QVERIFY(study.opened);
    const StudyDay day;
    study.now = utc(2026, 6, 1, 12);
    QVERIFY(study.grade(QStringLiteral("a")));
    // The clock jumps five years ahead: reviews are logged there.
    study.now = utc(2031, 6, 2, 12);
    QVERIFY(study.grade(QStringLiteral("b")));
    QVERIFY(study.grade(QStringLiteral("c")));
    QCOMPARE(study.progress->newCardsLeftToday(), 1);
    QList<ReviewLogEntry> log = study.store.reviewLog();
    // Card a was due long before 2031 and not reviewed: the run is one day.
    QCOMPARE(ProgressStatistics::streak(log, day, day.dayOf(study.now)), 1);
    // The clock is put right. Reviews "from 2031" count neither today nor for the streak.
    study.now = utc(2026, 6, 2, 12);
    QCOMPARE(study.progress->newCardsLeftToday(), 3);
    QCOMPARE(ProgressStatistics::streak(log, day, day.dayOf(study.now)), 1); // the 1st; today not over
    QCOMPARE(ProgressStatistics::reviewsPerDay(log, day, day.dayOf(study.now), 30).constLast(), 0);
    QCOMPARE(sum(ProgressStatistics::reviewsPerDay(log, day, day.dayOf(study.now), 30)), 1);
    // Card b, last reviewed "in 2031", reviewed again now: a same-day review, not a crash.
    QVERIFY(study.grade(QStringLiteral("b")));
    QVERIFY(study.progress->schedule(QStringLiteral("b")).due > study.now);
    log = study.store.reviewLog();
    QCOMPARE(ProgressStatistics::streak(log, day, day.dayOf(study.now)), 2);
    QCOMPARE(study.progress->newCardsLeftToday(), 3); // b was not new any more
}

void TestDailyFigures::futureAndBrokenLogTimes()
{
    const StudyDay day;
    const QDate today(2026, 6, 10);
    const QDateTime noon = utc(2026, 6, 10, 12);
    QList<ReviewLogEntry> log;
    log << entry(QStringLiteral("a"), utc(2026, 6, 9, 12), 86400 * 3);
    log << entry(QStringLiteral("a"), noon, 86400 * 3);
    log << entry(QStringLiteral("f"), utc(2027, 1, 1, 12), 86400, CardState::New); // in the future
    log << entry(
        QStringLiteral("g"), utc(9999, 12, 31, 23), std::numeric_limits<qint64>::max(), CardState::New);
    log << entry(QStringLiteral("h"), QDateTime(), 60, CardState::New); // no time at all
    log << entry(
        QStringLiteral("i"), utc(2026, 6, 10, 13), std::numeric_limits<qint64>::max(), CardState::New);
    QCOMPARE(ProgressStatistics::newCardsSeenToday(log, day, today), 1); // only i
    const QList<int> perDay = ProgressStatistics::reviewsPerDay(log, day, today, 30);
    QCOMPARE(perDay.size(), 30);
    QCOMPARE(sum(perDay), 3);
    QCOMPARE(perDay.constLast(), 2);
    QCOMPARE(ProgressStatistics::streak(log, day, today), 2);
    QCOMPARE(ProgressStatistics::reviewsPerDay(log, day, today, 0), QList<int>());
    // An interval below zero (a damaged file) makes a card due before its review, not on the
    // days before it: the day before yesterday had nothing due and keeps the run.
    QList<ReviewLogEntry> negative;
    negative << entry(QStringLiteral("a"), utc(2026, 6, 7, 12), 86400 * 3);
    negative << entry(QStringLiteral("b"), utc(2026, 6, 9, 12), -86400 * 2);
    QCOMPARE(ProgressStatistics::streak(negative, day, today), 2);
    // A review from long ago whose next due time is lost in an overflow counts as due ever since:
    // the run stops there rather than reaching back to 1970.
    log << entry(QStringLiteral("old"), utc(1970, 1, 2, 12), std::numeric_limits<qint64>::max());
    QCOMPARE(ProgressStatistics::streak(log, day, today), 2);
    // One that was not due for decades does not break the run: nothing was due.
    log.removeLast();
    log << entry(QStringLiteral("old"), utc(1990, 1, 2, 12), 86400LL * 365 * 50);
    QCOMPARE(ProgressStatistics::streak(log, day, today), 3);
}

void TestDailyFigures::settingsKeepTheDayStart()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        AppSettings settings(file);
        QCOMPARE(settings.dayStartHour(), StudyDay::defaultRolloverHour);
        settings.setDayStartHour(0);
        settings.sync();
    }
    QCOMPARE(AppSettings(file).dayStartHour(), 0);
    // A value edited by hand that is not an hour falls back to the default.
    for (const QVariant &bad : { QVariant(24), QVariant(-1), QVariant(QStringLiteral("five")) }) {
        {
            QSettings raw(file, QSettings::IniFormat);
            raw.setValue(QStringLiteral("scheduler/dayStartHour"), bad);
        }
        QCOMPARE(AppSettings(file).dayStartHour(), StudyDay::defaultRolloverHour);
    }
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("scheduler/dayStartHour"), 23);
    }
    QCOMPARE(AppSettings(file).dayStartHour(), 23);
}

QTEST_GUILESS_MAIN(TestDailyFigures)
#include "tst_dailyfigures.moc"
